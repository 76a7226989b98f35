"""The optimizer panel in the window: adding runs, Step / Play / Pause / Reset, outcome labels,
Ctrl+click start, formula changes (runs re-bound), divergence, keyboard, plots and trails."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from critexplorer.core.limits import RACE
from critexplorer.core.optimizers.hyperparams import OptimizerError
from critexplorer.core.runs import Run, RunSpec
from critexplorer.core.tolerances import RUN_SETTLE_STEPS


@pytest.fixture
def panel(window):
    window.side_tabs.setCurrentWidget(window.optimizer_panel)
    return window.optimizer_panel


def add(window, optimizer, start, **kwargs):
    return window.model.runs.add_run(RunSpec(optimizer, start, **kwargs))


def contour_trail(window, index):
    xs, ys = window.optimizers.contour_trails.trails[index].getData()
    return np.column_stack([xs, ys])


def test_adding_a_run_from_the_form_and_stepping_grows_its_trail_and_moves_its_marker(
    qtbot, window, model, panel
):
    model.load_preset("himmelblau")
    panel.optimizer_combo.setCurrentIndex(panel.optimizer_combo.findData("gd"))
    panel.start_x.setValue(-0.3)
    panel.start_y.setValue(-0.9)
    panel.start_x.editingFinished.emit()
    panel.hyper_form.boxes["lr"].setValue(0.02)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    (entry,) = window.model.runs.runs
    assert entry.optimizer.name == "gd" and entry.optimizer.hp["lr"] == 0.02
    assert tuple(entry.start) == (-0.3, -0.9)
    assert panel.table.rowCount() == 1 and panel.table.item(0, 1).text() == "Gradient descent"
    assert np.array_equal(contour_trail(window, 0), [[-0.3, -0.9]])

    for _ in range(3):
        qtbot.mouseClick(panel.step_button, Qt.MouseButton.LeftButton)
    assert len(entry.trail) == 4 and entry.steps_taken == 3
    # the same steps as the core run, drawn as they are
    reference = Run(model.loss, RunSpec("gd", (-0.3, -0.9), {"lr": 0.02}, max_steps=3)).run_to_end()
    assert np.allclose(entry.trail.points, reference.trail.points)
    assert np.allclose(contour_trail(window, 0), reference.trail.points)
    marker = window.optimizers.contour_trails.markers.getData()
    assert np.allclose((marker[0][0], marker[1][0]), reference.point)
    assert panel.table.item(0, 2).text() == "3"
    # the plots show one line per run, one point per trail point
    loss_x, loss_y = window.optimizers.plots.loss_lines[0].getOriginalDataset()
    assert list(loss_x) == [0, 1, 2, 3] and np.allclose(loss_y, reference.trail.values)
    if window.optimizers.surface_trails is not None:
        pos = window.optimizers.surface_trails.trails[0].pos  # every run's segments, as pairs
        assert pos.shape == (6, 3)  # 4 points, 3 segments
        assert np.array_equal(pos[1:-1:2], pos[2::2])  # each segment starts where the last ended
        on_surface = window.surface_view.scene_point_of(*reference.point)
        assert pos[-1][2] > on_surface[2]  # lifted above the surface
        assert np.allclose(pos[-1][:2], on_surface[:2], atol=1e-5)


def test_play_advances_and_pause_stops(qtbot, window, model, panel):
    model.load_preset("himmelblau")
    entry = add(window, "adam", (0.0, 0.0))
    window.model.runs.set_step_limit(100_000)
    window.run_player.set_speed(500)
    qtbot.mouseClick(panel.play_button, Qt.MouseButton.LeftButton)
    assert window.run_player.playing and panel.play_button.text().startswith("Pause")
    qtbot.waitUntil(lambda: entry.steps_taken >= 20, timeout=5000)
    qtbot.mouseClick(panel.play_button, Qt.MouseButton.LeftButton)
    assert not window.run_player.playing and panel.play_button.text().startswith("Play")
    stopped_at = entry.steps_taken
    # the timer no longer fires: a few event-loop turns later the run has not moved
    for _ in range(5):
        qtbot.wait(20)
    assert entry.steps_taken == stopped_at
    assert len(contour_trail(window, 0)) == stopped_at + 1
    assert panel.table.item(0, 2).text() == str(stopped_at)


def test_play_stops_by_itself_at_the_step_limit(qtbot, window, model, panel):
    model.load_preset("bowl")
    entry = add(window, "gd", (1.0, 1.0), hyperparams={"lr": 0.4})  # θ shrinks ×0.2 per step
    window.model.runs.set_step_limit(30)
    window.run_player.set_speed(1000)
    window.run_player.play()
    qtbot.waitUntil(lambda: not window.run_player.playing, timeout=5000)
    assert entry.steps_taken == 30 and entry.outcome == "minimum"
    assert panel.outcome_labels() == ["minimum"]


def test_reset_returns_every_run_to_its_start(qtbot, window, model, panel):
    model.load_preset("himmelblau")
    window.model.runs.set_start((-0.3, -0.9))
    window.model.runs.add_race()
    window.model.runs.step(10)
    assert all(len(e.trail) == 11 for e in window.model.runs.runs)
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    for index, entry in enumerate(window.model.runs.runs):
        assert len(entry.trail) == 1 and entry.steps_taken == 0 and entry.outcome is None
        assert np.array_equal(entry.trail.points[0], (-0.3, -0.9))
        assert np.array_equal(contour_trail(window, index), [[-0.3, -0.9]])
    assert set(panel.outcome_labels()) == {"ready"}


def test_lecture_gd_at_the_saddle_is_labelled_saddle_and_eigen_escape_minimum(qtbot, window, model, panel):
    model.load_preset("lecture")
    window.model.runs.set_step_limit(200)
    gd = add(window, "gd", (0.0, 0.0))
    escape = add(window, "eigen-escape", (0.0, 0.0))
    assert panel.outcome_labels() == ["ready", "ready"]
    window.run_player.play()
    window.run_player.set_speed(5000)
    qtbot.waitUntil(lambda: window.model.runs.finished, timeout=10000)
    assert gd.outcome == "saddle" and np.array_equal(gd.point, (0.0, 0.0))
    assert escape.outcome == "minimum"
    w1, w2 = escape.point
    assert abs(w1 * w2 - 1.0) < 1e-3  # on the valley w1·w2 = 1
    qtbot.waitUntil(lambda: panel.outcome_labels() == ["saddle", "minimum"])
    saddle_item = panel.table.item(0, 4)
    assert saddle_item.foreground().color().name() == "#ffa630"
    assert "stopped moving" in saddle_item.toolTip()


def test_play_stops_runs_that_settled_long_before_the_step_limit(qtbot, window, model, panel):
    model.load_preset("himmelblau")
    window.model.runs.set_step_limit(100_000)
    stalled = add(window, "gd", (1.0, 1.0), hyperparams={"lr": 0.0})
    settled = add(window, "newton", (-0.1, -1.9))  # onto the saddle at (−0.128, −1.954), in roundoff
    window.run_player.set_speed(5000)
    window.run_player.play()
    qtbot.waitUntil(lambda: not window.run_player.playing, timeout=20000)
    assert stalled.outcome == "stalled" and stalled.steps_taken == RUN_SETTLE_STEPS
    assert settled.outcome == "saddle" and settled.steps_taken < 100
    assert np.allclose(settled.point, (-0.127961, -1.953715), atol=1e-6)
    qtbot.waitUntil(lambda: panel.outcome_labels() == ["stalled", "saddle"])
    assert panel.step_limit.value() == 100_000  # the box shows a limit set by the model (as --steps does)


def test_ctrl_click_sets_the_start_at_the_clicked_point_and_does_not_select(qtbot, window, model, panel):
    model.load_preset("himmelblau")
    view = window.contour_view
    vb = view.view_box
    (x0, x1), (y0, y1) = vb.viewRange()
    pixel = max((x1 - x0) / vb.width(), (y1 - y0) / vb.height())
    marker = window.optimizers.contour_trails.start_marker
    assert not marker.isVisible()  # no runs and no start chosen: no stray cross in the middle
    qtbot.mouseClick(
        view.plot_widget.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        view.scene_position_of(2.5, -1.25),
    )
    assert marker.isVisible()
    start = window.model.runs.start
    assert np.allclose(start, (2.5, -1.25), atol=2 * pixel)
    assert model.analysis is None  # Ctrl+click sets the start, it does not select
    assert (panel.start_x.value(), panel.start_y.value()) == pytest.approx(tuple(start), abs=1e-12)
    xs, ys = window.optimizers.contour_trails.start_marker.getData()
    assert (xs[0], ys[0]) == tuple(start)
    # a run added now starts there
    panel.add_run_from_form()
    assert np.array_equal(window.model.runs.runs[0].start, start)
    # "Set start" mode: a plain click sets the start too, until the mode is switched off
    qtbot.mouseClick(panel.set_start_button, Qt.MouseButton.LeftButton)
    assert model.start_pick_mode
    qtbot.mouseClick(
        view.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=view.scene_position_of(-3.0, 3.0)
    )
    assert np.allclose(window.model.runs.start, (-3.0, 3.0), atol=2 * pixel) and model.analysis is None
    qtbot.mouseClick(panel.set_start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(
        view.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=view.scene_position_of(1.0, 1.0)
    )
    assert model.analysis is not None and np.allclose(window.model.runs.start, (-3.0, 3.0), atol=2 * pixel)


def test_a_new_formula_rebinds_the_runs_to_it_from_their_starts(qtbot, window, model, panel):
    model.load_preset("himmelblau")
    window.model.runs.set_start((1.0, 1.0))
    window.model.runs.add_race(["gd", "adam"])
    old_loss = window.model.runs.runs[0].loss
    window.model.runs.step(25)
    window.run_player.play()
    model.apply_formula("x^2 + 3*y^2")
    assert not window.run_player.playing
    assert [e.optimizer.name for e in window.model.runs.runs] == ["gd", "adam"]
    for index, entry in enumerate(window.model.runs.runs):
        assert entry.loss is model.loss and entry.loss is not old_loss
        assert len(entry.trail) == 1 and np.array_equal(entry.trail.points[0], (1.0, 1.0))
        assert entry.trail.values[0] == 4.0  # the new formula's value at the start
        assert len(contour_trail(window, index)) == 1
    # zooming keeps the runs as they are
    window.model.runs.step(5)
    model.set_window((-3, 3), (-3, 3))
    assert all(e.steps_taken == 5 for e in window.model.runs.runs)
    # and so does the same formula applied again (the formula bar re-applies when it loses focus)
    model.apply_formula("x^2 + 3*y^2")
    assert all(e.steps_taken == 5 for e in window.model.runs.runs)


def test_a_diverging_run_shows_diverged_without_exceptions(qtbot, window, model, panel):
    model.load_preset("bowl")
    entry = add(window, "gd", (1.0, 1.0), hyperparams={"lr": 5.0})  # |1 − 2·5| = 9 per step: blows up
    calm = add(window, "gd", (1.0, 1.0), hyperparams={"lr": 0.1})
    window.model.runs.set_arrows(gradient=True, update=True)
    window.run_player.set_speed(2000)
    window.run_player.play()
    qtbot.waitUntil(lambda: entry.finished, timeout=5000)
    assert entry.outcome == "diverged" and "bounding box" in entry.stop_reason
    assert not calm.finished  # the others go on
    qtbot.waitUntil(lambda: panel.outcome_labels()[0] == "diverged")
    assert panel.table.item(0, 4).foreground().color().name() == "#d36cff"
    # the far-away last point is clamped in the contour view, never drawn at 1e3 windows away
    drawn = contour_trail(window, 0)
    assert np.all(np.isfinite(drawn)) and np.abs(drawn).max() <= 20 * 4 + 1e-9


def test_space_plays_and_pauses_and_right_arrow_steps_in_the_panel_but_nudges_in_the_views(
    qtbot, window, model, panel
):
    model.load_preset("himmelblau")
    entry = add(window, "gd", (-0.3, -0.9))
    window.model.runs.set_step_limit(100_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel.step_button.setFocus()
    qtbot.waitUntil(panel.step_button.hasFocus)
    qtbot.keyClick(panel.step_button, Qt.Key.Key_Right)
    assert entry.steps_taken == 1
    qtbot.keyClick(panel.step_button, Qt.Key.Key_Space)
    assert window.run_player.playing
    qtbot.waitUntil(lambda: entry.steps_taken > 3, timeout=5000)
    qtbot.keyClick(panel.step_button, Qt.Key.Key_Space)
    assert not window.run_player.playing
    steps = entry.steps_taken
    # in the views → nudges the selection and does not step; "." steps from anywhere
    model.select((0.0, 0.0))
    plot = window.contour_view.plot_widget
    plot.setFocus()
    qtbot.waitUntil(plot.hasFocus)
    qtbot.keyClick(plot, Qt.Key.Key_Right)
    assert entry.steps_taken == steps
    assert model.analysis.point[0] == pytest.approx(0.12)  # 1 % of the 12-wide window
    qtbot.keyClick(plot, Qt.Key.Key_Period)
    assert entry.steps_taken == steps + 1


def test_race_button_adds_the_six_optimizers_in_distinct_colours(qtbot, window, model, panel):
    model.load_preset("himmelblau")
    qtbot.mouseClick(panel.race_button, Qt.MouseButton.LeftButton)
    assert [e.optimizer.name for e in window.model.runs.runs] == list(RACE)
    assert len({e.spec.color for e in window.model.runs.runs}) == len(RACE)
    assert len(window.optimizers.plots.loss_lines) == len(RACE) and window.optimizers.plots.isVisible()
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert [e.optimizer.name for e in window.model.runs.runs] == list(RACE[1:])
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert window.model.runs.runs == [] and not window.optimizers.plots.isVisible()
    assert window.optimizers.contour_trails.trails == []


def test_sgd_on_a_data_preset_uses_mini_batches_and_the_seed(qtbot, window, model, panel):
    model.load_preset("chain-data")
    window.model.runs.set_start((0.5, 0.2))  # off the saddle at (0, 0), where every sample's ∇ is 0
    panel.optimizer_combo.setCurrentIndex(panel.optimizer_combo.findData("sgd"))
    assert panel.batch_size.isVisibleTo(panel)
    assert panel.batch_size.maximum() == window.model.runs.data_size()
    panel.batch_size.setValue(2)
    panel.seed.setValue(7)
    first = panel.add_run_from_form()
    second = panel.add_run_from_form()
    assert first.batch_size == 2 and first.seed == 7
    window.model.runs.step(20)
    assert np.array_equal(first.trail.points, second.trail.points)  # same seed, same path
    full = Run(model.loss, RunSpec("gd", first.start, {"lr": first.optimizer.lr}, max_steps=20)).run_to_end()
    assert not np.allclose(first.trail.points, full.trail.points)  # noisy, unlike full-batch GD
    model.load_preset("himmelblau")
    assert not panel.batch_size.isVisibleTo(panel)


def test_a_bad_hyperparameter_is_refused_and_a_run_that_cannot_be_made_is_shown_inline(
    qtbot, window, model, panel
):
    # A RunSpec is checked when it is made (the form's boxes keep values in range anyway) …
    with pytest.raises(OptimizerError, match="beta1"):
        RunSpec("adam", (1.0, 1.0), {"beta1": 3.0})
    # … and what only the loss can refuse (a batch larger than the data set) is shown in the panel.
    model.load_preset("chain-data")
    entry = window.model.runs.try_add_run(RunSpec("sgd", (1.0, 1.0), batch_size=10**5))
    assert entry is None and window.model.runs.runs == []
    assert panel.error_label.isVisibleTo(panel) and "batch size" in panel.error_label.text()


def test_restore_replays_saved_runs_to_the_same_trails(qtbot, window, model, panel):
    model.load_preset("himmelblau")
    original = add(window, "momentum", (-0.3, -0.9), color="#56b4e9", label="mine")
    model.runs.step(12)
    saved = original.trail.points.copy()
    model.runs.restore([(original.spec, saved)])
    (restored,) = model.runs.runs
    assert restored is not original
    assert restored.spec == original.spec and restored.spec.label == "mine"
    assert np.array_equal(restored.trail.points, saved)
    assert panel.table.item(0, 1).text() == "mine" and panel.table.item(0, 2).text() == "12"


def test_race_option_runs_to_the_end_before_the_screenshot(run_main, tmp_path):
    out = tmp_path / "race.png"
    result = run_main(
        [
            "--preset",
            "himmelblau",
            "--race",
            "gd,newton",
            "--start",
            "-0.3,-0.9",
            "--steps",
            "40",
            "--size",
            "900x600",
            "--screenshot",
            str(out),
        ]
    )
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)


def test_race_option_with_an_unknown_optimizer_exits_2_with_one_line(run_main, tmp_path):
    result = run_main(["--race", "gd,warp-drive", "--screenshot", str(tmp_path / "never.png")])
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "warp-drive" in lines[0] and "saddle-free-newton" in lines[0]


def test_loss_plot_stays_logarithmic_when_a_run_lands_on_exactly_zero(qtbot, window, model, panel):
    model.apply_formula("x^2 + y^2")
    add(window, "gd", (1.0, 1.0), hyperparams={"lr": 0.5})  # x ← x − 0.5·2x = 0: L = 2, then exactly 0
    window.model.runs.step()
    window.model.runs.step()
    plots = window.optimizers.plots
    assert plots.loss_plot.getPlotItem().getAxis("left").logMode
    _, shown = plots.loss_lines[0].getOriginalDataset()
    np.testing.assert_allclose(shown, [2.0, 0.2, 0.2])  # L = 0 drawn a decade below the smallest L > 0
    _, gradient = plots.gradient_lines[0].getOriginalDataset()
    np.testing.assert_allclose(gradient, [np.hypot(2, 2), 1e-16, 1e-16])

    model.apply_formula("x^2 - y^2 - 3")  # L < 0 from the start: a log axis cannot show it
    window.model.runs.step()
    assert not plots.loss_plot.getPlotItem().getAxis("left").logMode
    _, shown = plots.loss_lines[0].getOriginalDataset()
    assert shown[0] == -3.0


def _rows_in_view(table) -> int:
    """Run rows wholly inside the run list's viewport."""
    height = table.viewport().height()
    return sum(
        1
        for row in range(table.rowCount())
        if 0 <= table.rowViewportPosition(row) <= height - table.rowHeight(row)
    )


