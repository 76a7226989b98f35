"""Help menu: the user guide lists every shortcut the window has, the About box names the versions,
and the icon and .desktop file ship in the package."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata
from importlib.resources import files
from pathlib import Path

import numpy
import pyqtgraph
import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtGui import QAction, QKeySequence, QShortcut

from critexplorer import __version__

REPO_ROOT = Path(__file__).resolve().parents[2]


def _shortcut_keys(window) -> list[tuple[str, str]]:
    pairs = []
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            pairs.append((key.toString(QKeySequence.SequenceFormat.PortableText), action.text()))
    for shortcut in window.findChildren(QShortcut):
        if shortcut.whatsThis():
            pairs.append(
                (shortcut.key().toString(QKeySequence.SequenceFormat.PortableText), shortcut.whatsThis())
            )
    return pairs


def test_the_guide_lists_every_shortcut_of_the_window(window, qtbot):
    dialog = window.show_guide()
    qtbot.addWidget(dialog)
    text = dialog.plain_text()
    pairs = _shortcut_keys(window)
    assert len(pairs) >= 20
    for key, what in pairs:
        assert key in text and what.replace("&", "").rstrip("…") in text, (key, what)
    listed = {key for row in dialog.rows for key in row.keys.split(" or ")}
    for key in ("Ctrl+S", "Ctrl+O", "Ctrl+E", "Ctrl+Shift+E", "F5", "F11", "Space", "Ctrl+Z", "Shift+Left"):
        assert key in listed, key
    # Mouse gestures and formula syntax come from resources/guide.md.
    for phrase in ("Shift+drag", "Ctrl+click", "(1 - w1*w2)^2", "abs(x)", "Presenter mode"):
        assert phrase in text, phrase


def test_in_presenter_mode_the_guide_lists_the_clicker_keys(window, qtbot):
    window.presenter.enter(full_screen=False)
    dialog = window.show_guide(at_shortcuts=True)
    qtbot.addWidget(dialog)
    keys = {row.keys for row in dialog.rows}
    assert {"PgDown", "PgUp", "Ctrl+0", "Ctrl+= or Ctrl++", "Ctrl+-"} <= keys
    assert dialog.browser.verticalScrollBar().value() > 0  # scrolled down to the shortcut table
    window.presenter.leave()


def test_the_about_box_names_version_licence_and_libraries(window, qtbot):
    box = window.show_about()
    qtbot.addWidget(box)
    text = box.text()
    for needle in (
        f"critexplorer {__version__}",
        "Licence: MIT",
        f"Qt {qVersion()}",
        f"PySide6 {PySide6.__version__}",
        f"pyqtgraph {pyqtgraph.__version__}",
        f"numpy {numpy.__version__}",
        f"autograd {metadata.version('autograd')}",
        "No project page yet.",  # pyproject.toml has no [project.urls]; the box says so
    ):
        assert needle in text, needle
    assert not box.iconPixmap().isNull()
    box.close()


def test_the_window_has_the_icon_and_the_package_ships_a_desktop_file(window):
    assert not window.windowIcon().isNull()
    sizes = window.windowIcon().availableSizes()
    assert sizes and sizes[0].width() >= 64
    desktop = files("critexplorer.resources").joinpath("critexplorer.desktop").read_text(encoding="utf-8")
    entries = dict(line.split("=", 1) for line in desktop.splitlines() if "=" in line)
    assert entries["Type"] == "Application" and entries["Icon"] == "critexplorer"
    assert entries["Exec"].split()[0] == "critexplorer"
    pyproject = (REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8")  # the wheel ships them
    assert all(f'"{pattern}"' in pyproject for pattern in ("*.svg", "*.desktop", "*.md"))


def test_the_committed_icon_is_what_the_script_draws(tmp_path):
    script = REPO_ROOT / "scripts" / "draw_icon.py"
    drawn = subprocess.run(
        [sys.executable, "-c", f"import runpy; print(runpy.run_path({str(script)!r})['icon_svg'](), end='')"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert drawn == files("critexplorer.resources").joinpath("critexplorer.svg").read_text(encoding="utf-8")
