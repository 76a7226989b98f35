"""View → Language: a live switch retranslates the badge, the reason and the menu, and back; the
choice is remembered; a Chinese language without a Chinese font says so once; English never looks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from critexplorer.ui import language_menu, translations


@pytest.fixture(autouse=True)
def private_settings(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield
    translations.set_language("en")  # the next test starts in English


def _choose(window, key: str) -> None:
    window.language_menu.actions[key].trigger()  # what a click in View → Language does


def test_switching_live_changes_the_badge_the_reason_and_the_menu_and_back(qtbot, window, model):
    model.load_preset("lecture")
    model.select((0.0, 0.0))
    panel, menu = window.point_panel, window.language_menu.menu
    qtbot.waitUntil(lambda: panel.badge.text() == "Saddle point")
    assert menu.title() == "&Language"
    assert menu.menuAction() in window.view_menu.actions()

    _choose(window, "zh_CN")
    qtbot.waitUntil(lambda: panel.badge.text() == "鞍点")
    assert panel.reason.text().startswith("g = 0 且 λ₁ = −2 < 0 < λ₂ = 2，所以这是鞍点：")
    assert menu.title() == "语言(&L)"
    assert window.language_menu.actions["system"].text() == "跟随系统语言"
    assert window.language_menu.actions["zh_TW"].text() == "繁體中文"  # own names, never translated

    _choose(window, "zh_TW")
    qtbot.waitUntil(lambda: panel.badge.text() == "鞍點")
    assert "所以這是鞍點" in panel.reason.text() and menu.title() == "語言(&L)"

    _choose(window, "en")
    qtbot.waitUntil(lambda: panel.badge.text() == "Saddle point")
    assert panel.reason.text().startswith("g = 0 and λ₁ = −2 < 0 < λ₂ = 2, so this is a saddle")
    assert menu.title() == "&Language"


def test_a_new_selection_after_the_switch_is_in_the_new_language(qtbot, window, model):
    model.load_preset("lecture")
    _choose(window, "zh_TW")
    model.select((1.0, 1.0))  # on the valley of minima: degenerate
    qtbot.waitUntil(lambda: window.point_panel.badge.text() == "局部最小值（退化）")


def test_the_choice_is_remembered_and_system_forgets_it(qtbot, window, monkeypatch):
    _choose(window, "zh_TW")
    assert translations.start_language(None) == "zh_TW"
    assert translations.start_language("en") == "en"  # --lang wins at start-up
    monkeypatch.setattr(translations, "system_language", lambda: "zh_CN")
    _choose(window, "system")
    qtbot.waitUntil(lambda: translations.current_language() == "zh_CN")
    assert translations.start_language(None) == "zh_CN"
    assert (
        QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "critexplorer", "critexplorer"
        ).value(translations.SETTINGS_KEY)
        is None
    )


def test_qt_dialog_buttons_follow_the_language(qtbot, window):
    from PySide6.QtCore import QCoreApplication

    _choose(window, "zh_CN")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # qtbase_zh_CN is loaded
    _choose(window, "en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_no_chinese_font_is_said_once_in_the_status_bar(qtbot, window, monkeypatch):
    monkeypatch.setattr(translations, "has_chinese_font", lambda language: False)
    _choose(window, "zh_CN")
    assert window.statusBar().currentMessage() == language_menu.FONT_MESSAGE
    window.statusBar().clearMessage()
    _choose(window, "zh_TW")
    assert window.statusBar().currentMessage() == ""  # once, not at every switch
    note = window.language_menu.font_note  # ...but a note stays, under the window's own messages
    assert note.text() == language_menu.FONT_MESSAGE and note.isVisible()
    _choose(window, "en")
    assert not note.isVisible()  # English needs no Chinese font


def test_english_never_looks_for_fonts(qtbot, model, monkeypatch):
    def forbidden(language):
        raise AssertionError("English start-up must not scan the fonts")

    monkeypatch.setattr(translations, "has_chinese_font", forbidden)
    from critexplorer.ui.main_window import MainWindow

    window = MainWindow(model)
    qtbot.addWidget(window)
    _choose(window, "en")


def test_a_lang_override_at_start_up_is_the_checked_language(qtbot, model):
    """--lang zh_TW over a saved English: the menu ticks what is shown, and the saved choice stays."""
    from critexplorer.ui.main_window import MainWindow
    from critexplorer.ui.settings import settings

    settings().setValue(translations.SETTINGS_KEY, "en")
    translations.set_language(translations.start_language("zh_TW"))
    window = MainWindow(model)
    qtbot.addWidget(window)
    assert window.language_menu.actions["zh_TW"].isChecked()
    assert window.language_menu.menu.title() == "語言(&L)"  # born in the language, before any switch
    assert settings().value(translations.SETTINGS_KEY) == "en"


# What the window's own widgets say in each language (menus, toolbar, an axis title, the status bar,
# the guide's shortcut table, the About box and its Qt button).
WINDOW_TEXTS = {
    "en": {
        "menus": ["&File", "&Edit", "&View", "&Point", "&Help"],
        "toolbar": "Arrows (−g, eigenvectors)",
        "tip": "Draw −g and the eigenvectors scaled by |λ| (A)",
        "step_axis": "step",
        "found": "Found 1 critical point and 1 critical curve",
        "curvature": "Curvature map:",
        "guide_title": "critexplorer user guide",
        "find_row": "Find critical points",
        "about": "About critexplorer",
        "ok": "OK",
    },
    "zh_CN": {
        "menus": ["文件(&F)", "编辑(&E)", "视图(&V)", "点(&P)", "帮助(&H)"],
        "toolbar": "箭头（−g、特征向量）",
        "tip": "绘制 −g 和按 |λ| 缩放的特征向量 (A)",
        "step_axis": "步",
        "found": "找到 1 个临界点和 1 条临界曲线",
        "curvature": "曲率图：",
        "guide_title": "critexplorer 用户指南",
        "find_row": "查找临界点",
        "about": "关于 critexplorer",
        "ok": "确定",
    },
    "zh_TW": {
        "menus": ["檔案(&F)", "編輯(&E)", "檢視(&V)", "點(&P)", "說明(&H)"],
        "toolbar": "箭頭（−g、特徵向量）",
        "tip": "繪製 −g 和依 |λ| 縮放的特徵向量 (A)",
        "step_axis": "步",
        "found": "找到 1 個臨界點和 1 條臨界曲線",
        "curvature": "曲率圖：",
        "guide_title": "critexplorer 使用者指南",
        "find_row": "尋找臨界點",
        "about": "關於 critexplorer",
        "ok": "確定",
    },
}


def _window_texts(window, guide, about) -> dict:
    from PySide6.QtWidgets import QMessageBox

    bar = window.menuBar()
    first_tool = window.display_toolbar.actions()[0]
    return {
        "menus": [action.text() for action in bar.actions()][:5],
        "toolbar": first_tool.text(),
        "tip": first_tool.toolTip(),
        "step_axis": window.optimizers.plots.loss_plot.getPlotItem().getAxis("bottom").labelText,
        "found": window.statusBar().currentMessage(),
        "curvature": window.contour_view.curvature_legend.text().split(" <span")[0],
        "guide_title": guide.windowTitle(),
        "find_row": next(row.what for row in guide.rows if row.keys == "F5"),
        "about": about.windowTitle(),
        "ok": about.button(QMessageBox.StandardButton.Ok).text(),
    }


def test_switching_live_changes_the_windows_own_texts_and_an_open_dialog(qtbot, window, model):
    """Menus, toolbar, a view's axis title and legend, the status bar's message and the open guide and
    About box follow View → Language to zh_CN, then zh_TW, and back to English, without a restart."""
    model.load_preset("lecture")
    model.set_display(show_curvature=True)
    model.find_critical_points()  # the saddle and the valley of minima: a message in the status bar
    guide = window.show_guide(at_shortcuts=True)
    about = window.show_about()
    qtbot.addWidget(guide)
    qtbot.addWidget(about)
    assert _window_texts(window, guide, about) == WINDOW_TEXTS["en"]
    for language in ("zh_CN", "zh_TW", "en"):
        _choose(window, language)
        expected = WINDOW_TEXTS[language]
        qtbot.waitUntil(lambda expected=expected: _window_texts(window, guide, about) == expected)
        text = guide.plain_text()
        assert expected["find_row"] in text and expected["guide_title"].split()[-1] in text
    guide.close()
    about.close()


def test_a_message_replaced_since_is_not_worded_again(qtbot, window, model):
    """Only the message still shown is worded again: one the status bar has moved on from stays gone."""
    model.load_preset("lecture")
    model.find_critical_points()
    window.statusBar().showMessage("something else", 5000)
    _choose(window, "zh_CN")
    qtbot.waitUntil(lambda: window.file_menu.title() == "文件(&F)")
    assert window.statusBar().currentMessage() == "something else"


def test_a_window_born_in_chinese_has_one_file_menu_and_translated_shortcut_rows(qtbot, model):
    """The install_* helpers find the File menu by its English title: the window words it afterwards."""
    from critexplorer.ui.help.shortcuts import shortcut_rows
    from critexplorer.ui.main_window import MainWindow

    translations.set_language("zh_TW")
    window = MainWindow(model)
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles.count("檔案(&F)") == 1 and "&File" not in titles
    rows = {row.keys: row.what for row in shortcut_rows(window)}
    assert rows["F5"] == "尋找臨界點" and rows["E"] == "逃離鞍點"
    assert rows["Shift+Left"] == "在檢視中：以十倍距離微移所選點"


def test_the_views_legends_follow_the_language(qtbot, gl_window, model):
    """The contour view's legend and the 3-D view's key name the atlas's types in the chosen language."""
    model.load_preset("lecture")
    model.find_critical_points()  # the saddle at the origin and the valley of minima w1·w2 = 1

    def legends():
        contour = [label.text for _, label in gl_window.contour_view.legend.items]
        return contour, gl_window.surface_view.legend.text()

    assert legends()[0] == ["minimum curve", "saddle (1)"]
    expected = {
        "zh_CN": (["局部最小值曲线", "鞍点 (1)"], "鞍点"),
        "zh_TW": (["局部最小值曲線", "鞍點 (1)"], "鞍點"),
    }
    for language, (contour, saddle) in expected.items():
        _choose(gl_window, language)
        qtbot.waitUntil(lambda contour=contour: legends()[0] == contour)
        assert contour[0] in legends()[1] and saddle in legends()[1]
    _choose(gl_window, "en")
    qtbot.waitUntil(lambda: legends()[0] == ["minimum curve", "saddle (1)"])
    assert "minimum curve" in legends()[1] and "saddle" in legends()[1]


