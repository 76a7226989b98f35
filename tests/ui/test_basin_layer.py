"""The Basins tab: a map computed off the GUI thread (coarse first), drawn on the contour view with a
legend of fractions, cancellable, cleared by a new formula, and a click on a cell adds its run."""

import threading

import numpy as np
import pytest

from critexplorer.core.basins import basin_map as basin_module
from critexplorer.core.basins.colors import label_rgb
from critexplorer.ui import basin_job


@pytest.fixture(autouse=True)
def no_job_outlives_its_test():
    yield
    basin_job.stop_all_basin_jobs()


def choose(window, optimizer: str, grid: int, steps: int):
    panel = window.basin_panel
    combo = window.optimizer_panel.optimizer_combo
    combo.setCurrentIndex(combo.findData(optimizer))
    panel.grid.setValue(grid)
    panel.steps.setValue(steps)
    return panel


def test_newton_on_himmelblau_maps_coarse_then_fine_and_draws_the_layer_with_a_legend(qtbot, window, model):
    model.load_preset("himmelblau")
    panel = choose(window, "newton", 64, 100)
    grids = []
    panel.job.mapped.connect(lambda m, final: grids.append((m.grid, final)))
    panel.map_button.click()
    qtbot.waitUntil(lambda: bool(grids) and grids[-1][1], timeout=30000)
    assert grids == [(16, False), (64, True)]  # coarse first, then the full grid
    layer = panel.layer
    basin_map = layer.basin_map
    assert basin_map.grid == 64 and basin_map.spec.optimizer == "newton"
    assert basin_map.fractions["saddle"] > 0.2 and basin_map.fractions["maximum"] > 0.02
    # The image is the map's colours, row 0 (the lowest y) at the bottom of the window.
    kinds = [a.classification for a in basin_map.attractors]
    assert np.array_equal(layer.image.image, label_rgb(basin_map.labels, kinds))
    rect = layer.image.mapRectToParent(layer.image.boundingRect())
    assert (rect.left(), rect.top(), rect.width(), rect.height()) == pytest.approx((-6, -6, 12, 12))
    assert layer.image.isVisible()
    texts = [text for _, text in layer.legend_rows]
    maximum = next(text for text in texts if text.startswith("maximum (−0.271, −0.923): "))
    assert maximum == f"maximum (−0.271, −0.923): {100 * basin_map.fractions['maximum']:.1f}\u00a0%"
    assert "maximum (−0.271, −0.923)" in panel.legend.text()
    assert "newton on 64² starts: minimum " in panel.summary.text()
    panel.show_box.setChecked(False)
    assert not layer.image.isVisible()


def test_a_click_on_a_cell_adds_the_maps_run_from_the_cell_centre(qtbot, window, model):
    model.load_preset("himmelblau")
    panel = choose(window, "saddle-free-newton", 16, 50)
    done = []
    panel.job.mapped.connect(lambda m, final: done.append(m) if final else None)
    panel.map_button.click()
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    before = len(model.runs.runs)
    window.contour_view.view_box.pointPicked.emit(2.9, 2.1, False, True)  # the cell holding (3, 2)
    assert len(model.runs.runs) == before + 1
    run = model.runs.runs[-1]
    start, seed = done[0].cell_start(*panel.layer.cell_at(2.9, 2.1))
    assert run.spec.start == start and run.spec.seed == seed and run.spec.optimizer == "saddle-free-newton"
    assert start == pytest.approx((2.625, 1.875))  # the centre of that 0.75-wide cell (column 11, row 10)
    window.contour_view.view_box.pointPicked.emit(2.9, 2.1, True, True)  # Ctrl+click sets the start instead
    assert len(model.runs.runs) == before + 1


def test_cancel_stops_the_map_and_a_new_formula_clears_the_layer(qtbot, window, model, monkeypatch):
    model.load_preset("himmelblau")
    released = threading.Event()
    real = basin_module.compute_basin_map

    def held(*args, cancelled, **kw):
        def check():
            while not (released.is_set() or cancelled()):
                released.wait(0.01)
            return cancelled()

        return real(*args, cancelled=check, **kw)

    monkeypatch.setattr("critexplorer.ui.basin_job.compute_basin_map", held)
    panel = choose(window, "gd", 32, 50)
    mapped = []
    panel.job.mapped.connect(lambda m, final: mapped.append(m))
    panel.map_button.click()
    qtbot.waitUntil(lambda: panel.progress.isVisibleTo(panel))
    assert panel.job.running and panel.cancel_button.isVisibleTo(panel)
    panel.cancel_button.click()
    assert not panel.job.running and not panel.progress.isVisibleTo(panel)
    released.set()
    qtbot.waitUntil(lambda: not basin_job._LIVE, timeout=30000)  # the cancelled thread has ended
    assert mapped == []  # and nothing it mapped arrived
    panel.map_button.click()
    qtbot.waitUntil(lambda: len(mapped) == 2, timeout=30000)
    assert panel.layer.image.isVisible()
    model.apply_formula("x^2 - y^2")
    assert panel.layer.basin_map is None and not panel.layer.image.isVisible()


