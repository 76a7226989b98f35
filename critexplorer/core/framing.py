"""Framing the 3-D view: the orbit camera's distance and centre that make a set of scene points fill a
pane, for pyqtgraph's orbit camera (elevation and azimuth in degrees, a horizontal field of view).

For a fixed orientation the camera's screen position is linear in the centre's two lateral
coordinates (u, v) and the distance d: a point r (rotated into camera axes) lands at
x_ndc = (r_x − u) / (tan(fov/2) · (d + w − r_z)). Keeping every point inside [lo, hi] is a set of
linear inequalities in (u, d); the smallest d that satisfies all pairs of them has a closed form
(a sum of two maxima), so the fit is exact, not searched.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Framing:
    """Where the orbit camera looks (its pivot, in scene coordinates) and from how far."""

    center: tuple[float, float, float]
    distance: float


def camera_rotation(elevation: float, azimuth: float) -> np.ndarray:
    """The 3×3 rotation from scene to camera axes, as pyqtgraph's GLViewWidget.viewMatrix builds it:
    rotate(elevation − 90, about x) after rotate(azimuth + 90, about −z)."""
    a = np.radians(elevation - 90.0)
    b = -np.radians(azimuth + 90.0)
    about_x = np.array([[1, 0, 0], [0, np.cos(a), -np.sin(a)], [0, np.sin(a), np.cos(a)]])
    about_z = np.array([[np.cos(b), -np.sin(b), 0], [np.sin(b), np.cos(b), 0], [0, 0, 1]])
    return about_x @ about_z


def project(points, framing: Framing, elevation: float, azimuth: float, fov: float, aspect: float):
    """(N, 2) normalised device coordinates (−1…1 across the pane) of scene points."""
    rotated = (np.asarray(points, float) - np.asarray(framing.center)) @ camera_rotation(elevation, azimuth).T
    depth = framing.distance - rotated[:, 2]
    tan_x = np.tan(np.radians(fov) / 2)
    return np.stack([rotated[:, 0] / (tan_x * depth), rotated[:, 1] / (tan_x / aspect * depth)], 1)


def _lateral_fit(along: np.ndarray, deep: np.ndarray, tan_half: float, lo: float, hi: float):
    """For one screen axis: the smallest distance term (d + w) that keeps every point in [lo, hi],
    and a function giving the centred lateral offset at a distance term."""
    # Pairs i, j: r_i − hi·t·D_i ≤ r_j − lo·t·D_j with D = (d + w) − r_z; separable in i and j.
    need = (np.max(along + tan_half * hi * deep) + np.max(-along - tan_half * lo * deep)) / (
        tan_half * (hi - lo)
    )

    def offset(depth_term: float) -> float:
        """The offset, within the feasible ones, that leaves equal room at both edges on screen."""
        depth = depth_term - deep
        low = np.max(along - hi * tan_half * depth)
        high = np.min(along - lo * tan_half * depth)
        middle = 0.5 * (lo + hi)
        for _ in range(60):  # the screen's middle of the points falls as the offset grows: bisect
            u = 0.5 * (low + high)
            screen = (along - u) / depth
            if 0.5 * (screen.max() + screen.min()) > middle * tan_half:
                low = u
            else:
                high = u
        return 0.5 * (low + high)

    return need, offset


def frame_points(
    points,
    elevation: float,
    azimuth: float,
    fov: float,
    aspect: float,
    margins: tuple[float, float, float, float] = (0.05, 0.05, 0.05, 0.05),
) -> Framing:
    """The camera that fits every point in the pane, as close as the margins allow.

    aspect is the pane's width / height; margins (left, right, bottom, top) are fractions of the
    half-width and half-height kept free at each edge. The points are centred in the limiting direction
    and in the other one (equal room at both edges, between the margins); the orbit pivot sits at the
    points' middle depth.
    """
    points = np.asarray(points, float).reshape(-1, 3)
    points = points[np.all(np.isfinite(points), axis=1)]
    if len(points) == 0:
        raise ValueError("no finite points to frame")
    if not (aspect > 0 and 0 < fov < 180):
        raise ValueError("the pane's aspect and field of view must be positive")
    left, right, bottom, top = (min(max(float(m), 0.0), 0.9) for m in margins)
    rotation = camera_rotation(elevation, azimuth)
    rotated = points @ rotation.T
    w = 0.5 * (rotated[:, 2].min() + rotated[:, 2].max())
    tan_x = np.tan(np.radians(fov) / 2)
    tan_y = tan_x / aspect
    need_x, offset_x = _lateral_fit(rotated[:, 0], rotated[:, 2], tan_x, left - 1.0, 1.0 - right)
    need_y, offset_y = _lateral_fit(rotated[:, 1], rotated[:, 2], tan_y, bottom - 1.0, 1.0 - top)
    extent = float(np.ptp(rotated, axis=0).max()) or 1.0
    # Never inside the points' own depth: the nearest point stays in front of the camera.
    depth_term = max(need_x, need_y, rotated[:, 2].max() + 1e-3 * extent)
    lateral = np.array([offset_x(depth_term), offset_y(depth_term), w])
    center = rotation.T @ lateral
    return Framing(tuple(float(c) for c in center), float(depth_term - w))
