"""Forward and back for presentation clickers (PageDown / PageUp): the one place that decides what
"next" means: the lesson's next step while a lesson is open (ui/lessons), else one step of the runs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class Navigation:
    def __init__(self, model, player):
        self.model, self.player = model, player
        self.lesson = None  # the LessonPlayer (ui/lessons installs it): while a lesson is open, it steps

    def _in_lesson(self) -> bool:
        return self.lesson is not None and self.lesson.is_open

    def forward(self) -> None:
        """The lesson's next step, or one step of every run (pausing a playing race first, like the . key)."""
        if self._in_lesson():
            self.lesson.next()
            return
        if not self.model.runs.runs:
            self.model.say(
                lambda: QCoreApplication.translate(
                    "Navigation", "No runs to step: add some in the Optimizers tab"
                )
            )
            return
        self.player.step_once()

    def back(self) -> None:
        """The lesson's step before, or every run one step back."""
        if self._in_lesson():
            self.lesson.back()
            return
        if not self.model.runs.runs:
            self.model.say(lambda: QCoreApplication.translate("Navigation", "No runs to step back"))
            return
        self.player.pause()
        if not self.model.runs.step_back():
            self.model.say(lambda: QCoreApplication.translate("Navigation", "The runs are at their start"))
