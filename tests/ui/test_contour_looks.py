"""How the contour view reads: colour-bar title, curvature legend, atlas legend, toggles, arrow labels,
the selection ring (in the window and in slide exports)."""

import re

import numpy as np
import pytest
from PySide6.QtGui import QColor, QFontMetricsF

from critexplorer.core.label_layout import boxes_overlap, label_centres
from critexplorer.ui import style
from critexplorer.ui.export.scene import ExportOptions, ExportScene, image_array
from critexplorer.ui.views.contour import ContourView


@pytest.fixture
def view(qtbot, model):
    view = ContourView(model)
    qtbot.addWidget(view)
    view.resize(560, 520)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.mark.parametrize("formula", ["1500*sin(x)*cos(y)", "-20000*(x^2 + y^2)", "x^2 + y^2"])
def test_the_colour_bar_title_clears_its_widest_tick_label(qtbot, view, model, formula):
    model.apply_formula(formula, window=((-3, 3), (-3, 3)))
    axis = view.color_bar.axis
    qtbot.waitUntil(lambda: axis.geometry().height() > 100 and axis.geometry().width() == axis.fixedWidth)
    lo, hi = view.color_bar.levels()
    metrics = QFontMetricsF(axis.style["tickFont"] or axis.font())
    widest = max(
        metrics.horizontalAdvance(text)
        for spacing, values in axis.tickValues(lo, hi, axis.geometry().height())
        for text in axis.tickStrings(values, 1.0, spacing)
    )
    left = axis.parentItem().mapRectToScene(axis.geometry()).left()  # (its bounding rect holds the ticks)
    ticks_end = left + max(0, axis.style["tickLength"]) + axis.style["tickTextOffset"][0]
    margin = axis.label.document().documentMargin()
    title = axis.label.sceneBoundingRect().adjusted(margin, margin, -margin, -margin)
    assert title.left() >= ticks_end + widest  # the title is beside the tick labels, not on them
    assert title.right() <= view.plot_widget.viewport().width()  # and not cut off by the pane's edge


def rgb_array(image) -> np.ndarray:
    """(h, w, 3) RGB from a QImage (image_array gives B, G, R, A)."""
    return image_array(image)[..., 2::-1]


def _swatches(label_text: str) -> list[tuple[int, int, int]]:
    return [tuple(map(int, m)) for m in re.findall(r"rgb\((\d+), (\d+), (\d+)\)", label_text)]


def test_the_curvature_legend_swatch_is_the_colour_of_the_region(qtbot, view, model):
    model.load_preset("lecture")
    model.clear_selection()
    model.set_display(show_curvature=True, show_arrows=False)
    qtbot.waitUntil(lambda: view.curvature_legend.isVisible())
    mixed = _swatches(view.curvature_legend.text())[2]
    assert "mixed signs" in view.curvature_legend.text()
    # what the pane shows around (0.5, -0.5), where H has eigenvalues 3.5 and −2.5 (mixed signs)
    image = rgb_array(view.plot_widget.grab().toImage())
    centre = view.scene_position_of(0.5, -0.5)
    patch = image[centre.y() - 6 : centre.y() + 6, centre.x() - 6 : centre.x() + 6].reshape(-1, 3)
    colours, counts = np.unique(patch, axis=0, return_counts=True)
    assert tuple(int(c) for c in colours[np.argmax(counts)]) == mixed
    assert counts.max() > 0.6 * len(patch)  # the region's own colour, between the contour lines
    convex = _swatches(view.curvature_legend.text())[0]
    assert convex == tuple(style.CURVATURE_RGBA[1][:3])


def test_the_atlas_legend_shows_only_when_there_is_something_to_name(qtbot, view, model):
    model.apply_formula("x + y", window=((-2, 2), (-2, 2)))
    assert not view.legend.isVisible()  # no atlas
    atlas = model.find_critical_points()
    assert atlas is not None and not atlas.points and not atlas.sets
    assert not view.legend.isVisible()  # an atlas with nothing in it
    model.load_preset("lecture")
    model.find_critical_points()
    qtbot.waitUntil(lambda: view.legend.isVisible())
    assert [label.text for _, label in view.legend.items] == ["minimum curve", "saddle (1)"]


