"""Forward and back for presentation clickers (PageDown / PageUp): the one place that decides what
"next" means. Today it steps the optimizer runs; lessons will take over here when they exist."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class Navigation:
    def __init__(self, model, player):
        self.model, self.player = model, player

    def forward(self) -> None:
        """One step of every run (pausing a playing race first, like the . key)."""
        if not self.model.runs.runs:
            self.model.say(
                lambda: QCoreApplication.translate(
                    "Navigation", "No runs to step: add some in the Optimizers tab"
                )
            )
            return
        self.player.step_once()

    def back(self) -> None:
        """Every run one step back."""
        if not self.model.runs.runs:
            self.model.say(lambda: QCoreApplication.translate("Navigation", "No runs to step back"))
            return
        self.player.pause()
        if not self.model.runs.step_back():
            self.model.say(lambda: QCoreApplication.translate("Navigation", "The runs are at their start"))
