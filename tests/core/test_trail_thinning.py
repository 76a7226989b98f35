"""Trails thinned for drawing: nothing visible is lost, and the incremental thinner agrees."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from critexplorer.core.trail import TrailThinner, indices_to_draw

CELL = (0.05, 0.07)
coordinates = st.floats(-3, 3) | st.just(float("nan"))  # a NaN stands for an undefined loss
trails = arrays(float, st.tuples(st.integers(0, 120), st.just(2)), elements=coordinates)


def test_a_converged_run_draws_as_a_few_points_and_keeps_both_ends():
    approach = np.column_stack([np.linspace(-2, 1, 30), np.linspace(1, 0.5, 30)])
    settled = np.tile([[1.0, 0.5]], (1970, 1)) + 1e-9 * np.arange(1970)[:, None]
    points = np.vstack([approach, settled])
    kept = indices_to_draw(points, CELL)
    assert kept[0] == 0 and kept[-1] == len(points) - 1
    assert len(kept) <= 32  # the 1,970 settled points are one cell: only the last is drawn


@settings(max_examples=300, deadline=None)
@given(trails)
def test_every_left_out_point_shares_a_cell_with_the_point_before_it(points):
    kept = indices_to_draw(points, CELL)
    n = len(points)
    assert list(kept) == sorted(set(kept.tolist()))
    if n:
        assert kept[0] == 0 and kept[-1] == n - 1
    cells = np.floor(points / CELL)
    for i in sorted(set(range(n)) - set(kept.tolist())):
        assert np.array_equal(cells[i], cells[i - 1])  # within one cell of a point that is drawn


@settings(max_examples=200, deadline=None)
@given(trails, st.lists(st.integers(1, 9), min_size=1, max_size=40))
def test_the_incremental_thinner_matches_thinning_from_scratch(points, growth):
    thinner, length = TrailThinner(), 0  # from an empty trail up
    for step in growth:
        if length > len(points):
            break
        assert np.array_equal(thinner.indices(points[:length], CELL), indices_to_draw(points[:length], CELL))
        length += step
    # a reset (a shorter trail) and a new cell size start over
    assert np.array_equal(thinner.indices(points[:1], CELL), indices_to_draw(points[:1], CELL))
    assert np.array_equal(thinner.indices(points, (0.5, 0.5)), indices_to_draw(points, (0.5, 0.5)))
