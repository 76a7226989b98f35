"""PNG: every view, at the exact pixel size asked for."""

from __future__ import annotations

from critexplorer.core.runs import Run
from critexplorer.ui.export.formats import Exporter, register
from critexplorer.ui.export.scene import VIEWS, ExportError, ExportScene, image_bytes, image_is_blank


@register
class PngExporter(Exporter):
    suffix = ".png"
    name = "PNG"
    views = VIEWS

    def export(self, scene: ExportScene, trails: list[Run] | None = None, **extra) -> bytes:
        if trails:
            scene.set_trails(trails)
        image = scene.render()
        if image_is_blank(image):
            raise ExportError("the picture came out blank; nothing was written")
        return image_bytes(image, "PNG")
