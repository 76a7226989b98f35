"""The 3-D view (pyqtgraph.opengl): shaded colour-mapped surface, floor grid, axes with ticks,
selection and atlas markers, Taylor patch and overlays. A click picks along the ray to the surface.

Only import this module after gl_support.probe_gl() said GL works: GL calls without a context segfault.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pyqtgraph.opengl as gl
from OpenGL import GL
from pyqtgraph.opengl import shaders
from pyqtgraph.opengl.items.GLMeshItem import DirtyFlag
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QVector4D
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from critexplorer.core.analysis.taylor import quadratic_patch
from critexplorer.core.contours import display_values, finite_range
from critexplorer.core.heightfield import intersect_ray, nice_ticks, surface_mesh
from critexplorer.ui import style
from critexplorer.ui.model import ExplorerModel, Landscape
from critexplorer.ui.views.gl_labels import GLLabels, Label

SIZE = 10.0  # the window maps to [−SIZE/2, SIZE/2]² in scene units
HEIGHT = 5.0  # the loss range maps to [0, HEIGHT·z_scale]
MAX_MESH = 160  # the 3-D mesh is subsampled to at most this many nodes per axis
TAYLOR_PATCH_FRACTION = 0.2
FLOOR_GRID_DROP = 0.03  # scene units below z = 0
# Critical curves sit this far above the surface: the mesh is linear between nodes, so in a convex
# valley it lies above the true surface by up to ~h²·curvature/8 and hid a curve drawn closer.
CURVE_LIFT = 0.08
CAMERA_DISTANCE = 19.0  # fits the box and its labels in a square pane (pyqtgraph's fov is horizontal)

# Light from near the viewer so faces turned to the camera are bright; ambient keeps the back readable.
SURFACE_SHADER = shaders.ShaderProgram(
    "critexplorer_surface",
    [
        shaders.VertexShader("""
        uniform mat4 u_mvp;
        uniform mat3 u_normal;
        attribute vec4 a_position;
        attribute vec3 a_normal;
        attribute vec4 a_color;
        varying vec4 v_color;
        varying vec3 v_normal;
        void main() {
            v_normal = normalize(u_normal * a_normal);
            v_color = a_color;
            gl_Position = u_mvp * a_position;
        }
    """),
        shaders.FragmentShader("""
        #ifdef GL_ES
        precision mediump float;
        #endif
        varying vec4 v_color;
        varying vec3 v_normal;
        void main() {
            float p = abs(dot(normalize(v_normal), normalize(vec3(0.35, 0.45, 1.0))));
            gl_FragColor = vec4(v_color.rgb * (0.38 + 0.62 * p), v_color.a);
        }
    """),
    ],
)


# The selection marker stays visible even where the surface hides the point.
ALWAYS_ON_TOP = {
    "glDisable": (GL.GL_DEPTH_TEST,),
    "glEnable": (GL.GL_BLEND,),
    "glBlendFunc": (GL.GL_SRC_ALPHA, GL.GL_ONE_MINUS_SRC_ALPHA),
}


class GridMeshItem(gl.GLMeshItem):
    """A GLMeshItem fed precomputed arrays: MeshData's per-vertex Python loop for normals is too
    slow for a 160² grid, while the grid's normals come from np.gradient in microseconds."""

    def __init__(self, **kwds):
        super().__init__(shader=SURFACE_SHADER, smooth=True, **kwds)
        self._dirty = DirtyFlag(0)

    def set_arrays(self, vertices, normals, colors, faces) -> None:
        self.vertexes, self.normals = vertices, normals
        self.colors = np.ascontiguousarray(colors, np.float32)
        self.faces = np.ascontiguousarray(faces, np.uint32)
        self._dirty = DirtyFlag.POSITION | DirtyFlag.NORMAL | DirtyFlag.COLOR | DirtyFlag.FACES
        self.update()

    def meshDataChanged(self):  # the base class would drop our arrays
        self.update()

    def parseMeshData(self):
        dirty, self._dirty = self._dirty, DirtyFlag(0)
        return dirty


