"""The ‖g‖ map's colour bar, its toggle and the run plots' x-axis box follow a live language switch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from critexplorer.core.runs import RunSpec
from critexplorer.ui import translations


@pytest.fixture(autouse=True)
def private_settings(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield
    translations.set_language("en")  # the next test starts in English


def test_the_new_words_switch_live_and_back(qtbot, window, model):
    model.resolution = 48
    model.load_preset("chain-data")
    model.set_display(show_gradient_map=True, run_axis="epoch")
    model.runs.add_run(RunSpec("sgd", (0.5, 1.5), {"lr": 0.01}, batch_size=4, label="sgd4"))
    model.runs.step(3)
    plots, view = window.optimizers.plots, window.contour_view
    toggle = window.toggle_actions["show_gradient_map"]
    bar = view.color_bar.getAxis("right")

    def words():
        return (
            toggle.text(),
            bar.labelText,
            plots.loss_plot.getPlotItem().getAxis("bottom").labelText,
            plots.axis_choice.caption.text(),
            plots.axis_choice.box.currentText(),
            plots.axis_choice.info.text(),
        )

    english = words()
    assert english == (
        "‖g‖ map",
        "‖g‖ (log₁₀)",
        "epoch",
        "x-axis:",
        "epoch",
        "16 samples · sgd4: batch 4, 4 updates/epoch",
    )
    window.language_menu.actions["zh_CN"].trigger()
    qtbot.waitUntil(lambda: toggle.text() == "‖g‖ 图")  # the LanguageChange events arrive in the loop
    qtbot.waitUntil(lambda: plots.axis_choice.caption.text() == "横轴：")
    assert words() == (
        "‖g‖ 图",
        "‖g‖ (对数 log₁₀)",
        "轮次 (epoch)",
        "横轴：",
        "轮次 (epoch)",
        "16 个样本 · sgd4：批量 4，每轮 4 次更新",
    )
    window.language_menu.actions["zh_TW"].trigger()
    qtbot.waitUntil(lambda: plots.axis_choice.caption.text() == "橫軸：")
    assert words()[:3] == ("‖g‖ 圖", "‖g‖ (對數 log₁₀)", "訓練週期 (epoch)")
    window.language_menu.actions["en"].trigger()
    qtbot.waitUntil(lambda: plots.axis_choice.caption.text() == "x-axis:")
    assert words() == english
