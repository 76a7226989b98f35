"""Axes that show plain numbers: no SI prefix, the same tick digits everywhere (core.ticks).

Every axis in the window and in exports is one of these; the colour bar's is swapped in after
pyqtgraph builds its own, which ColorBarItem does not let a caller choose.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtGui import QFontMetricsF

from critexplorer.core.ticks import tick_labels


class PlainAxis(pg.AxisItem):
    """An AxisItem without automatic SI prefixes ("L (x0.001)") and with core.ticks labels."""

    def __init__(self, orientation: str, **kwargs):
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):
        if self.logMode:
            return self.logTickStrings(values, scale, spacing)
        return tick_labels([v * scale for v in values], spacing * scale)


def plain_axes(left: type[PlainAxis] = PlainAxis) -> dict[str, PlainAxis]:
    """axisItems for a PlotWidget's two shown axes (naming top or right too would show them)."""
    return {"left": left("left"), "bottom": PlainAxis("bottom")}


class PlainColorBar(pg.ColorBarItem):
    """A vertical ColorBarItem whose value axis is a PlainAxis, as wide as its widest tick label and
    its title need (pyqtgraph's fixed 45 px clipped the title beside ticks such as "−1000")."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        built = self.axis
        axis = PlainAxis("right")
        self.setAxisItems({"right": axis})
        axis.setZValue(built.zValue())
        axis.setWidth(built.fixedWidth)
        axis.setStyle(showValues=True)
        axis.unlinkFromView()
        axis.setRange(*self.values)
        self.axis = axis
        for side in ("left", "top", "bottom"):  # the frame: no values, but no prefix either
            self.getAxis(side).enableAutoSIPrefix(False)

    def fit_width(self) -> None:
        """Fix the value axis's width to the tick labels of the current levels, plus the title."""
        axis = self.axis
        lo, hi = sorted(float(v) for v in self.levels())
        length = axis.geometry().height() or 300.0
        metrics = QFontMetricsF(axis.style["tickFont"] or axis.font())
        widest = 0.0
        if hi > lo:
            for spacing, values in axis.tickValues(lo, hi, length):
                for text in axis.tickStrings(values, 1.0, spacing):
                    widest = max(widest, metrics.horizontalAdvance(text))
        title = axis.label.boundingRect().height() if axis.label.isVisible() else 0.0
        ticks = max(0, axis.style["tickLength"]) + axis.style["tickTextOffset"][0]
        axis.setWidth(math.ceil(ticks + widest + title))
