"""The batched optimizers walk the single-run trails they replaced, and their own runs bit for bit.

tests/data/optimizer_trails.json was recorded from main's single-run optimizers (see
tests/data/make_optimizer_trails.py): every optimizer from three starts, every schedule, the two
saddle escapes where they kick, and mini-batches on the data-backed presets with several seeds.
"""

import json
import sys
from pathlib import Path

import numpy as np
import pytest

DATA = Path(__file__).parents[1] / "data"
sys.path.insert(0, str(DATA))
import make_optimizer_trails as recorded  # noqa: E402

from critexplorer.core.runs import RunGroup  # noqa: E402

REFERENCE = json.loads((DATA / "optimizer_trails.json").read_text())


def _case_id(case: dict) -> str:
    extra = f"-{case['schedule']}" if "schedule" in case else ""
    return f"{case['preset']}-{case['optimizer']}{extra}-{case['start']}-seed{case.get('seed', 0)}"


@pytest.mark.parametrize("case", REFERENCE["cases"], ids=_case_id)
def test_a_single_run_walks_the_recorded_single_run(case):
    run = recorded.make_run(case).run_to_end()
    expected = np.array(case["trail"])
    _assert_same_walk(run, expected)
    assert run.outcome == case["outcome"]


# The recording was made under an earlier numpy, whose LAPACK rounded a Newton solve or an eigenvector
# in the last bits differently (numpy 2.4.6 moved Himmelblau's saddle-free Newton trail by 4e-13): the
# recorded trails are matched to within rounding, far below any step; a batch against its own single
# runs in this process stays bit for bit (the tests below).
RECORDED_RTOL, RECORDED_ATOL = 1e-10, 1e-12


def _assert_walks_the_recording(points: np.ndarray, expected: np.ndarray) -> None:
    np.testing.assert_allclose(points, expected[: len(points)], rtol=RECORDED_RTOL, atol=RECORDED_ATOL)


def _assert_same_walk(run, expected: np.ndarray) -> None:
    """The recorded trails walk to the step limit (made before runs stopped once their outcome is
    final): a run walks the same points, and ends sooner only by an early stop."""
    n = len(run.trail.points)
    assert n <= len(expected)
    _assert_walks_the_recording(run.trail.points, expected)
    if n < len(expected):
        assert run.stop_reason.startswith(("it stopped moving", "it settled on a minimum")), run.stop_reason


def test_a_race_of_every_optimizer_stepped_together_walks_the_recorded_trails():
    race = REFERENCE["race"]
    runs = [recorded.make_run({"preset": race["preset"], **c}) for c in race["race"]]
    group = RunGroup(runs)
    while group.step():
        pass
    for run, expected in zip(runs, race["trails"], strict=True):
        _assert_same_walk(run, np.array(expected))


def test_the_recorded_cases_cover_every_optimizer_and_schedule():
    from critexplorer.core.optimizers.registry import optimizer_names
    from critexplorer.core.optimizers.schedules import SCHEDULES

    assert {c["optimizer"] for c in REFERENCE["cases"]} == set(optimizer_names())
    assert {c.get("schedule", "constant") for c in REFERENCE["cases"]} == set(SCHEDULES)
    assert {c["preset"] for c in REFERENCE["cases"] if c.get("batch_size")} == {
        "chain-data",
        "linear-regression",
        "logistic-regression",
    }


BATCH_STARTS = [(-0.3, -0.9), (2.5, 1.5), (0.4, -1.1), (-3.0, 2.0), (0.0, 0.0), (3.5, -3.0)]


def _cases_of_a_batch():
    from critexplorer.core.optimizers.registry import optimizer_names

    out = [{"preset": "himmelblau", "optimizer": n, "hyperparams": {}} for n in optimizer_names()]
    out += [
        {"preset": "lecture", "optimizer": "eigen-escape", "hyperparams": {"lr": 0.05}},
        {"preset": "lecture", "optimizer": "perturbed-gd", "hyperparams": {"wait": 10, "radius": 0.3}},
        {"preset": "himmelblau", "optimizer": "adam", "hyperparams": {}, "schedule": "cosine"},
        {"preset": "chain-data", "optimizer": "sgd", "hyperparams": {"lr": 0.05}, "seed": 4},
        {"preset": "logistic-regression", "optimizer": "adam", "hyperparams": {}, "batch_size": 3},
    ]
    return out


@pytest.mark.parametrize("case", _cases_of_a_batch(), ids=lambda c: f"{c['preset']}-{c['optimizer']}")
def test_a_batch_of_starts_ends_bit_for_bit_where_each_start_run_alone_ends(case):
    from critexplorer.core.presets import get_preset
    from critexplorer.core.run_batch import RunBatch, start_seeds

    preset = get_preset(case["preset"])
    seeds = start_seeds(case.get("seed", 0), len(BATCH_STARTS))
    pairs = zip(BATCH_STARTS, seeds, strict=True)
    singles = [recorded.make_run({**case, "start": s, "seed": int(seed)}) for s, seed in pairs]
    bounds = singles[0].bounds
    batch = RunBatch(singles[0].loss, singles[0].spec, BATCH_STARTS, bounds)
    while batch.step():
        pass
    assert preset.name == case["preset"]
    for i, run in enumerate(singles):
        run.bounds = bounds
        run.run_to_end()
        assert np.array_equal(batch.final_points[i], run.trail.points[-1]), (i, run.outcome)
        assert batch.final_steps[i] == run.steps_taken


@pytest.mark.parametrize(
    "case",
    [
        {"preset": "himmelblau", "optimizer": "adam", "hyperparams": {}},
        {"preset": "himmelblau", "optimizer": "momentum", "hyperparams": {}},
        {"preset": "lecture", "optimizer": "perturbed-gd", "hyperparams": {"wait": 10, "radius": 0.3}},
        {"preset": "lecture", "optimizer": "eigen-escape", "hyperparams": {"lr": 0.05}},
        {"preset": "chain-data", "optimizer": "sgd", "hyperparams": {"lr": 0.05}, "seed": 4},
    ],
    ids=lambda c: f"{c['preset']}-{c['optimizer']}",
)
def test_starts_retired_midway_leave_the_others_walking_exactly_as_alone(case):
    from critexplorer.core.run_batch import RETIRED, RunBatch, start_seeds

    seeds = start_seeds(case.get("seed", 0), len(BATCH_STARTS))
    pairs = zip(BATCH_STARTS, seeds, strict=True)
    singles = [recorded.make_run({**case, "start": s, "seed": int(seed)}) for s, seed in pairs]
    batch = RunBatch(singles[0].loss, singles[0].spec, BATCH_STARTS, singles[0].bounds)
    for _ in range(10):
        batch.step()
    batch.retire(np.isin(batch.rows, [1, 3]))  # the optimizer's per-start state loses two rows
    while batch.step():
        pass
    assert list(np.flatnonzero(batch.stopped == RETIRED)) == [1, 3]
    for i, run in enumerate(singles):
        run.bounds = singles[0].bounds
        if i in (1, 3):
            continue
        run.run_to_end()
        assert np.array_equal(batch.final_points[i], run.trail.points[-1]), i


@pytest.mark.parametrize("case", REFERENCE["cases"][::7], ids=_case_id)
def test_a_run_that_stops_once_settled_walks_a_prefix_of_the_recorded_trail(case):
    run = recorded.make_run(case).run_to_end()
    expected = np.array(case["trail"])
    assert 1 <= len(run.trail.points) <= len(expected)
    _assert_walks_the_recording(run.trail.points, expected)
