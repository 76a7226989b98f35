"""Axes read as plain numbers: no SI prefix ("L (x0.001)") anywhere, the same tick digits everywhere."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QImage, QPainter

from critexplorer.core.ticks import tick_label
from critexplorer.ui.export.scene import ExportOptions, ExportScene
from critexplorer.ui.views.run_plots import RunPlots


def shown_axes(widget) -> list[pg.AxisItem]:
    """Every axis drawn in a widget's pyqtgraph views (hidden top/right axes left out)."""
    axes = []
    for view in widget.findChildren(pg.GraphicsView):
        axes += [i for i in view.scene().items() if isinstance(i, pg.AxisItem) and i.isVisible()]
    return axes


def drawn_tick_texts(axis: pg.AxisItem) -> list[str]:
    """The tick labels the axis paints now (what generateDrawSpecs hands to the painter)."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [text for _, _, text in specs[2]] if specs else []


def assert_plain(axis: pg.AxisItem) -> None:
    assert not axis.autoSIPrefix and axis.autoSIPrefixScale == 1.0
    assert "(x" not in axis.labelString(), axis.labelString()


def as_number(text: str) -> float:
    return float(text.replace("−", "-"))


def test_no_axis_in_the_window_shows_an_si_prefix(qtbot, window, model):
    model.apply_formula("sin(x)*cos(y)", window=((-2, 2), (-2, 2)))
    window.side_tabs.setCurrentIndex(1)  # the Optimizers tab, with the run plots
    axes = shown_axes(window)
    assert len(axes) >= 4  # the contour map's two, its colour bar's, the run plots'
    for axis in axes:
        assert_plain(axis)
    bar = window.contour_view.color_bar.axis
    qtbot.waitUntil(lambda: len(drawn_tick_texts(bar)) >= 3)
    # −0.9 … 0.9 as they are, not −900 … 900 "L (x0.001)"
    assert all(abs(as_number(t)) <= 1.0 for t in drawn_tick_texts(bar))
    assert ">L <" in bar.labelString()


def test_race_plots_have_no_si_prefix_and_whole_steps(qtbot, window, model):
    model.load_preset("rosenbrock")
    model.runs.add_race(("gd", "adam", "newton"), start=(-1.5, 1.5))
    run_plots = window.findChild(RunPlots)
    step_axis = run_plots.loss_plot.getPlotItem().getAxis("bottom")
    # step 0 only: the axis reads 0, 2, 4 …, not "step (x0.001)" over −400 … 400
    qtbot.waitUntil(lambda: len(drawn_tick_texts(step_axis)) >= 2)
    assert all(as_number(t) == int(as_number(t)) >= 0 for t in drawn_tick_texts(step_axis))
    model.runs.run_to_end()
    for plot in (run_plots.loss_plot, run_plots.gradient_plot):
        for side in ("left", "bottom"):
            assert_plain(plot.getPlotItem().getAxis(side))
    assert ">L (log) <" in run_plots.loss_plot.getPlotItem().getAxis("left").labelString()


@pytest.mark.parametrize("theme", ["slide", "screen"])
def test_exported_axes_have_no_si_prefix_and_the_same_tick_digits(qtbot, model, theme):
    model.resolution = 64
    model.apply_formula("sin(x)*cos(y)", window=((-2, 2), (-2, 2)))
    scene = ExportScene(model, ExportOptions(view="contour", width=1280, height=720, theme=theme), False)
    try:
        scene.render()
        view = scene.contour_copy()
        axes = shown_axes(view)
        assert len(axes) >= 3
        for axis in axes:
            assert_plain(axis)
        for side in ("left", "bottom"):
            texts = drawn_tick_texts(view.plot_item.getAxis(side))
            assert texts and not any(t.endswith(".0") for t in texts), texts  # "1", never "1.0"
    finally:
        scene.close()


@pytest.mark.parametrize(
    ("value", "spacing", "text"),
    [
        (1.0, 0.5, "1"),
        (-0.25, 0.25, "−0.25"),
        (-1e-17, 0.5, "0"),
        (2.5e6, 5e5, "2.5e6"),
        (3e-5, 1e-5, "3e−5"),
    ],
)
def test_tick_labels_are_plain_numbers(value, spacing, text):
    assert tick_label(value, spacing) == text


def test_a_short_log_axis_labels_only_the_minor_ticks_it_has_room_for():
    """The run plots' log axes: 0.6 0.7 0.8 0.9 were drawn over each other on a 120 px plot."""
    from critexplorer.ui.views.run_plots import DecadeLogAxis, minor_mantissas

    assert minor_mantissas(1.0, 1000) == (1, 2, 3, 4, 5, 6, 7, 8, 9)  # 46 px between 9 and 10
    assert minor_mantissas(0.87, 120) == (1, 2, 5)  # the run plot under a race stuck on the saddle
    assert minor_mantissas(1.0, 30) == (1,)
    axis = DecadeLogAxis("left")
    axis.setLogMode(False, True)
    minor = [values for spacing, values in axis.tickValues(-0.45, 0.42, 120) if spacing is None]
    assert minor and sorted(round(10**v, 6) for v in minor[0]) == [0.5, 1.0, 2.0]
