"""ExplorerModel: the one object holding what the window shows, its optimizer runs included (`runs`,
a RunsModel). Views subscribe to its signals and never call each other; user actions call its
methods. It holds no widgets."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Signal

from critexplorer.core.analysis.classify import PointAnalysis, analyze_point
from critexplorer.core.analysis.explain import classification_title, format_number
from critexplorer.core.analysis.snap import nearest_within, newton_snap
from critexplorer.core.analysis.taylor import ESCAPE_STEP_FRACTION, EscapeStep, escape_step
from critexplorer.core.atlas.budget import busy_words
from critexplorer.core.formula import FormulaError, parse_formula
from critexplorer.core.gradient_map import GradientMap, gradient_map
from critexplorer.core.grid_hessian import finite_difference_fields
from critexplorer.core.history import UndoHistory
from critexplorer.core.limits import (
    DEFAULT_CONTOUR_COUNT,
    DEFAULT_RESOLUTION,
    DEFAULT_WINDOW,
    DEFAULT_Z_SCALE,
    MAX_RESOLUTION,
    MIN_RESOLUTION,
    check_axis_range,
)
from critexplorer.core.loss import GridFields, Loss
from critexplorer.core.run_axis import DEFAULT_RUN_AXIS
from critexplorer.core.tolerances import EIGENVALUE_REL_TOL, Scale
from critexplorer.ui.atlas_search import AtlasSearch
from critexplorer.ui.runs_model import RunsModel

NUDGE_FRACTION = 0.01  # arrow keys move the selection by 1 % of the window (10 % with Shift)


@dataclass(frozen=True)
class DisplayOptions:
    """How the landscape is drawn; changing these never recomputes the loss."""

    z_scale: float = DEFAULT_Z_SCALE
    surface_log: bool = False  # 3-D heights as log(1 + L − min L)
    contour_log: bool = False  # heat map and contour levels as log(1 + L − min L)
    contour_count: int = DEFAULT_CONTOUR_COUNT
    lock_aspect: bool = True  # equal scales keep eigenvectors visibly orthogonal
    show_curvature: bool = False
    show_gradient_map: bool = False  # colour by log₁₀‖∇L‖ (plateaus and critical points show dark)
    show_taylor: bool = False
    show_arrows: bool = True
    run_axis: str = DEFAULT_RUN_AXIS  # the run plots' x: "step", "epoch" or "samples" (core/run_axis.py)


@dataclass(frozen=True)
class Overlay:
    """Something drawn on top of both views: a path (the escape step) or points.

    Views draw every overlay generically, so new features add overlays without touching views.
    Optimizer runs are not overlays: they live in ExplorerModel.runs and have their own items.
    """

    key: str
    points: np.ndarray  # (N, 2) in data coordinates
    color: tuple[int, int, int, int] = (255, 255, 255, 255)
    label: str = ""
    style: str = "path"  # "path" (a polyline with a start dot) or "points"
    width: float = 2.0


@dataclass
class Landscape:
    """A loss evaluated on a window: L on the grid for both views; its gradient and Hessian fields
    and the curvature and ‖g‖ maps are computed the first time something asks for them (only those
    layers do), so a slider move with those layers off traces no derivative."""

    loss: Loss
    xlim: tuple[float, float]
    ylim: tuple[float, float]
    resolution: int
    xs: np.ndarray
    ys: np.ndarray
    value: np.ndarray = field(repr=False)  # L, shaped (ny, nx); the same numbers as fields.value
    scale: Scale
    # Shown for a live slider move (the knob held down): the views may draw it coarser until the
    # model's settle() shows it again with live False.
    live: bool = False

    @classmethod
    def compute(cls, loss: Loss, xlim, ylim, resolution: int) -> Landscape:
        xs, ys, value = loss.values_on_grid(xlim, ylim, resolution)
        scale = Scale.of_window(xlim, ylim, value)
        return cls(loss, tuple(xlim), tuple(ylim), resolution, xs, ys, value, scale)

    @cached_property
    def fields(self) -> GridFields:
        return self.loss.fields(self.xlim, self.ylim, self.resolution)

    @cached_property
    def curvature(self) -> np.ndarray:
        """CURVATURE_* class per cell."""
        return self._curvature_of(self.fields)

    @cached_property
    def preview_curvature(self) -> np.ndarray:
        """The curvature map on every other node (rows and columns), what a live slider move draws:
        from the second differences of L there (core/grid_hessian.py), no Hessian field traced. The
        full map's own nodes when that is known already."""
        if "curvature" in vars(self):
            return self.curvature[::2, ::2]
        if min(len(self.xs), len(self.ys)) < 6:  # too few nodes for differences at twice the spacing
            xs, ys = self.xs[::2], self.ys[::2]
            X, Y = np.meshgrid(xs, ys)
            return self._curvature_of(self.loss.fields_at(X, Y, xs, ys))
        return self._curvature_of(finite_difference_fields(self.xs, self.ys, self.value, every=2))

    def _curvature_of(self, fields: GridFields) -> np.ndarray:
        with np.errstate(invalid="ignore"):
            biggest = (
                np.nanmax(np.abs(np.stack([fields.lambda1, fields.lambda2])))
                if np.isfinite(fields.lambda2).any()
                else 0.0
            )
        zero_tol = max(EIGENVALUE_REL_TOL * float(biggest), self.scale.curvature_floor)
        return fields.curvature_map(zero_tol)

    @cached_property
    def gradient_map(self) -> GradientMap:
        """log₁₀‖∇L‖ per cell and its colour range (core/gradient_map.py), for the ‖g‖ layer."""
        fields = self.fields
        return gradient_map(fields.gx, fields.gy)


