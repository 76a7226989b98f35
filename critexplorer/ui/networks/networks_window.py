"""The Networks window (Networks → Experiment…, Ctrl+Shift+N): choose a network, its data and runs;
Run (off the GUI thread, with progress, time left and Cancel that keeps finished runs); the lecture's
scatter and Dauphin's; click a dot for its spectrum and numbers, and Open slice to put the network's
loss through that point into the main views as an ordinary Loss.

A separate window rather than a tab: the explorer's views already fill 1280×720, and the scatters
need room of their own; Open slice brings the explorer window to the front.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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
from critexplorer.ui.networks.plots import RunScatter, SpectrumPlot, run_kind
from critexplorer.ui.networks.workers import ExperimentRunner, SliceLoader

DIRECTION_CHOICES = ("eig-min,eig-max", "eig-min,random:0", "random:0,random:1", "eig:0,eig:1")
AUTO_DATA = "(default)"
FLAT_NOTE = (
    "Flat directions (symmetries, unused units, more parameters than the data pins down) give zero "
    "eigenvalues, which keep the lecture's ratio (positive / all) below 1 even at a true minimum; "
    "“among non-zero” is positive / (positive + negative), 1 at such a minimum."
)


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
        self.setWindowTitle("critexplorer — critical points of small networks")
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
        self.layers_edit.setToolTip("Layer sizes I-H-…-O, e.g. 2-8-1 or 1-1-1")
        self.activation_combo = QComboBox()
        self.activation_combo.addItems(ACTIVATIONS)
        self.bias_check = QCheckBox("biases")
        self.bias_check.setChecked(True)
        self.loss_combo = QComboBox()
        self.loss_combo.addItems(LOSSES)
        self.data_combo = QComboBox()
        self.data_combo.addItem(AUTO_DATA)
        for name, (_make, description) in BUILTIN.items():
            self.data_combo.addItem(name)
            self.data_combo.setItemData(self.data_combo.count() - 1, description, Qt.ItemDataRole.ToolTipRole)
        self.csv_button = QPushButton("CSV…")
        self.csv_button.setToolTip("Your own data: the first I columns inputs, then the targets")
        self.csv_button.clicked.connect(self.choose_csv)
        self.runs_spin = QSpinBox()
        self.runs_spin.setRange(1, MAX_NETWORK_RUNS)
        self.runs_spin.setValue(DEFAULT_NETWORK_RUNS)
        self.data_combo.setItemData(
            0, "The built-in set for the network's inputs and loss", Qt.ItemDataRole.ToolTipRole
        )
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2**31 - 1)
        self.jobs_spin = QSpinBox()
        self.jobs_spin.setRange(1, max(1, default_jobs()))
        self.jobs_spin.setValue(default_jobs())
        self.jobs_spin.setToolTip("Worker processes (runs are the same for any number)")
        self.run_button = QPushButton("Run")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run_experiment)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.time_left = QLabel("")
        self.form_error = _error_label()
        self.summary = QLabel(
            "Choose a network and Run: each run trains, then solves ∇L = 0 and takes H's spectrum."
        )
        self.summary.setWordWrap(True)

        form = QFormLayout()
        form.addRow("Layers", self.layers_edit)
        form.addRow("Activation", self.activation_combo)
        form.addRow("", self.bias_check)
        form.addRow("Loss", self.loss_combo)
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_combo, 1)
        data_row.addWidget(self.csv_button)
        form.addRow("Data", data_row)
        form.addRow("Runs", self.runs_spin)
        form.addRow("Seed", self.seed_spin)
        form.addRow("Jobs", self.jobs_spin)
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
            "The lecture's: training loss against minimum ratio",
            "minimum ratio (positive λ / all)",
            "training loss L",
            lambda r: r.spectrum.minimum_ratio,
            lambda r: r.loss,
        )
        self.dauphin_plot = RunScatter(
            "Dauphin et al.'s: index against loss",
            "training loss L",
            "index (negative λ / all)",
            lambda r: r.loss,
            lambda r: r.spectrum.index,
            legend=False,
        )
        self.spectrum_plot = SpectrumPlot()
        for plot in (self.lecture_plot, self.dauphin_plot):
            plot.runClicked.connect(self.select_run)
        self.flat_note = QLabel(FLAT_NOTE)
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

    def _build_details(self, side: QVBoxLayout) -> None:
        self.run_numbers = QLabel("Click a dot: its spectrum and numbers.")
        self.run_numbers.setObjectName("runNumbers")
        self.run_numbers.setWordWrap(True)
        self.run_numbers.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.run_numbers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.directions_combo = QComboBox()
        self.directions_combo.setEditable(True)
        self.directions_combo.addItems(DIRECTION_CHOICES)
        self.directions_combo.setToolTip("Two of eig-min, eig-max, eig:K (K-th ascending), random:SEED")
        self.open_slice_button = QPushButton("Open slice")
        self.open_slice_button.setToolTip("Show L(θ* + a·d₁ + b·d₂) in the explorer's views")
        self.open_slice_button.setEnabled(False)
        self.open_slice_button.clicked.connect(self.open_slice)
        self.slice_error = _error_label()
        box = QFormLayout()
        box.addRow("Directions", self.directions_combo)
        side.addLayout(box)
        side.addWidget(self.open_slice_button)
        side.addWidget(self.slice_error)

    # ---- the experiment ---------------------------------------------------------------------
    def choose_csv(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Data for the network", "", "CSV files (*.csv);;All files (*)"
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
        if source == AUTO_DATA:
            source = default_data_name(network)
            if not source:
                raise DatasetError(f"no built-in data has {network.inputs} inputs: choose a CSV file")
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
        self.time_left.setText(f"{spec.network.name} on {spec.data.name}: starting…")
        self.runner.start(spec, self.jobs_spin.value())
        return True

    def cancel(self) -> None:
        if self.runner.running:
            self.cancel_button.setEnabled(False)
            self.time_left.setText("Cancelling: the runs under way finish, then stop…")
            self.runner.cancel()

    def _on_progress(self, done: int, total: int, elapsed: float) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if done and done < total:
            left = elapsed / done * (total - done)
            self.time_left.setText(f"{done} of {total} runs · about {format_number(left, 2)} s left")
        elif not done:
            self.time_left.setText(f"0 of {total} runs")

    def _on_failed(self, text: str) -> None:
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.time_left.setText("")
        _show_error(self.form_error, f"The experiment stopped: {text}")

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
        self.time_left.setText(
            f"Cancelled: {finished} of {result.spec.runs} runs kept"
            if result.cancelled
            else f"{finished} runs done"
        )
        self.lecture_plot.set_runs(result.runs)
        self.dauphin_plot.set_runs(result.runs)
        self.summary.setText(self._summary_text(result))
        self.selected = None
        self.spectrum_plot.clear_spectrum()
        self.run_numbers.setText("Click a dot: its spectrum and numbers.")
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
            f"<b>{spec.network.name} {spec.network.activation}</b> ({spec.network.parameters} parameters) "
            f"on {spec.data.name}: {len(critical)} of {len(result.runs)} runs critical, "
            f"{len(minima)} of them minima, {kinds.count('flat')} gradient-flat."
        ]
        span = result.minimum_ratio_range()
        if span:
            lines.append(f"Minimum ratio {format_number(span[0], 3)} … {format_number(span[1], 3)}")
            nonzero = [r.spectrum.nonzero_minimum_ratio for r in critical if r.spectrum.nonzero_minimum_ratio]
            if nonzero:
                low, high = format_number(min(nonzero), 3), format_number(max(nonzero), 3)
                lines[-1] += f" (among non-zero λ: {low} … {high})"
            lines.append(f"Saddles: {format_number(100 * result.saddle_fraction, 3)} % of the critical runs.")
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
        nonzero = spectrum.nonzero_minimum_ratio
        lam, f = spectrum.eigenvalues, format_number
        status = (
            ("a minimum" if run.is_minimum else "a saddle" if run.is_saddle else "critical")
            if run.critical
            else ("gradient-flat, not critical" if run.gradient_flat else "not critical (stalled)")
        )
        self.run_numbers.setText(
            f"<b>Run {run.run}</b> (seed {run.seed}): {status}<br>"
            f"L = {format_number(run.loss, 6)}, ‖∇L‖ = {format_number(run.gradient_norm, 3)}<br>"
            f"{spectrum.eigenvalues.size} eigenvalues: {spectrum.positive} positive, {spectrum.negative} "
            f"negative, {spectrum.zero} zero (|λ| ≤ {format_number(spectrum.zero_below, 2)})<br>"
            f"λ from {f(lam[0], 4)} to {f(lam[-1], 4)}<br>"
            f"minimum ratio {f(spectrum.minimum_ratio, 4)}, index {f(spectrum.index, 4)}, "
            f"among non-zero λ {'—' if nonzero is None else f(nonzero, 4)}"
        )
        self.open_slice_button.setEnabled(True)
        _show_error(self.slice_error, None)

    def slice_directions(self) -> list[str]:
        """The two directions typed or chosen; SliceError with a message for the form."""
        parts = [p.strip() for p in self.directions_combo.currentText().split(",")]
        if len(parts) != 2 or not all(parts):
            raise SliceError("give two directions, like eig-min,eig-max")
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
        label = f"{spec.network.name} run {self.selected.run} along {directions[0]},{directions[1]}"
        self.open_slice_button.setEnabled(False)
        self.open_slice_button.setText("Computing the slice…")
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
        self.open_slice_button.setText("Open slice")
        self.open_slice_button.setEnabled(self.selected is not None)

    def _on_slice_made(self, made, landscape) -> None:
        self._slice_done()
        self.model.apply_slice(made, landscape)
        self.model.select((0.0, 0.0))
        self.model.message.emit(f"Showing the slice {made.loss.formula}; θ* is at (0, 0)")
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

    menu = window.menuBar().addMenu("&Networks")
    holder = {}

    def show() -> NetworksWindow:
        if "window" not in holder:
            holder["window"] = NetworksWindow(window.model, explorer=window, parent=window)
            holder["window"].setWindowFlag(Qt.WindowType.Window)
        networks = holder["window"]
        networks.show()
        networks.raise_()
        return networks

    action = menu.addAction("Experiment on small networks…", show)
    action.setShortcut(QKeySequence("Ctrl+Shift+N"))
    action.setToolTip("Train many small networks to critical points; scatter their spectra; open slices")
    window.show_networks = show
