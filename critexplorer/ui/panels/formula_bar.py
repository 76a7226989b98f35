"""The formula bar: an editable combo with grouped presets and history, a parameters box with a slider
per parameter, and a one-line error that never moves the layout."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from critexplorer.core.assignments import (
    NOT_A_NUMBER,
    NOT_AN_ASSIGNMENT,
    AssignmentError,
    format_assignments,
    parse_assignments,
)
from critexplorer.core.formula import (
    ABSOLUTE_BARS,
    ASSIGNMENT,
    MISSING_TERM,
    TOO_MANY_VARIABLES,
    UNBOUND_NAMES,
    FormulaError,
    absolute_bars_fix,
    likely_parameters,
    parse_formula,
)
from critexplorer.core.presets import PresetError, get_preset
from critexplorer.ui.model import ExplorerModel
from critexplorer.ui.panels.parameter_sliders import ParameterSliders

HISTORY_LIMIT = 20
PRESET_ROLE = Qt.ItemDataRole.UserRole + 1
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 2  # a preset's one-line description, drawn as line two
POPUP_MIN_WIDTH = 560
PLACEHOLDER_MARGIN = 16  # px around the parameters box's hint (frame and text margins)
PARAMS_MAX_WIDTH = 200  # px: the parameters box grows past it only to show its hint whole


class PresetItemDelegate(QStyledItemDelegate):
    """Draws a preset row as two lines: name and formula, then its description in small grey text."""

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        if index.data(DESCRIPTION_ROLE):
            size.setHeight(size.height() + option.fontMetrics.height() + 2)  # room for descenders
        return size

    def paint(self, painter, option, index):
        description = index.data(DESCRIPTION_ROLE)
        if not description:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        text, option.text = option.text, ""
        option.widget.style().drawControl(
            option.widget.style().ControlElement.CE_ItemViewItem, option, painter, option.widget
        )
        rect = option.rect.adjusted(6, 1, -6, -1)
        line = option.fontMetrics.height()
        painter.save()
        painter.drawText(
            rect.adjusted(0, 0, 0, -line),
            Qt.AlignmentFlag.AlignVCenter,
            option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()),
        )
        small = QFont(option.font)
        small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.85))
        painter.setFont(small)
        painter.setOpacity(0.7)
        metrics = painter.fontMetrics()
        painter.drawText(
            rect.adjusted(12, line, 0, 0),
            Qt.AlignmentFlag.AlignTop,
            metrics.elidedText(description, Qt.TextElideMode.ElideRight, rect.width() - 12),
        )
        painter.restore()


class _Escape(QObject):
    """Esc in a text box of the bar hands the keyboard back to the views."""

    def __init__(self, bar: FormulaBar):
        super().__init__(bar)
        self.bar = bar

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.bar.finished.emit()
            return True
        return False


class FormulaBar(QWidget):
    # The user is done typing (Enter applied, a preset was picked, or Esc): the window moves the
    # keyboard to the views, so single-letter shortcuts act instead of typing into the box.
    finished = Signal()

    def __init__(self, model: ExplorerModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMinimumContentsLength(30)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.editor: QLineEdit = self.combo.lineEdit()
        self.editor.returnPressed.connect(self.apply)
        self.combo.activated.connect(self._on_activated)
        self.combo.setItemDelegate(PresetItemDelegate(self.combo))
        self.combo.view().setMinimumWidth(POPUP_MIN_WIDTH)
        self.params = QLineEdit()
        self.params.setMaximumWidth(PARAMS_MAX_WIDTH)
        self.params.returnPressed.connect(self.apply)
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(self.apply)
        escape = _Escape(self)
        self.editor.installEventFilter(escape)
        self.params.installEventFilter(escape)
        # One line, always there: an error (or a hint) fills it without pushing the views down.
        self.error = QLabel()
        self.error.setObjectName("formulaError")
        self.error.setTextFormat(Qt.TextFormat.RichText)
        self.error.setWordWrap(False)
        self.error.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.error.setStyleSheet("QLabel#formulaError { color: #d63031; }")
        self.bind_button = QPushButton()
        self.bind_button.clicked.connect(self.bind_suggested)
        self.bind_button.hide()
        self._suggested: tuple[str, ...] = ()
        self._shown: FormulaError | None = None  # the error on the line, worded again on a new language
        self._params_problem: AssignmentError | None = None  # set when the parameters box caused it
        self.message_line = QWidget()
        message_row = QHBoxLayout(self.message_line)
        message_row.setContentsMargins(0, 0, 0, 0)
        message_row.addWidget(self.error, 1)
        message_row.addWidget(self.bind_button)
        # As tall as one line of text: the strip is always there, so it must cost little height
        # (the window still fits 900×600); the Bind button is drawn flat to fit in it.
        line_height = self.error.fontMetrics().height() + 4
        self.bind_button.setFlat(True)
        self.bind_button.setMaximumHeight(line_height)
        self.message_line.setFixedHeight(line_height)
        self.sliders = ParameterSliders(model)

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
        layout.addWidget(self.message_line)
        layout.addWidget(self.sliders)

        self.history: list[str] = []
        self.presets = []
        model.formulaError.connect(self.show_error)
        model.formulaApplied.connect(self._on_applied)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the bar in the current language; what is typed and the history stay."""
        self.editor.setPlaceholderText(
            QCoreApplication.translate("FormulaBar", "Type a loss, e.g. (1 - w1*w2)^2, and press Enter")
        )
        self.combo.setToolTip(
            QCoreApplication.translate(
                "FormulaBar",
                "The loss L. Enter applies it; the drop-down lists presets and your history. ^ means power.",
            )
        )
        placeholder = QCoreApplication.translate("FormulaBar", "parameters, e.g. a=2, b=1")
        self.params.setPlaceholderText(placeholder)
        self._fit_params_box()
        self.params.setToolTip(
            QCoreApplication.translate(
                "FormulaBar",
                "Values for the extra names in the formula, as NAME=VALUE, "
                "separated by commas. Enter applies.",
            )
        )
        self.apply_button.setText(QCoreApplication.translate("FormulaBar", "Apply"))
        self.apply_button.setToolTip(
            QCoreApplication.translate("FormulaBar", "Apply the formula and parameters (Enter)")
        )
        self.bind_button.setToolTip(
            QCoreApplication.translate(
                "FormulaBar", "Give the extra names the value 1 in the parameters box, with a slider each"
            )
        )

    def _fit_params_box(self) -> None:
        """The parameters box wide enough for its hint in the current language and font (its own size
        hint cut it at "e.g. …", and presenter mode's text is larger); the formula box gives up the room."""
        hint = self.params.placeholderText()
        width = self.params.fontMetrics().horizontalAdvance(hint) + PLACEHOLDER_MARGIN
        self.params.setMaximumWidth(max(PARAMS_MAX_WIDTH, width))
        self.params.setMinimumWidth(width)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:  # presenter mode's larger text
            self._fit_params_box()
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.presets:
                self._rebuild_items()  # the presets' descriptions in the new language
            self._reword_error()
        super().changeEvent(event)

    def _reword_error(self) -> None:
        """The error on the line in the new language: the parameters box or the formula read again
        (the core words its facts when it finds them), else the same facts in the bar's new words."""
        if self._shown is None:
            return
        if self._params_problem is not None:
            try:
                parse_assignments(self.params.text())
            except AssignmentError as error:
                self._show_params_problem(error)
                return
            self._show_params_problem(self._params_problem)
            return
        error = self._shown
        if error.text:
            try:
                params = parse_assignments(self.params.text())
            except AssignmentError:
                params = {}
            try:
                parse_formula(error.text, params=params)
            except FormulaError as fresh:
                error = fresh
            except ValueError:
                pass
        self.show_error(error)

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
        group = None
        for preset in self.presets:
            if preset.group != group:
                group = preset.group
                self._add_heading(group)
            index = self.combo.count()
            self.combo.addItem(f"★ {preset.name} — {preset.formula}")
            self.combo.setItemData(index, preset.name, PRESET_ROLE)
            description = preset.shown_description()
            self.combo.setItemData(index, description, DESCRIPTION_ROLE)
            self.combo.setItemData(index, description, Qt.ItemDataRole.ToolTipRole)
        self.combo.setMaxVisibleItems(max(self.combo.count(), 1))  # every preset, no scrolling
        self.combo.setCurrentIndex(-1)
        self.editor.setText(text)
        self.combo.blockSignals(False)

    def _add_heading(self, title: str) -> None:
        """A group title in the drop-down: bold, and not something to pick."""
        index = self.combo.count()
        self.combo.addItem(_group_title(title))
        item = self.combo.model().item(index)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = QFont()  # bold only: the delegate takes the size from the popup, so it follows
        font.setBold(True)  # the presenter's text size (a copy of the combo's font would not)
        item.setFont(font)

    def _on_activated(self, index: int) -> None:
        name = self.combo.itemData(index, PRESET_ROLE)
        if name:
            self._load_preset(name)
        else:
            self.apply()

    def _load_preset(self, name: str) -> bool:
        preset = self.model.preset
        if preset is not None and preset.name == name and self._unchanged(preset.formula, preset.params):
            ls = self.model.landscape
            if (ls.xlim, ls.ylim) == (preset.xlim, preset.ylim):
                self._done()  # picking the preset already shown changes nothing
                return True
        if self.model.load_preset(name):
            self._done()
            return True
        return False

    def apply(self) -> bool:
        """Apply the typed formula and parameters; errors stay inline and nothing else changes.
        A bare preset name (rosenbrock) loads that preset."""
        text = self.editor.text()
        try:
            preset = get_preset(text) if text.strip() else None
        except PresetError:
            preset = None
        if preset is not None:
            return self._load_preset(preset.name)
        try:
            params = parse_assignments(self.params.text())
        except AssignmentError as error:
            self._show_params_problem(error)
            return False
        if self._unchanged(text, params):
            self.show_error(None)
            self._done()  # the same formula again: nothing to redraw, nothing unsaved
            return True
        if self.model.apply_formula(text, params, window=None):
            self._done()
            return True
        return False

    def _unchanged(self, text: str, params: dict) -> bool:
        loss = self.model.loss
        return loss is not None and loss.formula == text.strip() and loss.params == dict(params)

    def _done(self) -> None:
        self.finished.emit()

    def bind_suggested(self) -> None:
        """Bind the names the last error offered as parameters (value 1 each) and apply."""
        try:
            params = parse_assignments(self.params.text())
        except AssignmentError:
            params = {}
        params.update({name: 1.0 for name in self._suggested if name not in params})
        self.params.setText(format_assignments(params))
        self.apply()

    def _on_applied(self, text: str, params: dict) -> None:
        self.editor.setText(text)
        self.params.setText(format_assignments(params))
        preset = self.model.preset
        if preset is not None and preset.formula == text:
            return  # presets are listed once, under their group, not again as history
        if self.history[:1] == [text]:
            return  # already first (a slider moving a parameter): no need to rebuild the list
        if text in self.history:
            self.history.remove(text)
        self.history.insert(0, text)
        del self.history[HISTORY_LIMIT:]
        self._rebuild_items()

    def _show_params_problem(self, error: AssignmentError) -> None:
        self.show_error(FormulaError(_parameter_message(error)))
        self._params_problem = error

    def show_error(self, error: FormulaError | None) -> None:
        self._shown, self._params_problem = error, None
        self._suggested = ()
        self.bind_button.hide()
        if error is None:
            # Only when something was shown: clearing a label or a style sheet re-lays out and
            # repaints the whole window, which a slider move (one apply per move) pays every time.
            if self.error.text():
                self.error.clear()
                self.error.setToolTip("")
            if self.editor.styleSheet():
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
                f"<span style='background: #c0392b; color: white'>{at}</span>{after}</span>"
            )
            where = QCoreApplication.translate("FormulaBar", "column {column}: {message}").format(
                column=error.column, message=message
            )
            self.error.setText(f"⚠ {html.escape(where, quote=False)} &nbsp; {pointer}")
            self.editor.setCursorPosition(col)
        else:
            self.error.setText(f"⚠ {html.escape(message, quote=False)}")
        self.error.setToolTip(message)  # the line may be cut at the window's edge; the tip is not
        if error.kind == TOO_MANY_VARIABLES:
            self._suggested = likely_parameters(error.names)
            self.bind_button.setText(
                QCoreApplication.translate("FormulaBar", "Bind {names} as parameters").format(
                    names=", ".join(self._suggested)
                )
            )
            self.bind_button.show()
        self.editor.setStyleSheet("QLineEdit { border: 1px solid #ff6b6b; }")

    def error_shown(self) -> bool:
        return bool(self.error.text())


