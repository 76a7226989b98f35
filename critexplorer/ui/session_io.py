"""The hook app.py calls for `python main.py FILE.critx`: open the session, or fail with one line."""

from __future__ import annotations

from pathlib import Path

from critexplorer.core.session import SessionError


def open_session(window, path: str | Path) -> None:
    """Show the session in a fresh window; a bad file becomes app.UsageError (exit 2, one stderr line)."""
    from critexplorer.app import UsageError
    from critexplorer.ui.session_actions import open_session as open_in_window

    try:
        open_in_window(window, path)
    except SessionError as error:
        raise UsageError(str(error)) from None