def test_the_no_gl_message_and_its_reason_follow_the_language(qtbot, model):
    """Without OpenGL the 3-D pane's message says why in the chosen language (the probe's answer is
    cached, so the reason is worded where it is shown); the command line keeps the English reason."""
    from critexplorer.ui.main_window import MainWindow
    from critexplorer.ui.views.gl_support import _unavailable

    status = _unavailable(
        "OpenGL {version} is too old; the 3-D view needs OpenGL 2.0 or later.", version="1.4"
    )
    assert status.reason == "OpenGL 1.4 is too old; the 3-D view needs OpenGL 2.0 or later."
    window = MainWindow(model, status)
    qtbot.addWidget(window)
    _choose(window, "zh_CN")
    qtbot.waitUntil(lambda: "三维视图不可用" in window.no_gl_message.text())
    assert "OpenGL 1.4 太旧；三维视图需要 OpenGL 2.0 或更高版本。" in window.no_gl_message.text()
    _choose(window, "zh_TW")
    qtbot.waitUntil(
        lambda: "OpenGL 1.4 太舊；3D 檢視需要 OpenGL 2.0 或更新版本。" in window.no_gl_message.text()
    )
    _choose(window, "en")
    qtbot.waitUntil(lambda: status.reason in window.no_gl_message.text())
