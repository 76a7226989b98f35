"""Which corner of a plot a legend box should sit in so that it covers nothing important (screen
geometry, no Qt).

The contour map's legend sat in the top-left corner whatever was there: on Himmelblau it covered a
minimum and a run's trail. A corner whose box holds no marked point wins; among those, the one that
covers the least of the data (the padding an equal-aspect view leaves around the map is free); ties
keep the corner the legend is in, then go in reading order.
"""

from __future__ import annotations

import numpy as np

CORNERS = ("top-left", "top-right", "bottom-left", "bottom-right")


def corner_box(corner: str, view_size, box_size, margin: float) -> tuple[float, float, float, float]:
    """(x0, y0, x1, y1) of a box of box_size in that corner of a view of view_size (y down), margin
    pixels in from its edges."""
    (width, height), (w, h) = view_size, box_size
    x0 = margin if corner.endswith("left") else width - margin - w
    y0 = margin if corner.startswith("top") else height - margin - h
    return x0, y0, x0 + w, y0 + h


def legend_corner(
    view_size, box_size, points, data_rect, margin: float = 8.0, current: str | None = None
) -> str:
    """The corner for a legend box of box_size (w, h) in a view of view_size (w, h), both in pixels
    with y down: the fewest of `points` (n, 2: pixels; markers, trails, the selection) under it, then
    the least overlap with data_rect (x0, y0, x1, y1: where the map is drawn), then `current`."""
    points = np.asarray(points, float).reshape(-1, 2)
    points = points[np.all(np.isfinite(points), axis=1)]
    dx0, dy0, dx1, dy1 = data_rect
    area = max(box_size[0] * box_size[1], 1e-9)

    def cost(corner: str):
        x0, y0, x1, y1 = corner_box(corner, view_size, box_size, margin)
        inside = np.count_nonzero(
            (points[:, 0] >= x0) & (points[:, 0] <= x1) & (points[:, 1] >= y0) & (points[:, 1] <= y1)
        )
        overlap = max(0.0, min(x1, dx1) - max(x0, dx0)) * max(0.0, min(y1, dy1) - max(y0, dy0))
        return inside, round(overlap / area, 2), corner != current, CORNERS.index(corner)

    return min(CORNERS, key=cost)
