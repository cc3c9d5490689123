"""Ctrl+C in the terminal (SIGINT), and SIGTERM / SIGHUP from the system, close the app
the same way as quitting it: open editors keep what was typed as a draft, the clipboard and
file-dialog history are cleaned, the workbook is closed.

Python runs a signal handler only when the interpreter gets control, and Qt's event loop
is C++ code that may wait for a long time, so the signal would sit unseen (and a later
KeyboardInterrupt would surface in whatever Python callback ran next, as a stray error).
`signal.set_wakeup_fd` makes the C-level handler write a byte to a socket that a
QSocketNotifier watches: the event loop wakes at once, runs the Python handler, which
asks the app to quit from the next turn of the loop.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, QTimer


def _signals() -> list[signal.Signals]:
    names = ("SIGINT", "SIGTERM", "SIGHUP")
    return [getattr(signal, name) for name in names if hasattr(signal, name)]


class InterruptHandler(QObject):
    """Installed once by the app; `uninstall()` puts the previous handlers back (tests)."""

    def __init__(self, parent: QObject, on_interrupt: Callable[[], None]) -> None:
        super().__init__(parent)
        self._on_interrupt = on_interrupt
        self._previous: dict[signal.Signals, object] = {}
        self._previous_fd = -1
        self.received: list[int] = []
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def install(self) -> None:
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        for number in _signals():
            self._previous[number] = signal.signal(number, self._handle)

    def uninstall(self) -> None:
        for number, handler in self._previous.items():
            with contextlib.suppress(TypeError, ValueError):
                signal.signal(number, handler)  # type: ignore[arg-type]
        self._previous.clear()
        with contextlib.suppress(ValueError):
            signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()

    def _drain(self) -> None:
        # Python runs the pending handler as soon as this slot (Python code) starts.
        with contextlib.suppress(OSError):
            while self._reader.recv(64):
                pass

    def _handle(self, number: int, _frame: FrameType | None) -> None:
        self.received.append(number)
        if len(self.received) == 1:  # a second Ctrl+C while leaving changes nothing
            QTimer.singleShot(0, self._on_interrupt)


def install_interrupt_handler(
    parent: QObject, on_interrupt: Callable[[], None]
) -> InterruptHandler:
    handler = InterruptHandler(parent, on_interrupt)
    handler.install()
    return handler
