"""Point analysis: the lecture example, degenerate points, reference points, tolerance scaling."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from critexplorer.core.analysis.classify import (
    INCONCLUSIVE,
    MAXIMUM,
    MINIMUM,
    NOT_CRITICAL,
    SADDLE,
    analyze_point,
)
from critexplorer.core.formula import parse_formula
from critexplorer.core.tolerances import Scale

SQRT_HALF = 1.0 / math.sqrt(2.0)
GOLDSTEIN_PRICE = (
    "(1+(x+y+1)^2*(19-14*x+3*x^2-14*y+6*x*y+3*y^2))*(30+(2*x-3*y)^2*(18-32*x+12*x^2+48*y-36*x*y+27*y^2))"
)


def analyze(formula: str, point, **kwargs):
    vars_ = kwargs.pop("vars", None)
    return analyze_point(parse_formula(formula, vars=vars_), point, **kwargs)


# ---- the lecture example ----------------------------------------------------------------------


def test_lecture_example_at_origin_exactly():
    a = analyze("(1 - w1*w2)^2", (0, 0))
    assert a.value == 1.0
    assert a.gradient.tolist() == [0.0, 0.0] and a.gradient_norm == 0.0
    assert a.hessian.tolist() == [[0.0, -2.0], [-2.0, 0.0]]
    assert a.eigenvalues.tolist() == [-2.0, 2.0]
    assert a.critical and a.classification == SADDLE and not a.degenerate and a.finite
    # eigenvector of -2 is ±(1, 1)/√2, of +2 is ±(1, -1)/√2
    assert np.allclose(np.abs(a.eigenvectors[0]), [SQRT_HALF, SQRT_HALF], atol=1e-15)
    assert a.eigenvectors[0][0] * a.eigenvectors[0][1] > 0
    assert a.eigenvectors[1][0] * a.eigenvectors[1][1] < 0
    (escape,) = a.escape_directions
    assert np.allclose(escape.direction, [SQRT_HALF, SQRT_HALF], atol=1e-15)
    assert escape.eigenvalue == -2.0
    for t in (0.1, 0.5, 1.0):
        assert escape.predicted_change(t) == pytest.approx(0.5 * -2.0 * t**2)
    # The prediction is the Taylor term: L moves by ½λt² (plus O(t⁴)) along the escape.
    loss = parse_formula("(1 - w1*w2)^2")
    t = 1e-3
    moved = float(loss.value(*(t * escape.direction))) - 1.0
    assert moved == pytest.approx(escape.predicted_change(t), rel=1e-5)


def test_lecture_example_json_contract():
    a = analyze("(1 - w1*w2)^2", (0, 0))
    data = a.to_dict(("w1", "w2"), "(1 - w1*w2)^2")
    assert data["vars"] == ["w1", "w2"] and data["point"] == [0.0, 0.0]
    assert data["hessian"] == [[0.0, -2.0], [-2.0, 0.0]] and data["eigenvalues"] == [-2.0, 2.0]
    assert data["classification"] == "saddle" and data["critical"] is True
    assert data["degenerate"] is False and data["gradient_norm"] == 0.0
    assert np.allclose(data["escape_directions"], [[SQRT_HALF, SQRT_HALF]])
    json.dumps(data, allow_nan=False)


@pytest.mark.parametrize("point", [(1, 1), (2, 0.5), (-1, -1), (-4, -0.25), (0.1, 10)])
def test_lecture_valley_is_a_degenerate_minimum(point):
    a = analyze("(1 - w1*w2)^2", point)
    assert a.critical and a.classification == MINIMUM and a.degenerate
    assert abs(a.eigenvalues[0]) < 1e-9
    w1, w2 = point
    assert a.eigenvalues[1] == pytest.approx(2 * (w1**2 + w2**2))
    assert a.escape_directions == ()
    assert "valley" in a.higher_order


@pytest.mark.parametrize("offset", [1e-7, 1e-6, 3e-6, 1e-5])
def test_points_just_off_the_valley_still_count_as_its_minimum(offset):
    # Off the valley the Hessian has λ ≈ −2·offset: the type is decided at the valley itself.
    a = analyze("(1 - w1*w2)^2", (1 + offset, 1))
    assert a.critical and a.classification == MINIMUM and a.degenerate
    assert a.escape_directions == ()


@pytest.mark.parametrize("offset", [1e-3, 1e-2])
def test_points_clearly_off_the_valley_are_not_critical(offset):
    a = analyze("(1 - w1*w2)^2", (1 + offset, 1))
    assert not a.critical and a.classification == NOT_CRITICAL and a.escape_directions == ()


# ---- degenerate points and the higher-order test ------------------------------------------------


@pytest.mark.parametrize(
    "formula, expected",
    [
        ("x^4 + y^4", MINIMUM),
        ("-x^4 - y^4", MAXIMUM),
        ("x^3 - 3*x*y^2", SADDLE),  # monkey saddle
        ("x^2 + y^3", SADDLE),
        ("x^3 + y^2", SADDLE),
        ("(y - x^2)*(y - 2*x^2)", SADDLE),  # Peano: a minimum on every line, still a saddle
        ("x^2 + y^4", MINIMUM),
        ("x^2 - y^4", SADDLE),
        ("-x^2 - y^4", MAXIMUM),
        ("x^4 - y^2", SADDLE),
        ("x^6 + y^6", MINIMUM),
        ("x^4 - y^6", SADDLE),  # semidefinite quartic hides the fall along y
        ("x^2*y^2", MINIMUM),  # non-strict: zero along both axes
        ("x^3", SADDLE),
        ("1e-12*(x^4 + y^4)", MINIMUM),  # tiny loss scale
        ("1e12*(x^4 - y^6)", SADDLE),  # huge loss scale
        ("5 + x^4 + y^4", MINIMUM),
        ("abs(x) + abs(y)", MINIMUM),
    ],
)
def test_degenerate_points_resolved_by_higher_order_test(formula, expected):
    a = analyze(formula, (0, 0))
    assert a.critical and a.degenerate, a
    assert a.classification == expected, a.higher_order
    assert a.higher_order


def test_flat_loss_is_inconclusive():
    for formula in ("1", "0*x + 0*y", "7"):
        a = analyze(formula, (0.3, -0.2))
        assert a.critical and a.degenerate and a.classification == INCONCLUSIVE


def test_quadratic_valley_and_ridge():
    a = analyze("x^2", (0, 5))
    assert a.classification == MINIMUM and a.degenerate and "valley" in a.higher_order
    a = analyze("-(x - y)^2", (1, 1))
    assert a.classification == MAXIMUM and a.degenerate and "ridge" in a.higher_order
    assert len(a.escape_directions) == 1  # the curved direction descends


def test_far_degenerate_point():
    assert analyze("(x - 1e6)^2 + (y - 1e6)^4", (1e6, 1e6)).classification == MINIMUM
    assert analyze("(x - 1e6)^2 - (y - 1e6)^4", (1e6, 1e6)).classification == SADDLE


# ---- non-degenerate classification and tolerance scaling ----------------------------------------


@pytest.mark.parametrize(
    "formula, point, expected",
    [
        ("x^2 + y^2", (0, 0), MINIMUM),
        ("-x^2 - y^2", (0, 0), MAXIMUM),
        ("x^2 - y^2", (0, 0), SADDLE),
        ("5*x^2 - y^2", (0, 0), SADDLE),
        ("1e6*(x^2 - y^2)", (0, 0), SADDLE),
        ("1e-6*(x^2 + y^2)", (0, 0), MINIMUM),
        ("1e-20*(x^2 + y^2)", (0, 0), MINIMUM),
        ("1e20*(x^2 - y^2)", (0, 0), SADDLE),
        ("x^2 + y^2 + 1e5", (0, 0), MINIMUM),
        ("(x - 1000)^2 + (y + 1000)^2", (1000, -1000), MINIMUM),
        ("sin(x)*sin(y)", (0, 0), SADDLE),
        (GOLDSTEIN_PRICE, (0, -1), MINIMUM),
        (GOLDSTEIN_PRICE, (-0.6, -0.4), MINIMUM),
        (GOLDSTEIN_PRICE, (1.8, 0.2), MINIMUM),
        ("x^2 + 50*y^2", (0, 0), MINIMUM),
        ("x^2 + 1e-5*y^2", (0, 0), MINIMUM),
    ],
)
def test_nondegenerate_classification(formula, point, expected):
    a = analyze(formula, point)
    assert a.critical and a.classification == expected and not a.degenerate


@pytest.mark.parametrize(
    "formula, critical_point, scale_of_h",
    [
        ("x^2 + y^2", (0, 0), 2.0),
        ("1e6*(x^2 - y^2)", (0, 0), 2e6),
        ("1e-6*(x^2 + y^2)", (0, 0), 2e-6),
        ("(x - 1000)^2 + (y + 1000)^2", (1000, -1000), 2.0),
        ("(x - 1e6)^2 + (y - 1e6)^2", (1e6, 1e6), 2.0),
        (GOLDSTEIN_PRICE, (0, -1), 965.0),
    ],
)
def test_near_points_are_critical_and_clearly_off_points_are_not(formula, critical_point, scale_of_h):
    loss = parse_formula(formula)
    x0, y0 = critical_point
    for dx, dy in [(1e-6, 0), (0, -1e-6), (7e-7, 7e-7), (1e-8, 0)]:
        a = analyze_point(loss, (x0 + dx, y0 + dy))
        assert a.critical, (formula, dx, dy, a.gradient_norm)
        assert a.classification != NOT_CRITICAL
    for dx, dy in [(1e-2, 0), (0, -3e-3), (0.1, 0.1), (1.0, 0)]:
        a = analyze_point(loss, (x0 + dx, y0 + dy))
        assert not a.critical and a.classification == NOT_CRITICAL, (formula, dx, dy)
        assert a.escape_directions == ()


def test_window_scale_is_used_when_given():
    loss = parse_formula("x^2 + y^2")
    lone = analyze_point(loss, (5e-5, 0))
    assert lone.critical and lone.scale.length == 1.0
    # A window 1e-3 wide is a much finer scale: 5e-5 is now clearly off.
    fine = analyze_point(loss, (5e-5, 0), scale=Scale.of_window((-5e-4, 5e-4), (-5e-4, 5e-4), [0, 1e-6]))
    assert not fine.critical


def test_published_points_rounded_to_four_decimals_count():
    camel = "(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2"
    for point in [(0.0898, -0.7126), (-0.0898, 0.7126)]:
        a = analyze(camel, point)
        assert a.critical and a.classification == MINIMUM


def test_every_reference_point_has_its_type(shared_reference):
    checked = 0
    for name, entry in shared_reference["functions"].items():
        loss = parse_formula(entry["formula"], vars=entry.get("vars"))
        window = Scale.of_window(
            entry["xlim"], entry["ylim"], loss.fields(entry["xlim"], entry["ylim"], 32).value
        )
        for item in entry["points"]:
            for scale in (None, window):  # on its own (the CLI) and inside its window (the UI)
                a = analyze_point(loss, item["point"], scale=scale)
                assert a.critical, (name, item["point"], a.gradient_norm)
                assert a.classification == item["classification"], (name, item["point"])
                assert a.value == pytest.approx(item["value"], abs=1e-9 * max(1.0, abs(item["value"])))
                if "eigenvalues" in item:
                    assert a.eigenvalues.tolist() == item["eigenvalues"]
                if "hessian" in item:
                    assert a.hessian.tolist() == item["hessian"]
                if "escape_direction" in item:
                    assert np.allclose(a.escape_directions[0].direction, item["escape_direction"])
                checked += 1
    assert checked == 2 * 16


def test_himmelblau_nine_points_and_nearby_off_points():
    himmelblau = parse_formula("(x^2 + y - 11)^2 + (x + y^2 - 7)^2")
    for point in [(3.0, 2.0), (-0.270845, -0.923039), (3.385154, 0.073852)]:
        off = analyze_point(himmelblau, (point[0] + 0.01, point[1]))
        assert not off.critical


# ---- eigen-decomposition reported ---------------------------------------------------------------


@pytest.mark.parametrize(
    "formula, point",
    [
        ("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", (0.3, 0.7)),
        ("(1 - x)^2 + 100*(y - x^2)^2", (-1.2, 1.0)),
        ("x*y", (0, 0)),
        ("x^2 + y^2", (0, 0)),  # repeated eigenvalue
        ("x^2 - 3*y^2 + x*y", (2, -1)),
    ],
)
def test_eigenvectors_unit_ordered_and_true(formula, point):
    a = analyze(formula, point)
    assert a.eigenvalues[0] <= a.eigenvalues[1]
    assert np.allclose(np.linalg.norm(a.eigenvectors, axis=1), 1.0, atol=1e-14)
    assert abs(a.eigenvectors[0] @ a.eigenvectors[1]) < 1e-12
    for value, vector in zip(a.eigenvalues, a.eigenvectors, strict=True):
        assert np.allclose(a.hessian @ vector, value * vector, atol=1e-12 * max(1, abs(value)))
    assert np.allclose(a.eigenvalues, np.linalg.eigvalsh(a.hessian), rtol=1e-12, atol=1e-12)


def test_not_critical_point_reports_everything_but_no_escape():
    a = analyze("x^2 - y^2", (1, 2))
    assert not a.critical and a.classification == NOT_CRITICAL
    assert a.gradient.tolist() == [2.0, -4.0] and a.gradient_norm == pytest.approx(math.sqrt(20))
    assert a.eigenvalues.tolist() == [-2.0, 2.0] and a.escape_directions == ()


def test_maximum_has_two_escape_directions():
    a = analyze("-x^2 - 2*y^2", (0, 0))
    assert a.classification == MAXIMUM
    assert [e.eigenvalue for e in a.escape_directions] == [-4.0, -2.0]


# ---- non-finite points ------------------------------------------------------------------------


@pytest.mark.filterwarnings("error")
@pytest.mark.parametrize(
    "formula, point",
    [
        ("log(x) + y", (-1, 0)),
        ("sqrt(x) + y^2", (-1, 0)),
        ("1/x + y", (0, 0)),
        ("exp(x) + y^2", (800, 0)),
        ("x^2 + y^2", (1e200, 0)),
        ("x^2 + y^2", (math.inf, 0)),
        ("x^2 + y^2", (math.nan, 0)),
        ("log(x) + y", (1e300, 1e300)),
    ],
)
def test_non_finite_points_are_flagged(formula, point):
    a = analyze(formula, point)
    data = a.to_dict()
    json.dumps(data, allow_nan=False)  # non-finite numbers become null
    if a.finite:  # log(x) far out is finite: then it is simply not critical
        assert a.classification == NOT_CRITICAL
        return
    assert not a.critical and a.classification == NOT_CRITICAL and not a.degenerate
    assert a.escape_directions == () and "not finite" in a.higher_order


@pytest.mark.filterwarnings("error")
def test_undefined_neighbourhood_does_not_crash_the_higher_order_test():
    # L is defined only within 3.2e-3 of the origin: the larger circles of the test meet nan.
    a = analyze("x^4 + y^4 + 0*log(1e-5 - x^2 - y^2)", (0, 0))
    assert a.finite and a.critical and a.degenerate
    assert a.classification in (INCONCLUSIVE, MINIMUM)
    a = analyze("x^4 + y^4 + 0*log(1e-12 - x^2 - y^2)", (0, 0))
    assert a.classification == INCONCLUSIVE and "not finite" in a.higher_order
