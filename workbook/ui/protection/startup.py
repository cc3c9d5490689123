"""Opening the workbook in the app: set-up on the first start, the unlock screen after.

`open_protected(app, folder, open_repository)` is what the app calls instead of opening
the repository directly. It installs the protection layer first (so the quick-exit key
works on the set-up and unlock screens too), asks for what it needs, opens the repository
with the data key and starts the auto-lock. Its `repository` is None when the person left
(closed the window or pressed quick exit) or the workbook could not be opened (`failed`,
after saying why).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication

from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.paths import database_path
from workbook.storage import keys
from workbook.ui.protection.hardening import disable_core_dumps, install_crash_guard
from workbook.ui.protection.layer import ProtectionLayer

if TYPE_CHECKING:
    from workbook.ui.protection.session import ProtectedSession

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
    app: QApplication,
    folder: Path,
    layer: ProtectionLayer,
    kdf: keys.PassphraseKdf,
    before_showing: Callable[[], object] = lambda: None,
) -> bytes | None:
    """Set-up (first start) or unlock; None when the person left. Only the screen shown is
    loaded (the first window waits for every module it needs). `before_showing` runs once
    the screen is built, just before it is shown."""
    if not keys.has_keys(folder):
        from workbook.ui.protection.setup import SetupDialog

        setup = SetupDialog(folder, kdf=kdf)
        before_showing()
        setup.exec()
        created = setup.created
        setup.deleteLater()
        if created is None or layer.quit_requested:
            return None
        return created.data_key
    from workbook.ui.protection.unlock import UnlockDialog

    unlock = UnlockDialog(folder, kdf=kdf)
    before_showing()
    unlock.exec()
    data_key = unlock.data_key
    unlock.deleteLater()
    if data_key is None or layer.quit_requested:
        return None
    return data_key


def _tell(text: str, detail: str = "") -> None:
    from workbook.ui import dialogs

    dialogs.inform(None, text, detail)


ALREADY_OPEN = QT_TRANSLATE_NOOP("protection", "Workbook is already open with this workbook.")
ALREADY_OPEN_DETAIL = QT_TRANSLATE_NOOP(
    "protection",
    "It did not come forward when asked. Look for it on the taskbar or in the window list: "
    "it may be minimised or locked. Only one Workbook can have a workbook open at a time, "
    "so that neither saves an older copy of an entry over a newer one.",
)


def run_protected(
    app: QApplication,
    folder: Path,
    open_repository: OpenRepository,
    make_workbook: Callable[[Any], Any],
    on_open: Callable[[ProtectionLayer], None] | None = None,
    *,
    kdf: keys.PassphraseKdf = keys.DEFAULT_KDF,
    first_paint: Sequence[Callable[[], object]] = (),
) -> int:
    """The whole life of the app on `folder`: one app per workbook (a second start brings
    the first forward and ends), set-up or unlock, the open workbook (closed while locked),
    Ctrl+C / SIGTERM closing it the ordinary way. Returns the exit status. `first_paint`:
    what to start once the first window is painted (workbook/ui/first_paint.py)."""
    from workbook.ui.protection.interrupt import install_interrupt_handler
    from workbook.ui.single_instance import SingleInstance

    instance = SingleInstance(folder, app)
    # The lock now; answering later starts (Qt's network module) once the first window is
    # painted: a start in between waits for the answer (SingleInstance.ask_running_app_to_show).
    if not instance.claim(listen=False):
        if instance.ask_running_app_to_show():
            return 0
        _tell(tr("protection", ALREADY_OPEN), tr("protection", ALREADY_OPEN_DETAIL))
        return 1
    layer = ProtectionLayer(app, folder, kdf=kdf)
    interrupt = install_interrupt_handler(app, layer.leave)
    session: ProtectedSession | None = None
    try:
        opened = open_protected(
            app,
            folder,
            open_repository,
            kdf=kdf,
            layer=layer,
            first_paint=(instance.listen, *first_paint),
        )
        if opened.repository is None:
            return 1 if opened.failed else 0
        instance.listen()  # (done already unless no window was ever painted)
        from workbook.ui.protection.session import ProtectedSession

        session = ProtectedSession(layer, folder, open_repository, make_workbook)
        if on_open is not None:
            on_open(layer)
        session.start(opened.repository)
        del opened
        return app.exec()
    finally:
        if session is not None:
            session.close()
        interrupt.uninstall()
        instance.release()


def open_protected(
    app: QApplication,
    folder: Path,
    open_repository: OpenRepository,
    *,
    kdf: keys.PassphraseKdf = keys.DEFAULT_KDF,
    layer: ProtectionLayer | None = None,
    first_paint: Sequence[Callable[[], object]] = (),
) -> Opened:
    harden_process()
    if layer is None:
        layer = ProtectionLayer(app, folder, kdf=kdf)
    protection = layer

    def before_showing() -> None:
        # Built first, watched after: see workbook/ui/first_paint.py. Quick exit from the
        # moment the screen shows; the clipboard guard as soon as it is painted (nothing can
        # be copied before), and in any case before the workbook opens.
        from workbook.ui.first_paint import after_first_paint

        protection.install_quick_exit()
        for callback in (protection.install_guards, *first_paint):
            after_first_paint(app, callback)

    data_key = ask_for_key(app, folder, layer, kdf, before_showing)
    layer.install_quick_exit()
    layer.install_guards()
    if data_key is None:
        return Opened(repository=None, layer=layer)
    db_path = database_path(folder)
    if keys.is_plain_sqlite(db_path):
        # Written before protection was set up (or the conversion was interrupted).
        try:
            keys.encrypt_plain_database(db_path, data_key)
        except Exception:
            _tell(
                tr("protection", "Your workbook could not be protected just now."),
                tr(
                    "protection",
                    "Nothing in it was changed. Please check that the disk is not full and "
                    "try again.",
                ),
            )
            return Opened(repository=None, layer=layer, failed=True)
    repository = open_repository(folder, data_key)
    if repository is None:
        return Opened(repository=None, layer=layer, failed=True)
    layer.attach(data_key, repository)
    return Opened(repository=repository, layer=layer)
