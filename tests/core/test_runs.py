"""Runs: where they end and with which label, divergence without exceptions, batched groups, trails."""

import math

import numpy as np
import pytest

from critexplorer.core.formula import parse_formula
from critexplorer.core.optimizers.hyperparams import OptimizerError
from critexplorer.core.optimizers.registry import optimizer_names
from critexplorer.core.presets import get_preset
from critexplorer.core.runs import Bounds, Run, RunGroup, RunSpec
from critexplorer.core.tolerances import RUN_SETTLE_STEPS
from critexplorer.core.trail import Trail

HIMMELBLAU = "(x^2+y-11)^2+(x+y^2-7)^2"
HIMMELBLAU_SADDLE = (-0.127961, -1.953715)
HIMMELBLAU_MINIMA = [(3.0, 2.0), (-2.805118, 3.131312), (-3.779310, -3.283186), (3.584428, -1.848127)]
LECTURE = "(1 - w1*w2)^2"

OUTCOMES = {"minimum", "saddle", "maximum", "moving", "stalled", "diverged"}


def nearest_minimum(point) -> float:
    return min(math.dist(point, m) for m in HIMMELBLAU_MINIMA)


def test_newton_near_a_himmelblau_saddle_converges_onto_it():
    run = Run(parse_formula(HIMMELBLAU), RunSpec("newton", (-0.1, -1.9), max_steps=60)).run_to_end()
    assert math.dist(run.point, HIMMELBLAU_SADDLE) < 1e-5
    assert run.outcome == "saddle"
    assert run.final.classification == "saddle"


def test_saddle_free_newton_from_the_same_start_leaves_the_saddle_for_a_minimum():
    run = Run(
        parse_formula(HIMMELBLAU), RunSpec("saddle-free-newton", (-0.1, -1.9), max_steps=60)
    ).run_to_end()
    assert math.dist(run.point, HIMMELBLAU_SADDLE) > 1.0
    assert nearest_minimum(run.point) < 1e-6
    assert run.outcome == "minimum"


def test_gd_exactly_at_the_lecture_saddle_stays_there_and_is_labelled_saddle():
    # g = 0 exactly: no step moves it, so it stops once RUN_SETTLE_STEPS steps have left it in place.
    run = Run(parse_formula(LECTURE), RunSpec("gd", (0.0, 0.0), max_steps=100)).run_to_end()
    assert len(run.trail) == RUN_SETTLE_STEPS + 1
    assert np.all(run.trail.points == 0.0)
    assert run.outcome == "saddle"
    assert run.stop_reason.startswith("it stopped moving")


def test_eigen_escape_leaves_the_lecture_saddle_along_the_diagonal_and_reaches_the_valley():
    run = Run(parse_formula(LECTURE), RunSpec("eigen-escape", (0.0, 0.0), max_steps=500)).run_to_end()
    first_move = run.trail.points[1]
    np.testing.assert_allclose(first_move / np.hypot(*first_move), [1 / math.sqrt(2)] * 2, rtol=1e-12)
    w1, w2 = run.point
    assert abs(w1 * w2 - 1.0) < 1e-4
    assert run.outcome == "minimum"
    assert run.optimizer.escapes == 1


def test_perturbed_gd_escapes_the_lecture_saddle_too():
    run = Run(parse_formula(LECTURE), RunSpec("perturbed-gd", (0.0, 0.0), max_steps=600, seed=0)).run_to_end()
    assert abs(run.point[0] * run.point[1] - 1.0) < 1e-3
    assert run.outcome == "minimum"


@pytest.mark.parametrize("name", optimizer_names())
def test_every_optimizer_runs_to_a_label_on_himmelblau(name):
    run = Run(parse_formula(HIMMELBLAU), RunSpec(name, (-1.0, 0.5), max_steps=300)).run_to_end()
    assert run.finished and run.outcome in OUTCOMES
    # It walks to the step limit unless it diverged or its outcome became final on the way.
    assert len(run.trail) == 301 or run.outcome == "diverged" or run.stop_reason.startswith("it s")
    assert np.all(np.isfinite(run.trail.points)) and np.all(np.isfinite(run.trail.values))


def test_a_run_still_travelling_at_the_step_limit_is_moving():
    run = Run(parse_formula(HIMMELBLAU), RunSpec("gd", (-1.0, 0.5), {"lr": 0.001}, max_steps=5)).run_to_end()
    assert run.outcome == "moving"
    assert run.stop_reason == "reached the step limit"


def test_rmsprop_hovering_around_a_minimum_is_labelled_by_it():
    run = Run(parse_formula(HIMMELBLAU), RunSpec("rmsprop", (-0.27, -0.92), max_steps=1000)).run_to_end()
    assert run.final.classification == "not_critical"  # it cycles ±η around (3, 2)
    assert run.outcome == "minimum"
    np.testing.assert_allclose(run.settled_at.point, [3.0, 2.0], atol=1e-8)


