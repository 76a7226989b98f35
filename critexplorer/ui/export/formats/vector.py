"""SVG and PDF of the contour view, drawn through QPainter so lines and text stay vector.

The heat map is an image by nature and is embedded as one; contour lines, axes, markers, trails and
text are paths.
"""

from __future__ import annotations

from critexplorer import __version__
from critexplorer.core.i18n import QT_TRANSLATE_NOOP
from critexplorer.ui.export.formats.base import Exporter, register
from critexplorer.ui.export.pictures import BASINS, CONTOUR

VECTOR_DPI = 96  # one logical pixel is one SVG user unit, and 0.75 pt on a PDF page


class VectorExporter(Exporter):
    """The contour view painted on a vector device; subclasses make the device."""

    kind = QT_TRANSLATE_NOOP("Export", "a vector format")
    views = (CONTOUR, BASINS)  # a basin map is embedded as an image
    vector = True
    transparent = True

    def encode(self, scene, trails, variables, **values) -> bytes:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect
        from PySide6.QtGui import QPainter

        if trails:
            scene.contour_copy()
            scene.set_trails(trails)
        width, height = scene.options.logical
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        device = self.device(buffer, width, height, f"critexplorer: {scene.model.formula_text}")
        painter = QPainter(device)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not scene.options.transparent:
            painter.fillRect(QRect(0, 0, width, height), scene.background())
        scene.paint_picture(painter, width, height)
        painter.end()
        buffer.close()
        return self.finished(bytes(data))

    def finished(self, data: bytes) -> bytes:
        """The file's bytes once drawn (the SVG names its fonts here)."""
        return data

    def device(self, buffer, width: int, height: int, title: str):
        raise NotImplementedError


@register
class SvgExporter(VectorExporter):
    suffixes = (".svg",)
    name = "SVG"

    def device(self, buffer, width: int, height: int, title: str):
        from PySide6.QtCore import QRect, QSize
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRect(0, 0, width, height))
        generator.setResolution(VECTOR_DPI)
        generator.setTitle(title)
        generator.setDescription(f"Exported by critexplorer {__version__}")
        return generator

    def finished(self, data: bytes) -> bytes:
        from PySide6.QtGui import QFont, QFontInfo

        from critexplorer.ui.export.export_fonts import name_fonts

        return name_fonts(data, lambda family: QFontInfo(QFont(family)).family())


@register
class PdfExporter(VectorExporter):
    suffixes = (".pdf",)
    name = "PDF"

    def device(self, buffer, width: int, height: int, title: str):
        from PySide6.QtCore import QMarginsF, QSizeF
        from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

        writer = QPdfWriter(buffer)
        writer.setResolution(VECTOR_DPI)
        points = QSizeF(width * 72 / VECTOR_DPI, height * 72 / VECTOR_DPI)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(points, QPageSize.Unit.Point, "critexplorer"),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        writer.setTitle(title)
        writer.setCreator(f"critexplorer {__version__}")
        return writer
