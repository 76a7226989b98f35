"""Fixtures for the window tests: a model, a shown main window, and a GL gate.

The GL gate skips a test when no OpenGL context can be made, but fails it when the environment
says GL must work (CI sets CRITEXPLORER_REQUIRE_GL=1), so a broken GL setup cannot pass silently.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

# QOpenGLWidget in a dockable/tabbed layout needs shared contexts; set before the QApplication exists.
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch):
    """A static QMessageBox call no test asked for fails the test instead of hanging the suite.

    A modal warning or question blocks until someone clicks, which under Xvfb is never (a session
    refused on save once hung the whole run). Tests that expect a dialog patch it themselves, which
    overrides this fixture's patch for that test.
    """
    from PySide6.QtWidgets import QMessageBox

    unexpected = []

    def record(kind, answer):
        def show(parent, title, text, *args, **kwargs):
            unexpected.append(f"{kind}: {title}: {text}")
            return answer

        return show

    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, record(kind, QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Cancel))
    yield unexpected
    assert not unexpected, f"a modal message box nobody expected: {unexpected}"


@pytest.fixture
def gl_status(qapp):
    from critexplorer.ui.views.gl_support import probe_gl

    status = probe_gl()
    if not status.available:
        if os.environ.get("CRITEXPLORER_REQUIRE_GL") == "1":
            pytest.fail(f"CRITEXPLORER_REQUIRE_GL=1 but no OpenGL context: {status.reason}")
        pytest.skip(f"no OpenGL context: {status.reason}")
    return status


@pytest.fixture
def model(qapp):
    from critexplorer.ui.atlas_search import stop_all_searches
    from critexplorer.ui.model import ExplorerModel

    yield ExplorerModel()
    stop_all_searches()  # no search thread outlives its test


def _make_window(qtbot, model, status):
    from critexplorer.ui.main_window import MainWindow

    window = MainWindow(model, status)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, model, qapp):
    """The main window, with the 3-D pane when GL works here and the no-GL message otherwise."""
    from critexplorer.ui.views.gl_support import probe_gl

    return _make_window(qtbot, model, probe_gl())


@pytest.fixture
def gl_window(qtbot, model, gl_status):
    """The main window with a real 3-D pane (skips or fails through gl_status)."""
    return _make_window(qtbot, model, gl_status)


@pytest.fixture
def run_main():
    """Run `python main.py ARGS` in a subprocess (inheriting pytest-xvfb's DISPLAY)."""

    def run(args, env_extra=None, timeout=120):
        env = dict(os.environ)
        env.update(env_extra or {})
        return subprocess.run(
            [sys.executable, str(REPO_ROOT / "main.py"), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=timeout,
            cwd=REPO_ROOT,
        )

    return run


@pytest.fixture
def settled(qtbot):
    """settled(view): wait until the contour view's data-to-pixel mapping stops changing.

    A new formula relabels the axes, and the layout (and with a locked aspect the y range) changes
    once more when Qt gets to it; a pixel computed before that points somewhere else afterwards.
    """

    def wait(view):
        last = [None]

        def unchanged():
            now = (view.scene_position_of(0.0, 0.0), view.scene_position_of(1.0, 1.0))
            same = now == last[0]
            last[0] = now
            return same

        qtbot.waitUntil(unchanged)

    return wait
