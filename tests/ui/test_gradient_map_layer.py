"""The ‖g‖ map layer: its toggle (G, View menu, toolbar), what it draws, its colour bar, --gradient-map
and sessions."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt

from critexplorer.files.session import load_session
from critexplorer.ui.sessions.session_state import capture_session


@pytest.fixture(autouse=True)
def private_settings(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


def test_g_toggles_the_layer_and_the_colour_bar_describes_it(qtbot, window, model):
    model.resolution = 64
    model.apply_formula("x^2 + 3*y^2", window=((-2, 2), (-2, 2)))
    view, action = window.contour_view, window.toggle_actions["show_gradient_map"]
    assert action in window.view_menu.actions() and window.display_toolbar.widgetForAction(action)
    assert not view.gradient_map.isVisible() and view.color_bar.getAxis("right").labelText == "L"

    window.activateWindow()  # window shortcuts fire only in the active window
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_G)
    qtbot.waitUntil(lambda: model.display.show_gradient_map)
    assert action.isChecked() and view.gradient_map.isVisible()
    gmap = model.landscape.gradient_map
    xs, ys = model.landscape.xs, model.landscape.ys
    X, Y = np.meshgrid(xs, ys)
    with np.errstate(divide="ignore"):
        by_hand = np.log10(np.hypot(2 * X, 6 * Y))
    drawn = view.gradient_map.image
    np.testing.assert_allclose(drawn, np.clip(by_hand, gmap.low, gmap.high), rtol=1e-12, atol=1e-12)
    assert view.color_bar.getAxis("right").labelText == "‖g‖ (log₁₀)"
    assert tuple(view.color_bar.levels()) == pytest.approx((gmap.low, gmap.high))
    assert view.gradient_map.zValue() > view.heat.zValue()

    qtbot.keyClick(window, Qt.Key.Key_G)
    qtbot.waitUntil(lambda: not model.display.show_gradient_map)
    assert not view.gradient_map.isVisible() and not action.isChecked()
    assert view.color_bar.getAxis("right").labelText == "L"
    finite = model.landscape.value
    assert tuple(view.color_bar.levels()) == pytest.approx((finite.min(), finite.max()))


def test_the_layer_follows_a_new_loss_and_shows_the_plateau(qtbot, window, model):
    model.resolution = 64
    model.set_display(show_gradient_map=True)
    model.load_preset("plateau")
    gmap = model.landscape.gradient_map
    drawn = window.contour_view.gradient_map.image
    np.testing.assert_allclose(drawn, gmap.shown)
    xs, ys = model.landscape.xs, model.landscape.ys
    plateau = drawn[np.abs(ys) <= 1][:, xs < -3]
    assert np.max(plateau) < gmap.high - 1.5  # the plateau is dark beside the slopes


def test_the_layer_is_saved_in_a_session(qtbot, window, model, tmp_path):
    from critexplorer.ui.main_window import MainWindow
    from critexplorer.ui.model import ExplorerModel

    model.resolution = 64
    model.load_preset("plateau")
    model.set_display(show_gradient_map=True)
    path = tmp_path / "plateau.critx"
    assert window.session_actions.save_to(path)
    saved = load_session(path)
    assert saved.display["show_gradient_map"] is True
    other = MainWindow(ExplorerModel(), window.gl_status)
    qtbot.addWidget(other)
    other.show()
    assert not other.model.display.show_gradient_map
    assert other.session_actions.open_path(path)
    assert other.model.display.show_gradient_map and other.contour_view.gradient_map.isVisible()
    assert capture_session(other.model, other).to_dict() == saved.to_dict()


def test_the_window_option_turns_it_on(qtbot, monkeypatch):
    from critexplorer.cli import main
    from critexplorer.ui import app

    starts = []
    monkeypatch.setattr(app, "run_window", lambda start: starts.append(start) or 0)
    assert main(["--preset", "plateau", "--gradient-map"]) == 0
    assert main(["--preset", "plateau"]) == 0
    assert [s.gradient_map for s in starts] == [True, False]


def test_an_export_draws_the_layer_and_its_colour_bar(qtbot, model):
    import io

    from PIL import Image

    from critexplorer.ui.export.formats import exporter_for
    from critexplorer.ui.export.scene import ExportOptions, ExportScene

    def export() -> np.ndarray:
        scene = ExportScene(model, ExportOptions(view="contour", width=640, height=360), False)
        try:
            return np.asarray(Image.open(io.BytesIO(exporter_for("out.png").export(scene, None))), float)
        finally:
            scene.close()

    model.resolution = 64
    model.load_preset("plateau")
    without = export()
    model.set_display(show_gradient_map=True)
    with_map = export()
    changed = np.abs(with_map[..., :3] - without[..., :3]).sum(axis=2) > 60
    assert changed.mean() > 0.2  # the map covers the heat map: most of the plot changes colour


def test_the_export_command_draws_the_layer_with_gradient_map(tmp_path):
    import subprocess
    import sys

    from PIL import Image

    pictures = {}
    for name, extra in (("plain", []), ("map", ["--gradient-map"])):
        out = tmp_path / f"{name}.png"
        done = subprocess.run(
            [sys.executable, "-m", "critexplorer", "export", "--preset", "plateau", "--out", str(out)]
            + ["--size", "480x300", "--resolution", "48", *extra],
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert done.returncode == 0, done.stderr
        pictures[name] = np.asarray(Image.open(out).convert("RGB"), float)
    changed = np.abs(pictures["map"] - pictures["plain"]).sum(axis=2) > 60
    assert changed.mean() > 0.2
