"""Locating an isolated degenerate critical point to full precision.

At a point where one Hessian eigenvalue vanishes, Newton's method only converges linearly, and
when the weak direction curves (the cusp of (y − x²)(y − 2x²), where ∇L = 0 is approached along
y ≈ 1.5x²) its steps zigzag across the valley, so the batched solver stops ~1e-5 away with
‖∇L‖ ~ 1e-14. Here each step splits the problem in two:

1. a Newton step along the stiff eigenvector v lands on the valley ∇L·v = 0;
2. on the valley, φ = ∇L·u (u the weak eigenvector) is a function of one variable whose slope
   along the valley is the Schur complement u·H·u − (u·H·v)²/(v·H·v). Near a root of
   multiplicity m, φ ~ c·s^m and Newton contracts by r = 1 − 1/m per step; two steps with a
   steady ratio give r, and the step divided by (1 − r) lands on the root (as in the solver).

Only points the atlas has already found and separated from critical curves come here, and a
refinement is kept only if it lowers ‖∇L‖ and stays next to where it started.
"""

from __future__ import annotations

import numpy as np

from critexplorer.core.atlas.gradient_roots import gradient_and_hessian
from critexplorer.core.eigen2 import symmetric_eigenvalues, symmetric_eigenvectors
from critexplorer.core.loss import Loss

MAX_STEPS = 60
RATIO_RANGE = (0.2, 0.995)  # steady contraction ratios that are extrapolated
REACH = 1e-2  # a refined point may move at most this fraction of the window's diagonal


def refine_degenerate_roots(loss: Loss, points: np.ndarray, length: float) -> np.ndarray:
    """The points (n, 2), each moved onto its degenerate root where that lowers ‖∇L‖."""
    start = np.array(points, float).reshape(-1, 2)
    if len(start) == 0:
        return start
    p = start.copy()
    g, _ = gradient_and_hessian(loss, p)
    best, best_norm = p.copy(), np.hypot(*g.T)
    previous = np.zeros(len(p))  # the last plain step along the valley (0: none yet)
    active = np.isfinite(best_norm) & (best_norm > 0)
    for _ in range(MAX_STEPS):
        idx = np.flatnonzero(active)
        if idx.size == 0:
            break
        g, h = gradient_and_hessian(loss, p[idx])
        u, v, stiff = _weak_and_stiff(h)
        with np.errstate(all="ignore"):
            on_valley = p[idx] - (np.sum(g * v, axis=1) / stiff)[:, None] * v
        gv, hv = gradient_and_hessian(loss, on_valley)
        a, b, c = hv.T
        with np.errstate(all="ignore"):
            huu = a * u[:, 0] ** 2 + 2 * b * u[:, 0] * u[:, 1] + c * u[:, 1] ** 2
            huv = a * u[:, 0] * v[:, 0] + b * (u[:, 0] * v[:, 1] + u[:, 1] * v[:, 0]) + c * u[:, 1] * v[:, 1]
            hvv = a * v[:, 0] ** 2 + 2 * b * v[:, 0] * v[:, 1] + c * v[:, 1] ** 2
            slope = huu - huv * huv / hvv
            step = -np.sum(gv * u, axis=1) / slope
            ratio = step / previous[idx]
            steady = (ratio > RATIO_RANGE[0]) & (ratio < RATIO_RANGE[1])
            taken = np.where(steady, step / (1.0 - ratio), step)
            trial = on_valley + taken[:, None] * u
            moving = (
                np.isfinite(taken)
                & np.all(np.isfinite(trial), axis=1)
                & (np.abs(taken) > 4 * np.finfo(float).eps * np.hypot(*trial.T))
            )
            far = np.hypot(*(trial - start[idx]).T) > REACH * length
            valley_near = np.hypot(*(on_valley - start[idx]).T) <= REACH * length
        # After an extrapolated step the next plain step starts a fresh ratio estimate.
        previous[idx] = np.where(steady, 0.0, step)
        near = np.flatnonzero(valley_near)
        _keep_best(best, best_norm, idx[near], on_valley[near], np.hypot(*gv[near].T))
        p[idx] = np.where((moving & ~far)[:, None], trial, p[idx])
        active[idx[~moving | far]] = False
    g, _ = gradient_and_hessian(loss, p)
    _keep_best(best, best_norm, np.arange(len(p)), p, np.hypot(*g.T))
    return best


def _keep_best(best, best_norm, idx, points, norms) -> None:
    with np.errstate(invalid="ignore"):
        better = norms < best_norm[idx]
    best[idx[better]] = points[better]
    best_norm[idx[better]] = norms[better]


def _weak_and_stiff(h: np.ndarray):
    """Per Hessian (rows hxx, hxy, hyy): the weak unit eigenvector, the stiff one, and the stiff
    eigenvalue."""
    l1, l2 = symmetric_eigenvalues(*h.T)
    u1, u2 = symmetric_eigenvectors(*h.T)
    first_weak = np.abs(l1) <= np.abs(l2)
    weak = np.where(first_weak[:, None], u1, u2)
    stiff_vector = np.where(first_weak[:, None], u2, u1)
    return weak, stiff_vector, np.where(first_weak, l2, l1)
