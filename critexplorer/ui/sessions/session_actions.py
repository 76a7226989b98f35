"""File menu actions: Open / Save / Save As (Ctrl+O, Ctrl+S), recent files, Export… (Ctrl+E),
Copy image, trajectories as CSV, QSettings preferences, and the unsaved-changes prompt on close.

`install_session_actions(window)` adds them to an existing MainWindow without the window knowing.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox

from critexplorer.files.atomic_write import describe_os_error, write_atomically
from critexplorer.files.session import (
    SESSION_SUFFIX,
    Session,
    SessionError,
    cannot_open,
    load_session,
    save_session,
    with_suffix,
)
from critexplorer.ui.export.formats import exporter_for
from critexplorer.ui.sessions.session_state import capture_session, restore_session
from critexplorer.ui.settings import settings

MAX_RECENT = 8
# Set by the test suite: a modal question on close would wait forever for a click.
NO_PROMPTS_ENV = "CRITEXPLORER_NO_PROMPTS"
_USER_INPUT = {QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.Wheel}


def session_filter() -> str:
    """The file dialogs' filter, in the chosen language."""
    return QCoreApplication.translate("Sessions", "critexplorer sessions (*{suffix});;All files (*)").format(
        suffix=SESSION_SUFFIX
    )


GEOMETRY_KEY = "window/geometry"


