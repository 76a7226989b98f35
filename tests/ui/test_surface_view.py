"""The 3-D view: the surface framed to fill its pane, the camera kept once the user moves it and reset
by Ctrl+0, markers hidden behind hills, clicks snapping to critical points, presenter-sized legend."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFontInfo, QMouseEvent
from PySide6.QtWidgets import QApplication

from critexplorer.ui import style


def image_array(qimage) -> np.ndarray:
    from PySide6.QtGui import QImage

    img = qimage.convertToFormat(QImage.Format.Format_RGBA8888)
    buffer = np.frombuffer(img.constBits(), np.uint8, img.sizeInBytes())
    return buffer.reshape(img.height(), img.bytesPerLine())[:, : img.width() * 4].reshape(
        img.height(), img.width(), 4
    )


HILL = "4*exp(-3*(x^2 + y^2))"  # one narrow hill in the middle of [-2, 2]², flat around it


@pytest.fixture
def surface_view(qtbot, model, gl_status):
    from critexplorer.ui.views.surface import SurfaceView

    view = SurfaceView(model)
    qtbot.addWidget(view)
    return view


def _show(qtbot, view, width, height):
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(view.gl_widget.isValid)
    qtbot.waitUntil(lambda: view.gl_widget.size().width() == width)


def _drawn_extent(gl_widget) -> tuple[float, float]:
    """The fraction of the pane's width and height that holds anything but background."""
    pixels = image_array(gl_widget.grabFramebuffer())[..., :3].astype(int)
    bg = pg.mkColor(style.VIEW_BACKGROUND)
    differs = np.abs(pixels - [bg.red(), bg.green(), bg.blue()]).sum(axis=2) > 60
    rows, cols = np.nonzero(differs)
    h, w = differs.shape
    return (np.ptp(cols) + 1) / w, (np.ptp(rows) + 1) / h


@pytest.mark.parametrize("size", [(420, 700), (600, 600), (900, 420), (1200, 380)])
@pytest.mark.parametrize("preset", ["lecture", "himmelblau"])
def test_the_surface_fills_its_pane(qtbot, model, surface_view, size, preset):
    model.load_preset(preset)
    _show(qtbot, surface_view, *size)
    wide, tall = _drawn_extent(surface_view.gl_widget)
    assert max(wide, tall) >= 0.9  # the limiting direction filled (the labels within the pane)
    assert wide <= 1.0 and tall <= 1.0