def test_adagrad_creeping_towards_a_minimum_is_still_moving():
    # AdaGrad's steps shrink ever more slowly; 500 steps in it is 0.017 short of (3.584, −1.848)
    # with ‖g‖ ≈ 1.8. Extrapolating its slow convergence must not call that a minimum yet.
    run = Run(parse_formula(HIMMELBLAU), RunSpec("adagrad", (-0.1, -1.9), max_steps=500)).run_to_end()
    assert run.final.gradient_norm > 1.0
    assert run.outcome == "moving" and run.settled_at is None


def test_gd_with_a_huge_learning_rate_diverges_cleanly():
    run = Run(
        parse_formula("x^2 + y^2"), RunSpec("gd", (1.0, 1.0), {"lr": 10.0}, max_steps=1000)
    ).run_to_end()
    assert run.outcome == "diverged"
    assert run.stop_reason == "left the bounding box"
    assert len(run.trail) < 10  # x ← −19x leaves the box within a few steps
    assert np.all(np.isfinite(run.trail.values))
    assert not run.step()  # stepping a finished run is harmless


def test_a_run_into_the_undefined_region_of_log_diverges_cleanly():
    run = Run(
        parse_formula("log(x) + y^2"), RunSpec("gd", (0.5, 2.0), {"lr": 1.0}, max_steps=100)
    ).run_to_end()
    assert run.outcome == "diverged"
    assert "not finite" in run.stop_reason
    assert len(run.trail) == 1 and run.trail.points[0].tolist() == [0.5, 2.0]


def test_a_start_where_the_loss_is_undefined_is_diverged_at_once():
    run = Run(parse_formula("log(x) + y^2"), RunSpec("adam", (-1.0, 0.0), max_steps=10))
    assert run.finished and run.outcome == "diverged"
    assert run.trail.points.tolist() == [[-1.0, 0.0]] and math.isnan(run.trail.values[0])
    assert not run.step()


def test_newton_on_a_flat_direction_with_no_damping_diverges_without_raising():
    run = Run(
        parse_formula("x + y^2"), RunSpec("newton", (0.0, 1.0), {"damping": 0.0}, max_steps=10)
    ).run_to_end()
    assert run.outcome == "diverged"


def test_bounds_grow_with_the_start_and_window():
    assert Bounds.around((0.0, 0.0)).xlim == (-100.0, 100.0)
    assert Bounds.around((3.0, -5.0), (-2, 2), (-1, 1)).ylim == (-500.0, 500.0)
    assert not Bounds.around((0.0, 0.0)).contains(np.array([0.0, 101.0]))


def test_bad_run_settings_are_optimizer_errors():
    loss = parse_formula("x^2")
    with pytest.raises(OptimizerError, match="two finite numbers"):
        Run(loss, RunSpec("gd", (math.nan, 0.0)))
    with pytest.raises(OptimizerError, match="step limit"):
        Run(loss, RunSpec("gd", (0.0, 0.0), max_steps=-1))


def test_a_group_steps_like_the_runs_alone():
    loss = parse_formula(HIMMELBLAU)
    names = ["gd", "momentum", "adam", "newton", "saddle-free-newton", "eigen-escape", "perturbed-gd", "sgd"]
    group = RunGroup(Run(loss, RunSpec(name, (-0.1, -1.9), max_steps=40)) for name in names)
    while group.step():
        pass
    for name, grouped in zip(names, group.runs, strict=True):
        alone = Run(loss, RunSpec(name, (-0.1, -1.9), max_steps=40)).run_to_end()
        np.testing.assert_allclose(grouped.trail.points, alone.trail.points, rtol=1e-12, atol=1e-12)
        assert grouped.outcome == alone.outcome
    assert group.finished
    group.reset()
    assert all(len(r.trail) == 1 for r in group.runs)


def test_a_group_keeps_going_when_one_run_diverges():
    loss = parse_formula("x^2 + y^2")
    group = RunGroup(
        [
            Run(loss, RunSpec("gd", (1.0, 1.0), {"lr": 10.0}, max_steps=20)),
            Run(loss, RunSpec("gd", (1.0, 1.0), {"lr": 0.1}, max_steps=20)),
        ]
    )
    while group.step():
        pass
    assert [r.outcome for r in group.runs] == ["diverged", "moving"]  # 0.8²⁰ ≈ 0.0115: still moving
    assert len(group.runs[1].trail) == 21
    np.testing.assert_allclose(group.runs[1].point, [0.8**20, 0.8**20], rtol=1e-12)


def test_run_json_has_the_start_first_and_rows_of_x_y_loss():
    run = Run(get_preset("lecture").loss(), RunSpec("gd", (0.5, -0.5), max_steps=3)).run_to_end()
    data = run.to_dict()
    assert data["trajectory"][0] == [0.5, -0.5, 1.5625]
    assert len(data["trajectory"]) == 4 and all(len(row) == 3 for row in data["trajectory"])
    assert data["optimizer"] == "gd" and data["outcome"] in OUTCOMES


