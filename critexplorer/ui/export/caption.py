"""Slide captions: the words (the formula, its parameters, and the selected point with its type) and
how a caption is laid out and drawn in the band under an exported picture."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter

from critexplorer.core.analysis.explain import classification_title, format_number, format_vector
from critexplorer.ui.export.export_fonts import text_font

CAPTION_PX = 22  # the caption's text height in logical pixels (the export's scale enlarges it)
CAPTION_PADDING = 0.6  # of the text height, around the caption inside its band
MAX_CAPTION_CHARS = 400
SCREEN_CAPTION_INK = "#e6e6e6"  # on the screen theme's dark background
# The caption's words are the CLI's and the dialog's: `export --caption` without text and the dialog's
# pre-filled box both use default_caption.


def default_caption(model) -> str:
    """'L(w1, w2) = (1 - w1*w2)^2 · θ = (0.00, 0.00), L = 1: saddle point', as much as is shown, in the
    chosen language ('… θ = (0, 0)，L = 1：鞍点'); the formula and the numbers are the same in every one."""
    vx, vy = model.vars
    text = f"L({vx}, {vy}) = {model.formula_text}"
    if model.params:
        values = ", ".join(f"{k} = {format_number(v, 4)}" for k, v in sorted(model.params.items()))
        text += QCoreApplication.translate("Caption", "  ({values})").format(values=values)
    analysis = model.analysis
    if analysis is not None and analysis.finite:
        kind = classification_title(analysis)
        text += QCoreApplication.translate("Caption", "   ·   θ = {point}, L = {value}: {kind}").format(
            point=format_vector(analysis.point, 3),
            value=format_number(analysis.value, 4),
            kind=kind[:1].lower() + kind[1:],
        )
    return text


def caption_problem(text: str) -> str | None:
    """Why `text` cannot be a caption (None when it can)."""
    if len(text) > MAX_CAPTION_CHARS:
        return QCoreApplication.translate(
            "Caption", "the caption must be at most {limit} characters, got {length}"
        ).format(limit=MAX_CAPTION_CHARS, length=len(text))
    return None


def caption_font(scale: float) -> QFont:
    font = text_font()  # the chosen script's Chinese face
    font.setPixelSize(max(1, round(CAPTION_PX * scale)))
    return font


def caption_band(text: str, width: int, scale: float) -> int:
    """Height in pixels of the band a caption takes at the bottom of a `width`-pixel picture (0: none)."""
    if not text.strip():
        return 0
    font = caption_font(scale)
    pad = round(CAPTION_PADDING * font.pixelSize())
    wrapped = QFontMetrics(font).boundingRect(
        QRect(0, 0, max(1, width - 2 * pad), 100_000), Qt.TextFlag.TextWordWrap, text
    )
    return wrapped.height() + 2 * pad


def paint_caption(painter: QPainter, band: QRect, text: str, ink: str | None, scale: float) -> None:
    """The caption as text (an SVG or PDF keeps it text), left-aligned and wrapped inside `band`."""
    font = caption_font(scale)
    pad = round(CAPTION_PADDING * font.pixelSize())
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor(ink or SCREEN_CAPTION_INK))
    painter.drawText(
        band.adjusted(pad, pad, -pad, -pad),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) | int(Qt.TextFlag.TextWordWrap),
        text,
    )
    painter.restore()
