"""Selecting points: clicks in the contour view and on the 3-D surface, hover, arrow keys, panels."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from critexplorer.core.analysis.classify import analyze_point
from critexplorer.core.analysis.explain import classification_reason, format_number, format_vector


def click_contour(qtbot, window, x, y, button=Qt.MouseButton.LeftButton):
    view = window.contour_view
    pos = view.scene_position_of(x, y)
    qtbot.mouseClick(view.plot_widget.viewport(), button, pos=pos)


def pixel_size(window):
    vb = window.contour_view.view_box
    (x0, x1), (y0, y1) = vb.viewRange()
    return max((x1 - x0) / vb.width(), (y1 - y0) / vb.height())


def test_click_fills_panels_with_the_core_numbers(qtbot, window, model):
    model.apply_formula("x^3 - 3*x*y^2 + 0.5*y^2", window=((-1.5, 1.5), (-1.5, 1.5)))
    click_contour(qtbot, window, 0.6, -0.4)
    qtbot.waitUntil(lambda: model.analysis is not None)
    a = model.analysis
    assert np.allclose(a.point, (0.6, -0.4), atol=2 * pixel_size(window))
    core = analyze_point(model.loss, a.point, model.landscape.scale)
    assert a.value == core.value
    assert np.array_equal(a.gradient, core.gradient)
    assert np.array_equal(a.hessian, core.hessian)
    assert np.array_equal(a.eigenvalues, core.eigenvalues)
    assert a.classification == core.classification == "not_critical"
    panel = window.point_panel
    assert panel.values["L(θ)"].text() == format_number(core.value, 6)
    assert panel.values["g"].text() == format_vector(core.gradient, 4)
    assert panel.values["‖g‖"].text() == format_number(core.gradient_norm, 4)
    assert format_number(core.eigenvalues[0], 5) in panel.values["λ₁, u₁"].text()
    assert format_number(core.hessian[0, 1], 5) in panel.values["H"].text()
    assert panel.badge.text() == "Not critical"
    assert panel.reason.text() == classification_reason(core)
    # the marker sits on the selected point
    xs, ys = window.contour_view.selection.getData()
    assert (xs[0], ys[0]) == tuple(a.point)


def test_lecture_saddle_reason_reads_like_the_lecture(qtbot, window, model):
    model.load_preset("lecture")
    model.select((0.0, 0.0))
    panel = window.point_panel
    assert panel.badge.text() == "Saddle point"
    reason = panel.reason.text()
    assert "λ₁ = −2 < 0 < λ₂ = 2, so this is a saddle" in reason
    assert "u₁ = (0.71, 0.71) lowers L by about ½·2·t²" in reason
    assert panel.escape_button.isEnabled()


def test_drag_selects_continuously(qtbot, window, model):
    model.load_preset("bowl")
    view = window.contour_view
    start = view.scene_position_of(-1.0, 0.0)
    end = view.scene_position_of(1.0, 0.5)
    viewport = view.plot_widget.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for t in np.linspace(0, 1, 6)[1:]:
        p = start + (end - start) * t
        qtbot.mouseMove(viewport, pos=p)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    qtbot.waitUntil(lambda: model.analysis is not None and model.analysis.point[0] > 0.5)
    assert np.allclose(model.analysis.point, (1.0, 0.5), atol=0.1)


def test_hover_shows_coordinates_and_loss_in_status_bar(qtbot, window, model, settled):
    model.apply_formula("x^2 + 2*y^2", window=((-2, 2), (-2, 2)))
    view = window.contour_view
    settled(view)
    pos = view.scene_position_of(1.0, 1.0)
    qtbot.mouseMove(view.plot_widget.viewport(), pos=pos)
    qtbot.waitUntil(lambda: "L =" in window.hover_label.text())
    text = window.hover_label.text()
    assert text.startswith("x = ") and ", y = " in text
    x = float(text.split("x = ")[1].split(",")[0].replace("−", "-"))
    y = float(text.split("y = ")[1].split(",")[0].replace("−", "-"))
    value = float(text.split("L = ")[1].replace("−", "-"))
    assert abs(x - 1.0) < 0.05 and abs(y - 1.0) < 0.05

    # x and y are shown to 4 significant digits, so L(x, y) from the shown digits may differ from the
    # shown L by up to |∂L/∂x|·δx + |∂L/∂y|·δy, with δ half a unit in the last shown digit.
    def half_ulp(v):
        return 0.5 * 10.0 ** (np.floor(np.log10(abs(v))) - 3)

    rounding = 2 * abs(x) * half_ulp(x) + 4 * abs(y) * half_ulp(y)
    assert value == pytest.approx(x**2 + 2 * y**2, abs=rounding + 1e-5 * value)


def test_arrow_keys_nudge_the_selection(qtbot, window, model):
    model.load_preset("bowl")  # window [-2, 2]²: one nudge is 1 % = 0.04
    model.select((0.0, 0.0))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    plot = window.contour_view.plot_widget
    plot.setFocus()
    qtbot.waitUntil(plot.hasFocus)
    qtbot.keyClick(plot, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: model.analysis.point[0] > 0)
    assert np.allclose(model.analysis.point, (0.04, 0.0))
    qtbot.keyClick(plot, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: model.analysis.point[1] > 0)
    assert np.allclose(model.analysis.point, (0.04, 0.4))


def test_click_on_surface_picks_along_the_ray(qtbot, gl_window, model):
    model.apply_formula("0.3*x + 0.2*y", window=((-2, 2), (-2, 2)))  # a plane: nothing occludes
    surface = gl_window.surface_view
    qtbot.waitUntil(lambda: surface.gl_widget.isValid())
    target = (0.8, -0.6)
    pos = surface.widget_position_of(*target)
    qtbot.mouseClick(surface.gl_widget, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    qtbot.waitUntil(lambda: model.analysis is not None)
    # one pixel on the surface spans about 4 / 400 of the window; allow a few
    assert np.allclose(model.analysis.point, target, atol=0.06)


def test_escape_moves_along_negative_eigenvector_and_shows_the_drop(qtbot, window, model):
    model.load_preset("lecture")
    model.select((0.0, 0.0))
    qtbot.mouseClick(window.point_panel.escape_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.escape is not None)
    step = model.escape
    assert np.allclose(np.abs(step.direction), [2**-0.5, 2**-0.5])
    assert step.direction[0] * step.direction[1] > 0  # along (1, 1)/√2, not (1, −1)/√2
    assert np.allclose(model.analysis.point, step.start + step.step * step.direction)
    t = step.step
    assert step.end_value == pytest.approx((1 - t**2 / 2) ** 2)  # L along (1,1)/√2 from (0, 0)
    assert step.end_value < step.start_value == 1.0
    assert step.predicted_change == pytest.approx(-(t**2))  # ½·λ·t² with λ = −2
    assert window.point_panel.escape_result.isVisible()
    assert "ΔL = −" in window.point_panel.escape_result.text()
    assert "escape" in model.overlays
    # any other selection clears the escape
    model.select((1.0, 1.0))
    assert model.escape is None and "escape" not in model.overlays


def test_a_point_just_left_of_the_saddle_keeps_its_minus_sign(qtbot, window, model):
    """θ = (−0.008296, 0.0075): the panel once showed (0.0083, 0.0075) and Copy text 0.008296."""
    model.load_preset("lecture")
    model.select((-0.008296, 0.0075))
    panel = window.point_panel
    assert panel.values["θ"].text() == "(w1, w2) = (−0.0083, 0.0075)"
    gx, gy = model.analysis.gradient
    assert gx < 0 < gy and panel.values["g"].text() == format_vector((gx, gy), 4)
    assert panel.values["g"].text().startswith("(−0.0")
    copied = panel.copy_text()
    assert "θ = (w1, w2) = (−0.008296, 0.007500)" in copied
    qtbot.waitUntil(lambda: "(−0.008296, 0.007500)" in QGuiApplication.clipboard().text())


def test_a_new_formula_clears_the_hover_read_out_and_a_preset_drops_a_selection_outside_its_window(
    qtbot, window, model, settled
):
    model.load_preset("himmelblau")
    view = window.contour_view
    settled(view)
    qtbot.mouseMove(view.plot_widget.viewport(), pos=view.scene_position_of(1.0, 1.0))
    qtbot.waitUntil(lambda: "L =" in window.hover_label.text())
    assert window.hover_label.text().startswith("x = ")
    model.select((4.5, 4.5))
    model.load_preset("lecture")  # vars w1, w2 and the window [−2, 2]²
    assert window.hover_label.text() == ""  # not "x = …, L = …" of Himmelblau
    assert model.analysis is None
    model.select((0.5, 0.5))
    model.load_preset("himmelblau")  # (0.5, 0.5) is inside [−5, 5]²: kept
    assert model.analysis is not None and model.analysis.point.tolist() == [0.5, 0.5]
