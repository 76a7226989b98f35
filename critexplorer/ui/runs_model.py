"""The optimizer runs of the window, part of its one model (ExplorerModel.runs).

RunsModel owns one core RunGroup (all derivatives of a step in one vectorized call); each run carries
the RunSpec it was made from, so a run's spec and trail are the whole run, for the views, the panel,
sessions and exports alike. It holds no widgets and no timer: the player (ui.run_player) asks it to
step. Views, plots and the panel subscribe to its signals.

When the formula (its text, parameters or variables) changes, the runs are re-bound: each RunSpec
is rebuilt on the new loss and starts again from its start point (trails cleared, playing stops).
Zooming, panning, a new resolution or re-applying the same formula keep them as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Signal

from critexplorer.core.data import DataError, DataLoss
from critexplorer.core.limits import (
    DEFAULT_WINDOW_STEP_LIMIT,
    MAX_STEP_LIMIT,
    RACE,
    RUN_PALETTE,
    palette_color,
)
from critexplorer.core.loss import Loss
from critexplorer.core.optimizers.hyperparams import OptimizerError
from critexplorer.core.optimizers.registry import optimizer_spec
from critexplorer.core.runs import Bounds, Run, RunGroup, RunSpec, loss_for_runs, restore_runs


class RunsModel(QObject):
    runsChanged = Signal()  # runs added, removed, cleared or re-bound (items must be rebuilt)
    stepped = Signal()  # trails moved on or were reset (items update their data in place)
    interrupted = Signal()  # trails restarted or runs went away: whoever plays them stops
    startChanged = Signal(object)  # np.ndarray (2,): where the next run starts
    settingsChanged = Signal()  # step limit or arrow toggles
    error = Signal(str)  # a run that could not be made, for the panel to show inline

    def __init__(self, model, parent: QObject | None = None):
        super().__init__(parent)
        self.model = model
        self.group = RunGroup()
        self.step_limit = DEFAULT_WINDOW_STEP_LIMIT
        self.show_gradient_arrows = False
        self.show_update_arrows = False
        self.start = np.zeros(2)
        self._start_set = False
        self._bound_key: tuple | None = None  # formula, parameters and variables the runs are on
        self._run_loss: Loss | None = None
        model.landscapeChanged.connect(self._on_landscape)
        model.startPicked.connect(self.set_start)

    # ---- state for others ----------------------------------------------------------------------
    @property
    def runs(self) -> list[Run]:
        """The runs shown, in order; each has its .spec (colour, label, settings) and .trail."""
        return list(self.group.runs)

    @property
    def finished(self) -> bool:
        return self.group.finished

    def next_color(self) -> str:
        used = {run.spec.color for run in self.group.runs}
        fallback = palette_color(len(self.group.runs))
        return next((c for c in RUN_PALETTE if c not in used), fallback)

    def unique_label(self, base: str) -> str:
        """`base`, or `base #2`, `#3`… when a run already has that label."""
        taken = {run.spec.name for run in self.group.runs}
        n, label = 1, base
        while label in taken:
            n += 1
            label = f"{base} #{n}"
        return label

    # ---- the start point -----------------------------------------------------------------------
    @property
    def start_chosen(self) -> bool:
        """Whether the user has set the start (until then it follows the window's centre)."""
        return self._start_set

    def set_start(self, point) -> None:
        point = np.asarray(point, float).reshape(-1)
        if point.shape != (2,) or not np.all(np.isfinite(point)):
            return
        self.start, self._start_set = point.copy(), True
        self.startChanged.emit(self.start.copy())

    # ---- adding and removing runs ----------------------------------------------------------------
    def add_run(self, spec: RunSpec) -> Run:
        """A run of `spec` (with the window's step limit) on the shown loss; OptimizerError/DataError
        if it cannot be made."""
        run = self._make_run(spec.with_changes(max_steps=self.step_limit))
        self.group.add(run)
        self.runsChanged.emit()
        return run

    def try_add_run(self, spec: RunSpec) -> Run | None:
        """add_run, with a bad spec reported through `error` instead of raised (for the panel)."""
        try:
            return self.add_run(spec)
        except (OptimizerError, DataError) as problem:
            self.error.emit(str(problem))
            return None

    def add_race(self, names: Sequence[str] = RACE, start=None) -> list[Run]:
        """One run per optimizer (default hyperparameters) from one start, each in its own colour."""
        start = self.start if start is None else np.asarray(start, float)
        return [
            self.add_run(
                RunSpec(
                    name,
                    (float(start[0]), float(start[1])),
                    color=self.next_color(),
                    label=optimizer_spec(name).label,
                )
            )
            for name in names
        ]

    def remove(self, run: Run) -> None:
        if run in self.group.runs:
            self.group.remove(run)
            if not self.group.runs:
                self.interrupted.emit()
            self.runsChanged.emit()

    def clear(self) -> None:
        self.interrupted.emit()
        self.group = RunGroup()
        self.runsChanged.emit()

    def restore(self, saved: Sequence[tuple[RunSpec, np.ndarray]]) -> None:
        """Put back saved runs on the shown loss, each spec as it was (its own step limit) and each
        trail as data (core.runs.restore_runs); OptimizerError/DataError, and nothing changed, if one
        cannot be."""
        loss = self._loss_for_runs()
        if loss is None:
            raise OptimizerError(QCoreApplication.translate("RunsModel", "show a loss before restoring runs"))
        ls = self.model.landscape
        with np.errstate(all="ignore"):
            self.adopt(restore_runs(loss, saved, ls.xlim, ls.ylim), loss)

    def adopt(self, runs: Sequence[Run], loss: Loss) -> None:
        """Show `runs` instead of the current ones; they were made on `loss`, the runs' loss of the
        formula shown now (so that runs added later step in the same vectorized group)."""
        self.interrupted.emit()
        self.group = RunGroup(runs)
        self._run_loss = loss
        self.runsChanged.emit()

    def _make_run(self, spec: RunSpec) -> Run:
        loss = self._loss_for_runs()
        if loss is None:
            raise OptimizerError(QCoreApplication.translate("RunsModel", "show a loss before adding a run"))
        ls = self.model.landscape
        return Run(loss, spec, Bounds.around(spec.start, ls.xlim, ls.ylim))

    def _loss_for_runs(self) -> Loss | None:
        """The shown loss, or the preset's sample-backed loss (mini-batch gradients) when it has data."""
        loss = self.model.loss
        if loss is None:
            return None
        if self._run_loss is None:
            self._run_loss = loss_for_runs(loss, self.model.preset)
        return self._run_loss

    def data_size(self) -> int | None:
        """How many samples the runs' loss has (None on a plain formula): the largest batch size."""
        loss = self._loss_for_runs()
        return loss.dataset.size if isinstance(loss, DataLoss) else None

    def _on_landscape(self, landscape) -> None:
        if not self._start_set:  # the window's centre until the user picks a start
            self.start = np.array([np.mean(landscape.xlim), np.mean(landscape.ylim)])
            self.startChanged.emit(self.start.copy())
        # The preset is part of it: chain-data has the lecture's formula, but its runs walk the samples.
        key = (
            self.model.formula_text,
            tuple(sorted(self.model.params.items())),
            tuple(landscape.loss.vars),
            getattr(self.model.preset, "name", None),
        )
        if key == self._bound_key:
            # Zoom, pan, resolution, or the same formula applied again (the formula bar re-applies
            # on leaving it): the runs and their loss stay as they are.
            return
        self._bound_key, self._run_loss = key, None
        if self.group.runs:
            self._rebind()

    def _rebind(self) -> None:
        """A new formula: rebuild every run on it from its spec, back at its start."""
        self.interrupted.emit()
        specs = [run.spec for run in self.group.runs]
        self.group = RunGroup()
        size = self.data_size()
        for spec in specs:
            if spec.batch_size is not None and size is not None and spec.batch_size > size:
                spec = spec.with_changes(batch_size=size)
            try:
                self.group.add(self._make_run(spec))
            except (OptimizerError, DataError) as problem:
                removed = QCoreApplication.translate("RunsModel", "{run} was removed: {problem}")
                self.error.emit(removed.format(run=spec.name, problem=problem))
        self.runsChanged.emit()

    # ---- stepping ------------------------------------------------------------------------------
    def step(self, count: int = 1) -> bool:
        """`count` steps of every unfinished run; False once all have finished."""
        more = not self.group.finished
        for _ in range(int(count)):
            more = self.group.step()
            if not more:
                break
        self.stepped.emit()
        return more

    def step_back(self) -> bool:
        """Every run one step back, replayed from its start (so its optimizer state and noise are
        exactly those of that step); False if every run is at its start already."""
        steps = [run.steps_taken for run in self.group.runs]
        if not any(steps):
            return False
        self.interrupted.emit()
        self.group.replay(max(count - 1, 0) for count in steps)
        self.stepped.emit()
        return True

    def run_to_end(self) -> None:
        """Step until every run has finished (blocking: for scripts and screenshots, not the UI)."""
        self.interrupted.emit()
        while self.group.step():
            pass
        self.stepped.emit()

    def reset(self) -> None:
        """Every run back to its start: trails, optimizer state, noise and batches start over."""
        self.interrupted.emit()
        self.group.reset()
        self.stepped.emit()

    def set_step_limit(self, limit: int) -> None:
        """The step limit of new runs and of the shown ones (a finished run keeps its end until reset)."""
        self.step_limit = int(min(max(limit, 1), MAX_STEP_LIMIT))
        for run in self.group.runs:
            run.set_step_limit(self.step_limit)
        self.settingsChanged.emit()

    def set_arrows(self, gradient: bool | None = None, update: bool | None = None) -> None:
        if gradient is not None:
            self.show_gradient_arrows = bool(gradient)
        if update is not None:
            self.show_update_arrows = bool(update)
        self.settingsChanged.emit()
        self.stepped.emit()