def test_compare_maps_newton_beside_saddle_free_newton_with_the_same_colours(qtbot, window, model):
    model.load_preset("himmelblau")
    panel = choose(window, "newton", 32, 100)
    panel.compare.setCurrentIndex(panel.compare.findData("saddle-free-newton"))
    finals = []
    panel.job.mapped.connect(lambda m, final: finals.append(m) if final else None)
    panel.map_button.click()
    qtbot.waitUntil(lambda: bool(finals), timeout=60000)
    first, second = panel.layer.basin_map, panel.compare_view.basin_map
    assert first.spec.optimizer == "newton" and second.spec.optimizer == "saddle-free-newton"
    assert second.grid == first.grid == 32
    # The compare pane stands beside the contour view, in place of the 3-D pane.
    views = window.views
    assert views.indexOf(panel.compare_view) == 2 and panel.compare_view.isVisible()
    assert not views.widget(0).isVisible() and window.contour_view.isVisible()
    # Same atlas, same ids, same colours: a cell both maps send to one attractor looks the same in both.
    assert [a.to_dict() for a in first.attractors] == [a.to_dict() for a in second.attractors]
    both = np.argwhere((first.labels == second.labels) & (first.labels >= 0))
    assert len(both) > 100
    for row, column in both[:: max(1, len(both) // 50)]:
        shown = panel.compare_view.image.image[row, column]
        assert np.array_equal(panel.layer.image.image[row, column], shown)
    fractions = second.fractions
    assert fractions["saddle"] == 0.0 and fractions["maximum"] == 0.0 and fractions["minimum"] > 0.99
    assert first.fractions["saddle"] > 0.2
    kinds = [a.classification for a in second.attractors]
    assert np.array_equal(panel.compare_view.image.image, label_rgb(second.labels, kinds))
    assert "saddle-free-newton on 32² starts" in panel.compare_view.title.text()
    # Comparing with nothing gives the 3-D pane back.
    panel.compare.setCurrentIndex(panel.compare.findData(None))
    assert views.indexOf(panel.compare_view) < 0 and views.widget(0).isVisible()


def test_file_export_of_the_windows_basin_map_carries_the_legend_with_each_fraction(
    qtbot, window, model, tmp_path
):
    import xml.etree.ElementTree as ET

    from critexplorer.ui.export.dialog import ExportDialog

    model.load_preset("himmelblau")
    before = ExportDialog(window)
    basins_row = before.view.findData("basins")
    assert not before.view.model().item(basins_row).isEnabled()  # no map yet: nothing to draw
    panel = choose(window, "newton", 16, 100)
    finals = []
    panel.job.mapped.connect(lambda m, final: finals.append(m) if final else None)
    panel.map_button.click()
    qtbot.waitUntil(lambda: bool(finals), timeout=30000)
    dialog = ExportDialog(window)
    assert dialog.view.model().item(basins_row).isEnabled()
    dialog.view.setCurrentIndex(basins_row)
    dialog.format.setCurrentIndex(dialog.format.findData(".svg"))
    dialog.caption_check.setChecked(False)
    assert dialog.options().basin_map is panel.layer.basin_map
    out = tmp_path / "basins.svg"
    assert dialog.export_to_file(str(out)), dialog.error.text()
    root = ET.fromstring(out.read_bytes())
    texts = [" ".join(e.itertext()).strip() for e in root.iter("{http://www.w3.org/2000/svg}text")]
    rows = panel.layer.legend_rows
    assert len(rows) >= 9  # four minima, four saddles, the maximum (and diverged cells, if any)
    for _, text in rows:
        assert text in texts, text
    saddles = [t for t in texts if t.startswith("saddle (")]
    fractions = [float(t.split(": ")[1].rstrip("\u00a0%")) for t in saddles]
    assert sum(fractions) == pytest.approx(100 * finals[0].fractions["saddle"], abs=0.2)
    assert "<image" in out.read_text()  # the map itself is embedded as a picture


def test_a_session_keeps_the_basin_settings_and_maps_them_again_on_open(qtbot, window, model, tmp_path):
    from critexplorer.files.session import load_session
    from critexplorer.ui.main_window import MainWindow
    from critexplorer.ui.model import ExplorerModel

    model.resolution = 64
    model.load_preset("himmelblau")
    window.optimizer_panel.optimizer_combo.setCurrentIndex(
        window.optimizer_panel.optimizer_combo.findData("newton")
    )
    panel = choose(window, "newton", 24, 80)
    panel.compare.setCurrentIndex(panel.compare.findData("saddle-free-newton"))
    finals = []
    panel.job.mapped.connect(lambda m, final: finals.append(m) if final else None)
    panel.map_button.click()
    qtbot.waitUntil(lambda: bool(finals), timeout=60000)
    path = tmp_path / "basins.critx"
    assert window.session_actions.save_to(path)
    saved = load_session(path).basins
    assert (saved.spec.optimizer, saved.grid, saved.spec.max_steps, saved.compare) == (
        "newton",
        24,
        80,
        "saddle-free-newton",
    )

    other = MainWindow(ExplorerModel(), window.gl_status)
    qtbot.addWidget(other)
    again = other.basin_panel
    reopened = []
    again.job.mapped.connect(lambda m, final: reopened.append(m) if final else None)
    assert other.session_actions.open_path(path)
    assert again.job.running  # mapped off the GUI thread, with the tab's progress bar and Cancel
    assert (again.grid.value(), again.steps.value(), again.compare.currentData()) == (
        24,
        80,
        "saddle-free-newton",
    )
    qtbot.waitUntil(lambda: bool(reopened), timeout=60000)
    assert np.array_equal(reopened[0].labels, finals[0].labels)  # the same map, recomputed
    assert reopened[0].spec.hyperparams == finals[0].spec.hyperparams
    assert np.array_equal(again.compare_view.basin_map.labels, panel.compare_view.basin_map.labels)
