"""main.py: screenshot mode, the no-GL fallback in a real offscreen process, and bad arguments."""

import sys

import pytest
from PySide6.QtGui import QImage

from critexplorer.ui.app import UsageError, parse_args

OFFSCREEN = {"QT_QPA_PLATFORM": "offscreen"}


def test_screenshot_mode_writes_a_png_of_the_requested_size(tmp_path, run_main):
    out = tmp_path / "shot.png"
    result = run_main(["--preset", "lecture", "--select", "0,0", "--find-critical",
                       "--screenshot", str(out), "--size", "1000x700"])
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)


# The window lives inside a function, as in critexplorer.ui.app.run_gui: it is destroyed before the
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
    result = subprocess.run([sys.executable, "-c", NO_GL_SCRIPT], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[0] == "False True"
    assert "3-D view unavailable" in lines[1] and "offscreen" in lines[1]
    assert lines[-1] == "Saddle point True"


def test_without_gl_screenshot_mode_still_works(tmp_path, run_main):
    out = tmp_path / "nogl.png"
    result = run_main(["--preset", "himmelblau", "--select", "3,2", "--screenshot", str(out),
                       "--size", "900x600"], env_extra=OFFSCREEN)
    assert result.returncode == 0, result.stderr
    assert QImage(str(out)).width() == 900


@pytest.mark.parametrize(("args", "needle"), [
    (["--size", "big"], "expected a size like 1400x900"),
    (["--preset", "no-such-preset"], "no-such-preset"),
    (["x^^2"], "bad formula"),
    (["--select", "1"], "expected two numbers"),
    (["--preset", "bowl", "x^2"], "either --preset NAME or a formula"),
    (["--screenshot", "out.jpg"], "must name a .png file"),
])
def test_bad_arguments_exit_2_with_one_line(args, needle, run_main):
    result = run_main(args, env_extra=OFFSCREEN)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("critexplorer: error:") and needle in lines[0]
    assert "Traceback" not in result.stderr


def test_pairs_accept_negative_values_in_both_forms():
    assert parse_args(["--select", "-1.5,2"]).select == (-1.5, 2.0)
    assert parse_args(["--select=-1.5,-2"]).select == (-1.5, -2.0)
    assert parse_args(["--xlim", "-3,3", "--ylim=-1,1"]).xlim == (-3.0, 3.0)
    with pytest.raises(UsageError):
        parse_args(["--xlim", "3,-3"])
