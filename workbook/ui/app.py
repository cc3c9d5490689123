"""The desktop app: `run_app(folder)` opens the plan and shows the wizard or the overview.

The very first start (nothing entered yet) goes straight into the wizard; every later start
opens on the overview. Window titles are always the neutral "Workbook".

Hooks for the protection layer:
* `open_repository(folder)` is the ONE function that opens the plan's database; wrap or
  replace it to ask for a passphrase first (it returns None when the plan cannot be opened).
* `top_level_windows()` lists every window the app has opened (overview, wizard), so a
  quick-exit or lock can hide them all at once; editors and message boxes are children of
  these windows.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import workbook_resources
from PySide6.QtCore import QCoreApplication, QThread, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from workbook.collector import collector_paused
from workbook.ui.windows import register_window, top_level_windows, window_hooks

if TYPE_CHECKING:  # imported when first needed, after the first window is on screen
    from workbook.domain.model import Section
    from workbook.storage.repository import PlanRepository
    from workbook.ui.ops import Op
    from workbook.ui.overview import OverviewWindow
    from workbook.ui.wizard import PlanWizard

APP_NAME = "Workbook"

# The hooks the protection layer and the tests use (see the module text).
__all__ = [
    "WorkbookApp",
    "make_application",
    "open_repository",
    "register_window",
    "run_app",
    "top_level_windows",
    "window_hooks",
]


def open_repository(folder: Path, key: bytes | None = None) -> PlanRepository | None:
    """Open (or create) the plan in `folder`; None after telling the person why it could not."""
    from workbook.storage.errors import DatabaseDamagedError, OlderCopyError, StorageError
    from workbook.ui import dialogs  # (its Qt types are not needed before the first window)
    from workbook.ui.ops import run_backup  # automatic backups run as the app's other work

    # The storage libraries and the open workbook live as long as the app (workbook/collector.py).
    with collector_paused(freeze=True):
        from workbook.storage.repository import PlanRepository

        try:
            return PlanRepository.open(folder, key, backup_runner=run_backup)
        except StorageError as error:
            failure = error
    if isinstance(failure, OlderCopyError):  # put back in time: the person chooses
        from workbook.ui.protection.older_copy import open_despite_older_copy

        return open_despite_older_copy(folder, key, failure)
    if not isinstance(failure, DatabaseDamagedError):
        dialogs.inform(None, _restore_text("Your workbook could not be opened."), failure.message)
        return None
    if not offer_restore(folder, key, failure.message):
        return None
    try:
        return PlanRepository.open(folder, key, backup_runner=run_backup)
    except StorageError as error:
        dialogs.inform(
            None, _restore_text("Your restored workbook could not be opened."), error.message
        )
        return None


# What opening the workbook needs and the first window does not, loaded while the person
# types (with the key's cryptography, workbook.storage.keys.CRYPTO_MODULES): the storage
# stack, the store, the protection controls put on the windows, the open workbook's session,
# reminders and overview (modules only: no widget is made off the UI thread).
STORAGE_MODULES = (
    "workbook.storage.repository",
    "workbook.ui.store",
    "workbook.ui.protection.install",
    "workbook.ui.protection.session",
    "workbook.ui.reminders",
    "workbook.ui.overview",
)


def load_storage_meanwhile() -> Op[None]:
    """Import the storage libraries (0.7-0.9 s on a 2-core machine, SQLAlchemy most of it)
    off the UI thread while the set-up or unlock screen waits for the person to type, so the
    overview follows the passphrase that much sooner. Started once the first window is
    painted (run_app), so it never delays it. If anything goes wrong here, opening the
    workbook imports them as usual."""
    from workbook.storage.keys import CRYPTO_MODULES
    from workbook.ui.ops import Op, Progress

    def load(_progress: Progress) -> None:
        for name in (*CRYPTO_MODULES, *STORAGE_MODULES):
            importlib.import_module(name)
        # SQLAlchemy sets up the mapped classes on their first query (about 70 ms); here
        # instead of after Enter. It takes its own lock, so a query meanwhile just waits.
        from sqlalchemy.orm import configure_mappers

        configure_mappers()
        # The first strptime builds the locale's tables (about 3 ms); opening the workbook
        # reads its freshness stamps with it.
        from datetime import datetime

        datetime.strptime("2000", "%Y")

    return Op(None, load, name="load-storage").failure(lambda _error: None).run_in_background()


def load_announcement_types() -> None:
    """Make, while the person types, the Qt types of a screen-reader announcement (about
    3 ms): the first one is "Opening…", right after Enter (ui/common.announce)."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    del QAccessible, QAccessibleAnnouncementEvent


