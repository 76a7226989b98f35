"""Lock aspect: the contour pane shows the whole window with equal scales, extended only along the
pane's longer axis, at any pane size, after zooming, and in exports."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from critexplorer.ui.export.dialog import _bare_scene
from critexplorer.ui.export.scene import ExportOptions
from critexplorer.ui.views.contour import ContourView


@pytest.fixture
def lecture_view(qtbot, model):
    view = ContourView(model)
    qtbot.addWidget(view)
    view.resize(500, 500)
    view.show()
    qtbot.waitExposed(view)
    model.load_preset("lecture")
    return view


def shown(qtbot, view, width, height):
    """Resize the view and wait until its view box has the new size and equal scales again."""
    vb = view.view_box
    old_size = (vb.width(), vb.height())
    view.resize(width, height)

    def settled():
        sx, sy = scales(vb)
        return (vb.width(), vb.height()) != old_size and abs(sx - sy) <= 1e-9 * sx

    qtbot.waitUntil(settled)
    return vb.viewRange()


def scales(vb):
    (x0, x1), (y0, y1) = vb.viewRange()
    return (x1 - x0) / vb.width(), (y1 - y0) / vb.height()


@pytest.mark.parametrize(("width", "height", "long_axis"), [(400, 800, 1), (900, 400, 0), (520, 560, 1)])
def test_the_window_fits_and_only_the_longer_axis_is_extended(qtbot, lecture_view, width, height, long_axis):
    ranges = shown(qtbot, lecture_view, width, height)
    short_axis = 1 - long_axis
    assert ranges[short_axis] == pytest.approx((-2.0, 2.0), abs=1e-9)
    lo, hi = ranges[long_axis]
    assert lo < -2.0 and hi > 2.0 and lo == pytest.approx(-hi)  # extended evenly, the window centred
    sx, sy = scales(lecture_view.view_box)
    assert sx == pytest.approx(sy, rel=1e-6)


def _wheel(view, clicks: int):
    viewport = view.plot_widget.viewport()
    pos = QPointF(view.scene_position_of(0.5, 0.5))
    event = QWheelEvent(
        pos,
        QPointF(viewport.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * clicks),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def test_after_a_wheel_zoom_a_resize_still_pads_only_one_axis(qtbot, lecture_view):
    vb = lecture_view.view_box
    shown(qtbot, lecture_view, 900, 400)
    before = vb.viewRange()
    _wheel(lecture_view, 2)  # zoom in about (0.5, 0.5)
    qtbot.waitUntil(lambda: vb.viewRange()[1][1] - vb.viewRange()[1][0] < 3.9)
    (x0, x1), (y0, y1) = vb.viewRange()
    assert (x1 - x0) / (before[0][1] - before[0][0]) == pytest.approx((y1 - y0) / 4.0, rel=1e-6)
    zoomed_height = y1 - y0  # the short axis shows the zoomed window exactly
    ranges = shown(qtbot, lecture_view, 400, 800)
    # Before the fix the zoom made the padded x range the window: now x shows just the zoomed window.
    assert ranges[0][1] - ranges[0][0] == pytest.approx(zoomed_height, rel=1e-6)
    assert ranges[1][1] - ranges[1][0] > zoomed_height * 1.5
    sx, sy = scales(vb)
    assert sx == pytest.approx(sy, rel=1e-6)


def test_an_export_fits_the_window_not_the_padded_pane(qtbot, window, model):
    model.load_preset("lecture")
    vb = window.contour_view.view_box
    qtbot.waitUntil(lambda: vb.width() > 100)
    (x0, x1), (y0, y1) = vb.viewRange()
    assert (x1 - x0, y1 - y0) != pytest.approx((4.0, 4.0))  # the pane pads one axis
    scene = _bare_scene(window, ExportOptions(view="contour", width=900, height=900, theme="screen"))
    try:
        assert scene.view_range == ((-2.0, 2.0), (-2.0, 2.0))
        scene.render_contour(900, 900)
        copy = scene.contour_copy().view_box
        (cx0, cx1), (cy0, cy1) = copy.viewRange()
        # a square export of a square window: at most the plot area's own shape pads it, never ±4
        assert max(cx1 - cx0, cy1 - cy0) < 4.6
        assert min(cx1 - cx0, cy1 - cy0) == pytest.approx(4.0, abs=1e-9)
    finally:
        scene.close()
