"""Lessons in the window: every step of every built-in lesson, in every language, puts the model in
the state its file states; each try-it check passes when the task is done through the model and not
before; PageDown / PageUp (and presenter mode's clicker keys) step the lesson; a language switch keeps
the step; the place is saved with the session; a broken lesson file changes nothing."""

from __future__ import annotations

import json
import os

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt

from critexplorer.core.i18n import LANGUAGES
from critexplorer.core.lessons.lesson import PLAY_TO_END
from critexplorer.core.limits import DEFAULT_WINDOW
from critexplorer.core.presets import get_preset
from critexplorer.core.runs import RunSpec
from critexplorer.files.lesson_file import builtin_lesson, builtin_lessons
from critexplorer.ui import translations
from critexplorer.ui.sessions.session_state import capture_session, restore_session

RESOLUTION = 64  # the states are the same at any grid; a small one keeps 72 steps quick


@pytest.fixture(autouse=True)
def english_after(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield
    translations.set_language("en")


@pytest.fixture
def lessons(window, model):
    model.resolution = RESOLUTION
    return window.lesson_player


def _expected_window(state):
    if state.window is not None:
        return state.window
    if state.preset is not None:
        preset = get_preset(state.preset)
        return tuple(preset.xlim), tuple(preset.ylim)
    return DEFAULT_WINDOW if state.slice is None else None


def _assert_in_state(qtbot, window, model, state):
    """The model shows what `state` says: loss, window, selection, layers, atlas, runs, basin map."""
    if state.slice is not None:
        assert model.slice is not None and model.slice.directions == state.slice.directions
        assert f"run {state.slice.run} along" in model.formula_text
    elif state.preset is not None:
        assert model.preset is not None and model.preset.name == state.preset
        assert model.formula_text == get_preset(state.preset).formula
    else:
        assert model.formula_text == state.formula and model.slice is None
    expected = _expected_window(state)
    if expected is not None:
        assert (tuple(model.landscape.xlim), tuple(model.landscape.ylim)) == tuple(map(tuple, expected))
    for name, shown in state.display().items():
        assert getattr(model.display, name) == shown, name
    if state.select is None:
        assert model.analysis is None
    elif state.escape:
        assert model.escape is not None and model.escape.end_value < model.escape.start_value
    else:
        assert np.allclose(model.analysis.point, state.select)
    if state.atlas:
        qtbot.waitUntil(lambda: model.atlas is not None, timeout=20000)
    else:
        assert model.atlas is None
    runs = model.runs.runs
    assert [(r.spec.optimizer, r.spec.start) for r in runs] == [(s.optimizer, s.start) for s in state.runs]
    if state.play == PLAY_TO_END:
        assert model.runs.finished
    elif state.play:
        assert all(r.steps_taken == state.play or (r.finished and r.steps_taken < state.play) for r in runs)
    if state.experiment is not None:  # the saved experiment's scatters in the Networks window
        networks = window.show_networks()
        shown, saved = networks.result, EXPERIMENTS[state.experiment.name]
        assert (
            shown is not None
            and (len(shown.runs), len(shown.minima), len(shown.critical) - len(shown.minima)) == saved[:3]
        )
        assert (networks.layers_edit.text(), networks.activation_combo.currentText()) == saved[3:]
    panel = window.basin_panel
    if state.basins is not None:
        qtbot.waitUntil(lambda: not panel.job.running and panel.layer.basin_map is not None, timeout=60000)
        assert panel.layer.basin_map.spec.optimizer == state.basins.spec.optimizer
        assert panel.layer.basin_map.grid == state.basins.grid
        if state.basins.compare:
            qtbot.waitUntil(lambda: panel.compare_map is not None, timeout=60000)
            assert panel.compare_map.spec.optimizer == state.basins.compare
    else:
        assert panel.layer.basin_map is None


# The lessons' saved experiments: runs, minima, saddles, the network and its activation.
EXPERIMENTS = {
    "default-experiment.json": (50, 1, 20, "1-4-1", "tanh"),  # `critexplorer experiment --runs 50`
    "autoencoder-experiment.json": (24, 19, 4, "4-2-4", "linear"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_step_of_every_lesson_shows_its_state(qtbot, window, model, lessons, language):
    translations.set_language(language)
    for lesson in builtin_lessons():
        lessons.open(lesson)
        for index, step in enumerate(lesson.steps):
            if index:
                assert lessons.next()
            assert lessons.index == index
            panel = window.lesson_panel
            assert panel.isVisible()
            assert panel.position.text() == f"{index + 1} / {len(lesson.steps)}"
            assert step.title.shown(language) in panel.step_title.text()
            assert step.text.shown(language).replace("**", "").split("\n")[0][:20] in panel.text.toPlainText()
            _assert_in_state(qtbot, window, model, step.state)
        assert not lessons.next()  # the last step has no next
        assert not panel.next_button.isEnabled()


def test_the_lessons_show_what_their_words_say(qtbot, window, model, lessons):
    """A few of the texts' claims, checked on what the window shows (not on the lesson file)."""
    lessons.open(builtin_lesson("critical-points"))
    (gd,) = model.runs.runs
    assert np.allclose(gd.trail.points[-1], (0, 0), atol=1e-3)  # stuck at the saddle, L = 1
    assert float(model.loss.value(*gd.trail.points[-1])) == pytest.approx(1.0, abs=1e-5)
    lessons.go(3)
    assert model.analysis.classification == "saddle"
    assert model.analysis.eigenvalues == pytest.approx([-2.0, 2.0])
    lessons.go(7)
    assert model.analysis.classification == "minimum" and model.analysis.degenerate
    lessons.go(8)
    assert model.analysis.classification == "saddle" and model.analysis.degenerate

    lessons.open(builtin_lesson("batch-momentum"), 3)
    gd, momentum = model.runs.runs
    assert gd.trail.points[-1][0] == pytest.approx(0.897, abs=0.01)  # the shallow minimum
    assert momentum.trail.points[-1][0] == pytest.approx(-1.08, abs=0.01)  # the deeper one

    lessons.go(5)  # the plateau: GD with η = 0.1 is still on it after 500 steps, ‖g‖ small but not 0
    (slow,) = model.runs.runs
    assert slow.steps_taken == 500 and float(model.loss.value(*slow.trail.points[-1])) > 0.8
    assert model.display.show_gradient_map
    qtbot.waitUntil(lambda: model.atlas is not None, timeout=20000)
    (only,) = model.atlas.points  # no critical point on the plateau: the one minimum at (ln 9 / 2, 0)
    assert only.classification == "minimum" and np.allclose(only.point, (np.log(9) / 2, 0), atol=1e-6)
    lessons.go(6)
    gd, adam = model.runs.runs
    losses = [float(model.loss.value(*p)) for p in gd.trail.points]
    assert min(losses[:150]) > 0.95 * losses[0] and losses[162] < 0.01 <= losses[161]
    lessons.go(2)
    assert model.display.run_axis == "epoch"

    lessons.open(builtin_lesson("saddles-high-dimensions"), 1)
    assert model.analysis.classification == "minimum"  # run 7, a saddle, through random directions
    assert np.allclose(model.analysis.eigenvalues, (1.90, 2.44), atol=0.005)
    lessons.next()
    model.select((0.0, 0.0))
    assert model.analysis.classification == "saddle"  # the same point along eig-min, eig-max
    assert np.allclose(model.analysis.eigenvalues, (-0.056, 3.01), atol=0.005)
    shown = model.landscape
    row = shown.value[int(np.argmin(np.abs(shown.ys)))]  # the window's row through b = 0 dips …
    assert model.analysis.value - row.min() == pytest.approx(0.0006, abs=0.0001)  # … by 0.0006 at ±0.21
    assert abs(shown.xs[int(np.argmin(row))]) == pytest.approx(0.21, abs=0.02)
    lessons.next()
    assert model.analysis.classification == "minimum" and model.analysis.degenerate  # the flat minimum
    assert model.analysis.value < 1e-8 and model.analysis.eigenvalues[1] == pytest.approx(9.27, abs=0.005)

    lessons.open(builtin_lesson("newton-saddles"), 2)
    newton, free = model.runs.runs
    assert np.allclose(newton.trail.points[-1], (-0.128, -1.954), atol=1e-2)
    assert np.allclose(free.trail.points[-1], (-3.779, -3.283), atol=1e-2)


# What a student does for each step's try-it task, through the model (and something that is not it).
TASKS = {
    ("critical-points", 2): (lambda m: m.select((0.0, 0.0)), lambda m: m.select((1.0, 1.0))),
    ("critical-points", 4): (
        lambda m: m.set_display(show_curvature=True),
        lambda m: m.set_display(show_taylor=True),
    ),
    ("critical-points", 5): (lambda m: m.escape_saddle(), lambda m: m.set_display(show_taylor=True)),
    ("batch-momentum", 3): (
        lambda m: m.runs.add_run(RunSpec("sgd", (0.0, 1.5), batch_size=2)),
        lambda m: m.runs.add_run(RunSpec("sgd", (0.0, 1.5), batch_size=4)),
    ),
    ("batch-momentum", 4): (
        lambda m: m.runs.add_run(RunSpec("nesterov", (1.9, 1.0))),
        lambda m: m.runs.add_run(RunSpec("momentum", (1.9, 1.0))),
    ),
    ("batch-momentum", 6): (
        lambda m: m.runs.add_run(RunSpec("adam", (-3.5, 0.0))),
        lambda m: m.runs.add_run(RunSpec("gd", (-3.5, 0.0))),
    ),
    ("saddles-high-dimensions", 3): (lambda m: m.select((0.0, 0.0)), lambda m: m.select((0.5, 0.3))),
    ("newton-saddles", 1): (lambda m: m.select((-0.1280, -1.9537)), lambda m: m.select((3.0, 2.0))),
    ("newton-saddles", 3): (
        lambda m: m.runs.add_run(RunSpec("gd", (-0.4, -1.6))),
        lambda m: m.runs.add_run(RunSpec("newton", (0.0, 0.0))),
    ),
}


def test_every_task_is_listed_here():
    with_tasks = {
        (lesson.name, k) for lesson in builtin_lessons() for k, s in enumerate(lesson.steps, 1) if s.try_it
    }
    assert with_tasks == set(TASKS)


@pytest.mark.parametrize(("name", "step"), sorted(TASKS))
def test_each_try_it_passes_when_done_and_not_before(qtbot, window, model, lessons, name, step):
    do, not_it = TASKS[(name, step)]
    lessons.open(builtin_lesson(name), step - 1)
    status = window.lesson_panel.try_status
    assert lessons.passed is False and "✓" not in status.text()
    not_it(model)
    assert lessons.passed is False
    do(model)
    assert lessons.passed is True
    assert "✓" in status.text()
    assert lessons.go(step - 1)  # the step again: its own state, so the task is to do again
    assert lessons.passed is False


def _key(qtbot, window, key):
    window.activateWindow()  # window shortcuts fire only in the active window
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, key)


def test_page_down_and_up_step_the_lesson_and_the_runs_without_one(qtbot, window, model, lessons):
    lessons.open(builtin_lesson("newton-saddles"))
    _key(qtbot, window, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: lessons.index == 1)
    assert [r.spec.optimizer for r in model.runs.runs] == ["newton"]
    _key(qtbot, window, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: lessons.index == 2)
    _key(qtbot, window, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: lessons.index == 1)
    assert [r.spec.optimizer for r in model.runs.runs] == ["newton"]  # that step's own state again
    panel = window.lesson_panel
    panel.next_button.setFocus()
    qtbot.keyClick(panel.next_button, Qt.Key.Key_Right)  # ← / → while the panel has the keyboard
    assert lessons.index == 2
    qtbot.keyClick(panel.next_button, Qt.Key.Key_Left)
    assert lessons.index == 1

    window.presenter.enter(full_screen=False)  # the clicker's keys go through the navigation
    _key(qtbot, window, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: lessons.index == 2)
    _key(qtbot, window, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: lessons.index == 1)
    lessons.close()
    steps = model.runs.runs[0].steps_taken
    model.runs.reset()
    _key(qtbot, window, Qt.Key.Key_PageDown)  # no lesson: PageDown steps the runs again
    qtbot.waitUntil(lambda: model.runs.runs[0].steps_taken == 1)
    assert steps > 1
    window.presenter.leave()
    assert not panel.isVisible()


def test_run_labels_follow_the_language_the_step_is_shown_in(qtbot, window, model, lessons):
    translations.set_language("zh_TW")
    lessons.open(builtin_lesson("newton-saddles"), 2)
    assert [run.spec.label for run in model.runs.runs] == ["牛頓法", "無鞍牛頓法"]
    translations.set_language("en")
    lessons.go(2)
    assert [run.spec.label for run in model.runs.runs] == ["Newton", "Saddle-free Newton"]


def test_a_language_switch_keeps_the_step(qtbot, window, model, lessons):
    lesson = builtin_lesson("critical-points")
    lessons.open(lesson, 4)
    model.select((0.3, 0.2))  # the student's own selection stays too
    panel = window.lesson_panel
    assert panel.step_title.text().count("Escaping along u = (1, 1)") == 1
    for language in ("zh_CN", "zh_TW", "en"):
        window.language_menu.actions[language].trigger()
        qtbot.waitUntil(lambda lang=language: lesson.steps[4].title.shown(lang) in panel.step_title.text())
        assert lessons.index == 4 and panel.position.text() == "5 / 9"
        assert np.allclose(model.analysis.point, (0.3, 0.2))
    window.language_menu.actions["zh_TW"].trigger()
    qtbot.waitUntil(lambda: "沿 u = (1, 1) 逃離" in panel.step_title.text())
    assert "按 E（點 → 逃離鞍點）" in panel.try_task.text()
    titles = [action.text() for action, _ in window.lessons.lesson_actions]
    assert titles[0] == "1. 訓練為什麼會卡住：臨界點"
    actions = window.lessons
    words = (panel.windowTitle(), panel.back_button.text(), panel.next_button.text(), actions.menu.title())
    assert words == ("課程", "◀ 上一步", "下一步 ▶", "課程")
    assert (actions.open_action.text(), actions.close_action.text()) == ("開啟課程…", "關閉課程")
    assert panel.try_status.text() == "○ 尚未完成"
    window.language_menu.actions["zh_CN"].trigger()
    qtbot.waitUntil(lambda: actions.close_action.text() == "关闭课程")
    assert (panel.back_button.text(), actions.open_action.text()) == ("◀ 上一步", "打开课程…")
    assert panel.next_button.toolTip() == "下一步（PageDown、→）"


def test_the_place_is_saved_with_the_session_and_put_back(qtbot, window, model, lessons, tmp_path):
    from critexplorer.files.session import load_session, save_session

    lessons.open(builtin_lesson("batch-momentum"), 2)
    session = capture_session(model, window)
    assert session.lesson == ("batch-momentum", 3)
    path = tmp_path / "class.critx"
    save_session(session, path)
    assert json.loads(path.read_text(encoding="utf-8"))["lesson"] == {"name": "batch-momentum", "step": 3}
    lessons.close()
    model.load_preset("himmelblau")
    loaded = load_session(path)
    restore_session(loaded, model, window)
    assert lessons.lesson.name == "batch-momentum" and lessons.index == 2
    assert model.preset.name == "linear-regression" and len(model.runs.runs) == 3  # the session's state
    assert window.lesson_panel.isVisible()


def test_a_broken_lesson_file_changes_nothing(qtbot, window, model, lessons, tmp_path):
    lessons.open(builtin_lesson("critical-points"), 1)
    path = tmp_path / "broken.json"
    path.write_text(
        '{"format": "critexplorer-lesson", "version": 1, "name": "b", "steps": 3', encoding="utf-8"
    )
    problem = window.lessons.open_path(path)
    assert problem.startswith("lesson file broken.json: it is not valid JSON")
    assert lessons.lesson.name == "critical-points" and lessons.index == 1
    window.language_menu.actions["zh_TW"].trigger()  # the message is in the window's language
    problem = window.lessons.open_path(path)
    assert problem.startswith("課程檔案 broken.json：這不是有效的 JSON：")
    assert window.statusBar().currentMessage() == problem
    window.language_menu.actions["en"].trigger()
    good = tmp_path / "mine.json"
    document = json.loads(builtin_lesson("newton-saddles").source.read_text(encoding="utf-8"))
    document["name"] = "mine"
    good.write_text(json.dumps(document), encoding="utf-8")
    assert window.lessons.open_path(good) is None
    assert lessons.lesson.name == "mine" and lessons.place() == (str(good.resolve()), 1)


def test_file_open_lesson_says_why_a_broken_file_does_not_open(
    qtbot, window, model, lessons, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    document = json.loads(builtin_lesson("critical-points").source.read_text(encoding="utf-8"))
    document["steps"][0]["state"]["overlays"] = [["taylor"]]  # unhashable: raised TypeError before
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    loss = model.loss
    window.lessons.open_dialog()
    title, text = shown[0]
    assert len(shown) == 1 and title == "Open lesson"
    assert text.startswith('lesson "critical-points": step 1, state.overlays[0] is a list; it must be one of')
    assert lessons.lesson is None and model.loss is loss


def test_a_results_file_broken_after_opening_is_a_status_message(qtbot, window, model, lessons, tmp_path):
    shipped = builtin_lesson("saddles-high-dimensions")
    folder = shipped.source.parent
    document = json.loads(shipped.source.read_text(encoding="utf-8"))
    for step in document["steps"]:  # the results beside the user's copy of the lesson
        for key in ("experiment", "slice"):
            if key in step["state"]:
                plan = step["state"][key]
                name = plan["experiment"] if key == "slice" else plan
                (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
                (tmp_path / name).write_bytes((folder / name).read_bytes())
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert window.lessons.open_path(path) is None
    shown = model.formula_text
    # Step 3's slice (eig-min, eig-max) is not yet made: steps 1 and 2 share theirs, made on opening.
    results = lessons.lesson.steps[2].state.slice.experiment
    results.write_text("{}")  # changed after the lesson was opened and checked
    os.utime(results, (1, 1))  # a new mtime, whatever the clock's resolution
    assert lessons.go(2)
    assert "not an experiment's results" in window.statusBar().currentMessage()
    assert model.formula_text == shown and lessons.index == 2


def test_closing_the_panel_ends_the_lesson(qtbot, window, lessons):
    lessons.open(builtin_lesson("critical-points"))
    assert window.lesson_panel.isVisible() and window.lessons.next_action.isEnabled()
    window.lesson_panel.close()
    assert not lessons.is_open and not window.lessons.next_action.isEnabled()


def test_help_lessons_lists_the_builtin_lessons(qtbot, window, lessons):
    actions = window.lessons.lesson_actions
    assert [lesson.name for _, lesson in actions] == [lesson.name for lesson in builtin_lessons()]
    actions[3][0].trigger()
    assert lessons.lesson.name == "newton-saddles" and lessons.index == 0
    assert window.lessons.menu.menuAction() in window.menuBar().actions()[-2].menu().actions() or any(
        window.lessons.menu.menuAction() in top.menu().actions()
        for top in window.menuBar().actions()
        if top.menu()
    )


def test_main_renders_a_lesson_step_in_chinese(run_main, tmp_path):
    shot = tmp_path / "step.png"
    done = run_main(
        [
            "--lesson",
            "newton-saddles",
            "--step",
            "2",
            "--lang",
            "zh_CN",
            "--screenshot",
            str(shot),
            "--size",
            "1280x720",
        ]
    )
    assert done.returncode == 0, done.stderr
    from PIL import Image

    with Image.open(shot) as image:
        assert image.size == (1280, 720)


def test_presenter_mode_enlarges_the_lesson_text_and_widens_the_panel(qtbot, window, lessons):
    lessons.open(builtin_lesson("critical-points"), 2)
    panel = window.lesson_panel
    size, width = panel.text.font().pointSizeF(), panel.minimumWidth()
    window.presenter.enter(full_screen=False)
    qtbot.waitUntil(lambda: panel.text.font().pointSizeF() >= 2 * size)
    assert panel.minimumWidth() > 1.4 * width  # 34 characters of the doubled font
    window.presenter.leave()
    qtbot.waitUntil(lambda: panel.text.font().pointSizeF() == size)
    assert panel.minimumWidth() == width
