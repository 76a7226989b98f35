"""Colours and marker shapes shared by both views, the legend and the table (one place to change)."""

from __future__ import annotations

from critexplorer.core.i18n import QT_TRANSLATE_NOOP

COLORMAP_NAME = "viridis"
GRADIENT_COLORMAP_NAME = "inferno"  # the ‖g‖ map: black where ∇L vanishes, yellow where L is steepest
# Behind both views: a dark slate rather than black, so the margins a locked aspect leaves around
# the window read as background, the same in the contour and the 3-D pane.
VIEW_BACKGROUND = (24, 26, 31)

# Atlas markers: a distinct shape and colour per classification (pyqtgraph symbol, 3-D glyph).
CLASS_STYLE: dict[str, dict] = {
    "minimum": {"color": "#3ddc84", "symbol": "o", "glyph": "●", "label": "minimum"},
    "maximum": {"color": "#ff4d6d", "symbol": "t1", "glyph": "▲", "label": "maximum"},
    "saddle": {"color": "#ffa630", "symbol": "d", "glyph": "◆", "label": "saddle"},
    "inconclusive": {"color": "#c0c0c0", "symbol": "star", "glyph": "★", "label": "inconclusive"},
    "not_critical": {"color": "#c0c0c0", "symbol": "x", "glyph": "✕", "label": "not critical"},
}

# Badge colours in the inspector panel (background, text).
BADGE_STYLE = {
    "minimum": ("#1e8c4e", "#ffffff"),
    "maximum": ("#b8233f", "#ffffff"),
    "saddle": ("#d9822b", "#1a1a1a"),
    "not_critical": ("#5a6472", "#ffffff"),
    "inconclusive": ("#7a6a9e", "#ffffff"),
}

NEGATIVE_CURVATURE = "#ff5a5f"  # eigenvector arrows with λ < 0 (directions that lower L)
POSITIVE_CURVATURE = "#4cc9f0"  # eigenvector arrows with λ > 0
DESCENT = "#ffffff"  # the −g arrow
SELECTION = "#ffffff"
MARKER_SIZE = 13  # atlas markers in the contour view, px
# The selection ring: hollow and wider than a marker, so a selected saddle's ◆ shows inside it.
SELECTION_RING_SIZE = 23
SELECTION_RING_WIDTH = 2.5

# Checkable toolbar buttons (Arrows, Taylor overlay, Lock aspect, ...): the platform style drew "on"
# only a shade darker than "off"; on is a filled blue button with white text.
TOGGLE_BUTTONS_CSS = """
QToolBar QToolButton { border: 1px solid transparent; border-radius: 4px; padding: 1px 6px; }
QToolBar QToolButton:hover { border-color: #9aa4b1; background: #e6eaf0; }
QToolBar QToolButton:checked { background: #2563c9; color: #ffffff; border-color: #1a4793; }
QToolBar QToolButton:checked:hover { background: #2f72e0; }
"""

# Curvature map classes -> RGBA (both λ > 0, both λ < 0, mixed, flat). Opaque, so the region on the
# map has exactly the colour of its legend swatch (a translucent layer took the heat map's colour
# underneath: "mixed" showed brown beside a yellow swatch). The contour lines stay on top.
CURVATURE_RGBA = {
    1: (62, 98, 170, 255),
    -1: (168, 52, 88, 255),
    0: (160, 106, 62, 255),
    2: (110, 112, 118, 255),
}
# The legend's words, translated where shown (context "Style").
CURVATURE_NAMES = {
    1: QT_TRANSLATE_NOOP("Style", "both λ > 0 (convex)"),
    -1: QT_TRANSLATE_NOOP("Style", "both λ < 0 (concave)"),
    0: QT_TRANSLATE_NOOP("Style", "mixed signs (saddle-shaped)"),
    2: QT_TRANSLATE_NOOP("Style", "flat (λ ≈ 0)"),
}


def curvature_css(code: int) -> str:
    """The curvature class's colour as CSS, for legend swatches (the map draws CURVATURE_RGBA itself)."""
    r, g, b, _ = CURVATURE_RGBA[code]
    return f"rgb({r}, {g}, {b})"


def class_style(classification: str) -> dict:
    return CLASS_STYLE.get(classification, CLASS_STYLE["inconclusive"])
