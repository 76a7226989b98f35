"""Optimizer runs drawn in both views: a trail, a marker at the current point and optional arrows.

Drawing must keep up with eight 2,000-point trails at 30+ frames a second, so items are made once
per run (when runs are added, removed or re-bound) and every step only updates their data in place:
one PlotDataItem / GLLinePlotItem per trail, one scatter item for all markers, one line item for
all arrows. Trails in 3-D sit TRAIL_LIFT above the surface so the surface does not swallow them.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from critexplorer.core.trail import TrailThinner
from critexplorer.ui.runs_model import RunsModel
from critexplorer.ui.views.contour import _arrow_points
from critexplorer.ui.views.markers import DrawnScatter

ARROW_FRACTION = 0.09  # arrow length as a fraction of the window: direction matters, not size
TRAIL_LIFT = 0.07  # scene units above the 3-D surface
FAR_FACTOR = 20.0  # contour trails are clamped to this many windows around the view (diverged runs)
# Contour trails leave out points within this fraction of a pixel of the point before: converged runs
# then cost a few segments instead of 2,000 (see core.trail.indices_to_draw).
TRAIL_CELL_PIXELS = 0.5
# The same for 3-D trails, in scene units (the window is SIZE = 10 across, ~500 px on screen).
SIZE_CELL = 0.005
GRADIENT_ARROW_COLOR = (255, 255, 255, 230)


def _rgba(color: str, alpha: int = 255) -> tuple[int, int, int, int]:
    c = pg.mkColor(color)
    return c.red(), c.green(), c.blue(), alpha


def _gl_color(color: str) -> tuple[float, float, float, float]:
    c = pg.mkColor(color)
    return c.redF(), c.greenF(), c.blueF(), 1.0


def _unit_arrow(start, vector, span) -> np.ndarray | None:
    """Segment pairs of an arrow of ARROW_FRACTION of the window along `vector` (None if no direction)."""
    vector = np.asarray(vector, float)
    length = float(np.hypot(*(vector / span)))
    if not np.isfinite(length) or length == 0.0:
        return None
    points = _arrow_points(start, vector * ARROW_FRACTION / length, span)
    return points if len(points) else None


def run_arrows(runs: RunsModel, span) -> list[tuple[np.ndarray, tuple]]:
    """The arrows to draw now: (segment pairs (2k, 2), RGBA) for −g and for each run's update/momentum."""
    arrows = []
    for run in runs.runs:
        if len(run.trail) == 0:
            continue
        point = run.point
        if runs.show_gradient_arrows:
            shaft = _unit_arrow(point, -run.gradient, span)
            if shaft is not None:
                arrows.append((shaft, GRADIENT_ARROW_COLOR))
        if runs.show_update_arrows:
            velocity = run.optimizer.velocity  # one row: a run is a batch of one
            move = velocity[0] if velocity is not None and np.any(velocity) else run.optimizer.last_update[0]
            shaft = _unit_arrow(point, move, span) if run.steps_taken else None
            if shaft is not None:
                arrows.append((shaft, _rgba(run.spec.color)))
    return arrows


