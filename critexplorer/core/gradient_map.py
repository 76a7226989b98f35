"""The ‖g‖ map: log₁₀ of the gradient's length in every grid cell, and the range it is coloured over.

It shows what the curvature map cannot: a plateau (‖g‖ tiny over a whole region, no critical point)
next to critical points (‖g‖ → 0 at single points). The colours span at most GRADIENT_MAP_DECADES
below the steepest cell, so an exact zero (a grid point on a critical point, log₁₀ 0 = −∞) or a
saturated sigmoid's 1e-300 does not stretch the scale until everything else is one colour.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

GRADIENT_MAP_DECADES = 8.0


@dataclass(frozen=True)
class GradientMap:
    """log₁₀‖∇L‖ per cell, shaped like the grid (NaN where L or ∇L is not finite), and its range."""

    log_norm: np.ndarray
    low: float
    high: float

    @property
    def shown(self) -> np.ndarray:
        """log_norm clipped into [low, high] (NaN stays NaN): what the colours are looked up from."""
        return np.clip(self.log_norm, self.low, self.high)


def gradient_log_norm(gx, gy) -> np.ndarray:
    """log₁₀ √(gx² + gy²), elementwise: −∞ where ∇L = 0 exactly, NaN where a component is not finite."""
    gx, gy = np.asarray(gx, float), np.asarray(gy, float)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        out = np.log10(np.hypot(gx, gy))
    out[~(np.isfinite(gx) & np.isfinite(gy))] = np.nan
    return out


def gradient_map(gx, gy, decades: float = GRADIENT_MAP_DECADES) -> GradientMap:
    """The map of the gradient field (gx, gy): high is the steepest cell's log₁₀‖g‖, low is the
    flattest's but at most `decades` below high; a field with no nonzero finite cell spans [−1, 0]."""
    log_norm = gradient_log_norm(gx, gy)
    finite = log_norm[np.isfinite(log_norm)]
    if finite.size == 0:
        return GradientMap(log_norm, -1.0, 0.0)
    high = float(finite.max())
    low = max(float(finite.min()), high - float(decades))
    if low >= high:  # a constant slope (a plane): one colour, with a range the colour bar can draw
        low, high = high - 0.5, high + 0.5
    return GradientMap(log_norm, low, high)
