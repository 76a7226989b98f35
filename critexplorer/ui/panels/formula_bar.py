"""The formula bar: an editable combo with presets and history, a parameters box, an inline error."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from critexplorer.core.assignments import (
    NOT_A_NUMBER,
    NOT_AN_ASSIGNMENT,
    AssignmentError,
    format_assignments,
    parse_assignments,
)
from critexplorer.core.formula import ASSIGNMENT, TOO_MANY_VARIABLES, UNBOUND_NAMES, FormulaError
from critexplorer.ui.model import ExplorerModel

HISTORY_LIMIT = 20
PRESET_ROLE = Qt.ItemDataRole.UserRole + 1


class FormulaBar(QWidget):
    def __init__(self, model: ExplorerModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMinimumContentsLength(30)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.lineEdit().setPlaceholderText("Type a loss, e.g. (1 - w1*w2)^2, and press Enter")
        self.combo.setToolTip(
            "The loss L. Enter applies it; the drop-down lists presets and your history. ^ means power."
        )
        self.editor: QLineEdit = self.combo.lineEdit()
        self.editor.returnPressed.connect(self.apply)
        self.combo.activated.connect(self._on_activated)
        self.params = QLineEdit()
        self.params.setPlaceholderText("parameters, e.g. a=2, b=1")
        self.params.setToolTip(
            "Values for the extra names in the formula, as NAME=VALUE, separated by commas. Enter applies."
        )
        self.params.setMaximumWidth(200)
        self.params.returnPressed.connect(self.apply)
        self.apply_button = QPushButton("Apply")
        self.apply_button.setToolTip("Apply the formula and parameters (Enter)")
        self.apply_button.clicked.connect(self.apply)
        self.error = QLabel()
        self.error.setObjectName("formulaError")
        self.error.setTextFormat(Qt.TextFormat.RichText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel#formulaError { color: #d63031; }")
        self.error.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel("L ="))
        row.addWidget(self.combo, 1)
        row.addWidget(self.params)
        row.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)

        self.history: list[str] = []
        self.presets = []
        model.formulaError.connect(self.show_error)
        model.formulaApplied.connect(self._on_applied)

    def set_presets(self, presets) -> None:
        """Fill the drop-down's preset section (a list of core Preset objects)."""
        self.presets = list(presets)
        self._rebuild_items()

    def _rebuild_items(self) -> None:
        text = self.editor.text()
        self.combo.blockSignals(True)
        self.combo.clear()
        for formula in self.history:
            self.combo.addItem(formula)
        if self.history and self.presets:
            self.combo.insertSeparator(self.combo.count())
        for preset in self.presets:
            self.combo.addItem(f"★ {preset.name} — {preset.formula}")
            self.combo.setItemData(self.combo.count() - 1, preset.name, PRESET_ROLE)
            self.combo.setItemData(
                self.combo.count() - 1, preset.description or preset.formula, Qt.ItemDataRole.ToolTipRole
            )
        self.combo.setCurrentIndex(-1)
        self.editor.setText(text)
        self.combo.blockSignals(False)

    def _on_activated(self, index: int) -> None:
        name = self.combo.itemData(index, PRESET_ROLE)
        if name:
            self.model.load_preset(name)
        else:
            self.apply()

    def apply(self) -> bool:
        """Apply the typed formula and parameters; errors stay inline and nothing else changes."""
        try:
            params = parse_assignments(self.params.text())
        except AssignmentError as error:
            self.show_error(FormulaError(_parameter_message(error)))
            return False
        return self.model.apply_formula(self.editor.text(), params, window=None)

    def _on_applied(self, text: str, params: dict) -> None:
        self.editor.setText(text)
        self.params.setText(format_assignments(params))
        if text in self.history:
            self.history.remove(text)
        self.history.insert(0, text)
        del self.history[HISTORY_LIMIT:]
        self._rebuild_items()

    def show_error(self, error: FormulaError | None) -> None:
        if error is None:
            self.error.hide()
            self.editor.setStyleSheet("")
            return
        message = _formula_message(error)
        text = error.text or self.editor.text()
        if error.column is not None and text:
            col = max(0, min(error.column - 1, len(text)))
            before, at, after = text[:col], text[col : col + 1] or " ", text[col + 1 :]
            before, at, after = (html.escape(t, quote=False) for t in (before, at, after))
            pointer = (
                f"<span style='font-family: monospace'>{before}"
                f"<span style='background: #c0392b; color: white'>{at}</span>{after}</span><br>"
            )
            self.error.setText(f"{pointer}⚠ column {error.column}: {html.escape(message, quote=False)}")
            self.editor.setCursorPosition(col)
        else:
            self.error.setText(f"⚠ {html.escape(message, quote=False)}")
        self.editor.setStyleSheet("QLineEdit { border: 1px solid #ff6b6b; }")
        self.error.show()


def _parameter_message(error: AssignmentError) -> str:
    """A bad piece of the parameters box, in the box's words."""
    if error.problem == NOT_AN_ASSIGNMENT:
        return f"parameters are written NAME=VALUE, separated by commas; cannot read '{error.piece}'"
    number = "a number" if error.problem == NOT_A_NUMBER else "a finite number"
    return f"parameter {error.name} needs {number}, got '{error.value}'"


def _formula_message(error: FormulaError) -> str:
    """A FormulaError in the window's words: the facts, then what to do in the formula bar."""
    if error.kind == ASSIGNMENT:
        return f"{error.message} (parameters such as a=2 go in the parameters box)"
    if error.kind == UNBOUND_NAMES:
        return f"{error.message}: {_give_values('give', error.names)}"
    if error.kind == TOO_MANY_VARIABLES:
        return f"{error.message}. {_give_values('Give', error.names[2:])}"
    return error.message


def _give_values(give: str, names: tuple[str, ...]) -> str:
    them = "it" if len(names) == 1 else "them"
    return f"{give} {them} a value in the parameters box, e.g. {names[0]}=1"
