"""The batched root solver's helpers against plain per-matrix linear algebra."""

from __future__ import annotations

import numpy as np

from critexplorer.core.atlas.gradient_roots import SINGULAR_RATIO, pseudo_newton_size


def _reference_size(a, b, c, g) -> float:
    """‖H⁺g‖ from np.linalg.eigh, dropping eigen-directions with |λ| ≤ SINGULAR_RATIO·max|λ|."""
    w, v = np.linalg.eigh(np.array([[a, b], [b, c]]))
    big = np.abs(w).max()
    if big == 0:
        return np.inf
    kept = [i for i in range(2) if abs(w[i]) > SINGULAR_RATIO * big]
    return float(np.sqrt(sum((v[:, i] @ g / w[i]) ** 2 for i in kept)))


def test_pseudo_newton_size_matches_eigh():
    rng = np.random.default_rng(7)
    h = rng.normal(size=(600, 3)) * 10.0 ** rng.integers(-3, 4, size=(600, 1))
    h[:100, 2] = h[:100, 1] ** 2 / h[:100, 0]  # singular: one eigenvalue is roundoff
    h[100:120] = 0.0  # no curvature at all
    h[120:140, 1] = 0.0  # diagonal, and axis-aligned eigenvectors
    g = rng.normal(size=(600, 2))
    ours = pseudo_newton_size(*h.T, g)
    reference = np.array([_reference_size(*row, gg) for row, gg in zip(h, g, strict=True)])
    assert np.array_equal(np.isinf(ours), np.isinf(reference))
    finite = np.isfinite(reference)
    assert np.allclose(ours[finite], reference[finite], rtol=1e-9, atol=0)


def test_pseudo_newton_size_of_a_plain_newton_step():
    # H = diag(2, 4), g = (2, 4): the Newton step is (1, 1).
    size = pseudo_newton_size(np.array([2.0]), np.array([0.0]), np.array([4.0]), np.array([[2.0, 4.0]]))
    assert abs(size[0] - np.sqrt(2.0)) <= 4e-16


def test_the_solve_reports_the_derivatives_at_its_points():
    """The atlas reuses RootSolve's ∇L and H, so they must belong to the final points, including
    those of seeds retired onto a root another seed reached."""
    from critexplorer.core.atlas.gradient_roots import solve_gradient_roots
    from critexplorer.core.formula import parse_formula
    from critexplorer.core.tolerances import Scale

    loss = parse_formula("(x^2 + y - 11)^2 + (x + y^2 - 7)^2")
    xs = np.linspace(-6, 6, 41)
    X, Y = np.meshgrid(xs, xs)
    scale = Scale.of_window((-6, 6), (-6, 6), loss.value(X, Y))
    seeds = np.stack([X.ravel(), Y.ravel()], axis=1)
    solved = solve_gradient_roots(loss, seeds, (-6, 6), (-6, 6), scale)
    assert solved.converged.sum() > 1000  # many seeds, few roots: most are retired onto a root
    f = loss.fields_at(solved.points[None, :, 0], solved.points[None, :, 1])
    assert np.array_equal(solved.gradients, np.stack([f.gx[0], f.gy[0]], axis=1))
    assert np.array_equal(solved.hessians, np.stack([f.hxx[0], f.hxy[0], f.hyy[0]], axis=1))
    assert np.array_equal(solved.gradient_norm, np.hypot(f.gx[0], f.gy[0]))
