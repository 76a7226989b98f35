"""Loss against step and ‖g‖ against step, log y, one line per run in the run's colour.

The x-axis counts steps, epochs or samples seen (run_axis_choice.py, the model's display.run_axis;
the rule is core/run_axis.py's): on a data-backed loss each run's x follows its own batch size.

The loss axis is logarithmic while no value shown is negative (an exact 0 is drawn a decade below
the smallest positive L); a loss that goes negative switches it to linear (the axis title says
which). ‖g‖ is drawn on a log axis with exact zeros (GD sitting on a saddle) shown at GRADIENT_FLOOR.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from critexplorer.core.run_axis import axis_values, run_sampling
from critexplorer.ui import style
from critexplorer.ui.run_player import RunPlayer
from critexplorer.ui.runs_model import RunsModel
from critexplorer.ui.views.axes import PlainAxis, plain_axes
from critexplorer.ui.views.run_axis_choice import RunAxisChoice, axis_title

GRADIENT_FLOOR = 1e-16  # ‖g‖ = 0 exactly has no logarithm: drawn at the floating-point floor
PLOT_CEILING = 1e100  # larger values (a diverging run) are drawn here: 10^(axis range) must not overflow
# While playing, the plots redraw at most this often: two plots of 8×2,000 points cost more to paint
# than the trails, and a 4 Hz plot beside a 30+ fps animation reads just as well.
PLAYING_REFRESH_MS = 250
# Beyond this many decades a log axis shows decade ticks only: pyqtgraph would add 2·10ᵏ … 9·10ᵏ for
# every decade, ~200 grid lines over ‖g‖'s 20 decades, which took 17 ms to paint on each refresh.
MINOR_TICK_DECADES = 4.0
# The step axis starts at step 0 and spans at least this many steps, so that before the first step it
# reads 0, 2, 4 … rather than −0.4 … 0.4 around a lone point.
MIN_STEP_SPAN = 10


# Within a decade, the ticks at 1…9, at 1, 2 and 5, or at 1 only, whichever are at least this many
# pixels apart: pyqtgraph labels every minor tick, and on a 120 px plot spanning one decade
# "0.6 0.7 0.8 0.9" were drawn on top of each other.
TICK_LABEL_PX = 14
MANTISSA_SETS = ((1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 5), (1,))


def minor_mantissas(decades: float, length_px: float) -> tuple[int, ...]:
    """The mantissas of a log axis's minor ticks that leave room for their labels."""
    per_decade = length_px / max(decades, 1e-12)
    for mantissas in MANTISSA_SETS:
        logs = np.log10([*mantissas, 10])
        if per_decade * float(np.min(np.diff(logs))) >= TICK_LABEL_PX:
            return mantissas
    return MANTISSA_SETS[-1]


class DecadeLogAxis(PlainAxis):
    """A log axis whose minor ticks (and their grid lines) never crowd their labels, and that has
    none once it spans many decades."""

    def logTickValues(self, minVal, maxVal, size, stdTicks):
        ticks = super().logTickValues(minVal, maxVal, size, stdTicks)
        if maxVal - minVal > MINOR_TICK_DECADES:
            return [(spacing, values) for spacing, values in ticks if spacing is not None]
        keep = minor_mantissas(maxVal - minVal, size)
        thinned = []
        for spacing, values in ticks:
            if spacing is None:
                mantissas = np.rint(10 ** (np.asarray(values, float) % 1.0)).astype(int)
                values = [v for v, m in zip(values, mantissas, strict=True) if m in keep]
            thinned.append((spacing, values))
        return thinned