def _group_title(group: str) -> str:
    """A preset group's title in the current language (presets.json names the groups in English);
    a group not listed here is shown as it is written."""
    titles = {
        "Lecture": lambda: QCoreApplication.translate("FormulaBar", "Lecture"),
        "Textbook shapes": lambda: QCoreApplication.translate("FormulaBar", "Textbook shapes"),
        "Test functions": lambda: QCoreApplication.translate("FormulaBar", "Test functions"),
        "Data-backed": lambda: QCoreApplication.translate("FormulaBar", "Data-backed"),
    }
    shown = titles.get(group)
    return shown() if shown else group


def _parameter_message(error: AssignmentError) -> str:
    """A bad piece of the parameters box, in the box's words."""
    if error.problem == NOT_AN_ASSIGNMENT:
        return QCoreApplication.translate(
            "FormulaBar", "parameters are written NAME=VALUE, separated by commas; cannot read '{piece}'"
        ).format(piece=error.piece)
    if error.problem == NOT_A_NUMBER:
        text = QCoreApplication.translate("FormulaBar", "parameter {name} needs a number, got '{value}'")
    else:
        text = QCoreApplication.translate(
            "FormulaBar", "parameter {name} needs a finite number, got '{value}'"
        )
    return text.format(name=error.name, value=error.value)


