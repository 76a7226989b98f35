"""Each optimizer's first steps against values worked out by hand, and the hyperparameter specs."""

import math

import numpy as np
import pytest

from critexplorer.core.formula import parse_formula
from critexplorer.core.optimizers.hyperparams import OptimizerError
from critexplorer.core.optimizers.registry import (
    make_optimizer,
    optimizer_names,
    optimizer_spec,
    optimizer_specs,
)
from critexplorer.core.runs import Run, RunSpec

ALL = [
    "gd",
    "momentum",
    "nesterov",
    "adagrad",
    "rmsprop",
    "adam",
    "newton",
    "saddle-free-newton",
    "eigen-escape",
    "perturbed-gd",
    "sgd",
]

# L = x² + 3y²: g = (2x, 6y), H = diag(2, 6). From (1, 1): g = (2, 6).
BOWL = "x^2 + 3*y^2"


def first_points(name: str, steps: int, formula: str = BOWL, start=(1.0, 1.0), **hp) -> np.ndarray:
    run = Run(parse_formula(formula), RunSpec(name, start, hp, max_steps=steps)).run_to_end()
    return run.trail.points


def test_the_registry_has_every_optimizer_of_the_issue():
    assert optimizer_names() == ALL


@pytest.mark.parametrize("name", ALL)
def test_every_hyperparameter_has_a_default_inside_its_range_and_a_tooltip(name):
    spec = optimizer_spec(name)
    assert spec.hyperparams[0].name == "lr"
    for h in spec.hyperparams:
        assert h.low <= h.default <= h.high
        assert h.tooltip
    made = make_optimizer(name)
    assert dict(made.hp) == {h.name: h.default for h in spec.hyperparams}
    assert spec.to_dict()["hyperparams"][0]["name"] == "lr"


def test_specs_say_which_optimizers_need_the_hessian():
    needs = {s.name for s in optimizer_specs() if s.needs_hessian}
    assert needs == {"newton", "saddle-free-newton"}
    assert {s.name for s in optimizer_specs() if s.stochastic} == {"sgd"}


def test_bad_names_and_values_are_optimizer_errors_with_the_allowed_range():
    with pytest.raises(OptimizerError, match="known: gd"):
        make_optimizer("lbfgs")
    with pytest.raises(OptimizerError, match="between 0 and 0.9999"):
        make_optimizer("momentum", momentum=1.5)
    with pytest.raises(OptimizerError, match="no hyperparameter 'beta1'"):
        make_optimizer("gd", beta1=0.9)
    with pytest.raises(OptimizerError, match="must be a number"):
        make_optimizer("gd", lr="fast")


def test_gd_and_sgd_on_a_formula_step_minus_lr_times_g():
    for name in ("gd", "sgd"):
        p = first_points(name, 2, lr=0.1)
        # (1, 1) − 0.1·(2, 6) = (0.8, 0.4); then g = (1.6, 2.4): (0.8, 0.4) − (0.16, 0.24)
        np.testing.assert_allclose(p[1], [0.8, 0.4], rtol=1e-15)
        np.testing.assert_allclose(p[2], [0.64, 0.16], rtol=1e-14)


def test_heavy_ball_momentum_carries_velocity():
    p = first_points("momentum", 2, lr=0.1, momentum=0.9)
    np.testing.assert_allclose(p[1], [0.8, 0.4], rtol=1e-15)
    # v = 0.9·(−0.2, −0.6) − 0.1·(1.6, 2.4) = (−0.34, −0.78)
    np.testing.assert_allclose(p[2], [0.46, -0.38], rtol=1e-14)


def test_nesterov_looks_ahead_with_the_velocity():
    p = first_points("nesterov", 1, lr=0.1, momentum=0.9)
    # v = (−0.2, −0.6); Δ = 0.9·v − 0.1·g = (−0.38, −1.14)
    np.testing.assert_allclose(p[1], [0.62, -0.14], rtol=1e-14)


def test_adagrad_divides_by_the_root_of_the_summed_squares():
    p = first_points("adagrad", 2, lr=0.1, eps=0.0)
    np.testing.assert_allclose(p[1], [0.9, 0.9], rtol=1e-15)  # g/√(g²) = (1, 1)
    g = np.array([1.8, 5.4])
    expected = p[1] - 0.1 * g / np.sqrt(np.array([4.0, 36.0]) + g**2)
    np.testing.assert_allclose(p[2], expected, rtol=1e-14)
    np.testing.assert_allclose(p[2], [0.833103, 0.833103], atol=1e-6)


def test_rmsprop_divides_by_the_root_of_the_running_mean_square():
    p = first_points("rmsprop", 1, lr=0.01, rho=0.9, eps=0.0)
    # s = 0.1·(4, 36) = (0.4, 3.6); g/√s = (3.16228, 3.16228)
    np.testing.assert_allclose(p[1], [1 - 0.01 * math.sqrt(10), 1 - 0.01 * math.sqrt(10)], rtol=1e-14)