@dataclass(frozen=True)
class ViewState:
    """What Undo goes back to: the loss, its window and grid, and the point that was selected."""

    formula: str
    params: tuple[tuple[str, float], ...]
    vars: tuple[str, str]
    xlim: tuple[float, float]
    ylim: tuple[float, float]
    home_window: tuple[tuple[float, float], tuple[float, float]]
    resolution: int
    preset_name: str | None
    selection: tuple[float, float] | None
    # A network's slice (core.networks.slices.NetworkSlice) shown instead of a formula; None for formulas.
    slice: object = None

    @property
    def landscape_key(self) -> tuple:
        """The parts that change what is drawn; moving the selection alone is not an undo step."""
        return self.formula, self.params, self.vars, self.xlim, self.ylim, self.resolution, id(self.slice)

    def describe(self) -> str:
        (x0, x1), (y0, y1) = self.xlim, self.ylim
        return QCoreApplication.translate(
            "ExplorerModel", "L = {formula} on [{x0}, {x1}] × [{y0}, {y1}]"
        ).format(formula=self.formula, x0=f"{x0:g}", x1=f"{x1:g}", y0=f"{y0:g}", y1=f"{y1:g}")


def _check_window(xlim, ylim) -> tuple[tuple[float, float], tuple[float, float]]:
    return check_axis_range(*xlim, "the x range"), check_axis_range(*ylim, "the y range")


