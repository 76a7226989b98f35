"""Networks against the contract (plain numpy rebuilds), the lecture case, Baldi & Hornik, and CSV errors."""

from __future__ import annotations

import itertools
import os
import re

import autograd
import numpy as np
import pytest

from critexplorer.core.networks.critical_search import (
    SearchSettings,
    _trust_region_steps,
    describe_points,
    gradient_tolerance,
    initial_points,
    search_critical_points,
    solve_gradient_roots,
    train,
)
from critexplorer.core.networks.datasets import DatasetError, NetworkData, load_csv, network_data
from critexplorer.core.networks.network import Network, NetworkError
from critexplorer.core.tolerances import NETWORK_SOLVER_ITERATIONS, NETWORK_SOLVER_TRAVEL

ACTS = {
    "tanh": np.tanh,
    "sigmoid": lambda z: 1 / (1 + np.exp(-z)),
    "relu": lambda z: np.maximum(z, 0),
    "softplus": lambda z: np.log1p(np.exp(z)),
    "linear": lambda z: z,
}


def contract_loss(theta, layers, act, bias, loss, X, Y):
    """The loss rebuilt in plain numpy from the issue's words, with explicit loops over samples."""
    at, params = 0, []
    for n_in, n_out in zip(layers[:-1], layers[1:], strict=True):
        W = np.array([[theta[at + i * n_out + j] for j in range(n_out)] for i in range(n_in)])
        at += n_in * n_out
        b = np.array(theta[at : at + n_out]) if bias else np.zeros(n_out)
        at += n_out if bias else 0
        params.append((W, b))
    assert at == len(theta)
    total = 0.0
    for n in range(len(X)):
        h = X[n]
        for k, (W, b) in enumerate(params):
            z = np.array([sum(h[i] * W[i, j] for i in range(len(h))) + b[j] for j in range(W.shape[1])])
            h = ACTS[act](z) if k < len(params) - 1 else z
        if loss == "mse":
            total += float(np.sum((h - Y[n]) ** 2))
        else:
            total += float(np.log(np.sum(np.exp(h))) - h[int(Y[n])])
    return total / len(X)


def numeric_hessian(f, theta, h=1e-4):
    """Central differences of the exact gradient are not independent; this uses values only (4th order)."""
    p = len(theta)
    H = np.zeros((p, p))
    for i, j in itertools.product(range(p), repeat=2):
        if j < i:
            continue

        def at(a, b, i=i, j=j):
            t = np.array(theta, float)
            t[i] += a
            t[j] += b
            return f(t)

        H[i, j] = H[j, i] = (at(h, h) - at(h, -h) - at(-h, h) + at(-h, -h)) / (4 * h * h)
    return H


CASES = [
    ("2-3-1", "tanh", True, "mse", "surface"),
    ("2-3-2", "softplus", True, "cross-entropy", "moons"),
    ("2-2-2-1", "sigmoid", False, "mse", "xor"),
    ("1-3-1", "relu", True, "mse", "regression"),
    ("1-1-1", "linear", False, "mse", "lecture"),
]


@pytest.mark.parametrize("spec,act,bias,loss,data", CASES)
def test_loss_matches_plain_numpy_rebuild_of_the_contract(spec, act, bias, loss, data):
    net = Network.parse(spec, activation=act, bias=bias, loss=loss)
    d = network_data(data, net)
    thetas = np.stack([net.initial_parameters(np.random.default_rng(s)) for s in range(3)])
    values = net.value(thetas, d)
    for theta, value in zip(thetas, values, strict=True):
        expected = contract_loss(theta, net.layers, act, bias, loss, d.inputs, d.targets)
        assert value == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize("spec,act,bias,loss,data", CASES)
def test_gradient_and_hessian_match_autograd(spec, act, bias, loss, data):
    net = Network.parse(spec, activation=act, bias=bias, loss=loss)
    d = network_data(data, net)
    thetas = np.stack([net.initial_parameters(np.random.default_rng(s)) for s in range(3)])
    _, gradients = net.value_and_gradient(thetas, d)
    hessians = net.hessians(thetas, d)
    f = net.autograd_loss(d)
    for theta, g, H in zip(thetas, gradients, hessians, strict=True):
        g_ref, H_ref = autograd.grad(f)(theta), autograd.hessian(f)(theta)
        assert np.max(np.abs(g - g_ref)) <= 1e-8 * max(np.max(np.abs(g_ref)), 1e-300)
        assert np.max(np.abs(H - H_ref)) <= 1e-8 * max(np.max(np.abs(H_ref)), 1e-300)


