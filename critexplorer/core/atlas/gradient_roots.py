"""Batched damped Newton (Levenberg–Marquardt) solve of ∇L = 0 from many seeds at once.

For F(θ) = ∇L(θ) the Jacobian is the Hessian H, so the LM step is
    δ = −(H² + μ·‖H‖²·I)⁻¹ · H · g,
which is Newton's step δ = −H⁻¹g when μ → 0 and a short gradient-of-‖g‖² step when μ is large.
It converges to minima, maxima and saddles alike. At a degenerate root (x⁴ + y⁴ at 0, where
g ~ x³) Newton only contracts by a constant ratio r = 1 − 1/q per step; we detect that (parallel
steps with a steady ratio) and extrapolate δ/(1 − r), which lands on the root (Aitken's idea
applied to the multiplicity), so such points are still located to ~1e-10 instead of ~1e-3.
Everything is vectorized over the seeds; only the seeds still moving are evaluated.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from critexplorer.core.eigen2 import eigen_angle, symmetric_eigenvalues
from critexplorer.core.loss import Loss
from critexplorer.core.tolerances import SOLVER_STEP_TOL, Scale

MAX_ITERATIONS = 120
MAX_STEP_FRACTION = 0.1  # a single step moves at most this fraction of the window's diagonal
ESCAPE_FRACTION = 0.1  # seeds farther than this fraction of the diagonal outside the window are dropped
# (a root inside the window has its own sign-change seeds; one that far out is crawling away)
MU_START, MU_MAX = 1e-3, 1e10
POLISH_STEPS = 3  # undamped Newton steps from each root once the solve has stopped
POLISH_CURVATURE = 1e-3  # ... where both |λ| exceed this fraction of loss_range / length²
# Below this the damping is switched off (pure Newton), so weak directions are not starved.
MU_OFF = 1e-15
# A tiny step only means arrival once the damping shortens the weakest direction's step by < this.
SETTLED_DAMPING = 1e-3
PARALLEL_COS = 0.999  # successive steps this parallel show linear (degenerate) convergence
RATIO_RANGE = (0.2, 0.995)
STAGNATION_WINDOW, STAGNATION_RATIO, STAGNATION_DISTANCE = 10, 0.5, 1e-2
SINGULAR_RATIO = 1e-6  # eigen-directions weaker than this (relative) are left out of the stall test
# A seed this close (fraction of the diagonal) to a root another seed has reached is retired onto it.
RETIRE_RADIUS = 1e-4


@dataclass(frozen=True)
class RootSolve:
    """Where each seed ended, whether it stopped moving, and ∇L, ‖∇L‖ and H there."""

    points: np.ndarray  # (n, 2)
    converged: np.ndarray  # (n,) bool
    gradient_norm: np.ndarray  # (n,)
    gradients: np.ndarray  # (n, 2)
    hessians: np.ndarray  # (n, 3): hxx, hxy, hyy


def solve_gradient_roots(loss: Loss, seeds: np.ndarray, xlim, ylim, scale: Scale) -> RootSolve:
    """Run damped Newton on ∇L = 0 from every seed (rows of `seeds`), vectorized."""
    p = np.array(seeds, dtype=float).reshape(-1, 2)
    n = len(p)
    g, hess = gradient_and_hessian(loss, p)
    gnorm = np.hypot(g[:, 0], g[:, 1])
    mu = np.full(n, MU_START)
    prev_step = np.zeros((n, 2))
    has_prev = np.zeros(n, bool)
    converged = np.zeros(n, bool)
    active = np.isfinite(gnorm)
    converged[active & (gnorm == 0)] = True
    active &= ~converged
    max_step = MAX_STEP_FRACTION * scale.length
    step_tol = SOLVER_STEP_TOL * scale.length
    lo = np.array([xlim[0], ylim[0]], float) - ESCAPE_FRACTION * scale.length
    hi = np.array([xlim[1], ylim[1]], float) + ESCAPE_FRACTION * scale.length
    roundoff_gradient = 1e-6 * scale.gradient_floor
    checkpoint = gnorm.copy()
    distance = np.full(n, np.inf)  # Newton's estimate of how far each seed is from a root
    for iteration in range(MAX_ITERATIONS):
        if iteration and iteration % STAGNATION_WINDOW == 0:
            # Seeds whose ‖g‖ has not even halved in a while, and that Newton still sees far from a
            # root, are crawling along a flat valley towards nothing.
            with np.errstate(invalid="ignore"):
                active &= ~(
                    (gnorm > STAGNATION_RATIO * checkpoint) & (distance > STAGNATION_DISTANCE * scale.length)
                )
            checkpoint = gnorm.copy()
        idx = np.flatnonzero(active)
        if idx.size == 0:
            break
        pa, ga = p[idx], g[idx]
        a, b, c = hess[idx].T
        step = _limit(_lm_step(a, b, c, ga, mu[idx]), max_step)
        newton_size = pseudo_newton_size(a, b, c, ga)
        distance[idx] = newton_size
        settled = _damping_negligible(a, b, c, mu[idx])
        # Linear convergence towards a degenerate root: extrapolate along the steady direction.
        accel = _acceleration(step, prev_step[idx], has_prev[idx])
        accelerated = accel > 1.0
        trial_step = np.where(accelerated[:, None], _limit(step * accel[:, None], max_step), step)
        bad_step = ~np.all(np.isfinite(trial_step), axis=1)
        trial_step = np.where(bad_step[:, None], 0.0, trial_step)
        trial = pa + trial_step
        # One pass gives ∇L and H at the trial points; H is reused for the next step if accepted.
        trial_g, trial_h = gradient_and_hessian(loss, trial)
        tx, ty = trial_g.T
        tnorm = np.hypot(tx, ty)
        finite = np.isfinite(tnorm) & ~bad_step
        # Accept when ‖g‖ drops, or by the natural monotonicity test (Deuflhard): the step the old
        # Hessian would take from the new point is shorter than the step just taken. ‖g‖ is a poor
        # yardstick where H is nearly singular (the cusp of (y − x²)(y − 2x²)); the step is not.
        next_step = _lm_step(a, b, c, trial_g, mu[idx])
        with np.errstate(invalid="ignore"):
            shrinking = np.hypot(*next_step.T) < np.hypot(*step.T)
            better = finite & ((tnorm < gnorm[idx]) | (tnorm == 0) | shrinking)
        moved = np.hypot(trial_step[:, 0], trial_step[:, 1])

        ok = idx[better]
        p[ok] = trial[better]
        g[ok] = trial_g[better]
        hess[ok] = trial_h[better]
        gnorm[ok] = tnorm[better]
        # After an extrapolated step the next plain step starts a fresh ratio estimate.
        prev_step[ok] = step[better]
        has_prev[ok] = ~accelerated[better]
        mu[ok] = np.where(mu[ok] * 0.1 < MU_OFF, 0.0, mu[ok] * 0.1)
        # A rejected extrapolation is retried as a plain step; a rejected plain step gets more damping.
        has_prev[idx[~better]] = False
        rejected = idx[~better & ~accelerated]
        mu[rejected] = np.maximum(mu[rejected] * 4.0, MU_OFF)

        arrived = better & (((moved <= step_tol) & settled) | (tnorm == 0))
        # A rejected plain step while Newton's own step (across the well-conditioned directions;
        # along a critical curve there is nothing to find) is tiny, or ‖g‖ is pure roundoff:
        # roundoff already dominates, the seed has arrived.
        with np.errstate(invalid="ignore"):
            stalled = (
                ~better & ~accelerated & ((newton_size <= 1e3 * step_tol) | (gnorm[idx] <= roundoff_gradient))
            )
        converged[idx[arrived | stalled]] = True
        # No curvature at all and a nonzero gradient: Newton has nothing to work with.
        hopeless = ~better & (((a == 0) & (b == 0) & (c == 0)) | (mu[idx] > MU_MAX))
        outside = np.any((p[idx] < lo) | (p[idx] > hi), axis=1)
        converged[idx[outside]] = False
        active[idx[arrived | stalled | hopeless | outside]] = False
        _retire_followers(p, g, hess, gnorm, active, converged, RETIRE_RADIUS * scale.length)
    min_curvature = POLISH_CURVATURE * scale.loss_range / scale.length / scale.length  # no overflow
    _polish(loss, p, g, hess, gnorm, converged, min_curvature)
    return RootSolve(points=p, converged=converged, gradient_norm=gnorm, gradients=g, hessians=hess)


def _polish(loss: Loss, p, g, hess, gnorm, converged, min_curvature: float) -> None:
    """A few undamped Newton steps from each root, kept only where they lower ‖∇L‖.

    The solve stops once its steps fall below a fraction of the window, which in a window of ±1e20
    leaves x² + y² "converged" 12 units from 0; from there plain Newton lands on the root exactly
    (and gains digits elsewhere).
    """
    for _ in range(POLISH_STEPS):
        idx = np.flatnonzero(converged & (gnorm > 0))
        if idx.size == 0:
            return
        a, b, c = hess[idx].T
        step = _lm_step(a, b, c, g[idx], np.zeros(idx.size))
        # Only where H is clearly regular: near a singular H (a point of a critical curve, a
        # degenerate root such as the origin of x·y², where H is ~1e-6) the undamped step runs
        # off along the weak direction.
        l1, l2 = symmetric_eigenvalues(a, b, c)
        with np.errstate(invalid="ignore"):
            weakest = np.minimum(np.abs(l1), np.abs(l2))
            regular = (weakest > SINGULAR_RATIO * np.maximum(np.abs(l1), np.abs(l2))) & (
                weakest > min_curvature
            )
        # A step that would not change the point's float digits is skipped (most roots are already
        # exact to roundoff, and each pass costs a derivative evaluation).
        with np.errstate(invalid="ignore"):
            moves = np.hypot(*step.T) > 16 * np.finfo(float).eps * np.hypot(*p[idx].T)
        keep = regular & moves & np.all(np.isfinite(step), axis=1)
        idx, step = idx[keep], step[keep]
        if idx.size == 0:
            return
        trial = p[idx] + step
        trial_g, trial_h = gradient_and_hessian(loss, trial)
        tnorm = np.hypot(*trial_g.T)
        with np.errstate(invalid="ignore"):
            # A real gain, not roundoff jitter in ‖g‖: otherwise every pass would go on to the next.
            better = tnorm < 0.5 * gnorm[idx]
        ok = idx[better]
        p[ok], g[ok], hess[ok], gnorm[ok] = trial[better], trial_g[better], trial_h[better], tnorm[better]
        if not better.any():
            return


def _retire_followers(p, g, hess, gnorm, active, converged, radius: float) -> None:
    """Seeds already next to a root another seed has reached would only repeat its last steps:
    they take over that root, with its derivatives (which the atlas reuses)."""
    idx = np.flatnonzero(active)
    root_idx = np.flatnonzero(converged)
    if idx.size == 0 or root_idx.size == 0 or not radius > 0:
        return
    # Roots filed in square cells one radius wide (sorted cell keys): a seed within the radius of
    # a root has it in its own or a neighbouring cell, so each seed looks at 9 cells, not all roots.
    with np.errstate(invalid="ignore", over="ignore"):
        cells = np.floor(p / radius)
    cells = np.where(np.isfinite(cells), np.clip(cells, -(2.0**30), 2.0**30), 2.0**31).astype(np.int64)
    keys = cells[root_idx, 0] * (1 << 32) + cells[root_idx, 1]
    order = np.argsort(keys, kind="stable")
    sorted_keys, sorted_roots = keys[order], root_idx[order]
    best_gap, nearest = np.full(idx.size, np.inf), np.full(idx.size, -1)
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            wanted = (cells[idx, 0] + dx) * (1 << 32) + cells[idx, 1] + dy
            at = np.minimum(np.searchsorted(sorted_keys, wanted), len(sorted_keys) - 1)
            hit = sorted_keys[at] == wanted
            candidate = sorted_roots[at]
            gap = np.where(hit, np.hypot(*(p[idx] - p[candidate]).T), np.inf)
            closer = gap < best_gap
            best_gap[closer], nearest[closer] = gap[closer], candidate[closer]
    follows = best_gap <= radius
    followers, roots = idx[follows], nearest[follows]
    for array in (p, g, hess, gnorm):
        array[followers] = array[roots]
    converged[followers] = True
    active[followers] = False


def gradient_and_hessian(loss: Loss, p: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """∇L (n, 2) and the Hessian (n, 3: hxx, hxy, hyy) at the points, from one autograd pass."""
    if len(p) == 0:
        return np.zeros((0, 2)), np.zeros((0, 3))
    f = loss.fields_at(p[None, :, 0], p[None, :, 1])
    return np.stack([f.gx[0], f.gy[0]], axis=1), np.stack([f.hxx[0], f.hxy[0], f.hyy[0]], axis=1)


def _lm_step(a, b, c, g, mu) -> np.ndarray:
    """δ = −(H² + μ‖H‖²I)⁻¹ H g for H = [[a, b], [b, c]], elementwise (Cramer's rule).

    H is divided by its largest entry n first (δ is the same with H/n and g/n): H² overflows from
    entries of 1e154 on (1e300·x² + y²)."""
    with np.errstate(all="ignore"):
        n = np.maximum(np.maximum(np.abs(a), np.abs(b)), np.abs(c))
        n = np.where((n > 0) & np.isfinite(n), n, 1.0)
        a, b, c, g = a / n, b / n, c / n, g / n[:, None]
        norm2 = a * a + 2 * b * b + c * c
        damp = mu * norm2
        m11 = a * a + b * b + damp
        m12 = b * (a + c)
        m22 = b * b + c * c + damp
        r1 = a * g[:, 0] + b * g[:, 1]
        r2 = b * g[:, 0] + c * g[:, 1]
        det = m11 * m22 - m12 * m12
        s1 = -(m22 * r1 - m12 * r2) / det
        s2 = -(m11 * r2 - m12 * r1) / det
    step = np.stack([s1, s2], axis=1)
    return np.where(np.isfinite(step), step, np.nan)


def pseudo_newton_size(a, b, c, g) -> np.ndarray:
    """‖H⁺g‖, ignoring eigen-directions with |λ| ≤ SINGULAR_RATIO·max|λ| (pseudo-inverse)."""
    l1, l2 = symmetric_eigenvalues(a, b, c)
    big = np.maximum(np.abs(l1), np.abs(l2))
    # g in the eigenbasis, without building sign-fixed eigenvectors (signs do not matter to a length).
    cos, sin = eigen_angle(a, b, c)
    with np.errstate(all="ignore"):
        along = ((-sin * g[:, 0] + cos * g[:, 1]) / l1, (cos * g[:, 0] + sin * g[:, 1]) / l2)
        size2 = sum(
            np.where(np.abs(lam) > SINGULAR_RATIO * big, part * part, 0.0)
            for lam, part in zip((l1, l2), along, strict=True)
        )
        return np.where(big > 0, np.sqrt(size2), np.inf)


def _damping_negligible(a, b, c, mu) -> np.ndarray:
    """μ‖H‖² is small against λ_min², so a short step is short because the root is near."""
    l1, l2 = symmetric_eigenvalues(a, b, c)  # the stable form: λ_min survives beside a huge λ_max
    with np.errstate(all="ignore"):
        big = np.maximum(np.abs(l1), np.abs(l2))
        ratio = np.minimum(np.abs(l1), np.abs(l2)) / big
        # μ·‖H‖_F² ≤ k·λ_min², divided by λ_max² (‖H‖_F² = λ1² + λ2²) so nothing overflows.
        return (big == 0) | (mu * (1.0 + ratio * ratio) <= SETTLED_DAMPING * ratio * ratio)


def _limit(step: np.ndarray, max_step: float) -> np.ndarray:
    size = np.hypot(step[:, 0], step[:, 1])
    with np.errstate(all="ignore"):
        factor = np.where(size > max_step, max_step / size, 1.0)
    return step * factor[:, None]


def _acceleration(step, prev, has_prev) -> np.ndarray:
    """1/(1 − r) where successive steps are parallel with a steady ratio r, else 1."""
    size = np.hypot(step[:, 0], step[:, 1])
    prev_size = np.hypot(prev[:, 0], prev[:, 1])
    with np.errstate(all="ignore"):
        cos = np.sum(step * prev, axis=1) / (size * prev_size)
        ratio = size / prev_size
        factor = 1.0 / (1.0 - ratio)
    steady = has_prev & (cos > PARALLEL_COS) & (ratio > RATIO_RANGE[0]) & (ratio < RATIO_RANGE[1])
    return np.where(steady & np.isfinite(factor), factor, 1.0)
