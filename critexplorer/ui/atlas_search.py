"""The critical-point search run off the GUI thread, with progress and Cancel.

The atlas takes up to a few seconds (see core/atlas/budget); run on the GUI thread it would freeze
the window. One search runs at a time: starting another cancels the one before, and a result that
arrives after its search was cancelled or superseded is dropped, so markers never belong to an
older window than the one in view.
"""

from __future__ import annotations

import atexit
import threading

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from critexplorer.core.atlas.find import AtlasCancelled, AtlasError, find_critical_points

# Every search thread until its run() has returned, whoever started it: a QThread object destroyed
# while it runs aborts the process (a model closed, or a test ending, mid-search).
_LIVE: set[_SearchThread] = set()


def stop_all_searches() -> None:
    """Cancel every running search and wait for its thread (the application quitting)."""
    for thread in list(_LIVE):
        thread.stop.set()
    for thread in list(_LIVE):
        thread.wait()


# A script that never runs the event loop (a screenshot) never hears aboutToQuit.
atexit.register(stop_all_searches)


class _SearchThread(QThread):
    progressed = Signal(int, float)  # search id, fraction done
    found = Signal(int, object)  # search id, Atlas
    failed = Signal(int, str)  # search id, what went wrong

    def __init__(self, search_id: int, loss, xlim, ylim, scale):
        super().__init__()
        self.search_id = search_id
        self.arguments = (loss, xlim, ylim, scale)
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            atlas = find_critical_points(
                *self.arguments,
                progress=lambda fraction: self.progressed.emit(self.search_id, fraction),
                cancelled=self.stop.is_set,
            )
        except AtlasCancelled:
            return
        except AtlasError as error:  # a window it cannot search
            self.failed.emit(self.search_id, str(error))
            return
        self.found.emit(self.search_id, atlas)


class AtlasSearch(QObject):
    """Starts, cancels and reports background atlas searches (signals arrive on the GUI thread)."""

    started = Signal()
    progressed = Signal(float)  # fraction done, 0 … 1
    found = Signal(object)  # Atlas
    failed = Signal(str)
    stopped = Signal()  # finished, failed or cancelled: the progress display can go

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._thread: _SearchThread | None = None
        self._next_id = 0
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(stop_all_searches)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, loss, xlim, ylim, scale) -> None:
        self.cancel()
        self._next_id += 1
        thread = _SearchThread(self._next_id, loss, xlim, ylim, scale)
        thread.progressed.connect(self._on_progress)
        thread.found.connect(self._on_found)
        thread.failed.connect(self._on_failed)
        thread.finished.connect(lambda: _LIVE.discard(thread))
        self._thread = thread
        _LIVE.add(thread)
        self.started.emit()
        thread.start()

    def cancel(self) -> None:
        """Stop the running search (it ends at its next stage); nothing it finds is reported."""
        if self._thread is None:
            return
        self._thread.stop.set()
        self._thread = None
        self.stopped.emit()

    def _current(self, search_id: int) -> bool:
        return self._thread is not None and self._thread.search_id == search_id

    def _on_progress(self, search_id: int, fraction: float) -> None:
        if self._current(search_id):
            self.progressed.emit(fraction)

    def _on_found(self, search_id: int, atlas) -> None:
        if self._current(search_id):
            self._thread = None
            self.stopped.emit()
            self.found.emit(atlas)

    def _on_failed(self, search_id: int, text: str) -> None:
        if self._current(search_id):
            self._thread = None
            self.stopped.emit()
            self.failed.emit(text)