def test_hessian_matches_plain_numpy_finite_differences_of_the_rebuild():
    net = Network.parse("2-2-1", activation="tanh")
    d = network_data("xor", net)
    theta = net.initial_parameters(np.random.default_rng(5))
    H = net.hessians(theta[None], d)[0]
    H_fd = numeric_hessian(
        lambda t: contract_loss(t, net.layers, "tanh", True, "mse", d.inputs, d.targets), theta
    )
    assert np.max(np.abs(H - H_fd)) <= 1e-6 * np.max(np.abs(H))  # the differences' own error, not ours


def test_lecture_loss_is_one_minus_w1_w2_squared():
    net = Network((1, 1, 1), activation="linear", bias=False)
    d = network_data("lecture", net)
    for w1, w2 in [(0.3, -1.2), (2.0, 0.5), (0.0, 0.0)]:
        assert net.value(np.array([[w1, w2]]), d)[0] == pytest.approx(
            (1 - w1 * w2) ** 2, rel=1e-15, abs=1e-15
        )


def test_lecture_case_saddle_at_zero_with_eigenvalues_plus_minus_two():
    net = Network((1, 1, 1), activation="linear", bias=False)
    d = network_data("lecture", net)
    settings = SearchSettings(train_steps=0)
    (run,) = search_critical_points(net, d, [0], settings, starts=np.array([[0.02, -0.01]]))
    assert run.critical and np.allclose(run.params, 0.0, atol=1e-9)
    assert run.spectrum.eigenvalues == pytest.approx([-2.0, 2.0], rel=1e-8)
    assert (run.spectrum.negative, run.spectrum.positive, run.spectrum.minimum_ratio) == (1, 1, 0.5)
    assert run.is_saddle and run.spectrum.index == 0.5


@pytest.mark.parametrize("start", [(1.5, 0.5), (-0.4, -2.0), (3.0, 0.2)])
def test_lecture_case_valley_points_have_eigenvalues_zero_and_two_sum_of_squares(start):
    net = Network((1, 1, 1), activation="linear", bias=False)
    d = network_data("lecture", net)
    (run,) = search_critical_points(net, d, [0], SearchSettings(train_steps=0), starts=np.array([start]))
    w1, w2 = run.params
    assert run.critical and w1 * w2 == pytest.approx(1.0, rel=1e-9)
    assert run.spectrum.eigenvalues == pytest.approx([0.0, 2 * (w1**2 + w2**2)], abs=1e-8)
    assert (run.spectrum.zero, run.spectrum.positive, run.spectrum.minimum_ratio) == (1, 1, 0.5)
    assert run.spectrum.nonzero_minimum_ratio == 1.0 and run.is_minimum


def autoencoder_data(eigenvalues, n=8):
    """Samples whose (uncentred) covariance (1/N)·XᵀX is exactly diag(eigenvalues)."""
    q, _ = np.linalg.qr(np.random.default_rng(3).normal(size=(n, len(eigenvalues))))
    X = q * np.sqrt(n * np.asarray(eigenvalues))
    return NetworkData("cov", X, X.copy())


def test_linear_autoencoder_critical_losses_are_baldi_hornik_values():
    eig = [4.0, 3.0, 2.0, 1.0]
    net = Network((4, 2, 4), activation="linear", bias=False)
    d = autoencoder_data(eig)
    # Baldi & Hornik (1989): critical points project onto a set I of at most 2 eigenvectors; the loss is
    # the sum of the discarded eigenvalues, tr Σ − Σ_{i∈I} λ_i. Only I = {1, 2} (loss 3) is a minimum.
    predicted = {sum(eig) - sum(s) for k in range(3) for s in itertools.combinations(eig, k)}
    # 30 Adam steps leave the runs far from any critical point: the search may travel further than by default.
    settings = SearchSettings(train_steps=30, learning_rate=0.05, init_scale=0.5, solver_travel=1.0)
    runs = search_critical_points(net, d, range(40), settings)
    critical = [r for r in runs if r.critical]
    assert len(critical) >= 30
    found = set()
    for r in critical:
        nearest = min(predicted, key=lambda v: abs(v - r.loss))
        assert r.loss == pytest.approx(nearest, rel=1e-7)
        found.add(nearest)
        assert (r.spectrum.negative == 0) == (nearest == 3.0), (r.loss, r.spectrum.eigenvalues)
    assert 3.0 in found and len(found) >= 3  # the global minimum and saddles were both reached


