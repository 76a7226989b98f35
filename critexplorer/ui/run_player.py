"""The player of the window's runs: Play/Pause at a speed in steps per second, driven by a QTimer.

It only asks the runs model to step. Each tick takes the steps that are due at the chosen speed, but
never spends more than TICK_BUDGET_S on them, so the window keeps answering at any speed. It stops
by itself when every run has finished, and whenever the runs model is interrupted (reset, cleared,
re-bound to a new formula).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from critexplorer.ui.runs_model import RunsModel

TICK_MS = 16  # the player's timer: at most ~60 redraws a second
TICK_BUDGET_S = 0.010  # stepping time per tick; the rest of the frame is for drawing and input
DEFAULT_SPEED = 60.0  # steps per second
MAX_SPEED = 10_000.0


class RunPlayer(QObject):
    playingChanged = Signal(bool)
    speedChanged = Signal(float)

    def __init__(self, runs: RunsModel, parent: QObject | None = None):
        super().__init__(parent)
        self.runs = runs
        self.steps_per_second = DEFAULT_SPEED
        self._due = 0.0  # steps owed (fractional: slow speeds step every few ticks)
        self._last_tick = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        runs.interrupted.connect(self.pause)
        runs.stepped.connect(self._stop_when_finished)

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    def play(self) -> None:
        if not self.runs.runs or self.runs.finished or self.playing:
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

    def step_once(self) -> None:
        """One step by hand (the → and . keys): pauses first."""
        if self.runs.runs:
            self.pause()
            self.runs.step()

    def set_speed(self, steps_per_second: float) -> None:
        self.steps_per_second = float(min(max(steps_per_second, 0.1), MAX_SPEED))
        self.speedChanged.emit(self.steps_per_second)

    def _stop_when_finished(self) -> None:
        if self.runs.finished:
            self.pause()

    def _tick(self) -> None:
        now = time.perf_counter()
        self._due += (now - self._last_tick) * self.steps_per_second
        self._last_tick = now
        steps = int(self._due)
        if steps == 0:
            return
        self._due -= steps
        group = self.runs.group
        for _ in range(steps):
            if not group.step() or time.perf_counter() - now > TICK_BUDGET_S:
                self._due = 0.0  # too slow for this speed: drop the backlog rather than freeze
                break
        self.runs.stepped.emit()
