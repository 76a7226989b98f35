"""Every numerical tolerance of the engine, named, relative to the scale of the loss in view."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# A point is critical when a critical point lies within this fraction of the length scale:
# ‖g‖ ≤ POSITION_TOL·length·‖H‖ (so published points rounded to 6 decimals still count).
POSITION_TOL = 1e-5
# Floor for ‖g‖ when H ≈ 0, as a fraction of loss_range / length.
GRADIENT_FLOOR = 1e-9
# An eigenvalue is "about zero" below this fraction of the largest |λ| (or of the curvature floor).
EIGENVALUE_REL_TOL = 1e-6
# Curvature floor as a fraction of loss_range / length².
CURVATURE_FLOOR = 1e-10
# Differences of L smaller than this multiple of machine epsilon·|L| are roundoff.
ROUNDOFF_FACTOR = 1e3
# In the higher-order test, changes of L below this fraction of loss_range are not resolved.
RESOLUTION_FLOOR = 1e-12
# Two critical points closer than this fraction of the length scale are the same point.
DEDUP_TOL = 1e-6


@dataclass(frozen=True)
class Scale:
    """The size of the landscape in view: how long the window is and how much L varies."""

    length: float
    loss_range: float

    @property
    def gradient_floor(self) -> float:
        return GRADIENT_FLOOR * self.loss_range / self.length

    @property
    def curvature_floor(self) -> float:
        return CURVATURE_FLOOR * self.loss_range / self.length**2

    @classmethod
    def around_point(cls, point, value: float, gradient, hessian) -> "Scale":
        """A scale for a lone point: unit length (or |θ|), and L's local second-order variation."""
        length = max(1.0, float(np.hypot(*point)))
        spread = abs(value) + float(np.linalg.norm(gradient)) * length
        spread += 0.5 * float(np.abs(hessian).max()) * length**2
        return cls(length=length, loss_range=spread if np.isfinite(spread) and spread > 0 else 1.0)

    @classmethod
    def of_window(cls, xlim, ylim, values=None) -> "Scale":
        """The scale of a rectangle, from its diagonal and the finite range of L sampled on it."""
        length = float(np.hypot(xlim[1] - xlim[0], ylim[1] - ylim[0]))
        loss_range = 1.0
        if values is not None:
            finite = np.asarray(values)[np.isfinite(values)]
            if finite.size:
                loss_range = float(finite.max() - finite.min()) or max(1.0, abs(float(finite[0])))
        return cls(length=length, loss_range=loss_range)
