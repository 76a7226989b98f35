"""The contour map's critical-point legend sits where it covers no marker or trail; in presenter
mode the critical table under a race's Optimizers tab keeps several rows in sight."""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSettings


def _legend_covers(view, points) -> list:
    rect = view.legend.sceneBoundingRect()
    covered = []
    for x, y in points:
        at = view.view_box.mapViewToScene(pg.Point(float(x), float(y)))
        if rect.contains(at):
            covered.append((x, y))
    return covered


def test_the_legend_leaves_the_himmelblau_race_uncovered(qtbot, window, model):
    window.resize(1280, 720)
    model.load_preset("himmelblau")
    model.runs.set_start((-0.3, -0.9))
    model.runs.add_race(["gd", "momentum", "adam", "newton", "saddle-free-newton", "eigen-escape"])
    model.runs.run_to_end()
    model.find_critical_points()
    view = window.contour_view
    qtbot.waitUntil(lambda: view.legend.isVisible() and view.legend.sceneBoundingRect().width() > 0)
    for _ in range(3):
        qtbot.wait(1)
    view._place_legend()
    points = [cp.point for cp in model.atlas.points]
    assert len(points) == 9
    # The top-left corner, where the legend always was, holds the minimum at (−2.81, 3.13) and the
    # saddle-free Newton run's trail.
    assert view.legend_corner != "top-left"
    assert _legend_covers(view, points) == []
    trails = np.concatenate([run.trail.points for run in model.runs.runs])
    assert _legend_covers(view, trails) == []


def test_presenter_mode_keeps_four_rows_of_the_critical_table_under_a_race(qtbot, window, model, tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    model.load_preset("himmelblau")
    model.runs.add_race(["gd", "momentum", "adam", "newton", "saddle-free-newton", "eigen-escape"])
    model.find_critical_points()
    window.side_tabs.setCurrentWidget(window.optimizer_panel)
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.height() == 1080)
    table = window.critical_table.table
    window.presenter.enter(full_screen=False)
    row = table.verticalHeader().defaultSectionSize()
    # Four rows asked; at 1080 px the Optimizers form at twice the text keeps a few pixels of the fourth.
    qtbot.waitUntil(lambda: table.viewport().height() >= 3.8 * row)
    assert table.rowCount() == 9 and table.rowAt(int(3.5 * row)) == 3  # the fourth row is in sight
    assert (
        window.optimizer_panel.table.viewport().height()
        >= 4 * window.optimizer_panel.table.verticalHeader().defaultSectionSize()
    )
    window.presenter.leave()


def test_a_flat_race_in_presenter_mode_labels_its_log_axes_without_overlap(qtbot, window, model, tmp_path):
    """A race from the lecture saddle stays at L = 1: its sub-decade log range labelled 0.4, 0.5 … 0.9
    (and ‖g‖ 4·10⁻¹⁷ … 9·10⁻¹⁷) on top of one another at twice the text size."""
    from PySide6.QtGui import QFontMetricsF

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    model.load_preset("lecture")
    model.runs.set_start((0.0, 0.0))
    model.runs.add_race(["gd", "momentum", "adam", "newton"])
    model.runs.step(20)
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.height() == 1080)
    window.presenter.enter(full_screen=False)
    plots = window.optimizers.plots
    qtbot.waitUntil(lambda: plots.isVisible() and plots.loss_plot.height() > 50)
    for _ in range(3):
        qtbot.wait(1)
    for plot in (plots.loss_plot, plots.gradient_plot):
        axis = plot.getPlotItem().getAxis("left")
        low, high = plot.getPlotItem().vb.viewRange()[1]
        assert high - low <= 1.0  # a decade shown at most
        size = axis.geometry().height()
        positions = sorted(
            {
                round((v - low) / (high - low) * size, 3)
                for _, values in axis.tickValues(low, high, size)
                for v in values
            }
        )
        line = QFontMetricsF(axis.style["tickFont"] or axis.font()).height()
        assert len(positions) >= 2
        assert all(b - a >= line for a, b in zip(positions, positions[1:], strict=False)), (positions, line)
