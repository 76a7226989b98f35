"""The optimizer panel: add runs (optimizer, hyperparameters, schedule, batch/seed, colour, start),
race several from one start, Step / Play / Reset, speed and step limit, and the run list with each
run's outcome label. Forms are built from the core's optimizer and schedule specs.

Keyboard: Space plays or pauses anywhere in the window (text fields keep their spaces); → steps
while the optimizer panel or the run plots have focus, and "." steps anywhere. In the views → keeps
nudging the selection, so the two meanings of → never compete.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from critexplorer.core.analysis.explain import format_number
from critexplorer.core.display_words import shown_word
from critexplorer.core.limits import MAX_STEP_LIMIT, RACE
from critexplorer.core.optimizers.hyperparams import HyperParam, OptimizerError
from critexplorer.core.optimizers.registry import optimizer_specs
from critexplorer.core.optimizers.schedules import SCHEDULES, Schedule
from critexplorer.core.runs import Run, RunSpec
from critexplorer.core.stop_reasons import shown_stop_reason
from critexplorer.ui.panels.number_box import NumberBox
from critexplorer.ui.panels.tab_title import set_tab_title
from critexplorer.ui.run_player import MAX_SPEED, RunPlayer

# Outcome label colours: critical-point ones as in the inspector's badges.
OUTCOME_COLORS = {
    "minimum": "#3ddc84",
    "saddle": "#ffa630",
    "maximum": "#ff4d6d",
    "moving": "#8fb8ff",
    "stalled": "#b0b0b0",
    "diverged": "#d36cff",
}
COLUMNS = ("", "Run", "Step", "L", "Outcome")  # in English; shown through _column_titles()
PLOTS_FRACTION = 0.3  # of the view column's height, for the loss and ‖g‖ plots
TABLE_REFRESH_S = 0.1  # the run list's numbers refresh at most ten times a second while playing
ROW_SPACING = 3  # px between the form's rows: at 1280×720 the form, the controls and five runs fit
TABLE_MIN_ROWS = 3  # below this the panel scrolls instead of the run list shrinking further
CELL_PADDING = 8  # px around the text of the run list's fixed-width columns
SIZED_BY_TEXT = "sizedByText"  # a header property: its table fits its columns to its font itself
WIDEST_COMMON_NAME = "Momentum (heavy ball) #2"  # the panel asks for the width to show it whole


def _column_titles() -> list[str]:
    return [
        "",
        QCoreApplication.translate("OptimizerPanel", "Run"),
        QCoreApplication.translate("OptimizerPanel", "Step"),
        "L",
        QCoreApplication.translate("OptimizerPanel", "Outcome"),
    ]


def _not_finished_words() -> dict[str, str]:
    """The Outcome column of a run still going: "ready" before its first step, then "running"."""
    return {
        "ready": QCoreApplication.translate("OptimizerPanel", "ready"),
        "running": QCoreApplication.translate("OptimizerPanel", "running"),
    }


class HyperParamForm(QWidget):
    """A spin box per HyperParam, with its tooltip, two to a row (the side column is short on
    height, not on width); values() gives the numbers typed."""

    PER_ROW = 2

    def __init__(self, specs: tuple[HyperParam, ...] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setVerticalSpacing(ROW_SPACING)
        for column in (1, 3):
            self.grid.setColumnStretch(column, 1)
        self.boxes: dict[str, QSpinBox | NumberBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.specs: tuple[HyperParam, ...] = ()
        self.set_specs(specs)

    def set_specs(self, specs: tuple[HyperParam, ...]) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.boxes, self.labels, self.specs = {}, {}, tuple(specs)
        for index, spec in enumerate(specs):
            if spec.integer:
                box = QSpinBox()
                box.setRange(int(spec.low), int(min(spec.high, 2**31 - 1)))
                box.setValue(int(spec.default))
            else:
                box = NumberBox(spec.low, spec.high, spec.default, log_scale=spec.log_scale)
            box.setKeyboardTracking(False)
            label = QLabel(spec.name)  # the name the API and sessions use (lr, momentum), as in the notes
            row, column = divmod(index, self.PER_ROW)
            self.grid.addWidget(label, row, 2 * column)
            self.grid.addWidget(box, row, 2 * column + 1)
            self.boxes[spec.name], self.labels[spec.name] = box, label
        self.retranslate()
        self.setVisible(bool(specs))

    def retranslate(self) -> None:
        """The tooltips in the current language; the boxes and their values stay."""
        for spec in self.specs:
            tip = spec.shown_tooltip()
            self.boxes[spec.name].setToolTip(tip)
            self.labels[spec.name].setToolTip(tip)

    def values(self) -> dict[str, float]:
        return {name: box.value() for name, box in self.boxes.items()}


class OptimizerPanel(QWidget):
    retranslated = Signal()  # its texts are in a new language (the feature re-words its shortcuts)

    def __init__(self, model, player: RunPlayer, parent: QWidget | None = None):
        super().__init__(parent)
        self.model, self.runs, self.player = model, model.runs, player
        self.specs = {s.name: s for s in optimizer_specs()}
        self._color = self.runs.next_color()
        self._last_table_refresh = 0.0

        # --- the run to add -------------------------------------------------------------------
        self.optimizer_combo = QComboBox()
        for spec in self.specs.values():
            self.optimizer_combo.addItem(spec.label, spec.name)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: #9aa3ad;")
        self.hyper_form = HyperParamForm()
        self.schedule_combo = QComboBox()
        for kind in SCHEDULES.values():
            self.schedule_combo.addItem(kind.label, kind.name)
        self.schedule_form = HyperParamForm()
        self.batch_size = QSpinBox()
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.batch_label = QLabel()
        self.color_button = QPushButton()
        self.color_button.clicked.connect(self._pick_color)
        self.start_x = NumberBox(-1e6, 1e6, 0.0)
        self.start_y = NumberBox(-1e6, 1e6, 0.0)
        for box in (self.start_x, self.start_y):
            box.setKeyboardTracking(False)
            box.editingFinished.connect(self._typed_start)
        self.set_start_button = QPushButton()
        self.set_start_button.setCheckable(True)
        self.set_start_button.toggled.connect(self.model.set_start_pick_mode)
        self.from_selection_button = QPushButton()
        self.from_selection_button.clicked.connect(self._start_from_selection)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_run_from_form)
        self.race_button = QPushButton()
        self.race_button.clicked.connect(self.add_race)
        self.error_label = QLabel()
        self.error_label.setObjectName("optimizerError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #ff6b6b;")
        self.error_label.hide()

        # Rows, not group boxes: their titles and frames cost the height the run list needs.
        self.seed_label = QLabel()
        self.color_label, self.optimizer_label, self.schedule_label = QLabel(), QLabel(), QLabel()
        setup = QGridLayout()
        setup.setContentsMargins(0, 0, 0, 0)
        setup.setVerticalSpacing(ROW_SPACING)
        setup.setColumnStretch(1, 1)
        optimizer_row = QHBoxLayout()
        optimizer_row.addWidget(self.optimizer_combo, 1)
        optimizer_row.addWidget(self.color_label)
        optimizer_row.addWidget(self.color_button)
        setup.addWidget(self.optimizer_label, 0, 0)
        setup.addLayout(optimizer_row, 0, 1)
        setup.addWidget(self.description, 1, 0, 1, 2)
        setup.addWidget(self.hyper_form, 2, 0, 1, 2)
        setup.addWidget(self.schedule_label, 3, 0)
        setup.addWidget(self.schedule_combo, 3, 1)
        setup.addWidget(self.schedule_form, 4, 0, 1, 2)
        self.batch_row = QWidget()
        batch_row = QHBoxLayout(self.batch_row)
        batch_row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.batch_label, self.batch_size, self.seed_label, self.seed):
            batch_row.addWidget(widget, 1 if widget in (self.batch_size, self.seed) else 0)
        setup.addWidget(self.batch_row, 5, 0, 1, 2)
        start_row = QHBoxLayout()
        for widget in (self.start_x, self.start_y):
            start_row.addWidget(widget, 1)
        self.start_label = QLabel()
        setup.addWidget(self.start_label, 6, 0)
        setup.addLayout(start_row, 6, 1)
        # The start's buttons share the Add row: two short rows are narrower than one long one, so
        # the panel fits its column at presenter sizes too.
        add_row = QHBoxLayout()
        add_row.addWidget(self.set_start_button)
        add_row.addWidget(self.from_selection_button)
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.race_button)
        setup.addLayout(add_row, 7, 0, 1, 2)

        # --- the player -----------------------------------------------------------------------
        self.step_button = QPushButton()
        self.step_button.clicked.connect(lambda: self.runs.step())
        self.play_button = QPushButton()
        self.play_button.clicked.connect(player.toggle_play)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.runs.reset)
        self.speed = NumberBox(0.1, MAX_SPEED, player.steps_per_second, log_scale=True)
        self.speed.valueChanged.connect(player.set_speed)
        self.step_limit = QSpinBox()
        self.step_limit.setRange(1, MAX_STEP_LIMIT)
        self.step_limit.setSingleStep(100)
        self.step_limit.setValue(self.runs.step_limit)
        self.step_limit.setKeyboardTracking(False)
        self.step_limit.valueChanged.connect(self.runs.set_step_limit)
        self.gradient_arrows = QCheckBox()
        self.gradient_arrows.toggled.connect(lambda on: self.runs.set_arrows(gradient=on))
        self.update_arrows = QCheckBox()
        self.update_arrows.toggled.connect(lambda on: self.runs.set_arrows(update=on))

        player_layout = QGridLayout()
        player_layout.setContentsMargins(0, 0, 0, 0)
        player_layout.setVerticalSpacing(ROW_SPACING)
        buttons = QHBoxLayout()
        for button in (self.step_button, self.play_button, self.reset_button):
            buttons.addWidget(button)
        player_layout.addLayout(buttons, 0, 0, 1, 4)
        self.speed_label, self.step_limit_label = QLabel(), QLabel()
        player_layout.addWidget(self.speed_label, 1, 0)
        player_layout.addWidget(self.speed, 1, 1)
        player_layout.addWidget(self.step_limit_label, 1, 2)
        player_layout.addWidget(self.step_limit, 1, 3)
        for column in (1, 3):
            player_layout.setColumnStretch(column, 1)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(_column_titles())
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)  # one line a run; a name too long for its column loses its middle
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # widths never jump
        header = self.table.horizontalHeader()
        # The run list sizes its columns for its own font (the presenter leaves them to it).
        header.setProperty(SIZED_BY_TEXT, True)
        self._fit_run_columns()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(metrics.height() + 6)
        min_rows_height = TABLE_MIN_ROWS * rows.defaultSectionSize() + 2 * self.table.frameWidth()
        self.table.setMinimumHeight(header.sizeHint().height() + min_rows_height)
        # Its preferred height ignored: the wrapped description makes the scroll area size the panel
        # by preferred heights, and the table's own would scroll the panel instead of the list.
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.runs.clear)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.gradient_arrows)
        edit_row.addWidget(self.update_arrows)
        edit_row.addStretch(1)
        edit_row.addWidget(self.remove_button)
        edit_row.addWidget(self.clear_button)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 2)
        layout.setSpacing(ROW_SPACING)
        layout.addLayout(setup)
        layout.addWidget(self.error_label)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addLayout(player_layout)
        layout.addWidget(self.table, 1)
        layout.addLayout(edit_row)
        # The run list stretches into whatever height there is; only a window too short for the form,
        # the controls and TABLE_MIN_ROWS runs scrolls the panel (never two scrollbars at 1280×720).
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(content)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

        self.optimizer_combo.currentIndexChanged.connect(self._on_optimizer)
        self.schedule_combo.currentIndexChanged.connect(self._on_schedule)
        self.runs.runsChanged.connect(self._on_runs_changed)
        self.runs.stepped.connect(self._on_stepped)
        self.player.playingChanged.connect(self._on_playing)
        self.runs.startChanged.connect(self._on_start)
        self.runs.settingsChanged.connect(self._on_settings)
        self.runs.error.connect(self.show_error)
        self.model.startPickModeChanged.connect(self.set_start_button.setChecked)
        self.model.landscapeChanged.connect(lambda _: self._sync_data_controls())
        self.model.presetChanged.connect(lambda _: self._sync_data_controls())
        self.retranslate()
        self._on_optimizer()
        self._on_schedule()
        self._on_start(self.runs.start)
        self._set_color(self._color)
        self._on_runs_changed()

    def retranslate(self) -> None:
        """Every text of the panel in the current language. The chosen optimizer and schedule, the
        values typed, the start and the runs stay: only words change."""
        for index in range(self.optimizer_combo.count()):
            spec = self.specs[self.optimizer_combo.itemData(index)]
            self.optimizer_combo.setItemText(index, spec.shown_label())
            self.optimizer_combo.setItemData(index, spec.shown_description(), Qt.ItemDataRole.ToolTipRole)
        for index in range(self.schedule_combo.count()):
            self.schedule_combo.setItemText(
                index, SCHEDULES[self.schedule_combo.itemData(index)].shown_label()
            )
        if self.optimizer_combo.currentData() in self.specs:
            self.description.setText(self.specs[self.optimizer_combo.currentData()].shown_description())
        self.hyper_form.retranslate()
        self.schedule_form.retranslate()
        self.optimizer_label.setText(QCoreApplication.translate("OptimizerPanel", "optimizer"))
        self.color_label.setText(QCoreApplication.translate("OptimizerPanel", "colour"))
        self.color_button.setToolTip(
            QCoreApplication.translate("OptimizerPanel", "The run's colour in the views and plots")
        )
        self.schedule_label.setText(QCoreApplication.translate("OptimizerPanel", "lr schedule"))
        self.batch_label.setText(QCoreApplication.translate("OptimizerPanel", "batch size"))
        self.batch_size.setToolTip(
            QCoreApplication.translate(
                "OptimizerPanel", "Samples per mini-batch (1 to N) on a data-backed preset"
            )
        )
        self.seed_label.setText(QCoreApplication.translate("OptimizerPanel", "seed"))
        self.seed.setToolTip(
            QCoreApplication.translate(
                "OptimizerPanel",
                "Seed for shuffling the mini-batches and for perturbed GD's noise: "
                "the same seed gives the same run",
            )
        )
        self.start_label.setText(QCoreApplication.translate("OptimizerPanel", "start"))
        for box in (self.start_x, self.start_y):
            box.setToolTip(
                QCoreApplication.translate(
                    "OptimizerPanel", "Start point of the next run (or Ctrl+click a view)"
                )
            )
        self.set_start_button.setText(QCoreApplication.translate("OptimizerPanel", "Set start"))
        self.set_start_button.setToolTip(
            QCoreApplication.translate(
                "OptimizerPanel",
                "While on, a click in either view sets the start (Ctrl+click does it any time)",
            )
        )
        self.from_selection_button.setText(QCoreApplication.translate("OptimizerPanel", "From selection"))
        self.from_selection_button.setToolTip(
            QCoreApplication.translate("OptimizerPanel", "Start at the selected point")
        )
        self.add_button.setText(QCoreApplication.translate("OptimizerPanel", "Add run"))
        self.add_button.setToolTip(
            QCoreApplication.translate("OptimizerPanel", "Add a run of this optimizer from the start point")
        )
        self.race_button.setText(QCoreApplication.translate("OptimizerPanel", "Add race"))
        self.race_button.setToolTip(
            QCoreApplication.translate(
                "OptimizerPanel", "From the start point, one run each (default settings) of: {names}"
            ).format(
                names=QCoreApplication.translate("OptimizerPanel", ", ").join(
                    self.specs[n].shown_label() for n in RACE
                )
            )
        )
        self.step_button.setText(QCoreApplication.translate("OptimizerPanel", "Step ▸"))
        self.step_button.setToolTip(
            QCoreApplication.translate(
                "OptimizerPanel", "One step of every run (→ in this panel, or . anywhere)"
            )
        )
        self._on_playing(self.player.playing)
        self.play_button.setToolTip(QCoreApplication.translate("OptimizerPanel", "Play or pause (Space)"))
        self.reset_button.setText(QCoreApplication.translate("OptimizerPanel", "Reset ⟲"))
        self.reset_button.setToolTip(
            QCoreApplication.translate("OptimizerPanel", "Every run back to its start")
        )
        self.speed_label.setText(QCoreApplication.translate("OptimizerPanel", "steps/s"))
        self.speed.setToolTip(
            QCoreApplication.translate(
                "OptimizerPanel", "Steps per second while playing (high speeds take several steps per frame)"
            )
        )
        self.step_limit_label.setText(QCoreApplication.translate("OptimizerPanel", "step limit"))
        self.step_limit.setToolTip(
            QCoreApplication.translate(
                "OptimizerPanel",
                "Runs stop after this many steps (at most {limit}), or sooner once settled; "
                "finished runs need a Reset to go on",
            ).format(limit=MAX_STEP_LIMIT)
        )
        self.gradient_arrows.setText(QCoreApplication.translate("OptimizerPanel", "−g arrows"))
        self.gradient_arrows.setToolTip(
            QCoreApplication.translate("OptimizerPanel", "White arrow along −∇L at each run's current point")
        )
        self.update_arrows.setText(QCoreApplication.translate("OptimizerPanel", "update arrows"))
        self.update_arrows.setToolTip(
            QCoreApplication.translate(
                "OptimizerPanel",
                "Arrow in the run's colour along its last update Δθ, "
                "or its momentum (velocity) when it has one",
            )
        )
        self.table.setHorizontalHeaderLabels(_column_titles())
        self.remove_button.setText(QCoreApplication.translate("OptimizerPanel", "Remove"))
        self.remove_button.setToolTip(
            QCoreApplication.translate("OptimizerPanel", "Remove the selected runs")
        )
        self.clear_button.setText(QCoreApplication.translate("OptimizerPanel", "Clear all"))
        self.clear_button.setToolTip(QCoreApplication.translate("OptimizerPanel", "Remove every run"))
        set_tab_title(self, QCoreApplication.translate("OptimizerPanel", "Optimizers"))
        if self.table.rowCount() == len(self.runs.runs):
            for row, run in enumerate(self.runs.runs):  # an optimizer's own name, in the new language
                item = self.table.item(row, 1)
                if item is not None:
                    item.setText(run.spec.shown_name)
                    item.setToolTip(run.spec.shown_name)
            self.refresh_table()  # the outcomes and their reasons
        self.retranslated.emit()

    def _fit_run_columns(self) -> None:
        """Fixed widths for the columns that change every refresh (sized to contents, Qt would measure
        every row again for each changed cell, which cost more than the trails while playing), from the
        current font: in presenter mode the colour dot's column does not grow past its dot, and the
        name takes what is left (scaling the normal widths gave "Grad…cent")."""
        table = self.table
        header, metrics = table.horizontalHeader(), table.fontMetrics()
        padding = CELL_PADDING  # not scaled with the text: the name needs the width more
        header.setMinimumSectionSize(metrics.horizontalAdvance("●") + padding)
        outcomes = (*(shown_word(o) for o in OUTCOME_COLORS), *_not_finished_words().values())
        widths = {}
        for column, texts in ((0, ("●",)), (2, ("00000",)), (3, ("−8.888e−88",)), (4, outcomes)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            widest = max(metrics.horizontalAdvance(text) for text in (*texts, _column_titles()[column]))
            widths[column] = widest + padding

        # The names take the width they need first: Step and L give up the room they keep for their
        # widest possible text, down to the widest text they show now (numbers are never cut).
        def texts(column):
            return [table.item(r, column).text() for r in range(table.rowCount()) if table.item(r, column)]

        titles = _column_titles()
        need = max((metrics.horizontalAdvance(n) for n in texts(1)), default=0) + padding
        short = need - (table.viewport().width() - sum(widths.values()))
        if short > 0 and table.viewport().width() > 0:
            shrinkable = {
                c: widths[c] - padding - max(metrics.horizontalAdvance(t) for t in (titles[c], *texts(c)))
                for c in (2, 3)
            }
            give = min(1.0, short / max(sum(shrinkable.values()), 1))
            for column, most in shrinkable.items():
                widths[column] -= round(max(most, 0) * give)
        for column, width in widths.items():
            header.resizeSection(column, width)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if hasattr(self, "table"):
            self._fit_run_columns()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "table"):
            self._fit_run_columns()
        elif event.type() == QEvent.Type.LanguageChange and hasattr(self, "table"):
            self.retranslate()

    def sizeHint(self) -> QSize:
        """Wide enough for the run list to show WIDEST_COMMON_NAME whole beside its other columns."""
        hint = super().sizeHint()
        table = self.table
        header = table.horizontalHeader()
        fixed = sum(header.sectionSize(c) for c in range(header.count()) if c != 1)
        name = table.fontMetrics().horizontalAdvance(WIDEST_COMMON_NAME) + CELL_PADDING
        margins = self.scroll.widget().layout().contentsMargins()
        width = (
            fixed
            + name
            + table.verticalScrollBar().sizeHint().width()
            + 2 * table.frameWidth()
            + margins.left()
            + margins.right()
        )
        return QSize(max(hint.width(), width), hint.height())

    # ---- the form ------------------------------------------------------------------------------
    def _on_optimizer(self) -> None:
        spec = self.specs[self.optimizer_combo.currentData()]
        self.description.setText(spec.shown_description())
        self.hyper_form.set_specs(spec.hyperparams)
        self._sync_data_controls()

    def _on_schedule(self) -> None:
        self.schedule_form.set_specs(SCHEDULES[self.schedule_combo.currentData()].hyperparams)

    def _sync_data_controls(self) -> None:
        """Batch size only on data-backed presets (1 to N), its default the optimizer's own; the seed
        only where it changes the run: mini-batches, or an optimizer that draws noise."""
        size = self.runs.data_size() if self.model.loss is not None else None
        spec = self.specs[self.optimizer_combo.currentData()]
        self.batch_size.setVisible(size is not None)
        self.batch_label.setVisible(size is not None)
        seeded = size is not None or spec.uses_noise
        self.seed.setVisible(seeded)
        self.seed_label.setVisible(seeded)
        self.batch_row.setVisible(seeded)
        if size is not None:
            self.batch_size.setRange(1, size)
            self.batch_size.setValue(min(4, size) if spec.stochastic else size)

    def _set_color(self, color: str) -> None:
        self._color = QColor(color).name()
        self.color_button.setStyleSheet(f"background: {self._color}; min-width: 36px;")
        self.color_button.setText("")

    def _pick_color(self) -> None:
        color = QColorDialog.getColor(
            QColor(self._color), self, QCoreApplication.translate("OptimizerPanel", "Run colour")
        )
        if color.isValid():
            self._set_color(color.name())

    def _typed_start(self) -> None:
        self.runs.set_start((self.start_x.value(), self.start_y.value()))

    def _start_from_selection(self) -> None:
        if self.model.analysis is not None:
            self.runs.set_start(self.model.analysis.point)

    def _on_start(self, start) -> None:
        for box, value in ((self.start_x, start[0]), (self.start_y, start[1])):
            box.blockSignals(True)
            box.setValue(float(value))
            box.blockSignals(False)

    def _on_settings(self) -> None:
        """The step limit set elsewhere (--steps, a session) shows in its box."""
        self.step_limit.blockSignals(True)
        self.step_limit.setValue(self.runs.step_limit)
        self.step_limit.blockSignals(False)

    def spec_from_form(self) -> RunSpec:
        name = self.optimizer_combo.currentData()
        size = self.runs.data_size()
        start = self.runs.start
        return RunSpec(
            name,
            (float(start[0]), float(start[1])),
            self.hyper_form.values(),
            Schedule.make(self.schedule_combo.currentData(), self.schedule_form.values()),
            max_steps=self.runs.step_limit,
            batch_size=self.batch_size.value() if size is not None else None,
            seed=self.seed.value(),
            color=self._color,
            label=self.runs.unique_label(self.specs[name].label),
        )

    def add_run_from_form(self) -> Run | None:
        try:
            spec = self.spec_from_form()
        except OptimizerError as problem:
            self.show_error(str(problem))
            return None
        run = self.runs.try_add_run(spec)
        if run is not None:
            self.show_error("")
            self._set_color(self.runs.next_color())
        return run

    def add_race(self) -> list[Run]:
        runs = self.runs.add_race()
        self._set_color(self.runs.next_color())
        return runs

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        runs = self.runs.runs
        for row in rows:
            if row < len(runs):
                self.runs.remove(runs[row])

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # ---- the run list --------------------------------------------------------------------------
    def _on_runs_changed(self) -> None:
        runs = self.runs.runs
        self.table.setRowCount(len(runs))
        for row, run in enumerate(runs):
            swatch = QTableWidgetItem("●")
            swatch.setForeground(QColor(run.spec.color))
            swatch.setBackground(QColor("#2b2f36"))  # light colours (white, yellow) stay visible
            self.table.setItem(row, 0, swatch)
            label = QTableWidgetItem(run.spec.shown_name)
            label.setToolTip(run.spec.shown_name)
            self.table.setItem(row, 1, label)
            for column in (2, 3, 4):
                self.table.setItem(row, column, QTableWidgetItem(""))
        has_runs = bool(runs)
        for button in (
            self.step_button,
            self.play_button,
            self.reset_button,
            self.remove_button,
            self.clear_button,
        ):
            button.setEnabled(has_runs)
        self.refresh_table()

    def _on_stepped(self) -> None:
        import time

        now = time.perf_counter()
        if not self.player.playing or now - self._last_table_refresh >= TABLE_REFRESH_S:
            self._last_table_refresh = now
            self.refresh_table()

    def refresh_table(self) -> None:
        if self.table.rowCount() != len(self.runs.runs):
            # Runs came or went and runsChanged has not reached the list yet (a language switch or
            # the player can ask first): rebuild the rows, which refreshes them.
            self._on_runs_changed()
            return
        for row, run in enumerate(self.runs.runs):
            _set_text(self.table.item(row, 2), str(run.steps_taken))
            _set_text(self.table.item(row, 3), format_number(run.value, 4))
            outcome_item = self.table.item(row, 4)
            if run.outcome is None:
                text = _not_finished_words()["running" if run.steps_taken else "ready"]
                color, tip = "#9aa3ad", ""
            else:
                text = shown_word(run.outcome)
                tip = QCoreApplication.translate("OptimizerPanel", "{outcome}: {reason}").format(
                    outcome=text, reason=shown_stop_reason(run.stop_reason)
                )
                color = OUTCOME_COLORS.get(run.outcome, "#ffffff")
            if _set_text(outcome_item, text) or outcome_item.toolTip() != tip:
                outcome_item.setForeground(QColor(color))
                outcome_item.setToolTip(tip)
        self._fit_run_columns()  # Step and L may have given up room for the names: keep them whole

    def outcome_labels(self) -> list[str]:
        """The Outcome column as shown (for tests and scripts)."""
        return [self.table.item(row, 4).text() for row in range(self.table.rowCount())]

    def _on_playing(self, playing: bool) -> None:
        self.play_button.setText(
            QCoreApplication.translate("OptimizerPanel", "Pause ❚❚")
            if playing
            else QCoreApplication.translate("OptimizerPanel", "Play ▶")
        )
        if not playing:
            self.refresh_table()


def _set_text(item, text: str) -> bool:
    """Change a cell's text only when it differs (each change repaints the cell); True if changed."""
    if item.text() == text:
        return False
    item.setText(text)
    return True


