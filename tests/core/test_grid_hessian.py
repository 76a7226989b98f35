"""Finite-difference fields (the held slider knob's curvature preview) against autograd's."""

import numpy as np

from critexplorer.core.formula import parse_formula
from critexplorer.core.grid_hessian import finite_difference_fields
from critexplorer.core.loss import CURVATURE_CONVEX, CURVATURE_SADDLE


def _fields(text: str, n: int = 256, window=(-2.0, 2.0)):
    loss = parse_formula(text)
    exact = loss.fields(window, window, n)
    return exact, finite_difference_fields(exact.xs, exact.ys, exact.value, every=2)


def test_a_quadratic_s_second_differences_are_its_hessian_on_every_other_node():
    exact, fd = _fields("-0.44*x^2 + 0.3*x*y + y^2")
    assert fd.value.shape == (128, 128) and np.array_equal(fd.xs, exact.xs[::2])
    assert np.allclose(fd.hxx, -0.88, atol=1e-8)
    assert np.allclose(fd.hxy, 0.3, atol=1e-8)
    assert np.allclose(fd.hyy, 2.0, atol=1e-8)
    assert np.allclose(fd.gx, exact.gx[::2, ::2], atol=1e-8)  # exact for a quadratic, edges too
    assert np.all(fd.curvature_map() == CURVATURE_SADDLE)


def test_a_smooth_loss_s_fields_are_close_and_its_curvature_map_agrees_almost_everywhere():
    exact, fd = _fields("sin(2*x)*cos(y) + 0.5*x^2")
    sub = (slice(None, None, 2), slice(None, None, 2))
    inner = (slice(2, -2), slice(2, -2))  # one-sided differences at the edges, twice (the Hessian)
    # Central differences of central differences at twice the spacing: errors of about h²·L⁗ / 3 (5e-3 here).
    assert np.abs(fd.hxx - exact.hxx[sub])[inner].max() < 0.01
    assert np.abs(fd.hxy - exact.hxy[sub])[inner].max() < 0.01
    assert np.abs(fd.hyy - exact.hyy[sub])[inner].max() < 0.01
    agree = fd.curvature_map(1e-3) == exact.curvature_map(1e-3)[sub]
    assert agree.mean() > 0.98
    assert np.any(exact.curvature_map(1e-3) == CURVATURE_CONVEX)  # the test sees more than one class