def _restore_text(text: str) -> str:
    return QCoreApplication.translate("Restore", text)


def offer_restore(folder: Path, key: bytes | None, problem: str) -> bool:
    """Tell the person the workbook is damaged and, if they agree, put the newest good
    backup in its place (the damaged file is kept beside it). True when restored."""
    from workbook.domain.dates import long_datetime
    from workbook.storage.backups import backup_time, list_backups
    from workbook.storage.errors import StorageError
    from workbook.storage.restore import restore_newest_good_backup
    from workbook.ui import dialogs

    if not list_backups(folder):
        dialogs.inform(
            None,
            _restore_text("Your workbook could not be opened."),
            _restore_text(
                "{problem}\n\nThere is no automatic backup in this folder yet, so nothing could "
                "be restored. The file has not been changed."
            ).format(problem=problem),
        )
        return False
    choice = dialogs.ask(
        None,
        _restore_text("Your workbook file appears to be damaged."),
        [_restore_text("&Restore the newest good backup"), _restore_text("&Close Workbook")],
        detail=_restore_text(
            "Workbook keeps automatic backups. It can put the newest one that is whole in "
            "place of the damaged file. The damaged file is not deleted: it is kept in the "
            "same folder with 'damaged' in its name."
        ),
    )
    if choice != 0:
        return False
    try:
        restored = restore_newest_good_backup(folder, key)
    except StorageError as error:
        dialogs.inform(None, _restore_text("Your workbook could not be restored."), error.message)
        return False
    taken = backup_time(restored)
    if taken is not None:
        # One sentence, with the date in the person's language and their way of writing it.
        detail = _restore_text(
            "It holds your plan as it was on {when}. Changes made after that backup could "
            "not be recovered."
        ).format(when=long_datetime(taken.astimezone()))
    else:
        detail = _restore_text("Changes made after that backup could not be recovered.")
    dialogs.inform(None, _restore_text("Your workbook was restored from a backup."), detail)
    return True


class WorkbookApp:
    """Owns the store and the two windows; switches between them."""

    def __init__(self, repo: PlanRepository, folder: Path | None = None) -> None:
        from workbook.ui.store import PlanStore

        self.store = PlanStore(repo, folder)
        # What is due, looked at while the workbook is open; a child of the store, so a
        # lock (which destroys the store) stops it and an unlock starts a new one.
        from workbook.ui.reminders import Reminders

        self.reminders = Reminders.for_store(self.store)
        self._wizard: PlanWizard | None = None
        self._overview: OverviewWindow | None = None

    @property
    def wizard(self) -> PlanWizard:
        if self._wizard is None:
            from workbook.ui.wizard import PlanWizard

            self._wizard = PlanWizard(self.store)
            self._wizard.overview_requested.connect(self.show_overview)
            self._fit(self._wizard)
            register_window(self._wizard)
        return self._wizard

    @property
    def overview(self) -> OverviewWindow:
        if self._overview is None:
            from workbook.ui.overview import OverviewWindow

            self._overview = OverviewWindow(self.store)
            self._overview.open_section.connect(self.show_wizard)
            self._fit(self._overview)
            register_window(self._overview)
        return self._overview

    @staticmethod
    def _fit(window: QWidget) -> None:
        screen = window.screen()
        if screen is None:
            window.resize(900, 640)
            return
        area = screen.availableGeometry()
        window.resize(min(960, area.width() - 40), min(680, area.height() - 40))

    def start(self) -> QWidget:
        """First start goes into the wizard; later starts open on the overview."""
        if self.store.has_plan():
            self.show_overview()
            # From the next turn of the event loop: the overview's first paint (the signal
            # comes from inside it) reaches the screen before the first read.
            self.overview.first_painted.connect(lambda: QTimer.singleShot(0, self._read_ahead))
            return self.overview
        self.show_wizard(None)
        return self.wizard

    def _read_ahead(self) -> None:
        # One step per turn of the event loop, once the overview is on screen; never after
        # the workbook was closed (wiped, or the app is on its way out).
        from workbook.storage.errors import StorageError

        if self.store.closed:
            return
        try:
            done = self.store.read_ahead()
        except StorageError:
            return  # nothing was being saved: the page that needs the plan reads it and says
        if not done:
            QTimer.singleShot(0, self._read_ahead)

    def show_wizard(self, section: Section | None) -> None:
        wizard = self.wizard
        if self._overview is not None:
            self._overview.hide()
        if wizard.currentId() == -1 or not wizard.isVisible():
            wizard.restart()
        if section is not None:
            wizard.go_to_section(section)
        wizard.show()
        wizard.raise_()
        wizard.activateWindow()

    def show_overview(self) -> None:
        overview = self.overview
        if self._wizard is not None and self._wizard.isVisible():
            self._wizard.hide()
        if overview.isVisible():
            overview.refresh()  # showEvent refreshes a hidden one
        overview.show()
        overview.raise_()
        overview.activateWindow()


