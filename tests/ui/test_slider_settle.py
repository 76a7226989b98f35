"""While a parameter slider's knob is held down a move redraws the views only; the point panel, the
arrows and the critical points follow when the knob rests or is let go, and are then exact."""

import numpy as np

from critexplorer.core.analysis.explain import format_number, format_vector
from critexplorer.core.loss import CURVATURE_CONVEX, CURVATURE_SADDLE
from critexplorer.ui import style

POINT = (0.5, 0.5)


def _a(step: int) -> float:
    return -1.0 + 4.0 * step / 1000  # the slider's range for a = 1 is [−1, 3] in 1000 steps


def _drag_ready(qtbot, window, model, monkeypatch):
    """a·x² + b·y² at a = b = 1 (a bowl), (0.5, 0.5) selected, the curvature map and F5 on; the settle
    timer is slowed so that a loaded machine cannot fire it between the moves of the test."""
    import critexplorer.ui.panels.parameter_sliders as sliders_module

    bar = window.formula_bar
    bar.params.setText("a=1, b=1")
    bar.editor.setText("a*x^2 + b*y^2")
    assert bar.apply()
    qtbot.waitUntil(lambda: "a" in bar.sliders.sliders)
    model.set_display(show_curvature=True, show_arrows=True)
    model.select(POINT)
    model.find_critical_points()
    slider = bar.sliders.sliders["a"]
    slider.slider.setSliderDown(True)  # pressed, as under the mouse
    bar.sliders._settle_timer.setInterval(10**6)
    assert sliders_module.SETTLE_MS < 1000
    return bar, slider


def _g(a: float) -> str:
    """The panel's g at POINT for this a: ∇L = (2a·x, 2b·y), b = 1."""
    return format_vector(np.array([2 * a * POINT[0], 2 * POINT[1]]), 4)


def _camera(surface) -> tuple[float, ...]:
    """The 3-D camera's centre and distance (what framing sets)."""
    opts = surface.gl_widget.opts
    center = opts["center"]
    return (center.x(), center.y(), center.z(), float(opts["distance"]))


def _descent_tip_x(window) -> float:
    """Where the −g arrow's shaft ends (x), as drawn in the contour view."""
    shadow, line, text = window.contour_view._arrow_pool[0]
    assert text.textItem.toPlainText() == "−g" and line.isVisible()
    xs, _ = line.getData()
    return float(xs[1])


