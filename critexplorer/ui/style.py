"""Colours and marker shapes shared by both views, the legend and the table (one place to change)."""

from __future__ import annotations

COLORMAP_NAME = "viridis"
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

# Curvature map classes -> RGBA (both λ > 0, both λ < 0, mixed, flat).
CURVATURE_RGBA = {
    1: (76, 201, 240, 110),
    -1: (255, 90, 95, 110),
    0: (255, 200, 40, 120),
    2: (128, 128, 128, 60),
}
CURVATURE_NAMES = {
    1: "both λ > 0 (convex)",
    -1: "both λ < 0 (concave)",
    0: "mixed signs (saddle-shaped)",
    2: "flat (λ ≈ 0)",
}


def class_style(classification: str) -> dict:
    return CLASS_STYLE.get(classification, CLASS_STYLE["inconclusive"])
