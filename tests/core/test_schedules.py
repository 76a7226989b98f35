"""Learning-rate schedules: the factor at step t, by hand."""

import math

import pytest

from critexplorer.core.optimizers.hyperparams import OptimizerError
from critexplorer.core.optimizers.schedules import SCHEDULES, Schedule


def test_constant():
    assert [Schedule().factor(t) for t in (0, 1, 1000)] == [1.0, 1.0, 1.0]


def test_step_decay_halves_every_n_steps():
    s = Schedule.make("step", {"every": 10, "factor": 0.5})
    assert [s.factor(t) for t in (0, 9, 10, 19, 20, 35)] == [1.0, 1.0, 0.5, 0.5, 0.25, 0.125]


def test_exponential():
    s = Schedule.make("exponential", {"gamma": 0.9})
    assert s.factor(0) == 1.0 and s.factor(3) == pytest.approx(0.729, rel=1e-15)


def test_cosine_goes_from_one_to_the_floor_and_stays():
    s = Schedule.make("cosine", {"period": 100, "floor": 0.1})
    assert s.factor(0) == 1.0
    assert s.factor(50) == pytest.approx(0.55, rel=1e-14)
    assert s.factor(100) == pytest.approx(0.1, rel=1e-14) and s.factor(500) == pytest.approx(0.1, rel=1e-14)
    assert s.factor(25) == pytest.approx(0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi / 4)), rel=1e-14)


def test_inverse_time():
    s = Schedule.make("1/t", {"decay": 0.5})
    assert [s.factor(t) for t in (0, 1, 2, 8)] == [1.0, 1 / 1.5, 0.5, 0.2]


def test_defaults_and_errors():
    for name, kind in SCHEDULES.items():
        assert set(Schedule.make(name).values) == {h.name for h in kind.hyperparams}
    with pytest.raises(OptimizerError, match="unknown schedule"):
        Schedule.make("warmup")
    with pytest.raises(OptimizerError, match="whole number"):
        Schedule.make("step", {"every": 2.5})


def test_a_run_steps_with_the_scheduled_learning_rate():
    from critexplorer.core.formula import parse_formula
    from critexplorer.core.runs import Run, RunSpec

    # L = x²: x ← x − η_t·2x with η_t = 0.1·0.5^⌊t/1⌋.
    schedule = Schedule.make("step", {"every": 1, "factor": 0.5})
    run = Run(
        parse_formula("x^2"), RunSpec("gd", (1.0, 0.0), {"lr": 0.1}, max_steps=3, schedule=schedule)
    ).run_to_end()
    expected = [1.0, 1 - 0.2, 0.8 * (1 - 0.1), 0.8 * 0.9 * (1 - 0.05)]
    assert run.trail.points[:, 0].tolist() == pytest.approx(expected, rel=1e-15)