class SessionActions(QObject):
    """Owns the current file name and the 'modified' flag of one window. Its actions' texts follow the
    language: the window's LanguageChange reaches this object through its event filter."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.model = window.model
        self.path: Path | None = None
        self.dirty = False
        self._loading = False
        # Changes count only after the user has touched the app: the state set up from the command
        # line (or by --screenshot) is not "unsaved work".
        self._user_active = False
        self.remember_geometry = False  # save the window geometry on close (see restore_geometry)
        self._build_actions()
        for signal in (
            self.model.landscapeChanged,
            self.model.selectionChanged,
            self.model.displayChanged,
            self.model.overlaysChanged,
            self.model.atlasChanged,
        ):
            signal.connect(self._mark_dirty)
        window.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._update_title()
        # The window sets a title of its own when it (re)translates itself, at the end of its
        # construction and on every LanguageChange; ours (the file name, "*" while modified) goes after.
        QTimer.singleShot(0, self, self._update_title)

    # ---- menu ----------------------------------------------------------------------------
    def _build_actions(self) -> None:
        window = self.window
        menu = _file_menu(window)
        first = menu.actions()[0] if menu.actions() else None

        def action(slot, shortcut=None) -> QAction:
            act = QAction(window)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            menu.insertAction(first, act)
            return act

        self.open_action = action(self.open_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu(window)
        menu.insertMenu(first, self.recent_menu)
        self.save_action = action(self.save, QKeySequence.StandardKey.Save)
        self.save_as_action = action(self.save_as, "Ctrl+Shift+S")
        menu.insertSeparator(first)
        self.export_action = action(self.export_dialog, "Ctrl+E")
        self.copy_image_action = action(self.copy_image, "Ctrl+Shift+E")
        self.csv_action = action(self.export_csv)
        menu.insertSeparator(first)
        self.retranslate()
        self._fill_recent()

    def retranslate(self) -> None:
        """The actions' texts and the title in the chosen language (again on every LanguageChange)."""
        self.open_action.setText(QCoreApplication.translate("Sessions", "Open session…"))
        self.recent_menu.setTitle(QCoreApplication.translate("Sessions", "Open recent"))
        self.save_action.setText(QCoreApplication.translate("Sessions", "Save session"))
        self.save_as_action.setText(QCoreApplication.translate("Sessions", "Save session as…"))
        self.export_action.setText(QCoreApplication.translate("Sessions", "Export picture…"))
        self.copy_image_action.setText(QCoreApplication.translate("Sessions", "Copy image"))
        self.csv_action.setText(QCoreApplication.translate("Sessions", "Export trajectories as CSV…"))
        if hasattr(self, "path"):
            self._update_title()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = recent_files()
        for path in paths:
            self.recent_menu.addAction(Path(path).name, lambda p=path: self.open_path(p)).setToolTip(path)
        self.recent_menu.setEnabled(bool(paths))

    # ---- state -----------------------------------------------------------------------------
    def _mark_dirty(self, *_) -> None:
        if self._user_active and not self._loading and not self.dirty:
            self.dirty = True
            self._update_title()

    def _update_title(self) -> None:
        name = self.path.name if self.path else QCoreApplication.translate("Sessions", "untitled")
        # Qt shows "*" at the [*] placeholder while the window is marked modified.
        self.window.setWindowTitle(f"{name}[*] — critexplorer")
        self.window.setWindowModified(self.dirty)

    def _error(self, title: str, message: str) -> None:
        self.window.statusBar().showMessage(message, 10000)
        QMessageBox.warning(self.window, title, message)

    # ---- open / save -----------------------------------------------------------------------
    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        start = settings().value("last_folder", str(Path.home()))
        name, _ = QFileDialog.getOpenFileName(
            self.window, QCoreApplication.translate("Sessions", "Open session"), start, session_filter()
        )
        if name:
            self.open_path(name)

    def open_path(self, path: str | Path) -> bool:
        """Load, validate, then show; on any error the current exploration stays exactly as it was."""
        try:
            self.load_and_apply(path)
        except SessionError as error:
            self._error(QCoreApplication.translate("Sessions", "Cannot open session"), str(error))
            return False
        self.path = Path(path)
        self.dirty = False
        remember_file(self.path)
        self._fill_recent()
        self._update_title()
        self.window.statusBar().showMessage(
            QCoreApplication.translate("Sessions", "Opened {path}").format(path=self.path), 5000
        )
        return True

    def load_and_apply(self, path: str | Path) -> None:
        """Read and check the file, then check and show its contents (session_state.restore_session):
        all or nothing; SessionError('cannot open FILE: reason') with the current exploration kept."""
        session = load_session(path)
        try:
            self.apply(session)
        except SessionError as error:
            raise SessionError(cannot_open(path, error)) from None

    def apply(self, session: Session) -> None:
        self._loading = True
        try:
            restore_session(session, self.model, self.window)
        finally:
            self._loading = False

    def save(self) -> bool:
        return self.save_to(self.path) if self.path else self.save_as()

    def save_as(self) -> bool:
        folder = Path(settings().value("last_folder", str(Path.home())))
        start = str(self.path or folder / "exploration.critx")
        name, _ = QFileDialog.getSaveFileName(
            self.window, QCoreApplication.translate("Sessions", "Save session"), start, session_filter()
        )
        return self.save_to(with_suffix(name)) if name else False

    def save_to(self, path: str | Path) -> bool:
        try:
            save_session(capture_session(self.model, self.window), path)
        except SessionError as error:
            self._error(QCoreApplication.translate("Sessions", "Cannot save session"), str(error))
            return False
        self.path = Path(path)
        self.dirty = False
        remember_file(self.path)
        self._fill_recent()
        self._update_title()
        self.window.statusBar().showMessage(
            QCoreApplication.translate("Sessions", "Saved {path}").format(path=self.path), 5000
        )
        return True

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False means the user cancelled."""
        if not self.dirty or self.model.landscape is None or os.environ.get(NO_PROMPTS_ENV):
            return True
        answer = QMessageBox.question(
            self.window,
            QCoreApplication.translate("Sessions", "Unsaved changes"),
            QCoreApplication.translate("Sessions", "This exploration has unsaved changes. Save them first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def eventFilter(self, watched, event) -> bool:
        if not self._user_active and event.type() in _USER_INPUT:
            self._user_active = True
            QApplication.instance().removeEventFilter(self)  # the window keeps its own filter
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            QTimer.singleShot(0, self, self._update_title)  # after the window's own retranslate()
        if watched is self.window and event.type() == QEvent.Type.Close:
            if not self.maybe_save():
                event.ignore()
                return True
            if self.remember_geometry:
                settings().setValue(GEOMETRY_KEY, self.window.saveGeometry())
        return False

    def restore_geometry(self) -> bool:
        """Put the window where and as large as it was when it was last closed (from QSettings), and
        remember it again on close. Only for a window a user opened: tests and screenshots keep theirs."""
        self.remember_geometry = True
        saved = settings().value(GEOMETRY_KEY)
        return bool(saved) and bool(self.window.restoreGeometry(saved))

    # ---- pictures and CSV --------------------------------------------------------------------
    def export_dialog(self) -> None:
        from critexplorer.ui.export.dialog import ExportDialog

        ExportDialog(self.window, self.path).exec()

    def copy_image(self) -> None:
        from critexplorer.ui.export.dialog import copy_image_with_saved_options

        message = copy_image_with_saved_options(self.window)
        self.window.statusBar().showMessage(message, 5000)

    def export_csv(self) -> None:
        runs = self.model.runs.runs
        if not runs:
            self._error(
                QCoreApplication.translate("Sessions", "No trajectories"),
                QCoreApplication.translate("Sessions", "There are no optimizer runs to export yet."),
            )
            return
        exporter = exporter_for("trajectories.csv")
        folder = Path(settings().value("last_folder", str(Path.home())))
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("Sessions", "Export trajectories"),
            str(folder / "trajectories.csv"),
            exporter.file_filter(),
        )
        if not name:
            return
        try:
            write_atomically(name, exporter.export(None, runs, tuple(self.model.vars)))
        except OSError as error:
            self._error(
                QCoreApplication.translate("Sessions", "Cannot export"), describe_os_error(error, name)
            )
            return
        self.window.statusBar().showMessage(
            QCoreApplication.translate("Sessions", "Wrote {path}").format(path=name), 5000
        )


def _file_menu(window) -> QMenu:
    """The window's File menu: its `file_menu` if it names one, else the menu bar's first menu (File comes
    first in every language; its text is translated, so it is not found by its words)."""
    menu = getattr(window, "file_menu", None)
    if isinstance(menu, QMenu):
        return menu
    for action in window.menuBar().actions():
        if action.menu() is not None:
            return action.menu()
    return window.menuBar().addMenu(QCoreApplication.translate("Sessions", "&File"))


def recent_files() -> list[str]:
    value = settings().value("recent_files", [])
    paths = [value] if isinstance(value, str) else list(value or [])
    return [p for p in paths if isinstance(p, str)][:MAX_RECENT]


def remember_file(path: Path) -> None:
    store = settings()
    resolved = str(Path(path).resolve())
    paths = [resolved] + [p for p in recent_files() if p != resolved]
    store.setValue("recent_files", paths[:MAX_RECENT])
    store.setValue("last_folder", str(Path(resolved).parent))


def install_session_actions(window) -> SessionActions:
    """Add the File menu's session and export actions to a MainWindow (called once, by the window)."""
    actions = SessionActions(window)
    window.session_actions = actions
    return actions


def open_session(window, path: str | Path) -> None:
    """Open a .critx from the command line (python main.py FILE.critx); raises on a bad file."""
    actions = getattr(window, "session_actions", None) or install_session_actions(window)
    actions.load_and_apply(path)
    actions.path = Path(path)
    actions.dirty = False
    remember_file(actions.path)
    actions._fill_recent()
    actions._update_title()


__all__ = ["SessionActions", "install_session_actions", "open_session", "recent_files"]
