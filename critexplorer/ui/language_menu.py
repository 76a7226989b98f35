"""View → Language: System language, English, 简体中文, 繁體中文. A choice switches the window at once
(ui/translations.set_language) and is remembered in QSettings; "System language" forgets it.

The languages are listed by their own names, which never change with the language shown, so a user
who cannot read the current one still finds theirs. When a Chinese language is chosen and no font
writes its characters, the status bar says so once, and keeps a note of it at its left, instead of
leaving boxes unexplained.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QLabel

from critexplorer.core.i18n import CHINESE, LANGUAGES, NATIVE_NAMES
from critexplorer.ui import translations
from critexplorer.ui.settings import settings

SYSTEM = "system"
FONT_MESSAGE_MS = 20000
FONT_MESSAGE = (
    "No font with Chinese characters was found, so Chinese text shows as boxes; "
    "install fonts-noto-cjk or fonts-wqy-microhei"
)


class LanguageMenu(QObject):
    """The View → Language submenu of a window; switches the application's language. The window's
    retranslate() calls ours on LanguageChange."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.menu = window.view_menu.addMenu("")
        self.menu.setObjectName("languageMenu")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for key in (SYSTEM, *LANGUAGES):
            action = self.menu.addAction(NATIVE_NAMES.get(key, ""))
            action.setCheckable(True)
            action.setData(key)
            self.group.addAction(action)
            self.actions[key] = action
            if key == SYSTEM:
                self.menu.addSeparator()
        self.group.triggered.connect(lambda action: self.choose(action.data()))
        self._font_warned = False
        self.font_note: QLabel | None = None  # the lasting note, made when first needed
        saved = settings().value(translations.SETTINGS_KEY)
        chosen = saved if saved in LANGUAGES else SYSTEM
        meant = saved if saved in LANGUAGES else translations.system_language()
        current = translations.current_language()
        self._check(chosen if meant == current else current)  # --lang overrides the saved choice
        self.retranslate()
        self.warn_if_no_font()

    def choose(self, key: str) -> None:
        """Show the window in `key` (a language, or SYSTEM for the system locale's) and remember it."""
        store = settings()
        if key == SYSTEM:
            store.remove(translations.SETTINGS_KEY)
            language = translations.system_language()
        else:
            store.setValue(translations.SETTINGS_KEY, key)
            language = key
        self._check(key)
        translations.set_language(language)  # LanguageChange reaches every widget, this menu too
        self.warn_if_no_font()

    def _check(self, key: str) -> None:
        self.actions[key].setChecked(True)

    def retranslate(self) -> None:
        # Literal calls, so that lupdate finds them (scripts/build_translations.py).
        self.menu.setTitle(QCoreApplication.translate("LanguageMenu", "&Language"))
        self.actions[SYSTEM].setText(QCoreApplication.translate("LanguageMenu", "System language"))

    def warn_if_no_font(self) -> None:
        """A Chinese language without a font for it: said once as a status-bar message, and kept as
        a note at the status bar's left while that language is shown (the window's own messages,
        such as "Found 3 critical points" right after start-up, cover it only while they last)."""
        language = translations.current_language()
        if language not in CHINESE:
            if self.font_note is not None:
                self.font_note.hide()
            return
        if translations.has_chinese_font(language):
            return
        if self.font_note is None:
            # In English on purpose: without a Chinese font, a Chinese note would be boxes too.
            self.font_note = QLabel(FONT_MESSAGE)
            self.font_note.setObjectName("noChineseFontNote")
            self.window.statusBar().addWidget(self.font_note)
        self.font_note.show()
        if not self._font_warned:
            self._font_warned = True
            self.window.statusBar().showMessage(FONT_MESSAGE, FONT_MESSAGE_MS)


def install_language_menu(window) -> LanguageMenu:
    return LanguageMenu(window)
