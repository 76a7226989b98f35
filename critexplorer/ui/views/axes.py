"""Axes that show plain numbers: no SI prefix, the same tick digits everywhere (core.ticks).

Every axis in the window and in exports is one of these; the colour bar's is swapped in after
pyqtgraph builds its own, which ColorBarItem does not let a caller choose.
"""

from __future__ import annotations

import pyqtgraph as pg

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
    """A vertical ColorBarItem whose value axis is a PlainAxis."""

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
