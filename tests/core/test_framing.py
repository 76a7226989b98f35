"""Framing the 3-D view: the fitted camera puts every point inside the pane and the limiting direction
filled to its margins, checked with an independent look-at camera (eye on the orbit sphere)."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from critexplorer.core.framing import Framing, camera_rotation, frame_points, project

FOV = 60.0


def look_at_ndc(points, framing: Framing, elevation, azimuth, fov, aspect):
    """The oracle: pyqtgraph's cameraPosition() puts the eye on a sphere around the centre; look at
    the centre with z up, horizontal field of view `fov`."""
    c = np.asarray(framing.center)
    el, az = np.radians(elevation), np.radians(azimuth)
    eye = c + framing.distance * np.array([np.cos(el) * np.cos(az), np.cos(el) * np.sin(az), np.sin(el)])
    forward = (c - eye) / np.linalg.norm(c - eye)
    right = np.cross(forward, [0, 0, 1.0])
    right /= np.linalg.norm(right)
    up = np.cross(right, forward)
    rel = np.asarray(points, float) - eye
    depth = rel @ forward
    t = np.tan(np.radians(fov) / 2)
    return np.stack([(rel @ right) / (t * depth), (rel @ up) / (t / aspect * depth)], 1), depth


def box(lo, hi):
    return np.array([[x, y, z] for x in (lo[0], hi[0]) for y in (lo[1], hi[1]) for z in (lo[2], hi[2])])


def saddle_surface(z_scale):
    xs = np.linspace(-5, 5, 21)
    x, y = np.meshgrid(xs, xs)
    z = (1 - x * y / 6.25) ** 2
    z = z / z.max() * 5 * z_scale
    return np.stack([x.ravel(), y.ravel(), z.ravel()], 1)


def test_the_rotation_matches_the_look_at_oracle():
    f = Framing((0.3, -0.2, 1.0), 17.0)
    pts = box((-5, -5, 0), (5, 5, 5))
    ours = project(pts, f, 28, -62, FOV, 1.6)
    oracle, depth = look_at_ndc(pts, f, 28, -62, FOV, 1.6)
    assert np.all(depth > 0)
    np.testing.assert_allclose(ours, oracle, atol=1e-12)
    r = camera_rotation(28, -62)
    np.testing.assert_allclose(r @ r.T, np.eye(3), atol=1e-12)


@pytest.mark.parametrize("aspect", [0.5, 0.75, 1.0, 1.4, 2.2, 3.0])
@pytest.mark.parametrize("z_scale", [0.3, 1.0, 2.5])
@pytest.mark.parametrize("view", [(28, -62), (60, 30), (10, 200)])
def test_the_framed_surface_fills_the_limiting_direction(aspect, z_scale, view):
    pts = saddle_surface(z_scale)
    margins = (0.04, 0.04, 0.04, 0.04)
    f = frame_points(pts, *view, FOV, aspect, margins)
    ndc, depth = look_at_ndc(pts, f, *view, FOV, aspect)
    assert np.all(depth > 0)
    assert np.all(np.abs(ndc) <= 0.96 + 1e-9)  # inside the pane and its margins
    span = np.ptp(ndc, axis=0) / 2  # fraction of the pane's width and height covered
    assert span.max() >= 0.96 - 1e-9  # the limiting direction touches both margins
    assert span.max() >= 0.85
    # Centred: equal room on both sides in both directions.
    np.testing.assert_allclose(ndc.max(axis=0), -ndc.min(axis=0), atol=1e-9)


def test_uneven_margins_keep_their_bands_free():
    pts = box((-5, -5, 0), (5, 5, 4))
    margins = (0.2, 0.05, 0.1, 0.3)
    f = frame_points(pts, 28, -62, FOV, 1.0, margins)
    ndc, _ = look_at_ndc(pts, f, 28, -62, FOV, 1.0)
    assert ndc[:, 0].min() >= -0.8 - 1e-9 and ndc[:, 0].max() <= 0.95 + 1e-9
    assert ndc[:, 1].min() >= -0.9 - 1e-9 and ndc[:, 1].max() <= 0.7 + 1e-9
    # One direction is tight at both of its margins.
    tight_x = np.isclose(ndc[:, 0].min(), -0.8) and np.isclose(ndc[:, 0].max(), 0.95)
    tight_y = np.isclose(ndc[:, 1].min(), -0.9) and np.isclose(ndc[:, 1].max(), 0.7)
    assert tight_x or tight_y


def test_the_field_of_view_is_horizontal_like_pyqtgraphs():
    pts = box((-5, -5, 0), (5, 5, 5))
    narrow = [frame_points(pts, 28, -62, FOV, a).distance for a in (0.3, 0.5)]
    wide = [frame_points(pts, 28, -62, FOV, a).distance for a in (2.0, 4.0)]
    # Narrow panes are limited by their width, which the fixed horizontal angle covers alike;
    # in wide ones the vertical angle shrinks as the pane widens, so the camera backs off.
    assert narrow[0] == pytest.approx(narrow[1])
    assert wide[1] > 1.8 * wide[0]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(*(st.floats(-50, 50, allow_nan=False) for _ in range(3))), min_size=2, max_size=30
    ).filter(lambda p: np.ptp(np.asarray(p), axis=0).max() > 1e-3),
    st.floats(-80, 80),
    st.floats(-360, 360),
    st.floats(0.3, 4.0),
)
def test_any_point_set_fits(points, elevation, azimuth, aspect):
    f = frame_points(points, elevation, azimuth, FOV, aspect)
    ndc, depth = look_at_ndc(points, f, elevation, azimuth, FOV, aspect)
    assert np.all(depth > 0)
    assert np.all(np.abs(ndc) <= 0.95 + 1e-6)


def test_no_finite_points_is_a_clear_error():
    with pytest.raises(ValueError, match="no finite points"):
        frame_points([[np.nan, 0, 0]], 28, -62, FOV, 1.0)
