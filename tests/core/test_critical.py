"""The critical-point atlas: reference points with types, curves of critical points, degenerate cases."""

from __future__ import annotations

import json
import warnings
from collections import Counter

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from critexplorer.core.analysis.classify import analyze_point
from critexplorer.core.atlas import find as critical
from critexplorer.core.atlas.find import AtlasError, find_critical_points
from critexplorer.core.formula import parse_formula

HIMMELBLAU = "(x**2+y-11)**2+(x+y**2-7)**2"
RASTRIGIN = "20+x**2-10*cos(2*pi*x)+y**2-10*cos(2*pi*y)"
CAMEL = "(4-2.1*x**2+x**4/3)*x**2+x*y+(-4+4*y**2)*y**2"


def atlas(formula, xlim, ylim, **kw):
    loss = parse_formula(formula, **kw)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the atlas never warns, even where L is not finite
        return find_critical_points(loss, xlim, ylim)


def types(result) -> dict:
    return dict(Counter(p.classification for p in result.points))


REFERENCE_NAMES = ["himmelblau", "rosenbrock", "booth", "beale", "dauphin", "lecture_example"]


def test_the_reference_file_holds_no_function_we_skip(shared_reference):
    assert set(shared_reference["functions"]) == set(REFERENCE_NAMES)


@pytest.mark.parametrize("name", REFERENCE_NAMES)
def test_every_reference_point_is_found_with_its_type(name, shared_reference):
    spec = shared_reference["functions"][name]
    result = atlas(spec["formula"], spec["xlim"], spec["ylim"], vars=spec.get("vars"))
    found = np.array([p.point for p in result.points])
    assert len(result.points) == len(spec["points"])  # and nothing else
    for ref in spec["points"]:
        distance = np.hypot(*(found - np.array(ref["point"], float)).T)
        nearest = result.points[int(np.argmin(distance))]
        assert distance.min() < 1e-5, ref
        assert nearest.classification == ref["classification"]
        assert nearest.value == pytest.approx(ref["value"], abs=1e-6 * max(1.0, abs(ref["value"])))
    assert len(result.sets) == len(spec.get("critical_sets", []))


def test_himmelblau_has_four_minima_one_maximum_four_saddles():
    result = atlas(HIMMELBLAU, (-6, 6), (-6, 6))
    assert types(result) == {"minimum": 4, "maximum": 1, "saddle": 4}
    assert result.sets == []
    for p in result.points:
        assert p.analysis.gradient_norm < 1e-9
        assert not p.degenerate


def test_lecture_valley_is_one_set_of_two_branches_and_one_saddle():
    result = atlas("(1-w1*w2)**2", (-2, 2), (-2, 2))
    assert [p.classification for p in result.points] == ["saddle"]
    np.testing.assert_allclose(result.points[0].point, [0, 0], atol=1e-12)
    np.testing.assert_allclose(result.points[0].eigenvalues, [-2, 2], atol=1e-12)
    (valley,) = result.sets
    assert (valley.kind, valley.classification) == ("curve", "minimum")
    assert valley.value == pytest.approx(0.0, abs=1e-12)
    assert len(valley.branches) == 2
    assert len(valley.samples) == sum(len(b) for b in valley.branches)
    products = valley.samples[:, 0] * valley.samples[:, 1]
    np.testing.assert_allclose(products, 1.0, atol=1e-8)
    for branch in valley.branches:
        # each branch runs from one edge of the window to the other: w1 from 1/2 to 2
        assert np.abs(branch[:, 0]).min() == pytest.approx(0.5, abs=1e-3)
        assert np.abs(branch[:, 0]).max() == pytest.approx(2.0, abs=1e-3)
        steps = np.hypot(*np.diff(branch, axis=0).T)
        assert steps.max() < 0.1  # an ordered polyline, not a scatter
    assert {np.sign(b[0, 0]) for b in valley.branches} == {-1.0, 1.0}


def test_degenerate_minimum_x4_y4_is_located_precisely():
    result = atlas("x**4+y**4", (-2, 2), (-2, 2))
    (p,) = result.points
    assert (p.classification, p.degenerate) == ("minimum", True)
    assert np.hypot(*p.point) < 1e-9
    assert result.sets == []


