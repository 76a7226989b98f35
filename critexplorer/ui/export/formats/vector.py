"""SVG and PDF of the contour view, drawn through QPainter so lines and text stay vector.

The heat map is an image by nature and is embedded as one; contour lines, axes, markers, trails and
text are paths.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from critexplorer import __version__
from critexplorer.core.runs import Run
from critexplorer.ui.export.formats import Exporter, register
from critexplorer.ui.export.scene import CONTOUR, ExportScene

VECTOR_DPI = 96  # one logical pixel is one SVG user unit, and 0.75 pt on a PDF page


def _paint(scene: ExportScene, painter: QPainter, width: int, height: int) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if not scene.options.transparent:
        painter.fillRect(QRect(0, 0, width, height), scene.background())
    scene.paint_contour(painter, width, height)


@register
class SvgExporter(Exporter):
    suffix = ".svg"
    name = "SVG"
    views = (CONTOUR,)

    def export(self, scene: ExportScene, trails: list[Run] | None = None, **extra) -> bytes:
        from PySide6.QtSvg import QSvgGenerator

        self.check_view(scene.options.view)
        if trails:
            scene.contour_copy()
            scene.set_trails(trails)
        width, height = scene.options.logical
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRect(0, 0, width, height))
        generator.setResolution(VECTOR_DPI)
        generator.setTitle(f"critexplorer: {scene.model.formula_text}")
        generator.setDescription(f"Exported by critexplorer {__version__}")
        painter = QPainter(generator)
        _paint(scene, painter, width, height)
        painter.end()
        buffer.close()
        return bytes(data)


@register
class PdfExporter(Exporter):
    suffix = ".pdf"
    name = "PDF"
    views = (CONTOUR,)

    def export(self, scene: ExportScene, trails: list[Run] | None = None, **extra) -> bytes:
        self.check_view(scene.options.view)
        if trails:
            scene.contour_copy()
            scene.set_trails(trails)
        width, height = scene.options.logical
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(VECTOR_DPI)
        points = QSizeF(width * 72 / VECTOR_DPI, height * 72 / VECTOR_DPI)
        writer.setPageLayout(QPageLayout(QPageSize(points, QPageSize.Unit.Point, "critexplorer"),
                                         QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        writer.setTitle(f"critexplorer: {scene.model.formula_text}")
        writer.setCreator(f"critexplorer {__version__}")
        painter = QPainter(writer)
        _paint(scene, painter, width, height)
        painter.end()
        buffer.close()
        return bytes(data)
