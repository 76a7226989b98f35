"""critexplorer run: the JSON contract, CSV, text, negative starts, data presets and bad input."""

import csv
import math

import pytest

INSPECT_FIELDS = {
    "formula",
    "vars",
    "point",
    "value",
    "gradient",
    "gradient_norm",
    "hessian",
    "eigenvalues",
    "eigenvectors",
    "critical",
    "classification",
    "degenerate",
    "escape_directions",
}
OUTCOMES = {"minimum", "saddle", "maximum", "moving", "stalled", "diverged"}


def run_json(cli, *args):
    result = cli("run", *args, "--json")
    assert result.returncode == 0, result.stderr
    return result.json()


def test_gd_at_the_lecture_saddle_stays_and_is_a_saddle(cli):
    report = run_json(cli, "(1-w1*w2)^2", "--optimizer", "gd", "--start", "0,0", "--steps", "500")
    assert report["optimizer"] == "gd"
    assert report["outcome"] == "saddle"
    assert report["trajectory"] == [[0.0, 0.0, 1.0]] * 21  # it stopped moving: 20 steps, not 500
    assert report["steps"] == 20 and report["stop_reason"].startswith("it stopped moving")
    assert INSPECT_FIELDS <= set(report["final"])
    assert report["final"]["classification"] == "saddle" and report["final"]["point"] == [0.0, 0.0]


def test_eigen_escape_reaches_the_lecture_valley(cli):
    report = run_json(cli, "(1-w1*w2)^2", "--optimizer", "eigen-escape", "--start", "0,0", "--steps", "500")
    assert report["outcome"] == "minimum"
    w1, w2 = report["final"]["point"]
    assert abs(w1 * w2 - 1) < 1e-4
    x, y, _ = report["trajectory"][1]
    assert x == pytest.approx(y, rel=1e-12) and x > 0  # along (1, 1)/√2


def test_first_steps_match_hand_values_with_lr_and_momentum(cli):
    report = run_json(
        cli,
        "x^2 + 3*y^2",
        "--optimizer",
        "momentum",
        "--start",
        "1,1",
        "--steps",
        "2",
        "--lr",
        "0.1",
        "--momentum",
        "0.9",
    )
    rows = report["trajectory"]
    assert rows[0] == [1.0, 1.0, 4.0]
    assert rows[1][:2] == pytest.approx([0.8, 0.4], rel=1e-14)
    assert rows[2][:2] == pytest.approx([0.46, -0.38], rel=1e-13)
    assert rows[2][2] == pytest.approx(0.46**2 + 3 * 0.38**2, rel=1e-13)
    assert report["hyperparams"] == {"lr": 0.1, "momentum": 0.9}


@pytest.mark.parametrize("form", [["--start=-1,2"], ["--start", "-1,2"]])
def test_negative_starts_in_both_forms(cli, form):
    report = run_json(cli, "x^2 + y^2", "--optimizer", "gd", *form, "--steps", "1", "--lr", "0.25")
    assert report["trajectory"][0] == [-1.0, 2.0, 5.0]
    assert report["trajectory"][1][:2] == [-0.5, 1.0]


def test_newton_versus_saddle_free_newton_on_himmelblau(cli):
    newton = run_json(
        cli, "--preset", "himmelblau", "--optimizer", "newton", "--start=-0.1,-1.9", "--steps", "60"
    )
    free = run_json(
        cli,
        "--preset",
        "himmelblau",
        "--optimizer",
        "saddle-free-newton",
        "--start=-0.1,-1.9",
        "--steps",
        "60",
    )
    assert newton["outcome"] == "saddle"
    assert newton["final"]["point"] == pytest.approx([-0.127961, -1.953715], abs=1e-5)
    assert free["outcome"] == "minimum"