def make_application(argv: list[str] | None = None, *, focus_ring: bool = True) -> QApplication:
    """The QApplication with Workbook's name, icon and theme; `focus_ring=False` leaves the
    focus ring for the caller to install (workbook/ui/theme.py)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setQuitOnLastWindowClosed(True)
    # The package's folder (a source checkout, a wheel, the frozen app alike); not
    # importlib.resources, which costs the first window about 10 ms.
    icon = Path(workbook_resources.__file__).parent / "icons" / "workbook.svg"
    app.setWindowIcon(QIcon(str(icon)))
    # Matches packaging/linux/org.workbook.Workbook.desktop, so docks show the right icon.
    QGuiApplication.setDesktopFileName("org.workbook.Workbook")
    # A focus ring everyone can see; WORKBOOK_THEME=dark or light shows that theme.
    from workbook.ui.theme import install as install_theme

    install_theme(app, focus_ring=focus_ring)
    return app


def install_storage_error_notice() -> None:
    """A storage error that no screen caught (a full disk while a draft was being kept, say)
    still reaches the person as its plain message, not only as a line on stderr."""
    from workbook.storage.errors import StorageError
    from workbook.ui import dialogs

    previous = sys.excepthook

    def notice(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        previous(kind, value, tb)  # the content-free report (protection/hardening.py)
        app = QApplication.instance()
        on_gui_thread = app is not None and QThread.currentThread() is app.thread()
        if isinstance(value, StorageError) and on_gui_thread:
            dialogs.inform(
                None, _restore_text("Something could not be saved just now."), value.message
            )

    sys.excepthook = notice


def run_app(folder: Path) -> int:
    """Start the desktop app on the plan in `folder`; returns the exit status."""
    # The focus ring once the first window is painted (below): its first focus is not the
    # keyboard's, and the ring needs Qt's `Qt` namespace (workbook/ui/qt_names.py).
    app = make_application(focus_ring=False)
    # The interface's language, before the first window is built (two small .qm files); the
    # way dates are written once that window is painted (it shows none).
    from workbook.ui.i18n import install_language, pick_language

    language = install_language(pick_language(folder), app, dates_now=False).language

    def local_dates() -> None:
        from workbook.ui.locale_dates import apply_locale

        apply_locale(language)

    # Set-up or unlock first; the database is opened with the key (workbook/ui/protection).
    from workbook.ui.protection.startup import run_protected

    def opened(layer: Any) -> None:
        from workbook.ui.protection.install import decorate_window  # loaded meanwhile

        window_hooks[:] = [lambda window: decorate_window(window, layer)]
        install_storage_error_notice()
        install_focus_ring(app)  # (done already unless no window was ever painted)

    # One app per workbook, set-up or unlock, the workbook closed while locked, Ctrl+C. The
    # storage libraries (and the Qt types the overview's texts need) load while the person
    # types, never before the first window.
    from workbook.ui.first_paint import load_text_control_types
    from workbook.ui.theme import install_focus_ring

    return run_protected(
        app,
        folder,
        open_repository,
        lambda repo: WorkbookApp(repo, folder),
        opened,
        first_paint=[
            lambda: install_focus_ring(app),
            local_dates,
            load_storage_meanwhile,
            load_text_control_types,
            load_announcement_types,
        ],
    )