class OptimizerFeature:
    """Everything the optimizers add to a window: the player, panel, trails in both views, plots.
    The runs themselves live in the model (window.model.runs)."""

    def __init__(self, window):
        self.window = window
        self.runs = window.model.runs
        self.player = RunPlayer(self.runs, window)
        self.panel = OptimizerPanel(window.model, self.player)
        self.plots = None
        self.contour_trails = self.surface_trails = None
        self._tab_sized = False
        self.runs.error.connect(window.model.message.emit)
        self._install_shortcuts()
        self.panel.retranslated.connect(self._word_shortcuts)

    def attach_views(self, contour_view, surface_view) -> None:
        """Trails in the views and the plots under them, once the views exist."""
        from critexplorer.ui.views.run_plots import RunPlots
        from critexplorer.ui.views.trails import ContourTrails, SurfaceTrails

        if self.contour_trails is not None:
            return
        self.contour_trails = ContourTrails(self.runs, contour_view)
        if surface_view is not None:
            self.surface_trails = SurfaceTrails(self.runs, surface_view)
        self.plots = RunPlots(self.runs, self.player)
        self.plots.hide()
        self.window.view_column.addWidget(self.plots)
        self.runs.runsChanged.connect(self._show_plots)
        self._show_plots()
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_Right), self.plots)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.player.step_once)

    def _show_plots(self) -> None:
        """The plots take PLOTS_FRACTION of the view column while there are runs, and vanish without."""
        has_runs = bool(self.runs.runs)
        if has_runs == self.plots.isVisible():
            return
        self.plots.setVisible(has_runs)
        if has_runs:
            column = self.window.view_column
            total = max(sum(column.sizes()), column.height())
            column.setSizes([round(total * (1 - PLOTS_FRACTION)), round(total * PLOTS_FRACTION)])

    def _on_tab(self, index: int) -> None:
        """The first time the Optimizers tab opens, give it most of the side column."""
        if self.window.side_tabs.widget(index) is self.panel and not self._tab_sized:
            self._tab_sized = True
            side = self.window.side
            total = max(sum(side.sizes()), side.height())
            side.setSizes([round(total * 0.8), round(total * 0.2)])

    def _install_shortcuts(self) -> None:
        play = QShortcut(QKeySequence(Qt.Key.Key_Space), self.window)
        play.setContext(Qt.ShortcutContext.WindowShortcut)
        play.activated.connect(self.player.toggle_play)
        step_anywhere = QShortcut(QKeySequence(Qt.Key.Key_Period), self.window)
        step_anywhere.setContext(Qt.ShortcutContext.WindowShortcut)
        step_anywhere.activated.connect(self.player.step_once)
        step_here = QShortcut(QKeySequence(Qt.Key.Key_Right), self.panel)
        step_here.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        step_here.activated.connect(self.player.step_once)
        self.shortcuts = (play, step_anywhere, step_here)
        self._word_shortcuts()

    def _word_shortcuts(self) -> None:
        """What each shortcut does, as Help → Keyboard shortcuts lists it, in the current language."""
        play, step_anywhere, step_here = self.shortcuts
        play.setWhatsThis(QCoreApplication.translate("OptimizerPanel", "play / pause the optimizer runs"))
        step_anywhere.setWhatsThis(QCoreApplication.translate("OptimizerPanel", "one step of every run"))
        step_here.setWhatsThis(
            QCoreApplication.translate(
                "OptimizerPanel", "in the Optimizers panel or the run plots: one step of every run"
            )
        )


def install_optimizer_panel(window) -> OptimizerFeature:
    """Add the Optimizers tab beside the point inspector; views attach later (attach_views)."""
    feature = OptimizerFeature(window)
    tabs: QTabWidget = window.side_tabs
    tabs.addTab(feature.panel, QCoreApplication.translate("OptimizerPanel", "Optimizers"))
    tabs.currentChanged.connect(feature._on_tab)
    window.optimizer_panel = feature.panel
    window.run_player = feature.player
    return feature
