"""The atlas's budget: a window it cannot resolve says so, with an estimate, instead of a partial answer."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from critexplorer.core.atlas import budget
from critexplorer.core.atlas.find import AtlasCancelled, find_critical_points
from critexplorer.core.formula import parse_formula


def atlas(formula, xlim, ylim, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return find_critical_points(parse_formula(formula), xlim, ylim, **kw)


@pytest.mark.parametrize(
    ("formula", "xlim", "ylim", "message"),
    [
        # 2·(400/π)² ≈ 32,400 points; the old atlas silently returned 15,234 of them
        ("sin(100*x)*sin(100*y)", (-2, 2), (-2, 2), "about 32,000 critical points in view: zoom in"),
        # 2000/π ≈ 637 vertical lines of critical points (was 24 GB, killed)
        ("sin(x)", (-1000, 1000), (-2, 2), "about 640 critical curves in view: zoom in"),
        ("sin(x)", (-100, 100), (-2, 2), "about 64 critical curves in view: zoom in"),  # was 43 s, 7.6 GB
        ("sin(60*x)", (-2, 2), (-2, 2), "about 76 critical curves in view: zoom in"),  # was 15 s, 2.4 GB
        # sampled at 129 nodes a sine this fast aliases into a slow one: zooming in tells them apart
        ("sin(x)*cos(y)", (-1e5, 1e5), (-1e5, 1e5), "about 8,100,000,000 critical points in view: zoom in"),
    ],
)
def test_a_window_with_more_than_it_resolves_is_incomplete_with_an_estimate(formula, xlim, ylim, message):
    result = atlas(formula, xlim, ylim)
    assert (result.complete, result.message) == (False, message)
    assert result.points == [] and result.sets == []
    assert result.to_dict() == {"points": [], "sets": [], "complete": False, "message": message}


def test_a_busy_window_that_still_resolves_is_complete():
    result = atlas("sin(30*x)*sin(30*y)", (-2, 2), (-2, 2))
    assert result.complete and result.message is None
    # zeros of sin(30t) in (-2, 2): 39; of cos(30t): 38 → 39² saddles + 38² extrema
    assert len(result.points) == 39 * 39 + 38 * 38


def test_forty_lines_of_critical_points_are_two_sets_of_whole_lines():
    result = atlas("sin(x)", (-40, 40), (-2, 2))
    assert result.complete
    assert sorted(s.classification for s in result.sets) == ["maximum", "minimum"]
    lines = {round(float(branch[0, 0]), 6) for s in result.sets for branch in s.branches}
    assert len(lines) == 26  # (k + 1/2)π in (-40, 40)
    for line in lines:
        assert np.cos(line) == pytest.approx(0.0, abs=1e-6)  # rounded to 6 decimals


def test_a_cap_reached_is_reported_not_truncated(monkeypatch):
    monkeypatch.setattr(budget, "MAX_CURVES", 3)
    result = atlas("sin(x)", (-40, 40), (-2, 2))
    assert not result.complete
    about, count, rest = result.message.split(" ", 2)
    assert (about, rest) == ("about", "critical curves in view: zoom in")
    assert int(count) == pytest.approx(26, rel=0.25)  # an estimate from a zoomed-in sub-window


def test_progress_rises_to_one_and_cancel_stops_the_search():
    heard = []
    atlas("(x^2+y-11)^2+(x+y^2-7)^2", (-6, 6), (-6, 6), progress=heard.append)
    assert heard[0] == 0.0 and heard[-1] == 1.0 and heard == sorted(heard)
    with pytest.raises(AtlasCancelled):
        atlas("(x^2+y-11)^2+(x+y^2-7)^2", (-6, 6), (-6, 6), cancelled=lambda: len(heard) > 0)