def test_at_1280x720_with_adam_chosen_five_runs_show_without_scrolling_the_side_panel(
    qtbot, window, model, panel
):
    model.load_preset("lecture")
    panel.optimizer_combo.setCurrentIndex(panel.optimizer_combo.findData("adam"))
    assert len(panel.hyper_form.boxes) == 4  # lr, β₁, β₂, ε: the tallest common form
    model.runs.add_race()  # six runs
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.height() == 720 and window.width() == 1280)
    qtbot.waitUntil(lambda: _rows_in_view(panel.table) >= 5)
    assert panel.table.rowCount() == len(RACE)
    assert not panel.scroll.verticalScrollBar().isVisible()  # one scrollbar at most: the list's
    for widget in (panel.optimizer_combo, panel.add_button, panel.step_button, panel.clear_button):
        top_left = widget.mapTo(panel.scroll.viewport(), widget.rect().topLeft())
        bottom = top_left.y() + widget.height()
        assert 0 <= top_left.y() and bottom <= panel.scroll.viewport().height(), widget


def test_common_run_names_fit_their_column_and_long_ones_keep_both_ends(qtbot, window, model, panel):
    model.load_preset("lecture")
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.width() == 1280)
    add(window, "momentum", (0.5, 0.5), label="Momentum (heavy ball)")
    add(window, "gd", (0.5, 0.5), label="GD " + "x" * 80 + " end")
    metrics = panel.table.fontMetrics()
    qtbot.waitUntil(lambda: panel.table.columnWidth(1) > 0)
    assert metrics.horizontalAdvance("Momentum (heavy ball) #2") + 8 <= panel.table.columnWidth(1)
    assert panel.table.textElideMode() == Qt.TextElideMode.ElideMiddle
    for word in ("minimum", "diverged", "saddle", "running"):  # outcomes are never elided
        assert metrics.horizontalAdvance(word) + 6 <= panel.table.columnWidth(4), word
    long_item = panel.table.item(1, 1)
    assert long_item.toolTip() == long_item.text() == "GD " + "x" * 80 + " end"


def test_the_seed_shows_only_where_it_changes_the_run(qtbot, window, model, panel):
    def choose(name):
        panel.optimizer_combo.setCurrentIndex(panel.optimizer_combo.findData(name))

    model.apply_formula("(1 - w1*w2)^2")
    choose("gd")
    assert not panel.seed.isVisibleTo(panel) and not panel.seed_label.isVisibleTo(panel)
    choose("adam")
    assert not panel.seed.isVisibleTo(panel)
    choose("perturbed-gd")  # draws its kicks from the seeded generator
    assert panel.seed.isVisibleTo(panel) and panel.seed_label.isVisibleTo(panel)
    assert not panel.batch_size.isVisibleTo(panel)  # no data, no mini-batches
    choose("gd")
    model.load_preset("chain-data")  # data-backed: mini-batches are shuffled with the seed
    assert panel.seed.isVisibleTo(panel) and panel.batch_size.isVisibleTo(panel)
    model.load_preset("himmelblau")
    assert not panel.seed.isVisibleTo(panel) and not panel.batch_size.isVisibleTo(panel)
