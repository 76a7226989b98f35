"""The Networks window (Networks → Experiment…, Ctrl+Shift+N): choose a network, its data and runs;
Run (off the GUI thread, with progress, time left and Cancel that keeps finished runs); the lecture's
scatter and Dauphin's; click a dot for its spectrum and numbers, and Open slice to put the network's
loss through that point into the main views as an ordinary Loss.

A separate window rather than a tab: the explorer's views already fill 1280×720, and the scatters
need room of their own; Open slice brings the explorer window to the front.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from critexplorer.core.analysis.explain import format_number
from critexplorer.core.limits import (
    DEFAULT_NETWORK,
    DEFAULT_NETWORK_RUNS,
    MAX_NETWORK_PARAMETERS,
    MAX_NETWORK_RUNS,
    SLICE_RESOLUTION,
)
from critexplorer.core.networks.datasets import BUILTIN, DatasetError, default_data_name, network_data
from critexplorer.core.networks.experiment import ExperimentSpec, default_jobs
from critexplorer.core.networks.network import ACTIVATIONS, LOSSES, Network, NetworkError
from critexplorer.core.networks.slices import SliceError, check_direction
from critexplorer.core.text_input import to_ascii
from critexplorer.ui.networks.plots import RunScatter, SpectrumPlot, run_kind
from critexplorer.ui.networks.workers import ExperimentRunner, SliceLoader

translate = QCoreApplication.translate

DIRECTION_CHOICES = ("eig-min,eig-max", "eig-min,random:0", "random:0,random:1", "eig:0,eig:1")
AUTO_DATA_INDEX = 0  # the data list's first entry: the built-in set for the network's inputs and loss


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("inlineError")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


def _show_error(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    label.setVisible(bool(text))


class NetworksWindow(QMainWindow):
    experimentFinished = Signal(object)  # ExperimentResult

    def __init__(self, model, explorer=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.model, self.explorer = model, explorer
        self.result = None  # the last ExperimentResult shown
        self.selected = None  # the CriticalRun clicked
        self.runner = ExperimentRunner(self)
        self.runner.progressed.connect(self._on_progress)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.slice_loader = SliceLoader(self)
        self.slice_loader.made.connect(self._on_slice_made)
        self.slice_loader.failed.connect(self._on_slice_failed)

        self.layers_edit = QLineEdit(DEFAULT_NETWORK)
        self.activation_combo = QComboBox()
        self.activation_combo.addItems(ACTIVATIONS)
        self.bias_check = QCheckBox()
        self.bias_check.setChecked(True)
        self.loss_combo = QComboBox()
        self.loss_combo.addItems(LOSSES)
        self.data_combo = QComboBox()
        self.data_combo.addItem("")
        for name in BUILTIN:
            self.data_combo.addItem(name)
        self.csv_button = QPushButton()
        self.csv_button.clicked.connect(self.choose_csv)
        self.runs_spin = QSpinBox()
        self.runs_spin.setRange(1, MAX_NETWORK_RUNS)
        self.runs_spin.setValue(DEFAULT_NETWORK_RUNS)
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2**31 - 1)
        self.jobs_spin = QSpinBox()
        self.jobs_spin.setRange(1, max(1, default_jobs()))
        self.jobs_spin.setValue(default_jobs())
        self.run_button = QPushButton()
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run_experiment)
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.time_left = QLabel("")
        self.form_error = _error_label()
        self.summary = QLabel()
        self._status = ("", {})  # what the line under the progress bar says: a key of _status_text
        self.summary.setWordWrap(True)

        form = self.form = QFormLayout()  # the labels get their texts in retranslate()
        form.addRow(QLabel(), self.layers_edit)
        form.addRow(QLabel(), self.activation_combo)
        form.addRow("", self.bias_check)
        form.addRow(QLabel(), self.loss_combo)
        data_row = self.data_row = QHBoxLayout()
        data_row.addWidget(self.data_combo, 1)
        data_row.addWidget(self.csv_button)
        form.addRow(QLabel(), data_row)
        form.addRow(QLabel(), self.runs_spin)
        form.addRow(QLabel(), self.seed_spin)
        form.addRow(QLabel(), self.jobs_spin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addLayout(buttons)
        side.addWidget(self.progress)
        side.addWidget(self.time_left)
        side.addWidget(self.form_error)
        side.addWidget(self.summary)
        side.addStretch(1)
        self._build_details(side)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(300)

        self.lecture_plot = RunScatter(
            lambda: (
                translate("NetworksWindow", "The lecture's: training loss against minimum ratio"),
                translate("NetworksWindow", "minimum ratio (positive λ / all)"),
                translate("NetworksWindow", "training loss L"),
            ),
            lambda r: r.spectrum.minimum_ratio,
            lambda r: r.loss,
        )
        self.dauphin_plot = RunScatter(
            lambda: (
                translate("NetworksWindow", "Dauphin et al.'s: index against loss"),
                translate("NetworksWindow", "training loss L"),
                translate("NetworksWindow", "index (negative λ / all)"),
            ),
            lambda r: r.loss,
            lambda r: r.spectrum.index,
            legend=False,
        )
        self.spectrum_plot = SpectrumPlot()
        for plot in (self.lecture_plot, self.dauphin_plot):
            plot.runClicked.connect(self.select_run)
        self.flat_note = QLabel()
        self.flat_note.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(self.lecture_plot, 0, 0)
        grid.addWidget(self.dauphin_plot, 0, 1)
        grid.addWidget(self.flat_note, 1, 0, 1, 2)
        grid.addWidget(self.spectrum_plot, 2, 0)
        grid.addWidget(self.run_numbers, 2, 1)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(2, 2)

        central = QWidget()
        row = QHBoxLayout(central)
        row.addWidget(side_widget)
        row.addLayout(grid, 1)
        self.setCentralWidget(central)
        self.resize(1280, 720)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the current language (at start and on LanguageChange); shown results again."""
        self.setWindowTitle(translate("NetworksWindow", "critexplorer — critical points of small networks"))
        self.layers_edit.setToolTip(
            translate("NetworksWindow", "Layer sizes I-H-…-O, e.g. 1-4-1, 2-8-1 or 1-1-1")
        )
        self.bias_check.setText(translate("NetworksWindow", "biases"))
        self.data_combo.setItemText(AUTO_DATA_INDEX, translate("NetworksWindow", "(default)"))
        self.data_combo.setItemData(
            AUTO_DATA_INDEX,
            translate("NetworksWindow", "The built-in set for the network's inputs and loss"),
            Qt.ItemDataRole.ToolTipRole,
        )
        for name, (_make, description) in BUILTIN.items():
            index = self.data_combo.findText(name, Qt.MatchFlag.MatchExactly)
            self.data_combo.setItemData(
                index, translate("Networks", description), Qt.ItemDataRole.ToolTipRole
            )
        self.csv_button.setText(translate("NetworksWindow", "CSV…"))
        self.csv_button.setToolTip(
            translate("NetworksWindow", "Your own data: the first I columns inputs, then the targets")
        )
        self.jobs_spin.setToolTip(
            translate("NetworksWindow", "Worker processes (runs are the same for any number)")
        )
        self.run_button.setText(translate("NetworksWindow", "Run"))
        self.cancel_button.setText(translate("NetworksWindow", "Cancel"))
        labels = (
            (self.layers_edit, translate("NetworksWindow", "Layers")),
            (self.activation_combo, translate("NetworksWindow", "Activation")),
            (self.loss_combo, translate("NetworksWindow", "Loss")),
            (self.data_row, translate("NetworksWindow", "Data")),
            (self.runs_spin, translate("NetworksWindow", "Runs")),
            (self.seed_spin, translate("NetworksWindow", "Seed")),
            (self.jobs_spin, translate("NetworksWindow", "Jobs")),
            (self.directions_combo, translate("NetworksWindow", "Directions")),
        )
        for field, text in labels:
            form = self.directions_form if field is self.directions_combo else self.form
            form.labelForField(field).setText(text)
        self.flat_note.setText(
            translate(
                "NetworksWindow",
                "Flat directions (symmetries, unused units, more parameters than the data pins down) give "
                "zero eigenvalues, which keep the lecture's ratio (positive / all) below 1 even at a true "
                "minimum; “among non-zero” is positive / (positive + negative), 1 at such a minimum.",
            )
        )
        self.directions_combo.setToolTip(
            translate("NetworksWindow", "Two of eig-min, eig-max, eig:K (K-th ascending), random:SEED")
        )
        if not self.slice_loader.busy:
            self.open_slice_button.setText(translate("NetworksWindow", "Open slice"))
        self.open_slice_button.setToolTip(
            translate("NetworksWindow", "Show L(θ* + a·d₁ + b·d₂) in the explorer's views")
        )
        self.summary.setText(
            self._summary_text(self.result)
            if self.result is not None
            else translate(
                "NetworksWindow",
                "Choose a network and Run: each run trains, then solves ∇L = 0 and takes H's spectrum.",
            )
        )
        if self.selected is not None:
            self.run_numbers.setText(self._run_text(self.selected))
        else:
            self.run_numbers.setText(translate("NetworksWindow", "Click a dot: its spectrum and numbers."))
        self.time_left.setText(self._status_text())

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _set_status(self, key: str, **values) -> None:
        self._status = (key, values)
        self.time_left.setText(self._status_text())

    def _status_text(self) -> str:
        key, v = self._status
        if key == "starting":
            return translate("NetworksWindow", "{network} on {data}: starting…").format(**v)
        if key == "cancelling":
            return translate("NetworksWindow", "Cancelling: the runs under way finish, then stop…")
        if key == "progress":
            return translate("NetworksWindow", "{done} of {total} runs · about {left} s left").format(**v)
        if key == "none done":
            return translate("NetworksWindow", "0 of {total} runs").format(**v)
        if key == "cancelled":
            return translate("NetworksWindow", "Cancelled: {done} of {total} runs kept").format(**v)
        if key == "done":
            count = v["done"]  # a plain name: lupdate reads no call inside translate's arguments
            if count == 1:
                return translate("NetworksWindow", "1 run done")
            return translate("NetworksWindow", "%n runs done", None, count)
        return ""

    def _build_details(self, side: QVBoxLayout) -> None:
        self.run_numbers = QLabel()
        self.run_numbers.setObjectName("runNumbers")
        self.run_numbers.setWordWrap(True)
        self.run_numbers.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.run_numbers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.directions_combo = QComboBox()
        self.directions_combo.setEditable(True)
        self.directions_combo.addItems(DIRECTION_CHOICES)
        self.open_slice_button = QPushButton()
        self.open_slice_button.setEnabled(False)
        self.open_slice_button.clicked.connect(self.open_slice)
        self.slice_error = _error_label()
        box = self.directions_form = QFormLayout()
        box.addRow(QLabel(), self.directions_combo)
        side.addLayout(box)
        side.addWidget(self.open_slice_button)
        side.addWidget(self.slice_error)

    # ---- the experiment ---------------------------------------------------------------------
    def choose_csv(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("NetworksWindow", "Data for the network"),
            "",
            translate("NetworksWindow", "CSV files (*.csv);;All files (*)"),
        )
        if name:
            self.set_data_source(name)

    def set_data_source(self, source: str) -> None:
        """Built-in name or CSV path (added to the list)."""
        index = self.data_combo.findText(source)
        if index < 0:
            self.data_combo.addItem(source)
            index = self.data_combo.count() - 1
        self.data_combo.setCurrentIndex(index)

    def experiment_spec(self) -> ExperimentSpec:
        """What the form asks for; NetworkError or DatasetError with a message for the form."""
        network = Network.parse(
            self.layers_edit.text().strip(),
            activation=self.activation_combo.currentText(),
            bias=self.bias_check.isChecked(),
            loss=self.loss_combo.currentText(),
        )
        if network.parameters > MAX_NETWORK_PARAMETERS:
            raise NetworkError(
                f"{network.name} has {network.parameters} parameters; full Hessians allow at most "
                f"{MAX_NETWORK_PARAMETERS}"
            )
        source = self.data_combo.currentText()
        if self.data_combo.currentIndex() == AUTO_DATA_INDEX:
            source = default_data_name(network)
            if not source:
                raise DatasetError(
                    translate(
                        "NetworksWindow", "no built-in data has {inputs} inputs: choose a CSV file"
                    ).format(inputs=network.inputs)
                )
        data = network_data(source, network)
        return ExperimentSpec(network, data, self.runs_spin.value(), self.seed_spin.value())

    def run_experiment(self) -> bool:
        if self.runner.running:
            return False
        try:
            spec = self.experiment_spec()
        except (NetworkError, DatasetError, OSError) as error:
            _show_error(self.form_error, str(error))
            return False
        _show_error(self.form_error, None)
        self.spec = spec
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, spec.runs)
        self.progress.setValue(0)
        self._set_status("starting", network=spec.network.name, data=spec.data.name)
        self.runner.start(spec, self.jobs_spin.value())
        return True

    def cancel(self) -> None:
        if self.runner.running:
            self.cancel_button.setEnabled(False)
            self._set_status("cancelling")
            self.runner.cancel()

    def _on_progress(self, done: int, total: int, elapsed: float) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if done and done < total:
            left = elapsed / done * (total - done)
            self._set_status("progress", done=done, total=total, left=format_number(left, 2))
        elif not done:
            self._set_status("none done", total=total)

    def _on_failed(self, text: str) -> None:
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self._set_status("")
        _show_error(
            self.form_error,
            translate("NetworksWindow", "The experiment stopped: {reason}").format(reason=text),
        )

    def _on_finished(self, result) -> None:
        self.show_result(result)
        self.experimentFinished.emit(result)

    def show_result(self, result) -> None:
        """Show an ExperimentResult: one just run, or a saved one (a lesson's, core/networks/results.py)."""
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.result = result
        self._show_network(result.spec)
        self.progress.setRange(0, max(result.spec.runs, len(result.runs), 1))
        self.progress.setValue(len(result.runs))
        finished = len(result.runs)
        if result.cancelled:
            self._set_status("cancelled", done=finished, total=result.spec.runs)
        else:
            self._set_status("done", done=finished)
        self.lecture_plot.set_runs(result.runs)
        self.dauphin_plot.set_runs(result.runs)
        self.summary.setText(self._summary_text(result))
        self.selected = None
        self.spectrum_plot.clear_spectrum()
        self.run_numbers.setText(translate("NetworksWindow", "Click a dot: its spectrum and numbers."))
        self.open_slice_button.setEnabled(False)

    def _show_network(self, spec) -> None:
        """The form says which network the shown result is of (a saved one may differ from the form)."""
        network = spec.network
        self.layers_edit.setText("-".join(str(n) for n in network.layers))
        self.activation_combo.setCurrentText(network.activation)
        self.bias_check.setChecked(network.bias)
        self.loss_combo.setCurrentText(network.loss)
        if spec.data.name in BUILTIN:
            self.set_data_source(spec.data.name)
        self.runs_spin.setValue(spec.runs)
        self.seed_spin.setValue(spec.seed)

    @staticmethod
    def _summary_text(result) -> str:
        spec, critical, minima = result.spec, result.critical, result.minima
        kinds = [run_kind(r) for r in result.runs]
        lines = [
            translate(
                "NetworksWindow",
                "<b>{network} {activation}</b> ({parameters} parameters) on {data}: "
                "{critical} of {runs} runs critical, {minima} of them minima, {flat} gradient-flat.",
            ).format(
                network=spec.network.name,
                activation=spec.network.activation,
                parameters=spec.network.parameters,
                data=spec.data.name,
                critical=len(critical),
                runs=len(result.runs),
                minima=len(minima),
                flat=kinds.count("flat"),
            )
        ]
        span = result.minimum_ratio_range()
        if span:
            line = translate("NetworksWindow", "Minimum ratio {low} … {high}").format(
                low=format_number(span[0], 3), high=format_number(span[1], 3)
            )
            nonzero = [r.spectrum.nonzero_minimum_ratio for r in critical if r.spectrum.nonzero_minimum_ratio]
            if nonzero:
                line += translate("NetworksWindow", " (among non-zero λ: {low} … {high})").format(
                    low=format_number(min(nonzero), 3), high=format_number(max(nonzero), 3)
                )
            lines.append(line)
            lines.append(
                translate("NetworksWindow", "Saddles: {percent} % of the critical runs.").format(
                    percent=format_number(100 * result.saddle_fraction, 3)
                )
            )
        return "<br>".join(lines)

    # ---- one run ----------------------------------------------------------------------------
    def run_by_number(self, number: int):
        if self.result is None:
            return None
        return next((r for r in self.result.runs if r.run == number), None)

    def select_run(self, number: int) -> None:
        run = self.run_by_number(number)
        if run is None:
            return
        self.selected = run
        spectrum = run.spectrum
        self.spectrum_plot.set_spectrum(spectrum.eigenvalues, spectrum.zero_below)
        for plot in (self.lecture_plot, self.dauphin_plot):
            plot.mark(number)
        self.run_numbers.setText(self._run_text(run))
        self.open_slice_button.setEnabled(True)
        _show_error(self.slice_error, None)

    @staticmethod
    def _run_text(run) -> str:
        spectrum = run.spectrum
        nonzero = spectrum.nonzero_minimum_ratio
        lam, f = spectrum.eigenvalues, format_number
        if run.critical:
            status = (
                translate("NetworksWindow", "a minimum")
                if run.is_minimum
                else translate("NetworksWindow", "a saddle")
                if run.is_saddle
                else translate("NetworksWindow", "critical")
            )
        else:
            status = (
                translate("NetworksWindow", "gradient-flat, not critical")
                if run.gradient_flat
                else translate("NetworksWindow", "not critical (stalled)")
            )
        return translate(
            "NetworksWindow",
            "<b>Run {run}</b> (seed {seed}): {status}<br>"
            "L = {loss}, ‖∇L‖ = {norm}<br>"
            "{count} eigenvalues: {positive} positive, {negative} negative, "
            "{zero} zero (|λ| ≤ {zero_below})<br>"
            "λ from {lowest} to {highest}<br>"
            "minimum ratio {ratio}, index {index}, among non-zero λ {nonzero}",
        ).format(
            run=run.run,
            seed=run.seed,
            status=status,
            loss=f(run.loss, 6),
            norm=f(run.gradient_norm, 3),
            count=spectrum.eigenvalues.size,
            positive=spectrum.positive,
            negative=spectrum.negative,
            zero=spectrum.zero,
            zero_below=f(spectrum.zero_below, 2),
            lowest=f(lam[0], 4),
            highest=f(lam[-1], 4),
            ratio=f(spectrum.minimum_ratio, 4),
            index=f(spectrum.index, 4),
            nonzero="—" if nonzero is None else f(nonzero, 4),
        )

    def slice_directions(self) -> list[str]:
        """The two directions typed or chosen; SliceError with a message for the form."""
        parts = [p.strip() for p in to_ascii(self.directions_combo.currentText()).split(",")]
        if len(parts) != 2 or not all(parts):
            raise SliceError(translate("NetworksWindow", "give two directions, like eig-min,eig-max"))
        parameters = self.selected.params.size if self.selected is not None else 0
        return [check_direction(p, parameters) for p in parts]

    def open_slice(self) -> bool:
        """Make the slice through the clicked run's point (in a worker) and show it in the explorer."""
        if self.selected is None or self.result is None:
            return False
        try:
            directions = self.slice_directions()
        except SliceError as error:
            _show_error(self.slice_error, str(error))
            return False
        _show_error(self.slice_error, None)
        spec = self.result.spec
        # The label stands where a formula does (sessions and the formula bar keep it): not translated.
        label = f"{spec.network.name} run {self.selected.run} along {directions[0]},{directions[1]}"
        self.open_slice_button.setEnabled(False)
        self.open_slice_button.setText(translate("NetworksWindow", "Computing the slice…"))
        self.slice_loader.load(
            spec.network,
            spec.data,
            self.selected.params,
            directions,
            label,
            min(self.model.resolution, SLICE_RESOLUTION),
        )
        return True

    def _slice_done(self) -> None:
        self.open_slice_button.setText(translate("NetworksWindow", "Open slice"))
        self.open_slice_button.setEnabled(self.selected is not None)

    def _on_slice_made(self, made, landscape) -> None:
        self._slice_done()
        self.model.apply_slice(made, landscape)
        self.model.select((0.0, 0.0))
        self.model.message.emit(
            translate("NetworksWindow", "Showing the slice {slice}; θ* is at (0, 0)").format(
                slice=made.loss.formula
            )
        )
        if self.explorer is not None:
            self.explorer.raise_()
            self.explorer.activateWindow()

    def _on_slice_failed(self, text: str) -> None:
        self._slice_done()
        _show_error(self.slice_error, text)

    def closeEvent(self, event) -> None:
        self.runner.cancel()
        super().closeEvent(event)


