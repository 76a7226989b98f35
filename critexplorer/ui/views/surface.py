"""The 3-D view (pyqtgraph.opengl): shaded colour-mapped surface, floor grid, axes with ticks,
selection and atlas markers, Taylor patch and overlays. A click near a critical point's marker selects
that point; elsewhere it picks along the ray to the surface.

The camera frames the box (core/framing.py) for the pane's shape whenever the surface, the z-scale or
the pane changes, until the user orbits, pans or zooms; reset_camera() (Ctrl+0) frames it again.
Markers the surface hides from the camera are left out of the frame (core/heightfield.visible_from).

Only import this module after gl_support.probe_gl() said GL works: GL calls without a context segfault.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pyqtgraph.opengl as gl
from PySide6.QtCore import QCoreApplication, QEvent, QPointF
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from critexplorer.core.analysis.taylor import quadratic_patch
from critexplorer.core.contours import display_values, finite_range
from critexplorer.core.display_words import shown_word
from critexplorer.core.heightfield import intersect_ray, nice_ticks, surface_mesh, visible_from
from critexplorer.ui import style
from critexplorer.ui.model import ExplorerModel, Landscape
from critexplorer.ui.views.gl_camera import FramingCamera, framing_points
from critexplorer.ui.views.gl_items import ALWAYS_ON_TOP, GridMeshItem, OccludableScatter, PickingGLView
from critexplorer.ui.views.gl_labels import GLLabels, Label
from critexplorer.ui.views.legend_words import curve_name

SIZE = 10.0  # the window maps to [−SIZE/2, SIZE/2]² in scene units
HEIGHT = 5.0  # the loss range maps to [0, HEIGHT·z_scale]
MAX_MESH = 160  # the 3-D mesh is subsampled to at most this many nodes per axis
# ... and to this many while a slider's knob is held (Landscape.live): a third of the triangles, which
# llvmpipe rasterises on cores the rest of the redraw needs; the full mesh follows when the knob rests.
LIVE_MESH = 96
TAYLOR_PATCH_FRACTION = 0.2
FLOOR_GRID_DROP = 0.03  # scene units below z = 0
# Critical curves sit this far above the surface: the mesh is linear between nodes, so in a convex
# valley it lies above the true surface by up to ~h²·curvature/8 and hid a curve drawn closer.
CURVE_LIFT = 0.08
SNAP_PX = 8.0  # a click this close to a critical point's marker (logical pixels) selects that point
MARKER_LIFT = 0.08  # scene units above the surface: markers on it are never inside it
OCCLUSION_CLEARANCE = 0.35  # the ground within this of a marker does not hide it (see visible_from)


class SurfaceView(QWidget):
    def __init__(self, model: ExplorerModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self._landscape: Landscape | None = None
        self._display = model.display
        self._z_range = (0.0, 1.0)
        self._reference_min = 0.0
        # (surface_log, min L, z range) last fitted to a landscape at rest: a held slider knob keeps
        # the box, its tick labels and the camera of the drag's start (see _redraw_surface).
        self._fitted_box: tuple[bool, float, tuple[float, float]] | None = None
        self._axes_for = None  # what the box's axes and tick labels were last made for
        self._mesh_xs = self._mesh_ys = self._mesh_z = None
        self._marker_pos: np.ndarray | None = None
        self._drawn = 0  # counts redraws of the surface and the markers (the occlusion's cache key)
        self._surface_drawn = 0  # counts redraws of the surface and its axes (the framing's cache key)
        self.occludable_points: list = []  # OccludablePoints of other layers (the runs' markers)
        self.cmap = pg.colormap.get(style.COLORMAP_NAME)
        # Bytes, not floats: a quarter of the colour buffer sent to the GPU on every redraw.
        self._lut = self.cmap.getLookupTable(0.0, 1.0, 256, alpha=True, mode="byte").astype(np.uint8)

        self._framed_for = None  # what the camera was last framed for (pane, orientation, drawing)
        self._occlusion_key = None  # (eye, what was drawn) the hidden markers were worked out for
        self.gl_widget = PickingGLView(self._on_click, self.keep_camera, self._before_paint)
        self.gl_widget.setBackgroundColor(style.VIEW_BACKGROUND)
        self.camera = FramingCamera(self.gl_widget)
        self.gl_widget.opts["center"] = pg.Vector(0, 0, HEIGHT * 0.3)

        grid = gl.GLGridItem(color=(255, 255, 255, 40))
        grid.setSize(SIZE, SIZE)
        grid.setSpacing(SIZE / 10, SIZE / 10)
        # Just below the floor: where L reaches its minimum the surface lies at z = 0, and a grid
        # there showed through it in dashes (the valley of the lecture loss).
        grid.translate(0, 0, -FLOOR_GRID_DROP)
        self.gl_widget.addItem(grid)
        self.surface = GridMeshItem(glOptions="opaque")
        self.gl_widget.addItem(self.surface)
        self.taylor = GridMeshItem(glOptions="translucent")
        self.taylor.setVisible(False)
        self.gl_widget.addItem(self.taylor)
        self.axes = gl.GLLinePlotItem(mode="lines", color=(0.85, 0.85, 0.85, 0.9), width=1.5, antialias=True)
        self.gl_widget.addItem(self.axes)
        self.tick_labels = GLLabels()
        self.gl_widget.addItem(self.tick_labels)
        self.marker = OccludableScatter(size=12, color=(1, 1, 1, 1), pxMode=True)
        self.marker.setGLOptions(ALWAYS_ON_TOP)  # whole or not at all: the surface never cuts it in half
        # The stem goes down through the surface: the depth test shows only the part in sight.
        self.marker_stem = gl.GLLinePlotItem(
            mode="lines", color=(1, 1, 1, 0.8), width=2, glOptions="translucent"
        )
        for item in (self.marker, self.marker_stem):
            self.gl_widget.addItem(item)
        self.atlas_items: list = []  # critical curves, and atlas_labels for the points
        self.atlas_labels = GLLabels()
        self.atlas_labels.setGLOptions("translucent")
        self.gl_widget.addItem(self.atlas_labels)
        self.overlay_items: list = []

        self.legend = QLabel(self.gl_widget)
        self.legend_scale = 1.0
        self.set_legend_scale(1.0)
        self.legend.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.gl_widget)

        self._atlas = None
        self.retranslate()
        model.landscapeChanged.connect(self._on_landscape)
        model.displayChanged.connect(self._on_display)
        model.selectionChanged.connect(self._on_selection)
        model.atlasChanged.connect(self._on_atlas)
        model.overlaysChanged.connect(self.show_overlays)

    def retranslate(self) -> None:
        """Texts in the current language: the tooltip and the legend of the critical points."""
        self.gl_widget.setToolTip(
            QCoreApplication.translate(
                "SurfaceView",
                "Left drag: orbit · wheel: zoom · middle drag: pan · click: select (snaps to a critical "
                "point's marker) · Ctrl+0: reset the camera",
            )
        )
        if self._atlas is not None:
            self._fill_legend(self._atlas, self._legend_entries)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.frame()
        self.gl_widget.update()

    # ---- the camera ----------------------------------------------------------------------
    @property
    def camera_follows(self) -> bool:
        """True while the camera frames the box on every change (until the user moves it)."""
        return self.camera.follows

    def keep_camera(self) -> None:
        """The user moved the camera (or a session set it): stop framing until reset_camera()."""
        self.camera.keep()

    def reset_camera(self) -> None:
        """The starting orientation, framed to fill the pane; framing follows changes again."""
        self.camera.reset()
        self.frame()
        self.gl_widget.update()

    def frame(self) -> None:
        """Fit the box, its axes and their labels in the pane (if the camera follows the view)."""
        opts, size = self.gl_widget.opts, self.gl_widget.size()
        key = (size.width(), size.height(), opts["elevation"], opts["azimuth"], opts["fov"])
        # Markers do not move the frame: with _drawn here, the marker redraws of a slider move made
        # the paint fit the camera a second time.
        key += (self.tick_labels.half_size(), self._surface_drawn, self.camera.follows)
        fit = self.camera.follows and self._mesh_z is not None
        # A held slider knob keeps the box (see _redraw_surface) and so the camera of the drag's start.
        fit = fit and not (self._landscape.live and self._framed_for is not None)
        if fit and key != self._framed_for:  # every paint asks: fit only on change
            self._framed_for = key
            axes = np.asarray(self.axes.pos if self.axes.pos is not None else [], float).reshape(-1, 3)
            points = framing_points(
                self._mesh_xs, self._mesh_ys, self._mesh_z, axes, self.tick_labels.positions
            )
            self.camera.frame(points, self.tick_labels.half_size())

    # ---- what the surface hides ------------------------------------------------------------
    def _before_paint(self) -> None:
        """Frame (the labels' sizes may have changed: presenter mode) and hide the markers the surface
        covers from this frame's camera; worked out again only when the camera or the markers moved."""
        self.frame()
        if self._mesh_z is None:
            return
        key = (self.camera.eye(), self._drawn, tuple(p.version for p in self.occludable_points))
        if key == self._occlusion_key:
            return
        self._occlusion_key = key
        self.atlas_labels.set_hidden(~self._in_sight(self.atlas_labels.positions))
        for points in self.occludable_points:
            points.set_hidden(~self._in_sight(points.positions))
        if self._marker_pos is not None:
            self.marker.occluded = not bool(self._in_sight(self._marker_pos[None, :])[0])

    def _in_sight(self, points: np.ndarray) -> np.ndarray:
        return visible_from(
            self.camera.eye(),
            points,
            self._mesh_xs,
            self._mesh_ys,
            self._mesh_z,
            OCCLUSION_CLEARANCE,
        )

    def set_legend_scale(self, factor: float) -> None:
        """Text and padding of the legend `factor` times their size (presenter mode); the label floats
        over the GL pane and does not follow the window's font."""
        self.legend_scale = float(factor)
        points = QApplication.font().pointSizeF()
        points = (points if points > 0 else 9.0) * self.legend_scale
        pad = round(4 * self.legend_scale)
        self.legend.setStyleSheet(
            f"background: rgba(20,20,20,170); color: #eee; padding: {pad}px; border-radius: 3px;"
            f" font-size: {points:.1f}pt;"
        )
        self.legend.adjustSize()

    def paint_overlay_widgets(self, painter, offset) -> None:
        """Draw the widgets floating over the GL pane (the legend) for a screenshot."""
        if self.legend.isVisible():
            self.legend.render(painter, offset + self.legend.pos())

    # ---- coordinates ----------------------------------------------------------------------
    def _scene_xy(self, x, y):
        (x0, x1), (y0, y1) = self._landscape.xlim, self._landscape.ylim
        return ((np.asarray(x, float) - x0) / (x1 - x0) - 0.5) * SIZE, (
            (np.asarray(y, float) - y0) / (y1 - y0) - 0.5
        ) * SIZE

    def _scene_z(self, shown):
        lo, hi = self._z_range
        return (np.asarray(shown, float) - lo) / (hi - lo) * HEIGHT * self._display.z_scale

    def _scene_z_of_loss(self, values):
        return self._scene_z(display_values(values, self._display.surface_log, self._reference_min))

    def scene_point_of(self, x: float, y: float) -> np.ndarray:
        """The scene position of data point (x, y) on the surface (for tests and exporters)."""
        sx, sy = self._scene_xy(x, y)
        return np.array([float(sx), float(sy), float(self._scene_z_of_loss(self.model.loss.value(x, y)))])

    def widget_position_of(self, x: float, y: float) -> QPointF:
        """Where data point (x, y) on the surface appears in the GL widget (logical pixels)."""
        return self.widget_position_of_scene(self.scene_point_of(x, y))

    def widget_position_of_scene(self, p) -> QPointF:
        """Where scene point p appears in the GL widget (logical pixels)."""
        return self.gl_widget.widget_position(p)

    def trail_scene_points(self, points: np.ndarray, values: np.ndarray, lift: float) -> np.ndarray:
        """(N, 3) scene positions of a trail on the surface, `lift` above it; far-off points are
        clamped to the box so a diverging run cannot stretch the scene."""
        sx, sy = self._scene_xy(points[:, 0], points[:, 1])
        top = HEIGHT * self._display.z_scale
        with np.errstate(all="ignore"):
            sz = self._scene_z_of_loss(values)
        out = np.empty((len(points), 3), np.float32)
        out[:, 0] = np.clip(sx, -0.6 * SIZE, 0.6 * SIZE)
        out[:, 1] = np.clip(sy, -0.6 * SIZE, 0.6 * SIZE)
        out[:, 2] = np.clip(np.nan_to_num(sz, nan=top, posinf=top, neginf=0.0), -0.2 * top, 1.2 * top) + lift
        return out

    def show_state(self) -> None:
        """Draw everything the model holds now. The signals keep a view current from then on; a view
        built after the model was set up (an export's copy) starts here."""
        model = self.model
        self._on_display(model.display)
        if model.landscape is not None:
            self._on_landscape(model.landscape)
        self._on_selection(model.analysis)
        self._on_atlas(model.atlas)
        self.show_overlays(dict(model.overlays))

    # ---- slots ----------------------------------------------------------------------------
    def _on_click(self, pos: QPointF, set_start: bool = False) -> None:
        """A click on a critical point's marker selects exactly that point; elsewhere, the surface."""
        if self._mesh_z is None:
            return
        snapped = self.critical_point_near(pos)
        if snapped is not None:
            if set_start or self.model.start_pick_mode:
                self.model.pick(snapped.point, set_start)
            else:
                self.model.select_snapped(snapped.point)
            return
        self._on_ray(*self.gl_widget.ray_through(pos), set_start)

    def critical_point_near(self, pos: QPointF):
        """The atlas's critical point whose marker (in sight) is nearest to widget position pos, if
        within SNAP_PX or the marker's own half size (large in presenter mode); else None."""
        atlas = self.model.atlas
        if atlas is None or not atlas.points or len(self.atlas_labels) != len(atlas.points):
            return None
        self._before_paint()  # the hidden mask for the camera as it is now
        radius = max(SNAP_PX, *self.atlas_labels.half_size())
        best, best_distance = None, radius
        for cp, p, hidden in zip(
            atlas.points, self.atlas_labels.positions, self.atlas_labels.hidden_mask(), strict=True
        ):
            if hidden:
                continue
            at = self.widget_position_of_scene(p)
            distance = float(np.hypot(at.x() - pos.x(), at.y() - pos.y()))
            if distance <= best_distance:
                best, best_distance = cp, distance
        return best

    def _on_ray(self, origin, direction, set_start: bool = False) -> None:
        if self._mesh_z is None:
            return
        hit = intersect_ray(origin, direction, self._mesh_xs, self._mesh_ys, self._mesh_z)
        if hit is None:
            return
        (x0, x1), (y0, y1) = self._landscape.xlim, self._landscape.ylim
        x = x0 + (hit[0] / SIZE + 0.5) * (x1 - x0)
        y = y0 + (hit[1] / SIZE + 0.5) * (y1 - y0)
        self.model.pick((x, y), set_start)

    def _on_landscape(self, landscape: Landscape) -> None:
        self._landscape = landscape
        self._redraw_surface()
        self._redraw_markers()

    def _on_display(self, display) -> None:
        self._display = display
        if self._landscape is not None:
            self._redraw_surface()
            self._redraw_markers()

    def _redraw_markers(self) -> None:
        self._on_selection(self.model.analysis)
        self._on_atlas(self.model.atlas)
        self.show_overlays(self.model.overlays)

    def _redraw_surface(self) -> None:
        self._drawn += 1
        self._surface_drawn += 1
        ls = self._landscape
        values = ls.value
        log, fitted = self._display.surface_log, self._fitted_box
        # While a slider's knob is held the box keeps the z range fitted before the drag, so its tick
        # labels and the camera's framing hold still (as in GeoGebra's clipping box) and are not made
        # again on every move; the surface is cut at the box's floor and lid. A rest or the release
        # fits the box to the surface again exactly.
        held = ls.live and fitted is not None and fitted[0] == log
        if held:
            _, self._reference_min, self._z_range = fitted
            shown = display_values(
                np.maximum(values, self._reference_min) if log else values, log, self._reference_min
            )
        else:
            finite = values[np.isfinite(values)]
            self._reference_min = float(finite.min()) if finite.size else 0.0
            shown = display_values(values, log, self._reference_min)
            self._z_range = finite_range(shown)
            self._fitted_box = (log, self._reference_min, self._z_range)
        step = max(1, int(np.ceil(max(shown.shape) / (LIVE_MESH if ls.live else MAX_MESH))))
        sub = shown[::step, ::step]
        if held:
            sub = np.clip(sub, *self._z_range)
        xs, ys = ls.xs[::step], ls.ys[::step]
        sx, sy = self._scene_xy(xs, ys)
        sz = self._scene_z(sub)
        vertices, normals, faces = surface_mesh(sx, sy, sz)
        lo, hi = self._z_range
        index = np.clip(((sub - lo) / (hi - lo) * 255), 0, 255)
        colors = self._lut[np.where(np.isfinite(index), index, 0).astype(int).ravel()]
        self.surface.set_arrays(vertices, normals, colors, faces)
        self._mesh_xs, self._mesh_ys, self._mesh_z = sx, sy, sz
        self._draw_axes()
        self.frame()

    def _draw_axes(self) -> None:
        ls, half = self._landscape, SIZE / 2
        made_for = (
            ls.xlim,
            ls.ylim,
            ls.loss.vars,
            self._z_range,
            self._display.z_scale,
            self._display.surface_log,
        )
        if ls.live and made_for == self._axes_for:  # a held knob keeps the box: the same labels
            return
        self._axes_for = made_for
        labels: list[Label] = []
        top = HEIGHT * self._display.z_scale
        self.axes.setData(
            pos=np.array(
                [
                    [-half, -half, 0],
                    [half, -half, 0],
                    [half, -half, 0],
                    [half, half, 0],
                    [-half, -half, 0],
                    [-half, -half, top],
                ],
                float,
            )
        )
        font = QFont()
        font.setPointSize(8)
        title_font = QFont()
        title_font.setPointSize(10)
        title_font.setBold(True)

        def label(pos, text, color=(220, 220, 220), f=font):
            labels.append(Label(tuple(float(v) for v in pos), text, QColor(*color), f))

        fmt = "{:.4g}"
        for t in nice_ticks(*ls.xlim, 4):
            sx, _ = self._scene_xy(t, ls.ylim[0])
            label((sx, -half - 0.6, 0), fmt.format(t))
        for t in nice_ticks(*ls.ylim, 4):
            _, sy = self._scene_xy(ls.xlim[0], t)
            label((half + 0.7, sy, 0), fmt.format(t))
        lo, hi = self._z_range
        for t in nice_ticks(lo, hi, 4):
            label((-half - 0.6, -half - 0.6, float(self._scene_z(t))), fmt.format(t))
        vx, vy = ls.loss.vars
        label((0, -half - 1.5, 0), vx, (255, 255, 255), title_font)
        label((half + 1.7, 0, 0), vy, (255, 255, 255), title_font)
        z_title = "log(1+L−min L)" if self._display.surface_log else "L"
        label((-half, -half, top + 0.7), z_title, (255, 255, 255), title_font)
        self.tick_labels.set_labels(labels)

    def _on_selection(self, analysis) -> None:
        self._drawn += 1
        if analysis is None or self._landscape is None or not analysis.finite:
            self._marker_pos = None
            self.marker.setData(pos=np.empty((0, 3)))
            self.marker_stem.setData(pos=np.empty((0, 3)))
            self.taylor.setVisible(False)
            return
        p = self.scene_point_of(*analysis.point)
        self._marker_pos = p + [0, 0, MARKER_LIFT]
        self.marker.setData(pos=self._marker_pos[None, :], color=(1, 1, 1, 1), size=14)
        self.marker_stem.setData(pos=np.array([[p[0], p[1], 0.0], p]))
        self._draw_taylor(analysis)

    def _draw_taylor(self, analysis) -> None:
        if not self._display.show_taylor:
            self.taylor.setVisible(False)
            return
        ls = self._landscape
        half = (
            TAYLOR_PATCH_FRACTION * (ls.xlim[1] - ls.xlim[0]),
            TAYLOR_PATCH_FRACTION * (ls.ylim[1] - ls.ylim[0]),
        )
        xs, ys, q = quadratic_patch(analysis, half, n=31)
        sx, sy = self._scene_xy(xs, ys)
        sz = self._scene_z_of_loss(q)
        top = HEIGHT * self._display.z_scale * 1.2
        sz = np.where((sz >= -0.2 * top) & (sz <= top), sz, np.nan)  # clip the paraboloid to the box
        vertices, normals, faces = surface_mesh(sx, sy, sz)
        colors = np.tile(np.array([[1.0, 0.66, 0.24, 0.45]], np.float32), (len(vertices), 1))
        self.taylor.set_arrays(vertices, normals, colors, faces)
        self.taylor.setVisible(True)

    def _on_atlas(self, atlas) -> None:
        self._drawn += 1
        for item in self.atlas_items:
            self.gl_widget.removeItem(item)
        self.atlas_items = []
        self.atlas_labels.set_labels([])
        self._atlas = None
        if atlas is None or self._landscape is None:
            self.legend.hide()
            return
        seen = {}
        glyph_font = QFont()
        glyph_font.setPointSize(13)
        for critical_set in atlas.sets:
            s = style.class_style(critical_set.classification)
            seen.setdefault(critical_set.classification + " curve", s)
            for branch in critical_set.branches:
                branch = np.asarray(branch, float)
                sx, sy = self._scene_xy(branch[:, 0], branch[:, 1])
                sz = self._scene_z_of_loss(self.model.loss.value(branch[:, 0], branch[:, 1])) + CURVE_LIFT
                line = gl.GLLinePlotItem(
                    pos=np.stack([sx, sy, sz], 1),
                    color=pg.mkColor(s["color"]),
                    width=3,
                    antialias=False,  # smoothing left seams at every joint
                    glOptions="translucent",
                )  # the default "additive" tints it
                self.gl_widget.addItem(line)
                self.atlas_items.append(line)
        glyphs = []
        for cp in atlas.points:
            s = style.class_style(cp.classification)
            seen.setdefault(cp.classification, s)
            pos = self.scene_point_of(*cp.point) + [0, 0, MARKER_LIFT]
            glyphs.append(Label(tuple(float(v) for v in pos), s["glyph"], pg.mkColor(s["color"]), glyph_font))
        self.atlas_labels.set_labels(glyphs)
        self._atlas, self._legend_entries = atlas, seen
        self._fill_legend(atlas, seen)

    def _fill_legend(self, atlas, seen: dict) -> None:
        """The legend's lines: a glyph (or a dash for a curve) and the type, in the current language."""
        lines = []
        for key, s in seen.items():
            curve = key.endswith(" curve")
            kind = key.removesuffix(" curve")
            name = curve_name(kind) if curve else shown_word(kind)
            lines.append(f"<span style='color:{s['color']}'>{'━' if curve else s['glyph']}</span> {name}")
        if atlas.complete:
            empty = QCoreApplication.translate("SurfaceView", "no critical points in view")
        else:
            empty = QCoreApplication.translate("SurfaceView", "too many critical points: zoom in")
        self.legend.setText("<br>".join(lines) if lines else empty)
        self.legend.adjustSize()
        self.legend.move(8, 8)
        self.legend.show()

    def show_overlays(self, overlays: dict) -> None:
        """Draw these overlays in place of the ones shown (the model's, or an export's with its runs)."""
        for item in self.overlay_items:
            self.gl_widget.removeItem(item)
        self.overlay_items = []
        if self._landscape is None:
            return
        for overlay in overlays.values():
            pts = np.asarray(overlay.points, float)
            if pts.size == 0:
                continue
            if overlay.style == "path" and len(pts) == 2:  # a straight step: follow the surface
                t = np.linspace(0, 1, 24)[:, None]
                pts = pts[0] + t * (pts[1] - pts[0])
            sx, sy = self._scene_xy(pts[:, 0], pts[:, 1])
            sz = self._scene_z_of_loss(self.model.loss.value(pts[:, 0], pts[:, 1])) + 0.06
            color = tuple(c / 255 for c in overlay.color)
            if overlay.style == "path":
                item = gl.GLLinePlotItem(
                    pos=np.stack([sx, sy, sz], 1), color=color, width=overlay.width, antialias=True
                )
            else:
                item = gl.GLScatterPlotItem(pos=np.stack([sx, sy, sz], 1), color=color, size=7)
            self.gl_widget.addItem(item)
            self.overlay_items.append(item)
