"""Issue 9: an eigenvalue is zero only when roundoff or the point's offset explains it, not when it
is small beside the other one (1e16·x² + y² is a plain minimum)."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from critexplorer.core.analysis.classify import analyze_point
from critexplorer.core.atlas.find import find_critical_points
from critexplorer.core.formula import parse_formula

STIFF = ["1e16*x^2+y^2", "1e300*x^2+y^2", "x^2+1e16*y^2", "1e-300*x^2+y^2"]


def quietly(function, *args):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with np.errstate(all="raise"):
            return function(*args)


@pytest.mark.parametrize("formula", STIFF)
def test_a_stiff_bowl_is_a_non_degenerate_minimum_when_inspected(formula):
    result = quietly(analyze_point, parse_formula(formula), (0.0, 0.0))
    assert (result.classification, result.degenerate) == ("minimum", False)
    assert result.higher_order == ""
    assert min(result.eigenvalues) == pytest.approx(min(2.0, 2e-300 if "1e-300" in formula else 2.0))


@pytest.mark.parametrize("formula", ["1e16*x^2+y^2", "1e300*x^2+y^2", "x^2+1e16*y^2"])
def test_the_atlas_finds_the_one_minimum_of_a_stiff_bowl_and_no_curve(formula):
    atlas = quietly(find_critical_points, parse_formula(formula), (-2.0, 2.0), (-2.0, 2.0))
    assert atlas.sets == []
    assert len(atlas.points) == 1
    (point,) = atlas.points
    assert (point.classification, point.degenerate) == ("minimum", False)
    assert np.abs(point.point).max() <= 1e-12
    assert sorted(point.eigenvalues)[0] == pytest.approx(2.0)


def test_a_rotated_stiff_bowl_loses_its_small_eigenvalue_to_roundoff():
    """1e16·(x + y)² + (x − y)²: entries ~1e16, so λ = 4 is below what roundoff in H can resolve."""
    result = analyze_point(parse_formula("1e16*(x+y)^2+(x-y)^2"), (0.0, 0.0))
    assert result.classification == "minimum"


@pytest.mark.parametrize(
    "formula, point",
    [("x^4+y^2", (1e-6, 0.0)), ("(1-x*y)^2", (1.0 + 1e-9, 1.0))],
)
def test_curvature_that_only_the_points_offset_makes_is_still_zero(formula, point):
    """Near a degenerate critical point the Hessian shows a tiny curvature from the offset alone."""
    assert analyze_point(parse_formula(formula), point).degenerate
