"""Traces Qt would otherwise leave behind: file-dialog history and the clipboard.

File dialogs. Qt's own file dialog writes the folder last visited, a history of folders and
its sidebar to the ``[FileDialog]`` group of the shared ``QtProject`` settings
(``~/.config/QtProject.conf`` on Linux, ``HKCU\\Software\\QtProject`` on Windows, a plist on
macOS) when the dialog object is destroyed. ``forget_file_dialog`` destroys the dialog at once
and removes that group; ``clean_file_dialog_history`` removes it (also run at start and quit,
in case an earlier run was killed between the two).

Clipboard: see workbook/ui/clipboard.py (``copy_secret`` is re-exported here).
"""

from __future__ import annotations

import contextlib

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from workbook.ui.clipboard import CLEAR_AFTER_MS as CLIPBOARD_CLEAR_MS
from workbook.ui.clipboard import (
    KDE_SECRET_HINT,
    SecretClipboard,
    copy_secret,
    secret_clipboard,
    secret_mime_data,
)

FILE_DIALOG_GROUP = "FileDialog"


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


# The clipboard lives in workbook/ui/clipboard.py; these names stay for existing callers.
__all__ = [
    "CLIPBOARD_CLEAR_MS",
    "KDE_SECRET_HINT",
    "SecretClipboard",
    "clean_file_dialog_history",
    "copy_secret",
    "forget_file_dialog",
    "qt_project_settings",
    "secret_clipboard",
    "secret_mime_data",
]
