"""PNG: every view, at the exact pixel size asked for."""

from __future__ import annotations

from critexplorer.core.i18n import QT_TRANSLATE_NOOP, translate
from critexplorer.ui.export.formats.base import Exporter, register
from critexplorer.ui.export.pictures import VIEWS


@register
class PngExporter(Exporter):
    suffixes = (".png",)
    name = "PNG"
    kind = QT_TRANSLATE_NOOP("Export", "a picture")
    views = VIEWS
    transparent = True

    def encode(self, scene, trails, variables, **values) -> bytes:
        from critexplorer.ui.export.scene import ExportError, image_bytes, image_is_blank

        if trails:
            scene.set_trails(trails)
        image = scene.render()
        if image_is_blank(image):
            raise ExportError(translate("Export", "the picture came out blank; nothing was written"))
        return image_bytes(image, "PNG")