class ContourTrails:
    """The runs in the contour view."""

    def __init__(self, runs: RunsModel, view):
        self.runs, self.view = runs, view
        self.trails: list[pg.PlotCurveItem] = []
        self._brushes: list = []
        self._thinners: list[TrailThinner] = []
        self.markers = DrawnScatter(size=11, pen=pg.mkPen("#111111", width=1.5))
        self.markers.setZValue(19)
        self.start_marker = DrawnScatter(
            size=16, symbol="+", pen=pg.mkPen("#ffffff", width=2.5), brush=pg.mkBrush("#ffffff")
        )
        self.start_marker.setZValue(18)
        self.arrows: dict[tuple, pg.PlotDataItem] = {}  # by colour
        for item in (self.markers, self.start_marker):
            view.plot_item.addItem(item, ignoreBounds=True)
        runs.runsChanged.connect(self.rebuild)
        runs.stepped.connect(self.update)
        runs.startChanged.connect(self._on_start)
        view.model.startPickModeChanged.connect(self._show_start_marker)
        view.model.landscapeChanged.connect(lambda _: self.restart())
        # Zooming changes what a pixel is, so the thinned trails are redrawn for the new scale.
        view.view_box.sigRangeChanged.connect(lambda *_: self.update())
        self._on_start(runs.start)
        self.rebuild()

    def _on_start(self, start) -> None:
        self.start_marker.setData([float(start[0])], [float(start[1])])
        self._show_start_marker()

    def _show_start_marker(self, *_) -> None:
        """The start cross only once it means something: runs exist, or the user is choosing a start.
        (A lone cross at the window's centre of a fresh window just puzzled people.)"""
        self.start_marker.setVisible(
            bool(self.runs.runs) or self.runs.start_chosen or self.view.model.start_pick_mode
        )

    def rebuild(self) -> None:
        for item in self.trails:
            self.view.plot_item.removeItem(item)
        self.trails = []
        # Brushes made once per rebuild: new ones each frame would re-render the marker symbols.
        runs = self.runs.runs
        self._brushes = [pg.mkBrush(run.spec.color) for run in runs]
        self._thinners = [TrailThinner() for _ in runs]
        for run in runs:
            # A bare curve item: PlotDataItem's per-call bookkeeping cost more than drawing the trail.
            item = pg.PlotCurveItem(pen=pg.mkPen(run.spec.color, width=2.2), skipFiniteCheck=True)
            item.setZValue(16)
            self.view.plot_item.addItem(item, ignoreBounds=True)
            self.trails.append(item)
        self._show_start_marker()
        self.update()

    def _clamp(self, points: np.ndarray) -> np.ndarray:
        ls = self.view.model.landscape
        if ls is None:
            return points
        (x0, x1), (y0, y1) = ls.xlim, ls.ylim
        cx, cy, rx, ry = (x0 + x1) / 2, (y0 + y1) / 2, FAR_FACTOR * (x1 - x0), FAR_FACTOR * (y1 - y0)
        # Only a diverging run's last point can be far out (the run stops there), so test it first.
        if points.size and np.abs(points[-1] - (cx, cy)).max() <= min(rx, ry):
            return points
        return np.column_stack(
            [np.clip(points[:, 0], cx - rx, cx + rx), np.clip(points[:, 1], cy - ry, cy + ry)]
        )

    def restart(self) -> None:
        """Redraw every trail from scratch (a new landscape moves the clamp and the points' meaning)."""
        self._thinners = [TrailThinner() for _ in self._thinners]
        self.update()

    def update(self) -> None:
        runs = self.runs.runs
        if len(runs) != len(self.trails):
            return  # a rebuild is on its way
        heads = np.empty((len(runs), 2))
        pixel = self.view.view_box.viewPixelSize()
        cell = (TRAIL_CELL_PIXELS * pixel[0], TRAIL_CELL_PIXELS * pixel[1])
        for i, (run, item) in enumerate(zip(runs, self.trails, strict=True)):
            points = self._clamp(run.trail.points)
            if cell[0] > 0 and cell[1] > 0:
                points = points[self._thinners[i].indices(points, cell)]
            item.setData(points[:, 0], points[:, 1])
            heads[i] = points[-1]
        if runs:
            self.markers.setData(pos=heads, brush=self._brushes)
        else:
            self.markers.setData([], [])
        self._draw_arrows()

    def _draw_arrows(self) -> None:
        """One reusable connect="pairs" item per arrow colour (white −g, each run's update colour)."""
        ls = self.view.model.landscape
        by_color: dict[tuple, list[np.ndarray]] = {}
        if ls is not None and (self.runs.show_gradient_arrows or self.runs.show_update_arrows):
            span = np.array([ls.xlim[1] - ls.xlim[0], ls.ylim[1] - ls.ylim[0]])
            for points, color in run_arrows(self.runs, span):
                by_color.setdefault(tuple(color), []).append(points)
        for color, item in self.arrows.items():
            if color not in by_color:
                item.setData([], [])
        for color, pieces in by_color.items():
            if color not in self.arrows:
                item = pg.PlotDataItem(connect="pairs", pen=pg.mkPen(color, width=2.2))
                item.setZValue(17)
                self.view.plot_item.addItem(item, ignoreBounds=True)
                self.arrows[color] = item
            self.arrows[color].setData(*np.concatenate(pieces).T)


