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


@pytest.mark.parametrize("a, b, c", [
    (0, -2, 0), (2, 0, 2), (0, 0, 0), (1, 0, -1), (-1, 0, 1), (3, 1e-300, 3), (1e-300, 0, -1e-300),
    (5, 2, 5), (1, 1, 1), (1e8, 1, 1e-8),
])
def test_edge_cases(a, b, c):
    _check(a, b, c)


def test_lecture_hessian_exactly():
    (l1, l2), (u1, u2) = symmetric_eigenvalues(0, -2, 0), symmetric_eigenvectors(0, -2, 0)
    assert (l1, l2) == (-2.0, 2.0)
    assert np.allclose(u1, [2**-0.5, 2**-0.5], atol=1e-16) and np.allclose(u2, [2**-0.5, -2**-0.5])


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