def test_framing_follows_the_z_scale_and_the_pane_until_the_user_orbits(qtbot, model, surface_view):
    model.load_preset("lecture")
    _show(qtbot, surface_view, 800, 400)
    gl_widget = surface_view.gl_widget
    model.set_display(z_scale=0.3)
    qtbot.waitUntil(lambda: max(_drawn_extent(gl_widget)) >= 0.85)
    surface_view.resize(400, 700)
    qtbot.waitUntil(lambda: gl_widget.width() == 400)
    assert max(_drawn_extent(gl_widget)) >= 0.85
    # A drag orbits the camera; from then on nothing moves it but the user.
    centre = QPointF(200, 350)
    for kind, at, buttons in (
        (QMouseEvent.Type.MouseButtonPress, centre, Qt.MouseButton.LeftButton),
        (QMouseEvent.Type.MouseMove, centre + QPointF(60, 10), Qt.MouseButton.LeftButton),
        (QMouseEvent.Type.MouseButtonRelease, centre + QPointF(60, 10), Qt.MouseButton.NoButton),
    ):
        event = QMouseEvent(
            kind,
            at,
            gl_widget.mapToGlobal(at),
            Qt.MouseButton.LeftButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(gl_widget, event)
    assert not surface_view.camera_follows
    kept = (gl_widget.opts["azimuth"], gl_widget.opts["distance"], tuple(gl_widget.opts["center"]))
    assert kept[0] != pytest.approx(-62.0)
    model.set_display(z_scale=2.0)
    surface_view.resize(700, 500)
    qtbot.waitUntil(lambda: gl_widget.width() == 700)
    gl_widget.grabFramebuffer()
    assert (gl_widget.opts["azimuth"], gl_widget.opts["distance"], tuple(gl_widget.opts["center"])) == kept
    surface_view.reset_camera()
    assert surface_view.camera_follows
    assert (gl_widget.opts["elevation"], gl_widget.opts["azimuth"]) == (28.0, -62.0)
    assert max(_drawn_extent(gl_widget)) >= 0.85


def _white_pixels_near(view, x, y, radius=6) -> int:
    at = view.widget_position_of(x, y)
    pixels = image_array(view.gl_widget.grabFramebuffer())[..., :3].astype(int)
    px, py = round(at.x()), round(at.y())
    patch = pixels[py - radius : py + radius + 1, px - radius : px + radius + 1]
    return int((patch.min(axis=2) > 225).sum())


def test_a_marker_behind_a_hill_is_hidden_and_one_in_front_is_not(qtbot, model, surface_view):
    model.apply_formula(HILL)
    model.set_window((-2.0, 2.0), (-2.0, 2.0))
    _show(qtbot, surface_view, 600, 600)
    # The camera looks from azimuth −62°: (0.47, −0.88) points from the hill towards it.
    behind, in_front = (-0.56, 1.06), (0.56, -1.06)
    model.select(behind)
    assert _white_pixels_near(surface_view, *behind) == 0
    assert surface_view.marker.occluded
    model.select(in_front)
    assert _white_pixels_near(surface_view, *in_front) > 20  # the 14 px white disc
    assert not surface_view.marker.occluded
    # From above (elevation 89°) nothing is behind the hill.
    surface_view.gl_widget.setCameraPosition(elevation=89)
    model.select(behind)
    assert _white_pixels_near(surface_view, *behind) > 20


def test_a_run_marker_behind_a_hill_is_left_out_and_one_in_front_is_drawn(qtbot, model, surface_view):
    """The runs' markers were drawn on top of everything (no depth test), also behind the hill."""
    from critexplorer.core.runs import RunSpec
    from critexplorer.ui.runs_model import RunsModel
    from critexplorer.ui.views.trails import SurfaceTrails

    model.apply_formula(HILL)
    model.set_window((-2.0, 2.0), (-2.0, 2.0))
    runs = RunsModel(model)
    trails = SurfaceTrails(runs, surface_view)
    _show(qtbot, surface_view, 600, 600)
    behind, in_front = (-0.56, 1.06), (0.56, -1.06)
    for start in (behind, in_front):
        runs.add_run(RunSpec("gd", start, color="#ffffff"))
    qtbot.waitUntil(lambda: len(trails.markers.positions) == 2)
    assert _white_pixels_near(surface_view, *behind) == 0
    assert _white_pixels_near(surface_view, *in_front) > 20  # the 11 px white disc
    assert trails.markers.hidden_mask().tolist() == [True, False]
    surface_view.gl_widget.setCameraPosition(elevation=89)  # from above nothing is behind the hill
    assert _white_pixels_near(surface_view, *behind) > 20
    assert trails.markers.hidden_mask().tolist() == [False, False]


def test_critical_markers_behind_a_hill_are_left_out(qtbot, model, surface_view):
    # A hill with a small dip behind it (as the camera sees it): the dip's minimum is hidden.
    model.apply_formula("4*exp(-3*(x^2 + y^2)) - 0.5*exp(-4*((x + 0.6)^2 + (y - 1.15)^2))")
    model.set_window((-2.0, 2.0), (-2.0, 2.0))
    _show(qtbot, surface_view, 600, 600)
    atlas = model.find_critical_points()
    surface_view.gl_widget.grabFramebuffer()
    labels = surface_view.atlas_labels
    hidden = dict(zip((cp.classification for cp in atlas.points), labels.hidden_mask(), strict=True))
    assert hidden["maximum"] is np.False_  # the hilltop
    assert hidden["minimum"] is np.True_  # the dip behind it
    assert len(labels.shown_texts) == len(atlas.points) - int(labels.hidden_mask().sum())


def test_a_click_near_the_saddle_marker_selects_exactly_the_saddle(qtbot, gl_window, model):
    model.load_preset("lecture")
    model.find_critical_points()
    view = gl_window.surface_view
    qtbot.waitUntil(view.gl_widget.isValid)
    view.gl_widget.grabFramebuffer()  # a frame with the current camera
    at = view.widget_position_of(0.0, 0.0)
    click = QPoint(round(at.x()) + 4, round(at.y()) - 3)  # a few pixels off the ◆
    qtbot.mouseClick(view.gl_widget, Qt.MouseButton.LeftButton, pos=click)
    qtbot.waitUntil(lambda: model.analysis is not None)
    assert tuple(model.analysis.point) == (0.0, 0.0)
    assert model.analysis.classification == "saddle"
    assert gl_window.point_panel.badge.text().startswith("Saddle")
    assert gl_window.statusBar().currentMessage() == "Snapped to the saddle point at w1 = 0, w2 = 0"
    # Farther off, the click picks the surface under the mouse, as before.
    model.clear_selection()
    qtbot.mouseClick(view.gl_widget, Qt.MouseButton.LeftButton, pos=QPoint(round(at.x()) + 40, round(at.y())))
    qtbot.waitUntil(lambda: model.analysis is not None)
    assert tuple(model.analysis.point) != (0.0, 0.0)


def test_ctrl_0_resets_the_camera_and_the_window_but_not_in_presenter_mode(qtbot, gl_window, model):
    model.load_preset("lecture")
    view = gl_window.surface_view
    gl_widget = view.gl_widget
    gl_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is gl_window)
    gl_widget.setCameraPosition(elevation=70, azimuth=15, distance=40)
    view.keep_camera()
    model.set_window((-1.0, 1.0), (-1.0, 1.0))
    qtbot.keyClick(gl_window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert (gl_widget.opts["elevation"], gl_widget.opts["azimuth"]) == (28.0, -62.0)
    assert view.camera_follows and gl_widget.opts["distance"] < 40
    assert tuple(model.landscape.xlim) == (-2.0, 2.0)
    # In presenter mode Ctrl+0 is the text size's; the View menu still resets the view.
    gl_window.presenter.enter(full_screen=False)
    gl_widget.setCameraPosition(elevation=70, azimuth=15)
    view.keep_camera()
    qtbot.keyClick(gl_window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert gl_widget.opts["azimuth"] == 15 and not view.camera_follows
    assert gl_window.presenter.text_scale == 1.0
    assert gl_window.reset_view_action in gl_window.view_menu.actions()
    gl_window.reset_view_action.trigger()
    assert gl_widget.opts["azimuth"] == -62.0 and view.camera_follows
    gl_window.presenter.leave()


def test_the_3d_legend_and_labels_grow_in_presenter_mode(qtbot, gl_window, model):
    model.load_preset("lecture")
    model.find_critical_points()
    view = gl_window.surface_view
    legend_pt = QFontInfo(view.legend.font()).pointSizeF()
    legend_height = view.legend.height()
    tick_pt = view.tick_labels.labels[0].font.pointSizeF()
    gl_window.presenter.enter(full_screen=False)
    factor = gl_window.presenter.factor
    assert factor >= 2.0
    qtbot.waitUntil(lambda: view.tick_labels.labels[0].font.pointSizeF() == pytest.approx(tick_pt * factor))
    assert QFontInfo(view.legend.font()).pointSizeF() == pytest.approx(legend_pt * factor, rel=0.05)
    assert view.legend.height() >= 1.8 * legend_height
    gl_window.presenter.leave()
    assert QFontInfo(view.legend.font()).pointSizeF() == pytest.approx(legend_pt, rel=0.05)


@pytest.mark.parametrize("size", [(1920, 1080), (800, 800), (600, 900)])
def test_a_surface_export_is_framed_for_its_own_size(qtbot, model, gl_status, size):
    from critexplorer.ui.export.scene import ExportOptions, ExportScene

    model.load_preset("lecture")
    scene = ExportScene(
        model, ExportOptions(view="surface", width=size[0], height=size[1], theme="screen"), True
    )
    try:
        image = image_array(scene.render())[..., :3].astype(int)
    finally:
        scene.close()
    bg = pg.mkColor(style.VIEW_BACKGROUND)
    rows, cols = np.nonzero(np.abs(image - [bg.red(), bg.green(), bg.blue()]).sum(axis=2) > 60)
    wide, tall = (np.ptp(cols) + 1) / size[0], (np.ptp(rows) + 1) / size[1]
    assert max(wide, tall) >= 0.93  # was 0.82-0.85: the old fixed distance left a band empty


def test_a_camera_the_user_set_goes_to_exports_and_sessions_a_framed_one_does_not(qtbot, gl_window, model):
    from critexplorer.ui.export.dialog import _bare_scene
    from critexplorer.ui.export.scene import ExportOptions
    from critexplorer.ui.sessions.session_state import capture_camera, capture_session, restore_session

    model.load_preset("lecture")
    view = gl_window.surface_view
    options = ExportOptions(view="surface", width=640, height=480)
    assert capture_camera(gl_window) is None  # framed: framed again wherever it is opened
    assert _bare_scene(gl_window, options).camera is None
    view.gl_widget.setCameraPosition(elevation=50, azimuth=10, distance=33)
    view.keep_camera()
    camera = capture_camera(gl_window)
    assert (camera.elevation, camera.azimuth, camera.distance) == (50, 10, 33)
    scene = _bare_scene(gl_window, options)
    try:
        assert scene.camera["distance"] == 33
        scene.render()
        copy = scene.surface_copy().gl_widget.opts
        assert (copy["elevation"], copy["azimuth"], copy["distance"]) == (50, 10, 33)
    finally:
        scene.close()
    # A session saved with the framed camera frames it again when opened.
    view.reset_camera()
    session = capture_session(model, gl_window)
    view.gl_widget.setCameraPosition(elevation=50, azimuth=10)
    view.keep_camera()
    restore_session(session, model, gl_window)
    assert view.camera_follows and view.gl_widget.opts["azimuth"] == -62.0
