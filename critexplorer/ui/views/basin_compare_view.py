"""The second basin map of the Basins tab's "Compare with": a pane beside the contour view.

It shows another optimizer's map of the same window, mapped on the same atlas, so each attractor
has the same id and the same colour in both (core/basins/colors.py); its axes follow the contour
view's (linked), and the atlas's attractors are marked. While it is shown it takes the 3-D pane's
place in the views' splitter; hiding it gives that place back.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from critexplorer.core.basins.colors import label_rgb
from critexplorer.ui import style
from critexplorer.ui.views.axes import plain_axes


class BasinCompareView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.plot_widget = pg.PlotWidget(axisItems=plain_axes(), background=style.VIEW_BACKGROUND)
        self.plot_item = self.plot_widget.getPlotItem()
        self.plot_item.setMenuEnabled(False)
        self.plot_item.setAspectLocked(True)  # as the contour view: a square cell stays square
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot_item.addItem(self.image)
        self.markers = pg.ScatterPlotItem(size=9, pen=pg.mkPen("w", width=1.5), brush=None, symbol="o")
        self.markers.setZValue(2)
        self.plot_item.addItem(self.markers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.plot_widget, 1)
        self.basin_map = None

    def follow(self, contour_view) -> None:
        """Pan and zoom with the contour view. Not a pyqtgraph axis link: linking both axes of two
        aspect-locked panes of different shapes stretches one of them; this shows at least the same
        range in each."""
        self._source = contour_view.plot_item.getViewBox()
        self._source.sigRangeChanged.connect(self._follow_range)

    def _follow_range(self, *_) -> None:
        if self.isVisible():
            (x0, x1), (y0, y1) = self._source.viewRange()
            self.plot_item.getViewBox().setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_source", None) is not None:
            self._follow_range()

    def show_map(self, basin_map, summary: str) -> None:
        self.basin_map = basin_map
        kinds = [a.classification for a in basin_map.attractors]
        self.image.setImage(label_rgb(basin_map.labels, kinds), levels=None)
        (x0, x1), (y0, y1) = basin_map.xlim, basin_map.ylim
        self.image.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))  # row 0 (lowest y) at y0
        points = np.array([a.point for a in basin_map.attractors], float).reshape(-1, 2)
        self.markers.setData(points[:, 0], points[:, 1])
        self.title.setText(summary)

    def clear(self) -> None:
        self.basin_map = None
        self.image.clear()
        self.markers.clear()
        self.title.setText("")

    def pixel_of(self, x: float, y: float) -> tuple[int, int, int]:
        """The RGB the map shows at (x, y) (for tests and the legend check)."""
        m = self.basin_map
        (x0, x1), (y0, y1) = m.xlim, m.ylim
        column = min(int((x - x0) / (x1 - x0) * m.grid), m.grid - 1)
        row = min(int((y - y0) / (y1 - y0) * m.grid), m.grid - 1)
        return tuple(int(v) for v in self.image.image[row, column])
