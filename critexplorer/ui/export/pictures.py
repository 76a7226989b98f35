"""What an export can draw: the contour view, the 3-D view, both side by side, or the whole window.

No Qt here: the CLI and the format declarations name the views before any window exists. Their names
are marked for the catalogue (context "Export") and shown in the chosen language by view_label and
view_phrase.
"""

from __future__ import annotations

from critexplorer.core.i18n import QT_TRANSLATE_NOOP, translate

CONTOUR, SURFACE, BOTH, WINDOW, BASINS = "contour", "surface", "both", "window", "basins"
VIEWS = (CONTOUR, SURFACE, BOTH, WINDOW, BASINS)
# The contour view with a basin map on it (made by `critexplorer export --view basins`).
CONTOUR_VIEWS = frozenset({CONTOUR, BASINS})
VIEW_LABELS = {
    CONTOUR: QT_TRANSLATE_NOOP("Export", "Contour view"),
    SURFACE: QT_TRANSLATE_NOOP("Export", "3-D view"),
    BOTH: QT_TRANSLATE_NOOP("Export", "Both, side by side"),
    WINDOW: QT_TRANSLATE_NOOP("Export", "Whole window"),
    BASINS: QT_TRANSLATE_NOOP("Export", "Basin map (contour view)"),
}
# How a sentence names each view ("use .png for both views side by side").
VIEW_PHRASES = {
    CONTOUR: QT_TRANSLATE_NOOP("Export", "the contour view"),
    SURFACE: QT_TRANSLATE_NOOP("Export", "the 3-D view"),
    BOTH: QT_TRANSLATE_NOOP("Export", "both views side by side"),
    WINDOW: QT_TRANSLATE_NOOP("Export", "the whole window"),
    BASINS: QT_TRANSLATE_NOOP("Export", "the basin map on the contour view"),
}
NEEDS_GL = frozenset({SURFACE, BOTH})
MIN_SIDE, MAX_SIDE = 64, 8192  # pixels per side of a picture


def view_label(view: str) -> str:
    """The view's name in the export dialog's list, in the chosen language."""
    return translate("Export", VIEW_LABELS[view])


def view_phrase(view: str) -> str:
    """How a sentence names the view, in the chosen language (an unknown view as it is)."""
    return translate("Export", VIEW_PHRASES[view]) if view in VIEW_PHRASES else view
