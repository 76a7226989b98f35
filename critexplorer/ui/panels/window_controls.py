"""Window controls: x and y ranges, grid resolution, reset, and the 3-D z-scale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from critexplorer.core.limits import MAX_RESOLUTION, MAX_Z_SCALE, MIN_RESOLUTION, MIN_Z_SCALE
from critexplorer.ui.model import ExplorerModel
from critexplorer.ui.panels.number_box import PlainSpinBox

RANGE_LIMIT = 1e6


def _range_box() -> QDoubleSpinBox:
    box = PlainSpinBox()
    box.setRange(-RANGE_LIMIT, RANGE_LIMIT)
    box.setDecimals(3)
    box.setKeyboardTracking(False)
    box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
    box.setMaximumWidth(70)
    return box


class WindowControls(QWidget):
    def __init__(self, model: ExplorerModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.x_min, self.x_max = _range_box(), _range_box()
        self.y_min, self.y_max = _range_box(), _range_box()
        self.x_label, self.y_label = QLabel("x ∈"), QLabel("y ∈")
        self.resolution = QSpinBox()
        self.resolution.setRange(MIN_RESOLUTION, MAX_RESOLUTION)
        self.resolution.setSingleStep(32)
        self.resolution.setKeyboardTracking(False)
        self.resolution.setValue(model.resolution)
        self.reset = QPushButton()
        self.reset.clicked.connect(model.reset_window)
        self.z_scale = PlainSpinBox()
        self.z_scale.setRange(MIN_Z_SCALE, MAX_Z_SCALE)
        self.z_scale.setSingleStep(0.1)
        self.z_scale.setValue(model.display.z_scale)
        self.z_scale.setKeyboardTracking(False)

        self.grid_label, self.z_scale_label = QLabel(), QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.x_label,
            self.x_min,
            QLabel("…"),
            self.x_max,
            self.y_label,
            self.y_min,
            QLabel("…"),
            self.y_max,
            self.grid_label,
            self.resolution,
            self.reset,
            self.z_scale_label,
            self.z_scale,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)

        for box in (self.x_min, self.x_max, self.y_min, self.y_max):
            box.editingFinished.connect(self._apply_window)
        self.resolution.editingFinished.connect(lambda: model.set_resolution(self.resolution.value()))
        self.z_scale.valueChanged.connect(lambda v: model.set_display(z_scale=float(v)))
        model.landscapeChanged.connect(self._on_landscape)
        model.displayChanged.connect(lambda d: self.z_scale.setValue(d.z_scale))
        self.retranslate()

    def retranslate(self) -> None:
        for box, tip in (
            (self.x_min, QCoreApplication.translate("WindowControls", "smallest x shown")),
            (self.x_max, QCoreApplication.translate("WindowControls", "largest x shown")),
            (self.y_min, QCoreApplication.translate("WindowControls", "smallest y shown")),
            (self.y_max, QCoreApplication.translate("WindowControls", "largest y shown")),
        ):
            box.setToolTip(tip)
        self.grid_label.setText(QCoreApplication.translate("WindowControls", "grid"))
        self.resolution.setToolTip(
            QCoreApplication.translate(
                "WindowControls", "Grid points per axis for the surface, contours and curvature map"
            )
        )
        self.reset.setText(QCoreApplication.translate("WindowControls", "Reset window"))
        self.reset.setToolTip(
            QCoreApplication.translate(
                "WindowControls", "Back to the preset's window and the 3-D camera's starting view (Ctrl+0)"
            )
        )
        self.z_scale_label.setText(QCoreApplication.translate("WindowControls", "z-scale"))
        self.z_scale.setToolTip(
            QCoreApplication.translate("WindowControls", "Vertical exaggeration of the 3-D surface")
        )

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_landscape(self, landscape) -> None:
        vx, vy = landscape.loss.vars
        self.x_label.setText(f"{vx} ∈")
        self.y_label.setText(f"{vy} ∈")
        for box, value in (
            (self.x_min, landscape.xlim[0]),
            (self.x_max, landscape.xlim[1]),
            (self.y_min, landscape.ylim[0]),
            (self.y_max, landscape.ylim[1]),
        ):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self.resolution.setValue(landscape.resolution)

    def _apply_window(self) -> None:
        ls = self.model.landscape
        xlim = (self.x_min.value(), self.x_max.value())
        ylim = (self.y_min.value(), self.y_max.value())
        if ls is not None and (xlim, ylim) == (tuple(ls.xlim), tuple(ls.ylim)):
            return
        self.model.set_window(xlim, ylim)
