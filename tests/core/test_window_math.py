"""The Qt-free helpers behind the window: contour lines, the mesh and ray picking, the Taylor model,
the escape step and the lecture-style sentences."""

import numpy as np
import pytest

from critexplorer.core.analysis.classify import analyze_point
from critexplorer.core.analysis.explain import (
    analysis_as_latex,
    classification_reason,
    format_number,
    format_vector,
)
from critexplorer.core.analysis.taylor import escape_step, quadratic_model
from critexplorer.core.contours import contour_levels, contour_segments, display_values
from critexplorer.core.formula import parse_formula
from critexplorer.core.heightfield import intersect_ray, nice_ticks, surface_mesh, visible_from


def test_contour_segments_lie_on_the_level_set():
    xs = np.linspace(-2, 2, 81)
    X, Y = np.meshgrid(xs, xs)
    segments = contour_segments(X**2 + Y**2, xs, xs, [1.0, 2.0])
    radii = np.hypot(segments[:, 0], segments[:, 1])
    assert len(segments) % 2 == 0 and len(segments) > 100
    assert np.all((np.abs(radii - 1) < 2e-3) | (np.abs(radii - np.sqrt(2)) < 2e-3))


def test_contour_segments_skip_non_finite_cells():
    xs = np.linspace(-1, 1, 41)
    X, Y = np.meshgrid(xs, xs)
    z = np.where(X > 0, X**2 + Y**2, np.nan)
    segments = contour_segments(z, xs, xs, [0.25])
    assert np.isfinite(segments).all() and segments[:, 0].min() >= 0


def test_log_display_and_levels():
    values = np.array([[1.0, 10.0], [100.0, np.inf]])
    shown = display_values(values, log=True)
    assert shown[0, 0] == 0 and shown[1, 0] == pytest.approx(np.log(100.0)) and np.isnan(shown[1, 1])
    levels = contour_levels(np.array([0.0, 10.0]), 4)
    assert np.allclose(levels, [2, 4, 6, 8])


def test_mesh_drops_faces_at_non_finite_heights_and_ray_hits_the_surface():
    xs = np.linspace(-1, 1, 11)
    X, Y = np.meshgrid(xs, xs)
    z = 0.5 * X + 0.0 * Y
    vertices, normals, faces = surface_mesh(xs, xs, z)
    assert faces.shape == (2 * 10 * 10, 3)
    assert np.allclose(normals[0], np.array([-0.5, 0, 1]) / np.sqrt(1.25), atol=1e-6)
    hit = intersect_ray([0.2, -0.3, 5.0], [0, 0, -1], xs, xs, z)
    assert hit == pytest.approx([0.2, -0.3, 0.1], abs=1e-3)
    z[0, 0] = np.nan
    assert len(surface_mesh(xs, xs, z)[2]) == 2 * 10 * 10 - 2
    assert list(nice_ticks(-2.3, 2.3, 5)) == [-2, -1, 0, 1, 2]
    assert list(nice_ticks(-2.3, 2.3, 4)) == [-2, 0, 2]


def test_taylor_model_is_exact_for_a_quadratic_and_escape_follows_the_lecture():
    loss = parse_formula("(1 - w1*w2)^2")
    a = analyze_point(loss, (0.0, 0.0))
    assert quadratic_model(a, 0.3, 0.3) == pytest.approx(1 - 2 * 0.09)  # 1 + ½·(−2)·(0.3√2)²
    step = escape_step(loss, a, 0.5)
    assert np.allclose(step.direction, [2**-0.5, 2**-0.5])
    assert step.end_value == pytest.approx((1 - 0.125) ** 2)
    assert step.predicted_change == pytest.approx(-0.25)
    assert escape_step(loss, analyze_point(loss, (1.0, 1.0)), 0.5) is None


