"""The Basins tab: map where the Optimizers tab's optimizer ends from every cell of the window.

"Map basins" takes the optimizer, hyperparameters, schedule and seed from the Optimizers tab, and
the grid and step limit from here; the map is computed off the GUI thread (coarse first, then the
full grid) with a progress bar and Cancel, and drawn on the contour view (views/basin_layer.py).
While "Click a cell: run from there" is on, a click on the map adds that optimizer's run from the
cell's centre, with the cell's seed, as an ordinary run with its trail. A new formula or window
clears the map (it would describe another landscape).

"Compare with" maps a second optimizer (with its own default hyperparameters, the same schedule, seed
and step limit) on the same atlas in the same job, and shows it in a pane beside the contour view in
place of the 3-D view (views/basin_compare_view.py): the same attractor has the same colour in both.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from critexplorer.core.basins.attractors import TYPES
from critexplorer.core.display_words import shown_word
from critexplorer.core.limits import (
    DEFAULT_BASIN_GRID,
    DEFAULT_BASIN_STEPS,
    MAX_BASIN_GRID,
    MAX_STEP_LIMIT,
    MIN_BASIN_GRID,
)
from critexplorer.core.optimizers.hyperparams import OptimizerError
from critexplorer.core.optimizers.registry import optimizer_names
from critexplorer.core.runs import loss_for_runs
from critexplorer.ui.basin_job import BasinJob
from critexplorer.ui.panels.tab_title import set_tab_title

# What the summary says while there is no map (the key), worded in the current language by _no_map_words.
NO_MAP, LANDSCAPE_CHANGED = "no map", "landscape changed"


def _no_map_words(key: str) -> str:
    if key == LANDSCAPE_CHANGED:
        return QCoreApplication.translate("BasinPanel", "No basin map yet (the landscape changed).")
    return QCoreApplication.translate("BasinPanel", "No basin map yet.")


class BasinPanel(QWidget):
    def __init__(self, model, optimizer_panel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model, self.optimizer_panel = model, optimizer_panel
        self.layer = None  # the contour view's BasinLayer, once the views exist
        self.job = BasinJob(self)
        self.grid = QSpinBox()
        self.grid.setRange(MIN_BASIN_GRID, MAX_BASIN_GRID)
        self.grid.setValue(DEFAULT_BASIN_GRID)
        self.steps = QSpinBox()
        self.steps.setRange(1, MAX_STEP_LIMIT)
        self.steps.setValue(DEFAULT_BASIN_STEPS)
        self.compare = QComboBox()
        self.compare.addItem("", None)  # "nothing", worded in retranslate
        for name in optimizer_names():
            self.compare.addItem(name, name)
        self.map_button = QPushButton()
        self.map_button.clicked.connect(self.map_basins)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.show_box = QCheckBox()
        self.show_box.setChecked(True)
        self.show_box.toggled.connect(lambda on: self.layer is not None and self.layer.set_visible(on))
        self.click_box = QCheckBox()
        self.click_box.setChecked(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)  # its table's cells wrap to the tab's width
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #ff8a80;")
        self.error.hide()

        form = QFormLayout()
        self.grid_label, self.steps_label, self.compare_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.grid_label, self.grid)
        form.addRow(self.steps_label, self.steps)
        form.addRow(self.compare_label, self.compare)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        # The controls and the legend (up to nine attractors and two more rows) scroll inside the tab:
        # laid out flat, their height set the window's minimum and cut the last row at 1280×720.
        content = QWidget()
        layout = QVBoxLayout(content)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(content)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        layout.addLayout(form)
        layout.addWidget(self.map_button)
        layout.addLayout(running)
        toggles = QHBoxLayout()
        toggles.addWidget(self.show_box)
        toggles.addWidget(self.click_box)
        toggles.addStretch(1)
        layout.addLayout(toggles)
        layout.addWidget(self.summary)
        layout.addWidget(self.legend)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._set_running(False)

        self.job.started.connect(lambda: self._set_running(True))
        self.job.stopped.connect(lambda: self._set_running(False))
        self.job.progressed.connect(lambda fraction: self.progress.setValue(round(100 * fraction)))
        self.job.mapped.connect(self._on_mapped)
        self.job.compared.connect(self._on_compared)
        self.compare.currentIndexChanged.connect(lambda: self.compare.currentData() or self._hide_compare())
        self.compare_view = None  # views/basin_compare_view.BasinCompareView, once the views exist
        self.views = None  # the window's splitter of views, where the compare pane goes
        self._hidden_pane = None  # the pane (3-D view) the compare pane stands in for
        self.compare_map = None
        self.job.failed.connect(self._show_error)
        model.landscapeChanged.connect(self._on_landscape)
        self._landscape_key = None
        self.basin_map = None
        self._final = True  # whether the map shown is the full grid (not the coarse first pass)
        self._no_map = NO_MAP  # why there is no map, while there is none
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the tab in the current language; the settings and the map stay."""
        self.grid_label.setText(QCoreApplication.translate("BasinPanel", "grid"))
        self.grid.setToolTip(
            QCoreApplication.translate("BasinPanel", "N × N starts at the centres of the cells of the window")
        )
        self.steps_label.setText(QCoreApplication.translate("BasinPanel", "steps"))
        self.steps.setToolTip(
            QCoreApplication.translate("BasinPanel", "Step limit of each start (settled starts stop earlier)")
        )
        self.compare_label.setText(QCoreApplication.translate("BasinPanel", "compare with"))
        self.compare.setItemText(0, QCoreApplication.translate("BasinPanel", "nothing"))
        self.compare.setToolTip(
            QCoreApplication.translate(
                "BasinPanel",
                "Map a second optimizer (its default hyperparameters) beside the first, "
                "in place of the 3-D view",
            )
        )
        self.map_button.setText(QCoreApplication.translate("BasinPanel", "Map basins"))
        self.map_button.setToolTip(
            QCoreApplication.translate(
                "BasinPanel", "Map where the Optimizers tab's optimizer ends from every cell"
            )
        )
        # %p is Qt's percentage in the bar's format, not a number put into the looked-up text
        self.progress.setFormat(QCoreApplication.translate("BasinPanel", "Mapping basins… %p%"))
        self.cancel_button.setText(QCoreApplication.translate("BasinPanel", "Cancel"))
        self.show_box.setText(QCoreApplication.translate("BasinPanel", "Show on the contour map"))
        self.click_box.setText(QCoreApplication.translate("BasinPanel", "Click a cell: run from there"))
        self.click_box.setToolTip(
            QCoreApplication.translate(
                "BasinPanel", "A click on the map adds a run of this optimizer from the cell's centre"
            )
        )
        self.legend.setToolTip(
            QCoreApplication.translate(
                "BasinPanel", "Where the starts ended: each attractor's colour on the map and its fraction"
            )
        )
        set_tab_title(self, QCoreApplication.translate("BasinPanel", "Basins"))
        self._show_summary()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_summary(self) -> None:
        """The summary of the map(s) shown, or why there is none; and the legend and the compare
        pane's title, in the current language."""
        if self.basin_map is None:
            self.summary.setText(_no_map_words(self._no_map))
            return
        text = _summary(self.basin_map, self._final)
        if self.compare_map is not None:
            text += "<br>" + _summary(self.compare_map, self._final)
            if self.compare_view is not None and self.compare_view.basin_map is not None:
                self.compare_view.title.setText(_summary(self.compare_map, self._final))
        self.summary.setText(text)
        if self.layer is not None and self.layer.basin_map is not None:
            self.legend.setText(self.layer.legend_html())

    def attach_view(self, contour_view) -> None:
        from critexplorer.ui.views.basin_layer import BasinLayer

        if self.layer is not None:
            return
        from critexplorer.ui.views.basin_compare_view import BasinCompareView

        self.layer = BasinLayer(contour_view)
        contour_view.view_box.pointPicked.connect(self._on_click)
        self.compare_view = BasinCompareView()
        self.compare_view.follow(contour_view)
        self.compare_view.hide()

    def map_basins(self) -> None:
        """Start mapping the shown window with the Optimizers tab's settings."""
        landscape = self.model.landscape
        if landscape is None:
            return
        try:
            spec = self.optimizer_panel.spec_from_form().with_changes(max_steps=self.steps.value())
            loss = loss_for_runs(landscape.loss, self.model.preset)
        except (OptimizerError, ValueError) as problem:
            self._show_error(str(problem))
            return
        self._start(loss, spec, self.grid.value(), self.compare.currentData())

    def _start(self, loss, spec, grid: int, compare_name: str | None) -> None:
        """Map `spec` (and `compare_name` with its default hyperparameters) over the shown window."""
        landscape = self.model.landscape
        compare = None
        if compare_name:
            compare = spec.with_changes(optimizer=compare_name, hyperparams={})
        else:
            self._hide_compare()
        self._show_error("")
        self.job.start(loss, landscape.loss, spec, landscape.xlim, landscape.ylim, grid, compare)

    def saved_settings(self):
        """(spec, grid, compare optimizer or None) of the map shown, for a session; None without one."""
        basin_map = None if self.layer is None else self.layer.basin_map
        if basin_map is None:
            return None
        compare = None if self.compare_map is None else self.compare_map.spec.optimizer
        return basin_map.spec, basin_map.grid, compare

    def restore_settings(self, settings) -> None:
        """Show a session's basin settings (spec, grid, compare) and map them again, off the GUI thread;
        None clears the map."""
        if settings is None:
            self.job.cancel()
            self._clear_map(NO_MAP)
            return
        spec, grid, compare = settings
        self.grid.setValue(grid)
        self.steps.setValue(spec.max_steps)
        self.compare.setCurrentIndex(max(0, self.compare.findData(compare)))
        landscape = self.model.landscape
        if landscape is not None:
            self._start(loss_for_runs(landscape.loss, self.model.preset), spec, grid, compare)

    def cancel(self) -> None:
        if self.job.running:
            self.job.cancel()
            self.model.message.emit(QCoreApplication.translate("BasinPanel", "Basin map cancelled"))

    def _set_running(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)
        if on:
            self.progress.setValue(0)

    def _on_mapped(self, basin_map, final: bool) -> None:
        if self.layer is not None:
            self.layer.show_map(basin_map)
            self.layer.set_visible(self.show_box.isChecked())
            self.legend.setText(self.layer.legend_html())
        self.basin_map, self._final = basin_map, final
        self._show_summary()

    def _on_compared(self, basin_map, final: bool) -> None:
        """Show the second optimizer's map in the pane beside the contour view."""
        self.compare_map = basin_map
        if self.compare_view is None or self.views is None:
            return
        self.compare_view.show_map(basin_map, _summary(basin_map, final))
        if self.views.indexOf(self.compare_view) < 0:
            self._hidden_pane = self.views.widget(0)
            self.views.addWidget(self.compare_view)  # to the right of the contour view
            sizes = [0, 1, 1]
            self._hidden_pane.hide()
            self.views.setSizes([s * max(self.views.width(), 2) // 2 for s in sizes])
        self.compare_view.show()

    def _hide_compare(self) -> None:
        """Put the 3-D pane back where the compare pane stood."""
        self.compare_map = None
        if self.compare_view is None or self.views is None or self.views.indexOf(self.compare_view) < 0:
            return
        self.compare_view.hide()
        self.compare_view.setParent(None)
        self.compare_view.clear()
        if self._hidden_pane is not None:
            self._hidden_pane.show()
            self._hidden_pane = None

    def _on_click(self, x: float, y: float, set_start: bool, snap: bool = True) -> None:
        """A click on a cell of the shown map adds the map's run from that cell's centre."""
        if (
            set_start
            or not self.click_box.isChecked()
            or self.layer is None
            or not self.layer.image.isVisible()
        ):
            return
        cell = self.layer.cell_at(x, y)
        if cell is None:
            return
        basin_map = self.layer.basin_map
        start, seed = basin_map.cell_start(*cell)
        runs = self.model.runs
        spec = basin_map.spec.with_changes(
            start=start,
            seed=seed,
            color=runs.next_color(),
            label=runs.unique_label(
                QCoreApplication.translate("BasinPanel", "{name} from cell {row},{column}").format(
                    name=basin_map.spec.optimizer, row=cell[0], column=cell[1]
                )
            ),
        )
        runs.try_add_run(spec)

    def _on_landscape(self, landscape) -> None:
        key = (landscape.loss, landscape.xlim, landscape.ylim)
        if key == self._landscape_key:
            return
        self._landscape_key = key
        self.job.cancel()
        if self.layer is not None and self.layer.basin_map is not None:
            self._clear_map(LANDSCAPE_CHANGED)

    def _clear_map(self, why: str) -> None:
        """No map any more; `why` is NO_MAP or LANDSCAPE_CHANGED, what the summary says."""
        if self.layer is not None:
            self.layer.clear()
        self._hide_compare()
        self.basin_map, self._no_map = None, why
        self.legend.setText("")
        self._show_summary()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


def install_basin_panel(window) -> BasinPanel:
    """Add the Basins tab; the contour view's layer attaches later (attach_view)."""
    panel = BasinPanel(window.model, window.optimizer_panel)
    panel.views = window.views
    window.side_tabs.addTab(panel, QCoreApplication.translate("BasinPanel", "Basins"))
    window.basin_panel = panel
    return panel


def _summary(basin_map, final: bool = True) -> str:
    """One line: the optimizer, the grid, the fraction of each type, the median steps."""
    fractions = basin_map.fractions
    parts = [
        QCoreApplication.translate("BasinPanel", "{kind} {percent} %").format(
            kind=shown_word(kind), percent=f"{100 * fractions[kind]:.1f}"
        )
        for kind in (*TYPES, "moving", "diverged")
    ]
    if final:
        text = QCoreApplication.translate(
            "BasinPanel", "{name} on {size}² starts: {fractions}; median {steps} steps"
        )
    else:
        text = QCoreApplication.translate(
            "BasinPanel",
            "{name} on {size}² starts (coarse; refining…): {fractions}; median {steps} steps",
        )
    return text.format(
        name=basin_map.spec.optimizer,
        size=basin_map.grid,
        fractions=QCoreApplication.translate("BasinPanel", ", ").join(parts),
        steps=f"{basin_map.median_steps:g}",
    )
