"""What an export can draw: the contour view, the 3-D view, both side by side, or the whole window.

No Qt here: the CLI and the format declarations name the views before any window exists.
"""

from __future__ import annotations

CONTOUR, SURFACE, BOTH, WINDOW, BASINS = "contour", "surface", "both", "window", "basins"
VIEWS = (CONTOUR, SURFACE, BOTH, WINDOW, BASINS)
# The contour view with a basin map on it (made by `critexplorer export --view basins`).
CONTOUR_VIEWS = frozenset({CONTOUR, BASINS})
VIEW_LABELS = {
    CONTOUR: "Contour view",
    SURFACE: "3-D view",
    BOTH: "Both, side by side",
    WINDOW: "Whole window",
    BASINS: "Basin map (contour view)",
}
# How a sentence names each view ("use .png for both views side by side").
VIEW_PHRASES = {
    CONTOUR: "the contour view",
    SURFACE: "the 3-D view",
    BOTH: "both views side by side",
    WINDOW: "the whole window",
    BASINS: "the basin map on the contour view",
}
NEEDS_GL = frozenset({SURFACE, BOTH})
MIN_SIDE, MAX_SIDE = 64, 8192  # pixels per side of a picture
