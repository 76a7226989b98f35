"""A side tab's title set by the panel in it, so the panel re-titles its own tab on a new language."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget


def set_tab_title(panel: QWidget, title: str) -> None:
    """Title the tab that shows `panel` (a QTabWidget holds its pages in a QStackedWidget); nothing
    when the panel is in no tab yet."""
    stack = panel.parentWidget()
    tabs = stack.parentWidget() if stack is not None else None
    if isinstance(tabs, QTabWidget) and tabs.indexOf(panel) >= 0:
        tabs.setTabText(tabs.indexOf(panel), title)
