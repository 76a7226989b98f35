"""Network slices: eigen-directions give diag(λ_A, λ_B) at (0, 0); random ones are filter-normalised."""

from __future__ import annotations

import json
import os

import numpy as np
import pytest

from critexplorer.cli import main
from critexplorer.core.networks.critical_search import describe_points
from critexplorer.core.networks.datasets import network_data
from critexplorer.core.networks.experiment import ExperimentResult, ExperimentSpec
from critexplorer.core.networks.network import Network
from critexplorer.core.networks.slices import SliceError, slice_from_report, slice_loss


@pytest.fixture(scope="module")
def saddle():
    """The 4-2-4 linear autoencoder at θ = 0, a saddle with eigenvalues ±2λᵢ (λ = 4, 3, 2, 1)."""
    net = Network((4, 2, 4), activation="linear", bias=False)
    q, _ = np.linalg.qr(np.random.default_rng(3).normal(size=(8, 4)))
    X = q * np.sqrt(8 * np.array([4.0, 3.0, 2.0, 1.0]))
    from critexplorer.core.networks.datasets import NetworkData

    data = NetworkData("cov", X, X.copy())
    theta = np.random.default_rng(0).normal(scale=1e-13, size=16)  # not exactly 0: a generic point
    return net, data, theta


def test_eigen_directions_give_the_diagonal_hessian(saddle):
    net, data, theta = saddle
    made = slice_loss(net, data, theta, ["eig-min", "eig-max"])
    point = made.loss.at((0.0, 0.0))
    assert point.hessian == pytest.approx(np.diag([-8.0, 8.0]), abs=1e-9)
    assert point.value == pytest.approx(10.0)
    made = slice_loss(net, data, theta, ["eig:2", "eig:13"])  # -6 and 6 in ascending order
    assert made.loss.at((0.0, 0.0)).hessian == pytest.approx(np.diag([-6.0, 6.0]), abs=1e-9)


def test_tanh_network_slice_matches_its_spectrum():
    net = Network.parse("2-3-1")
    data = network_data("surface", net)
    theta = net.initial_parameters(np.random.default_rng(1))
    lam = np.linalg.eigvalsh(net.hessians(theta[None], data)[0])
    made = slice_loss(net, data, theta, ["eig-min", "eig-max"])
    point = made.loss.at((0.0, 0.0))
    assert point.value == pytest.approx(net.value(theta[None], data)[0], rel=1e-12)
    assert point.hessian == pytest.approx(np.diag([lam[0], lam[-1]]), rel=1e-8, abs=1e-10 * abs(lam).max())
    # Along a, b the slice is the network's loss at θ* + a·d₁ + b·d₂.
    d1, d2 = made.vectors
    assert made.loss.value(0.3, -0.2) == pytest.approx(
        net.value((theta + 0.3 * d1 - 0.2 * d2)[None], data)[0]
    )


def test_random_directions_are_filter_normalised_and_orthogonal():
    net = Network.parse("2-3-1")
    data = network_data("surface", net)
    theta = net.initial_parameters(np.random.default_rng(2))
    made = slice_loss(net, data, theta, ["random:1", "random:2"])
    d1, d2 = made.vectors
    assert abs(d1 @ d2) <= 1e-12 * np.linalg.norm(d1) * np.linalg.norm(d2)
    for (W, _), (V, c) in zip(net.split(theta), net.split(d1), strict=True):
        assert np.linalg.norm(V, axis=0) == pytest.approx(np.linalg.norm(W, axis=0))  # per unit
        assert np.all(c == 0)
    assert made.xlim == (-1.0, 1.0)


def test_bad_directions_are_refused():
    net = Network.parse("2-3-1")
    data = network_data("surface", net)
    theta = net.initial_parameters(np.random.default_rng(2))
    with pytest.raises(SliceError, match="eig:0 to eig:12"):
        slice_loss(net, data, theta, ["eig:13", "eig-max"])
    with pytest.raises(SliceError, match="the same"):
        slice_loss(net, data, theta, ["eig-max", "eig-max"])
    with pytest.raises(SliceError, match="unknown direction"):
        slice_loss(net, data, theta, ["up", "eig-max"])