@pytest.mark.parametrize(
    "formula, classification, degenerate, accuracy",
    [
        ("x**2-y**2", "saddle", False, 1e-12),
        ("5*x**2-y**2", "saddle", False, 1e-12),
        ("x**3-3*x*y**2", "saddle", True, 1e-9),  # monkey saddle
        ("x**2+y**3", "saddle", True, 1e-9),
        ("x**4-y**6", "saddle", True, 1e-8),
        ("x**2+y**4", "minimum", True, 1e-9),
        ("-(x**4)-y**2", "maximum", True, 1e-9),
        # A cusp: every line through 0 sees a minimum, yet L < 0 between the parabolas. Along the arc
        # y = 1.5x² |∇L| = |x|³, so Newton crawls; the many stalls along it must merge into one point.
        ("(y-x**2)*(y-2*x**2)", "saddle", True, 1e-3),
    ],
)
def test_single_critical_point_at_origin(formula, classification, degenerate, accuracy):
    result = atlas(formula, (-1, 1), (-1, 1))
    assert len(result.points) == 1, [(p.point, p.classification) for p in result.points]
    (p,) = result.points
    assert (p.classification, p.degenerate) == (classification, degenerate)
    assert np.hypot(*p.point) < accuracy
    assert result.sets == []


def test_crossing_critical_axes_of_x2y2_form_one_set():
    result = atlas("(x*y)**2", (-2, 2), (-2, 2))
    assert result.points == []
    (axes,) = result.sets
    assert (axes.kind, axes.classification) == ("curve", "minimum")
    on_x_axis = np.abs(axes.samples[:, 1]) < 1e-9
    on_y_axis = np.abs(axes.samples[:, 0]) < 1e-9
    assert np.all(on_x_axis | on_y_axis)
    assert np.ptp(axes.samples[on_x_axis, 0]) == pytest.approx(4.0)
    assert np.ptp(axes.samples[on_y_axis, 1]) == pytest.approx(4.0)


def test_closed_valley_is_one_closed_curve_around_a_maximum():
    result = atlas("(x**2+y**2-1)**2", (-2, 2), (-2, 2))
    assert [(p.classification, tuple(np.round(p.point, 9) + 0.0)) for p in result.points] == [
        ("maximum", (0.0, 0.0))
    ]
    (ring,) = result.sets
    assert ring.classification == "minimum" and len(ring.branches) == 1
    np.testing.assert_allclose(np.hypot(*ring.samples.T), 1.0, atol=1e-8)
    np.testing.assert_allclose(ring.branches[0][0], ring.branches[0][-1])  # closed
    angles = np.sort(np.arctan2(ring.samples[:, 1], ring.samples[:, 0]))
    assert np.diff(angles).max() < 0.3  # goes all the way round


def test_a_critical_line_that_turns_from_valley_into_ridge_is_split():
    # L = x·y²: the x-axis is critical; across it L curves up for x > 0 and down for x < 0.
    result = atlas("x*y**2", (-1, 1), (-1, 1))
    assert result.points == []
    kinds = {s.classification: s for s in result.sets}
    assert set(kinds) == {"minimum", "maximum"}
    assert np.all(kinds["minimum"].samples[:, 0] > -0.05)
    assert np.all(kinds["maximum"].samples[:, 0] < 0.05)


def test_periodic_lines_of_critical_points_group_by_level():
    result = atlas("sin(x)**2", (-4, 4), (-1, 1))
    assert result.points == []
    by_kind = {s.classification: s for s in result.sets}
    assert len(by_kind["minimum"].branches) == 3  # x = -π, 0, π
    assert len(by_kind["maximum"].branches) == 2  # x = ±π/2
    np.testing.assert_allclose(np.sin(by_kind["minimum"].samples[:, 0]), 0.0, atol=1e-8)


def test_cosine_grid():
    result = atlas("cos(x)+cos(y)", (-7, 7), (-7, 7))
    # critical where x, y ∈ {0, ±π, ±2π}: maxima at even multiples, minima at odd ones
    assert types(result) == {"maximum": 9, "minimum": 4, "saddle": 12}
    for p in result.points:
        np.testing.assert_allclose(
            np.asarray(p.point) / np.pi, np.round(np.asarray(p.point) / np.pi), atol=1e-12
        )


