"""The ‖g‖ map: log₁₀‖∇L‖ at the grid points, its colour range, and the plateau preset it is for."""

import math

import numpy as np
import pytest

from critexplorer.core.atlas.find import find_critical_points
from critexplorer.core.formula import parse_formula
from critexplorer.core.gradient_map import GRADIENT_MAP_DECADES, gradient_log_norm, gradient_map
from critexplorer.core.presets import get_preset


def test_the_map_is_log10_of_the_gradient_length_at_every_grid_point():
    loss = parse_formula("x^2 + 3*y^2 + x*y")
    fields = loss.fields((-2, 2), (-1, 3), 41, 33)
    X, Y = np.meshgrid(fields.xs, fields.ys)
    with np.errstate(divide="ignore"):
        by_hand = np.log10(np.hypot(2 * X + Y, 6 * Y + X))  # ∇L = (2x + y, 6y + x)
    got = gradient_map(fields.gx, fields.gy)
    assert got.log_norm.shape == (33, 41)
    finite = np.isfinite(by_hand)
    np.testing.assert_allclose(got.log_norm[finite], by_hand[finite], rtol=1e-12, atol=1e-12)
    # (0, 0) is a grid point: the critical point's ‖g‖ = 0 is −∞, drawn at the bottom of the range
    i, j = np.argmin(np.abs(fields.ys)), np.argmin(np.abs(fields.xs))
    assert fields.xs[j] == 0 and fields.ys[i] == 0 and got.log_norm[i, j] == -np.inf
    assert got.high == pytest.approx(float(np.max(by_hand)), abs=1e-12)
    lowest_nonzero = float(np.min(by_hand[finite]))
    assert got.low == pytest.approx(max(lowest_nonzero, got.high - GRADIENT_MAP_DECADES), abs=1e-12)
    assert got.shown[i, j] == got.low


def test_the_colours_span_at_most_the_decades_below_the_steepest_cell():
    got = gradient_map(np.array([[1e3, 1e-20, 0.0]]), np.zeros((1, 3)))
    assert (got.low, got.high) == pytest.approx((3.0 - GRADIENT_MAP_DECADES, 3.0))
    np.testing.assert_allclose(got.shown, [[3.0, got.low, got.low]])


def test_the_range_spans_the_field_when_it_is_narrower_than_the_decades():
    got = gradient_map(np.array([[3.0, 0.3]]), np.array([[4.0, 0.4]]))  # ‖g‖ = 5 and 0.5
    assert (got.low, got.high) == pytest.approx((math.log10(0.5), math.log10(5.0)))
    np.testing.assert_allclose(got.shown, [[math.log10(5.0), math.log10(0.5)]])


def test_non_finite_gradients_have_no_colour_and_a_constant_slope_still_has_a_range():
    log_norm = gradient_log_norm([np.nan, np.inf, 1.0], [0.0, 0.0, 0.0])
    assert np.isnan(log_norm[0]) and np.isnan(log_norm[1]) and log_norm[2] == 0.0
    plane = gradient_map(np.full((3, 3), 2.0), np.zeros((3, 3)))
    assert plane.low < math.log10(2.0) < plane.high
    empty = gradient_map(np.zeros((2, 2)), np.zeros((2, 2)))
    assert (empty.low, empty.high) == (-1.0, 0.0)


def test_the_plateau_preset_has_a_plateau_and_a_single_critical_point():
    preset = get_preset("plateau")
    loss = preset.loss()
    atlas = find_critical_points(loss, preset.xlim, preset.ylim)
    assert [p.classification for p in atlas.points] == ["minimum"] and not atlas.sets
    np.testing.assert_allclose(atlas.points[0].point, [math.log(9.0) / 2, 0.0], atol=1e-6)  # σ(2w) = 0.9
    fields = loss.fields(preset.xlim, preset.ylim, 101, 81)
    gmap = gradient_map(fields.gx, fields.gy)
    left = fields.xs < -3  # where both samples' sigmoids saturate (|2w| > 3 + |b|)
    plateau = gmap.log_norm[np.abs(fields.ys) <= 1][:, left]
    assert np.all(plateau < gmap.high - 1.5)  # ‖g‖ more than 30 times below the steepest slope
    assert np.all(plateau > gmap.low)  # ... and yet never zero: no critical point there
    values = fields.value[np.abs(fields.ys) <= 1][:, left]
    assert values.min() > 0.8 and values.max() - values.min() < 0.01  # high and flat: L ≈ 0.81


def test_gradient_descent_crawls_over_the_plateau_where_adam_does_not():
    from critexplorer.core.runs import Run, RunSpec, loss_for_runs

    preset = get_preset("plateau")
    loss = loss_for_runs(preset.loss(), preset)
    stuck = {}
    for name, lr in (("gd", 1.0), ("adam", 0.1)):
        run = Run(loss, RunSpec(name, (-3.5, 0.0), {"lr": lr}, max_steps=300)).run_to_end()
        values = run.trail.values
        stuck[name] = int(np.sum(values > 0.95 * values[0]))  # steps still on the plateau
        assert values[-1] < 0.01, name  # both get down to the minimum (L = 0) in the end
    assert stuck["gd"] > 100 and stuck["adam"] < 20