def _mean_colour(widget) -> np.ndarray:
    return rgb_array(widget.grab().toImage()).reshape(-1, 3).mean(axis=0)


def test_checked_toggle_buttons_stand_out_from_unchecked_ones(qtbot, window, model):
    toolbar = window.display_toolbar
    on = toolbar.widgetForAction(window.toggle_actions["lock_aspect"])
    off = toolbar.widgetForAction(window.toggle_actions["show_taylor"])
    assert on.isChecked() and not off.isChecked()
    difference = np.abs(_mean_colour(on) - _mean_colour(off)).max()
    # the platform style drew "on" about 10 levels darker; now it is a filled blue button
    assert difference > 60
    checked = QColor(re.search(r":checked \{ background: (#\w+)", style.TOGGLE_BUTTONS_CSS).group(1))
    assert np.abs(_mean_colour(on) - (checked.red(), checked.green(), checked.blue())).max() < 60


def _label_rects(view):
    """Each arrow label's box in scene pixels: its size around its position (anchored at its centre)."""
    rects = []
    for item in view.arrow_items:
        if hasattr(item, "textItem"):
            centre = view.view_box.mapViewToScene(item.pos())
            rects.append(item.boundingRect().translated(centre))
    return rects


def test_arrow_labels_do_not_cover_each_other(qtbot, view, model):
    model.load_preset("lecture")
    qtbot.waitUntil(lambda: view.view_box.width() > 100)
    model.select((0.3, 0.3))  # −g and u₁ both point along (0.71, 0.71)
    rects = _label_rects(view)
    assert len(rects) == 3
    for i in range(3):
        for j in range(i):
            assert not rects[i].intersects(rects[j]), (i, j, rects[i], rects[j])
    view.view_box.scaleBy((0.5, 0.5), center=(0.3, 0.3))  # zoomed in, they are placed again
    qtbot.waitUntil(lambda: view.view_box.viewRange()[0][1] - view.view_box.viewRange()[0][0] < 3)
    rects = _label_rects(view)
    assert not any(rects[i].intersects(rects[j]) for i in range(3) for j in range(i))


def test_label_centres_slide_a_label_off_one_placed_before():
    sizes = [(20, 14), (20, 14)]
    tips = [(100, 100), (96, 104)]
    centres = label_centres(tips, [(1, -1), (1, -1)], sizes)
    assert not boxes_overlap(centres[0], sizes[0], centres[1], sizes[1])
    # a lone label sits just past its tip along its arrow, its box clear of the tip
    (c,) = label_centres([(0, 0)], [(1, 0)], [(20, 14)], gap=4)
    assert c.tolist() == [14.0, 0.0]


def test_the_selection_ring_is_hollow_and_clear_of_the_marker(qtbot, view, model):
    ring = view.selection.opts
    assert ring["brush"].color().alpha() == 0
    inner_radius = (ring["size"] - ring["pen"].widthF()) / 2
    assert inner_radius > style.MARKER_SIZE / 2 + 1.2  # the marker and its outline fit inside


def test_a_selected_saddle_shows_through_the_ring_in_a_slide_export(qtbot, model):
    model.resolution = 96
    model.load_preset("lecture")
    model.find_critical_points()
    model.select((0.0, 0.0))
    model.set_display(show_arrows=False)
    scene = ExportScene(model, ExportOptions(view="contour", width=800, height=600, theme="slide"), False)
    try:
        image = rgb_array(scene.render_contour(800, 600))
        centre = scene.contour_copy().scene_position_of(0.0, 0.0)
        pixel = image[centre.y(), centre.x()].astype(int)
    finally:
        scene.close()
    saddle = QColor(style.class_style("saddle")["color"])
    # the ◆'s own orange at its centre; the old ring's dark fill turned it brown (~(150, 95, 30))
    assert np.abs(pixel - (saddle.red(), saddle.green(), saddle.blue())).max() <= 12
