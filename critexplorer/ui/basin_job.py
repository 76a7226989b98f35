"""A basin map computed off the GUI thread, coarse first, with progress and Cancel.

A map of 128² starts takes about a second, 512² up to a minute: run on the GUI thread it would freeze
the window. The thread finds the window's atlas, then maps a coarse grid (a quarter of the side) and
reports it at once, then the full grid. A job may map a second optimizer on the same atlas (the
Basins tab's "Compare with"), so both maps number the attractors alike and share their colours. One
job runs at a time: starting another cancels the one
before, and a map that arrives after its job was cancelled or superseded is dropped.
"""

from __future__ import annotations

import atexit
import threading

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from critexplorer.core.atlas.find import AtlasCancelled, AtlasError, find_critical_points
from critexplorer.core.basins.basin_map import BasinError, BasinsCancelled, compute_basin_map
from critexplorer.core.data import DataError
from critexplorer.core.optimizers.hyperparams import OptimizerError

COARSE_DIVISOR, COARSE_MIN = 4, 16  # the first map has a quarter of the side (at least 16 cells)

_LIVE: set[_BasinThread] = set()  # every thread until its run() returns (see ui/atlas_search.py)


def stop_all_basin_jobs() -> None:
    for thread in list(_LIVE):
        thread.stop.set()
    for thread in list(_LIVE):
        thread.wait()


atexit.register(stop_all_basin_jobs)


def refinement_grids(grid: int) -> list[int]:
    """The grids mapped one after the other: a coarse one first when it is much smaller."""
    coarse = max(COARSE_MIN, grid // COARSE_DIVISOR)
    return [coarse, grid] if coarse < grid else [grid]


class _BasinThread(QThread):
    progressed = Signal(int, float)
    mapped = Signal(int, object, bool)  # job id, [BasinMap of each spec], final (the full grid)
    failed = Signal(int, str)

    def __init__(self, job_id: int, loss, atlas_loss, specs, xlim, ylim, grid: int):
        super().__init__()
        self.job_id = job_id
        self.arguments = (loss, atlas_loss, list(specs), xlim, ylim, grid)
        self.stop = threading.Event()

    def run(self) -> None:
        loss, atlas_loss, specs, xlim, ylim, grid = self.arguments
        grids = refinement_grids(grid)
        # Each map's share of the work: its number of starts.
        total = len(specs) * sum(g * g for g in grids)
        try:
            atlas = find_critical_points(atlas_loss, xlim, ylim, cancelled=self.stop.is_set)
            done = 0
            for g in grids:
                maps = []
                for spec in specs:

                    def progress(fraction: float, before=done, size=g * g) -> None:
                        self.progressed.emit(self.job_id, (before + fraction * size) / total)

                    stop = self.stop.is_set
                    maps.append(
                        compute_basin_map(loss, spec, xlim, ylim, g, atlas, progress=progress, cancelled=stop)
                    )
                    done += g * g
                self.mapped.emit(self.job_id, maps, g == grids[-1])
        except (AtlasCancelled, BasinsCancelled):
            return
        except (AtlasError, BasinError, DataError, OptimizerError) as error:
            self.failed.emit(self.job_id, str(error))


class BasinJob(QObject):
    """Starts, cancels and reports background basin maps (signals arrive on the GUI thread)."""

    started = Signal()
    progressed = Signal(float)
    mapped = Signal(object, bool)  # BasinMap, final
    compared = Signal(object, bool)  # the second optimizer's BasinMap (same atlas), final
    failed = Signal(str)
    stopped = Signal()  # finished, failed or cancelled

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._thread: _BasinThread | None = None
        self._next_id = 0
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(stop_all_basin_jobs)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, loss, atlas_loss, spec, xlim, ylim, grid: int, compare=None) -> None:
        """Map `spec` (and `compare`, a second RunSpec, on the same atlas) over the window."""
        self.cancel()
        self._next_id += 1
        specs = [spec] if compare is None else [spec, compare]
        thread = _BasinThread(self._next_id, loss, atlas_loss, specs, xlim, ylim, grid)
        thread.progressed.connect(self._on_progress)
        thread.mapped.connect(self._on_mapped)
        thread.failed.connect(self._on_failed)
        thread.finished.connect(lambda: _LIVE.discard(thread))
        self._thread = thread
        _LIVE.add(thread)
        self.started.emit()
        thread.start()

    def cancel(self) -> None:
        if self._thread is None:
            return
        self._thread.stop.set()
        self._thread = None
        self.stopped.emit()

    def _current(self, job_id: int) -> bool:
        return self._thread is not None and self._thread.job_id == job_id

    def _on_progress(self, job_id: int, fraction: float) -> None:
        if self._current(job_id):
            self.progressed.emit(fraction)

    def _on_mapped(self, job_id: int, maps, final: bool) -> None:
        if not self._current(job_id):
            return
        if final:
            self._thread = None
            self.stopped.emit()
        if len(maps) > 1:
            self.compared.emit(maps[1], final)
        self.mapped.emit(maps[0], final)

    def _on_failed(self, job_id: int, text: str) -> None:
        if self._current(job_id):
            self._thread = None
            self.stopped.emit()
            self.failed.emit(text)
