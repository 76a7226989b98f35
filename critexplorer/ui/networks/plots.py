"""The Networks window's plots: the lecture's scatter (training loss against minimum ratio), Dauphin's
(index against loss), and one run's eigenvalue spectrum as a stem plot. Plain axes (no SI prefixes);
the runs' numbers come from core.networks, the plots only place them."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Signal

from critexplorer.ui.views.axes import plain_axes

translate = QCoreApplication.translate

# How each kind of run is drawn: (symbol, size, pen, brush); its legend text is kind_text(kind).
KINDS = {
    "minimum": ("o", 9, (30, 120, 40), (60, 190, 80, 220)),
    "saddle": ("o", 9, (20, 60, 140), (60, 120, 230, 220)),
    "flat": ("t", 10, (200, 110, 0), None),
    "stalled": ("x", 9, (120, 120, 120), (120, 120, 120, 200)),
}


def kind_text(kind: str) -> str:
    """The legend's words for a kind of run, in the current language."""
    if kind == "minimum":
        return translate("RunScatter", "critical, minimum (no negative λ)")
    if kind == "saddle":
        return translate("RunScatter", "critical, saddle")
    if kind == "flat":
        return translate("RunScatter", "gradient-flat (not critical)")
    return translate("RunScatter", "not critical")


def run_kind(run) -> str:
    if run.critical:
        return "minimum" if run.is_minimum else "saddle"
    return "flat" if run.gradient_flat else "stalled"


class RunScatter(pg.PlotWidget):
    """One dot per run at (x(run), y(run)), drawn by kind with a legend; a click emits runClicked."""

    runClicked = Signal(int)  # the run's number (CriticalRun.run)

    def __init__(self, texts, x_of, y_of, legend: bool = True, parent=None):
        """`texts`: () → (title, x label, y label) in the current language (called again on a switch)."""
        super().__init__(parent, axisItems=plain_axes())
        self.x_of, self.y_of, self.texts = x_of, y_of, texts
        self.setBackground("w")
        self._set_texts()
        self.showGrid(x=True, y=True, alpha=0.25)
        self.setMenuEnabled(False)
        # Top right: few runs reach both a high ratio and a high loss (one legend: both plots share it).
        self.legend = (
            self.addLegend(offset=(-6, 6), labelTextColor="k", brush=(255, 255, 255, 170)) if legend else None
        )
        self.items: dict[str, pg.ScatterPlotItem] = {}
        for kind, (symbol, size, pen, brush) in KINDS.items():
            item = pg.ScatterPlotItem(
                symbol=symbol,
                size=size,
                pen=pg.mkPen(pen, width=1.5),
                brush=pg.mkBrush(brush) if brush else None,
            )
            item.setData([], [])
            item.sigClicked.connect(self._clicked)
            self.addItem(item)
            self.items[kind] = item
            if self.legend is not None:
                self.legend.addItem(item, kind_text(kind))
        self.marker = pg.ScatterPlotItem(
            symbol="o", size=18, pen=pg.mkPen((220, 30, 30), width=2), brush=None
        )
        self.addItem(self.marker)
        self.positions: dict[int, tuple[float, float]] = {}
        self.shown_kinds = list(KINDS)

    def _set_texts(self) -> None:
        title, x_label, y_label = self.texts()
        self.setTitle(title, color="k", size="10pt")
        self.setLabel("bottom", x_label, color="k")
        self.setLabel("left", y_label, color="k")

    def _fill_legend(self) -> None:
        if self.legend is not None:  # a kind with no runs stays out of the legend
            self.legend.clear()
            for kind in self.shown_kinds:
                self.legend.addItem(self.items[kind], kind_text(kind))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._set_texts()
            self._fill_legend()
        super().changeEvent(event)

    def set_runs(self, runs) -> None:
        groups: dict[str, list] = {kind: [] for kind in KINDS}
        self.positions = {}
        for run in runs:
            x, y = float(self.x_of(run)), float(self.y_of(run))
            groups[run_kind(run)].append((x, y, run.run))
            self.positions[run.run] = (x, y)
        for kind, item in self.items.items():
            rows = groups[kind]
            item.setData([r[0] for r in rows], [r[1] for r in rows], data=[r[2] for r in rows])
        self.shown_kinds = [kind for kind in KINDS if groups[kind]]
        self._fill_legend()
        self.mark(None)
        self.enableAutoRange()

    def dot_count(self, kind: str | None = None) -> int:
        kinds = [kind] if kind else list(KINDS)
        return sum(len(self.items[k].data) for k in kinds)

    def mark(self, run: int | None) -> None:
        if run is None or run not in self.positions:
            self.marker.setData([], [])
        else:
            x, y = self.positions[run]
            self.marker.setData([x], [y])

    def _clicked(self, _item, points, _event=None) -> None:
        if len(points):
            self.runClicked.emit(int(points[0].data()))


class SpectrumPlot(pg.PlotWidget):
    """A run's eigenvalues, ascending, as stems from 0: negative red, zero grey, positive blue."""

    COLORS = {"negative": (210, 40, 40), "zero": (130, 130, 130), "positive": (40, 90, 210)}

    def __init__(self, parent=None):
        super().__init__(parent, axisItems=plain_axes())
        self.setBackground("w")
        self._set_texts()
        self.setMenuEnabled(False)
        self.showGrid(y=True, alpha=0.25)
        self.addItem(pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen((0, 0, 0), width=1)))
        self.stems = pg.PlotDataItem(connect="pairs", pen=pg.mkPen((90, 90, 90), width=1))
        self.heads = pg.ScatterPlotItem(size=6)
        self.addItem(self.stems)
        self.addItem(self.heads)
        self.eigenvalues = np.zeros(0)

    def _set_texts(self) -> None:
        self.setTitle(translate("SpectrumPlot", "Eigenvalues of H (ascending)"), color="k", size="10pt")
        self.setLabel("bottom", "k", color="k")
        self.setLabel("left", "λₖ", color="k")

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._set_texts()
        super().changeEvent(event)

    def set_spectrum(self, eigenvalues, zero_threshold: float) -> None:
        lam = np.asarray(eigenvalues, float)
        self.eigenvalues = lam
        k = np.arange(len(lam), dtype=float)
        self.stems.setData(np.repeat(k, 2), np.column_stack([np.zeros_like(lam), lam]).ravel())
        kinds = np.where(np.abs(lam) <= zero_threshold, "zero", np.where(lam < 0, "negative", "positive"))
        self.heads.setData(
            k,
            lam,
            brush=[pg.mkBrush(self.COLORS[kind]) for kind in kinds],
            pen=[pg.mkPen(self.COLORS[kind]) for kind in kinds],
        )
        self.enableAutoRange()

    def clear_spectrum(self) -> None:
        self.eigenvalues = np.zeros(0)
        self.stems.setData([], [])
        self.heads.setData([], [])
