"""What a parameter-slider move computes: L at once (slider and views repaint in one frame), the
Hessian fields only for the curvature map, no atlas search until the drag ends."""

import numpy as np

from critexplorer.core.loss import CURVATURE_CONVEX, CURVATURE_SADDLE
from critexplorer.core.tolerances import EIGENVALUE_REL_TOL


def _show_parameters(qtbot, window, model):
    bar = window.formula_bar
    bar.params.setText("a=1, b=1")
    bar.editor.setText("a*x^2 + b*y^2")
    assert bar.apply()
    qtbot.waitUntil(lambda: "a" in bar.sliders.sliders)
    return bar.sliders.sliders["a"]


def test_a_slider_move_recomputes_before_any_event_is_processed(qtbot, window, model):
    slider = _show_parameters(qtbot, window, model)
    slider.slider.setValue(100)  # a = −1 + 4·100/1000
    # Before the fix the recompute waited for a zero timer, after the slider's own repaint: two
    # composites of the whole (OpenGL) window per move instead of one.
    assert model.loss.params["a"] == -1.0 + 4.0 * 100 / 1000
    assert model.landscape.value[0, 0] == (-0.6) * (-2.0) ** 2 + (-2.0) ** 2


def test_with_the_curvature_map_off_a_move_traces_no_derivative_field(qtbot, window, model):
    model.set_display(show_curvature=False)
    slider = _show_parameters(qtbot, window, model)
    slider.slider.setValue(100)
    qtbot.waitUntil(lambda: model.loss.params["a"] == -0.6)
    assert "fields" not in vars(model.landscape) and "curvature" not in vars(model.landscape)
    model.set_display(show_curvature=True)  # asked for now, computed now: a saddle everywhere
    classes = model.landscape.curvature
    assert "fields" in vars(model.landscape)
    assert np.all(classes == CURVATURE_SADDLE)
    slider.slider.setValue(900)  # a = 2.6: a bowl, drawn with the map on
    qtbot.waitUntil(lambda: model.loss.params["a"] == 2.6)
    assert np.all(model.landscape.curvature == CURVATURE_CONVEX)
    fields = model.landscape.fields
    assert np.array_equal(model.landscape.value, fields.value)
    biggest = np.nanmax(np.abs([fields.lambda1, fields.lambda2]))
    assert np.isclose(biggest, 2 * 2.6) and EIGENVALUE_REL_TOL * biggest < 2.0  # 2 and 5.2 both > tol


def test_a_drag_searches_for_critical_points_once_it_ends(qtbot, window, model, monkeypatch):
    slider = _show_parameters(qtbot, window, model)
    model.search_critical_points()
    qtbot.waitUntil(lambda: model.atlas is not None)
    searches = []
    real_start = model.atlas_search.start
    monkeypatch.setattr(model.atlas_search, "start", lambda *a: (searches.append(a), real_start(*a)))
    monkeypatch.setattr(slider.slider, "isSliderDown", lambda: True)  # the knob is held
    for step in (300, 320, 340):
        slider.slider.setValue(step)
        qtbot.waitUntil(lambda step=step: model.loss.params["a"] == -1.0 + 4.0 * step / 1000)
    assert searches == [] and model.atlas is None
    monkeypatch.setattr(slider.slider, "isSliderDown", lambda: False)
    window.formula_bar.sliders.finish_drag()  # let go
    assert len(searches) == 1
    qtbot.waitUntil(lambda: model.atlas is not None)
    assert len(model.atlas.points) == 1 and np.allclose(model.atlas.points[0].point, (0, 0), atol=1e-6)


def test_a_move_re_lays_out_no_bar_and_frames_the_3d_camera_once(qtbot, window, model, monkeypatch):
    """A layout request from the value label or the cleared error line climbed through the formula bar
    to the window, which re-laid out and repainted all of it; a second camera fit in the paint (the
    marker redraws changed the framing's cache key) cost ~2 ms a move."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    import critexplorer.ui.views.surface as surface_module

    model.set_display(show_curvature=True)
    slider = _show_parameters(qtbot, window, model)
    slider.slider.setValue(200)
    qtbot.waitUntil(lambda: model.loss.params["a"] == -1.0 + 4.0 * 200 / 1000)
    for _ in range(3):
        qtbot.wait(1)  # the first move's repaints and layouts are done
    bar = window.formula_bar
    watched = {id(w) for w in (bar, bar.sliders, slider)}

    class LayoutRequests(QObject):
        seen = []

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.LayoutRequest and id(obj) in watched:
                LayoutRequests.seen.append(type(obj).__name__)
            return False

    spy = LayoutRequests()
    QApplication.instance().installEventFilter(spy)
    fits = []
    real = surface_module.framing_points
    monkeypatch.setattr(surface_module, "framing_points", lambda *a: (fits.append(1), real(*a))[1])
    for step in (300, 320, 340):
        slider.slider.setValue(step)
        qtbot.waitUntil(lambda step=step: model.loss.params["a"] == -1.0 + 4.0 * step / 1000)
        window.surface_view.gl_widget.repaint()
    for _ in range(3):
        qtbot.wait(1)
    QApplication.instance().removeEventFilter(spy)
    assert LayoutRequests.seen == []
    assert slider.value_label.text() == "= 0.36"
    if window.surface_view.gl_widget.isVisible():
        assert len(fits) == 3
