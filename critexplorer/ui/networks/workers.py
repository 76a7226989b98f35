"""Off the GUI thread: the experiment (core.networks.experiment.run_experiment, with its progress
callback and a cancel flag) and a slice's fields on the window's grid (0.5 s at 128², 2 s at 256²
for 2-8-1 on 64 samples, measured, so never on the GUI thread).

Both keep their QThread alive in _LIVE until run() returns: a QThread destroyed while running aborts
the process (a window closed, or a test ending, mid-run).
"""

from __future__ import annotations

import atexit
import threading
import time

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from critexplorer.core.networks.experiment import ExperimentError, ExperimentSpec, run_experiment
from critexplorer.core.networks.slices import SliceError, slice_loss
from critexplorer.ui.model import Landscape

_LIVE: set[QThread] = set()


def stop_all_network_work() -> None:
    """Cancel every experiment and wait for every worker (the application quitting, a test ending)."""
    for thread in list(_LIVE):
        getattr(thread, "stop", threading.Event()).set()
    for thread in list(_LIVE):
        thread.wait()


atexit.register(stop_all_network_work)


def keep_alive(thread: QThread) -> None:
    """Hold `thread` until it finishes (in _LIVE; stop_all_network_work waits for it)."""
    _LIVE.add(thread)
    thread.finished.connect(lambda: _LIVE.discard(thread))


class _ExperimentThread(QThread):
    progressed = Signal(int, int, float)  # runs finished, runs asked for, seconds since the start
    done = Signal(object)  # ExperimentResult (cancelled or not: the finished runs are kept)
    failed = Signal(str)

    def __init__(self, spec: ExperimentSpec, jobs: int):
        super().__init__()
        self.spec, self.jobs = spec, jobs
        self.stop = threading.Event()

    def run(self) -> None:
        start = time.perf_counter()
        try:
            result = run_experiment(
                self.spec,
                jobs=self.jobs,
                progress=lambda done, total: self.progressed.emit(done, total, time.perf_counter() - start),
                should_stop=self.stop.is_set,
            )
        except (ExperimentError, OSError, ValueError, ArithmeticError) as error:
            self.failed.emit(str(error))
            return
        self.done.emit(result)


class ExperimentRunner(QObject):
    """One experiment at a time; `finished` carries the result (with `cancelled` after Cancel)."""

    started = Signal()
    progressed = Signal(int, int, float)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._thread: _ExperimentThread | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(stop_all_network_work)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, spec: ExperimentSpec, jobs: int) -> None:
        if self._thread is not None:
            return
        thread = self._thread = _ExperimentThread(spec, jobs)
        thread.progressed.connect(self.progressed)
        thread.done.connect(self._on_done)
        thread.failed.connect(self._on_failed)
        keep_alive(thread)
        self.started.emit()
        thread.start()

    def cancel(self) -> None:
        """Ask the experiment to stop after the task under way; it reports the runs finished."""
        if self._thread is not None:
            self._thread.stop.set()

    def _on_done(self, result) -> None:
        self._thread = None
        self.finished.emit(result)

    def _on_failed(self, text: str) -> None:
        self._thread = None
        self.failed.emit(text)


class _SliceThread(QThread):
    made = Signal(int, object, object)  # request id, NetworkSlice, Landscape
    failed = Signal(int, str)

    def __init__(self, request: int, network, data, theta, directions, label: str, resolution: int):
        super().__init__()
        self.request = request
        self.arguments = (network, data, theta, directions, label)
        self.resolution = resolution
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            made = slice_loss(*self.arguments)
            landscape = Landscape.compute(made.loss, made.xlim, made.ylim, self.resolution)
            landscape.fields  # noqa: B018 — gradients and Hessians on the grid: computed here, not on the GUI
        except (SliceError, ValueError, ArithmeticError) as error:
            self.failed.emit(self.request, str(error))
            return
        self.made.emit(self.request, made, landscape)


class SliceLoader(QObject):
    """Makes a slice and its landscape in a worker; a newer request drops an older one's result."""

    made = Signal(object, object)  # NetworkSlice, Landscape
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._request = 0
        self.busy = False

    def load(self, network, data, theta, directions, label: str, resolution: int) -> None:
        self._request += 1
        thread = _SliceThread(self._request, network, data, theta, list(directions), label, resolution)
        thread.made.connect(self._on_made)
        thread.failed.connect(self._on_failed)
        keep_alive(thread)
        self.busy = True
        thread.start()

    def _on_made(self, request: int, made, landscape) -> None:
        if request == self._request:
            self.busy = False
            self.made.emit(made, landscape)

    def _on_failed(self, request: int, text: str) -> None:
        if request == self._request:
            self.busy = False
            self.failed.emit(text)
