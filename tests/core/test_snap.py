"""Snapping a click onto a nearby critical point (core.analysis.snap), against published points and sympy."""

import numpy as np
import pytest
import sympy as sp
from shared_reference import load_reference

from critexplorer.core.analysis.snap import nearest_within, newton_snap, snap_distance
from critexplorer.core.formula import parse_formula
from critexplorer.core.tolerances import Scale

HIMMELBLAU = load_reference()["functions"]["himmelblau"]


def _scale(xlim, ylim, loss_range):
    return Scale(float(np.hypot(xlim[1] - xlim[0], ylim[1] - ylim[0])), loss_range)


@pytest.mark.parametrize("reference", HIMMELBLAU["points"], ids=lambda r: str(r["point"]))
def test_newton_snap_lands_on_every_himmelblau_point_from_a_few_pixels_away(reference):
    loss = parse_formula(HIMMELBLAU["formula"].replace("**", "^"))
    scale = _scale(HIMMELBLAU["xlim"], HIMMELBLAU["ylim"], 900.0)
    published = np.array(reference["point"])
    click = published + (0.03, -0.02)  # ~3 px of a 12-unit window on a 1000 px pane
    snapped = newton_snap(loss, click, 0.08, scale)
    assert snapped is not None
    # The oracle: sympy's own Newton solve of ∇L = 0 from the same click, to 30 digits.
    x, y = sp.symbols("x y")
    L = sp.sympify(HIMMELBLAU["formula"])
    root = sp.nsolve([sp.diff(L, x), sp.diff(L, y)], [x, y], list(click), prec=30)
    assert np.allclose(snapped, [float(root[0]), float(root[1])], rtol=0, atol=1e-12)
    assert np.allclose(snapped, published, atol=1e-5)  # published to 6 decimals


def test_newton_snap_reaches_the_lecture_saddle_exactly():
    loss = parse_formula("(1 - w1*w2)^2")
    scale = _scale((-2, 2), (-2, 2), 9.0)
    for click in [(0.03, -0.012), (-0.02, 0.03), (0.0, 0.04)]:
        snapped = newton_snap(loss, click, 0.05, scale)
        assert snapped is not None and snapped.tolist() == [0.0, 0.0]


def test_newton_snap_refuses_a_critical_point_outside_the_radius():
    loss = parse_formula("(1 - w1*w2)^2")
    scale = _scale((-2, 2), (-2, 2), 9.0)
    assert newton_snap(loss, (0.04, 0.04), 0.05, scale) is None  # 0.057 from the saddle
    assert newton_snap(loss, (0.3, -0.2), 0.05, scale) is None  # nowhere near anything
    # the same click inside a radius stretched along its direction snaps
    assert newton_snap(loss, (0.04, 0.0), (0.05, 0.001), scale).tolist() == [0.0, 0.0]
    assert newton_snap(loss, (0.04, 0.0), (0.001, 0.05), scale) is None


def test_newton_snap_lands_on_a_valley_of_minima_across_it():
    loss = parse_formula("(1 - w1*w2)^2")
    scale = _scale((-2, 2), (-2, 2), 9.0)
    snapped = newton_snap(loss, (1.02, 1.0), 0.05, scale)
    assert snapped is not None
    assert abs(snapped[0] * snapped[1] - 1.0) < 1e-12
    assert np.hypot(*(snapped - (1.02, 1.0))) < 0.02


def test_newton_snap_finds_nothing_on_a_plane_or_where_L_is_undefined():
    scale = _scale((-2, 2), (-2, 2), 8.0)
    assert newton_snap(parse_formula("x + y"), (0.01, 0.02), 0.05, scale) is None
    assert newton_snap(parse_formula("log(x) + y^2"), (-1.0, 0.0), 0.05, scale) is None


def test_nearest_within_picks_the_closest_point_inside_the_ellipse():
    points = np.array([[0.0, 0.0], [0.1, 0.0], [1.0, 1.0]])
    assert nearest_within(points, (0.07, 0.0), 0.05) == 1
    assert nearest_within(points, (0.03, 0.0), 0.05) == 0
    assert nearest_within(points, (0.5, 0.5), 0.05) is None
    assert nearest_within(np.empty((0, 2)), (0.0, 0.0), 0.05) is None
    # per-axis radii: 0.04 off in y is outside a flat ellipse, inside a tall one
    assert nearest_within(points, (0.0, 0.04), (0.05, 0.01)) is None
    assert nearest_within(points, (0.0, 0.04), (0.01, 0.05)) == 0
    assert snap_distance(points[:1], (0.0, 0.03), (1.0, 0.06))[0] == pytest.approx(0.5)


def test_a_bad_radius_is_refused():
    with pytest.raises(ValueError, match="snap radius"):
        nearest_within(np.zeros((1, 2)), (0, 0), (0.0, 1.0))


class CountingLoss:
    """A Loss that counts its point evaluations (the cost of a snap)."""

    def __init__(self, loss):
        self.loss, self.evaluations = loss, 0

    def at(self, point):
        self.evaluations += 1
        return self.loss.at(point)


def test_the_window_grid_spares_far_clicks_any_evaluation():
    loss = parse_formula("(1 - w1*w2)^2")
    scale = _scale((-2, 2), (-2, 2), 9.0)
    fields = loss.fields((-2, 2), (-2, 2), 256)
    counting = CountingLoss(loss)
    assert newton_snap(counting, (0.7, -0.9), 0.05, scale, fields) is None
    assert newton_snap(counting, (-1.5, 0.4), 0.05, scale, fields) is None
    assert counting.evaluations == 0
    assert newton_snap(counting, (0.03, -0.012), 0.05, scale, fields).tolist() == [0.0, 0.0]
    assert 0 < counting.evaluations <= 4
    # the grid only filters: a click off the grid is still solved
    assert newton_snap(counting, (2.0004, 0.49995), 0.05, scale, fields) is not None


def test_a_snap_starts_where_the_grids_newton_step_lands():
    """The grid's ∇L and H at the nearest node give Newton's first step for free: near the lecture
    saddle (1-3 px on a 256² grid) a snap makes two evaluations instead of three, and lands on the
    same exact point; Himmelblau's points come out the same with and without the grid."""
    loss = parse_formula("(1 - w1*w2)^2")
    scale = _scale((-2, 2), (-2, 2), 9.0)
    fields = loss.fields((-2, 2), (-2, 2), 256)
    radius = 7 * 4.0 / 700  # 7 px of a 700 px pane
    for click in [(0.011, -0.006), (-0.015, 0.004), (0.002, 0.017)]:
        with_grid, without = CountingLoss(loss), CountingLoss(loss)
        assert newton_snap(with_grid, click, radius, scale, fields).tolist() == [0.0, 0.0]
        assert newton_snap(without, click, radius, scale).tolist() == [0.0, 0.0]
        assert with_grid.evaluations < without.evaluations
        assert with_grid.evaluations <= 2
    himmelblau = parse_formula("(x^2 + y - 11)^2 + (x + y^2 - 7)^2")
    h_scale = _scale((-5, 5), (-5, 5), 890.0)
    h_fields = himmelblau.fields((-5, 5), (-5, 5), 256)
    for root in [(3.0, 2.0), (-0.270845, -0.923039)]:
        click = np.array(root) + 0.02
        a = newton_snap(himmelblau, click, 0.07, h_scale, h_fields)
        b = newton_snap(himmelblau, click, 0.07, h_scale)
        assert a is not None and b is not None and np.allclose(a, b, rtol=0, atol=1e-12)