def test_the_trail_grows_past_its_capacity_and_hands_out_views():
    trail = Trail(capacity=2)
    for i in range(5):
        trail.append((i, -i), float(i * i), float(i))
    assert len(trail) == 5
    np.testing.assert_array_equal(trail.points[:, 0], [0, 1, 2, 3, 4])
    np.testing.assert_array_equal(trail.values, [0, 1, 4, 9, 16])
    assert trail.points.base is not None  # a view into the buffer, not a copy
    trail.clear()
    assert len(trail) == 0 and trail.points.shape == (0, 2)


def test_a_run_with_learning_rate_zero_stops_at_once_as_stalled():
    # Issue 9: a step limit of 1,000,000 with lr 0 walked every step (228 s); nothing can change.
    run = Run(parse_formula("x^2+y^2"), RunSpec("gd", (1.0, 1.0), {"lr": 0.0}, max_steps=100_000))
    run.run_to_end()
    assert run.steps_taken == RUN_SETTLE_STEPS and run.outcome == "stalled"
    assert run.final.classification == "not_critical" and np.all(run.trail.points == 1.0)
    assert run.stop_reason.startswith("it stopped moving")


def test_a_run_that_settled_on_a_minimum_stops_there_with_the_outcome_of_a_full_run():
    loss = parse_formula(HIMMELBLAU)
    run = Run(loss, RunSpec("rmsprop", (-0.27, -0.92), max_steps=100_000)).run_to_end()
    assert run.outcome == "minimum" and run.steps_taken < 1000
    assert run.stop_reason.startswith("it settled on a minimum")
    np.testing.assert_allclose(run.settled_at.point, [3.0, 2.0], atol=1e-8)


def test_gd_close_to_a_saddle_is_not_stopped_there_but_exactly_on_its_stable_line_it_is():
    loss = parse_formula(LECTURE)
    near = Run(loss, RunSpec("gd", (0.3, -0.3001), {"lr": 0.1}, max_steps=5000)).run_to_end()
    assert near.outcome == "minimum" and abs(near.point[0] * near.point[1] - 1.0) < 1e-5
    # On w1 = −w2 exactly the gradient keeps it on that line: it converges onto the saddle and stays.
    on = Run(loss, RunSpec("gd", (0.3, -0.3), {"lr": 0.1}, max_steps=5000)).run_to_end()
    assert on.outcome == "saddle" and on.steps_taken < 200 and np.hypot(*on.point) < 1e-13


def test_a_restored_trail_that_stopped_moving_is_finished_and_a_longer_old_one_is_kept():
    loss = parse_formula("x^2+y^2")
    spec = RunSpec("gd", (1.0, 1.0), {"lr": 0.0}, max_steps=500)
    restored = Run(loss, spec)
    restored.restore(np.ones((RUN_SETTLE_STEPS + 1, 2)))
    assert restored.finished and restored.outcome == "stalled" and not restored.restored
    old = Run(loss, spec)  # written before runs stopped once settled: 300 steps that changed nothing
    old.restore(np.ones((301, 2)))
    assert old.finished and old.outcome == "stalled" and len(old.trail) == 301
    playing = Run(loss, spec)  # saved while playing, before it settled: it goes on when stepped
    playing.restore(np.ones((5, 2)))
    assert not playing.finished and playing.restored
    playing.run_to_end()
    assert playing.outcome == "stalled" and playing.steps_taken == RUN_SETTLE_STEPS


def test_restored_runs_judged_together_get_the_outcomes_of_the_live_runs():
    from critexplorer.core.runs import restore_runs

    loss = parse_formula(HIMMELBLAU)
    specs = [
        RunSpec("rmsprop", (-0.27, -0.92), max_steps=1000),  # hovers around (3, 2)
        RunSpec("rmsprop", (-1.0, 0.5), max_steps=1000),
        RunSpec("adam", (0.0, 0.0), max_steps=2000),
        RunSpec("gd", (-1.0, 0.5), {"lr": 0.001}, max_steps=5),  # still moving at its limit
        RunSpec("newton", (-0.1, -1.9), max_steps=60),  # onto the saddle
    ]
    live = [Run(loss, spec, Bounds.around(spec.start, (-5, 5), (-5, 5))).run_to_end() for spec in specs]
    restored = restore_runs(loss, [(r.spec, r.trail.points.copy()) for r in live], (-5, 5), (-5, 5))
    assert [r.outcome for r in restored] == [r.outcome for r in live]
    assert [r.outcome for r in live] == ["minimum", "minimum", "minimum", "moving", "saddle"]
    assert all(r.finished and not r.restored for r in restored)
    for a, b in zip(restored, live, strict=True):
        assert a.stop_reason == b.stop_reason
        assert (a.settled_at is None) == (b.settled_at is None)
        if a.settled_at is not None:
            np.testing.assert_allclose(a.settled_at.point, b.settled_at.point, atol=1e-9)
