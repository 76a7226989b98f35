"""Draw critexplorer's application icon: the contour lines of the saddle x² − y² around its critical
point, with the escape direction. Writes critexplorer/resources/critexplorer.svg (run from the repo root:
`python scripts/draw_icon.py`); the SVG is committed, so the app never runs this."""

from __future__ import annotations

import math
from pathlib import Path

SIZE = 256
CENTRE = SIZE / 2
SPAN = 1.6  # the icon shows x, y ∈ [−SPAN, SPAN]
LEVELS = (0.15, 0.45, 0.9, 1.5)  # |x² − y²| of the drawn contours
# Valley side (x² − y² < 0 along y) cool, ridge side (along x) warm, like the curvature map.
RIDGE, VALLEY = "#ffa630", "#4cc9f0"
OUT = Path(__file__).resolve().parents[1] / "critexplorer" / "resources" / "critexplorer.svg"


def _to_px(x: float, y: float) -> tuple[float, float]:
    return CENTRE + x / SPAN * (SIZE / 2 - 20), CENTRE - y / SPAN * (SIZE / 2 - 20)


def _branch(level: float, sign_x: int, along_x: bool) -> str:
    """One branch of x² − y² = ±level as an SVG path, sampled along its hyperbolic parameter."""
    a = math.sqrt(level)
    points = []
    for i in range(41):
        t = -2.0 + 4.0 * i / 40
        u, v = sign_x * a * math.cosh(t), a * math.sinh(t)
        x, y = (u, v) if along_x else (v, u)
        if abs(x) <= SPAN and abs(y) <= SPAN:
            points.append(_to_px(x, y))
    return "M" + " L".join(f"{px:.1f},{py:.1f}" for px, py in points)


def icon_svg() -> str:
    paths = []
    for level in LEVELS:
        width = 7 - 3.5 * level / LEVELS[-1]
        for sign in (1, -1):
            paths.append(
                f'<path d="{_branch(level, sign, True)}" stroke="{RIDGE}" stroke-width="{width:.1f}"/>'
            )
            paths.append(
                f'<path d="{_branch(level, sign, False)}" stroke="{VALLEY}" stroke-width="{width:.1f}"/>'
            )
    tip_x, tip_y = _to_px(0.95, 0.95)
    head = f"M{tip_x - 30:.1f},{tip_y + 2:.1f} L{tip_x:.1f},{tip_y:.1f} L{tip_x - 2:.1f},{tip_y + 30:.1f}"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- critexplorer's icon, drawn by scripts/draw_icon.py: contours of the saddle x² − y² -->
<svg xmlns="http://www.w3.org/2000/svg" width="{SIZE}" height="{SIZE}" viewBox="0 0 {SIZE} {SIZE}">
  <defs>
    <radialGradient id="floor" cx="50%" cy="50%" r="70%">
      <stop offset="0" stop-color="#3b1f63"/>
      <stop offset="1" stop-color="#17141f"/>
    </radialGradient>
  </defs>
  <rect x="8" y="8" width="{SIZE - 16}" height="{SIZE - 16}" rx="40" fill="url(#floor)"/>
  <g fill="none" stroke-linecap="round" stroke-linejoin="round">
    {chr(10).join("    " + p for p in paths).strip()}
    <path d="M{CENTRE:.1f},{CENTRE:.1f} L{tip_x:.1f},{tip_y:.1f}" stroke="#ff5a5f" stroke-width="9"/>
    <path d="{head}" stroke="#ff5a5f" stroke-width="9"/>
  </g>
  <circle cx="{CENTRE}" cy="{CENTRE}" r="15" fill="#ffffff" stroke="#17141f" stroke-width="5"/>
</svg>
"""


if __name__ == "__main__":
    OUT.write_text(icon_svg(), encoding="utf-8")
    print(f"wrote {OUT}")