def one_dimensional_roots(derivative, lo, hi):
    """Brute-force count of sign changes of a 1-D derivative on a very fine grid."""
    d = derivative(np.linspace(lo, hi, 2_000_001))
    return int(np.count_nonzero(d[:-1] * d[1:] < 0) + np.count_nonzero(d == 0))


def test_rastrigin_count_matches_brute_force():
    # Rastrigin is separable: its critical points are the products of the 1-D ones.
    result = atlas(RASTRIGIN, (-5.12, 5.12), (-5.12, 5.12))
    n = one_dimensional_roots(lambda t: 2 * t + 20 * np.pi * np.sin(2 * np.pi * t), -5.12, 5.12)
    assert len(result.points) == n * n
    # 1-D: minima of the 1-D function alternate with maxima; a 2-D point is a minimum when both
    # factors are, a maximum when both are, a saddle otherwise.
    c = types(result)
    assert c["minimum"] + c["maximum"] + c["saddle"] == n * n
    assert c["minimum"] == 121 and c["maximum"] == 100


def test_six_hump_camel_against_sympy():
    sympy = pytest.importorskip("sympy")
    x, y = sympy.symbols("x y", real=True)
    f = (4 - sympy.Rational(21, 10) * x**2 + x**4 / 3) * x**2 + x * y + (-4 + 4 * y**2) * y**2
    # ∂f/∂x = 0 and ∂f/∂y = 0: eliminate y with a resultant and solve the univariate polynomial.
    fx, fy = sympy.diff(f, x), sympy.diff(f, y)
    expected = []
    for xr in sympy.Poly(sympy.resultant(fx, fy, y), x).nroots(n=30):
        if abs(sympy.im(xr)) > 1e-12:
            continue
        for yr in sympy.Poly(fy.subs(x, sympy.re(xr)), y).nroots(n=30):
            if abs(sympy.im(yr)) < 1e-12 and abs(fx.subs({x: sympy.re(xr), y: sympy.re(yr)})) < 1e-8:
                expected.append((float(sympy.re(xr)), float(sympy.re(yr))))
    expected = [p for p in expected if -3 <= p[0] <= 3 and -2 <= p[1] <= 2]
    result = atlas(CAMEL, (-3, 3), (-2, 2))
    found = np.array([p.point for p in result.points])
    assert len(found) == len(expected) == 15
    for p in expected:
        assert np.hypot(*(found - p).T).min() < 1e-8
    assert types(result) == {"minimum": 6, "maximum": 2, "saddle": 7}


def test_constant_function_is_one_flat_region():
    result = atlas("3+0*x*y", (-1, 1), (-1, 1))
    assert result.points == []
    (region,) = result.sets
    assert (region.kind, region.classification, region.value) == ("region", "inconclusive", 3.0)
    assert region.samples.shape[1] == 2
    json.dumps(result.to_dict(), allow_nan=False)


def test_dead_relu_quadrant_is_a_flat_minimum_region():
    result = atlas("relu(x)**2+relu(y)**2", (-1, 1), (-1, 1))
    assert result.points == []
    (region,) = result.sets
    assert (region.kind, region.classification, region.value) == ("region", "minimum", 0.0)
    assert np.all(region.samples <= 1e-9)


@pytest.mark.parametrize(
    "formula, kinds",
    [
        # Linear relu: L rises by only one grid step past the dead quadrant, whose edge x = 0 falls
        # between the atlas grid's cell centres; no stray point on that edge, and still a minimum.
        ("relu(x)+relu(y)", [("minimum", 0.0)]),
        ("-relu(x)-relu(y)", [("maximum", 0.0)]),
        ("relu(x)*relu(y)", [("minimum", 0.0)]),
        # A clipped ramp: flat below (a minimum) and flat on top (a maximum), sloped between.
        ("minimum(maximum(x, 0), 1) + 0*y", [("minimum", 0.0), ("maximum", 1.0)]),
        # Rising on one side and falling on the other: honestly neither.
        ("relu(x)-relu(y)", [("inconclusive", 0.0)]),
    ],
)
def test_flat_regions_have_no_stray_points_and_the_type_of_their_surroundings(formula, kinds):
    result = atlas(formula, (-3, 3), (-3, 3))
    assert result.points == []
    assert sorted((s.classification, s.value) for s in result.sets) == sorted(kinds)
    assert all(s.kind == "region" for s in result.sets)


