"""Find critical points (F5) runs off the GUI thread, with progress and Cancel in the status bar."""

import threading

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from critexplorer.core.atlas import find
from critexplorer.ui import atlas_search


@pytest.fixture
def held_search(monkeypatch):
    """Holds each background search at its first stage until release() (or Cancel)."""
    released = threading.Event()
    real = find.find_critical_points

    def held(*args, cancelled, **kw):
        def check():
            while not (released.is_set() or cancelled()):
                released.wait(0.01)
            return cancelled()

        return real(*args, cancelled=check, **kw)

    monkeypatch.setattr("critexplorer.ui.atlas_search.find_critical_points", held)
    yield released.set
    released.set()


def test_f5_searches_in_the_background_and_reports_the_atlas(qtbot, window, model, held_search):
    model.load_preset("himmelblau")
    heard = []
    model.atlas_search.progressed.connect(heard.append)
    (f5,) = [a for a in window.findChildren(QAction) if a.shortcut() == QKeySequence("F5")]
    f5.trigger()
    qtbot.waitUntil(lambda: window.atlas_progress.isVisibleTo(window))
    assert model.atlas_search.running and model.atlas is None  # the window did not wait for it
    held_search()
    qtbot.waitUntil(lambda: model.atlas is not None, timeout=20_000)
    assert [p.classification for p in model.atlas.points].count("minimum") == 4
    assert heard and heard[-1] == 1.0
    assert not window.atlas_progress.isVisibleTo(window)
    assert window.critical_table.table.rowCount() == 9


def test_cancel_stops_the_search_and_leaves_no_markers(qtbot, window, model, held_search):
    model.load_preset("himmelblau")
    model.search_critical_points()
    qtbot.waitUntil(lambda: window.atlas_progress.isVisibleTo(window))
    qtbot.mouseClick(window.atlas_progress.cancel_button, Qt.MouseButton.LeftButton)
    assert not model.atlas_search.running
    assert not window.atlas_progress.isVisibleTo(window)
    assert window.statusBar().currentMessage() == "Critical-point search cancelled"
    qtbot.waitUntil(lambda: not atlas_search._LIVE)  # the thread has ended, its result dropped
    assert model.atlas is None and window.critical_table.table.rowCount() == 0


def test_a_window_too_busy_to_resolve_says_so_in_the_status_bar(qtbot, window, model):
    model.apply_formula("sin(100*x)*sin(100*y)")
    model.search_critical_points()
    qtbot.waitUntil(lambda: model.atlas is not None, timeout=20_000)
    assert not model.atlas.complete
    assert window.statusBar().currentMessage() == "about 32,000 critical points in view: zoom in"
    assert window.critical_table.summary.text() == "About 32,000 critical points in view: zoom in."
    assert window.critical_table.table.rowCount() == 0
    if window.surface_view is not None:
        assert window.surface_view.legend.text() == "too many critical points: zoom in"


def test_find_critical_points_stays_synchronous_for_scripts(model):
    model.load_preset("lecture")
    atlas = model.find_critical_points()
    assert atlas is model.atlas and atlas.complete
    np.testing.assert_allclose(atlas.points[0].point, [0, 0], atol=1e-9)
