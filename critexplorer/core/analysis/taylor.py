"""The second-order Taylor model L(θ) + gᵀv + ½vᵀHv around a point, and the escape step at a saddle."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from critexplorer.core.analysis.classify import PointAnalysis
from critexplorer.core.loss import Loss

# The escape step, as a fraction of the window's diagonal: far enough to see the drop, near enough
# for the quadratic model to still describe it.
ESCAPE_STEP_FRACTION = 0.05


def quadratic_model(analysis: PointAnalysis, X, Y) -> np.ndarray:
    """L(θ) + gᵀv + ½vᵀHv with v = (X, Y) − θ, elementwise."""
    vx = np.asarray(X, float) - analysis.point[0]
    vy = np.asarray(Y, float) - analysis.point[1]
    (hxx, hxy), (_, hyy) = analysis.hessian
    gx, gy = analysis.gradient
    return analysis.value + gx * vx + gy * vy + 0.5 * (hxx * vx * vx + 2 * hxy * vx * vy + hyy * vy * vy)


def quadratic_patch(analysis: PointAnalysis, half_width: tuple[float, float], n: int = 41):
    """The model on an n × n grid centred at θ: (xs, ys, values shaped (n, n))."""
    xs = analysis.point[0] + np.linspace(-half_width[0], half_width[0], n)
    ys = analysis.point[1] + np.linspace(-half_width[1], half_width[1], n)
    X, Y = np.meshgrid(xs, ys)
    return xs, ys, quadratic_model(analysis, X, Y)


@dataclass(frozen=True)
class EscapeStep:
    """One step t along a negative-curvature eigenvector u from a saddle, with L before and after."""

    start: np.ndarray
    end: np.ndarray
    direction: np.ndarray
    eigenvalue: float
    step: float
    start_value: float
    end_value: float

    @property
    def predicted_change(self) -> float:
        """½·λ·t², the quadratic model's change (the gradient is zero at a critical point)."""
        return 0.5 * self.eigenvalue * self.step**2

    @property
    def actual_change(self) -> float:
        return self.end_value - self.start_value


def escape_step(loss: Loss, analysis: PointAnalysis, step: float) -> EscapeStep | None:
    """Step from a saddle along its most negative eigenvector; None when there is no escape direction.

    ±u lower L equally to second order; the sign with the lower actual L is taken.
    """
    if not analysis.escape_directions:
        return None
    escape = min(analysis.escape_directions, key=lambda e: e.eigenvalue)
    u = np.asarray(escape.direction, float)
    candidates = [analysis.point + sign * step * u for sign in (1.0, -1.0)]
    values = [float(loss.value(*p)) for p in candidates]
    best = int(np.nanargmin(values)) if np.any(np.isfinite(values)) else 0
    direction = u if best == 0 else -u
    return EscapeStep(
        start=np.asarray(analysis.point, float),
        end=candidates[best],
        direction=direction,
        eigenvalue=escape.eigenvalue,
        step=float(step),
        start_value=float(analysis.value),
        end_value=values[best],
    )
