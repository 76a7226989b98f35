"""The run plots' x-axis choice: step, epoch or samples seen (the model's DisplayOptions.run_axis).

Epochs and samples exist only on a loss backed by samples (a data-backed preset); on a formula those
entries are disabled and their tooltip says why, and the plots count steps whatever was chosen (the
choice is kept, so it applies again on the next data-backed loss). Beside the box, a line says how
many updates make one epoch for each run. The rule itself is core/run_axis.py's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from critexplorer.core.i18n import QT_TRANSLATE_NOOP
from critexplorer.core.run_axis import RUN_AXES, run_sampling
from critexplorer.ui.runs_model import RunsModel

# The words of each axis, as the box lists them and as the plots' x-axis title.
AXIS_WORDS = {
    "step": QT_TRANSLATE_NOOP("RunPlots", "step"),
    "epoch": QT_TRANSLATE_NOOP("RunPlots", "epoch"),
    "samples": QT_TRANSLATE_NOOP("RunPlots", "samples seen"),
}


def axis_title(axis: str) -> str:
    return QCoreApplication.translate("RunPlots", AXIS_WORDS[axis])


class RunAxisChoice(QWidget):
    """A small row above the run plots: updates per epoch of each run, and the x-axis box."""

    axisShown = Signal(str)  # the axis the plots should draw now (the choice, or "step" on a formula)

    def __init__(self, runs: RunsModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.runs, self.model = runs, runs.model
        self.info = QLabel()
        # As wide as the row leaves it (a long line must not widen the window): the text is cut at the
        # right edge and shown whole in its tooltip.
        self.info.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.caption = QLabel()
        self.box = QComboBox()
        self.box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for axis in RUN_AXES:
            self.box.addItem("", axis)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.info, 1)
        layout.addSpacing(12)
        layout.addWidget(self.caption)
        layout.addWidget(self.box)
        self._shown = "step"
        self.box.activated.connect(lambda index: self.model.set_display(run_axis=self.box.itemData(index)))
        self.model.displayChanged.connect(lambda _display: self.refresh())
        runs.runsChanged.connect(self.refresh)
        self.retranslate()

    @property
    def has_samples(self) -> bool:
        return self.runs.data_size() is not None

    def shown_axis(self) -> str:
        """What the plots count: the chosen axis where the loss has samples, steps otherwise."""
        return self.model.display.run_axis if self.has_samples else "step"

    def refresh(self) -> None:
        """Enable epochs and samples for a data-backed loss, show the axis drawn, say the epochs."""
        data = self.has_samples
        items: QStandardItemModel = self.box.model()
        why = "" if data else self._why_disabled()
        for index, axis in enumerate(RUN_AXES):
            item = items.item(index)
            item.setEnabled(data or axis == "step")
            item.setToolTip(why if axis != "step" else "")
        shown = self.shown_axis()
        self.box.setCurrentIndex(RUN_AXES.index(shown))
        self.box.setToolTip(self._box_tooltip() if data else why)
        words = self._epoch_words() if data else ""
        self.info.setText(words)
        self.info.setToolTip(words)
        if shown != self._shown:
            self._shown = shown
            self.axisShown.emit(shown)

    def _epoch_words(self) -> str:
        """'16 samples · sgd: batch 4, 4 updates/epoch · gd: full batch, 1 update/epoch' for the runs."""
        size = self.runs.data_size()
        parts = [QCoreApplication.translate("RunPlots", "{n} samples").format(n=size)]
        seen = set()
        for run in self.runs.runs:
            sampling = run_sampling(run)
            if sampling is None:
                continue
            key = (run.spec.name, sampling.updates_per_epoch)
            if key in seen:
                continue
            seen.add(key)
            if sampling.batch_size == sampling.sample_count:
                words = QCoreApplication.translate("RunPlots", "{name}: full batch, 1 update/epoch")
            else:
                words = QCoreApplication.translate(
                    "RunPlots", "{name}: batch {batch}, {updates} updates/epoch"
                )
            parts.append(
                words.format(
                    name=run.spec.shown_name, updates=sampling.updates_per_epoch, batch=sampling.batch_size
                )
            )
        return " · ".join(parts)

    @staticmethod
    def _why_disabled() -> str:
        return QCoreApplication.translate(
            "RunPlots",
            "Epochs and samples seen need a loss backed by samples (the data-backed presets); "
            "this formula has none, so the plots count steps",
        )

    @staticmethod
    def _box_tooltip() -> str:
        return QCoreApplication.translate(
            "RunPlots",
            "What the plots' x-axis counts: updates (steps), epochs (passes over the data), or samples seen. "
            "One epoch is ceil(N/B) updates of batch B; the last batch of an epoch may be short",
        )

    def retranslate(self) -> None:
        self.caption.setText(QCoreApplication.translate("RunPlots", "x-axis:"))
        for index, axis in enumerate(RUN_AXES):
            self.box.setItemText(index, axis_title(axis))
        self.refresh()  # the tooltips and the epochs line

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
