"""A slice's landscape computed off the GUI thread while the window stays responsive.

The model asks for a slice's landscape synchronously (its callers — zoom, a new grid, Undo, a session
opening — go on with it at once), so the wait is a local event loop: the fields are computed in a
QThread while the GUI thread keeps painting and handling events, with a busy progress dialog and Cancel
after PROGRESS_DELAY_MS. The dialog is window-modal, so nothing else can change the view meanwhile.
A cancelled wait returns None (the model then leaves the view as it was); the thread's result is
dropped when it finishes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from critexplorer.ui.model import Landscape
from critexplorer.ui.networks.workers import keep_alive

PROGRESS_DELAY_MS = 200  # shorter waits show no dialog (the developers' guide: > ~200 ms gets progress)
_WAITING: set = set()  # non-empty while a wait's local event loop runs


class _LandscapeThread(QThread):
    made = Signal(object)  # Landscape, or the exception raised while making it

    def __init__(self, loss, xlim, ylim, resolution: int):
        super().__init__()
        self.arguments = (loss, tuple(xlim), tuple(ylim), int(resolution))

    def run(self) -> None:
        try:
            landscape = Landscape.compute(*self.arguments)
            landscape.fields  # noqa: B018 — values, gradients and Hessians: the slow part, here
        except Exception as error:  # handed to the GUI thread, raised there as if computed in place
            self.made.emit(error)
            return
        self.made.emit(landscape)


def compute_off_gui_thread(parent: QWidget | None, loss, xlim, ylim, resolution: int):
    """The Landscape of `loss` on the grid, computed in a worker; None when the user cancelled, or when
    another wait is under way (a zoom during the first PROGRESS_DELAY_MS, before the dialog blocks input)."""
    if _WAITING:
        return None
    _WAITING.add(True)
    try:
        return _wait(parent, loss, xlim, ylim, resolution)
    finally:
        _WAITING.clear()


def _wait(parent, loss, xlim, ylim, resolution):
    thread = _LandscapeThread(loss, xlim, ylim, resolution)
    loop = QEventLoop()
    outcome: dict = {}

    def made(value) -> None:
        outcome["value"] = value
        loop.quit()

    thread.made.connect(made, Qt.ConnectionType.QueuedConnection)
    dialog = QProgressDialog(
        QCoreApplication.translate(
            "SliceLandscape", "Computing the slice's landscape on {n}² points…"
        ).format(n=int(resolution)),
        QCoreApplication.translate("SliceLandscape", "Cancel"),
        0,
        0,
        parent,
    )
    dialog.setWindowTitle(QCoreApplication.translate("SliceLandscape", "Network slice"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.reset()  # hidden until the timer: short waits flash nothing
    dialog.canceled.connect(loop.quit)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: dialog.show() if "value" not in outcome else None)
    keep_alive(thread)
    thread.start()
    timer.start(PROGRESS_DELAY_MS)
    loop.exec()
    timer.stop()
    cancelled = "value" not in outcome
    dialog.hide()
    dialog.deleteLater()
    if cancelled:
        return None
    value = outcome["value"]
    if isinstance(value, Exception):
        raise value
    return value


def install_slice_landscapes(model, parent: QWidget | None) -> None:
    """The model's slices compute their landscapes off the GUI thread from now on."""
    model.slice_landscape = lambda loss, xlim, ylim, resolution: compute_off_gui_thread(
        parent, loss, xlim, ylim, resolution
    )
