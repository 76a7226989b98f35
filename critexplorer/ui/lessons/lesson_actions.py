"""The lessons' menus and keys: File → Open lesson…, Help → Lessons (the built-in ones, and Close
lesson), PageDown / PageUp (next and back while a lesson is open; in presenter mode through
ui/navigation.py, which hands the clicker's keys to the lesson), and the panel docked at the left.

`install_lessons(window)` adds them to a MainWindow without the window knowing more than that line.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from critexplorer.core.i18n import current_language
from critexplorer.files.lesson_file import LessonError, builtin_lessons, load_lesson
from critexplorer.ui.lessons.lesson_panel import LessonPanel
from critexplorer.ui.lessons.lesson_player import LessonPlayer

LESSON_FILTER = "critexplorer lessons (*.json);;All files (*)"


def _menu_with(window, action: QAction | None, shortcut=None) -> QMenu | None:
    """The menu-bar menu holding `action` (or an action with `shortcut`): found by content, not by
    its title, which changes with the language."""
    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is None:
            continue
        for item in menu.actions():
            if item is action or (shortcut is not None and item.shortcut() == QKeySequence(shortcut)):
                return menu
    return None


class LessonActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.player = LessonPlayer(window)
        self.panel = LessonPanel(self.player, window)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.panel)
        self.panel.hide()
        self.player.opened.connect(self._show_panel)
        self.player.opened.connect(lambda _lesson: self._enable(True))
        self.player.closed.connect(lambda: self._enable(False))

        self.open_action = QAction(window)
        self.open_action.triggered.connect(self.open_dialog)
        session_actions = getattr(window, "session_actions", None)
        file_menu = _menu_with(window, getattr(session_actions, "open_action", None))
        if file_menu is not None:  # after the sessions' Open / Save, before the exports
            items = file_menu.actions()
            save_as = getattr(session_actions, "save_as_action", None)
            after = items.index(save_as) + 1 if save_as in items else len(items)
            file_menu.insertAction(items[after] if after < len(items) else None, self.open_action)
        self.menu = QMenu(window)
        self.menu.setObjectName("lessonsMenu")
        help_menu = _menu_with(window, None, QKeySequence.StandardKey.HelpContents)
        if help_menu is not None:
            help_menu.insertMenu(help_menu.actions()[0] if help_menu.actions() else None, self.menu)
        self.lesson_actions: list[tuple[QAction, object]] = []
        for lesson in builtin_lessons():
            action = self.menu.addAction("")
            action.triggered.connect(lambda _=False, chosen=lesson: self.player.open(chosen))
            self.lesson_actions.append((action, lesson))
        self.menu.addSeparator()
        self.close_action = self.menu.addAction("")
        self.close_action.triggered.connect(self.player.close)
        # PageDown / PageUp outside presenter mode; in it the presenter's own keys go to the lesson.
        self.next_action = self._key_action("PgDown", self.player.next)
        self.back_action = self._key_action("PgUp", self.player.back)
        self._enable(False)
        navigation = getattr(getattr(window, "presenter", None), "navigation", None)
        if navigation is not None:
            navigation.lesson = self.player
        window.installEventFilter(self)
        self.retranslate()

    def _key_action(self, key: str, slot) -> QAction:
        action = QAction(self.window)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _enable(self, on: bool) -> None:
        for action in (self.next_action, self.back_action, self.close_action):
            action.setEnabled(on)

    def _show_panel(self, _lesson=None) -> None:
        self.panel.show()
        self.panel.raise_()

    # ---- opening -------------------------------------------------------------------------------
    def open_dialog(self) -> None:
        title = QCoreApplication.translate("LessonActions", "Open lesson")
        path, _ = QFileDialog.getOpenFileName(self.window, title, "", LESSON_FILTER)
        if path:
            problem = self.open_path(path)
            if problem is not None:
                QMessageBox.warning(self.window, title, problem)

    def open_path(self, path: str | Path, step: int = 0) -> str | None:
        """Open a lesson file at `step` (from 0); why not, in one line, or None. Nothing changes when
        the file is broken: the message names the file, the step and the field."""
        try:
            lesson = load_lesson(path)
        except LessonError as error:
            self.window.statusBar().showMessage(str(error), 10000)
            return str(error)
        self.player.open(lesson, step)
        return None

    # ---- words ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.open_action.setText(QCoreApplication.translate("LessonActions", "Open lesson…"))
        self.open_action.setToolTip(
            QCoreApplication.translate("LessonActions", "A lesson file of your own (JSON; see the README)")
        )
        self.menu.setTitle(QCoreApplication.translate("LessonActions", "Lessons"))
        self.close_action.setText(QCoreApplication.translate("LessonActions", "Close lesson"))
        self.next_action.setText(QCoreApplication.translate("LessonActions", "Next step of the lesson"))
        self.back_action.setText(QCoreApplication.translate("LessonActions", "Previous step of the lesson"))
        language = current_language()
        for index, (action, lesson) in enumerate(self.lesson_actions, start=1):
            action.setText(f"{index}. {lesson.title.shown(language)}")

    def eventFilter(self, obj, event) -> bool:
        if obj is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def install_lessons(window) -> LessonActions:
    actions = LessonActions(window)
    window.lesson_player = actions.player
    window.lesson_panel = actions.panel
    return actions