def _formula_message(error: FormulaError) -> str:
    """A FormulaError in the window's words: the facts (worded by the core), then what to do in the
    formula bar. The command line words the same facts with its options (cli/arguments.py)."""
    if error.kind == ASSIGNMENT:
        return QCoreApplication.translate(
            "FormulaBar", "{message} (parameters such as a=2 go in the parameters box)"
        ).format(message=error.message)
    if error.kind == UNBOUND_NAMES:
        names = error.names
        if len(names) == 1:
            text = QCoreApplication.translate(
                "FormulaBar", "{message}: give it a value in the parameters box, e.g. {name}=1"
            )
        else:
            text = QCoreApplication.translate(
                "FormulaBar", "{message}: give them a value in the parameters box, e.g. {name}=1"
            )
        return text.format(message=error.message, name=names[0])
    if error.kind == TOO_MANY_VARIABLES:
        names = likely_parameters(error.names)
        if len(names) == 1:
            text = QCoreApplication.translate(
                "FormulaBar", "{message}. Give it a value in the parameters box, e.g. {name}=1"
            )
        else:
            text = QCoreApplication.translate(
                "FormulaBar", "{message}. Give them a value in the parameters box, e.g. {name}=1"
            )
        return text.format(message=error.message, name=names[0])
    if error.kind == MISSING_TERM:
        return QCoreApplication.translate("FormulaBar", "missing term after {operator}").format(
            operator=error.names[0]
        )
    if error.kind == ABSOLUTE_BARS:
        return absolute_bars_fix()  # the command line says it with the same words
    return error.message
