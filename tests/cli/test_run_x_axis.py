"""critexplorer run --x-axis: epochs or samples seen beside each step, on data-backed presets only."""

import csv
import io

import pytest

CHAIN = ("--preset", "chain-data", "--optimizer", "sgd", "--start", "0.3,-0.5", "--steps", "9")


@pytest.mark.parametrize("batch,per_update", [("1", 1 / 16), ("4", 0.25), ("16", 1.0)])
def test_json_gives_each_rows_epoch(cli, batch, per_update):
    result = cli("run", *CHAIN, "--batch-size", batch, "--x-axis", "epoch", "--json")
    assert result.returncode == 0, result.stderr
    report = result.json()
    along = report["x_axis"]
    assert (along["axis"], along["samples"], along["batch_size"]) == ("epoch", 16, int(batch))
    assert along["updates_per_epoch"] == round(1 / per_update)
    assert along["values"] == pytest.approx([k * per_update for k in range(10)], abs=1e-15)
    assert len(along["values"]) == len(report["trajectory"])


def test_csv_has_a_samples_seen_column_with_the_short_last_batch(cli):
    result = cli("run", *CHAIN, "--batch-size", "5", "--x-axis", "samples", "--csv", "-")
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["run", "optimizer", "step", "samples_seen", "w1", "w2", "loss"]
    # 16 samples in batches of 5, 5, 5 and 1
    assert [int(row[3]) for row in rows[1:]] == [0, 5, 10, 15, 16, 21, 26, 31, 32, 37]


def test_text_says_the_updates_per_epoch(cli):
    result = cli("run", *CHAIN, "--batch-size", "4", "--x-axis", "epoch")
    assert result.returncode == 0, result.stderr
    assert "4 updates per epoch (16 samples, batch 4)" in result.stdout
    assert "trajectory (step, epoch, w1, w2, loss):" in result.stdout


def test_a_formula_has_no_epochs(cli):
    result = cli("run", "x^2 + y^2", "--start", "1,1", "--x-axis", "epoch")
    assert result.returncode == 2 and "needs a data-backed preset" in result.stderr
    plain = cli("run", "x^2 + y^2", "--start", "1,1", "--steps", "2", "--json")
    assert "x_axis" not in plain.json()
