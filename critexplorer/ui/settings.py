"""The app's preferences (recent files, last folder, window geometry, export choices) in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QSettings


def settings() -> QSettings:
    # IniFormat explicitly, so QSettings.setPath can point tests (and portable installs) elsewhere.
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "critexplorer", "critexplorer")
