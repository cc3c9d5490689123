"""Notice when the app's first window is on screen.

`after_first_paint(app, callback)` calls `callback` once, on the GUI thread, right after the
first top-level window of the process has been painted. The app starts its slow, invisible
work (loading the storage libraries) from there, so that work never delays the first window.
All callbacks share one watcher: each event passes one Python event filter, not one per
callback.

Register callbacks once the first window has been built, just before it is shown (as
workbook/ui/protection/startup.py does): while an application-wide Python event filter is
installed, a rich-text label built in Qt makes PySide look up the Python type of its private
text control, which loads every class of QtCore, QtGui and QtWidgets (about 180 enum types,
a good part of a bare dialog's start-up time).

With the environment variable `WORKBOOK_PAINT_MARKER=1` the moment is also written to stderr
as `workbook-first-paint <seconds since the epoch> <CPU seconds of the process so far>`, for
`bench/bench_ui.py`, which starts the app the way a person does and needs to see when its
first window appears (the CPU time, which counts both starts of the private-memory relaunch,
is the steadier figure on a busy machine). The line holds two times and nothing else.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

MARKER_ENV = "WORKBOOK_PAINT_MARKER"
MARKER = "workbook-first-paint"


class _FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.callbacks: list[Callable[[], object]] = []
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            self._seen = True
            # The window and its children paint in this same pass; once the event loop comes
            # back, all of it has reached the screen.
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        self._app.removeEventFilter(self)
        if _watching.get("watcher") is self:
            del _watching["watcher"]
        if os.environ.get(MARKER_ENV) == "1":
            print(
                f"{MARKER} {time.time():.6f} {time.process_time():.6f}", file=sys.stderr, flush=True
            )
        callbacks, self.callbacks = self.callbacks, []
        for callback in callbacks:
            callback()
        self.deleteLater()


_watching: dict[str, _FirstPaint] = {}  # the watcher waiting for a first paint, if any


def load_text_control_types() -> None:
    """Pay now, while the person types, what the first rich-text label costs under the
    application-wide event filters (see the module text): the overview has several, and
    Enter on the unlock screen should not wait for PySide to load the Qt classes (about 180
    enum types) it looks through. A throwaway label, never shown."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText("<b>Workbook</b>")
    label.deleteLater()


def after_first_paint(app: QApplication, callback: Callable[[], object]) -> None:
    """Call `callback` once the next first window has been painted (see the module text);
    callbacks run in the order they were given."""
    watcher = _watching.get("watcher")
    try:
        alive = watcher is not None and watcher.parent() is app
    except RuntimeError:  # its application was destroyed (tests make a new one)
        alive = False
    if watcher is None or not alive:
        watcher = _watching["watcher"] = _FirstPaint(app)
        app.installEventFilter(watcher)
    watcher.callbacks.append(callback)
