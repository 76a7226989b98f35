"""The two views: atlas markers, the GL surface actually rendering, layers, masking, log display."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from critexplorer.core.loss import CURVATURE_CONCAVE, CURVATURE_CONVEX, CURVATURE_SADDLE


def image_array(qimage) -> np.ndarray:
    from PySide6.QtGui import QImage

    img = qimage.convertToFormat(QImage.Format.Format_RGBA8888)
    buffer = np.frombuffer(img.constBits(), np.uint8, img.sizeInBytes())
    return buffer.reshape(img.height(), img.bytesPerLine())[:, : img.width() * 4].reshape(
        img.height(), img.width(), 4
    )


def test_atlas_markers_appear_in_both_views_and_the_table(qtbot, window, model):
    model.load_preset("six-hump-camel")
    qtbot.mouseClick(window.critical_table.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.atlas is not None)
    atlas = model.atlas
    kinds = {cp.classification for cp in atlas.points}
    assert {"minimum", "maximum", "saddle"} <= kinds
    contour = window.contour_view
    scatters = [i for i in contour.atlas_items if hasattr(i, "points")]
    assert sum(len(s.points()) for s in scatters) == len(atlas.points)
    symbols = {s.opts["symbol"] for s in scatters}
    assert len(symbols) == len(kinds)  # one distinct shape per type
    assert contour.legend.isVisible() and len(contour.legend.items) == len(kinds)
    assert window.critical_table.table.rowCount() == len(atlas.points) + len(atlas.sets)
    if window.surface_view is not None:
        glyphs = window.surface_view.atlas_labels.texts  # one marker glyph per point, by type
        assert len(glyphs) == len(atlas.points) and len(set(glyphs)) == len(kinds)
        assert window.surface_view.legend.isVisible()
    # a row click selects its point
    row = next(i for i, cp in enumerate(atlas.points) if cp.classification == "saddle")
    rect = window.critical_table.table.visualItemRect(window.critical_table.table.item(row, 1))
    qtbot.mouseClick(window.critical_table.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: model.analysis is not None)
    assert np.allclose(model.analysis.point, atlas.points[row].point)
    assert window.point_panel.badge.text().startswith("Saddle")


def test_critical_curves_are_drawn_as_curves(qtbot, window, model):
    model.load_preset("lecture")
    model.find_critical_points()
    assert model.atlas.sets, "the lecture loss has a valley of minima w1·w2 = 1"
    curves = [i for i in window.contour_view.atlas_items if not hasattr(i, "points")]
    assert curves
    x, y = curves[0].getData()
    finite = np.isfinite(x) & np.isfinite(y)
    assert finite.sum() > 20
    assert np.allclose(x[finite] * y[finite], 1.0, atol=1e-3)


def test_gl_view_renders_a_surface_not_a_blank(qtbot, gl_window, model):
    model.load_preset("himmelblau")
    model.select((3.0, 2.0))
    gl_widget = gl_window.surface_view.gl_widget
    qtbot.waitUntil(gl_widget.isValid)
    pixels = image_array(gl_widget.grabFramebuffer())[..., :3].astype(float)
    assert pixels.shape[0] > 200 and pixels.shape[1] > 200
    assert pixels.std() > 5  # a blank or single-colour frame has ~0
    distinct = np.unique(pixels.reshape(-1, 3)[::7].astype(np.uint8), axis=0)
    assert len(distinct) > 100  # a shaded, colour-mapped surface has many colours


def test_no_gl_message_replaces_3d_pane(qtbot, model):
    from critexplorer.ui.main_window import MainWindow
    from critexplorer.ui.views.gl_support import GLStatus

    window = MainWindow(model, GLStatus(False, "the Qt platform 'offscreen' has no OpenGL."))
    qtbot.addWidget(window)
    window.show()
    model.load_preset("lecture")
    model.select((0.0, 0.0))
    assert window.surface_view is None
    assert "3-D view unavailable" in window.no_gl_message.text()
    assert window.point_panel.badge.text() == "Saddle point"


def test_curvature_map_layer_colours_by_eigenvalue_signs(qtbot, window, model):
    model.load_preset("monkey-saddle")
    model.apply_formula("x^2 - y^2 + 0.3*x^4 + y^4", window=((-2, 2), (-2, 2)))
    model.set_display(show_curvature=True)
    layer = window.contour_view.curvature
    assert layer.isVisible() and window.contour_view.curvature_legend.isVisible()
    classes = model.landscape.curvature
    assert {CURVATURE_CONVEX, CURVATURE_SADDLE} <= set(np.unique(classes))
    rgba = layer.image
    j0, i0 = np.argwhere(classes == CURVATURE_SADDLE)[0]
    j1, i1 = np.argwhere(classes == CURVATURE_CONVEX)[0]
    assert tuple(rgba[j0, i0]) != tuple(rgba[j1, i1])
    assert CURVATURE_CONCAVE not in np.unique(classes)
    model.set_display(show_curvature=False)
    assert not layer.isVisible()


def test_taylor_overlay_draws_in_both_views(qtbot, window, model):
    model.load_preset("himmelblau")
    model.select((0.5, 0.5))
    assert (
        window.contour_view.taylor_contours.getData()[0] is None
        or len(window.contour_view.taylor_contours.getData()[0]) == 0
    )
    model.set_display(show_taylor=True)
    x, y = window.contour_view.taylor_contours.getData()
    assert len(x) > 10
    # the patch is centred on θ and 20 % of the window wide each way
    assert np.nanmax(np.abs(x - 0.5)) <= 0.2 * 12 + 1e-9
    if window.surface_view is not None:
        assert window.surface_view.taylor.visible()
        assert window.surface_view.taylor.vertexes is not None


def test_arrows_follow_minus_gradient_and_eigenvectors(qtbot, window, model):
    model.apply_formula("x^2 + 3*y^2 + x*y", window=((-2, 2), (-2, 2)))
    model.select((1.0, 0.5))
    labels = [i.textItem.toPlainText() for i in window.contour_view.arrow_items if hasattr(i, "textItem")]
    assert labels == ["−g", "u₁", "u₂"]
    model.set_display(show_arrows=False)
    assert window.contour_view.arrow_items == []


def test_non_finite_regions_are_masked_not_a_crash(qtbot, window, model):
    assert model.apply_formula("log(x) + y^2", window=((-1, 1), (-1, 1)))
    values = model.landscape.fields.value
    assert (~np.isfinite(values)).any()
    assert np.isnan(window.contour_view.heat.image[~np.isfinite(values)]).all()
    if window.surface_view is not None:
        faces = window.surface_view.surface.faces
        assert 0 < len(faces) < 2 * 159 * 159  # faces over x ≤ 0 were dropped
        assert np.isfinite(window.surface_view.surface.vertexes).all()
    model.select((-0.5, 0.0))
    assert window.point_panel.reason.text().startswith("L or its derivatives are not finite")


def test_log_display_for_losses_spanning_orders_of_magnitude(qtbot, window, model):
    model.load_preset("goldstein-price")
    model.set_display(contour_log=True, surface_log=True)
    values = model.landscape.fields.value
    expected = np.log1p(values - np.nanmin(values))
    assert np.allclose(window.contour_view.heat.image, expected, equal_nan=True)
    assert window.contour_view.color_bar.getAxis("right").labelText == "log(1 + L − min L)"
    if window.surface_view is not None:
        assert window.surface_view._z_range == pytest.approx((0.0, float(np.nanmax(expected))))
