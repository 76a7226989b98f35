"""The colours of a basin map, shared by the window, `critexplorer basins --png` and exports.

One hue per attractor: minima in cool colours (blues, greens, purples), saddles and maxima in warm
ones and darker, so a region drawn to a saddle is unmistakable; grey for still moving, black for
diverged. Colours cycle when a map has more attractors of a type than its list holds.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from critexplorer.core.analysis.classify import MAXIMUM, MINIMUM, SADDLE
from critexplorer.core.limits import hex_to_rgb

MINIMUM_COLORS = ("#56b4e9", "#009e73", "#0072b2", "#7fcdbb", "#8073ac", "#2c7fb8", "#41ab5d", "#b2abd2")
SADDLE_COLORS = ("#b35806", "#d95f02", "#8c2d04", "#e08214")
MAXIMUM_COLORS = ("#a50026", "#d7301f", "#7f0000", "#e7298a")
OTHER_COLORS = ("#6a3d9a",)  # a critical point of a type the map does not name (degenerate)
MOVING_COLOR, DIVERGED_COLOR = "#9e9e9e", "#000000"


def attractor_colors(classifications: Sequence[str]) -> list[str]:
    """A colour for each attractor, given their types in id order."""
    lists = {MINIMUM: MINIMUM_COLORS, SADDLE: SADDLE_COLORS, MAXIMUM: MAXIMUM_COLORS}
    used: dict[str, int] = {}
    out = []
    for kind in classifications:
        palette = lists.get(kind, OTHER_COLORS)
        out.append(palette[used.get(kind, 0) % len(palette)])
        used[kind] = used.get(kind, 0) + 1
    return out


def label_rgb(labels: np.ndarray, classifications: Sequence[str]) -> np.ndarray:
    """(…, 3) uint8 colours of a label array: ≥ 0 an attractor, −1 moving, −2 diverged."""
    colors = [DIVERGED_COLOR, MOVING_COLOR, *attractor_colors(classifications)]
    table = np.array([hex_to_rgb(c) for c in colors], dtype=np.uint8)
    return table[np.asarray(labels) + 2]