class RunPlots(QWidget):
    def __init__(self, runs: RunsModel, player: RunPlayer, parent: QWidget | None = None):
        super().__init__(parent)
        self.runs, self.player = runs, player
        self.loss_plot = pg.PlotWidget(axisItems=plain_axes(left=DecadeLogAxis))
        self.gradient_plot = pg.PlotWidget(axisItems=plain_axes(left=DecadeLogAxis))
        for plot, title in ((self.loss_plot, "L"), (self.gradient_plot, "‖g‖")):
            plot.setBackground(style.VIEW_BACKGROUND)
            plot.setMouseEnabled(x=True, y=True)
            item = plot.getPlotItem()
            item.setLabel("left", title)
            item.showGrid(x=True, y=True, alpha=0.25)
            for side in ("left", "bottom"):
                # Grid lines at the labelled ticks only: the faint minor levels were ~200 alpha-blended
                # lines per plot and took 7 ms of each refresh, more than the 16 curves.
                item.getAxis(side).setStyle(maxTickLevel=0)
            item.setClipToView(True)
            item.getViewBox().setLimits(xMin=0, minXRange=MIN_STEP_SPAN)
            plot.setMinimumHeight(120)
        self.gradient_plot.getPlotItem().setLogMode(False, True)
        self._loss_log: bool | None = None
        self._set_loss_log(True)
        self.retranslate()
        self.loss_lines: list[pg.PlotDataItem] = []
        self.gradient_lines: list[pg.PlotDataItem] = []
        self._steps = np.arange(1024, dtype=float)

        self.axis_choice = RunAxisChoice(runs)
        self._axis = self.axis_choice.shown_axis()  # then axisShown tells of every change
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(self.axis_choice)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.loss_plot)
        layout.addWidget(self.gradient_plot)
        column.addLayout(layout, 1)
        self.axis_choice.axisShown.connect(self._on_axis)
        self._label_x_axis()
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(PLAYING_REFRESH_MS)
        self._refresh.timeout.connect(self.update)
        runs.runsChanged.connect(self.rebuild)
        runs.stepped.connect(self._on_stepped)
        player.playingChanged.connect(lambda playing: playing or self.update())
        self.rebuild()

    def _on_stepped(self) -> None:
        if not self.player.playing:
            self.update()
        elif not self._refresh.isActive():
            self._refresh.start()

    def retranslate(self) -> None:
        """Axis titles and tooltips in the current language."""
        self._label_x_axis()
        self._label_loss_axis()
        self.gradient_plot.setToolTip(
            QCoreApplication.translate("RunPlots", "‖∇L‖ (full batch) at each step, log scale")
        )
        self.loss_plot.setToolTip(
            QCoreApplication.translate(
                "RunPlots",
                "L at each step (full batch); log scale unless some L < 0, with L = 0 "
                "drawn a decade below the smallest positive L",
            )
        )

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _label_loss_axis(self) -> None:
        if self._loss_log:
            title = QCoreApplication.translate("RunPlots", "L (log)")
        else:
            title = QCoreApplication.translate("RunPlots", "L (linear: L < 0 occurs)")
        self.loss_plot.getPlotItem().setLabel("left", title)

    def _set_loss_log(self, log: bool) -> None:
        if log != self._loss_log:
            self._loss_log = log
            self.loss_plot.getPlotItem().setLogMode(False, log)
            self._label_loss_axis()

    def rebuild(self) -> None:
        for plot, lines in ((self.loss_plot, self.loss_lines), (self.gradient_plot, self.gradient_lines)):
            for line in lines:
                plot.removeItem(line)
            lines.clear()
            for run in self.runs.runs:
                line = pg.PlotDataItem(pen=pg.mkPen(run.spec.color, width=1))  # 1 px: the fast raster path
                # A few points per pixel column (min and max kept): 2,000 steps in ~400 px draw as ~800.
                line.setDownsampling(auto=True, method="peak")
                plot.addItem(line)
                lines.append(line)
        self.update()

    def _on_axis(self, axis: str) -> None:
        self._axis = axis
        self._label_x_axis()
        self.update()
        for plot in (self.loss_plot, self.gradient_plot):
            plot.getPlotItem().enableAutoRange(x=True)

    def _label_x_axis(self) -> None:
        axis = getattr(self, "_axis", "step")  # retranslate() runs once before the axis box exists
        for plot in (self.loss_plot, self.gradient_plot):
            plot.getPlotItem().setLabel("bottom", axis_title(axis))

    def _x_values(self, run, n: int) -> np.ndarray:
        """The x of a run's first n trail points on the axis shown."""
        if self._axis == "step":
            return self._step_axis(n)
        return axis_values(self._axis, n, run_sampling(run))

    def _set_x_limits(self, runs) -> None:
        """At least MIN_STEP_SPAN steps wide, in the units of the axis (the widest of the runs')."""
        span = max((float(self._x_values(run, MIN_STEP_SPAN + 1)[-1]) for run in runs), default=MIN_STEP_SPAN)
        if span != getattr(self, "_x_span", None):
            self._x_span = span
            for plot in (self.loss_plot, self.gradient_plot):
                plot.getPlotItem().getViewBox().setLimits(xMin=0, minXRange=span)

    def _step_axis(self, n: int) -> np.ndarray:
        if n > len(self._steps):
            self._steps = np.arange(max(n, 2 * len(self._steps)), dtype=float)
        return self._steps[:n]

    def update(self) -> None:
        runs = self.runs.runs
        if len(runs) != len(self.loss_lines):
            return
        with np.errstate(invalid="ignore"):
            lowest = [float(np.nanmin(r.trail.values, initial=np.inf)) for r in runs]
            smallest_positive = min(
                (float(np.min(r.trail.values[r.trail.values > 0], initial=np.inf)) for r in runs),
                default=np.inf,
            )
        log = all(low >= 0 for low in lowest)
        self._set_loss_log(log)
        self._set_x_limits(runs)
        # An exact L = 0 (Adam landing on a Himmelblau minimum) has no logarithm: it is drawn a decade
        # below the smallest positive L shown, rather than switching the whole plot to linear.
        zero_at = smallest_positive / 10 if np.isfinite(smallest_positive) else GRADIENT_FLOOR
        lines = zip(runs, self.loss_lines, self.gradient_lines, strict=True)
        for run, loss_line, gradient_line in lines:
            trail = run.trail
            steps = self._x_values(run, len(trail))
            values = np.where(trail.values > 0, trail.values, zero_at) if log else trail.values
            # A diverging run's values are capped so that the log axis range stays a float.
            loss_line.setData(steps, np.minimum(values, PLOT_CEILING))
            gradient_line.setData(steps, np.clip(trail.gradient_norms, GRADIENT_FLOOR, PLOT_CEILING))
