"""The legend of an exported basin map: each attractor's colour, type, point and fraction.

Painted in a strip at the right of the picture, beside the contour view rather than over it (eleven
rows would cover a third of the map). Painted with QPainter text, so an SVG or PDF keeps it as text.
The rows are the window's (BasinLayer.legend_rows): one wording in the tab and in pictures.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from critexplorer.ui.export.export_fonts import text_font

SCREEN_LEGEND_INK = "#e0e0e0"
LEGEND_PT = 11  # at scale 1, the size of the slide theme's tick labels' neighbours
MAX_SHARE = 0.4  # the strip never takes more than this share of the picture's width


def legend_font(points: float = LEGEND_PT) -> QFont:
    font = text_font()  # the chosen script's Chinese face
    font.setPointSizeF(points)
    return font


def _needed(rows: list[tuple[str, str]], font: QFont) -> float:
    """Logical pixels the rows take across in this font: the square, the gaps and the widest text."""
    metrics = QFontMetricsF(font)
    return max(metrics.horizontalAdvance(t) for _, t in rows) + 2.5 * metrics.height()


def _fitted_font(rows: list[tuple[str, str]], width: float) -> QFont:
    """The legend's font, smaller where a narrow picture's strip cannot hold the widest row."""
    font = legend_font()
    needed = _needed(rows, font)
    return font if needed <= width else legend_font(max(4.0, LEGEND_PT * width / needed))


def legend_width(rows: list[tuple[str, str]], width: int) -> int:
    """The strip's width in logical pixels for these rows in a picture `width` wide (0 without rows)."""
    if not rows:
        return 0
    return min(round(_needed(rows, legend_font())), round(MAX_SHARE * width))


def paint_legend(painter: QPainter, rows: list[tuple[str, str]], rect: QRectF, ink: str | None) -> None:
    """A square of each row's colour and its text, top to bottom inside `rect` (logical pixels)."""
    if not rows:
        return
    font = _fitted_font(rows, rect.width())
    metrics = QFontMetricsF(font)
    line = metrics.height() * 1.35
    square = metrics.height() * 0.8
    painter.save()
    painter.setFont(font)
    top = rect.top() + line
    for color, text in rows:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
        painter.drawRect(QRectF(rect.left() + 0.5 * line, top + (line - square) / 2, square, square))
        painter.setPen(QColor(ink or SCREEN_LEGEND_INK))
        text_rect = QRectF(rect.left() + 0.5 * line + square + 0.4 * line, top, rect.width(), line)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        top += line
    painter.restore()
