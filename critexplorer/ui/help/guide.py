"""Help → User guide: critexplorer/resources/guide.md (formulas, mouse, presenter mode) followed by the
shortcut table read from the window, in a QTextBrowser. In Chinese it is guide.zh_CN.md or
guide.zh_TW.md beside it (a translation of the whole text, with the lecture's English terms beside the
Chinese on first use), chosen by the window's language."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from critexplorer.core.i18n import CHINESE
from critexplorer.ui.help.shortcuts import ShortcutRow, shortcut_rows
from critexplorer.ui.translations import current_language

GUIDE_FILE = "guide.md"
# The heading of the shortcut table in each guide file (show_shortcuts scrolls to it).
SHORTCUTS_HEADINGS = {"en": "Keyboard shortcuts", "zh_CN": "键盘快捷键", "zh_TW": "鍵盤快速鍵"}
SHORTCUTS_HEADING = SHORTCUTS_HEADINGS["en"]


def guide_file(language: str) -> str:
    """guide.md, or its translation guide.zh_CN.md / guide.zh_TW.md."""
    return f"guide.{language}.md" if language in CHINESE else GUIDE_FILE


def guide_markdown(rows: list[ShortcutRow], language: str | None = None) -> str:
    """The guide in `language` (default: the window's) followed by the shortcut table."""
    language = language or current_language()
    keys = QCoreApplication.translate("Guide", "Keys")
    what = QCoreApplication.translate("Guide", "What it does")
    table = [f"| {keys} | {what} |", "|---|---|"]
    table += [f"| {_cell(row.keys)} | {_cell(row.what)} |" for row in rows]
    text = files("critexplorer.resources").joinpath(guide_file(language)).read_text(encoding="utf-8")
    return text.rstrip() + "\n\n" + "\n".join(table) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


class GuideDialog(QDialog):
    """The guide and the shortcut table; an open dialog follows a language switch (View → Language)."""

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.window_shown = window
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self._at_shortcuts = False
        # A language switch words the dialog again once the event loop is back (see changeEvent);
        # a child timer, so that nothing outlives the dialog.
        self._retranslate_later = QTimer(self)
        self._retranslate_later.setSingleShot(True)
        self._retranslate_later.setInterval(0)
        self._retranslate_later.timeout.connect(self.retranslate)
        self.retranslate()
        screen = window.screen().availableGeometry()
        self.resize(min(760, screen.width() - 80), min(820, screen.height() - 80))

    def retranslate(self) -> None:
        """The title, the guide in the current language and the table read from the window again."""
        self.setWindowTitle(QCoreApplication.translate("Guide", "critexplorer user guide"))
        self.rows = shortcut_rows(self.window_shown)
        self.browser.setMarkdown(guide_markdown(self.rows))
        if self._at_shortcuts:
            self.show_shortcuts()

    def changeEvent(self, event) -> None:
        # The window words its actions again on its own LanguageChange, which may come after this
        # dialog's: the table is read once the event loop is back, when both have.
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_retranslate_later"):
            self._retranslate_later.start()
        super().changeEvent(event)

    def plain_text(self) -> str:
        return self.browser.toPlainText()

    def show_shortcuts(self) -> None:
        """Scroll so that the shortcut table's heading is at the top."""
        self._at_shortcuts = True
        heading = SHORTCUTS_HEADINGS.get(current_language(), SHORTCUTS_HEADING)
        cursor = self.browser.document().find(heading, 0, QTextDocument.FindFlag.FindCaseSensitively)
        if cursor.isNull():
            return
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() + self.browser.cursorRect(cursor).top())
