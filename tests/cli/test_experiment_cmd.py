"""critexplorer experiment: the JSON contract, same results for any number of jobs or on Dask, cancel."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys

import pytest

from critexplorer.cli import main
from critexplorer.core.limits import NETWORK_CHUNK_RUNS
from critexplorer.core.networks.datasets import network_data
from critexplorer.core.networks.experiment import ExperimentSpec, run_experiment
from critexplorer.core.networks.network import Network

RUN_KEYS = {
    "run", "seed", "params", "loss", "gradient_norm", "critical", "gradient_flat",
    "eigenvalues", "positive", "negative", "zero", "minimum_ratio", "index",
}  # fmt: skip


def run_cli(capsys, *argv):
    status = main(list(argv))
    out = capsys.readouterr()
    return status, out.out, out.err


def test_json_contract_and_counts(capsys):
    status, out, err = run_cli(
        capsys, "experiment", "--net", "2-3-1", "--runs", "12", "--jobs", "1", "--json"
    )
    assert status == 0 and "12/12 runs" in err
    report = json.loads(out)
    assert report["network"] == {
        "layers": [2, 3, 1],
        "activation": "tanh",
        "bias": True,
        "loss": "mse",
        "parameters": 13,
    }
    assert report["data"]["name"] == "surface" and len(report["data"]["inputs"]) == 64
    assert report["gradient_tolerance"] > 0 and report["zero_tolerance"] > 0
    assert [r["run"] for r in report["runs"]] == list(range(12))
    for r in report["runs"]:
        assert RUN_KEYS <= set(r) and len(r["params"]) == 13 and len(r["eigenvalues"]) == 13
        assert r["positive"] + r["negative"] + r["zero"] == 13
        assert r["minimum_ratio"] == pytest.approx(r["positive"] / 13) and r["index"] == pytest.approx(
            r["negative"] / 13
        )
        assert r["critical"] == (r["gradient_norm"] <= report["gradient_tolerance"])
        assert r["eigenvalues"] == sorted(r["eigenvalues"]) and r["seed"] == r["run"]


def test_same_seed_same_json_for_one_and_two_jobs(capsys, tmp_path):
    outs = []
    for jobs in ("1", "2"):
        path = tmp_path / f"jobs{jobs}.json"
        argv = ["--net", "2-4-1", "--runs", "25", "--seed", "3", "--jobs", jobs, "--train-steps", "200"]
        status, _, err = run_cli(capsys, "experiment", *argv, "--out", str(path))
        assert status == 0, err
        outs.append(path.read_text())
    assert outs[0] == outs[1]
    assert [r["seed"] for r in json.loads(outs[0])["runs"]] == list(range(3, 28))


def test_dask_local_cluster_gives_the_local_results():
    distributed = pytest.importorskip("distributed")
    net = Network.parse("2-3-1")
    spec = ExperimentSpec(net, network_data("surface", net), runs=15, seed=1)
    local = run_experiment(spec, jobs=1)
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as c:
        remote = run_experiment(spec, scheduler=c.scheduler_address)
    assert json.dumps(remote.to_dict()) == json.dumps(local.to_dict())


@pytest.mark.parametrize("jobs", [1, 2])
def test_cancel_keeps_the_finished_runs(jobs):
    net = Network.parse("2-3-1")
    spec = ExperimentSpec(net, network_data("surface", net), runs=60, seed=0)
    seen = []
    result = run_experiment(spec, jobs=jobs, progress=lambda done, total: seen.append(done),
                            should_stop=lambda: seen[-1] >= 10)  # fmt: skip
    assert result.cancelled and 10 <= len(result.runs) < 60
    full = {r.run: r for r in run_experiment(ExperimentSpec(net, spec.data, runs=20, seed=0), jobs=1).runs}
    for r in result.runs:  # what was kept is what an uninterrupted experiment finds
        if r.run in full:
            assert r.loss == full[r.run].loss and r.gradient_norm == full[r.run].gradient_norm


def test_cancel_with_two_jobs_lets_the_runs_under_way_finish_and_keeps_them():
    # When the stop comes two chunks are done and each worker holds another: those finish and are kept
    # (the window says so), and no worker is left running after the experiment returns.
    net = Network.parse("2-3-1")
    spec = ExperimentSpec(net, network_data("surface", net), runs=60, seed=0)
    seen = []
    result = run_experiment(spec, jobs=2, progress=lambda done, total: seen.append(done),
                            should_stop=lambda: seen[-1] >= 10)  # fmt: skip
    assert result.cancelled and 10 < len(result.runs) < 60
    assert len(result.runs) % NETWORK_CHUNK_RUNS == 0  # whole chunks only
    assert multiprocessing.active_children() == []


def test_ctrl_c_stops_cleanly_and_keeps_finished_runs(tmp_path):
    out = tmp_path / "partial.json"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "critexplorer", "experiment", "--net", "2-4-1", "--runs", "400", "--jobs", "1",
         "--out", str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    seen = b""
    while b"10/400" not in seen:
        chunk = process.stderr.read1(256)
        assert chunk, seen
        seen += chunk
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 130
    assert b"stopped; kept the" in stderr and b"Traceback" not in stderr
    report = json.loads(out.read_text())
    assert report["cancelled"] is True and 10 <= len(report["runs"]) < 400
    assert b"runs:" in stdout


def test_bad_csv_is_one_line_exit_two(capsys, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("0.5,1\n0.25,oops\n")
    status, out, err = run_cli(capsys, "experiment", "--net", "1-2-1", "--data", str(path))
    assert status == 2 and out == ""
    assert (
        err.strip()
        == "critexplorer experiment: error: --data: bad.csv line 2, column 2: 'oops' is not a number"
    )


def test_summary_text_states_counts_and_fraction(capsys):
    status, out, _ = run_cli(capsys, "experiment", "--net", "1-1-1", "--activation", "linear", "--no-bias",
                             "--runs", "6", "--jobs", "1")  # fmt: skip
    assert status == 0
    assert "data: lecture (1 sample)" in out and "critical (|grad L| <= 1e-06): 6 of 6" in out
    # 200 Adam steps: seed 3 is still on the lecture's saddle θ = 0 (L = 1, λ = ±2), the others in the valley.
    assert "minima (no negative eigenvalue): 5 of the 6 critical" in out and "saddles: 17%" in out
    assert "loss at the critical points: 0 to 1" in out


def test_network_and_directions_typed_on_a_chinese_keyboard(capsys, tmp_path):
    path = tmp_path / "lecture.json"
    argv = ["--activation", "linear", "--no-bias", "--data", "lecture", "--runs", "2", "--jobs", "1"]
    status, _, err = run_cli(capsys, "experiment", "--net", "１－１－１", *argv, "--out", str(path))
    assert status == 0, err
    assert json.loads(path.read_text())["network"]["layers"] == [1, 1, 1]
    ascii_run = run_cli(
        capsys, "inspect", "--slice", str(path), "--directions", "eig-min,eig-max", "--at", "0,0"
    )
    full_width = run_cli(
        capsys, "inspect", "--slice", str(path), "--directions", "eig－min，eig－max", "--at", "0,0"
    )
    assert full_width == ascii_run and ascii_run[0] == 0
