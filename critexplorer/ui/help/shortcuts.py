"""The window's keyboard shortcuts, read from its QActions and QShortcuts so the guide cannot drift."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QShortcut


@dataclass(frozen=True)
class ShortcutRow:
    keys: str  # e.g. "Ctrl+S" or "Ctrl+= or Ctrl++"
    what: str


def key_text(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def _action_text(action: QAction) -> str:
    """The menu text without its accelerator: "&Open…" is "Open", "打开(&O)…" is "打开"."""
    text = action.text()
    if "(&" in text:  # the Chinese style of accelerator, a letter in brackets after the words
        start = text.index("(&")
        end = text.find(")", start)
        text = text[:start] + (text[end + 1 :] if end >= 0 else "")
    return text.replace("&", "").rstrip("…").strip()


def shortcut_rows(window) -> list[ShortcutRow]:
    """Every QAction with a shortcut (its menu text), then every QShortcut that says what it does
    (its whatsThis), in the order the window made them; one row per distinct key and meaning."""
    rows: list[ShortcutRow] = []
    either = QCoreApplication.translate("Shortcuts", " or ")  # between two keys that do the same
    for action in window.findChildren(QAction):
        keys = [key_text(k) for k in action.shortcuts() if not k.isEmpty()]
        if keys and _action_text(action):
            rows.append(ShortcutRow(either.join(keys), _action_text(action)))
    for shortcut in window.findChildren(QShortcut):
        if not shortcut.key().isEmpty() and shortcut.whatsThis():
            rows.append(ShortcutRow(key_text(shortcut.key()), shortcut.whatsThis()))
    return list(dict.fromkeys(rows))