def test_a_held_knob_redraws_the_views_and_leaves_the_panel_until_it_is_let_go(
    qtbot, window, model, monkeypatch
):
    bar, slider = _drag_ready(qtbot, window, model, monkeypatch)
    panel = window.point_panel
    assert panel.values["g"].text() == _g(1.0)
    assert _descent_tip_x(window) < POINT[0]
    bar_levels, bar_width = window.contour_view.color_bar.levels(), window.contour_view.color_bar.axis.width()
    assert np.allclose(bar_levels, (0.0, 8.0), atol=1e-3)  # a·x² + y² at a = 1 on [−2, 2]²: 0 … 8
    surface = window.surface_view  # None without GL here
    if surface is not None:
        start_camera, start_ticks = _camera(surface), surface.tick_labels.texts
    for step in (100, 120, 140):  # a from −0.6 to −0.44: a saddle now
        slider.slider.setValue(step)
        qtbot.waitUntil(lambda step=step: model.loss.params["a"] == _a(step))
    # The views follow every move: L on the grid and the curvature map are the new loss's.
    assert model.landscape.value[0, 0] == _a(140) * 4.0 + 4.0
    # The curvature map on every other node: no Hessian field of the whole grid traced meanwhile.
    drawn = window.contour_view.curvature.image
    assert drawn.shape[:2] == (128, 128) and "fields" not in vars(model.landscape)
    assert np.all(drawn[..., :3] == style.CURVATURE_RGBA[CURVATURE_SADDLE][:3])
    # The panel, the arrows and the atlas wait for the knob.
    assert model.analysis_is_stale and panel.values["g"].text() == _g(1.0)
    assert model.atlas is None
    live_lines = len(window.contour_view.contours.xData)  # traced on every other node meanwhile
    # The scale holds still while the knob is held: the colour bar keeps the drag's start levels and
    # width (L is now −1.76 … 4, the heat map clipped to 0 … 8), the 3-D box its camera and ticks.
    assert window.contour_view.color_bar.levels() == bar_levels
    assert window.contour_view.color_bar.axis.width() == bar_width
    assert np.allclose(window.contour_view.heat.getLevels(), bar_levels)
    if surface is not None:  # the 3-D mesh coarser while the knob is held: 256 / 3 nodes, not 256 / 2
        assert model.landscape.live and surface._mesh_z.shape == (86, 86)
        surface.gl_widget.repaint()  # a paint frames the camera if anything asks for it
        assert _camera(surface) == start_camera and surface.tick_labels.texts == start_ticks
        assert surface._mesh_z.min() >= 0.0  # the surface cut at the box's floor

    slider.slider.setSliderDown(False)  # let go: sliderReleased
    a = _a(140)
    assert not model.analysis_is_stale
    assert np.allclose(model.analysis.point, POINT)
    assert np.allclose(model.analysis.gradient, [2 * a * 0.5, 1.0])
    assert np.allclose(model.analysis.hessian, [[2 * a, 0.0], [0.0, 2.0]])
    assert panel.values["g"].text() == _g(a) != _g(1.0)
    negative = f"<span style='color:{style.NEGATIVE_CURVATURE}'>{format_number(2 * a, 5)}</span>"
    assert panel.values["λ₁, u₁"].text().startswith(negative)
    # −g = (0.44, −1): the descent arrow now points right of the point.
    assert _descent_tip_x(window) > POINT[0]
    qtbot.waitUntil(lambda: model.atlas is not None)
    assert [cp.classification for cp in model.atlas.points] == ["saddle"]
    assert np.allclose(model.atlas.points[0].point, (0.0, 0.0), atol=1e-6)
    assert np.all(model.landscape.curvature == CURVATURE_SADDLE)
    drawn = window.contour_view.curvature.image
    assert drawn.shape[:2] == (256, 256)
    assert tuple(drawn[10, 10]) == tuple(style.CURVATURE_RGBA[CURVATURE_SADDLE])
    assert not model.landscape.live
    assert len(window.contour_view.contours.xData) > 1.5 * live_lines  # the full lines again
    if surface is not None:
        assert surface._mesh_z.shape == (128, 128)
        assert np.isclose(surface._mesh_z.max(), 5.0)  # the full mesh spans the box's height again
        assert np.isclose(surface._mesh_z.min(), 0.0)  # ... from L's new minimum, −0.44·4
        # The box, its ticks and the camera fitted again: framing now changes nothing.
        assert surface.tick_labels.texts != start_ticks
        surface.gl_widget.repaint()
        refitted = _camera(surface)
        assert refitted != start_camera
        surface._framed_for = None
        surface.frame()
        assert np.allclose(_camera(surface), refitted)
    # The colour bar fitted again to L's range, −1.76 … 4.
    assert np.allclose(window.contour_view.color_bar.levels(), (4 * a, 4.0), atol=1e-3)
    assert np.allclose(window.contour_view.heat.getLevels(), (4 * a, 4.0), atol=1e-3)
    assert model.history.can_undo  # the drag is one undo step
    assert model.undo() and model.loss.params["a"] == 1.0


def test_a_knob_that_rests_brings_the_panel_up_to_date_before_it_is_let_go(qtbot, window, model, monkeypatch):
    bar, slider = _drag_ready(qtbot, window, model, monkeypatch)
    slider.slider.setValue(900)  # a = 2.6: still a bowl
    qtbot.waitUntil(lambda: model.loss.params["a"] == _a(900))
    assert window.point_panel.values["g"].text() == _g(1.0)
    bar.sliders._settle_timer.setInterval(0)  # the knob rests
    bar.sliders._settle_timer.start()
    qtbot.waitUntil(lambda: not model.analysis_is_stale)
    assert window.point_panel.values["g"].text() == _g(2.6)
    assert np.all(model.landscape.curvature == CURVATURE_CONVEX)
    assert slider.slider.isSliderDown() and model.atlas is None  # the search waits for the release
    slider.slider.setSliderDown(False)
    qtbot.waitUntil(lambda: model.atlas is not None)
    assert [cp.classification for cp in model.atlas.points] == ["minimum"]


def test_a_keyboard_step_updates_everything_at_once(qtbot, window, model, monkeypatch):
    bar, slider = _drag_ready(qtbot, window, model, monkeypatch)
    slider.slider.setSliderDown(False)
    qtbot.waitUntil(lambda: model.atlas is not None)
    slider.slider.setValue(100)  # no knob held: a keyboard step
    assert not model.analysis_is_stale
    assert window.point_panel.values["g"].text() == _g(-0.6)
