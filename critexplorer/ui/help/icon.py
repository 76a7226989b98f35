"""The application icon, critexplorer/resources/critexplorer.svg (drawn by scripts/draw_icon.py)."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtGui import QIcon, QPixmap

ICON_FILE = "critexplorer.svg"


def icon_bytes() -> bytes:
    return files("critexplorer.resources").joinpath(ICON_FILE).read_bytes()


def app_icon() -> QIcon:
    """The icon at any size; Qt renders the SVG through its svg image plugin."""
    pixmap = QPixmap()
    pixmap.loadFromData(icon_bytes(), "SVG")
    return QIcon(pixmap)
