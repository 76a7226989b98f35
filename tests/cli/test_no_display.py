"""With no display, Qt's xcb plugin aborts the process (a core dump, Qt's own lines): the window command
refuses first with one line naming what is missing and how to fix it (exit 2); export draws the views
that need no OpenGL on the offscreen platform and refuses the others the same way. Subprocesses with
the display variables removed, each with a timeout, so a regression cannot hang the suite."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from critexplorer.cli import display

DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "CRITEXPLORER_DEBUG")


def headless(*args: str, **extra: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARIABLES}
    env.update(LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="", **extra)
    return subprocess.run(
        [sys.executable, "-m", "critexplorer", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def test_the_window_with_no_display_says_what_is_missing():
    done = headless("--preset", "lecture")
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        "critexplorer: error: cannot open the window: there is no display (neither DISPLAY nor "
        "WAYLAND_DISPLAY is set); run it in a desktop session, set DISPLAY to a running X server, or run "
        "it under xvfb-run (e.g. xvfb-run -a critexplorer ...)"
    ]


def test_a_display_with_no_x_server_is_named():
    done = headless("window", "--lang", "zh_TW", DISPLAY=":987")  # no /tmp/.X11-unix/X987
    assert done.returncode == 2, done.stderr
    (line,) = done.stderr.splitlines()
    assert "無法開啟視窗" in line and "DISPLAY=:987 上沒有 X 伺服器" in line and "xvfb-run" in line


def test_export_with_no_display_refuses_gl_and_draws_the_rest(tmp_path):
    surface = headless("export", "--preset", "lecture", "--view", "surface", "--out", str(tmp_path / "s.png"))
    assert surface.returncode == 2 and not (tmp_path / "s.png").exists()
    (line,) = surface.stderr.splitlines()
    assert "needs OpenGL and there is no display" in line and "xvfb-run" in line
    out = tmp_path / "c.png"
    contour = headless(
        "export", "--preset", "lecture", "--view", "contour", "--size", "320x240", "--out", str(out)
    )
    assert contour.returncode == 0, contour.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({}, "there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)"),
        ({"QT_QPA_PLATFORM": "wayland"}, "QT_QPA_PLATFORM is wayland but WAYLAND_DISPLAY is not set"),
        ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, "there is no display"),
        ({"DISPLAY": ":987"}, "there is no X server at DISPLAY=:987"),
        ({"WAYLAND_DISPLAY": "wayland-0"}, None),
        ({"DISPLAY": "remote:0"}, None),  # remote: trusted
        ({"QT_QPA_PLATFORM": "offscreen"}, None),
    ],
)
def test_what_is_missing(monkeypatch, env, missing):
    for name in DISPLAY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(display.sys, "platform", "linux")
    found = display.missing_display()
    assert found == missing if missing is None else found.startswith(missing)
    headless_platform = env.get("QT_QPA_PLATFORM") == "offscreen"
    assert display.has_display() is (missing is None and not headless_platform)