def install_networks_window(window) -> None:
    """Networks → Experiment… on the explorer's menu bar; the window is made on first use."""
    from PySide6.QtGui import QKeySequence

    from critexplorer.ui.networks.landscape_wait import install_slice_landscapes

    install_slice_landscapes(window.model, window)  # zoom, grid, Undo, sessions: never on the GUI thread
    menu = window.menuBar().addMenu("")
    holder = {}

    def show() -> NetworksWindow:
        if "window" not in holder:
            holder["window"] = NetworksWindow(window.model, explorer=window, parent=window)
            holder["window"].setWindowFlag(Qt.WindowType.Window)
        networks = holder["window"]
        networks.show()
        networks.raise_()
        return networks

    action = menu.addAction("", show)
    action.setShortcut(QKeySequence("Ctrl+Shift+N"))

    def texts() -> None:
        menu.setTitle(translate("NetworksMenu", "&Networks"))
        action.setText(translate("NetworksMenu", "Experiment on small networks…"))
        action.setToolTip(
            translate(
                "NetworksMenu",
                "Train many small networks to critical points; scatter their spectra; open slices",
            )
        )

    texts()
    window.installEventFilter(_LanguageWatcher(texts, menu))
    window.show_networks = show


class _LanguageWatcher(QObject):
    """Calls `retranslate` when the watched window gets LanguageChange (the menu it added is ours)."""

    def __init__(self, retranslate, parent):
        super().__init__(parent)
        self.retranslate = retranslate

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