def test_adam_with_bias_correction():
    p = first_points("adam", 2, lr=0.1, beta1=0.9, beta2=0.999, eps=0.0)
    np.testing.assert_allclose(p[1], [0.9, 0.9], rtol=1e-15)  # the first step is η·sign(g)
    g1, g2 = np.array([2.0, 6.0]), np.array([1.8, 5.4])
    m = 0.9 * 0.1 * g1 + 0.1 * g2
    v = 0.999 * 0.001 * g1**2 + 0.001 * g2**2
    step = 0.1 * (m / (1 - 0.9**2)) / np.sqrt(v / (1 - 0.999**2))
    np.testing.assert_allclose(p[2], p[1] - step, rtol=1e-14)
    np.testing.assert_allclose(p[2], [0.8004122, 0.8004122], atol=1e-7)


def test_newton_takes_the_damped_newton_step():
    # H⁻¹g = (1, 1): the full step lands on the minimum, the default η = 0.5 goes half way.
    np.testing.assert_allclose(first_points("newton", 1, lr=1.0)[1], [0.0, 0.0], atol=1e-15)
    np.testing.assert_allclose(first_points("newton", 1)[1], [0.5, 0.5], rtol=1e-15)


def test_newton_climbs_to_a_saddle_and_saddle_free_newton_runs_from_it():
    # L = x² − y² at (1, 1): g = (2, −2), H = diag(2, −2).
    newton = first_points("newton", 1, formula="x^2 - y^2", lr=1.0)
    np.testing.assert_allclose(newton[1], [0.0, 0.0], atol=1e-15)  # H⁻¹g = (1, 1)
    free = first_points("saddle-free-newton", 1, formula="x^2 - y^2", lr=1.0)
    np.testing.assert_allclose(free[1], [0.0, 2.0], atol=1e-15)  # |H|⁻¹g = (1, −1)


def test_damping_bounds_the_step_where_the_hessian_is_singular():
    # L = x + y²: H = diag(0, 2); λ = 0 is floored at the damping δ = 0.5 → Δx = −1/0.5.
    p = first_points("newton", 1, formula="x + y^2", start=(0.0, 1.0), lr=1.0, damping=0.5)
    np.testing.assert_allclose(p[1], [-2.0, 0.0], atol=1e-15)


def test_eigen_escape_steps_along_the_negative_eigenvector_when_stalled():
    p = first_points("eigen-escape", 2, formula="x^2 - y^2", start=(0.0, 0.0), lr=0.1, escape_step=0.1)
    np.testing.assert_allclose(p[1], [0.0, 0.1], atol=1e-15)  # u(λ = −2) = (0, 1)
    np.testing.assert_allclose(p[2], [0.0, 0.1 * 1.2], atol=1e-15)  # then GD: y − 0.1·(−2y)
    # Away from a stall it is plain GD.
    np.testing.assert_allclose(first_points("eigen-escape", 1, lr=0.1)[1], [0.8, 0.4], rtol=1e-15)


def test_eigen_escape_picks_the_downhill_sign_of_the_eigenvector():
    # Near the saddle of x² − y², slightly below it: g = (0, 2·0.0001) points up, so escape goes −y.
    p = first_points("eigen-escape", 1, formula="x^2 - y^2", start=(0.0, -1e-4), escape_step=0.1)
    np.testing.assert_allclose(p[1], [0.0, -1e-4 - 0.1], atol=1e-15)


def test_perturbed_gd_kicks_with_seeded_noise_only_when_the_gradient_is_small():
    loss = parse_formula("x^2 - y^2")
    run = Run(loss, RunSpec("perturbed-gd", (0.0, 0.0), max_steps=1, seed=3)).run_to_end()
    rng = np.random.default_rng(3)
    angle, radius = rng.uniform(0.0, 2 * math.pi), 0.1 * math.sqrt(rng.uniform())
    np.testing.assert_allclose(
        run.trail.points[1], [radius * math.cos(angle), radius * math.sin(angle)], rtol=1e-15
    )
    assert run.optimizer.kicks == 1
    # Far from critical points it is plain GD.
    np.testing.assert_allclose(first_points("perturbed-gd", 1, lr=0.1)[1], [0.8, 0.4], rtol=1e-15)


def test_perturbed_gd_gives_up_kicking_at_a_minimum_and_returns_there():
    run = Run(
        parse_formula(BOWL), RunSpec("perturbed-gd", (0.0, 0.0), {"wait": 20}, max_steps=200, seed=1)
    ).run_to_end()
    assert run.optimizer.settled
    assert run.optimizer.kicks == 1
    np.testing.assert_allclose(run.point, [0.0, 0.0], atol=1e-12)
    assert run.outcome == "minimum"


def test_reset_forgets_the_state():
    run = Run(parse_formula(BOWL), RunSpec("adam", (1.0, 1.0), max_steps=5))
    run.run_to_end()
    first = run.trail.points.copy()
    run.reset()
    assert len(run.trail) == 1 and not run.finished and run.outcome is None
    run.run_to_end()
    np.testing.assert_array_equal(run.trail.points, first)
