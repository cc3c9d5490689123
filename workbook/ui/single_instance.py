"""One Workbook app per workbook.

The first app on a data folder takes `workbook.lock` in it (QLockFile: a lock left by a
crashed app is noticed by its dead process id and taken over) and listens on a local socket.
A second start on the same folder finds the lock held, asks the running app over that
socket to come forward (to its lock screen if it is locked), and ends. Two apps never
write the same workbook, so neither can save an old copy of a record over a newer one.

The socket's name is a hash of the user id and the folder's absolute path: scoped to the
user and the folder, and it never shows the path (which may name the person) to other
users listing sockets. Only the same user can connect (UserAccessOption), and the only
message understood is a request to come forward.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QThread, Signal
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:  # Qt's network module loads once the first window is on screen
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

from workbook.instance_lock import lock_path

SHOW_REQUEST = b"workbook:show\n"
SHOWN_REPLY = b"workbook:shown\n"
ANSWER_MS = 3000


def _user_id() -> str:
    getuid = getattr(os, "getuid", None)
    if callable(getuid):
        return str(getuid())
    import getpass

    with contextlib.suppress(Exception):
        return getpass.getuser()
    return ""


def server_name(folder: Path) -> str:
    """Scoped to this user and this folder; the path itself never appears in it."""
    import hashlib  # (only once a window is on screen, or another app answers)

    absolute = os.path.abspath(os.fspath(folder))
    digest = hashlib.sha256(f"{_user_id()}\0{absolute}".encode()).hexdigest()
    return f"workbook-{digest[:40]}"


def bring_forward() -> None:
    """Show this app's windows in front: the lock screen when locked, else whatever is on
    screen (or minimised), with a modal dialog last so it stays on top."""
    from workbook.ui.protection.layer import application_layer

    layer = application_layer()
    lock_screen = layer.lock_screen if layer is not None else None
    if layer is not None and layer.is_locked and lock_screen is not None:
        windows: list[QWidget] = [lock_screen]
    else:
        from PySide6.QtCore import Qt  # (not before the first window: qt_names.py)

        windows = [
            w
            for w in QApplication.topLevelWidgets()
            if (w.isVisible() or w.isMinimized())
            and w.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
        ]
    modal = QApplication.activeModalWidget()
    if modal is not None and modal in windows:
        windows.remove(modal)
        windows.append(modal)
    for window in windows:
        if window.isMinimized() or not window.isVisible():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        QApplication.alert(window)


class SingleInstance(QObject):
    """`claim()` once at start: True when this app may open the workbook."""

    show_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._name: str | None = None
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None
        self._listened = False
        self.show_requested.connect(bring_forward)

    @property
    def name(self) -> str:
        """The local socket's name (server_name), worked out when first needed."""
        if self._name is None:
            self._name = server_name(self.folder)
        return self._name

    @property
    def holds_lock(self) -> bool:
        return self._lock is not None and self._lock.isLocked()

    def claim(self, *, listen: bool = True) -> bool:
        """Take the folder's lock and (unless `listen` is False: then call `listen` soon)
        start answering later starts; False when another Workbook app holds it."""
        self.folder.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(str(lock_path(self.folder)))
        lock.setStaleLockTime(0)  # never by age: only a dead owner makes it stale
        if not lock.tryLock(0):
            return False
        self._lock = lock
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Answer later starts from now on (once; only while holding the lock)."""
        if self._server is not None or self._listened or not self.holds_lock:
            return
        self._listened = True
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # We hold the lock, so a socket left under this name is from a crashed app.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                return  # later starts will say Workbook did not answer; still one app
        server.newConnection.connect(self._connection)
        self._server = server

    def _connection(self) -> None:
        server = self._server
        if server is None:
            return
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()
            if socket is None:
                break
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        data = bytes(socket.read(len(SHOW_REQUEST)).data())
        if data == SHOW_REQUEST:
            socket.write(SHOWN_REPLY)
            socket.flush()
            self.show_requested.emit()
        socket.disconnectFromServer()

    def ask_running_app_to_show(self, timeout_ms: int = ANSWER_MS) -> bool:
        """From a second start: ask the app holding the lock to come forward. An app that
        has only just started answers once its first window is painted, so a missing server
        is asked again until `timeout_ms` has passed."""
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(timeout_ms):
                break
            not_yet = socket.error() in (
                QLocalSocket.LocalSocketError.ServerNotFoundError,
                QLocalSocket.LocalSocketError.ConnectionRefusedError,
            )
            if not not_yet or time.monotonic() >= deadline:
                return False
            QThread.msleep(50)
        socket.write(SHOW_REQUEST)
        socket.waitForBytesWritten(timeout_ms)
        answered = socket.waitForReadyRead(timeout_ms)
        reply = bytes(socket.readAll().data()) if answered else b""
        socket.abort()
        return reply == SHOWN_REPLY

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
