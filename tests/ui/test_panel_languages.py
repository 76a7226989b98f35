"""Every panel of the window switches language live (View → Language) and keeps its state: what is
typed in the formula bar, the selected row and the type filter of the critical table, the chosen
optimizer and the typed hyperparameters, the basin settings, the slider values and the ranges."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings, Qt

from critexplorer.ui import translations


@pytest.fixture(autouse=True)
def private_settings(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield
    translations.set_language("en")  # the next test starts in English


def _choose(qtbot, window, key: str) -> None:
    window.language_menu.actions[key].trigger()  # what a click in View → Language does
    qtbot.waitUntil(lambda: translations.current_language() == key)


def _tab_title(window, panel) -> str:
    tabs = window.side_tabs
    return tabs.tabText(tabs.indexOf(panel))


def test_the_formula_bar_words_its_error_in_each_language_and_keeps_the_text(qtbot, window, model):
    model.load_preset("lecture")
    bar = window.formula_bar
    bar.editor.setText("x^2+")
    qtbot.keyClick(bar.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(bar.error_shown)
    assert "column 5: missing term after +" in bar.error.text()
    assert bar.apply_button.text() == "Apply"

    _choose(qtbot, window, "zh_CN")
    qtbot.waitUntil(lambda: "第 5 列：+ 后面缺少一项" in bar.error.text())
    assert bar.apply_button.text() == "应用"
    assert bar.params.placeholderText() == "参数，例如 a=2, b=1"
    assert bar.editor.text() == "x^2+"  # what was typed survives the switch

    _choose(qtbot, window, "zh_TW")
    qtbot.waitUntil(lambda: "第 5 欄：+ 後面少了一項" in bar.error.text())
    assert bar.apply_button.text() == "套用" and bar.editor.text() == "x^2+"

    _choose(qtbot, window, "en")
    qtbot.waitUntil(lambda: "column 5: missing term after +" in bar.error.text())
    assert bar.apply_button.text() == "Apply" and bar.editor.text() == "x^2+"


def test_the_core_words_of_a_formula_error_are_found_again_in_the_new_language(qtbot, window, model):
    """'a=2' is refused by the core (its words) with the bar's advice: both change on a switch."""
    model.load_preset("lecture")
    bar = window.formula_bar
    bar.editor.setText("a=2")
    qtbot.keyClick(bar.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(bar.error_shown)
    assert "(parameters such as a=2 go in the parameters box)" in bar.error.text()
    _choose(qtbot, window, "zh_CN")
    qtbot.waitUntil(lambda: "（a=2 这样的参数请填在参数框中）" in bar.error.text())
    assert "is not allowed" not in bar.error.text()
    _choose(qtbot, window, "en")
    qtbot.waitUntil(lambda: "parameters box" in bar.error.text())


def test_a_parameters_box_error_and_the_preset_groups_follow_the_language(qtbot, window, model):
    from critexplorer.core.presets import load_presets

    model.load_preset("lecture")
    bar = window.formula_bar
    bar.set_presets(load_presets())  # as the app does at start-up
    assert "Lecture" in [bar.combo.itemText(i) for i in range(bar.combo.count())]
    bar.editor.setText("a*x^2+y^2")
    bar.params.setText("a=two")
    qtbot.keyClick(bar.params, Qt.Key.Key_Return)
    qtbot.waitUntil(bar.error_shown)
    assert "parameter a needs a number, got 'two'" in bar.error.text()
    _choose(qtbot, window, "zh_TW")
    qtbot.waitUntil(lambda: "參數 a 需要一個數，得到的是「two」" in bar.error.text())
    assert bar.params.text() == "a=two"
    headings = [bar.combo.itemText(i) for i in range(bar.combo.count())]
    assert "課程講義" in headings and "測試函數" in headings and "Lecture" not in headings


def test_window_controls_and_sliders_switch_and_keep_their_values(qtbot, window, model):
    model.apply_formula("a*x^2 + y^2", {"a": 2.0})
    controls, sliders = window.window_controls, window.formula_bar.sliders
    qtbot.waitUntil(lambda: "a" in sliders.sliders)
    slider = sliders.sliders["a"]
    controls.x_min.setValue(-1.25)
    assert controls.reset.text() == "Reset window"
    assert slider.slider.toolTip() == "Drag to change a; the surface follows"

    _choose(qtbot, window, "zh_CN")
    qtbot.waitUntil(lambda: controls.reset.text() == "重置显示范围")
    assert controls.grid_label.text() == "网格" and controls.z_scale_label.text() == "z 缩放"
    assert slider.slider.toolTip() == "拖动以改变 a；曲面随之更新"
    assert slider.low.toolTip() == "滑块上 a 的最小值"
    assert controls.x_min.value() == -1.25 and slider.value() == pytest.approx(2.0)

    _choose(qtbot, window, "zh_TW")
    qtbot.waitUntil(lambda: controls.reset.text() == "重設顯示範圍")
    assert slider.slider.toolTip() == "拖曳以改變 a；曲面隨之更新"
    assert window.atlas_progress.cancel_button.text() == "取消"
    assert window.atlas_progress.bar.format() == "正在尋找臨界點… %p%"

    _choose(qtbot, window, "en")
    qtbot.waitUntil(lambda: controls.reset.text() == "Reset window")
    assert window.atlas_progress.bar.format() == "Finding critical points… %p%"


def test_the_point_panel_switches_its_buttons_and_keeps_the_escape(qtbot, window, model):
    model.load_preset("lecture")
    model.select((0.0, 0.0))
    panel = window.point_panel
    qtbot.waitUntil(lambda: panel.badge.text() == "Saddle point")
    panel.escape_button.click()
    qtbot.waitUntil(lambda: panel.escape_result.isVisibleTo(panel))
    english_escape = panel.escape_result.text()
    assert panel.copy_text_button.text() == "Copy text"
    assert panel.badge.text() == "Not critical"  # the escape selects where it went

    _choose(qtbot, window, "zh_CN")
    qtbot.waitUntil(lambda: panel.copy_text_button.text() == "复制文本")
    assert panel.badge.text() == "非临界点"
    assert panel.escape_button.text() == "沿 u₁ 逃离" and panel.copy_latex_button.text() == "复制 LaTeX"
    assert panel.escape_result.isVisibleTo(panel) and panel.escape_result.text() != english_escape

    _choose(qtbot, window, "zh_TW")
    qtbot.waitUntil(lambda: panel.copy_text_button.text() == "複製文字")
    assert panel.badge.text() == "非臨界點"

    _choose(qtbot, window, "en")
    qtbot.waitUntil(lambda: panel.copy_text_button.text() == "Copy text")
    assert panel.escape_result.text() == english_escape


def test_the_critical_table_switches_and_keeps_the_filter_and_the_selected_row(qtbot, window, model):
    model.load_preset("lecture")
    table = window.critical_table
    model.search_critical_points()
    qtbot.waitUntil(lambda: table.table.rowCount() > 0, timeout=20000)
    saddle_entry = next(
        i for i in range(table.type_filter.count()) if "saddle" in table.type_filter.itemText(i)
    )
    table.type_filter.setCurrentIndex(saddle_entry)
    shown = [r for r in range(table.table.rowCount()) if not table.table.isRowHidden(r)]
    assert shown and all("saddle" in table.table.item(r, 0).text() for r in shown)
    model.select(table.point_at(shown[0]))
    qtbot.waitUntil(lambda: table.table.selectionModel().selectedRows() != [])
    selected = table.table.selectionModel().selectedRows()[0].row()
    header = table.table.horizontalHeaderItem(0).text()
    assert header == "type" and table.find_button.text() == "Find critical points"
    english_summary = table.summary.text()
    assert re.fullmatch(
        r"\d+ critical points?( and \d+ critical curves?)? in view\. "
        r"Click a row to select it, a column title to sort\.",
        english_summary,
    ), english_summary
    count = english_summary.split()[0]

    _choose(qtbot, window, "zh_CN")
    qtbot.waitUntil(lambda: table.table.horizontalHeaderItem(0).text() == "类型")
    assert table.find_button.text() == "寻找临界点"
    assert table.type_filter.itemText(0) == "所有类型"
    assert table.type_filter.currentText().startswith("◆ 鞍点 (")
    assert [r for r in range(table.table.rowCount()) if not table.table.isRowHidden(r)] == shown
    assert table.table.item(shown[0], 0).text() == "◆ 鞍点"
    assert table.table.selectionModel().selectedRows()[0].row() == selected
    assert table.summary.text().startswith(f"视图中有 {count} 个临界点")

    _choose(qtbot, window, "zh_TW")
    qtbot.waitUntil(lambda: table.table.horizontalHeaderItem(0).text() == "類型")
    assert table.type_filter.currentText().startswith("◆ 鞍點 (")
    assert table.summary.text().startswith(f"檢視中有 {count} 個臨界點")

    _choose(qtbot, window, "en")
    qtbot.waitUntil(lambda: table.table.horizontalHeaderItem(0).text() == "type")
    assert table.type_filter.currentText().startswith("◆ saddle (")
    assert table.table.selectionModel().selectedRows()[0].row() == selected
    assert table.summary.text() == english_summary


def test_the_optimizer_panel_switches_and_keeps_the_optimizer_and_its_values(qtbot, window, model):
    model.load_preset("lecture")
    panel = window.optimizer_panel
    window.side_tabs.setCurrentWidget(panel)
    panel.optimizer_combo.setCurrentIndex(panel.optimizer_combo.findData("momentum"))
    panel.hyper_form.boxes["lr"].setValue(0.0123)
    panel.hyper_form.boxes["momentum"].setValue(0.77)
    panel.add_run_from_form()
    panel.runs.step()
    qtbot.waitUntil(lambda: panel.outcome_labels() == ["running"])
    assert panel.add_button.text() == "Add run" and _tab_title(window, panel) == "Optimizers"
    assert panel.optimizer_combo.currentText() == "Momentum (heavy ball)"

    _choose(qtbot, window, "zh_CN")
    qtbot.waitUntil(lambda: panel.add_button.text() == "添加运行")
    assert panel.optimizer_combo.currentText() == "动量法（重球法）"
    assert panel.description.text() != "" and not panel.description.text().startswith("v ← μv")
    assert _tab_title(window, panel) == "优化器"
    assert panel.table.horizontalHeaderItem(1).text() == "运行"
    assert panel.outcome_labels() == ["运行中"]
    assert panel.schedule_label.text() == "学习率调度" and panel.batch_label.text() == "批量大小"
    assert panel.hyper_form.boxes["momentum"].toolTip() == "动量 μ：保留上一步速度的比例"

    _choose(qtbot, window, "zh_TW")
    qtbot.waitUntil(lambda: panel.add_button.text() == "新增執行")
    assert panel.optimizer_combo.currentText() == "動量法（重球法）"
    assert _tab_title(window, panel) == "最佳化器" and panel.play_button.text() == "播放 ▶"
    assert panel.hyper_form.boxes["momentum"].toolTip() == "動量 μ：保留上一步速度的比例"
    # the state survives: the chosen optimizer, the typed values, the run
    assert panel.optimizer_combo.currentData() == "momentum"
    assert panel.hyper_form.values() == {"lr": pytest.approx(0.0123), "momentum": pytest.approx(0.77)}
    assert len(panel.runs.runs) == 1 and panel.runs.runs[0].steps_taken == 1

    _choose(qtbot, window, "en")
    qtbot.waitUntil(lambda: panel.add_button.text() == "Add run")
    assert panel.optimizer_combo.currentText() == "Momentum (heavy ball)"
    assert panel.outcome_labels() == ["running"] and _tab_title(window, panel) == "Optimizers"


def test_the_basin_tab_switches_and_keeps_its_settings(qtbot, window, model):
    model.load_preset("lecture")
    panel = window.basin_panel
    panel.grid.setValue(24)
    panel.compare.setCurrentIndex(panel.compare.findData("newton"))
    assert panel.map_button.text() == "Map basins" and _tab_title(window, panel) == "Basins"
    assert panel.summary.text() == "No basin map yet."

    _choose(qtbot, window, "zh_CN")
    qtbot.waitUntil(lambda: panel.map_button.text() == "绘制吸引域")
    assert _tab_title(window, panel) == "吸引域" and panel.summary.text() == "尚无吸引域图。"
    assert panel.compare.itemText(0) == "无" and panel.grid_label.text() == "网格"

    _choose(qtbot, window, "zh_TW")
    qtbot.waitUntil(lambda: panel.summary.text() == "尚無吸引域圖。")
    assert panel.show_box.text() == "在等高線圖上顯示"
    assert (panel.grid.value(), panel.compare.currentData()) == (24, "newton")

    _choose(qtbot, window, "en")
    qtbot.waitUntil(lambda: panel.map_button.text() == "Map basins")
    assert panel.compare.itemText(0) == "nothing"


def test_runs_named_after_their_optimizer_are_named_in_the_new_language(qtbot, window, model):
    """A race's runs (and a form's, numbered #2) carry the optimizer's English name as their label,
    which sessions keep; the list shows it in the window's language. A label the user gave stays."""
    from critexplorer.core.runs import RunSpec

    model.load_preset("lecture")
    panel = window.optimizer_panel
    panel.runs.add_race(("gd", "newton"))
    panel.runs.add_run(RunSpec("gd", (0.5, 0.5), label=panel.runs.unique_label("Gradient descent")))
    panel.runs.add_run(RunSpec("adam", (0.5, 0.5), label="my run"))
    names = lambda: [panel.table.item(row, 1).text() for row in range(panel.table.rowCount())]  # noqa: E731
    qtbot.waitUntil(lambda: len(names()) == 4)
    assert names() == ["Gradient descent", "Newton (damped)", "Gradient descent #2", "my run"]

    _choose(qtbot, window, "zh_CN")
    qtbot.waitUntil(lambda: names()[0] == "梯度下降")
    assert names()[2] == "梯度下降 #2" and names()[3] == "my run"
    assert [run.spec.label for run in panel.runs.runs][:3] == [
        "Gradient descent",
        "Newton (damped)",
        "Gradient descent #2",
    ]  # what a session saves does not change

    _choose(qtbot, window, "zh_TW")
    qtbot.waitUntil(lambda: names()[0] == "梯度下降" and names()[1] != "Newton (damped)")
    _choose(qtbot, window, "en")
    qtbot.waitUntil(lambda: names()[1] == "Newton (damped)")