class SurfaceTrails:
    """The runs in the 3-D view: trails lifted above the surface (depth-tested), markers drawn whole
    where in sight and left out where the surface hides them, arrows."""

    def __init__(self, runs: RunsModel, view):
        import pyqtgraph.opengl as gl

        from critexplorer.ui.views.gl_items import OccludablePoints
        from critexplorer.ui.views.surface import ALWAYS_ON_TOP

        self.gl = gl
        self.runs, self.view = runs, view
        self.trails: list = []  # one GLLinePlotItem holding every run's trail
        self._colors: list[tuple[float, float, float, float]] = []
        self._thinners: list[TrailThinner] = []
        # Drawn whole over the surface, and each left out where the surface hides it (as the
        # selection's marker): a depth test would cut a marker on a slope in half.
        self.markers = OccludablePoints(size=11, pxMode=True)
        self.markers.setGLOptions(ALWAYS_ON_TOP)
        view.occludable_points.append(self.markers)
        self.arrows = gl.GLLinePlotItem(mode="lines", width=2.0, antialias=True)
        for item in (self.markers, self.arrows):
            view.gl_widget.addItem(item)
        runs.runsChanged.connect(self.rebuild)
        runs.stepped.connect(self.update)
        view.model.landscapeChanged.connect(lambda _: self.restart())
        view.model.displayChanged.connect(lambda _: self.restart())  # log surface or z-scale moved it
        self.rebuild()

    def rebuild(self) -> None:
        for item in self.trails:
            self.view.gl_widget.removeItem(item)
        # All trails in one item of segment pairs with per-vertex colours: one draw call a frame
        # instead of one per run (each GL item costs ~1 ms of PyOpenGL calls on llvmpipe).
        # No GL_LINE_SMOOTH: on llvmpipe smooth wide lines cost ~15 ms a frame for 8×2,000 points.
        # "translucent", not pyqtgraph's default "additive" blending, which tinted trails by the surface.
        item = self.gl.GLLinePlotItem(mode="lines", width=2.5, antialias=False, glOptions="translucent")
        self.view.gl_widget.addItem(item)
        self.trails = [item]
        self._colors = [_gl_color(run.spec.color) for run in self.runs.runs]
        self._thinners = [TrailThinner() for _ in self._colors]
        self.update()

    def restart(self) -> None:
        """Redraw every trail from scratch (the surface moved: a new landscape, z-scale or log)."""
        self._thinners = [TrailThinner() for _ in self._thinners]
        self.update()

    def update(self) -> None:
        runs = self.runs.runs
        if len(runs) != len(self._colors) or not self.trails or self.view._landscape is None:
            return  # a rebuild is on its way
        heads, segments, segment_colors = [], [], []
        cell = np.array([SIZE_CELL, SIZE_CELL, SIZE_CELL * max(self.view._display.z_scale, 1e-6)])
        for run, color, thinner in zip(runs, self._colors, self._thinners, strict=True):
            trail = run.trail
            pos = self.view.trail_scene_points(trail.points, trail.values, TRAIL_LIFT)
            heads.append(pos[-1])
            pos = pos[thinner.indices(pos, cell)]
            if len(pos) >= 2:
                pairs = np.empty((2 * (len(pos) - 1), 3), np.float32)
                pairs[0::2], pairs[1::2] = pos[:-1], pos[1:]
                segments.append(pairs)
                segment_colors.append(np.broadcast_to(np.array(color, np.float32), (len(pairs), 4)))
        if segments:
            self.trails[0].setData(pos=np.concatenate(segments), color=np.concatenate(segment_colors))
        else:
            self.trails[0].setData(pos=np.empty((0, 3), np.float32))
        self.markers.set_points(np.array(heads).reshape(-1, 3), np.array(self._colors).reshape(-1, 4))
        self._draw_arrows()

    def _draw_arrows(self) -> None:
        ls = self.view._landscape
        if not (self.runs.show_gradient_arrows or self.runs.show_update_arrows):
            self.arrows.setData(pos=np.empty((0, 3)))
            return
        span = np.array([ls.xlim[1] - ls.xlim[0], ls.ylim[1] - ls.ylim[0]])
        pieces, colors = [], []
        for points, color in run_arrows(self.runs, span):
            values = np.asarray(self.view.model.loss.value(points[:, 0], points[:, 1]), float)
            pieces.append(self.view.trail_scene_points(points, values * np.ones(len(points)), 2 * TRAIL_LIFT))
            colors.append(np.tile(np.array(color, np.float32) / 255.0, (len(points), 1)))
        if pieces:
            self.arrows.setData(pos=np.concatenate(pieces), color=np.concatenate(colors))
        else:
            self.arrows.setData(pos=np.empty((0, 3)))