def test_cli_inspect_critical_and_run_take_a_slice(tmp_path, capsys, saddle):
    net, data, theta = saddle
    spec = ExperimentSpec(net, data, runs=1)
    report = ExperimentResult(spec, describe_points(net, data, theta[None], [0], [0])).to_dict()
    path = tmp_path / "results.json"
    path.write_text(json.dumps(report))
    assert slice_from_report(report, 0, ["eig-min", "eig-max"]).loss.at((0, 0)).value == pytest.approx(10.0)
    argv = ["--slice", str(path), "--slice-run", "0", "--directions", "eig-min,eig-max"]
    assert main(["inspect", *argv, "--at", "0,0", "--json"]) == 0
    inspected = json.loads(capsys.readouterr().out)
    assert inspected["classification"] == "saddle" and inspected["eigenvalues"] == pytest.approx([-8, 8])
    assert inspected["vars"] == ["a", "b"]
    assert main(["run", *argv, "--optimizer", "gd", "--start", "0.01,0.01", "--steps", "3", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["trajectory"]) == 4
    assert main(["inspect", "--slice", str(path), "--slice-run", "5", "--at", "0,0"]) == 2
    assert "no run 5 in the results" in capsys.readouterr().err
    assert main(["inspect", "x^2", "--slice", str(path), "--at", "0,0"]) == 2
    assert "one of FORMULA" in capsys.readouterr().err


@pytest.mark.parametrize(
    "directions", [("random:1", "eig-max"), ("eig:3", "random:4"), ("random:5", "random:6")]
)
def test_analytic_slice_fields_match_autograd_on_the_same_loss(directions):
    from critexplorer.core.loss import Loss

    net = Network.parse("2-4-1", activation="softplus")
    data = network_data("surface", net)
    theta = net.initial_parameters(np.random.default_rng(7))
    made = slice_loss(net, data, theta, list(directions))
    d1, d2 = made.vectors
    assert abs(d1 @ d2) <= 1e-12 * np.linalg.norm(d1) * np.linalg.norm(d2)
    traced = Loss(made.loss._evaluate, vars=("a", "b"), uses_both=True)  # autograd through the same loss
    X, Y = np.meshgrid(np.linspace(*made.xlim, 7), np.linspace(*made.ylim, 5))
    ours, theirs = made.loss.fields_at(X, Y), traced.fields_at(X, Y)
    for name in ("value", "gx", "gy", "hxx", "hxy", "hyy"):
        a, b = getattr(ours, name), getattr(theirs, name)
        assert np.max(np.abs(a - b)) <= 1e-8 * np.max(np.abs(b)), name


def _edited(report: dict, edit) -> dict:
    edited = json.loads(json.dumps(report))
    edit(edited)
    return edited


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (lambda r: r["runs"][0].update(run=1e309), "not an experiment's results"),  # json reads inf
        (lambda r: r["runs"][0].update(params={"a": 1}), "not an experiment's results"),
        (lambda r: r["runs"][0].pop("params"), "not an experiment's results"),
        (lambda r: r["runs"][0].update(params=[float("nan")] * 16), "do not fit the 4-2-4 network"),
        (lambda r: r["network"].update(layers=[4, "x", 4]), "not an experiment's results"),
        (lambda r: r["network"].update(layers=[4, 0, 4]), "the results' network: a network needs"),
        (lambda r: r["network"].update(layers=[4, 1000, 4]), "8000 parameters; at most 500"),
        (lambda r: r.update(data=[1, 2]), "not an experiment's results"),
        (lambda r: r["data"].update(targets=[1, 2]), "do not fit the 4-2-4 network"),  # a broadcast error
        (lambda r: r["runs"][0].update(params=[1e200] * 16), "its numbers overflow"),
    ],
)
def test_a_broken_results_file_is_a_slice_error_naming_the_problem(saddle, edit, words):
    net, data, theta = saddle
    spec = ExperimentSpec(net, data, runs=1)
    report = ExperimentResult(spec, describe_points(net, data, theta[None], [0], [0])).to_dict()
    with pytest.raises(SliceError, match=words), np.errstate(all="ignore"):  # as the CLI runs it
        slice_from_report(_edited(report, edit), 0, ["eig-min", "eig-max"])
    from critexplorer.core.networks.results import result_from_report

    assert len(result_from_report(report).runs) == 1
    with pytest.raises(SliceError, match="runs_requested must be 1 to"):
        result_from_report(_edited(report, lambda r: r.update(runs_requested=2**63)))
    with pytest.raises(SliceError, match="do not fit the 4-2-4 network"):
        result_from_report(_edited(report, lambda r: r["runs"][0].update(eigenvalues=[1.0])))


def test_the_cli_reads_only_a_regular_results_file(tmp_path, capsys):
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)  # opening it to read would wait for a writer forever
    (tmp_path / "folder.json").mkdir()
    for name, words in [
        ("fifo.json", "it is not a regular file"),
        ("folder.json", "it is a folder"),
        ("gone.json", "No such file or directory"),
    ]:
        assert main(["inspect", "--slice", str(tmp_path / name), "--at", "0,0"]) == 2
        assert f"error: --slice: cannot read {tmp_path / name}: {words}" in capsys.readouterr().err


def test_the_cli_says_a_broken_results_file_in_one_line(tmp_path, capsys):
    path = tmp_path / "results.json"
    for text in ('{"runs": [{"run": 1e999}]}', "[" * 100000, "\x00\x01junk", '{"network": []}'):
        path.write_text(text)
        assert main(["inspect", "--slice", str(path), "--at", "0,0"]) == 2
        err = capsys.readouterr().err
        assert err.startswith("critexplorer inspect: error: --slice:") and err.count("\n") == 1, err


def test_directions_typed_on_a_chinese_keyboard_are_the_ascii_names():
    from critexplorer.core.networks.slices import check_direction

    assert check_direction("eig－min", 5) == "eig-min"
    assert check_direction("ｅｉｇ：３", 5) == "eig:3"
    assert check_direction("random：７", 5) == "random:7"
