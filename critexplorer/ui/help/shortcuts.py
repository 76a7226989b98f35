"""The window's keyboard shortcuts, read from its QActions and QShortcuts so the guide cannot drift."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence, QShortcut


@dataclass(frozen=True)
class ShortcutRow:
    keys: str  # e.g. "Ctrl+S" or "Ctrl+= or Ctrl++"
    what: str


def key_text(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def _action_text(action: QAction) -> str:
    return action.text().replace("&", "").rstrip("…").strip()


def shortcut_rows(window) -> list[ShortcutRow]:
    """Every QAction with a shortcut (its menu text), then every QShortcut that says what it does
    (its whatsThis), in the order the window made them; one row per distinct key and meaning."""
    rows: list[ShortcutRow] = []
    for action in window.findChildren(QAction):
        keys = [key_text(k) for k in action.shortcuts() if not k.isEmpty()]
        if keys and _action_text(action):
            rows.append(ShortcutRow(" or ".join(keys), _action_text(action)))
    for shortcut in window.findChildren(QShortcut):
        if not shortcut.key().isEmpty() and shortcut.whatsThis():
            rows.append(ShortcutRow(key_text(shortcut.key()), shortcut.whatsThis()))
    return list(dict.fromkeys(rows))
