"""Whether Qt can reach a window system here, asked before Qt starts: with no display, Qt's xcb plugin
aborts the whole process (a core dump and Qt's own lines, nothing a user can act on). The window
command refuses with one clear line; export draws the views that need no OpenGL on the offscreen
platform instead. Qt-free, reads only the environment.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from critexplorer.core.i18n import QT_TRANSLATE_NOOP, translate

HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc")  # Qt starts on these with no display, without GL
DISPLAY_PLATFORMS = ("xcb", "wayland")  # these need a display server

XVFB_HINT = QT_TRANSLATE_NOOP(
    "CLI", "run it under xvfb-run (e.g. xvfb-run -a critexplorer export ...) or in a desktop session"
)
WINDOW_HINT = QT_TRANSLATE_NOOP(
    "CLI",
    "run it in a desktop session, set DISPLAY to a running X server, or run it under xvfb-run "
    "(e.g. xvfb-run -a critexplorer ...)",
)


def platform_name() -> str:
    """The Qt platform plugin asked for in QT_QPA_PLATFORM ("" when it is not set)."""
    return os.environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip()


def missing_display() -> str | None:
    """What keeps Qt from a window system here (a sentence), or None: there is one, the platform asked
    for needs none (offscreen, minimal, vnc) or is one we cannot check (eglfs, windows, cocoa, ...)."""
    platform = platform_name()
    if platform and platform not in DISPLAY_PLATFORMS:
        return None
    if os.environ.get("WAYLAND_DISPLAY") and platform != "xcb":
        return None
    if platform == "wayland":
        return translate("CLI", "QT_QPA_PLATFORM is wayland but WAYLAND_DISPLAY is not set")
    display = os.environ.get("DISPLAY", "")
    if not display:
        if sys.platform in ("darwin", "win32"):
            return None
        return translate("CLI", "there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)")
    match = re.fullmatch(r":(\d+)(\.\d+)?", display)
    # A local display without its socket would make Qt abort; a remote one we have to trust.
    if match is not None and not Path(f"/tmp/.X11-unix/X{match.group(1)}").exists():
        return translate("CLI", "there is no X server at DISPLAY={display}").format(display=display)
    return None


def has_display() -> bool:
    """Whether Qt can open a window-system connection (so OpenGL can work)."""
    return platform_name() not in HEADLESS_PLATFORMS and missing_display() is None


def window_refusal() -> str | None:
    """The line to print instead of opening the window where Qt cannot start one, or None."""
    problem = missing_display()
    if problem is None:
        return None
    return translate("CLI", "cannot open the window: {problem}; {hint}").format(
        problem=problem, hint=translate("CLI", WINDOW_HINT)
    )
