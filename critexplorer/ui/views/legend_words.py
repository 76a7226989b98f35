"""The words of the views' legends for the atlas's types, shared by the contour and the 3-D view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from critexplorer.core.display_words import shown_word


def curve_name(classification: str) -> str:
    """The legend's name of a critical curve of this type ("minimum curve", 最小值曲线...)."""
    return QCoreApplication.translate("Legend", "{kind} curve").format(kind=shown_word(classification))
