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
