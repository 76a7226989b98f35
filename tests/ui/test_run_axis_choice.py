"""The run plots' x-axis: step, epoch or samples seen; disabled (saying why) on a formula; in sessions."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt

from critexplorer.core.run_axis import RUN_AXES
from critexplorer.core.runs import RunSpec
from critexplorer.files.session import load_session


@pytest.fixture(autouse=True)
def private_settings(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture
def minibatch_runs(window, model):
    model.resolution = 64
    model.load_preset("chain-data")  # 16 samples
    for batch, name in ((1, "sgd1"), (4, "sgd4"), (16, "sgd16")):
        model.runs.add_run(RunSpec("sgd", (0.5, 1.5), {"lr": 0.01}, batch_size=batch, label=name))
    model.runs.add_run(RunSpec("gd", (0.5, 1.5), {"lr": 0.01}, label="gd"))
    model.runs.step(20)
    plots = window.optimizers.plots
    assert plots.isVisible()
    return plots


def _x(plots, index) -> np.ndarray:
    return np.asarray(plots.loss_lines[index].getOriginalDataset()[0])


def test_choosing_epoch_puts_each_run_on_its_own_epochs(qtbot, window, model, minibatch_runs):
    plots = minibatch_runs
    box = plots.axis_choice.box
    assert [box.itemData(i) for i in range(box.count())] == list(RUN_AXES)
    assert all(box.model().item(i).isEnabled() for i in range(box.count()))
    assert box.currentData() == "step" and plots.loss_plot.getPlotItem().getAxis("bottom").labelText == "step"
    np.testing.assert_array_equal(_x(plots, 0), np.arange(21))
    info = plots.axis_choice.info.text()
    assert (
        "16 samples" in info
        and "sgd1: batch 1, 16 updates/epoch" in info
        and "gd: full batch, 1 update/epoch" in info
    )

    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)  # the user picks the next entry, "epoch"
    qtbot.waitUntil(lambda: model.display.run_axis == "epoch")
    for plot in (plots.loss_plot, plots.gradient_plot):
        assert plot.getPlotItem().getAxis("bottom").labelText == "epoch"
    np.testing.assert_allclose(_x(plots, 0), np.arange(21) / 16)  # batch 1: 1/16 epoch per update
    np.testing.assert_allclose(_x(plots, 1), np.arange(21) / 4)  # batch 4: 4 updates per epoch
    np.testing.assert_allclose(_x(plots, 2), np.arange(21))  # batch N: one epoch per update
    np.testing.assert_allclose(_x(plots, 3), np.arange(21))  # full-batch GD likewise
    gx = np.asarray(plots.gradient_lines[1].getOriginalDataset()[0])
    np.testing.assert_allclose(gx, np.arange(21) / 4)

    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: model.display.run_axis == "samples")
    assert plots.loss_plot.getPlotItem().getAxis("bottom").labelText == "samples seen"
    np.testing.assert_array_equal(_x(plots, 1), np.arange(21) * 4)


def test_on_a_formula_epochs_are_disabled_and_say_why(qtbot, window, model, minibatch_runs):
    plots = minibatch_runs
    model.set_display(run_axis="epoch")
    np.testing.assert_allclose(_x(plots, 1), np.arange(21) / 4)
    model.apply_formula("(1 - w1*w2)^2 + 0.1*w1^2")  # the runs are rebuilt on a formula: no samples
    model.runs.step(5)
    box = plots.axis_choice.box
    assert box.model().item(0).isEnabled()
    for index in (1, 2):
        item = box.model().item(index)
        assert not item.isEnabled() and "backed by samples" in item.toolTip()
    assert "backed by samples" in box.toolTip() and plots.axis_choice.info.text() == ""
    assert box.currentData() == "step"
    assert plots.loss_plot.getPlotItem().getAxis("bottom").labelText == "step"
    np.testing.assert_array_equal(_x(plots, 1), np.arange(6))
    assert model.display.run_axis == "epoch"  # kept for the next data-backed loss
    model.load_preset("linear-regression")
    model.runs.step(3)
    assert box.currentData() == "epoch" and box.model().item(1).isEnabled()


def test_the_choice_is_saved_in_a_session(qtbot, window, model, minibatch_runs, tmp_path):
    from critexplorer.ui.main_window import MainWindow
    from critexplorer.ui.model import ExplorerModel

    model.set_display(run_axis="samples")
    path = tmp_path / "batches.critx"
    assert window.session_actions.save_to(path)
    assert load_session(path).display["run_axis"] == "samples"
    other = MainWindow(ExplorerModel(), window.gl_status)
    qtbot.addWidget(other)
    other.show()
    assert other.session_actions.open_path(path)
    assert other.model.display.run_axis == "samples"
    plots = other.optimizers.plots
    qtbot.waitUntil(plots.isVisible)
    assert plots.axis_choice.box.currentData() == "samples"
    np.testing.assert_array_equal(_x(plots, 1), np.arange(21) * 4)


def test_the_csv_export_adds_the_axis_the_plots_count(qtbot, window, model, minibatch_runs):
    import csv
    import io

    from critexplorer.ui.export.formats import exporter_for
    from critexplorer.ui.export.scene import ExportOptions, ExportScene

    def exported_rows():
        scene = ExportScene(model, ExportOptions(view="contour"), False)
        try:
            data = exporter_for("out.csv").encode(scene, model.runs.runs, model.vars)
        finally:
            scene.close()
        return list(csv.reader(io.StringIO(data.decode("utf-8"))))

    assert exported_rows()[0] == ["run", "optimizer", "step", "w1", "w2", "loss"]
    model.set_display(run_axis="epoch")
    rows = exported_rows()
    assert rows[0] == ["run", "optimizer", "step", "epoch", "w1", "w2", "loss"]
    sgd4 = [row for row in rows[1:] if row[0] == "sgd4"]
    assert [float(row[3]) for row in sgd4] == [k / 4 for k in range(21)]


def test_the_window_option_sets_the_axis(qtbot, monkeypatch):
    from critexplorer.cli import main
    from critexplorer.ui import app

    starts = []
    monkeypatch.setattr(app, "run_window", lambda start: starts.append(start) or 0)
    assert main(["--preset", "chain-data", "--x-axis", "epoch"]) == 0
    assert main(["--preset", "chain-data"]) == 0
    assert [s.run_axis for s in starts] == ["epoch", None]
    assert main(["--preset", "chain-data", "--x-axis", "time"]) == 2
