"""Guards against Qt-binding bugs that crash the window long after their cause."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(object)


def test_signal_emit_keeps_the_refcount_of_true(qapp):
    """PySide6 6.12.0 drops a reference to True on every Signal.emit(); on Python 3.11 the process
    aborts ("bool_dealloc") after a few thousand clicks. pyproject.toml excludes that version."""
    emitter = _Emitter()
    emitter.fired.connect(lambda value: None)
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.fired.emit(1)
    assert sys.getrefcount(True) - before >= -5
