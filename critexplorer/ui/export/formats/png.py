"""PNG: every view, at the exact pixel size asked for."""

from __future__ import annotations

from critexplorer.ui.export.formats.base import Exporter, register
from critexplorer.ui.export.pictures import VIEWS


@register
class PngExporter(Exporter):
    suffixes = (".png",)
    name = "PNG"
    kind = "a picture"
    views = VIEWS
    transparent = True

    def encode(self, scene, trails, variables, **values) -> bytes:
        from critexplorer.ui.export.scene import ExportError, image_bytes, image_is_blank

        if trails:
            scene.set_trails(trails)
        image = scene.render()
        if image_is_blank(image):
            raise ExportError("the picture came out blank; nothing was written")
        return image_bytes(image, "PNG")
