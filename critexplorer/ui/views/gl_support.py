"""Can this process draw OpenGL? Asked before any GL call, because GL on a platform without a
context (QT_QPA_PLATFORM=offscreen, broken drivers) segfaults instead of raising."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QOffscreenSurface, QOpenGLContext

from critexplorer.core.i18n import QT_TRANSLATE_NOOP

NO_GL_PLATFORMS = {"offscreen", "minimal", "vnc"}


@dataclass(frozen=True)
class GLStatus:
    available: bool
    reason: str  # why not, in words a user can act on (English, for the command line); "" when available
    version: str = ""
    # The reason's words before its values went in, and the values: shown_reason() words it again
    # in the window's language at the time it is shown (the probe's answer is cached).
    template: str = ""
    values: tuple[tuple[str, str], ...] = ()

    def shown_reason(self) -> str:
        if not self.template:
            return self.reason
        return QCoreApplication.translate("GLSupport", self.template).format(**dict(self.values))


def _unavailable(template: str, **values: str) -> GLStatus:
    return GLStatus(False, template.format(**values), template=template, values=tuple(values.items()))


_cached: GLStatus | None = None


def probe_gl() -> GLStatus:
    """Try to create and make current an OpenGL context on an offscreen surface (cached)."""
    global _cached
    if _cached is not None:
        return _cached
    app = QGuiApplication.instance()
    if app is None:
        return _unavailable(QT_TRANSLATE_NOOP("GLSupport", "no Qt application is running"))
    platform = QGuiApplication.platformName()
    if platform in NO_GL_PLATFORMS:
        _cached = _unavailable(
            QT_TRANSLATE_NOOP(
                "GLSupport",
                "the Qt platform '{platform}' has no OpenGL. Run under a desktop "
                "session or Xvfb (xvfb-run) to see the 3-D surface.",
            ),
            platform=platform,
        )
        return _cached
    context = QOpenGLContext()
    if not context.create():
        _cached = _unavailable(
            QT_TRANSLATE_NOOP(
                "GLSupport",
                "no OpenGL context could be created (missing or broken GL "
                "drivers). Install Mesa (libgl1, libegl1) or update the drivers.",
            )
        )
        return _cached
    surface = QOffscreenSurface()
    surface.setFormat(context.format())
    surface.create()
    if not surface.isValid() or not context.makeCurrent(surface):
        _cached = _unavailable(
            QT_TRANSLATE_NOOP("GLSupport", "an OpenGL context exists but cannot draw on this display.")
        )
        return _cached
    fmt = context.format()
    version = f"{fmt.majorVersion()}.{fmt.minorVersion()}"
    context.doneCurrent()
    if fmt.majorVersion() < 2:
        _cached = _unavailable(
            QT_TRANSLATE_NOOP(
                "GLSupport", "OpenGL {version} is too old; the 3-D view needs OpenGL 2.0 or later."
            ),
            version=version,
        )
    else:
        _cached = GLStatus(True, "", version)
    return _cached
