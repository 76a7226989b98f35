"""What an export can draw: the contour view, the 3-D view, both side by side, or the whole window.

No Qt here: the CLI and the format declarations name the views before any window exists.
"""

from __future__ import annotations

CONTOUR, SURFACE, BOTH, WINDOW = "contour", "surface", "both", "window"
VIEWS = (CONTOUR, SURFACE, BOTH, WINDOW)
VIEW_LABELS = {
    CONTOUR: "Contour view",
    SURFACE: "3-D view",
    BOTH: "Both, side by side",
    WINDOW: "Whole window",
}
# How a sentence names each view ("use .png for both views side by side").
VIEW_PHRASES = {
    CONTOUR: "the contour view",
    SURFACE: "the 3-D view",
    BOTH: "both views side by side",
    WINDOW: "the whole window",
}
NEEDS_GL = frozenset({SURFACE, BOTH})
MIN_SIDE, MAX_SIDE = 64, 8192  # pixels per side of a picture