def test_divergence_is_an_outcome_not_an_error(cli):
    report = run_json(cli, "x^2+y^2", "--optimizer", "gd", "--lr", "10", "--start", "1,1", "--steps", "100")
    assert report["outcome"] == "diverged"
    assert len(report["trajectory"]) < 101
    log = run_json(cli, "log(x)+y^2", "--optimizer", "gd", "--lr", "1", "--start", "0.5,2", "--steps", "10")
    assert log["outcome"] == "diverged"
    assert log["trajectory"][0] == [0.5, 2.0, pytest.approx(math.log(0.5) + 4)]


def test_every_optimizer_gives_the_contract(cli):
    names = [
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
    for name in names:
        report = run_json(
            cli, "--preset", "himmelblau", "--optimizer", name, "--start=-1,0.5", "--steps", "30"
        )
        assert report["optimizer"] == name
        assert report["outcome"] in OUTCOMES
        # (1 + 0.5 − 11)² + (−1 + 0.25 − 7)² = 90.25 + 60.0625
        assert report["trajectory"][0] == [-1.0, 0.5, 150.3125]
        assert all(len(row) == 3 for row in report["trajectory"])


def test_sgd_on_a_data_preset_is_seeded(cli):
    args = [
        "--preset",
        "chain-data",
        "--optimizer",
        "sgd",
        "--start",
        "0.3,-0.5",
        "--steps",
        "40",
        "--batch-size",
        "2",
    ]
    a = run_json(cli, *args, "--seed", "7")
    b = run_json(cli, *args, "--seed", "7")
    c = run_json(cli, *args, "--seed", "8")
    assert a["trajectory"] == b["trajectory"] and a["trajectory"] != c["trajectory"]
    assert a["batch_size"] == 2 and a["seed"] == 7
    assert a["trajectory"][0] == [0.3, -0.5, pytest.approx((1 + 0.15) ** 2, rel=1e-14)]


def test_sgd_on_a_formula_is_gd(cli):
    sgd = run_json(cli, "x^2 + 3*y^2", "--optimizer", "sgd", "--start", "1,1", "--steps", "5", "--lr", "0.1")
    gd = run_json(cli, "x^2 + 3*y^2", "--optimizer", "gd", "--start", "1,1", "--steps", "5", "--lr", "0.1")
    assert sgd["trajectory"] == gd["trajectory"] and sgd["batch_size"] is None


def test_csv_has_a_header_and_run_optimizer_step_x_y_loss_rows(cli, tmp_path):
    path = tmp_path / "trail.csv"
    result = cli(
        "run",
        "x^2 + 3*y^2",
        "--optimizer",
        "gd",
        "--start",
        "1,1",
        "--steps",
        "3",
        "--lr",
        "0.1",
        "--csv",
        str(path),
    )
    assert result.returncode == 0, result.stderr
    with open(path, newline="") as handle:
        rows = list(csv.reader(handle))
    # One CSV writer for the CLI, export and the window: the run, its optimizer's CLI name, then the rows.
    assert rows[0] == ["run", "optimizer", "step", "x", "y", "loss"]
    assert len(rows) == 5
    assert rows[1][:2] == ["gd", "gd"] and [float(v) for v in rows[1][2:]] == [0.0, 1.0, 1.0, 4.0]
    assert [float(v) for v in rows[2][2:]] == pytest.approx([1.0, 0.8, 0.4, 0.64 + 0.48], rel=1e-14)


def test_text_output_names_the_outcome(cli):
    result = cli("run", "(1-w1*w2)^2", "--optimizer", "gd", "--start", "0,0", "--steps", "3")
    assert result.returncode == 0 and result.stderr == ""
    assert "outcome         saddle" in result.stdout
    assert "trajectory (step, w1, w2, loss):" in result.stdout


def test_schedule_and_extra_hyperparameters(cli):
    report = run_json(
        cli,
        "x^2",
        "--optimizer",
        "adam",
        "--start",
        "1,0",
        "--steps",
        "2",
        "--hp",
        "beta2=0.99",
        "--schedule",
        "step:every=1,factor=0.5",
        "--lr",
        "0.1",
    )
    assert report["hyperparams"]["beta2"] == 0.99
    assert report["schedule"] == {"name": "step", "values": {"every": 1, "factor": 0.5}}
    xs = [row[0] for row in report["trajectory"]]
    assert xs[1] == pytest.approx(0.9, rel=1e-8)  # Adam's first step is η (up to ε)
    # then η/2 = 0.05 times m̂/√v̂ with g = 2, then 1.8, and β₂ = 0.99
    m_hat = (0.9 * 0.1 * 2 + 0.1 * 1.8) / (1 - 0.9**2)
    v_hat = (0.99 * 0.01 * 4 + 0.01 * 1.8**2) / (1 - 0.99**2)
    assert xs[1] - xs[2] == pytest.approx(0.05 * m_hat / math.sqrt(v_hat), rel=1e-7)


def test_a_run_that_cannot_move_stops_at_once_and_is_stalled(cli):
    # Issue 9: `--steps 1000000 --lr 0` walked a million steps that change nothing (228 s).
    report = run_json(cli, "x^2+y^2", "--start", "1,1", "--steps", "100000", "--lr", "0")
    assert report["outcome"] == "stalled" and report["steps"] == 20
    assert report["trajectory"] == [[1.0, 1.0, 2.0]] * 21
    assert report["final"]["classification"] == "not_critical"


def test_a_run_that_settled_on_a_minimum_stops_there(cli):
    report = run_json(
        cli, "--preset", "himmelblau", "--optimizer", "adam", "--start=-0.27,-0.92", "--steps", "100000"
    )
    assert report["outcome"] == "minimum" and report["steps"] < 1000
    assert report["stop_reason"].startswith("it settled on a minimum")
    assert report["settled_at"] == pytest.approx([3.0, 2.0], abs=1e-8)


@pytest.mark.parametrize(
    "args,message",
    [
        (["x^2", "--start", "0,0", "--steps", "1000000"], "--steps must be a whole number from 0 to 100000"),
        (["x^2", "--optimizer", "lbfgs", "--start", "0,0"], "unknown optimizer"),
        (["x^2", "--optimizer", "gd", "--start", "0"], "--start needs two numbers"),
        (["x^2", "--optimizer", "gd"], "--start X,Y is required"),
        (["x^2", "--optimizer", "gd", "--start", "0,0", "--steps", "-3"], "--steps must be a whole number"),
        (["x^2", "--optimizer", "gd", "--start", "0,0", "--lr", "-1"], "lr must be between"),
        (["x^2", "--optimizer", "gd", "--start", "0,0", "--hp", "beta1=0.9"], "no hyperparameter 'beta1'"),
        (["x^2 +", "--optimizer", "gd", "--start", "0,0"], ""),
        (
            ["--preset", "chain-data", "--optimizer", "sgd", "--start", "0,0", "--batch-size", "99"],
            "between 1 and 16",
        ),
        (["x^2", "--start", "0,0", "--schedule", "warmup"], "unknown schedule"),
        (["x^2", "--start", "0,0", "--json", "--csv", "a.csv"], "not allowed with"),
    ],
)
def test_bad_input_is_exit_2_with_one_line(cli, args, message):
    result = cli("run", *args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert message in result.stderr


def test_list_shows_every_optimizer_with_its_defaults(cli):
    result = cli("run", "--list")
    assert result.returncode == 0
    assert "saddle-free-newton" in result.stdout and "beta2" in result.stdout


def test_csv_goes_through_the_atomic_writer(cli, tmp_path):
    """A FIFO at --csv is refused (it used to be replaced by a regular file); a symlink is followed."""
    import os
    import stat

    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    result = cli("run", "x^2+y^2", "--start", "1,1", "--steps", "2", "--csv", str(fifo))
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"critexplorer run: error: --csv: cannot write {fifo}: is a named pipe (FIFO), not a file"
    )
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    real, link = tmp_path / "real.csv", tmp_path / "link.csv"
    real.write_text("old")
    link.symlink_to(real)
    result = cli("run", "x^2+y^2", "--start", "1,1", "--steps", "2", "--csv", str(link))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and real.read_text().splitlines()[0] == "run,optimizer,step,x,y,loss"