def test_saddle_spectrum_of_autoencoder_at_zero():
    net = Network((4, 2, 4), activation="linear", bias=False)
    d = autoencoder_data([4.0, 3.0, 2.0, 1.0])
    (run,) = describe_points(net, d, np.zeros((1, 16)), [0], [0])
    # At θ = 0 the loss is tr Σ and H couples encoder and decoder: eigenvalues ±2λᵢ, once per hidden unit.
    assert run.critical and run.loss == pytest.approx(10.0)
    assert run.spectrum.eigenvalues == pytest.approx(
        sorted([s * 2 * v for v in (4, 3, 2, 1) for s in (-1, 1)] * 2)
    )
    assert run.is_saddle and run.spectrum.index == 0.5


def test_bad_network_is_named():
    with pytest.raises(NetworkError, match="2-x-1"):
        Network.parse("2-x-1")
    with pytest.raises(NetworkError, match="activation"):
        Network((1, 1), activation="swish")


@pytest.mark.parametrize(
    "text,message",
    [
        ("1,2,3\n4,5\n", "line 2: 2 columns where the rows above have 3"),
        ("1,2,3\n4,five,6\n", "line 2, column 2: 'five' is not a number"),
        ("x1,x2,y\n1,2,3\n4,5,nan\n", "line 3, column 3: nan is not a finite number"),
        ("1,2\n3,4\n", "line 1: 2 columns, but the 2-3-1 network with mse needs 3"),
        ("", "no rows of numbers"),
        (
            f"1,2,{'9' * 5000}\n",
            "line 1, column 3: 999999999999999999999999… (5000 characters) is not a finite",
        ),
        ("1;2;3\n4;5;6\n", "line 2, column 1: '4;5;6' is not a number (columns are separated by commas)"),
        (f"1,{'2' * 200000},3\n", "line 1: field larger than field limit"),  # csv.Error, was internal
    ],
)
def test_bad_csv_is_a_clear_error_naming_the_line(tmp_path, text, message):
    path = tmp_path / "data.csv"
    path.write_text(text)
    with pytest.raises(DatasetError, match=re.escape(message)):
        load_csv(path, Network.parse("2-3-1"))


def test_csv_from_a_spreadsheet_with_a_bom_and_crlf_reads(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(b"\xef\xbb\xbfx1,x2,y\r\n1,2,3\r\n4,5,6\r\n")
    assert load_csv(path, Network.parse("2-3-1")).inputs.tolist() == [[1, 2], [4, 5]]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda path: os.mkfifo(path), "it is not a file"),  # reading a FIFO would wait forever
        (lambda path: path.mkdir(), "it is not a file"),
        (lambda path: path.write_bytes(b"\xff\xfe1,2,3"), "it is not a text file \\(not UTF-8\\)"),
        (lambda path: None, "No such file or directory"),
    ],
)
def test_a_csv_that_is_no_readable_text_file_is_named(tmp_path, make, message):
    path = tmp_path / "data.csv"
    make(path)
    with pytest.raises(DatasetError, match=f"cannot read .*data.csv: {message}"):
        load_csv(path, Network.parse("2-3-1"))


def test_csv_with_header_and_cross_entropy_classes(tmp_path):
    path = tmp_path / "two.csv"
    path.write_text("x1,x2,class\n0,0,0\n1,1,1\n1,0,1\n")
    d = load_csv(path, Network.parse("2-3-2", loss="cross-entropy"))
    assert d.inputs.shape == (3, 2) and d.targets.tolist() == [0, 1, 1]
    path.write_text("0,0,0\n1,1,2\n")
    with pytest.raises(DatasetError, match="line 2: class 2 is not one of 0…1"):
        load_csv(path, Network.parse("2-3-2", loss="cross-entropy"))


