"""Ctrl+C in the terminal (SIGINT), and SIGTERM / SIGHUP from the system, close the app
the same way as quitting it: open editors keep what was typed as a draft, the clipboard and
file-dialog history are cleaned, the workbook is closed.

Python runs a signal handler only when the interpreter gets control, and Qt's event loop
is C++ code that may wait for a long time, so the signal would sit unseen (and a later
KeyboardInterrupt would surface in whatever Python callback ran next, as a stray error).
`signal.set_wakeup_fd` makes the C-level handler write a byte to a pipe (a socket on
Windows, which takes nothing else) that a QSocketNotifier watches: the event loop wakes at
once, runs the Python handler, which asks the app to quit from the next turn of the loop.
(A pipe, not a socket pair, where it can: the socket module costs the first window 4 ms.)
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

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
        self._reader, self._writer = _wakeup_pair()
        self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def install(self) -> None:
        self._previous_fd = signal.set_wakeup_fd(self._writer, warn_on_full_buffer=False)
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
        _close(self._reader)
        _close(self._writer)

    def _drain(self) -> None:
        # Python runs the pending handler as soon as this slot (Python code) starts.
        with contextlib.suppress(OSError):
            while _read(self._reader):
                pass

    def _handle(self, number: int, _frame: FrameType | None) -> None:
        self.received.append(number)
        if len(self.received) == 1:  # a second Ctrl+C while leaving changes nothing
            QTimer.singleShot(0, self._on_interrupt)


def _wakeup_pair() -> tuple[int, int]:
    """Non-blocking (reading end, writing end), as file descriptors."""
    if sys.platform == "win32":
        import socket

        ends = socket.socketpair()
        for end in ends:
            end.setblocking(False)
            _SOCKETS[end.fileno()] = end
        return ends[0].fileno(), ends[1].fileno()
    reader, writer = os.pipe()
    for end in (reader, writer):
        os.set_blocking(end, False)
    return reader, writer


_SOCKETS: dict[int, Any] = {}  # Windows: the socket objects behind the descriptors


def _read(end: int) -> bytes:
    socket = _SOCKETS.get(end)
    return bytes(socket.recv(64)) if socket is not None else os.read(end, 64)


def _close(end: int) -> None:
    socket = _SOCKETS.pop(end, None)
    if socket is not None:
        socket.close()
    else:
        os.close(end)


def install_interrupt_handler(
    parent: QObject, on_interrupt: Callable[[], None]
) -> InterruptHandler:
    handler = InterruptHandler(parent, on_interrupt)
    handler.install()
    return handler
