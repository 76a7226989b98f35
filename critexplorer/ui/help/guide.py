"""Help → User guide: critexplorer/resources/guide.md (formulas, mouse, presenter mode) followed by the
shortcut table read from the window, in a QTextBrowser."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from critexplorer.ui.help.shortcuts import ShortcutRow, shortcut_rows

GUIDE_FILE = "guide.md"
SHORTCUTS_HEADING = "Keyboard shortcuts"


def guide_markdown(rows: list[ShortcutRow]) -> str:
    table = ["| Keys | What it does |", "|---|---|"]
    table += [f"| {_cell(row.keys)} | {_cell(row.what)} |" for row in rows]
    text = files("critexplorer.resources").joinpath(GUIDE_FILE).read_text(encoding="utf-8")
    return text.rstrip() + "\n\n" + "\n".join(table) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


class GuideDialog(QDialog):
    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.setWindowTitle("critexplorer user guide")
        self.rows = shortcut_rows(window)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(guide_markdown(self.rows))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        screen = window.screen().availableGeometry()
        self.resize(min(760, screen.width() - 80), min(820, screen.height() - 80))

    def plain_text(self) -> str:
        return self.browser.toPlainText()

    def show_shortcuts(self) -> None:
        """Scroll so that the shortcut table's heading is at the top."""
        cursor = self.browser.document().find(
            SHORTCUTS_HEADING, 0, QTextDocument.FindFlag.FindCaseSensitively
        )
        if cursor.isNull():
            return
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() + self.browser.cursorRect(cursor).top())
