"""When is a Hessian eigenvalue zero? When roundoff or the point's own inexactness can explain it.

A fixed fraction of the other eigenvalue is the wrong test: 1e16·x² + y² has λ = 2 beside 2e16, and
2 is exact, not noise. An eigenvalue is only *suspect* below EIGENVALUE_REL_TOL of the larger one
(or below the window's curvature floor); a suspect eigenvalue is zero when either

* it is within the roundoff of the Hessian: entries computed to a relative error ε change
  λ_small = det / λ_large by about ε·(|a·c| + b²) / |λ_large| (the componentwise condition of the
  determinant; a rotated 1e16·(x + y)² + (x − y)² has entries ~1e16 and its λ = 2 is lost there), or
* it does not survive the step to the critical point the point stands for: a point that is critical
  only within tolerance sits beside the true one (−H⁻¹g away), and the curvature it shows may be that
  offset alone. At (δ, 0) on the monkey saddle x³ − 3xy², λ = ±6δ, and at the Newton step's end half
  of it is left; an eigenvalue that changes by ROUNDOFF_SHIFT or more across that step is an artifact
  of where the point is. A genuine curvature hardly moves: the step is tiny, or zero at an exact root.
"""

from __future__ import annotations

import numpy as np

from critexplorer.core.eigen2 import symmetric_eigenvalues
from critexplorer.core.loss import Loss
from critexplorer.core.tolerances import (
    EIGENVALUE_REL_TOL,
    HESSIAN_ROUNDOFF_FACTOR,
    STEP_CURVATURE_SHIFT,
    Scale,
)

_EPS = np.finfo(float).eps


def suspect_eigenvalues(eigenvalues: np.ndarray, scale: Scale) -> np.ndarray:
    """(n, 2) mask of eigenvalues small enough to need the zero test: below EIGENVALUE_REL_TOL of the
    larger |λ| or below the curvature floor."""
    eigenvalues = np.atleast_2d(eigenvalues)
    with np.errstate(invalid="ignore"):
        biggest = np.abs(eigenvalues).max(axis=1, initial=0.0)
        tolerance = np.maximum(EIGENVALUE_REL_TOL * biggest, scale.curvature_floor)
        return np.abs(eigenvalues) <= tolerance[:, None]


def hessian_roundoff(hessians: np.ndarray, eigenvalues: np.ndarray) -> np.ndarray:
    """(n, 2): how far roundoff in the entries of H = [[a, b], [b, c]] can move each eigenvalue."""
    hessians, eigenvalues = np.atleast_2d(hessians), np.atleast_2d(eigenvalues)
    a, b, c = np.abs(hessians.T)
    with np.errstate(all="ignore"):
        large = np.abs(eigenvalues).max(axis=1)
        safe = np.where(large > 0, large, 1.0)
        # Divide before multiplying: |a|, |b|, |c| ≤ |λ_large|, so nothing overflows.
        small = np.where(large > 0, a * (c / safe) + b * (b / safe), 0.0)
        big = np.maximum(np.maximum(a, c), b)
        bound = HESSIAN_ROUNDOFF_FACTOR * _EPS
        is_small = np.abs(eigenvalues) < large[:, None]
        return bound * np.where(is_small, small[:, None], big[:, None])


def zero_eigenvalues(
    loss: Loss,
    points: np.ndarray,
    gradients: np.ndarray,
    hessians: np.ndarray,
    eigenvalues: np.ndarray,
    scale: Scale,
) -> np.ndarray:
    """(n, 2) mask of the eigenvalues (ascending, per point) that are zero; hessians are (n, 3)."""
    points, gradients = np.atleast_2d(points), np.atleast_2d(gradients)
    hessians, eigenvalues = np.atleast_2d(hessians), np.atleast_2d(eigenvalues)
    suspect = suspect_eigenvalues(eigenvalues, scale)
    with np.errstate(invalid="ignore"):
        zero = suspect & (np.abs(eigenvalues) <= hessian_roundoff(hessians, eigenvalues))
    undecided = np.flatnonzero((suspect & ~zero).any(axis=1))
    if undecided.size == 0:
        return zero
    shifted = _eigenvalues_after_newton_step(
        loss, points[undecided], gradients[undecided], hessians[undecided]
    )
    with np.errstate(invalid="ignore"):
        moved = ~(
            np.abs(shifted - eigenvalues[undecided]) < STEP_CURVATURE_SHIFT * np.abs(eigenvalues[undecided])
        )
    zero[undecided] |= suspect[undecided] & moved
    return zero


def _eigenvalues_after_newton_step(loss: Loss, points, gradients, hessians) -> np.ndarray:
    """The Hessian's eigenvalues at θ − H⁻¹g, where the critical point nearest θ is estimated."""
    with np.errstate(all="ignore"):
        # H and g divided by their largest entries first: products of tiny entries (x²y² beside its
        # critical axis, entries of 1e-237) would underflow to an exact 0 and lose the step.
        h_size = np.abs(hessians).max(axis=1)
        g_size = np.abs(gradients).max(axis=1)
        a, b, c = (hessians / np.where(h_size > 0, h_size, 1.0)[:, None]).T
        gx, gy = (gradients / np.where(g_size > 0, g_size, 1.0)[:, None]).T
        det = a * c - b * b
        unit = np.stack([-(c * gx - b * gy) / det, -(a * gy - b * gx) / det], axis=1)
        step = unit * (g_size / h_size)[:, None]
        step = np.where(np.isfinite(step), step, 0.0)  # a singular H: no better estimate than θ
        step = np.where((g_size == 0)[:, None], 0.0, step)
        at = points + step
        hxx, hxy, hyy = (np.asarray(v, float) * np.ones(len(at)) for v in loss.hessian(at[:, 0], at[:, 1]))
        return np.stack(symmetric_eigenvalues(hxx, hxy, hyy), axis=1)
