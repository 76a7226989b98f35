"""The lesson being shown and its place: opening a lesson, going to a step (its whole state applied
through the ExplorerModel's public methods, so stepping back shows that step exactly), and whether the
step's "try it" task is done, re-checked whenever the model says something changed.

A step's state, in order: the loss (preset, formula or a network's slice) and its window, the display
layers (the run plots' x-axis among them), the selection (and the escape step from it), the critical
points, the runs (added, then played), the basin map, the experiment's scatters. With `wait`
(screenshots) the critical points and the basin map are computed before go() returns; otherwise off
the GUI thread, as F5 and Map basins do.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal

from critexplorer.core.i18n import current_language
from critexplorer.core.lessons.checks import Observation, check_passes
from critexplorer.core.lessons.lesson import PLAY_TO_END, Lesson, SlicePlan, StepState
from critexplorer.core.limits import DEFAULT_WINDOW, DEFAULT_WINDOW_STEP_LIMIT
from critexplorer.core.networks.slices import SliceError
from critexplorer.files.lesson_file import LessonError, find_lesson, read_results


class LessonPlayer(QObject):
    opened = Signal(object)  # Lesson
    stepChanged = Signal(int)  # the step shown, from 0
    checkChanged = Signal(object)  # True / False: the step's task done or not; None: no task
    closed = Signal()

    def __init__(self, window, parent: QObject | None = None):
        super().__init__(parent or window)
        self.window, self.model = window, window.model
        self.lesson: Lesson | None = None
        self.index = 0
        self.wait = False  # compute everything before go() returns (screenshots)
        self.passed: bool | None = None
        self._slices: dict[SlicePlan, object] = {}  # made once per plan: stepping back is instant
        model = self.model
        for signal in (
            model.selectionChanged,
            model.escapeChanged,
            model.displayChanged,
            model.landscapeChanged,
            model.runs.runsChanged,
        ):
            signal.connect(self._recheck)

    # ---- the place --------------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.lesson is not None

    @property
    def step(self):
        return None if self.lesson is None else self.lesson.steps[self.index]

    def place(self) -> tuple[str, int] | None:
        """(the lesson's name, or its file's path for a user's lesson; the step from 1), for a session."""
        if self.lesson is None:
            return None
        lesson = self.lesson
        return (
            lesson.name if lesson.builtin or lesson.source is None else str(lesson.source)
        ), self.index + 1

    def open(self, lesson: Lesson, index: int = 0, apply: bool = True) -> None:
        """Show `lesson` at step `index` (from 0); apply False keeps what the window shows (a session
        that was saved at that step has its own state)."""
        self.lesson = lesson
        self.index = min(max(int(index), 0), len(lesson.steps) - 1)
        self.opened.emit(lesson)
        if apply:
            self.apply_step()
        self.stepChanged.emit(self.index)
        self._recheck()

    def restore_place(self, place: tuple[str, int] | None) -> str | None:
        """A session's place put back without touching the window's state; why not, in words, or None."""
        if place is None:
            self.close()
            return None
        ref, step = place
        try:
            lesson = find_lesson(ref)
        except LessonError as error:
            self.close()
            return str(error)
        self.open(lesson, step - 1, apply=False)
        return None

    def go(self, index: int) -> bool:
        if self.lesson is None or not 0 <= index < len(self.lesson.steps):
            return False
        self.index = index
        self.apply_step()
        self.stepChanged.emit(index)
        self._recheck()
        return True

    def next(self) -> bool:
        return self.go(self.index + 1)

    def back(self) -> bool:
        return self.go(self.index - 1)

    def close(self) -> None:
        if self.lesson is not None:
            self.lesson = None
            self.passed = None
            self.closed.emit()

    # ---- a step's state -----------------------------------------------------------------------------
    def apply_step(self) -> None:
        """Put the window in the current step's state, all of it."""
        state = self.step.state
        model, window = self.model, self.window
        basin_panel = getattr(window, "basin_panel", None)
        if basin_panel is not None:
            basin_panel.restore_settings(None)  # the old map would describe another landscape
        model.runs.clear()
        try:
            self._show_loss(state)
        except (LessonError, SliceError) as error:  # its results file changed since the lesson opened
            self._say(str(error))
            return  # the rest of the step (a point, runs) belongs to the landscape that is not there
        model.set_display(**state.display())
        if state.select is not None:
            model.select(state.select)
            if state.escape:
                model.escape_saddle()
        else:
            model.clear_selection()
        if state.atlas:
            model.find_critical_points() if self.wait else model.search_critical_points()
        else:
            model.clear_atlas()
        self._add_runs(state)
        tabs = getattr(window, "side_tabs", None)
        if state.basins is not None and basin_panel is not None:
            plan = state.basins
            basin_panel.restore_settings((plan.spec, plan.grid, plan.compare))
            if self.wait:
                self._wait_for(lambda: not basin_panel.job.running)
            if tabs is not None:
                tabs.setCurrentWidget(basin_panel)
        elif tabs is not None:
            panel = getattr(window, "optimizer_panel", None) if state.runs else window.point_panel
            if panel is not None:
                tabs.setCurrentWidget(panel)
        if state.experiment is not None:
            self._show_experiment(state)

    def _show_loss(self, state: StepState) -> None:
        from critexplorer.core.presets import get_preset

        model = self.model
        if state.slice is not None:
            model.apply_slice(self._slice(state.slice), window=state.window)
            return
        if state.preset is not None:
            preset = get_preset(state.preset)
            model.apply_formula(
                preset.formula,
                preset.params,
                preset.vars,
                window=state.window or (preset.xlim, preset.ylim),
                preset=preset,
            )
            return
        model.apply_formula(state.formula, state.params, state.vars, window=state.window or DEFAULT_WINDOW)

    def _slice(self, plan: SlicePlan):
        """The network's slice (a few ms for the built-in 1-4-1 and 4-2-4: made here, kept)."""
        if plan not in self._slices:
            from critexplorer.core.networks.slices import slice_from_report

            self._slices[plan] = slice_from_report(read_results(plan.experiment), plan.run, plan.directions)
        return self._slices[plan]

    def _add_runs(self, state: StepState) -> None:
        runs = self.model.runs
        runs.set_step_limit(state.step_limit or DEFAULT_WINDOW_STEP_LIMIT)
        if state.runs:
            runs.set_start(state.runs[0].start)  # "Add run" in the Optimizers tab starts there too
        for spec in state.runs_in(current_language()):
            runs.try_add_run(spec)
        if state.play == PLAY_TO_END:
            runs.run_to_end()
        elif state.play:
            runs.step(state.play)

    def _show_experiment(self, state: StepState) -> None:
        from critexplorer.core.networks.results import result_from_report

        show = getattr(self.window, "show_networks", None)
        if show is None:
            return
        try:
            result = result_from_report(read_results(state.experiment))
        except (LessonError, SliceError) as error:  # its results file changed since the lesson opened
            self._say(str(error))
            return
        show().show_result(result)

    def _say(self, text: str) -> None:
        status = getattr(self.window, "statusBar", None)
        if status is not None:
            status().showMessage(text, 10000)

    @staticmethod
    def _wait_for(done) -> None:
        while not done():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)

    # ---- the try-it task ------------------------------------------------------------------------------
    def observation(self) -> Observation:
        model = self.model
        escape = model.escape
        return Observation(
            classification=None if model.analysis is None else model.analysis.classification,
            escape_drop=None if escape is None else float(escape.start_value - escape.end_value),
            runs=tuple((run.spec.optimizer, run.spec.batch_size) for run in model.runs.runs),
            display=dataclasses.asdict(model.display),
        )

    def _recheck(self, *_) -> None:
        step = self.step
        passed = None
        if step is not None and step.try_it is not None:
            passed = check_passes(step.try_it.check, self.observation(), step.state)
        if passed != self.passed:
            self.passed = passed
            self.checkChanged.emit(passed)
