"""Clicks in the contour view: markers let them through, and a click near a critical point selects it."""

import numpy as np
from PySide6.QtCore import QPoint, Qt

from critexplorer.core.limits import CLICK_SNAP_PIXELS


def click_pixels_off(qtbot, window, x, y, dx, dy, modifier=Qt.KeyboardModifier.NoModifier):
    """A left click dx, dy screen pixels from data point (x, y)."""
    view = window.contour_view
    pos = view.scene_position_of(x, y) + QPoint(dx, dy)
    qtbot.mouseClick(view.plot_widget.viewport(), Qt.MouseButton.LeftButton, modifier, pos=pos)
    return view.view_box.mapSceneToView(view.plot_widget.mapToScene(pos))


def settle_lecture(qtbot, window, model):
    model.load_preset("lecture")
    model.clear_selection()
    view = window.contour_view
    qtbot.waitUntil(lambda: view.view_box.width() > 100 and abs(view.view_box.viewRange()[0][0] + 2) < 1e-9)


def test_a_click_4_px_from_the_saddle_marker_after_f5_selects_the_saddle(qtbot, window, model):
    settle_lecture(qtbot, window, model)
    atlas = model.find_critical_points()
    assert [cp.point.tolist() for cp in atlas.points] == [[0.0, 0.0]]
    click_pixels_off(qtbot, window, 0.0, 0.0, 4, 0)
    # Before the fix the ◆ swallowed the click: nothing was selected at all.
    qtbot.waitUntil(lambda: model.analysis is not None)
    assert model.analysis.point.tolist() == [0.0, 0.0]
    assert window.point_panel.badge.text() == "Saddle point"
    assert window.statusBar().currentMessage() == "Snapped to the saddle point at w1 = 0, w2 = 0"


def test_a_click_on_the_selection_ring_or_a_marker_is_not_eaten(qtbot, window, model):
    settle_lecture(qtbot, window, model)
    model.find_critical_points()
    model.select((0.0, 0.0))
    clicked = click_pixels_off(qtbot, window, 0.0, 0.0, 0, 40)  # far from everything
    qtbot.waitUntil(lambda: model.analysis.point[1] < -0.1)
    click_pixels_off(qtbot, window, float(clicked.x()), float(clicked.y()), 2, 0)  # on the ring
    qtbot.waitUntil(lambda: model.analysis.point[0] > 0.001)


def test_before_f5_a_click_3_px_off_the_saddle_snaps_by_newton(qtbot, window, model):
    settle_lecture(qtbot, window, model)
    assert model.atlas is None
    clicked = click_pixels_off(qtbot, window, 0.0, 0.0, -3, 1)
    assert 0.005 < abs(clicked.x()) < 0.1  # the click itself is not critical ...
    qtbot.waitUntil(lambda: model.analysis is not None)
    assert model.analysis.point.tolist() == [0.0, 0.0]  # ... the selection is exactly the saddle
    assert model.analysis.classification == "saddle"
    assert window.point_panel.badge.text() == "Saddle point"
    assert "Snapped to the saddle point" in window.statusBar().currentMessage()


def test_a_click_far_from_critical_points_or_with_alt_is_not_snapped(qtbot, window, model):
    settle_lecture(qtbot, window, model)
    model.find_critical_points()
    window.statusBar().clearMessage()
    far = click_pixels_off(qtbot, window, 0.0, 0.0, 5 * CLICK_SNAP_PIXELS, -2 * CLICK_SNAP_PIXELS)
    qtbot.waitUntil(lambda: model.analysis is not None)
    assert np.allclose(model.analysis.point, (far.x(), far.y()), atol=1e-9)
    assert model.analysis.classification == "not_critical"
    assert "Snapped" not in window.statusBar().currentMessage()
    near = click_pixels_off(qtbot, window, 0.0, 0.0, 3, 0, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: model.analysis.point[0] < far.x() / 2)
    assert np.allclose(model.analysis.point, (near.x(), near.y()), atol=1e-9)
    assert model.analysis.point[0] != 0.0


def test_the_snap_radius_is_pixels_in_data_units(qtbot, window, model):
    settle_lecture(qtbot, window, model)
    vb = window.contour_view.view_box
    (x0, x1), (y0, y1) = vb.viewRange()
    radius = window.contour_view.snap_radius()
    pixel = np.array([(x1 - x0) / vb.width(), (y1 - y0) / vb.height()])
    assert np.allclose(radius, CLICK_SNAP_PIXELS * pixel)
