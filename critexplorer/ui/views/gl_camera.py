"""The 3-D view's orbit camera: framed to fill the pane (core/framing.py) until the user moves it.

The view says what must be in sight (framing_points) and how large its labels are; the camera keeps the
orientation and fits the distance and centre for the pane's shape.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from critexplorer.core.framing import frame_points

DEFAULT_ELEVATION, DEFAULT_AZIMUTH = 28.0, -62.0  # degrees: the box seen from its front-left corner
FRAME_POINTS_PER_AXIS = 24  # surface nodes per axis that the framing fits
FRAME_MARGIN_PX = 10  # free pixels between the outermost labels and the pane's edge
MAX_MARGIN = 0.3  # of the half-width or half-height: a tiny pane still shows the surface


def framing_points(xs: np.ndarray, ys: np.ndarray, z: np.ndarray, *extra: np.ndarray) -> np.ndarray:
    """What must be in view: the surface z over (xs, ys), subsampled with its edges kept, and `extra`
    (N, 3) point sets (the axes, the labels' anchors)."""
    step_y = max(1, z.shape[0] // FRAME_POINTS_PER_AXIS)
    step_x = max(1, z.shape[1] // FRAME_POINTS_PER_AXIS)
    rows = np.r_[np.arange(0, z.shape[0], step_y), z.shape[0] - 1]
    cols = np.r_[np.arange(0, z.shape[1], step_x), z.shape[1] - 1]
    gx, gy = np.meshgrid(xs[cols], ys[rows])
    mesh = np.stack([gx.ravel(), gy.ravel(), z[np.ix_(rows, cols)].ravel()], 1)
    return np.concatenate([mesh, *(np.asarray(e, float).reshape(-1, 3) for e in extra)])


class FramingCamera:
    """The GL widget's camera, framed on request while it follows the view."""

    def __init__(self, gl_widget):
        self.gl_widget = gl_widget
        self.follows = True
        gl_widget.setCameraPosition(distance=19.0, elevation=DEFAULT_ELEVATION, azimuth=DEFAULT_AZIMUTH)

    def keep(self) -> None:
        """Stop framing: the user (or a session) chose this camera."""
        self.follows = False

    def reset(self) -> None:
        """The starting orientation; framing follows the view again from the next frame()."""
        self.follows = True
        self.gl_widget.setCameraPosition(elevation=DEFAULT_ELEVATION, azimuth=DEFAULT_AZIMUTH)

    def frame(self, points: np.ndarray, label_half_size: tuple[float, float]) -> None:
        """Fit `points` in the pane, keeping the labels' half size and a margin free at every edge
        (labels are centred on their anchors)."""
        if not self.follows:
            return
        points = np.asarray(points, float).reshape(-1, 3)
        if not np.isfinite(points).all(axis=1).any():
            return
        opts = self.gl_widget.opts
        w, h = max(self.gl_widget.width(), 1), max(self.gl_widget.height(), 1)
        margin_x = min(MAX_MARGIN, 2.0 * (label_half_size[0] + FRAME_MARGIN_PX) / w)
        margin_y = min(MAX_MARGIN, 2.0 * (label_half_size[1] + FRAME_MARGIN_PX) / h)
        framing = frame_points(
            points,
            opts["elevation"],
            opts["azimuth"],
            opts["fov"],
            w / h,
            (margin_x, margin_x, margin_y, margin_y),
        )
        opts["center"] = pg.Vector(*framing.center)
        opts["distance"] = framing.distance

    def eye(self) -> tuple[float, float, float]:
        """Where the camera is, in scene coordinates."""
        eye = self.gl_widget.cameraPosition()
        return (eye.x(), eye.y(), eye.z())
