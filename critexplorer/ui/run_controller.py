"""The optimizer runs on screen and the timer that plays them.

RunController owns one core RunGroup (all derivatives of a step in one vectorized call), the
settings each run was made from (RunSpec) and the player: Step, Play/Pause, Reset, speed in steps
per second and a step limit. Views, plots and the panel subscribe to its signals; it holds no
widgets. Playing is driven by a QTimer: each tick takes the steps that are due at the chosen speed,
but never spends more than TICK_BUDGET_S on them, so the window keeps answering at any speed.

When the formula (its text, parameters or variables) changes, the runs are re-bound: each RunSpec
is rebuilt on the new loss and starts again from its start point (trails cleared, playing stops).
Zooming, panning, a new resolution or re-applying the same formula keep them as they are.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from critexplorer.core.data import DataError, DataLoss, data_loss_for_preset
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
from critexplorer.core.optimizers.schedules import CONSTANT, Schedule
from critexplorer.core.runs import Bounds, Run, RunGroup

TICK_MS = 16  # the player's timer: at most ~60 redraws a second
TICK_BUDGET_S = 0.010  # stepping time per tick; the rest of the frame is for drawing and input
DEFAULT_SPEED = 60.0  # steps per second
MAX_SPEED = 10_000.0


@dataclass(frozen=True)
class RunSpec:
    """Everything a run was made from: enough to rebuild it on another loss, or to save it."""

    optimizer: str
    start: tuple[float, float]
    hyperparams: Mapping[str, float] = field(default_factory=dict)
    color: str = RUN_PALETTE[0]
    label: str = ""
    schedule: str = CONSTANT
    schedule_values: Mapping[str, float] = field(default_factory=dict)
    batch_size: int | None = None  # mini-batch size on data-backed presets (None: the optimizer's default)
    seed: int = 0


class RunEntry:
    """One run on screen: its RunSpec and the live core Run (what sessions and exports read)."""

    def __init__(self, spec: RunSpec, run: Run):
        self.spec, self.run = spec, run

    # The attributes session_state.capture_runs reads, delegated to the live run.
    @property
    def optimizer(self):
        return self.run.optimizer

    @property
    def start(self) -> np.ndarray:
        return self.run.start

    @property
    def trail(self):
        return self.run.trail

    @property
    def outcome(self) -> str | None:
        return self.run.outcome

    @property
    def finished(self) -> bool:
        return self.run.finished

    @property
    def color(self) -> str:
        return self.spec.color

    @property
    def label(self) -> str:
        return self.spec.label or self.spec.optimizer

    def __repr__(self) -> str:
        return f"RunEntry({self.label!r}, steps={self.run.steps_taken}, outcome={self.outcome!r})"


class RunController(QObject):
    runsChanged = Signal()  # runs added, removed, cleared or re-bound (items must be rebuilt)
    stepped = Signal()  # trails moved on or were reset (items update their data in place)
    playingChanged = Signal(bool)
    startChanged = Signal(object)  # np.ndarray (2,): where the next run starts
    settingsChanged = Signal()  # speed, step limit or arrow toggles
    error = Signal(str)  # a run that could not be made, for the panel to show inline

    def __init__(self, model, parent: QObject | None = None):
        super().__init__(parent)
        self.model = model
        self.group = RunGroup()
        self.entries: list[RunEntry] = []
        self.steps_per_second = DEFAULT_SPEED
        self.step_limit = DEFAULT_WINDOW_STEP_LIMIT
        self.show_gradient_arrows = False
        self.show_update_arrows = False
        self.start = np.zeros(2)
        self._start_set = False
        self._bound_key: tuple | None = None  # formula, parameters and variables the runs are on
        self._run_loss: Loss | None = None
        self._due = 0.0  # steps owed by the player (fractional: slow speeds step every few ticks)
        self._last_tick = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        model.landscapeChanged.connect(self._on_landscape)
        model.startPicked.connect(self.set_start)
        if model.landscape is not None:
            self._on_landscape(model.landscape)

    # ---- state for others ----------------------------------------------------------------------
    @property
    def runs(self) -> list[RunEntry]:
        return list(self.entries)

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    @property
    def finished(self) -> bool:
        return self.group.finished

    def next_color(self) -> str:
        used = {e.color for e in self.entries}
        fallback = palette_color(len(self.entries))
        return next((c for c in RUN_PALETTE if c not in used), fallback)

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
    def add_run(self, spec: RunSpec) -> RunEntry:
        """Make a run from its spec on the shown loss; OptimizerError/DataError if the spec is bad."""
        entry = RunEntry(spec, self._make_run(spec))
        self.entries.append(entry)
        self.group.add(entry.run)
        self.runsChanged.emit()
        return entry

    def try_add_run(self, spec: RunSpec) -> RunEntry | None:
        """add_run, with a bad spec reported through `error` instead of raised (for the panel)."""
        try:
            return self.add_run(spec)
        except (OptimizerError, DataError) as problem:
            self.error.emit(str(problem))
            return None

    def add_race(self, names: Sequence[str] = RACE, start=None) -> list[RunEntry]:
        """One run per optimizer (default hyperparameters) from one start, each in its own colour."""
        start = self.start if start is None else np.asarray(start, float)
        added = []
        for name in names:
            label = optimizer_spec(name).label
            spec = RunSpec(name, (float(start[0]), float(start[1])), color=self.next_color(), label=label)
            added.append(self.add_run(spec))
        return added

    def remove(self, entry: RunEntry) -> None:
        if entry in self.entries:
            self.entries.remove(entry)
            self.group.remove(entry.run)
            if not self.entries:
                self.pause()
            self.runsChanged.emit()

    def clear(self) -> None:
        self.pause()
        self.entries = []
        self.group = RunGroup()
        self.runsChanged.emit()

    def restore_runs(self, records) -> None:
        """Put back saved runs (session RunRecords): rebuild each and replay it to its saved length."""
        self.clear()
        for record in records:
            spec = RunSpec(record.optimizer, tuple(map(float, record.start)),
                           {k: float(v) for k, v in dict(record.hyperparameters).items()},
                           color=record.color or self.next_color(), label=record.label)
            entry = self.try_add_run(spec)
            if entry is None:
                continue
            saved_steps = max(len(record.trail) - 1, 0)
            entry.run.max_steps = max(entry.run.max_steps, saved_steps)
            while entry.run.steps_taken < saved_steps and entry.run.step():
                pass
        self.stepped.emit()

    def _make_run(self, spec: RunSpec) -> Run:
        loss = self._loss_for_runs()
        if loss is None:
            raise OptimizerError("show a loss before adding a run")
        ls = self.model.landscape
        batch = spec.batch_size if isinstance(loss, DataLoss) else None
        return Run(loss, spec.optimizer, spec.start, max_steps=self.step_limit,
                   schedule=Schedule.make(spec.schedule, spec.schedule_values),
                   bounds=Bounds.around(spec.start, ls.xlim, ls.ylim), batch_size=batch, seed=spec.seed,
                   **dict(spec.hyperparams))

    def _loss_for_runs(self) -> Loss | None:
        """The shown loss, or the preset's sample-backed loss (mini-batch gradients) when it has data."""
        loss = self.model.loss
        if loss is None:
            return None
        if self._run_loss is None:
            preset = self.model.preset
            data_loss = None
            if preset is not None and preset.formula == self.model.formula_text:
                data_loss = data_loss_for_preset(preset)
            self._run_loss = data_loss or loss
        return self._run_loss

    def data_size(self) -> int | None:
        """How many samples the runs' loss has (None on a plain formula): the largest batch size."""
        loss = self._loss_for_runs()
        return loss.dataset.size if isinstance(loss, DataLoss) else None

    def _on_landscape(self, landscape) -> None:
        if not self._start_set:  # the window's centre until the user picks a start
            self.start = np.array([np.mean(landscape.xlim), np.mean(landscape.ylim)])
            self.startChanged.emit(self.start.copy())
        key = (self.model.formula_text, tuple(sorted(self.model.params.items())), tuple(landscape.loss.vars))
        if key == self._bound_key:
            # Zoom, pan, resolution, or the same formula applied again (the formula bar re-applies
            # on leaving it): the runs and their loss stay as they are.
            return
        self._bound_key, self._run_loss = key, None
        if self.entries:
            self._rebind()

    def _rebind(self) -> None:
        """A new formula: rebuild every run on it from its spec, back at its start."""
        self.pause()
        specs = [e.spec for e in self.entries]
        self.entries, self.group = [], RunGroup()
        size = self.data_size()
        for spec in specs:
            if spec.batch_size is not None and size is not None and spec.batch_size > size:
                spec = replace(spec, batch_size=size)
            try:
                run = self._make_run(spec)
            except (OptimizerError, DataError) as problem:
                self.error.emit(f"{spec.label or spec.optimizer} was removed: {problem}")
                continue
            self.entries.append(RunEntry(spec, run))
            self.group.add(run)
        self.runsChanged.emit()

    # ---- the player ----------------------------------------------------------------------------
    def step(self, count: int = 1) -> bool:
        """`count` steps of every unfinished run; False once all have finished."""
        more = not self.group.finished
        for _ in range(int(count)):
            more = self.group.step()
            if not more:
                break
        self.stepped.emit()
        if not more:
            self.pause()
        return more

    def run_to_end(self) -> None:
        """Step until every run has finished (blocking: for scripts and screenshots, not the UI)."""
        self.pause()
        while self.group.step():
            pass
        self.stepped.emit()

    def play(self) -> None:
        if not self.entries or self.group.finished or self.playing:
            return
        self._due, self._last_tick = 1.0, time.perf_counter()  # the first tick steps at once
        self.timer.start()
        self.playingChanged.emit(True)

    def pause(self) -> None:
        if self.playing:
            self.timer.stop()
            self.playingChanged.emit(False)

    def toggle_play(self) -> None:
        self.pause() if self.playing else self.play()

    def reset(self) -> None:
        """Every run back to its start: trails, optimizer state, noise and batches start over."""
        self.pause()
        self.group.reset()
        self.stepped.emit()

    def set_speed(self, steps_per_second: float) -> None:
        self.steps_per_second = float(min(max(steps_per_second, 0.1), MAX_SPEED))
        self.settingsChanged.emit()

    def set_step_limit(self, limit: int) -> None:
        """The step limit of new runs and of unfinished ones (finished runs keep theirs until reset)."""
        self.step_limit = int(min(max(limit, 1), MAX_STEP_LIMIT))
        for entry in self.entries:
            entry.run.max_steps = self.step_limit
        self.settingsChanged.emit()

    def set_arrows(self, gradient: bool | None = None, update: bool | None = None) -> None:
        if gradient is not None:
            self.show_gradient_arrows = bool(gradient)
        if update is not None:
            self.show_update_arrows = bool(update)
        self.settingsChanged.emit()
        self.stepped.emit()

    def _tick(self) -> None:
        now = time.perf_counter()
        self._due += (now - self._last_tick) * self.steps_per_second
        self._last_tick = now
        steps = int(self._due)
        if steps == 0:
            return
        self._due -= steps
        more = True
        for _ in range(steps):
            more = self.group.step()
            if not more or time.perf_counter() - now > TICK_BUDGET_S:
                self._due = 0.0  # too slow for this speed: drop the backlog rather than freeze
                break
        self.stepped.emit()
        if not more:
            self.pause()
