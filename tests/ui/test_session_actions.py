"""Sessions in the window: save and reopen unchanged, bad files change nothing, recent files, the prompt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from critexplorer.core.optimizers.registry import optimizer_names
from critexplorer.core.optimizers.schedules import Schedule
from critexplorer.core.runs import RunSpec
from critexplorer.files.session import MAX_RUNS, load_session
from critexplorer.ui.sessions.session_state import capture_session

CORPUS = Path(__file__).resolve().parents[1] / "data" / "sessions"
REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def private_settings(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture
def explored(window, model):
    model.resolution = 64
    model.load_preset("himmelblau")
    model.select((0.5, -0.25))
    model.find_critical_points()
    model.set_display(contour_log=True, contour_count=9, show_curvature=True)
    model.runs.add_run(RunSpec("adam", (0.2, -0.3), {"lr": 0.3}, color="#56b4e9", label="adam"))
    model.runs.step(2)
    return window


def test_save_and_reopen_gives_the_same_session(explored, model, tmp_path, qtbot):
    from critexplorer.ui.main_window import MainWindow
    from critexplorer.ui.model import ExplorerModel

    path = tmp_path / "himmelblau.critx"
    assert explored.session_actions.save_to(path)
    saved = load_session(path).to_dict()
    assert saved == capture_session(model, explored).to_dict()
    assert saved["runs"][0]["optimizer"] == "adam"
    assert len(saved["runs"][0]["trail"]) == 3 and saved["runs"][0]["trail"][0] == [0.2, -0.3]

    other = MainWindow(ExplorerModel(), explored.gl_status)
    qtbot.addWidget(other)
    other.show()
    assert other.session_actions.open_path(path)
    reopened = capture_session(other.model, other).to_dict()
    assert reopened == saved
    assert other.model.atlas is not None and len(other.model.atlas.points) == 9
    assert other.model.display.contour_count == 9
    assert other.windowTitle().startswith("himmelblau.critx") and not other.isWindowModified()


@pytest.mark.parametrize(
    "name",
    [
        "truncated.critx",
        "version_999.critx",
        "png_renamed.critx",
        "hostile_formula.critx",
        "nan_selection.critx",
        "empty.critx",
    ],
)
def test_bad_file_shows_an_error_and_keeps_the_exploration(explored, model, monkeypatch, name):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    before = capture_session(model, explored).to_dict()
    assert not explored.session_actions.open_path(CORPUS / name)
    assert capture_session(model, explored).to_dict() == before
    assert len(shown) == 1 and shown[0].startswith("cannot open")


def test_recent_files_remember_the_newest_first(explored, tmp_path):
    actions = explored.session_actions
    for name in ("a.critx", "b.critx", "a.critx"):
        assert actions.save_to(tmp_path / name)
    from critexplorer.ui.sessions.session_actions import recent_files

    assert [Path(p).name for p in recent_files()] == ["a.critx", "b.critx"]
    assert [a.text() for a in actions.recent_menu.actions()] == ["a.critx", "b.critx"]


def test_unsaved_changes_prompt_can_cancel_the_close(explored, model, monkeypatch, qtbot):
    monkeypatch.delenv("CRITEXPLORER_NO_PROMPTS", raising=False)
    actions = explored.session_actions
    actions._user_active = True  # as after a click
    model.select((1.0, 1.0))
    assert actions.dirty and explored.isWindowModified() and "[*]" in explored.windowTitle()
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel
    )
    explored.close()
    assert asked and explored.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    explored.close()
    assert not explored.isVisible()


def test_file_menu_has_the_session_and_export_actions(window):
    actions = window.session_actions
    assert actions.open_action.shortcut().toString() == "Ctrl+O"
    assert actions.save_action.shortcut().toString() == "Ctrl+S"
    assert actions.export_action.shortcut().toString() == "Ctrl+E"
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert texts[:3] == ["Open session…", "Open recent", "Save session"]
    assert "Copy image" in texts and "Export trajectories as CSV…" in texts


def test_export_dialog_writes_the_chosen_picture(explored, tmp_path):
    from PIL import Image

    from critexplorer.ui.export.dialog import ExportDialog

    dialog = ExportDialog(explored)
    dialog.view.setCurrentIndex(dialog.view.findData("contour"))
    dialog.size_combo.setCurrentIndex(dialog.size_combo.findData("1280x720"))
    assert dialog.scale.value() == 1.0
    assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == [
        ".gif",
        ".png",
        ".svg",
        ".pdf",
    ]
    dialog.format.setCurrentIndex(dialog.format.findData(".png"))
    out = tmp_path / "slide.png"
    assert dialog.export_to_file(str(out))
    assert Image.open(out).size == (1280, 720)
    dialog.view.setCurrentIndex(dialog.view.findData("window"))
    assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == [".png"]


def test_main_py_opens_a_session_file(explored, tmp_path):
    path = tmp_path / "s.critx"
    assert explored.session_actions.save_to(path)
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # the recent-files list of this run stays here
    shot = tmp_path / "shot.png"
    done = subprocess.run(
        [
            sys.executable,
            str(REPO_ROOT / "main.py"),
            str(path),
            "--screenshot",
            str(shot),
            "--size",
            "900x600",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert shot.exists()
    # With --screenshot nobody reads a dialog: one line and exit 2.
    bad = subprocess.run(
        [
            sys.executable,
            str(REPO_ROOT / "main.py"),
            str(CORPUS / "version_999.critx"),
            "--screenshot",
            str(tmp_path / "bad.png"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert bad.returncode == 2
    assert (tmp_path / "config" / "critexplorer" / "critexplorer.ini").exists()
    assert "newer critexplorer" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1


def test_a_users_window_reopens_at_the_size_it_was_closed_at(qtbot, window):
    from critexplorer.ui.main_window import MainWindow
    from critexplorer.ui.model import ExplorerModel

    assert not window.session_actions.restore_geometry()  # nothing saved yet: the default size stays
    # (pytest-xvfb's screen is 800×600, and Qt fits a restored window onto the screen)
    window.resize(760, 580)  # (the window's minimum is ~715×575)
    qtbot.waitUntil(lambda: window.size().width() == 760)
    window.close()
    again = MainWindow(ExplorerModel(), window.gl_status)
    qtbot.addWidget(again)
    assert again.session_actions.restore_geometry()
    assert again.width() == 760  # (the height is clamped to the 600-pixel screen, minus a frame)
    # a window nobody asked to remember (tests, screenshots) does not save its geometry
    again.resize(730, 590)
    again.session_actions.remember_geometry = False
    again.close()
    third = MainWindow(ExplorerModel(), window.gl_status)
    qtbot.addWidget(third)
    assert third.session_actions.restore_geometry() and third.width() == 760


def test_every_run_setting_survives_save_and_open_in_a_fresh_window(window, model, tmp_path, qtbot):
    # A schedule, a seed and a mini-batch size used to be dropped: a reopened cosine or mini-batch
    # run replayed a different trail. Now every optimizer comes back with the very trail it had.
    from critexplorer.ui.main_window import MainWindow
    from critexplorer.ui.model import ExplorerModel

    model.resolution = 32
    model.load_preset("chain-data")
    schedules = [
        Schedule(),
        Schedule.make("cosine", {"period": 8, "floor": 0.2}),
        Schedule.make("exponential", {"gamma": 0.9}),
    ]
    # As many optimizers as a session holds (the core round trip covers all of them).
    for index, name in enumerate(optimizer_names()[:MAX_RUNS]):
        model.runs.add_run(
            RunSpec(
                name,
                (0.4, -0.6),
                schedule=schedules[index % 3],
                batch_size=(None, 2, 5)[index % 3],
                seed=index,
                color=model.runs.next_color(),
                label=f"{name} run",
            )
        )
    model.runs.step(12)
    before = [(run.spec, run.trail.points.copy()) for run in model.runs.runs]
    path = tmp_path / "runs.critx"
    assert window.session_actions.save_to(path)

    other = MainWindow(ExplorerModel(), window.gl_status)
    qtbot.addWidget(other)
    assert other.session_actions.open_path(path)
    after = other.model.runs.runs
    assert [run.spec for run in after] == [spec for spec, _ in before]
    for run, (_, trail) in zip(after, before, strict=True):
        assert np.array_equal(run.trail.points, trail), run.spec.name
    assert other.optimizer_panel.table.rowCount() == len(before)


def test_window_csv_names_the_optimizer_by_its_cli_name(explored, model, tmp_path, monkeypatch):
    import csv

    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "trails.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "CSV (*.csv)"))
    explored.session_actions.export_csv()
    rows = list(csv.DictReader(out.open(newline="")))
    assert list(rows[0]) == ["run", "optimizer", "step", *model.vars, "loss"]
    expected = [("adam", "adam", str(step)) for step in range(3)]
    assert [(r["run"], r["optimizer"], r["step"]) for r in rows] == expected
    run = model.runs.runs[0]
    assert [float(r["loss"]) for r in rows] == run.trail.values.tolist()
    assert (float(rows[0][model.vars[0]]), float(rows[0][model.vars[1]])) == (0.2, -0.3)
