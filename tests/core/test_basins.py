"""Basin maps: labels against an independent plain-numpy GD, the saddle fractions of Newton, saddle-free
Newton and GD on Himmelblau, the lecture valley's basins, and cells that replay as ordinary runs."""

import json
from pathlib import Path

import numpy as np
import pytest

from critexplorer.core.basins.attractors import DIVERGED_LABEL, MOVING_LABEL
from critexplorer.core.basins.basin_map import BasinError, cell_centres, compute_basin_map
from critexplorer.core.presets import get_preset
from critexplorer.core.runs import Bounds, Run, RunSpec

REFERENCE = json.loads((Path(__file__).parents[1] / "data" / "critical_points.json").read_text())
HIMMELBLAU = get_preset("himmelblau")


def himmelblau_map(optimizer: str, grid: int = 48, steps: int = 200, **hp):
    spec = RunSpec(optimizer, (0.0, 0.0), hp, max_steps=steps)
    return compute_basin_map(HIMMELBLAU.loss(), spec, HIMMELBLAU.xlim, HIMMELBLAU.ylim, grid)


def plain_numpy_gd(x, y, lr, steps):
    """Gradient descent on Himmelblau with the gradient written out by hand, all starts at once."""
    for _ in range(steps):
        a, b = x * x + y - 11.0, x + y * y - 7.0
        x, y = x - lr * (4.0 * x * a + 2.0 * b), y - lr * (2.0 * a + 4.0 * y * b)
    return x, y


def test_gd_labels_agree_with_an_independent_plain_numpy_gd_on_99_percent_of_cells():
    grid, lr, steps = 64, 0.01, 500
    basin_map = himmelblau_map("gd", grid, steps, lr=lr)
    xs, ys = cell_centres(HIMMELBLAU.xlim, HIMMELBLAU.ylim, grid)
    X, Y = np.meshgrid(xs, ys)  # row 0 is the lowest y, column 0 the lowest x
    fx, fy = plain_numpy_gd(X, Y, lr, steps)
    known = np.array([p["point"] for p in REFERENCE["functions"]["himmelblau"]["points"]])
    distance = np.hypot(fx[..., None] - known[:, 0], fy[..., None] - known[:, 1])
    nearest = np.argmin(distance, axis=-1)
    ended = np.where(np.min(distance, axis=-1) < 1e-3, nearest, -1)
    # The map's labels as reference points (ids differ between the two lists).
    points = np.array([a.point for a in basin_map.attractors])
    mapped = np.full(basin_map.labels.shape, -1)
    for i, p in enumerate(points):
        mapped[basin_map.labels == i] = int(np.argmin(np.hypot(*(known - p).T)))
    agree = np.mean(mapped == ended)
    assert agree >= 0.99, agree
    minima = {
        i
        for i, p in enumerate(REFERENCE["functions"]["himmelblau"]["points"])
        if p["classification"] == "minimum"
    }
    assert set(np.unique(ended[ended >= 0])) == minima  # all four basins are in the picture


def test_newton_ends_on_saddles_and_the_maximum_saddle_free_newton_on_no_saddle():
    newton = himmelblau_map("newton").fractions
    free = himmelblau_map("saddle-free-newton").fractions
    assert newton["saddle"] > 0.2 and newton["maximum"] > 0.02  # measured 36 % and 6 %
    assert free["saddle"] == 0.0 and free["maximum"] == 0.0
    assert free["minimum"] > 0.99


def test_gd_with_a_stable_step_ends_on_a_saddle_from_at_most_one_percent_of_cells():
    fractions = himmelblau_map("gd", 64, 500, lr=0.01).fractions
    assert fractions["saddle"] <= 0.01
    assert fractions["minimum"] >= 0.99


def test_the_lecture_loss_starts_off_the_line_w1_eq_minus_w2_end_on_the_valley_and_on_it_at_the_saddle():
    lecture = get_preset("lecture")
    grid = 24
    spec = RunSpec("gd", (0.0, 0.0), {"lr": 0.05}, max_steps=1000)
    basin_map = compute_basin_map(lecture.loss(), spec, lecture.xlim, lecture.ylim, grid)
    kinds = [a.classification for a in basin_map.attractors]
    valley = [a.id for a in basin_map.attractors if a.kind == "curve"]
    saddle = kinds.index("saddle")
    assert len(valley) == 1  # the valley w1·w2 = 1 (both branches) is one attractor
    rows, columns = np.indices((grid, grid))
    on_line = rows + columns == grid - 1  # cell centres with w1 = −w2 exactly
    assert np.all(basin_map.labels[on_line] == saddle)
    assert np.all(basin_map.labels[~on_line] == valley[0])


def test_a_cell_replays_as_an_ordinary_run_with_the_same_outcome():
    basin_map = himmelblau_map("adam", 16, 300, lr=0.1)
    kinds = basin_map.type_of_labels()
    for row, column in [(0, 0), (3, 11), (8, 8), (15, 2), (12, 14)]:
        start, seed = basin_map.cell_start(row, column)
        spec = RunSpec("adam", start, {"lr": 0.1}, max_steps=300, seed=seed)
        run = Run(
            HIMMELBLAU.loss(), spec, Bounds.around((0, 0), HIMMELBLAU.xlim, HIMMELBLAU.ylim)
        ).run_to_end()
        assert run.outcome == kinds[row, column]


def test_settled_starts_stop_early_and_fractions_add_up():
    basin_map = himmelblau_map("newton", 32, 200)
    assert basin_map.steps.max() < 200  # every start settled before the limit
    # A run is judged at steps 20, 60, 140, …; Newton settles or stops moving by the second judgement.
    assert basin_map.median_steps <= 60
    assert sum(basin_map.fractions.values()) == pytest.approx(1.0)
    assert sum(basin_map.attractor_fractions.values()) == pytest.approx(
        1.0 - basin_map.fractions["moving"] - basin_map.fractions["diverged"]
    )


def test_diverging_and_moving_starts_get_their_labels():
    # GD with a step far above 2/λ_max leaves the box from the corners of Himmelblau's window.
    wild = himmelblau_map("gd", 16, 100, lr=0.05)
    assert np.any(wild.labels == DIVERGED_LABEL) and wild.fractions["diverged"] > 0
    # Two steps are not enough to reach anything.
    short = himmelblau_map("gd", 16, 2, lr=0.001)
    assert np.all(short.labels == MOVING_LABEL) and short.fractions["moving"] == 1.0


def test_a_grid_outside_the_limits_is_refused():
    with pytest.raises(BasinError, match="from 2 to 512"):
        himmelblau_map("gd", 513)


@pytest.mark.parametrize("optimizer", ["newton", "saddle-free-newton", "gd", "perturbed-gd"])
def test_every_start_stops_at_the_step_and_with_the_outcome_of_its_single_run(optimizer):
    # One set of stopping rules (core/outcomes.py): the map's starts stop where their runs stop.
    basin_map = himmelblau_map(optimizer, 8, 300)
    kinds = basin_map.type_of_labels()
    for row, column in np.ndindex(8, 8):
        start, seed = basin_map.cell_start(row, column)
        spec = basin_map.spec.with_changes(start=start, seed=seed)
        bounds = Bounds.around((0, 0), HIMMELBLAU.xlim, HIMMELBLAU.ylim)
        run = Run(HIMMELBLAU.loss(), spec, bounds).run_to_end()
        assert basin_map.steps[row, column] == run.steps_taken, (row, column, run.stop_reason)
        expected = "moving" if run.outcome == "stalled" else run.outcome
        assert kinds[row, column] == expected, (row, column, run.stop_reason)
