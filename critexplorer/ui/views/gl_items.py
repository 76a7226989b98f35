"""The GL items and widget behind the 3-D view: the shaded surface mesh fed precomputed arrays, a scatter
item that can sit out a frame, and the GLViewWidget that turns clicks into widget positions and rays.

Only import this module after gl_support.probe_gl() said GL works: GL calls without a context segfault.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph.opengl as gl
from OpenGL import GL
from pyqtgraph.opengl import shaders
from pyqtgraph.opengl.items.GLMeshItem import DirtyFlag
from pyqtgraph.opengl.items.GLScatterPlotItem import DirtyFlag as ScatterDirty
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QVector4D

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


# The selection marker is drawn whole over the surface where it is in sight (and left out where the
# surface hides it: SurfaceView._before_paint), so a slope next to it never cuts it in half.
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
        """New vertex data, written into the buffers already on the GPU when the sizes match (the
        base class's upload); the faces are sent again only when they are other faces."""
        faces = np.ascontiguousarray(faces, np.uint32)
        same_faces = self.faces is not None and (
            faces is self.faces or (faces.shape == self.faces.shape and np.array_equal(faces, self.faces))
        )
        self.vertexes, self.normals = vertices, normals
        colors = np.asarray(colors)  # RGBA floats in [0, 1], or bytes (normalised by the GL upload)
        self.colors = np.ascontiguousarray(colors, np.uint8 if colors.dtype == np.uint8 else np.float32)
        self.faces = faces
        self._dirty |= DirtyFlag.POSITION | DirtyFlag.NORMAL | DirtyFlag.COLOR
        if not same_faces:
            self._dirty |= DirtyFlag.FACES
        self.update()

    def meshDataChanged(self):  # the base class would drop our arrays
        self.update()

    def parseMeshData(self):
        dirty, self._dirty = self._dirty, DirtyFlag(0)
        return dirty


K = Qt.Key
CAMERA_KEYS = (K.Key_Left, K.Key_Right, K.Key_Up, K.Key_Down, K.Key_PageUp, K.Key_PageDown)


class OccludableScatter(gl.GLScatterPlotItem):
    """A scatter item that the view can leave out of a frame while it paints (hidden by the surface)."""

    occluded = False

    def paint(self):
        if not self.occluded:
            super().paint()


class OccludablePoints(gl.GLScatterPlotItem):
    """Points drawn whole over the surface, each left out where the surface hides it (the runs'
    markers): the view's hidden-marker test sets their alpha to 0 while it paints."""

    def __init__(self, **kwds):
        super().__init__(**kwds)
        self.positions = np.empty((0, 3))
        self._colors = np.empty((0, 4), np.float32)
        self.version = 0  # counts set_points calls (the view's occlusion cache key)

    def set_points(self, positions, colors) -> None:
        self.positions = np.asarray(positions, float).reshape(-1, 3)
        self._colors = np.array(colors, np.float32).reshape(-1, 4)
        self.version += 1
        self.setData(pos=self.positions, color=self._colors.copy())

    def set_hidden(self, hidden) -> None:
        """Leave these points out of the next frames (no repaint asked: called while painting)."""
        hidden = np.asarray(hidden, bool)
        if len(hidden) != len(self._colors):
            return
        colors = self._colors.copy()
        colors[hidden, 3] = 0.0
        self.color = colors
        self.dirty_bits |= ScatterDirty.COLOR

    def hidden_mask(self) -> np.ndarray:
        return np.asarray(self.color)[:, 3] == 0 if len(self._colors) else np.zeros(0, bool)


class PickingGLView(gl.GLViewWidget):
    """GLViewWidget that reports a click (press and release without a drag) at its widget position, and
    tells when the user moves the camera (drag, wheel) and when a frame is about to be painted."""

    def __init__(self, on_click, on_camera_moved=None, before_paint=None, parent=None):
        super().__init__(parent)
        self._on_click = on_click
        self._on_camera_moved = on_camera_moved or (lambda: None)
        self._before_paint = before_paint or (lambda: None)
        self._press = None

    def paintGL(self, *args, **kwargs):
        self._before_paint()
        super().paintGL(*args, **kwargs)

    def mousePressEvent(self, ev):
        self._press = ev.position()
        super().mousePressEvent(ev)

    def mouseMoveEvent(self, ev):
        if self._press is not None and (ev.position() - self._press).manhattanLength() >= 4:
            self._on_camera_moved()  # an orbit or a pan, not a click
        super().mouseMoveEvent(ev)

    def wheelEvent(self, ev):
        self._on_camera_moved()
        super().wheelEvent(ev)

    def keyPressEvent(self, ev):
        if ev.key() in CAMERA_KEYS:  # GLViewWidget orbits and zooms with these (when they reach it)
            self._on_camera_moved()
        super().keyPressEvent(ev)

    def mouseReleaseEvent(self, ev):
        press, self._press = self._press, None
        if (
            press is not None
            and ev.button() == Qt.MouseButton.LeftButton
            and (ev.position() - press).manhattanLength() < 4
        ):
            set_start = bool(ev.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self._on_click(ev.position(), set_start)
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

    def widget_position(self, p) -> QPointF:
        """Where scene point p appears in the widget (logical pixels)."""
        w, h = self.deviceWidth(), self.deviceHeight()
        viewport = (0, 0, w, h)
        mvp = self.projectionMatrix(viewport, viewport) * self.viewMatrix()
        v = mvp.map(QVector4D(*(float(c) for c in p), 1.0))
        dpr = self.devicePixelRatioF()
        return QPointF((v.x() / v.w() + 1) * 0.5 * w / dpr, (1 - v.y() / v.w()) * 0.5 * h / dpr)
