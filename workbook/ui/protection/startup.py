"""Opening the workbook in the app: set-up on the first start, the unlock screen after.

`open_protected(app, folder, open_repository)` is what the app calls instead of opening
the repository directly. It installs the protection layer first (so the quick-exit key
works on the set-up and unlock screens too), asks for what it needs, opens the repository
with the data key and starts the auto-lock. Its `repository` is None when the person left
(closed the window or pressed quick exit) or the workbook could not be opened (`failed`,
after saying why).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from workbook.paths import database_path
from workbook.storage import keys
from workbook.ui.protection.hardening import disable_core_dumps, install_crash_guard
from workbook.ui.protection.layer import ProtectionLayer
from workbook.ui.protection.setup import SetupDialog
from workbook.ui.protection.unlock import UnlockDialog

OpenRepository = Callable[[Path, bytes], Any]


@dataclass
class Opened:
    repository: Any  # None when the person left or the workbook could not be opened
    layer: ProtectionLayer
    failed: bool = False  # True: could not be opened (the person was told why)


def harden_process() -> None:
    """Before any user data is in memory: no core dumps, content-free crash output."""
    disable_core_dumps()
    install_crash_guard()


def ask_for_key(
    app: QApplication, folder: Path, layer: ProtectionLayer, kdf: keys.PassphraseKdf
) -> bytes | None:
    """Set-up (first start) or unlock; None when the person left."""
    if not keys.has_keys(folder):
        setup = SetupDialog(folder, kdf=kdf)
        setup.exec()
        created = setup.created
        setup.deleteLater()
        if created is None or layer.quit_requested:
            return None
        return created.data_key
    unlock = UnlockDialog(folder, kdf=kdf)
    unlock.exec()
    data_key = unlock.data_key
    unlock.deleteLater()
    if data_key is None or layer.quit_requested:
        return None
    return data_key


def _tell(text: str, detail: str = "") -> None:
    from workbook.ui import dialogs

    dialogs.inform(None, text, detail)


def open_protected(
    app: QApplication,
    folder: Path,
    open_repository: OpenRepository,
    *,
    kdf: keys.PassphraseKdf = keys.DEFAULT_KDF,
    layer: ProtectionLayer | None = None,
) -> Opened:
    harden_process()
    if layer is None:
        layer = ProtectionLayer(app, folder, kdf=kdf)
    layer.install()
    data_key = ask_for_key(app, folder, layer, kdf)
    if data_key is None:
        return Opened(repository=None, layer=layer)
    db_path = database_path(folder)
    if keys.is_plain_sqlite(db_path):
        # Written before protection was set up (or the conversion was interrupted).
        try:
            keys.encrypt_plain_database(db_path, data_key)
        except Exception:
            _tell(
                "Your workbook could not be protected just now.",
                "Nothing in it was changed. Please check that the disk is not full and try again.",
            )
            return Opened(repository=None, layer=layer, failed=True)
    repository = open_repository(folder, data_key)
    if repository is None:
        return Opened(repository=None, layer=layer, failed=True)
    layer.attach(data_key, repository)
    return Opened(repository=repository, layer=layer)
