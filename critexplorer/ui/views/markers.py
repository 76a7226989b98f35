"""Marker items that are only drawn: clicks on them go through to the view underneath.

pyqtgraph's ScatterPlotItem accepts a left click on any of its spots, so a click on an atlas
marker, the selection ring or a run's marker never reached the contour view's selection: a click
within ~6 px of the lecture saddle's ◆ did nothing. Every marker in the contour view is one of these.
"""

from __future__ import annotations

import pyqtgraph as pg


class DrawnScatter(pg.ScatterPlotItem):
    """A ScatterPlotItem that ignores mouse clicks (the view box under it selects instead)."""

    def mouseClickEvent(self, ev):
        ev.ignore()
