"""Notice when the app's first window is on screen.

`after_first_paint(app, callback)` calls `callback` once, on the GUI thread, right after the
first top-level window of the process has been painted. The app starts its slow, invisible
work (loading the storage libraries) from there, so that work never delays the first window.

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
    def __init__(self, app: QApplication, callbacks: list[Callable[[], object]]) -> None:
        super().__init__(app)
        self._app = app
        self._callbacks = callbacks
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
        if os.environ.get(MARKER_ENV) == "1":
            print(
                f"{MARKER} {time.time():.6f} {time.process_time():.6f}", file=sys.stderr, flush=True
            )
        callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()
        self.deleteLater()


def after_first_paint(app: QApplication, callback: Callable[[], object]) -> None:
    """Call `callback` once the first window has been painted (see the module text)."""
    app.installEventFilter(_FirstPaint(app, [callback]))
