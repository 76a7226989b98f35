"""A spin box for numbers that span many orders of magnitude (1e-8 … 1e6): shown with %g, and
stepped by factors when the quantity is naturally logarithmic (learning rates, epsilons, speeds)."""

from __future__ import annotations

import math

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from critexplorer.core.text_input import to_ascii

LOG_STEP = 1.25  # one arrow click multiplies a log-scale value by this
SIGNIFICANT_DIGITS = 6


class NumberBox(QDoubleSpinBox):
    def __init__(
        self, low: float, high: float, value: float, log_scale: bool = False, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.log_scale = log_scale
        self.setDecimals(15)  # the text is %g; decimals only bound the stored precision
        self.setRange(low, high)
        span = high - low
        self.setSingleStep(0.01 if span <= 1 else 0.1 if span <= 100 else 1.0)
        self.setValue(value)

    def textFromValue(self, value: float) -> str:
        return f"{value:.{SIGNIFICANT_DIGITS}g}"

    def valueFromText(self, text: str) -> float:
        try:
            return float(to_ascii(text))
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):
        stripped = to_ascii(text).strip()  # a Chinese keyboard's －１．５ too
        try:
            number = float(stripped)
        except ValueError:
            partial = stripped in ("", "-", "+", ".", "-.", "+.") or stripped.lower().endswith(
                ("e", "e-", "e+")
            )
            return (QValidator.State.Intermediate if partial else QValidator.State.Invalid), text, pos
        if not math.isfinite(number):
            return QValidator.State.Invalid, text, pos
        inside = self.minimum() <= number <= self.maximum()
        return (QValidator.State.Acceptable if inside else QValidator.State.Intermediate), text, pos

    def stepBy(self, steps: int) -> None:
        if not self.log_scale:
            super().stepBy(steps)
            return
        value = self.value()
        if value <= 0:
            value = max(self.minimum(), 1e-6)
            steps = max(steps - 1, 0)
        self.setValue(min(max(value * LOG_STEP**steps, self.minimum()), self.maximum()))


class PlainSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox (its own decimals and display) that also reads a Chinese keyboard's －１．５."""

    def validate(self, text: str, pos: int):
        plain = to_ascii(text)
        state, _, _ = super().validate(plain, pos)
        return state, text, pos

    def valueFromText(self, text: str) -> float:
        return super().valueFromText(to_ascii(text))

    def fixup(self, text: str) -> str:
        return super().fixup(to_ascii(text))
