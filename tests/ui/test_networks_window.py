"""The Networks window: an experiment from the form fills the scatters (off the GUI thread), Cancel keeps
the finished runs, a clicked dot shows its spectrum, Open slice puts the slice into the explorer, and a
session keeps the slice itself. The oracle is the lecture's 1-1-1 case, L = (1 − w1·w2)²: its critical
points are the saddle θ = 0 (λ = ±2, L = 1) and the valley w1·w2 = 1 (λ = 0 and 2(w1² + w2²), L = 0),
so every critical run's minimum ratio is exactly 1/2."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from critexplorer.core.limits import DEFAULT_RESOLUTION, SLICE_RESOLUTION
from critexplorer.core.limits import NETWORK_CHUNK_RUNS as CHUNK
from critexplorer.core.networks import experiment
from critexplorer.files.session import SessionError, session_from_json
from critexplorer.ui.networks.workers import stop_all_network_work
from critexplorer.ui.sessions.session_state import capture_session, restore_session


@pytest.fixture
def networks(window, qtbot):
    net = window.show_networks()
    qtbot.addWidget(net)
    qtbot.waitExposed(net)
    yield net
    stop_all_network_work()


def lecture_form(net, runs: int) -> None:
    net.layers_edit.setText("1-1-1")
    net.activation_combo.setCurrentText("linear")
    net.bias_check.setChecked(False)
    net.loss_combo.setCurrentText("mse")
    net.set_data_source("lecture")
    net.runs_spin.setValue(runs)
    net.jobs_spin.setValue(1)


def run_lecture(net, qtbot, runs: int = 5) -> None:
    lecture_form(net, runs)
    qtbot.mouseClick(net.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: net.lecture_plot.dot_count() == runs, timeout=30000)


def oracle_eigenvalues(theta) -> np.ndarray:
    w1, w2 = theta
    # H of (1 − w1 w2)²: [[2 w2², 4 w1 w2 − 2], [4 w1 w2 − 2, 2 w1²]]
    h = np.array([[2 * w2**2, 4 * w1 * w2 - 2], [4 * w1 * w2 - 2, 2 * w1**2]])
    return np.linalg.eigvalsh(h)


def test_a_tiny_experiment_fills_both_scatters(networks, qtbot):
    run_lecture(networks, qtbot, runs=5)
    result = networks.result
    assert len(result.runs) == 5 and not result.cancelled
    assert all(r.critical for r in result.runs)
    for run in result.runs:
        x, y = networks.lecture_plot.positions[run.run]
        assert x == pytest.approx(0.5)  # one positive eigenvalue of two, at the saddle and on the valley
        assert y == pytest.approx(run.loss) and min(abs(y), abs(y - 1)) < 1e-9
        dx, dy = networks.dauphin_plot.positions[run.run]
        assert dx == pytest.approx(run.loss) and dy == pytest.approx(0.5 if y > 0.5 else 0.0)
    minima = sum(r.loss < 0.5 for r in result.runs)
    assert networks.lecture_plot.dot_count("minimum") == minima
    assert networks.lecture_plot.dot_count("saddle") == 5 - minima
    assert f"{5} of 5 runs critical" in networks.summary.text()
    assert networks.progress.value() == 5 and networks.run_button.isEnabled()


def test_cancel_keeps_the_finished_runs(networks, qtbot, monkeypatch):
    entered, gate, solve = threading.Event(), threading.Event(), experiment.solve_chunk

    def gated(spec, runs):  # the second chunk waits until the test has pressed Cancel
        if runs[0] >= CHUNK:
            entered.set()
            gate.wait(20)
        return solve(spec, runs)

    monkeypatch.setattr(experiment, "solve_chunk", gated)
    lecture_form(networks, 3 * CHUNK)
    qtbot.mouseClick(networks.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: networks.progress.value() == CHUNK, timeout=30000)
    assert "about" in networks.time_left.text() and "left" in networks.time_left.text()
    # The progress signal reaches the window before the worker starts the second chunk: Cancel pressed in
    # between stops it before that chunk (CHUNK runs kept, also right). Wait for the chunk to be under way.
    qtbot.waitUntil(entered.is_set, timeout=30000)
    qtbot.mouseClick(networks.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: networks.result is not None, timeout=30000)
    assert networks.result.cancelled
    assert [r.run for r in networks.result.runs] == list(range(2 * CHUNK))  # the chunk under way finished
    assert networks.lecture_plot.dot_count() == 2 * CHUNK
    assert f"Cancelled: {2 * CHUNK} of {3 * CHUNK} runs kept" in networks.time_left.text()


def test_bad_layers_and_bad_csv_are_inline_errors(networks, qtbot, tmp_path):
    networks.layers_edit.setText("2-x-1")
    qtbot.mouseClick(networks.run_button, Qt.MouseButton.LeftButton)
    assert networks.form_error.isVisible() and "2-8-1" in networks.form_error.text()
    assert not networks.runner.running
    bad = tmp_path / "bad.csv"
    bad.write_text("1,2,3\n4,five,6\n")
    networks.layers_edit.setText("2-3-1")
    networks.set_data_source(str(bad))
    qtbot.mouseClick(networks.run_button, Qt.MouseButton.LeftButton)
    assert networks.form_error.isVisible() and "line 2" in networks.form_error.text()
    good = tmp_path / "good.csv"
    good.write_text("0,0,0\n0,1,1\n1,0,1\n1,1,0\n")
    networks.set_data_source(str(good))
    networks.runs_spin.setValue(2)
    networks.jobs_spin.setValue(1)
    qtbot.mouseClick(networks.run_button, Qt.MouseButton.LeftButton)
    assert not networks.form_error.isVisible()
    qtbot.waitUntil(lambda: networks.result is not None, timeout=30000)
    assert networks.result.spec.data.inputs.shape == (4, 2)


def click_dot(qtbot, plot, run: int) -> None:
    x, y = plot.positions[run]
    scene = plot.getPlotItem().vb.mapViewToScene(QPointF(x, y))
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=plot.mapFromScene(scene))


def test_clicking_a_dot_shows_its_spectrum(networks, qtbot):
    run_lecture(networks, qtbot, runs=5)
    target = networks.result.runs[0]
    click_dot(qtbot, networks.lecture_plot, target.run)
    qtbot.waitUntil(lambda: networks.selected is not None)
    chosen = networks.selected  # dots at one place may overlap: any of them is a fair answer
    assert abs(chosen.loss - target.loss) < 1e-6
    shown = networks.spectrum_plot.eigenvalues
    np.testing.assert_allclose(shown, oracle_eigenvalues(chosen.params), atol=1e-6)
    assert f"<b>Run {chosen.run}</b>" in networks.run_numbers.text()
    assert "minimum ratio 0.5" in networks.run_numbers.text()
    assert networks.open_slice_button.isEnabled()


def open_slice(networks, qtbot, model, run: int, directions: str) -> None:
    networks.select_run(run)
    networks.directions_combo.setCurrentText(directions)
    qtbot.mouseClick(networks.open_slice_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.slice is not None and not networks.slice_loader.busy, timeout=30000)


def test_open_slice_shows_the_slice_with_hessian_diag_of_the_eigenvalues(networks, window, qtbot, model):
    model.apply_formula("x^2 - y^2")
    run_lecture(networks, qtbot, runs=5)
    run = networks.result.runs[0]
    open_slice(networks, qtbot, model, run.run, "eig-min,eig-max")
    assert model.loss is model.slice.loss and model.preset is None
    assert model.landscape.resolution == SLICE_RESOLUTION == window.window_controls.resolution.value()
    assert model.formula_text == f"1-1-1 run {run.run} along eig-min,eig-max"
    assert model.loss.value(0.0, 0.0) == pytest.approx(run.loss, abs=1e-12)
    lam = oracle_eigenvalues(run.params)
    analysis = model.analysis
    np.testing.assert_allclose(analysis.point, [0.0, 0.0])
    np.testing.assert_allclose(analysis.hessian, np.diag(lam), atol=1e-8)
    text = window.point_panel.copy_text()  # what the Point panel shows, as text
    assert f"L(a, b) = 1-1-1 run {run.run} along eig-min,eig-max" in text
    shown = {}
    for line in text.splitlines():
        if line.startswith(("λ₁ = ", "λ₂ = ")):
            shown[line[:2]] = float(line.split(",")[0].split("=")[1].replace("−", "-"))
    assert shown["λ₁"] == pytest.approx(lam[0], abs=1e-6) and shown["λ₂"] == pytest.approx(lam[1], rel=1e-5)
    assert window.formula_bar.editor.text() == model.formula_text
    shown_slice = model.slice
    assert model.undo() and model.slice is None and model.formula_text == "x^2 - y^2"
    assert model.landscape.resolution == DEFAULT_RESOLUTION
    assert model.redo() and model.slice is shown_slice and model.loss is shown_slice.loss


def test_a_bad_direction_is_an_inline_error(networks, qtbot, model):
    run_lecture(networks, qtbot, runs=2)
    networks.select_run(0)
    networks.directions_combo.setCurrentText("eig:5,eig-max")
    qtbot.mouseClick(networks.open_slice_button, Qt.MouseButton.LeftButton)
    assert networks.slice_error.isVisible() and "eig:0 to eig:1" in networks.slice_error.text()
    assert model.slice is None


def test_a_session_keeps_the_slice_itself(networks, qtbot, model):
    from critexplorer.ui.model import ExplorerModel

    run_lecture(networks, qtbot, runs=3)
    run = networks.result.runs[-1]
    open_slice(networks, qtbot, model, run.run, "eig-max,random:3")
    model.set_window((-0.5, 0.4), (-0.3, 0.2))
    text = capture_session(model).to_json()
    session = session_from_json(text)
    assert session.slice is not None and session.slice.directions == ("eig-max", "random:3")
    fresh = ExplorerModel()
    restore_session(session, fresh)
    assert fresh.slice is not None and fresh.formula_text == model.formula_text
    np.testing.assert_array_equal(fresh.slice.theta, run.params)
    assert fresh.slice.network == model.slice.network
    assert (fresh.landscape.xlim, fresh.landscape.ylim) == ((-0.5, 0.4), (-0.3, 0.2))
    a, b = np.meshgrid(np.linspace(-0.5, 0.4, 5), np.linspace(-0.3, 0.2, 5))
    np.testing.assert_allclose(fresh.loss.value(a, b), model.loss.value(a, b), rtol=1e-12, atol=1e-14)
    with pytest.raises(SessionError, match="slice.theta"):
        session_from_json(text.replace('"theta": [', '"theta": [1.0, '))


def test_slice_options_open_the_slice_in_the_window(window, monkeypatch, tmp_path, capsys):
    import json

    from critexplorer.cli import main
    from critexplorer.core.networks.datasets import network_data
    from critexplorer.core.networks.network import Network
    from critexplorer.ui import app

    network = Network.parse("1-1-1", activation="linear", bias=False)
    spec = experiment.ExperimentSpec(network, network_data("lecture", network), runs=2, seed=4)
    results = tmp_path / "results.json"
    results.write_text(json.dumps(experiment.run_experiment(spec, jobs=1).to_dict()))
    starts = []
    monkeypatch.setattr(app, "run_window", lambda start: starts.append(start) or 0)
    assert main(["--slice", str(results), "--slice-run", "1", "--directions", "eig-max,eig-min"]) == 0
    start = starts[0]
    theta = json.loads(results.read_text())["runs"][1]["params"]
    np.testing.assert_array_equal(start.slice.theta, theta)
    app.apply_start(window, start)
    model = window.model
    assert model.slice is start.slice and model.formula_text == "1-1-1 run 1 along eig-max,eig-min"
    model.select((0.0, 0.0))
    lam = oracle_eigenvalues(theta)
    np.testing.assert_allclose(model.analysis.hessian, np.diag(lam[::-1]), atol=1e-8)
    assert main(["--slice", str(results), "--directions", "eig-min"]) == 2
    assert "--directions needs two directions" in capsys.readouterr().err


def test_a_slices_landscape_on_zoom_is_computed_off_the_gui_thread(networks, qtbot, model, monkeypatch):
    # The window installs slice_landscape: a zoom waits in a local event loop while a QThread computes,
    # so timers (painting, input) keep firing on the GUI thread; the fields come computed.
    from critexplorer.ui.model import Landscape
    from critexplorer.ui.networks import landscape_wait

    run_lecture(networks, qtbot, runs=2)
    open_slice(networks, qtbot, model, 0, "eig-min,eig-max")
    gui, threads, ticks = threading.get_ident(), [], []
    real = Landscape.compute

    def slow(*args):
        threads.append(threading.get_ident())
        release.wait(10)
        return real(*args)

    release = threading.Event()
    monkeypatch.setattr(Landscape, "compute", staticmethod(slow))
    from PySide6.QtCore import QTimer

    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(1) if len(ticks) < 5 else release.set())
    ticker.start(20)
    assert model.set_window((-0.25, 0.25), (-0.5, 0.5))
    ticker.stop()
    assert threads and threads[0] != gui and len(ticks) == 5  # the GUI thread ran events meanwhile
    assert (model.landscape.xlim, model.landscape.ylim) == ((-0.25, 0.25), (-0.5, 0.5))
    assert "fields" in vars(model.landscape)  # gradients and Hessians too, in the worker
    assert model.history.can_undo

    # Cancel: nothing changes, no undo step.
    monkeypatch.setattr(landscape_wait, "_wait", lambda *args: None)
    depth = len(model.history._undo)
    assert model.set_window((-0.1, 0.1), (-0.1, 0.1))
    assert (model.landscape.xlim, model.landscape.ylim) == ((-0.25, 0.25), (-0.5, 0.5))
    assert len(model.history._undo) == depth
    model.set_resolution(64)
    assert model.resolution == SLICE_RESOLUTION and model.landscape.resolution == SLICE_RESOLUTION


def test_a_session_with_a_slice_opens_off_the_gui_thread_and_cancel_keeps_the_view(
    networks, qtbot, model, monkeypatch
):
    from critexplorer.ui.networks import landscape_wait

    run_lecture(networks, qtbot, runs=2)
    open_slice(networks, qtbot, model, 1, "eig-max,random:3")
    model.set_window((-0.5, 0.4), (-0.3, 0.2))
    session = session_from_json(capture_session(model).to_json())
    model.apply_formula("x^2 - y^2")
    waits = []
    real = landscape_wait._wait
    monkeypatch.setattr(landscape_wait, "_wait", lambda *args: waits.append(args[4]) or real(*args))
    restore_session(session, model)
    assert waits == [session.resolution] and model.slice is not None
    assert (model.landscape.xlim, model.landscape.ylim) == ((-0.5, 0.4), (-0.3, 0.2))
    model.apply_formula("x^2 - y^2")
    monkeypatch.setattr(landscape_wait, "_wait", lambda *args: None)
    with pytest.raises(SessionError, match="cancelled"):
        restore_session(session, model)
    assert model.slice is None and model.formula_text == "x^2 - y^2"


def test_the_networks_window_switches_language_live(networks, qtbot, window):
    from critexplorer.ui import translations

    run_lecture(networks, qtbot, runs=1)
    networks.select_run(0)
    assert networks.time_left.text() == "1 run done" and networks.run_button.text() == "Run"
    try:
        translations.set_language("zh_TW")
        qtbot.waitUntil(lambda: networks.run_button.text() == "執行")
        assert networks.time_left.text() == "完成 1 次執行"
        assert networks.form.labelForField(networks.layers_edit).text() == "層"
        assert networks.lecture_plot.plotItem.titleLabel.text == "講義的圖：訓練損失對最小值比例"
        assert "1 次執行中 1 次到達臨界點" in networks.summary.text()
        assert networks.run_numbers.text().startswith("<b>執行 0</b>（隨機種子 0）：")
        legend = [label.text for _sample, label in networks.lecture_plot.legend.items]
        assert legend == ["臨界點，鞍點"] or legend == ["臨界點，最小值（無負 λ）"]
        titles = [
            m.title() for m in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu()))
        ]
        assert "網路(&N)" in titles
        translations.set_language("zh_CN")
        qtbot.waitUntil(lambda: networks.run_button.text() == "运行")
        assert networks.data_combo.itemText(0) == "（默认）"
        xor = networks.data_combo.findText("xor")
        assert networks.data_combo.itemData(xor, Qt.ItemDataRole.ToolTipRole) == (
            "XOR 的 4 个点（2 个输入，1 个目标：0 或 1，或其类别）"
        )
    finally:
        translations.set_language("en")
    qtbot.waitUntil(lambda: networks.run_button.text() == "Run")
    assert networks.data_combo.itemText(0) == "(default)" and networks.time_left.text() == "1 run done"
    tip = networks.data_combo.itemData(networks.data_combo.findText("xor"), Qt.ItemDataRole.ToolTipRole)
    assert tip == "the 4 XOR points (2 inputs, 1 target: 0 or 1, or its class)"


def test_scatters_draw_non_critical_and_gradient_flat_runs_marked_apart(networks):
    from dataclasses import replace

    from critexplorer.core.networks.critical_search import describe_points
    from critexplorer.core.networks.datasets import network_data
    from critexplorer.core.networks.network import Network

    net = Network((1, 1, 1), activation="linear", bias=False)
    d = network_data("lecture", net)
    # θ = 0: the saddle; (1, 1): the valley (a minimum); (0.5, 0.5) and (0.3, 0.2): not critical.
    runs = describe_points(
        net, d, np.array([[0.0, 0.0], [1.0, 1.0], [0.5, 0.5], [0.3, 0.2]]), [0] * 4, range(4)
    )
    assert [r.critical for r in runs] == [True, True, False, False]
    runs[3] = replace(runs[3], gradient_flat=True)  # as a stalled search would report it
    for plot in (networks.lecture_plot, networks.dauphin_plot):
        plot.set_runs(runs)
        assert [plot.dot_count(k) for k in ("saddle", "minimum", "stalled", "flat")] == [1, 1, 1, 1]
        assert plot.items["stalled"].opts["symbol"] != plot.items["flat"].opts["symbol"] != "o"
    x, y = networks.lecture_plot.items["stalled"].getData()
    assert (x[0], y[0]) == (runs[2].spectrum.minimum_ratio, runs[2].loss)
    legend = [label.text for _sample, label in networks.lecture_plot.legend.items]
    assert legend == [
        "critical, minimum (no negative λ)",
        "critical, saddle",
        "gradient-flat (not critical)",
        "not critical",
    ]


def test_a_shown_slice_exports_as_a_picture_from_the_window(networks, qtbot, model):
    # What File → Export does with the model: a scene of throwaway view copies, here of the slice.
    import io

    from PIL import Image

    from critexplorer.ui.export.formats import exporter_for
    from critexplorer.ui.export.scene import ExportOptions, ExportScene

    run_lecture(networks, qtbot, runs=2)
    open_slice(networks, qtbot, model, 0, "eig-min,eig-max")
    scene = ExportScene(model, ExportOptions(view="contour", width=480, height=320, scale=1.0), False)
    try:
        data = exporter_for("out.png").export(scene, [])
    finally:
        scene.close()
    image = np.asarray(Image.open(io.BytesIO(data)).convert("RGB"), float)
    assert image.shape == (320, 480, 3) and image.std() > 20
