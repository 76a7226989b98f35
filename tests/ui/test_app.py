"""main.py: screenshot mode, the no-GL fallback in a real offscreen process, and bad arguments."""

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

import critexplorer.ui.app as app
from critexplorer.cli import main

OFFSCREEN = {"QT_QPA_PLATFORM": "offscreen"}


def test_screenshot_mode_writes_a_png_of_the_requested_size(tmp_path, run_main):
    out = tmp_path / "shot.png"
    result = run_main(
        [
            "--preset",
            "lecture",
            "--select",
            "0,0",
            "--find-critical",
            "--screenshot",
            str(out),
            "--size",
            "1000x700",
        ]
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)


# The window lives inside a function, as in critexplorer.ui.app.run_window: it is destroyed before the
# QApplication. Left at module level, interpreter teardown destroyed them in any order and about one
# run in eight ended in a segfault after all the output was printed.
NO_GL_SCRIPT = """
from PySide6.QtWidgets import QApplication
app = QApplication([])
from critexplorer.ui.views.gl_support import probe_gl
from critexplorer.ui.main_window import MainWindow
from critexplorer.ui.model import ExplorerModel

def main():
    model = ExplorerModel()
    window = MainWindow(model, probe_gl())
    window.show()
    model.load_preset("lecture")
    model.select((0.0, 0.0))
    model.find_critical_points()
    app.processEvents()
    print(probe_gl().available, window.surface_view is None)
    print(window.no_gl_message.text())
    print(window.point_panel.badge.text(), len(window.contour_view.atlas_items) > 0)
    window.close()

main()
"""


def test_without_gl_the_window_degrades_to_a_message(tmp_path):
    import os
    import subprocess

    env = {**os.environ, **OFFSCREEN}
    result = subprocess.run(
        [sys.executable, "-c", NO_GL_SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[0] == "False True"
    assert "3-D view unavailable" in lines[1] and "offscreen" in lines[1]
    assert lines[-1] == "Saddle point True"


def test_without_gl_screenshot_mode_still_works(tmp_path, run_main):
    out = tmp_path / "nogl.png"
    result = run_main(
        ["--preset", "himmelblau", "--select", "3,2", "--screenshot", str(out), "--size", "900x600"],
        env_extra=OFFSCREEN,
    )
    assert result.returncode == 0, result.stderr
    assert QImage(str(out)).width() == 900


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--size", "big"], "--size needs WIDTHxHEIGHT in pixels"),
        (["--size", "100x900"], "--size must be 200 to 8000 pixels per side"),
        (["--preset", "no-such-preset"], "no-such-preset"),
        (["x^^2"], "bad formula"),
        (["--select", "1"], "--select needs two numbers like X,Y"),
        (["--select", "nan,0"], "--select X must be a finite number"),
        (["--param", "a"], "--param needs NAME=VALUE"),
        (["--resolution", "5"], "--resolution must be a whole number from 16 to 1024"),
        (["--steps", "0"], "--steps must be a whole number from 1 to 100000"),
        (["--race", "gd,warp"], "--race takes optimizer names from"),
        (["--xlim", "3,-3"], "--xlim needs A < B"),
        (["x+y+z"], "Bind the extra ones with --param NAME=VALUE, or choose the two with --vars"),
        (["--preset", "bowl", "x^2"], "either --preset NAME or a formula"),
        (["--screenshot", "out.jpg"], "must name a .png file"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(args, needle, run_main):
    result = run_main(args, env_extra=OFFSCREEN)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("critexplorer: error:") and needle in lines[0]
    assert "Traceback" not in result.stderr


@pytest.fixture
def window_start(monkeypatch):
    """window_start(argv) -> the StartState that `critexplorer ARGV` opens the window on (no window)."""

    def start_of(argv):
        starts = []
        monkeypatch.setattr(app, "run_window", lambda start: starts.append(start) or 0)
        assert main(argv) == 0
        return starts[0]

    return start_of


def test_pairs_accept_negative_values_in_both_forms(window_start, capsys):
    assert window_start(["--select", "-1.5,2"]).select == (-1.5, 2.0)
    assert window_start(["--select=-1.5,-2"]).select == (-1.5, -2.0)
    start = window_start(["--xlim", "-3,3", "--ylim=-1,1", "--start", "-1,-2"])
    assert (start.xlim, start.ylim, start.window, start.start) == (
        (-3.0, 3.0),
        (-1.0, 1.0),
        ((-3.0, 3.0), (-1.0, 1.0)),
        (-1.0, -2.0),
    )
    assert main(["--xlim", "3,-3"]) == 2
    assert "--xlim needs A < B" in capsys.readouterr().err


def test_the_start_state_holds_every_option(window_start):
    start = window_start(
        [
            "-a*x^2 + y^2",
            "--param",
            "a=2",
            "--resolution",
            "128",
            "--find-critical",
            "--taylor",
            "--log",
            "--race",
            "gd, adam",
            "--steps",
            "40",
            "--size",
            "1000x700",
            "--screenshot",
            "out/shot.png",
        ]
    )
    assert (start.formula, start.params, start.vars) == ("-a*x^2 + y^2", {"a": 2.0}, ("x", "y"))
    assert (start.resolution, start.find_critical, start.taylor, start.curvature, start.log) == (
        128,
        True,
        True,
        False,
        True,
    )
    assert (start.race, start.steps, start.size, start.screenshot) == (
        ("gd", "adam"),
        40,
        (1000, 700),
        Path("out/shot.png"),
    )
    preset = window_start(["--preset", "himmelblau", "--vars", "y,x"])
    assert preset.preset.name == "himmelblau" and preset.vars == ("y", "x")
    assert preset.window == (preset.preset.xlim, preset.preset.ylim)
    assert window_start(["saved.critx"]).session == Path("saved.critx")


def test_a_screenshot_on_a_full_disk_keeps_the_old_file(window, tmp_path, monkeypatch):
    """The screenshot goes through the atomic writer: a failed write leaves the old PNG whole."""
    import os

    out = tmp_path / "shot.png"
    out.write_bytes(b"the old picture")

    def full_disk(fd):  # a full disk shows up at the latest when the data is flushed
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    assert app._save_screenshot(window, out) == f"cannot write {out}: No space left on device"
    monkeypatch.undo()
    assert out.read_bytes() == b"the old picture"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shot.png"]
    assert app._save_screenshot(window, out) is None
    image = QImage(str(out))
    assert (image.width(), image.height()) == (window.width(), window.height())


def test_a_screenshot_refuses_a_fifo(window, tmp_path):
    import os
    import stat

    fifo = tmp_path / "shot.png"
    os.mkfifo(fifo)
    assert app._save_screenshot(window, fifo) == f"cannot write {fifo}: is a named pipe (FIFO), not a file"
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_damaged_session_on_the_command_line_opens_a_working_window_with_a_dialog(
    window, model, window_start, monkeypatch, capsys
):
    """`python main.py broken.critx`: the lecture example, the error in a window-modal box over it
    (opened, not exec'd: the event loop goes on) and one line on stderr."""

    from PySide6.QtWidgets import QMessageBox

    from critexplorer.core.limits import DEFAULT_FORMULA

    broken = Path(__file__).resolve().parents[1] / "data" / "sessions" / "binary_garbage.critx"
    start = window_start([str(broken)])
    opened = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: opened.append(box.text()))
    app.show_start(window, start)
    assert model.formula_text == DEFAULT_FORMULA and model.landscape is not None
    assert len(opened) == 1 and opened[0]
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("critexplorer: error:")
    assert window.statusBar().currentMessage() == opened[0]