def test_non_finite_half_of_the_window_is_ignored_quietly():
    result = atlas("log(x)+y**2", (-2, 2), (-2, 2))
    assert result.points == [] and result.sets == []
    result = atlas("x-log(x)+y**2", (-2, 2), (-2, 2))  # 1 − 1/x = 0 at x = 1
    (p,) = result.points
    np.testing.assert_allclose(p.point, [1, 0], atol=1e-10)
    assert p.classification == "minimum"


def test_points_outside_the_window_are_left_out():
    result = atlas(HIMMELBLAU, (0, 6), (0, 6))
    np.testing.assert_allclose(
        sorted(map(tuple, (p.point for p in result.points))),
        [(0.086678, 2.884255), (3.0, 2.0), (3.385154, 0.073852)],
        atol=1e-6,
    )


@pytest.mark.parametrize(
    "formula, xlim", [(HIMMELBLAU, (-6, 6)), (RASTRIGIN, (-5.12, 5.12)), ("cos(x)+cos(y)", (-7, 7))]
)
def test_no_duplicates_and_deterministic_order(formula, xlim):
    first = atlas(formula, xlim, xlim)
    points = np.array([p.point for p in first.points])
    distance = np.hypot(*(points[:, None] - points[None]).transpose(2, 0, 1))
    np.fill_diagonal(distance, np.inf)
    assert distance.min() > 1e-3
    keys = [tuple(p) for p in np.round(points, 6)]
    assert keys == sorted(keys)
    again = atlas(formula, xlim, xlim)
    np.testing.assert_array_equal(points, np.array([p.point for p in again.points]))


def test_batched_analysis_agrees_with_analyze_point():
    loss = parse_formula(HIMMELBLAU)
    result = find_critical_points(loss, (-6, 6), (-6, 6))
    for p in result.points:
        direct = analyze_point(loss, p.point, result.scale)
        assert p.analysis.classification == direct.classification
        assert p.analysis.critical == direct.critical and p.analysis.degenerate == direct.degenerate
        np.testing.assert_allclose(p.analysis.eigenvalues, direct.eigenvalues, rtol=1e-12)
        np.testing.assert_allclose(p.analysis.eigenvectors, direct.eigenvectors, atol=1e-12)
        assert len(p.analysis.escape_directions) == len(direct.escape_directions)
        assert p.analysis.to_dict().keys() == direct.to_dict().keys()


def test_to_dict_round_trips_through_strict_json():
    for formula in [HIMMELBLAU, "(1-x*y)**2", "3+0*x"]:
        result = atlas(formula, (-2, 2), (-2, 2))
        data = result.to_dict()
        assert set(data) == {"points", "sets", "complete"}  # "message" only when incomplete
        assert data["complete"] is True
        assert json.loads(json.dumps(data, allow_nan=False)) == data
        for p in data["points"]:
            assert {"point", "value", "classification", "eigenvalues", "degenerate"} <= set(p)
            assert len(p["point"]) == 2 and len(p["eigenvalues"]) == 2
            assert isinstance(p["degenerate"], bool)
        for s in data["sets"]:
            assert {"kind", "classification", "samples"} <= set(s)
            assert all(len(xy) == 2 for xy in s["samples"])


def test_negative_zero_is_printed_as_zero():
    data = atlas("(1-x*y)**2", (-2, 2), (-2, 2)).to_dict()
    assert "-0.0" not in json.dumps(data["points"])


@pytest.mark.parametrize("xlim", [(1, -1), (0, 0), (float("nan"), 1), ("a", 1), (1,)])
def test_bad_windows_are_refused_with_a_message(xlim):
    with pytest.raises(AtlasError, match="xlim"):
        find_critical_points(parse_formula("x**2+y**2"), xlim, (-1, 1))


@pytest.mark.parametrize("half_width", [1e-12, 1e8, 1e20, 1e150, 1e300])
def test_a_minimum_is_found_exactly_in_tiny_and_huge_windows(half_width):
    # Tolerances scale with the window; a final undamped Newton step still lands on the root exactly.
    result = atlas("x^2 + y^2", (-half_width, half_width), (-half_width, half_width))
    (p,) = result.points
    assert p.classification == "minimum"
    assert np.hypot(*p.point) <= 1e-12 * half_width


