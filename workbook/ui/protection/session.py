"""The open workbook, closed while Workbook is locked.

Locking (protection/layer.py) hides every window; open editors write what was typed as a
draft when hidden. Then, once the event loop is back from any dialog that was open, this
session closes the workbook for real:

* the repository is closed (SQLCipher drops its page cache and key with the connection);
* the store — the plan in memory — and the app object holding it are dropped;
* every window Workbook made (overview, wizard, editors, message boxes) is destroyed with
  everything its widgets held, and Python's collector runs;
* the C library is asked to give free memory back to the system (Linux), so whole pages of
  freed text are unmapped rather than left to be reused.

Unlocking hands the key from the lock screen to `reopen`, which opens the repository again
and shows the overview. What a memory scan still finds while locked is measured by
tests/test_lock_memory.py and written down in docs/security.md.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from workbook.ui.protection.layer import ProtectionLayer

OpenRepository = Callable[[Path, bytes], Any]
MakeWorkbook = Callable[[Any], Any]


def release_free_memory() -> bool:
    """glibc's malloc_trim: free pages go back to the system (their old content with
    them). Elsewhere a no-op; returns whether it ran."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None)
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return False
    trim(0)
    return True


class ProtectedSession(QObject):
    """`start(repo)` after the first unlock; the layer's lock and unlock do the rest."""

    def __init__(
        self,
        layer: ProtectionLayer,
        folder: Path,
        open_repository: OpenRepository,
        make_workbook: MakeWorkbook,
    ) -> None:
        super().__init__(layer)
        self.layer = layer
        self.folder = folder
        self._open_repository = open_repository
        self._make_workbook = make_workbook
        self.workbook: Any = None
        self.repository: Any = None
        self._closing = False
        self.rekeying = False  # between suspend() and resume(): the close waits
        layer.locked.connect(self._lock_soon)
        layer.on_unlock = self.reopen
        layer.session = self

    def start(self, repository: Any) -> None:
        self.repository = repository
        self.layer.settings = repository
        self.workbook = self._make_workbook(repository)
        self.workbook.start()

    def _lock_soon(self) -> None:
        # From the next turn of the main event loop: a modal editor hidden by the lock has
        # returned from exec() by then, so no code is left running on a window we destroy.
        if not self._closing:
            self._closing = True
            QTimer.singleShot(0, self.close_now)

    def close_now(self) -> None:
        """Close the workbook and destroy its windows (while locked, or at quit)."""
        if self.rekeying and not self.layer.quit_requested:
            # A re-key is copying the workbook; its dialog must live to open it again under
            # the new key. The windows are hidden meanwhile; close once it is done.
            QTimer.singleShot(100, self.close_now)
            return
        self._closing = False
        if not self.layer.is_locked and not self.layer.quit_requested:
            return  # unlocked again before the loop came round
        self.layer.detach_settings()
        self.layer.forget_hidden_windows()
        repository, self.repository = self.repository, None
        workbook, self.workbook = self.workbook, None
        for window in self._windows():
            if shiboken6.isValid(window):
                shiboken6.delete(window)
        # The store is a QObject: the windows' slots connected to its signals (lambdas
        # holding the windows) live in Qt, where Python's collector cannot see the cycle.
        # Destroying it drops them, so the windows' Python side and the plan can be freed.
        store = getattr(workbook, "store", None)
        if store is not None:
            forget = getattr(store, "forget", None)
            if callable(forget):
                forget()
            with contextlib.suppress(RuntimeError):
                shiboken6.delete(store)
        del workbook, store
        if repository is not None:
            with contextlib.suppress(Exception):
                repository.close()
        del repository
        # Start-up froze what existed then (collector_paused(freeze=True)), the open repository
        # included; unfreeze so the collector can free what it held.
        gc.unfreeze()
        gc.collect()
        release_free_memory()

    def _windows(self) -> list[QWidget]:
        """Workbook's own windows: made from Python and without a parent (a dialog with a
        parent goes with it). Qt's internal top-level widgets (tooltips, popups) are not
        ours to destroy."""
        return [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget is not self.layer.lock_screen
            and shiboken6.isValid(widget)
            and shiboken6.createdByPython(widget)
            and widget.parent() is None
        ]

    def reopen(self, data_key: bytes) -> bool:
        """The lock screen opened the workbook again: open the repository, show the
        overview. False (after the person was told why) when it could not be opened."""
        if self.repository is not None:  # locked and unlocked before the close came round
            return True
        repository = self._open_repository(self.folder, data_key)
        if repository is None:
            return False
        self.layer.attach(data_key, repository)  # the key may be new (a passphrase was set)
        self.start(repository)
        return True

    # -- re-keying (a new passphrase or recovery code gives the plan a new data key) ---------
    def suspend(self) -> None:
        """Close the repository for a re-key; the windows stay (behind the modal dialog)."""
        repository, self.repository = self.repository, None
        if repository is not None:
            repository.close()
        self.layer.detach_settings()
        self.rekeying = True

    def resume(self, data_key: bytes) -> bool:
        """Open the repository again with `data_key` (the new key after a re-key, or the old
        one when it failed) and hand it to the store the windows use."""
        from workbook.storage.errors import StorageError
        from workbook.storage.repository import PlanRepository
        from workbook.ui.ops import run_backup

        self.rekeying = False
        try:
            repository = PlanRepository.open(self.folder, data_key, backup_runner=run_backup)
        except StorageError:
            return False
        self.repository = repository
        store = getattr(self.workbook, "store", None)
        if store is not None:
            store.use_repository(repository)
        self.layer.attach(data_key, repository)
        return True

    def close(self) -> None:
        """At quit: close the repository if it is open."""
        repository, self.repository = self.repository, None
        if repository is not None:
            with contextlib.suppress(Exception):
                repository.close()
