"""A slider for each bound parameter of the formula (as in GeoGebra and Desmos): moving it recomputes
the surface live. Moves are coalesced: the latest value is applied once the previous redraw is done."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget

from critexplorer.ui.model import ExplorerModel
from critexplorer.ui.panels.number_box import NumberBox

SLIDER_STEPS = 1000
RANGE_LIMIT = 1e9


def default_range(value: float) -> tuple[float, float]:
    """A range around a value: two of its sizes either side (at least ±2), so it can change sign."""
    size = max(abs(value), 1.0)
    return value - 2 * size, value + 2 * size


class ParameterSlider(QWidget):
    """name [low] ——o—— [high] = value; low and high are editable."""

    def __init__(self, name: str, value: float, on_move, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        self._on_move = on_move
        low, high = default_range(value)
        self.low = NumberBox(-RANGE_LIMIT, RANGE_LIMIT, low)
        self.high = NumberBox(-RANGE_LIMIT, RANGE_LIMIT, high)
        for box in (self.low, self.high):
            box.setMaximumWidth(70)
            box.editingFinished.connect(self._range_edited)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, SLIDER_STEPS)
        self.slider.setMinimumWidth(90)
        self.slider.valueChanged.connect(self._moved)
        self.value_label = QLabel()
        # A fixed size in both directions: then setText asks no layout above it to re-lay out, which
        # would repaint the whole window on every move.
        self.value_label.setFixedSize(64, self.value_label.sizeHint().height())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(3)
        layout.addWidget(QLabel(f"<b>{name}</b>"))
        layout.addWidget(self.low)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.high)
        layout.addWidget(self.value_label)
        self.show_value(value)
        self.retranslate()

    def retranslate(self) -> None:
        name = self.name
        self.low.setToolTip(
            QCoreApplication.translate("ParameterSliders", "The lowest value of {name} on the slider").format(
                name=name
            )
        )
        self.high.setToolTip(
            QCoreApplication.translate(
                "ParameterSliders", "The highest value of {name} on the slider"
            ).format(name=name)
        )
        self.slider.setToolTip(
            QCoreApplication.translate(
                "ParameterSliders", "Drag to change {name}; the surface follows"
            ).format(name=name)
        )

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def value(self) -> float:
        low, high = self.low.value(), self.high.value()
        return low + (high - low) * self.slider.value() / SLIDER_STEPS

    def show_value(self, value: float) -> None:
        """Put the knob at `value` without applying it; a value outside the range re-centres it."""
        if not self.low.value() <= value <= self.high.value():
            low, high = default_range(value)
            self.low.setValue(low)
            self.high.setValue(high)
        low, high = self.low.value(), self.high.value()
        self.slider.blockSignals(True)
        self.slider.setValue(round((value - low) / (high - low) * SLIDER_STEPS) if high > low else 0)
        self.slider.blockSignals(False)
        self.value_label.setText(f"= {value:.4g}")

    def _range_edited(self) -> None:
        if self.low.value() >= self.high.value():
            self.high.setValue(self.low.value() + 1.0)
        self._moved()

    def _moved(self, *_) -> None:
        value = self.value()
        self.value_label.setText(f"= {value:.4g}")
        self._on_move(self.name, value)


class ParameterSliders(QWidget):
    """One row of sliders, one per parameter of the formula shown; hidden when there are none."""

    def __init__(self, model: ExplorerModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.sliders: dict[str, ParameterSlider] = {}
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._pending: dict[str, float] = {}
        self._before = None  # the view before the first move of a gesture, for one undo step
        # A move recomputes at once, so the slider and the views repaint in ONE frame (with the 3-D
        # view in the window every repaint composites the whole window through OpenGL, ~20-40 ms
        # on llvmpipe). Moves that come before the zero timer has run (after the events already
        # queued: the redraw of the last value) wait for it: a burst becomes two recomputes, the
        # first value at once and the latest one after.
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self._flush)
        self.applied_count = 0  # recomputes made by the sliders (the coalescing test counts them)
        model.formulaApplied.connect(self._on_applied)
        self.hide()

    def _on_applied(self, text: str, params: dict) -> None:
        if set(params) != set(self.sliders):
            for slider in self.sliders.values():
                self._row.removeWidget(slider)
                slider.deleteLater()
            self.sliders = {name: ParameterSlider(name, value, self._move) for name, value in params.items()}
            for slider in self.sliders.values():
                slider.slider.sliderReleased.connect(self.finish_drag)
                self._row.addWidget(slider, 1)
        elif not self._pending:
            for name, value in params.items():
                self.sliders[name].show_value(value)
        self.setVisible(bool(self.sliders))

    def _move(self, name: str, value: float) -> None:
        if self._before is None:
            self._before = self.model.view_state()
        self._pending[name] = value
        if not self._flush_timer.isActive():
            self._flush()
            self._flush_timer.start()

    def _flush(self) -> None:
        if not self._pending or self.model.loss is None:
            return
        params = {**self.model.params, **self._pending}
        self._pending = {}
        self.applied_count += 1
        dragging = any(s.slider.isSliderDown() for s in self.sliders.values())
        self.model.apply_formula(self.model.formula_text, params, self.model.vars, record=False)
        if not dragging:
            self.model.commit_change(self._before)
            self._before = None

    def finish_drag(self) -> None:
        """The knob was let go: the whole drag becomes one undo step."""
        self._flush()
        if self._before is not None:
            self.model.commit_change(self._before)
            self._before = None