def test_trust_region_step_is_the_subproblems_minimum():
    # The exact subproblem min g·s + ½ Σ λ s², ‖s‖ ≤ r, against a dense sample of feasible points.
    rng = np.random.default_rng(4)
    lam = np.sort(rng.normal(size=(6, 4)), axis=1)
    lam[5] = [-1.0, 0.5, 1.0, 2.0]
    gq = rng.normal(size=(6, 4))
    gq[5, 0] = 0.0  # the hard case: no gradient along the negative direction
    radius = np.array([0.1, 0.5, 1.0, 2.0, 5.0, 3.0])
    steps = _trust_region_steps(lam, gq, radius)
    objective = lambda s, k: s @ gq[k] + 0.5 * np.sum(lam[k] * s * s, axis=-1)  # noqa: E731
    for k in range(6):
        assert np.linalg.norm(steps[k]) <= radius[k] * (1 + 1e-9)
        samples = rng.normal(size=(20000, 4))
        samples *= (radius[k] * rng.uniform(size=(20000, 1)) ** 0.25) / np.linalg.norm(samples, axis=1)[
            :, None
        ]
        assert objective(steps[k], k) <= np.min(objective(samples, k)) + 1e-12


def test_search_stays_near_where_training_stopped_and_keeps_runs_that_do_not_converge():
    # Regression: the old damped Newton moved 2-8-1 tanh runs a median ‖Δθ‖ of 264, to saturated units.
    net = Network.parse("2-8-1", activation="tanh")
    d = network_data("surface", net)
    seeds = list(range(5))
    settings = SearchSettings()
    trained = train(net, d, initial_points(net, seeds), settings.train_steps, settings.learning_rate)
    runs = search_critical_points(net, d, seeds, settings)
    tol = gradient_tolerance(net, d)
    for run, start in zip(runs, trained, strict=True):
        assert run.solve_distance == pytest.approx(np.linalg.norm(run.params - start), rel=1e-12)
        assert run.solve_distance <= NETWORK_SOLVER_TRAVEL * max(1.0, np.linalg.norm(start)) * (1 + 1e-12)
        assert run.trained_loss == pytest.approx(net.value(start[None], d)[0], rel=1e-12)
        assert run.loss <= run.trained_loss * 1.5  # the point is where training was, not a far plateau
        assert run.critical == (run.gradient_norm <= tol)


def test_newton_mr_returns_to_a_nearby_critical_point():
    # A critical point of the linear autoencoder (the Baldi–Hornik saddle at θ = 0 has ±2λᵢ) from a small
    # offset: Newton-MR's minimum-norm steps converge there rather than running down the saddle.
    net = Network((4, 2, 4), activation="linear", bias=False)
    d = autoencoder_data([4.0, 3.0, 2.0, 1.0])
    start = 1e-3 * np.random.default_rng(1).normal(size=(1, 16))
    tol = gradient_tolerance(net, d)
    (theta,) = solve_gradient_roots(net, d, start, tol, NETWORK_SOLVER_ITERATIONS)
    assert np.linalg.norm(net.value_and_gradient(theta[None], d)[1]) <= tol
    assert np.linalg.norm(theta - start[0]) <= NETWORK_SOLVER_TRAVEL
    assert net.value(theta[None], d)[0] == pytest.approx(10.0, rel=1e-6)  # tr Σ: still the saddle


@pytest.mark.parametrize("scale", [1e-3, 1e-2, 1e-1])  # 1e-1: the old Newton-MR stopped at ‖∇L‖ = 7e-3
def test_the_solve_returns_to_a_tanh_networks_saddle_from_close_by(scale):
    # A saddle of 1-4-1 tanh on 'regression' (where 200 Adam steps leave run 0: L = 0.0244, 3 negative
    # eigenvalues). From a random offset of ‖δ‖ = scale the solve converges back to a saddle of the same
    # loss and index, as readily as to a minimum: it does not run down the negative directions.
    net = Network.parse("1-4-1")
    d = network_data("regression", net)
    (saddle,) = search_critical_points(net, d, [0], SearchSettings(train_steps=200))
    assert saddle.is_saddle and saddle.spectrum.negative == 3
    offset = np.random.default_rng(5).normal(size=net.parameters)
    start = saddle.params + scale * offset / np.linalg.norm(offset)
    tol = gradient_tolerance(net, d)
    (theta,) = solve_gradient_roots(net, d, start[None], tol, NETWORK_SOLVER_ITERATIONS)
    (back,) = describe_points(net, d, theta[None], [0], [0])
    assert back.critical and back.gradient_norm <= tol
    assert back.loss == pytest.approx(saddle.loss, rel=1e-9)
    assert back.spectrum.negative == saddle.spectrum.negative and back.is_saddle
    assert np.linalg.norm(theta - start) <= 10 * scale


def test_layer_sizes_typed_on_a_chinese_keyboard_parse_as_ascii():
    assert Network.parse("２－８－１").layers == (2, 8, 1)
    assert Network.parse(" 1－4－1 ").layers == (1, 4, 1)
