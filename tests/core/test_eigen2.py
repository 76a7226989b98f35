"""Closed-form eigen-decomposition of symmetric 2x2 matrices against numpy.linalg.eigh."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from critexplorer.core.eigen2 import symmetric_eigenvalues, symmetric_eigenvectors

entries = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)


def _check(a, b, c):
    H = np.array([[a, b], [b, c]])
    l1, l2 = symmetric_eigenvalues(a, b, c)
    u1, u2 = symmetric_eigenvectors(a, b, c)
    size = max(1.0, np.abs(H).max())
    assert l1 <= l2
    assert np.allclose([l1, l2], np.linalg.eigvalsh(H), atol=1e-12 * size, rtol=0)
    for value, vector in ((l1, u1), (l2, u2)):
        assert np.linalg.norm(vector) == pytest.approx(1.0, abs=1e-14)
        assert np.allclose(H @ vector, value * vector, atol=1e-9 * size)
    assert abs(u1 @ u2) < 1e-12


@settings(max_examples=300, deadline=None)
@given(entries, entries, entries)
def test_matches_eigh(a, b, c):
    _check(a, b, c)


@pytest.mark.parametrize(
    "a, b, c",
    [
        (0, -2, 0),
        (2, 0, 2),
        (0, 0, 0),
        (1, 0, -1),
        (-1, 0, 1),
        (3, 1e-300, 3),
        (1e-300, 0, -1e-300),
        (5, 2, 5),
        (1, 1, 1),
        (1e8, 1, 1e-8),
    ],
)
def test_edge_cases(a, b, c):
    _check(a, b, c)


def test_lecture_hessian_exactly():
    (l1, l2), (u1, u2) = symmetric_eigenvalues(0, -2, 0), symmetric_eigenvectors(0, -2, 0)
    assert (l1, l2) == (-2.0, 2.0)
    assert np.allclose(u1, [2**-0.5, 2**-0.5], atol=1e-16) and np.allclose(u2, [2**-0.5, -(2**-0.5)])


def test_signs_are_canonical():
    for a, b, c in [(0, -2, 0), (1, 3, -2), (2, 0, 1), (1, 0, 2)]:
        for u in symmetric_eigenvectors(a, b, c):
            first = u[0] if abs(u[0]) > 1e-12 else u[1]
            assert first > 0


def test_vectorized_shapes_match_elementwise():
    rng = np.random.default_rng(0)
    a, b, c = rng.normal(size=(3, 7, 5))
    l1, l2 = symmetric_eigenvalues(a, b, c)
    u1, u2 = symmetric_eigenvectors(a, b, c)
    assert l1.shape == (7, 5) and u1.shape == (7, 5, 2)
    stack = np.stack([np.stack([a, b], -1), np.stack([b, c], -1)], -2)
    assert np.allclose(np.stack([l1, l2], -1), np.linalg.eigvalsh(stack), atol=1e-12)


@pytest.mark.filterwarnings("error")
def test_non_finite_entries_are_quiet():
    l1, l2 = symmetric_eigenvalues([np.inf, np.nan, 1.0], [0.0, 0.0, np.inf], [np.inf, 1.0, 1.0])
    assert np.isnan(l1[0]) or np.isinf(l1[0])
    symmetric_eigenvectors([np.inf, np.nan], [np.inf, 0.0], [np.inf, 1.0])


def test_axis_aligned_eigenvectors_are_exact():
    # H = diag(−2, 0): φ = π/2 and cos φ = 6e-17; the vectors must read (1, 0) and (0, 1) exactly.
    u1, u2 = symmetric_eigenvectors(np.array([-2.0, 3.0]), np.array([0.0, 0.0]), np.array([0.0, 1.0]))
    assert u1.tolist() == [[1.0, 0.0], [0.0, 1.0]]
    assert u2.tolist() == [[0.0, 1.0], [1.0, 0.0]]


magnitudes = st.floats(-300, 300).map(lambda e: 10.0**e)
signs = st.sampled_from([-1.0, 1.0])


@settings(max_examples=400, deadline=None)
@given(magnitudes, signs, magnitudes, signs)
def test_diagonal_eigenvalues_keep_full_relative_precision(p, sp, q, sq):
    """Condition numbers up to 1e600: the small eigenvalue is not lost to cancellation in m − r."""
    a, c = sp * p, sq * q
    l1, l2 = symmetric_eigenvalues(a, 0.0, c)
    assert [float(l1), float(l2)] == pytest.approx(sorted([a, c]), rel=1e-14, abs=0)


@settings(max_examples=400, deadline=None)
@given(magnitudes, signs, magnitudes, signs, st.floats(0, np.pi))
def test_ill_conditioned_rotated_matrices_match_eigh(p, sp, q, sq, angle):
    """Against eigh on R·diag·Rᵀ with condition numbers up to 1e300 (the entries themselves are what
    both are given, so both are held to eigh's guarantee: an error of a few ulps of ‖H‖)."""
    if max(p, q) > 1e150:  # keep the entries' products finite for eigh's reference computation
        p, q = min(p, 1e150), min(q, 1e150)
    cos, sin = np.cos(angle), np.sin(angle)
    rotation = np.array([[cos, -sin], [sin, cos]])
    H = rotation @ np.diag([sp * p, sq * q]) @ rotation.T
    a, b, c = H[0, 0], 0.5 * (H[0, 1] + H[1, 0]), H[1, 1]
    expected = np.linalg.eigvalsh(np.array([[a, b], [b, c]]))
    l1, l2 = symmetric_eigenvalues(a, b, c)
    size = np.abs([a, b, c]).max()
    assert np.allclose([l1, l2], expected, rtol=0, atol=1e-14 * size)


@pytest.mark.parametrize("a, c", [(2e16, 2.0), (2e300, 2.0), (2.0, 2e-300), (-2e16, 2.0), (5e-324, 1.0)])
def test_lecture_scale_examples_keep_the_small_eigenvalue(a, c):
    """1e16·x² + y² has λ = 2 and 2e16 (the closed form m − r gave 0)."""
    l1, l2 = symmetric_eigenvalues(a, 0.0, c)
    assert sorted([float(l1), float(l2)]) == [min(a, c), max(a, c)]
