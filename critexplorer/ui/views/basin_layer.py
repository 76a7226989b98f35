"""The basin layer of the contour view: the map's colours under the contour lines, and its legend.

Drawn as one image item between the heat map and the contour lines (so contours and the atlas's
markers stay visible). Its legend (each attractor's colour, type, point and fraction) is shown by
the Basins tab, where there is room for nine attractors; on the view it would cover the map.
The colours are core/basins/colors.py's, the same as `critexplorer basins --png`.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF

from critexplorer.core.analysis.explain import format_number
from critexplorer.core.basins.attractors import DIVERGED_LABEL, MOVING_LABEL
from critexplorer.core.basins.colors import DIVERGED_COLOR, MOVING_COLOR, attractor_colors, label_rgb
from critexplorer.core.display_words import shown_word
from critexplorer.core.i18n import current_language

LAYER_OPACITY = 0.8
LAYER_Z = 1.5  # above the heat map and the curvature map, below the contour lines (z = 2)


class BasinLayer:
    """Shows one BasinMap on a ContourView (its plot item) and says which cell a point is in."""

    def __init__(self, contour_view):
        self.view = contour_view
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(LAYER_Z)
        self.image.setOpacity(LAYER_OPACITY)
        self.image.hide()
        contour_view.plot_item.addItem(self.image)
        self.basin_map = None
        self._rows: tuple | None = None  # (map, language, legend rows) last worded

    def show_map(self, basin_map) -> None:
        self.basin_map = basin_map
        kinds = [a.classification for a in basin_map.attractors]
        self.image.setImage(label_rgb(basin_map.labels, kinds), levels=None)
        (x0, x1), (y0, y1) = basin_map.xlim, basin_map.ylim
        self.image.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))  # row 0 (lowest y) at y0
        self.image.show()

    @property
    def legend_rows(self) -> list[tuple[str, str]]:
        """(colour, "type (x, y): fraction") per attractor reached and for moving / diverged starts,
        largest first, in the current language (worded again after a switch)."""
        basin_map = self.basin_map
        if basin_map is None:
            return []
        rows = self._rows
        if rows is None or rows[0] is not basin_map or rows[1] != current_language():
            rows = self._rows = (basin_map, current_language(), _legend_rows(basin_map))
        return rows[2]

    def legend_html(self, columns: int = 2) -> str:
        """The legend as rich text: a square of each colour beside its attractor and fraction, in
        `columns` columns read row by row (eleven rows in one column do not fit the tab at 1280×720)."""
        width = 100 // columns
        cells = [
            f"<td width='{width}%'><span style='color: {color}'>■</span> {html.escape(text, False)}</td>"
            for color, text in self.legend_rows
        ]
        rows = "".join(f"<tr>{''.join(cells[i : i + columns])}</tr>" for i in range(0, len(cells), columns))
        return f"<table width='100%' cellspacing='0' cellpadding='1'>{rows}</table>"

    def set_visible(self, on: bool) -> None:
        shown = on and self.basin_map is not None
        self.image.setVisible(shown)

    def clear(self) -> None:
        self.basin_map = None
        self._rows = None
        self.image.hide()

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        """(row, column) of the map's cell holding (x, y), or None outside the map."""
        m = self.basin_map
        if m is None:
            return None
        (x0, x1), (y0, y1) = m.xlim, m.ylim
        if not (x0 <= x <= x1 and y0 <= y <= y1):
            return None
        column = min(int((x - x0) / (x1 - x0) * m.grid), m.grid - 1)
        row = min(int((y - y0) / (y1 - y0) * m.grid), m.grid - 1)
        return row, column


def _legend_rows(basin_map) -> list[tuple[str, str]]:
    kinds = [a.classification for a in basin_map.attractors]
    colors = attractor_colors(kinds)
    fractions = basin_map.attractor_fractions
    rows = []
    for a in basin_map.attractors:
        where = f"({format_number(a.point[0], 3)}, {format_number(a.point[1], 3)})"
        rows.append((colors[a.id], f"{shown_word(a.classification)} {where}", fractions[a.id]))
    others = ((MOVING_LABEL, MOVING_COLOR, "moving"), (DIVERGED_LABEL, DIVERGED_COLOR, "diverged"))
    for label, color, name in others:
        rows.append((color, shown_word(name), float(np.mean(basin_map.labels == label))))
    return [
        (color, f"{name}: {100 * fraction:.1f}\u00a0%")  # the number and its % on one line
        for color, name, fraction in sorted(rows, key=lambda row: -row[2])
        if fraction > 0
    ]