class PickingGLView(gl.GLViewWidget):
    """GLViewWidget that reports a click (press and release without a drag) as a ray in scene space."""

    def __init__(self, on_click, parent=None):
        super().__init__(parent)
        self._on_click = on_click
        self._press = None

    def mousePressEvent(self, ev):
        self._press = ev.position()
        super().mousePressEvent(ev)

    def mouseReleaseEvent(self, ev):
        press, self._press = self._press, None
        if (
            press is not None
            and ev.button() == Qt.MouseButton.LeftButton
            and (ev.position() - press).manhattanLength() < 4
        ):
            set_start = bool(ev.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self._on_click(*self.ray_through(ev.position()), set_start)
        super().mouseReleaseEvent(ev)

    def ray_through(self, pos: QPointF) -> tuple[np.ndarray, np.ndarray]:
        """(origin, direction) in scene coordinates of the ray through a widget position."""
        w, h = self.deviceWidth(), self.deviceHeight()
        dpr = self.devicePixelRatioF()
        viewport = (0, 0, w, h)
        mvp = self.projectionMatrix(viewport, viewport) * self.viewMatrix()
        inverse, ok = mvp.inverted()
        x_ndc = 2.0 * pos.x() * dpr / w - 1.0
        y_ndc = 1.0 - 2.0 * pos.y() * dpr / h
        ends = []
        for z_ndc in (-1.0, 1.0):
            v = inverse.map(QVector4D(x_ndc, y_ndc, z_ndc, 1.0))
            ends.append(np.array([v.x(), v.y(), v.z()]) / v.w())
        return ends[0], ends[1] - ends[0]


class SurfaceView(QWidget):
    def __init__(self, model: ExplorerModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self._landscape: Landscape | None = None
        self._display = model.display
        self._z_range = (0.0, 1.0)
        self._reference_min = 0.0
        self._mesh_xs = self._mesh_ys = self._mesh_z = None
        self.cmap = pg.colormap.get(style.COLORMAP_NAME)
        self._lut = self.cmap.getLookupTable(0.0, 1.0, 256, alpha=True, mode="float")

        self.gl_widget = PickingGLView(self._on_ray)
        self.gl_widget.setBackgroundColor(style.VIEW_BACKGROUND)
        self.gl_widget.setToolTip("Left drag: orbit · wheel: zoom · middle drag: pan · click: select")
        self.gl_widget.setCameraPosition(distance=CAMERA_DISTANCE, elevation=28, azimuth=-62)
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
        self.marker = gl.GLScatterPlotItem(size=12, color=(1, 1, 1, 1), pxMode=True)
        self.marker.setGLOptions(ALWAYS_ON_TOP)
        self.marker_stem = gl.GLLinePlotItem(mode="lines", color=(1, 1, 1, 0.8), width=2)
        for item in (self.marker, self.marker_stem):
            self.gl_widget.addItem(item)
        self.atlas_items: list = []  # critical curves, and atlas_labels for the points
        self.atlas_labels = GLLabels()
        self.atlas_labels.setGLOptions("translucent")
        self.gl_widget.addItem(self.atlas_labels)
        self.overlay_items: list = []

        self.legend = QLabel(self.gl_widget)
        self.legend.setStyleSheet(
            "background: rgba(20,20,20,170); color: #eee; padding: 4px; border-radius: 3px;"
        )
        self.legend.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.gl_widget)

        model.landscapeChanged.connect(self._on_landscape)
        model.displayChanged.connect(self._on_display)
        model.selectionChanged.connect(self._on_selection)
        model.atlasChanged.connect(self._on_atlas)
        model.overlaysChanged.connect(self.show_overlays)

    def resizeEvent(self, event) -> None:
        """Keep the whole box in view: wide panes are limited by the vertical field of view."""
        super().resizeEvent(event)
        w, h = max(self.width(), 1), max(self.height(), 1)
        self.gl_widget.opts["distance"] = CAMERA_DISTANCE * max(1.0, 0.8 * w / h)
        self.gl_widget.update()

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
        w, h = self.gl_widget.deviceWidth(), self.gl_widget.deviceHeight()
        viewport = (0, 0, w, h)
        mvp = self.gl_widget.projectionMatrix(viewport, viewport) * self.gl_widget.viewMatrix()
        v = mvp.map(QVector4D(*self.scene_point_of(x, y), 1.0))
        dpr = self.gl_widget.devicePixelRatioF()
        return QPointF((v.x() / v.w() + 1) * 0.5 * w / dpr, (1 - v.y() / v.w()) * 0.5 * h / dpr)

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
        ls = self._landscape
        values = ls.value
        finite = values[np.isfinite(values)]
        self._reference_min = float(finite.min()) if finite.size else 0.0
        shown = display_values(values, self._display.surface_log, self._reference_min)
        self._z_range = finite_range(shown)
        step = max(1, int(np.ceil(max(shown.shape) / MAX_MESH)))
        sub = shown[::step, ::step]
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

    def _draw_axes(self) -> None:
        labels: list[Label] = []
        ls, half = self._landscape, SIZE / 2
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
        if analysis is None or self._landscape is None or not analysis.finite:
            self.marker.setData(pos=np.empty((0, 3)))
            self.marker_stem.setData(pos=np.empty((0, 3)))
            self.taylor.setVisible(False)
            return
        p = self.scene_point_of(*analysis.point)
        self.marker.setData(pos=p[None, :] + [0, 0, 0.05], color=(1, 1, 1, 1), size=14)
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
        for item in self.atlas_items:
            self.gl_widget.removeItem(item)
        self.atlas_items = []
        self.atlas_labels.set_labels([])
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
            pos = self.scene_point_of(*cp.point) + [0, 0, 0.08]
            glyphs.append(Label(tuple(float(v) for v in pos), s["glyph"], pg.mkColor(s["color"]), glyph_font))
        self.atlas_labels.set_labels(glyphs)
        lines = [
            f"<span style='color:{s['color']}'>{s['glyph'] if not k.endswith('curve') else '━'}</span> "
            f"{s['label']}{' curve' if k.endswith('curve') else ''}"
            for k, s in seen.items()
        ]
        empty = "no critical points in view" if atlas.complete else "too many critical points: zoom in"
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
