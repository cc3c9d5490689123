"""Traces Qt would otherwise leave behind: file-dialog history and the clipboard.

File dialogs. Qt's own file dialog writes the folder last visited, a history of folders and
its sidebar to the ``[FileDialog]`` group of the shared ``QtProject`` settings
(``~/.config/QtProject.conf`` on Linux, ``HKCU\\Software\\QtProject`` on Windows, a plist on
macOS) when the dialog object is destroyed. ``forget_file_dialog`` destroys the dialog at once
and removes that group; ``clean_file_dialog_history`` removes it (also run at start and quit,
in case an earlier run was killed between the two).

Clipboard. ``SecretClipboard.copy`` marks the text as secret for clipboard managers
(``x-kde-passwordManagerHint: secret`` is honoured by KDE Klipper and several others; on
Windows the text is excluded from clipboard history and cloud clipboard), clears it after
30 seconds if it is still what was copied, and ``clear_if_ours`` clears it on lock and quit.
"""

from __future__ import annotations

import contextlib
import sys

import shiboken6
from PySide6.QtCore import QMimeData, QObject, QSettings, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QFileDialog

FILE_DIALOG_GROUP = "FileDialog"
CLIPBOARD_CLEAR_MS = 30_000
KDE_SECRET_HINT = "x-kde-passwordManagerHint"
_WINDOWS_NO_HISTORY = (
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"',
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"',
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"',
)


def qt_project_settings() -> QSettings:
    return QSettings(QSettings.Scope.UserScope, "QtProject")


def clean_file_dialog_history() -> None:
    settings = qt_project_settings()
    if settings.childGroups().count(FILE_DIALOG_GROUP) or any(
        key.startswith(FILE_DIALOG_GROUP + "/") for key in settings.allKeys()
    ):
        settings.remove(FILE_DIALOG_GROUP)
        settings.sync()


def forget_file_dialog(dialog: QFileDialog) -> None:
    """Call after reading a dialog's result: destroys it now (Qt saves its history on
    destruction) and removes the history it saved."""
    with contextlib.suppress(RuntimeError):
        if shiboken6.isValid(dialog):
            shiboken6.delete(dialog)
    clean_file_dialog_history()


def secret_mime_data(text: str) -> QMimeData:
    data = QMimeData()
    data.setText(text)
    data.setData(KDE_SECRET_HINT, b"secret")
    if sys.platform == "win32":
        # The first only needs to be present; the other two are DWORD 0 ("no").
        data.setData(_WINDOWS_NO_HISTORY[0], b"")
        data.setData(_WINDOWS_NO_HISTORY[1], b"\0\0\0\0")
        data.setData(_WINDOWS_NO_HISTORY[2], b"\0\0\0\0")
    return data


class SecretClipboard(QObject):
    """The only way Workbook should put text on the clipboard."""

    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLIPBOARD_CLEAR_MS):
        super().__init__(parent)
        self._copied: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)

    @property
    def holds_ours(self) -> bool:
        return self._copied is not None and QGuiApplication.clipboard().text() == self._copied

    def copy(self, text: str) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setMimeData(secret_mime_data(text), QClipboard.Mode.Clipboard)
        self._copied = text
        self._timer.start()

    def clear_if_ours(self) -> None:
        """Clear the clipboard if it still holds what Workbook put there (not if the person
        has copied something else since)."""
        self._timer.stop()
        if self.holds_ours:
            QGuiApplication.clipboard().clear(QClipboard.Mode.Clipboard)
        self._copied = None


_shared: SecretClipboard | None = None


def secret_clipboard() -> SecretClipboard:
    """The app-wide instance (created on first use, parented to the application)."""
    global _shared  # noqa: PLW0603 - one clipboard guard per process
    if _shared is None or not shiboken6.isValid(_shared):
        _shared = SecretClipboard(QGuiApplication.instance())
    return _shared


def copy_secret(text: str) -> None:
    secret_clipboard().copy(text)