def test_reasons_read_like_the_lecture():
    loss = parse_formula("(1 - w1*w2)^2")
    saddle = classification_reason(analyze_point(loss, (0.0, 0.0)))
    assert saddle.startswith(
        "g = 0 and λ₁ = −2 < 0 < λ₂ = 2, so this is a saddle: moving along "
        "u₁ = (0.71, 0.71) lowers L by about ½·2·t²"
    )
    bowl = classification_reason(analyze_point(parse_formula("x^2 + 2*y^2"), (0.0, 0.0)))
    assert "H is positive definite, so this is a local minimum" in bowl
    slope = classification_reason(analyze_point(parse_formula("x^2 + 2*y^2"), (1.0, 0.0)))
    assert slope.startswith("‖g‖ = 2 ≠ 0") and "−g = (−2.00, 0.00)" in slope
    assert format_number(-2.0) == "−2" and format_vector([0.7071, -0.7071]) == "(0.71, −0.71)"
    assert "\\lambda_1 &= -2" in analysis_as_latex(analyze_point(loss, (0.0, 0.0)), ("w1", "w2"))


@pytest.mark.parametrize(
    ("values", "decimals", "shown"),
    [
        ([-0.008296, 0.0075], 4, "(−0.0083, 0.0075)"),  # the lecture saddle's left neighbour
        ([-0.008296, 0.0075], 6, "(−0.008296, 0.007500)"),
        ([-0.004, 0.5], 2, "(−0.004, 0.50)"),  # below the shown precision: significant digits
        ([-0.0, 0.0], 2, "(0.00, 0.00)"),  # zero never reads −0
        ([-0.7071, 0.7071], 3, "(−0.707, 0.707)"),
    ],
)
def test_format_vector_keeps_the_sign_of_small_components(values, decimals, shown):
    assert format_vector(values, decimals) == shown


def test_format_number_writes_whole_numbers_out_and_never_minus_zero():
    assert format_number(1001.6) == "1002"  # was "1e3", which reads as exactly a thousand
    assert format_number(-12345.4) == "−12345"
    assert format_number(2.5e6) == "2.5e6"
    assert format_number(-0.0) == "0"
    assert format_number(-0.008296, 4) == "−0.008296"
    assert "-0" not in analysis_as_latex(analyze_point(parse_formula("x^2 + y^2"), (-0.0, 0.0)))


def _hill():
    xs = ys = np.linspace(-5, 5, 81)
    x, y = np.meshgrid(xs, ys)
    return xs, ys, 4.0 * np.exp(-(x**2 + y**2) / 2)  # a 4-high hill at the origin, flat around


def test_a_hill_hides_what_is_behind_it_and_not_what_is_in_front():
    xs, ys, z = _hill()
    eye = np.array([20.0, 0.0, 2.0])
    behind, in_front, beside = [-3.0, 0.0, 0.05], [3.0, 0.0, 0.05], [-3.0, 4.5, 0.05]
    seen = visible_from(eye, [behind, in_front, beside], xs, ys, z, clearance=0.3)
    assert seen.tolist() == [False, True, True]
    # From above the whole floor is in sight, the top of the hill too.
    top = [0.0, 0.0, 4.05]
    assert visible_from([0, 0, 30.0], [behind, in_front, top], xs, ys, z, 0.3).tolist() == [True] * 3


def test_points_on_a_slope_are_not_hidden_by_the_ground_they_stand_on():
    xs, ys, z = _hill()
    # Points on the hill's face towards the eye, lifted a little: always in sight.
    px = np.linspace(0.2, 3.0, 15)
    pts = np.stack([px, np.zeros_like(px), 4.0 * np.exp(-(px**2) / 2) + 0.05], 1)
    assert visible_from([20.0, 0.0, 6.0], pts, xs, ys, z, clearance=0.3).all()
    # Undefined heights hide nothing.
    z_nan = np.full_like(z, np.nan)
    assert visible_from([20.0, 0.0, 2.0], [[-3.0, 0.0, 0.05]], xs, ys, z_nan, 0.3).tolist() == [True]
