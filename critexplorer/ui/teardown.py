"""End Qt in an order that cannot crash: the widgets go while the QApplication and Python still work.

Left to interpreter exit, PySide's clean-up (an atexit function) deletes every widget Python still
owns. Deleting one reparents its children, which sends events into Python overrides (resize and
event handlers of pyqtgraph's widgets) while the interpreter is being torn down: about one
`export --view window` in four ended in a segfault after the PNG was written. So the front ends close
and delete their widgets themselves, with the event loop's deferred deletions run and Python's
reference cycles (signal closures holding widgets) collected, before they return.
"""

from __future__ import annotations

import gc


def close_widgets(app, *widgets) -> None:
    """Hide and delete `widgets` (None and already deleted ones are skipped), run the deferred
    deletions (GL widgets release their contexts there) and collect cycles, while `app` lives.

    Hidden, not closed: a close event would ask about unsaved changes again after the user has
    answered (or, after a screenshot, with nobody there to answer)."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    for widget in widgets:
        if widget is None or not shiboken6.isValid(widget):
            continue
        widget.hide()
        widget.deleteLater()
    # processEvents() does not run deleteLater outside an event loop: send them explicitly.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
