"""The user guide in the window's language: guide.zh_CN.md / guide.zh_TW.md, the lecture's English terms
beside the Chinese on first use, the shortcut table's heading found in each."""

from __future__ import annotations

import re
from importlib.resources import files

import pytest
from PySide6.QtCore import QSettings

from critexplorer.ui import translations
from critexplorer.ui.help.guide import SHORTCUTS_HEADINGS, guide_file


@pytest.fixture(autouse=True)
def private_settings(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield
    translations.set_language("en")


def _guide(language: str) -> str:
    return files("critexplorer.resources").joinpath(guide_file(language)).read_text(encoding="utf-8")


FIRST_USE = {
    "zh_CN": ("临界点（critical point）", "鞍点（saddle point）", "海森矩阵（Hessian）"),
    "zh_TW": ("臨界點（critical point）", "鞍點（saddle point）", "海森矩陣（Hessian）"),
}


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_each_translation_covers_the_english_guide(language):
    english, translated = _guide("en"), _guide(language)
    # The same sections and table rows, and every formula and key of the English text, unchanged.
    assert translated.count("\n## ") == english.count("\n## ")
    assert translated.count("\n|") == english.count("\n|")
    missing = set(re.findall(r"`[^`]+`", english)) - set(re.findall(r"`[^`]+`", translated))
    assert not missing
    for term in FIRST_USE[language]:
        chinese = term.split("（")[0]
        assert term in translated
        # beside the English on its first use: no bare use of the Chinese term before it
        assert translated.index(chinese) == translated.index(term), term
    assert SHORTCUTS_HEADINGS[language] in translated


def test_the_traditional_guide_is_written_in_traditional_characters():
    assert not set(_guide("zh_TW")) & set("点这约动减阶检验项类则导处适语随统图标滚选设")
    assert "滑鼠" in _guide("zh_TW") and "鼠标" in _guide("zh_CN")  # Taiwan's and the mainland's words


@pytest.mark.parametrize(
    ("language", "title", "phrase"),
    [
        ("zh_CN", "critexplorer 用户指南", "鞍点（saddle point）"),
        ("zh_TW", "critexplorer 使用者指南", "鞍點（saddle point）"),
        ("en", "critexplorer user guide", "a saddle at 0"),
    ],
)
def test_the_guide_dialog_follows_the_language(qtbot, window, language, title, phrase):
    translations.set_language(language)
    dialog = window.show_guide(at_shortcuts=True)
    qtbot.addWidget(dialog)
    text = dialog.plain_text()
    assert dialog.windowTitle() == title
    assert phrase in text and SHORTCUTS_HEADINGS[language] in text
    assert ("Ctrl+S" in text) and ("按键" in text if language == "zh_CN" else True)
    assert dialog.browser.verticalScrollBar().value() > 0  # scrolled to that language's shortcut heading
    dialog.close()
