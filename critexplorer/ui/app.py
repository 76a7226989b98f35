"""Start the window on a StartState that the command line (critexplorer.cli.window_cmd) has read and
checked: build the window, show the start state, and save a screenshot if asked."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path

from critexplorer.core.limits import DEFAULT_FORMULA
from critexplorer.ui.start_state import StartState

FIRST_PAINT_FALLBACK_MS = 1000
DEFAULT_SIZE = (1400, 900)


class StartError(Exception):
    """The start state cannot be shown (a bad session file with --screenshot, say): one line on stderr
    and exit 2."""


def _open_session(window, path: Path) -> None:
    """Show a .critx session in the fresh window; a bad file is a StartError."""
    from critexplorer.files.session import SessionError
    from critexplorer.ui.sessions.session_actions import open_session

    try:
        open_session(window, path)
    except SessionError as error:
        raise StartError(str(error)) from None


def show_start(window, start: StartState) -> None:
    """apply_start, except that a damaged session given on the command line (`python main.py
    broken.critx`) leaves a working window: the default loss is shown, and the error in a dialog
    over the window as well as on stderr. With --screenshot nobody is there to read a dialog, so the
    error stays a StartError (one line, exit 2)."""
    try:
        apply_start(window, start)
    except StartError as error:
        if start.session is None or start.screenshot is not None:
            raise
        print(_error_line(str(error)), file=sys.stderr)
        apply_start(window, replace(start, session=None, formula=start.formula or DEFAULT_FORMULA))
        _show_start_error(window, str(error))


def _error_line(message: str) -> str:
    """The one line on stderr, worded as the command line's errors are."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CLI", "{prog}: error: {text}").format(
        prog="critexplorer", text=message
    )


