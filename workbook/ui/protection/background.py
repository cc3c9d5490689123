"""Run the slow key derivation (about half a second) off the GUI thread.

Argon2id in `cryptography` releases the GIL, so a plain thread keeps the window painting
and the quick-exit key working while a passphrase is checked. The result is handed back on
the GUI thread by polling from a QTimer (no cross-thread signals needed).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

POLL_MS = 15


def _nothing(*_args: Any) -> None:
    return None


class BackgroundTask(QObject):
    def __init__(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._on_done = on_done
        self._on_error = on_error
        self._result: Any = None
        self._error: BaseException | None = None
        self._delivered = False
        self._thread = threading.Thread(target=self._run, name="workbook-key", daemon=True)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        self._thread.start()
        self._timer.start()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        try:
            self._result = self._work()
        except BaseException as error:
            self._error = error

    def _poll(self) -> None:
        if self._thread.is_alive() or self._delivered:
            return
        self._timer.stop()
        self._delivered = True
        error, result = self._error, self._result
        on_done, on_error = self._on_done, self._on_error
        # Nothing stays behind once delivered: the work (a closure that may hold a typed
        # passphrase), its result (a data key) and the callbacks. The parent widget keeps
        # its children alive, so this object could otherwise outlive the secret's use.
        self._work = self._on_done = self._on_error = _nothing
        self._error = self._result = None
        self.deleteLater()
        if error is not None:
            on_error(error)
        else:
            on_done(result)
        del error, result

    def wait(self, timeout: float | None = None) -> None:
        """Block until done and deliver the result now (tests, benchmarks)."""
        self._thread.join(timeout)
        self._poll()