class ExplorerModel(QObject):
    landscapeChanged = Signal(object)  # Landscape
    selectionChanged = Signal(object)  # PointAnalysis | None
    atlasChanged = Signal(object)  # Atlas | None
    displayChanged = Signal(object)  # DisplayOptions
    formulaError = Signal(object)  # FormulaError | None (None: the last formula applied fine)
    formulaApplied = Signal(str, object)  # formula text, params dict (for history)
    presetChanged = Signal(object)  # Preset | None
    overlaysChanged = Signal(object)  # dict key -> Overlay
    escapeChanged = Signal(object)  # EscapeStep | None
    hoverChanged = Signal(str)
    message = Signal(str)  # short status messages for the status bar (say() words them anew on a switch)
    startPicked = Signal(object)  # np.ndarray (2,): a click that sets the optimizers' start point
    startPickModeChanged = Signal(bool)
    historyChanged = Signal(bool, bool)  # can undo, can redo

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.landscape: Landscape | None = None
        self.analysis: PointAnalysis | None = None
        self.atlas = None
        self.display = DisplayOptions()
        self.overlays: dict[str, Overlay] = {}
        self.escape: EscapeStep | None = None
        self.preset = None
        self.formula_text = ""
        self.params: dict[str, float] = {}
        self.slice = None  # the NetworkSlice shown (apply_slice), None while a formula is shown
        # How a slice's landscape is computed (a network pass per grid point: 0.5 s at 128²): the window
        # installs one that works off the GUI thread with progress and Cancel (ui/networks/landscape_wait),
        # returning None when cancelled; scripts and tests compute in place.
        self.slice_landscape = Landscape.compute
        self.home_window = DEFAULT_WINDOW
        self.resolution = DEFAULT_RESOLUTION
        self._want_atlas = False
        self._stale_analysis = False  # a live slider move left the selection's analysis for settle()
        self.atlas_search = AtlasSearch(self)
        self.atlas_search.found.connect(self._set_atlas)
        self.atlas_search.failed.connect(self.message.emit)
        # The last message say() sent: its text, and how to word it again in another language.
        self._said: tuple[str, Callable[[], str]] | None = None
        self.start_pick_mode = False  # clicks set the optimizers' start instead of selecting
        self.history: UndoHistory[ViewState] = UndoHistory()
        self.runs = RunsModel(self, self)  # the optimizer runs on this loss

    # ---- status-bar messages ------------------------------------------------------------------
    def say(self, words: Callable[[], str]) -> None:
        """Send a status-bar message worded by `words()` in the current language; after a language
        switch reword_message() sends it again in the new one, while it is still the one shown."""
        text = words()
        self._said = (text, words)
        self.message.emit(text)

    def reword_message(self, shown: str) -> None:
        """The language changed: if `shown` (the status bar's text) is the last message said, say it
        again in the new language."""
        if self._said is not None and shown and shown == self._said[0]:
            self.say(self._said[1])

    # ---- the loss -------------------------------------------------------------------------
    @property
    def loss(self) -> Loss | None:
        return self.landscape.loss if self.landscape else None

    @property
    def vars(self) -> tuple[str, str]:
        return self.loss.vars if self.loss else ("x", "y")

    def apply_formula(
        self,
        text: str,
        params: Mapping[str, float] | None = None,
        vars: Sequence[str] | None = None,
        window=None,
        preset=None,
        record: bool = True,
        live: bool = False,
    ) -> bool:
        """Parse and show a formula; on a FormulaError keep everything as it was and report it.
        record=False: no undo step (a slider drag makes one at the end, through commit_change).
        live=True (a slider's knob held down): see set_parameters."""
        try:
            loss = parse_formula(text, vars=vars, params=params)
            if window is not None:
                window = _check_window(*window)
        except FormulaError as error:
            self.formulaError.emit(error)
            return False
        except ValueError as error:
            self.formulaError.emit(FormulaError(str(error)))
            return False
        before = self.view_state()
        self.formula_text, self.params = text, dict(params or {})
        self.slice = None
        if preset is not None or self.preset is not None:
            self.preset = preset
            self.presetChanged.emit(preset)
        if window is not None:
            self.home_window = window
        xlim, ylim = (
            window
            if window is not None
            else ((self.landscape.xlim, self.landscape.ylim) if self.landscape else self.home_window)
        )
        self.formulaError.emit(None)
        self.formulaApplied.emit(text, dict(self.params))
        if (
            window is not None
            and self.analysis is not None
            and not _inside_window(self.analysis.point, xlim, ylim)
        ):
            self.clear_selection()  # a new preset's window: a point outside it would be selected unseen
        self.hoverChanged.emit("")  # the read-out named the old variables and the old L
        self._show(loss, xlim, ylim, search=record and not live, live=live)
        if record:
            self._record(before)
        return True

    def apply_slice(
        self, network_slice, landscape: Landscape | None = None, window=None, record: bool = True
    ) -> bool:
        """Show a network's slice (an ordinary Loss in (a, b)) in `window` or its own; `landscape`, when
        given, is its fields computed already (off the GUI thread: a 256² grid takes seconds). Otherwise
        computed through slice_landscape first; False, with nothing changed, when that was cancelled."""
        if landscape is None:
            xlim, ylim = window or (tuple(network_slice.xlim), tuple(network_slice.ylim))
            landscape = self.slice_landscape(network_slice.loss, xlim, ylim, self.resolution)
            if landscape is None:
                return False
        before = self.view_state()
        if landscape is not None:  # shown on the grid it was computed on (Undo goes back to the old one)
            self.resolution = landscape.resolution
        self.slice = network_slice
        self.formula_text, self.params = network_slice.loss.formula, {}
        if self.preset is not None:
            self.preset = None
            self.presetChanged.emit(None)
        self.home_window = (tuple(network_slice.xlim), tuple(network_slice.ylim))
        # Eigen-directions get windows of very different widths (where ½|λ|t² reaches L): with equal
        # scales on both axes the slice would be a thin strip. A session sets its own display after this.
        self.set_display(lock_aspect=False)
        self.formulaError.emit(None)
        self.formulaApplied.emit(self.formula_text, {})
        self._show(network_slice.loss, *(window or self.home_window), landscape=landscape)
        if record:
            self._record(before)
        return True

    def set_parameters(self, params: Mapping[str, float], live: bool = False) -> bool:
        """The formula shown with new parameter values (a slider moved), without an undo step.

        live=True while the knob is held down: only what the views draw is computed now, L on the
        grid (and the Hessian fields only if the curvature map is on); the selected point's analysis
        (the point panel, the eigenvector arrows, the Taylor patch) waits for settle(), and the
        critical-point search and the undo step for commit_change(). Between moves the panel would
        cost more than the surface: its relayout and repaint made a move with a selection 75 % dearer.
        """
        if self.loss is None:
            return False
        return self.apply_formula(self.formula_text, params, self.vars, record=False, live=live)

    @property
    def analysis_is_stale(self) -> bool:
        """True while the selection's analysis is of the loss before a live slider move."""
        return self._stale_analysis and self.analysis is not None

    def settle(self) -> None:
        """Bring what live moves put off up to date: the landscape drawn in full, and the selection
        analysed on the loss shown."""
        if self.landscape is not None and self.landscape.live:
            self.landscape.live = False
            self.landscapeChanged.emit(self.landscape)
        if self.analysis_is_stale:
            self.select(self.analysis.point)
        self._stale_analysis = False

    def commit_change(self, before: ViewState | None) -> None:
        """One undo step from `before` (taken with view_state()) to what is shown now; what live
        moves put off is done now (settle), and a critical-point search the drag put off (F5 was on)
        starts."""
        self.settle()
        self._record(before)
        if self._want_atlas and self.atlas is None and not self.atlas_search.running:
            self.search_critical_points()

    def load_preset(self, name: str) -> bool:
        """Show a preset with its own window and parameters (PresetError if the name is unknown)."""
        from critexplorer.core.presets import get_preset

        preset = get_preset(name)
        return self.apply_formula(
            preset.formula, preset.params, preset.vars, window=(preset.xlim, preset.ylim), preset=preset
        )

    # ---- the window -----------------------------------------------------------------------
    def set_window(self, xlim, ylim) -> bool:
        try:
            xlim, ylim = _check_window(xlim, ylim)
        except ValueError as error:
            self.message.emit(str(error))
            return False
        if self.loss is not None:
            before = self.view_state()
            self._show(self.loss, xlim, ylim)
            self._record(before)
        else:
            self.home_window = (xlim, ylim)
        return True

    def reset_window(self) -> None:
        """Back to the preset's window (or the one the formula was first shown in)."""
        self.set_window(*self.home_window)

    def set_resolution(self, n: int) -> None:
        n = int(min(max(n, MIN_RESOLUTION), MAX_RESOLUTION))
        if n == self.resolution:
            return
        before, previous = self.view_state(), self.resolution
        self.resolution = n
        if self.landscape is not None:
            if not self._show(self.loss, self.landscape.xlim, self.landscape.ylim):
                self.resolution = previous  # a slice's grid cancelled
                return
            self._record(before)

    def _show(
        self,
        loss: Loss,
        xlim,
        ylim,
        search: bool = True,
        landscape: Landscape | None = None,
        live: bool = False,
    ) -> bool:
        """Compute and show (or show `landscape`, computed off the GUI thread, when it is this view's);
        search False (a slider drag) leaves the atlas search to commit_change; live leaves the
        selection's analysis to settle(). False when a slice's landscape was cancelled (nothing changed)."""
        ready = (
            landscape is not None
            and landscape.loss is loss
            and landscape.resolution == self.resolution
            and (tuple(landscape.xlim), tuple(landscape.ylim)) == (tuple(xlim), tuple(ylim))
        )
        if not ready and self.slice is not None and loss is self.slice.loss:
            landscape = self.slice_landscape(loss, xlim, ylim, self.resolution)
            if landscape is None:  # cancelled: the view stays as it was
                self.say(
                    lambda: QCoreApplication.translate(
                        "ExplorerModel", "Cancelled: the slice is shown as before"
                    )
                )
                return False
            ready = True
        self.landscape = landscape if ready else Landscape.compute(loss, xlim, ylim, self.resolution)
        self.landscape.live = live
        had_atlas, self.atlas = self.atlas is not None, None
        self._set_escape(None)
        self.landscapeChanged.emit(self.landscape)
        if self.analysis is not None:
            if live:
                self._stale_analysis = True
            else:
                self.select(self.analysis.point)
        searching = self.atlas_search.running
        self.atlas_search.cancel()
        if had_atlas or searching:  # no atlas shown, none coming: the views have nothing to clear
            self.atlasChanged.emit(None)
        if self._want_atlas and search:
            self.search_critical_points()
        return True

    # ---- undo and redo ----------------------------------------------------------------------
    def view_state(self) -> ViewState | None:
        """What is shown now, as Undo would bring it back (None before anything is shown)."""
        if self.landscape is None:
            return None
        ls = self.landscape
        selection = None if self.analysis is None else tuple(float(v) for v in self.analysis.point)
        return ViewState(
            formula=self.formula_text,
            params=tuple(sorted(self.params.items())),
            vars=ls.loss.vars,
            xlim=tuple(ls.xlim),
            ylim=tuple(ls.ylim),
            home_window=self.home_window,
            resolution=self.resolution,
            preset_name=None if self.preset is None else self.preset.name,
            selection=selection,
            slice=self.slice,
        )

    def _record(self, before: ViewState | None) -> None:
        after = self.view_state()
        if before is not None and after is not None and before.landscape_key != after.landscape_key:
            self.history.record(before)
            self.historyChanged.emit(self.history.can_undo, self.history.can_redo)

    def undo(self) -> bool:
        """Go back to the formula, window and grid shown before the last change."""
        return self._travel(
            self.history.undo, lambda: QCoreApplication.translate("ExplorerModel", "Undone: {state}")
        )

    def redo(self) -> bool:
        return self._travel(
            self.history.redo, lambda: QCoreApplication.translate("ExplorerModel", "Redone: {state}")
        )

    def _travel(self, move, done: Callable[[], str]) -> bool:
        current = self.view_state()
        state = move(current) if current is not None else None
        if state is None:
            return False
        if not self._restore_view(state):  # a slice's landscape cancelled: the history steps back too
            (self.history.redo if move == self.history.undo else self.history.undo)(state)
            self.historyChanged.emit(self.history.can_undo, self.history.can_redo)
            return False
        self.historyChanged.emit(self.history.can_undo, self.history.can_redo)
        self.say(lambda: done().format(state=state.describe()))
        return True

    def _restore_view(self, state: ViewState) -> bool:
        from critexplorer.core.presets import PresetError, get_preset

        # It was shown before, so it parses; the preset list is fixed data.
        landscape = None
        if state.slice is not None:
            loss = state.slice.loss
            landscape = self.slice_landscape(loss, state.xlim, state.ylim, state.resolution)
            if landscape is None:
                return False  # cancelled: nothing changed
        else:
            loss = parse_formula(state.formula, vars=state.vars, params=dict(state.params))
        self.slice = state.slice
        try:
            preset = get_preset(state.preset_name) if state.preset_name else None
        except PresetError:
            preset = None
        self.formula_text, self.params = state.formula, dict(state.params)
        if getattr(preset, "name", None) != getattr(self.preset, "name", None):
            self.preset = preset
            self.presetChanged.emit(preset)
        self.home_window, self.resolution = state.home_window, state.resolution
        self.formulaError.emit(None)
        self.formulaApplied.emit(state.formula, dict(self.params))
        self._show(loss, state.xlim, state.ylim, landscape=landscape)
        if state.selection is None:
            self.clear_selection()
        else:
            self.select(state.selection)
        return True

    # ---- the selection --------------------------------------------------------------------
    def select(self, point) -> PointAnalysis | None:
        """Analyze the loss at `point` with the window's scale and tell the views."""
        if self.landscape is None:
            return None
        point = np.asarray(point, float)
        if point.shape != (2,) or not np.all(np.isfinite(point)):
            return None
        if self.escape is not None and not np.allclose(point, self.escape.end):
            self._set_escape(None)
        self.analysis = analyze_point(self.loss, point, self.landscape.scale)
        self._stale_analysis = False
        self.selectionChanged.emit(self.analysis)
        return self.analysis

    def pick(self, point, set_start: bool = False, snap_radius=None) -> None:
        """A click in a view: select the point, or set the optimizers' start (Ctrl+click, or the
        "Set start" mode). With a snap radius ((rx, ry) in data units, a few pixels), a selection
        lands exactly on a critical point inside it: the atlas's, or else the one Newton reaches."""
        if not (set_start or self.start_pick_mode):
            snapped = self._snap(point, snap_radius) if snap_radius is not None else None
            if snapped is None:
                self.select(point)
            else:
                self.select_snapped(snapped)
            return
        point = np.asarray(point, float)
        if point.shape == (2,) and np.all(np.isfinite(point)):
            self.startPicked.emit(point)

    def select_snapped(self, point) -> PointAnalysis | None:
        """Select a critical point a click was snapped onto (by any view) and say so."""
        analysis = self.select(point)
        if analysis is not None:
            (a, b), (x, y) = self.vars, analysis.point
            self.say(
                lambda: QCoreApplication.translate(
                    "ExplorerModel", "Snapped to the {kind} at {a} = {x}, {b} = {y}"
                ).format(
                    kind=classification_title(analysis).lower(),
                    a=a,
                    x=format_number(x, 4),
                    b=b,
                    y=format_number(y, 4),
                )
            )
        return analysis

    def _snap(self, point, radius) -> np.ndarray | None:
        point = np.asarray(point, float)
        if self.landscape is None or point.shape != (2,) or not np.all(np.isfinite(point)):
            return None
        if self.atlas is not None:
            index = nearest_within([cp.point for cp in self.atlas.points], point, radius)
            if index is not None:
                return np.array(self.atlas.points[index].point, float)
        # No atlas yet, or a critical point it does not list as isolated (a valley of minima).
        return newton_snap(self.loss, point, radius, self.landscape.scale, self.landscape.fields)

    def set_start_pick_mode(self, on: bool) -> None:
        if bool(on) != self.start_pick_mode:
            self.start_pick_mode = bool(on)
            self.startPickModeChanged.emit(self.start_pick_mode)

    def clear_selection(self) -> None:
        self.analysis = None
        self._set_escape(None)
        self.selectionChanged.emit(None)

    def nudge(self, dx: int, dy: int, big: bool = False) -> None:
        """Move the selection by whole steps of NUDGE_FRACTION of the window (×10 when big)."""
        if self.landscape is None:
            return
        ls = self.landscape
        start = (
            self.analysis.point
            if self.analysis is not None
            else np.array([np.mean(ls.xlim), np.mean(ls.ylim)])
        )
        factor = NUDGE_FRACTION * (10 if big else 1)
        step = np.array([dx * (ls.xlim[1] - ls.xlim[0]), dy * (ls.ylim[1] - ls.ylim[0])]) * factor
        self.select(start + step)

    def hover(self, x: float, y: float) -> None:
        """Say where the mouse is, and L there, as status-bar text."""
        if self.loss is None:
            return
        (a, b), value = self.vars, float(self.loss.value(x, y))
        self.hoverChanged.emit(
            f"{a} = {format_number(x, 4)}, {b} = {format_number(y, 4)}, L = {format_number(value, 6)}"
        )

    # ---- critical points ------------------------------------------------------------------
    def find_critical_points(self):
        """Run the atlas on the current window, here and now (scripts, screenshots, export), and
        keep it up to date (in the background) when the landscape changes. Returns the Atlas."""
        if self.landscape is None:
            return None
        from critexplorer.core.atlas.find import find_critical_points

        self._want_atlas = True
        self.atlas_search.cancel()
        ls = self.landscape
        self._set_atlas(find_critical_points(ls.loss, ls.xlim, ls.ylim, ls.scale))
        return self.atlas

    def search_critical_points(self) -> None:
        """Run the atlas on the current window off the GUI thread (F5): atlasChanged reports it, and
        atlas_search its progress; a new window or Cancel stops it."""
        if self.landscape is None:
            return
        self._want_atlas = True
        ls = self.landscape
        self.atlas_search.start(ls.loss, ls.xlim, ls.ylim, ls.scale)

    def cancel_critical_points(self) -> None:
        """Stop a running search; the window stays without markers until the next search."""
        if self.atlas_search.running:
            self.atlas_search.cancel()
            self._want_atlas = False
            self.say(lambda: QCoreApplication.translate("ExplorerModel", "Critical-point search cancelled"))

    def _set_atlas(self, atlas) -> None:
        self.atlas = atlas
        self.atlasChanged.emit(atlas)
        if not atlas.complete:
            self.say(lambda: busy_words(atlas.message))
            return
        self.say(lambda: found_words(len(atlas.points), len(atlas.sets)))

    def clear_atlas(self) -> None:
        self._want_atlas = False
        self.atlas_search.cancel()
        self.atlas = None
        self.atlasChanged.emit(None)

    # ---- escape from a saddle -------------------------------------------------------------
    def escape_saddle(self) -> EscapeStep | None:
        """Step along the negative-curvature eigenvector and show how much L dropped."""
        if self.analysis is None or self.landscape is None:
            return None
        step = escape_step(self.loss, self.analysis, ESCAPE_STEP_FRACTION * self.landscape.scale.length)
        if step is None:
            self.say(
                lambda: QCoreApplication.translate(
                    "ExplorerModel", "No escape: the selected point has no direction of negative curvature"
                )
            )
            return None
        self._set_escape(step)
        self.select(step.end)
        return step

    def _set_escape(self, step: EscapeStep | None) -> None:
        if step is None and self.escape is None:
            return
        self.escape = step
        if step is None:
            self.remove_overlay("escape")
        else:
            self.set_overlay(
                Overlay(
                    "escape", np.array([step.start, step.end]), (255, 200, 40, 255), "escape step", width=3.0
                )
            )
        self.escapeChanged.emit(step)

    # ---- display and overlays -------------------------------------------------------------
    def set_display(self, **changes) -> None:
        updated = dataclasses.replace(self.display, **changes)
        if updated != self.display:
            self.display = updated
            self.displayChanged.emit(updated)

    def set_overlay(self, overlay: Overlay) -> None:
        self.overlays[overlay.key] = overlay
        self.overlaysChanged.emit(dict(self.overlays))

    def remove_overlay(self, key: str) -> None:
        if self.overlays.pop(key, None) is not None:
            self.overlaysChanged.emit(dict(self.overlays))


def found_words(points: int, curves: int) -> str:
    """ "Found 3 critical points and 1 critical curve": one and many are separate sources, as English
    needs (Chinese has one form for both)."""
    if points == 1:
        found = QCoreApplication.translate("ExplorerModel", "Found 1 critical point")
    else:
        found = QCoreApplication.translate("ExplorerModel", "Found %n critical points", None, points)
    if curves == 0:
        return found
    if curves == 1:
        return QCoreApplication.translate("ExplorerModel", "{found} and 1 critical curve").format(found=found)
    return QCoreApplication.translate("ExplorerModel", "{found} and %n critical curves", None, curves).format(
        found=found
    )


def _inside_window(point, xlim, ylim) -> bool:
    x, y = (float(v) for v in point)
    return xlim[0] <= x <= xlim[1] and ylim[0] <= y <= ylim[1]