def _greedy_unique(points, quality, tolerance):
    """The plain O(n²) greedy clustering that critical._unique must reproduce."""
    kept = []
    for i in np.argsort(quality, kind="stable"):
        if not any(np.hypot(*(points[j] - points[i])) <= tolerance for j in kept):
            kept.append(int(i))
    return sorted(kept)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(-6, 6), st.integers(-6, 6), st.floats(-1, 1)), min_size=0, max_size=40),
    st.sampled_from([1e-9, 0.3, 1.0, 1e6]),
    st.floats(-1e9, 1e9),
)
def test_deduplication_keeps_the_same_points_as_plain_greedy_clustering(rows, tolerance, offset):
    # Points on a lattice of the tolerance's size, jittered: many pairs sit right at the distance.
    points = np.array(
        [
            (offset + a * tolerance * 0.7 + d * 0.1 * tolerance, offset + b * tolerance * 0.7)
            for a, b, d in rows
        ],
        float,
    ).reshape(-1, 2)
    quality = np.array([d for _, _, d in rows], float)
    assert critical._unique(points, quality, tolerance).tolist() == _greedy_unique(points, quality, tolerance)


@pytest.mark.parametrize(
    "formula, kind, at, tolerance",
    [
        ("(y-x^2)*(y-2*x^2)", "saddle", (0.0, 0.0), 1e-12),  # Peano's surface
        ("(y-x^2)*(y-3*x^2)", "saddle", (0.0, 0.0), 1e-12),
        ("(y-x^2)^2-x^5", "saddle", (0.0, 0.0), 1e-12),
        ("x^4-x^2*y+y^2", "minimum", (0.0, 0.0), 1e-12),
        ("(x+y)^2+x^4", "minimum", (0.0, 0.0), 1e-9),
        # Away from the origin L's terms no longer vanish there, so roundoff limits the location.
        ("((y-2)-(x-1)^2)*((y-2)-2*(x-1)^2)", "saddle", (1.0, 2.0), 1e-8),
    ],
)
def test_degenerate_points_on_a_curved_valley_are_located_exactly(formula, kind, at, tolerance):
    """Newton zigzags across a curved valley and stalls ~1e-5 short of such a point; the atlas
    then refines it along the valley (core/degenerate_roots.py)."""
    cx, cy = at
    result = atlas(formula, (cx - 2, cx + 2), (cy - 2, cy + 2))
    assert len(result.points) == 1 and not result.sets
    point = result.points[0]
    assert point.classification == kind and point.degenerate
    assert np.hypot(point.point[0] - cx, point.point[1] - cy) <= tolerance


@pytest.mark.parametrize("formula", ["(y-x^2)*(y-2*x^2)", "x^4-x^2*y+y^2"])
def test_seeds_crawling_along_a_flat_valley_are_not_reported_as_points(formula):
    # In a ±1e-3 window these valleys are so flat that seeds still crawling along them pass the
    # ‖∇L‖ test; they must not be reported as critical points beside the one at the origin.
    result = atlas(formula, (-1e-3, 1e-3), (-1e-3, 1e-3))
    assert all(np.hypot(*p.point) <= 1e-9 for p in result.points)


def test_a_degenerate_saddle_off_centre_is_one_point_not_a_curve():
    result = atlas("(y-x^2)^2-x^5", (-0.63, 1.37), (-1, 1))
    assert not result.sets
    assert [p.classification for p in result.points] == ["saddle"]
    assert np.hypot(*result.points[0].point) <= 1e-12


@pytest.mark.parametrize(
    "formula, xlim, ylim",
    [
        ("(y-x^2)^2*(1+(x-0.001)^2) - x^5", (-1, 1), (-1, 1)),
        ("(y-x^3)^2+x^8", (-1000, 1000), (-1000, 1000)),
        ("(y-x^2)^2+x^6", (-630, 1370), (-1000, 1000)),
    ],
)
def test_the_degenerate_refinement_never_warns(formula, xlim, ylim):
    result = atlas(formula, xlim, ylim)  # warnings are errors in atlas()
    assert any(p.degenerate for p in result.points)
