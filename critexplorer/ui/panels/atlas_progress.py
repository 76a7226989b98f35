"""The status bar's progress bar and Cancel button for a running critical-point search."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from critexplorer.ui.model import ExplorerModel


class AtlasProgress(QWidget):
    """Shown while the atlas searches in the background; hidden otherwise."""

    def __init__(self, model: ExplorerModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setMaximumWidth(260)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(model.cancel_critical_points)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        search = model.atlas_search
        search.started.connect(self._on_started)
        search.progressed.connect(lambda fraction: self.bar.setValue(round(100 * fraction)))
        search.stopped.connect(self.hide)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        # %p is Qt's percentage in the bar's format, not a number put into the looked-up text
        self.bar.setFormat(QCoreApplication.translate("AtlasProgress", "Finding critical points… %p%"))
        self.cancel_button.setText(QCoreApplication.translate("AtlasProgress", "Cancel"))
        self.cancel_button.setToolTip(
            QCoreApplication.translate("AtlasProgress", "Stop the critical-point search")
        )

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_started(self) -> None:
        self.bar.setValue(0)
        self.show()