def _show_start_error(window, message: str) -> None:
    """A warning over the window that does not block the event loop (the window goes on working)."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QMessageBox

    title = QCoreApplication.translate("App", "Cannot open session")
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, window)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.statusBar().showMessage(message, 10000)
    box.open()


def apply_start(window, start: StartState) -> None:
    """Show the start state in a window whose views exist, then the display options and selection."""
    model = window.model
    if start.resolution:
        model.resolution = start.resolution
    if start.session is not None:
        _open_session(window, start.session)
    elif start.slice is not None:
        model.apply_slice(start.slice, window=start.window)
    elif not model.apply_formula(
        start.formula, start.params, start.vars, window=start.window, preset=start.preset
    ):
        from PySide6.QtCore import QCoreApplication

        raise StartError(QCoreApplication.translate("App", "the formula could not be shown"))
    if (start.xlim is None) != (start.ylim is None):
        ls = model.landscape
        model.set_window(start.xlim or ls.xlim, start.ylim or ls.ylim)
    if start.log or start.taylor or start.curvature:
        model.set_display(
            surface_log=start.log or model.display.surface_log,
            contour_log=start.log or model.display.contour_log,
            show_taylor=start.taylor,
            show_curvature=start.curvature,
        )
    if start.gradient_map:
        model.set_display(show_gradient_map=True)
    if start.run_axis is not None:
        model.set_display(run_axis=start.run_axis)
    if start.select:
        model.select(start.select)
    if start.find_critical:
        model.find_critical_points()
    _start_runs(window, start)


def _start_runs(window, start: StartState) -> None:
    """--start, --steps and --race: set up the optimizer runs; a race runs to the end at once."""
    runs = window.model.runs
    if start.start:
        runs.set_start(start.start)
    if start.steps:
        runs.set_step_limit(start.steps)
    if start.race:
        runs.add_race(start.race)
        runs.run_to_end()
        window.side_tabs.setCurrentWidget(window.optimizer_panel)


def _open_lesson(window, start: StartState) -> None:
    """--lesson NAME [--step K]: the lesson at that step; for a screenshot, with everything the step
    shows (critical points, basin maps) computed before the picture is taken."""
    player = window.lesson_player
    player.wait = start.screenshot is not None
    player.open(start.lesson, start.lesson_step)
    player.wait = False


def _save_screenshot(window, path: Path) -> str | None:
    """Grab the whole window (GL pane included) once it has painted and write the PNG whole (the atomic
    writer: a full disk keeps the old file); None when written, else why not in one line."""
    from PySide6.QtWidgets import QApplication

    from critexplorer.files.atomic_write import describe_os_error, write_atomically
    from critexplorer.ui.export.errors import ExportError
    from critexplorer.ui.export.scene import image_bytes

    for _ in range(5):  # let layouts settle and the GL pane render its first frames
        QApplication.processEvents()
    image = window.grab().toImage()
    if window.surface_view is not None:
        # QWidget.grab() drops what pyqtgraph paints with QPainter on the GL pane (tick labels,
        # glyphs); the GL widget's own framebuffer has them, so paint it over its area.
        from PySide6.QtCore import QPoint, QRect
        from PySide6.QtGui import QPainter

        gl_widget = window.surface_view.gl_widget
        frame = gl_widget.grabFramebuffer()
        origin = gl_widget.mapTo(window, QPoint(0, 0))
        painter = QPainter(image)
        painter.drawImage(QRect(origin, gl_widget.size()), frame)
        window.surface_view.paint_overlay_widgets(painter, origin)
        painter.end()
    try:
        data = image_bytes(image, "PNG")
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, data)
    except ExportError as error:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("App", "could not write {path}: {error}").format(
            path=path, error=error
        )
    except OSError as error:
        return describe_os_error(error, path)
    return None


def run_window(start: StartState) -> int:
    """Open the explorer window on `start`; with a screenshot, save the PNG and exit. Returns the exit code.

    The window paints first (formula bar, panels, placeholders); pyqtgraph, the GL probe and the
    landscape follow in the next event-loop turn, so start-up feels as quick as a bare window.
    """
    from PySide6.QtCore import QCoreApplication, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication(["critexplorer"])
    app.setApplicationName("critexplorer")
    app.setDesktopFileName("critexplorer")  # matches resources/critexplorer.desktop (icon, task bar)
    from critexplorer.ui.translations import set_language, start_language

    set_language(start_language(start.language))  # before any widget: each is born in its language

    import pyqtgraph as pg

    from critexplorer.ui.main_window import MainWindow
    from critexplorer.ui.model import ExplorerModel

    pg.setConfigOptions(antialias=True)
    window = MainWindow(ExplorerModel(), defer_views=True)
    window.resize(*(start.size or DEFAULT_SIZE))
    if not (start.size or start.screenshot):  # a user's window opens where it was last closed
        window.session_actions.restore_geometry()
    outcome = {"code": 0}

    def fail(message: str) -> None:
        print(_error_line(message), file=sys.stderr)
        outcome["code"] = 2
        app.quit()

    def finish_start() -> None:
        if window.contour_view is not None:
            return
        window.build_views()
        window.formula_bar.set_presets(_presets())
        try:
            show_start(window, start)
        except StartError as error:
            fail(str(error))
            return
        if start.presenter:  # a screenshot keeps its --size rather than the virtual screen's
            window.presenter.enter(full_screen=start.screenshot is None)
        if start.lesson is not None:  # its step's state over the start state's
            _open_lesson(window, start)
        if os.environ.get("CRITEXPLORER_EXIT_WHEN_READY"):  # for benchmarks/bench_ui.py
            _after_first_paint(window, app.quit)
            window.update()
        if start.screenshot:
            delay = int(os.environ.get("CRITEXPLORER_SCREENSHOT_DELAY_MS", "300"))
            QTimer.singleShot(delay, shoot)

    def shoot() -> None:
        problem = _save_screenshot(window, start.screenshot)
        if problem is None:
            app.quit()
        else:
            fail(problem)

    if os.environ.get("CRITEXPLORER_EXIT_AFTER_FIRST_PAINT"):  # for benchmarks/bench_ui.py
        _after_first_paint(window, app.quit)
    else:
        _after_first_paint(window, finish_start)
        QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, finish_start)  # platforms that never paint
    window.show()
    app.exec()
    from critexplorer.ui.teardown import close_widgets

    close_widgets(app, window)  # before interpreter exit, where deleting it could crash
    return outcome["code"]


def _after_first_paint(window, callback) -> None:
    """Call `callback` once, in the event-loop turn after the window's next paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, callback)
            return False

    paint_filter = _FirstPaint(window)
    window.installEventFilter(paint_filter)


def _presets() -> list:
    try:
        from critexplorer.core.presets import load_presets
    except ImportError:
        return []
    return load_presets()
