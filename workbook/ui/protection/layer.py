"""The protection layer over the whole app: quick exit, auto-lock, the lock screen.

* Quick exit: F12 anywhere (also inside dialogs) or the Quick exit button hides every
  window at once, clears what Workbook put on the clipboard and the file-dialog history,
  and quits, unless the person chose to keep Workbook running, in which case it locks.
* Auto-lock: after a stretch without keyboard or mouse input (default 5 minutes,
  adjustable, can be off), when the machine has been asleep (the wall clock jumps between two
  one-second ticks), and when the desktop reports the screen locked or a suspend coming (D-Bus
  ScreenSaver.ActiveChanged / login1 PrepareForSleep and Session.Lock on Linux; Qt's
  ApplicationSuspended elsewhere).
* Locking hides every window (open editors keep what was typed as a draft when hidden —
  workbook/ui/editor.py), then shows the lock screen. The app's session
  (protection/session.py) then closes the workbook and destroys its windows; unlocking
  hands the key to `on_unlock`, which opens it again. The layer itself never keeps the data
  key: only a keyed digest of it, to check that the lock screen opened this workbook.

The clock is injectable and `tick()` public, so tests drive time by hand.
"""

from __future__ import annotations

import contextlib
import os
import time
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

from workbook.domain.i18n import tr
from workbook.storage import keys
from workbook.ui.protection.widgets import QUICK_EXIT_KEY, QUICK_EXIT_KEY_TEXT
from workbook.ui.qt_names import set_properties

if TYPE_CHECKING:  # the clipboard guard, the lock screen and the wipe load when first used
    from PySide6.QtCore import Qt

    from workbook.storage.wipe import WipeReport
    from workbook.ui.protection.unlock import UnlockDialog

IDLE_SETTING = "protection.idle_minutes"
LOCK_ON_SLEEP_SETTING = "protection.lock_on_sleep"
KEEP_RUNNING_SETTING = "protection.keep_running"
DEFAULT_IDLE_MINUTES = 5
IDLE_CHOICES = (0, 1, 2, 5, 10, 15, 30, 60)  # 0 = never
TICK_MS = 1000
SLEEP_GAP_SECONDS = 60.0

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.HoverMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)
_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)


class SettingsStore(Protocol):
    def get_setting(self, name: str) -> str | None: ...

    def set_setting(self, name: str, value: str) -> None: ...


class ProtectionLayer(QObject):
    locked = Signal()
    unlocked = Signal()
    about_to_lock = Signal()
    quick_exited = Signal()

    def __init__(
        self,
        app: QApplication,
        folder: Path,
        *,
        clock: Callable[[], float] = time.time,
        tick_ms: int = TICK_MS,
        kdf: keys.PassphraseKdf = keys.DEFAULT_KDF,
    ) -> None:
        super().__init__(app)
        self.app = app
        self.folder = folder
        self.clock = clock
        self.kdf = kdf
        self.settings: SettingsStore | None = None
        # A digest of the data key under a random per-run salt: enough to recognise it, of no
        # use for opening anything. None until a workbook is open. (os.urandom is what
        # secrets.token_bytes reads; hashlib and hmac load with the workbook, not before the
        # first window.)
        self._key_salt = os.urandom(32)
        self._key_digest: bytes | None = None
        # Settings the layer needs while the workbook is closed (locked): none is plan text.
        self._settings_seen: dict[str, str | None] = {}
        # Called with the data key after the lock screen opened the workbook again; returns
        # False when it could not be opened (the lock screen stays).
        self.on_unlock: Callable[[bytes], bool] | None = None
        # The open workbook (protection/session.py); None before it is open, and in tests.
        self.session: Any = None
        self._last_input = clock()
        self._last_tick = clock()
        self._locked = False
        self.quit_requested = False
        self._hidden: list[weakref.ref[QWidget]] = []
        self.lock_screen: UnlockDialog | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)
        self._installed = False
        self._guarded = False
        self._desktop_connected = False
        self._wiped_repository: object | None = None

    # -- wiring ------------------------------------------------------------------------
    def install(self) -> None:
        """Everything from here on: quick exit (also during set-up and unlock), the
        clipboard guard and the file dialogs' history cleaned."""
        self.install_quick_exit()
        self.install_guards()

    def install_quick_exit(self) -> None:
        """Quick exit (and the record of input for the auto-lock) works from here on. The
        start calls this before the first window, and `install_guards` once it is painted."""
        if self._installed:
            return
        self._installed = True
        self.app.installEventFilter(self)
        self.app.aboutToQuit.connect(self._cleanup)

    def install_guards(self) -> None:
        """The clipboard guard (workbook/ui/clipboard.py) and the file dialogs' history of an
        earlier run removed. Nothing can be selected or copied before a window is on screen,
        so the start does this right after the first paint (the clipboard module and the Qt
        types it needs cost the first window about 15 ms), and in any case before the
        workbook opens. Does nothing when done already, or before `install_quick_exit` (or
        after `uninstall`)."""
        if self._guarded or not self._installed:
            return
        self._guarded = True
        from workbook.ui import clipboard
        from workbook.ui.protection.traces import clean_file_dialog_history

        clipboard.install(self.app)
        clean_file_dialog_history()
        # Before a workbook is open there is nothing to lock; connecting to D-Bus here, once
        # the first window is on screen, keeps it off both the first window and Enter.
        self._watch_desktop()

    def _watch_desktop(self) -> None:
        if not self._desktop_connected:
            self._desktop_connected = True
            # Each change of state would load Qt's `Qt` namespace (workbook/ui/qt_names.py)
            # before the first window is painted.
            self.app.applicationStateChanged.connect(self._state_changed)
            self._connect_desktop_signals()

    def attach(self, data_key: bytes, settings: SettingsStore | None) -> None:
        """The workbook is open: start watching for idleness (and for the desktop reporting
        a screen lock or a suspend, if `install_guards` has not started that yet)."""
        self._watch_desktop()
        self._key_digest = self._digest(data_key)
        self.settings = settings
        self._last_input = self._last_tick = self.clock()
        self._timer.start()

    def uninstall(self) -> None:
        self._timer.stop()
        if self._installed:
            self.app.removeEventFilter(self)
            self._installed = False
        if self._guarded:
            from workbook.ui import clipboard

            clipboard.uninstall(self.app)
            self._guarded = False

    # -- settings ----------------------------------------------------------------------
    def _setting(self, name: str) -> str | None:
        if self.settings is None:
            return self._settings_seen.get(name)
        try:
            value = self.settings.get_setting(name)
        except Exception:
            return self._settings_seen.get(name)
        self._settings_seen[name] = value
        return value

    def _store(self, name: str, value: str) -> None:
        if self.settings is not None:
            self.settings.set_setting(name, value)
            self._settings_seen[name] = value

    def remember_settings(self) -> None:
        """Read the settings the layer needs while the workbook is closed."""
        for name in (IDLE_SETTING, LOCK_ON_SLEEP_SETTING, KEEP_RUNNING_SETTING):
            self._setting(name)

    def forget_hidden_windows(self) -> None:
        """The windows hidden by the lock were destroyed: nothing to show again."""
        self._hidden = []

    def detach_settings(self) -> None:
        """The workbook is being closed (locked): keep using the values seen last."""
        self.remember_settings()
        self.settings = None

    @property
    def idle_minutes(self) -> int:
        raw = self._setting(IDLE_SETTING)
        try:
            return max(0, int(raw)) if raw is not None else DEFAULT_IDLE_MINUTES
        except ValueError:
            return DEFAULT_IDLE_MINUTES

    def set_idle_minutes(self, minutes: int) -> None:
        self._store(IDLE_SETTING, str(max(0, int(minutes))))
        self._last_input = self.clock()

    @property
    def lock_on_sleep(self) -> bool:
        return self._setting(LOCK_ON_SLEEP_SETTING) != "0"

    def set_lock_on_sleep(self, on: bool) -> None:
        self._store(LOCK_ON_SLEEP_SETTING, "1" if on else "0")

    @property
    def keep_running(self) -> bool:
        return self._setting(KEEP_RUNNING_SETTING) == "1"

    def set_keep_running(self, on: bool) -> None:
        self._store(KEEP_RUNNING_SETTING, "1" if on else "0")

    # -- events ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            kind in _KEY_EVENTS
            and isinstance(event, QKeyEvent)
            and event.key() == QUICK_EXIT_KEY
            and not event.isAutoRepeat()
        ):
            event.accept()
            if kind == QEvent.Type.KeyPress:
                self.quick_exit()
            return True
        if kind in _INPUT_EVENTS:
            self._last_input = self.clock()
        return False

    def tick(self) -> None:
        """Once a second: lock after the idle time, or when the computer has slept."""
        now = self.clock()
        slept = now - self._last_tick > SLEEP_GAP_SECONDS + self._timer.interval() / 1000
        self._last_tick = now
        if self._locked or self._key_digest is None:
            return
        if slept and self.lock_on_sleep:
            self.lock()
            return
        minutes = self.idle_minutes
        if minutes and now - self._last_input >= minutes * 60:
            self.lock()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        from PySide6.QtCore import Qt

        if state == Qt.ApplicationState.ApplicationSuspended and self.lock_on_sleep:
            self.lock()

    @Slot(bool)
    def _screensaver_active(self, active: bool) -> None:
        if active and self.lock_on_sleep:
            self.lock()

    @Slot(bool)
    def _prepare_for_sleep(self, starting: bool) -> None:
        if starting and self.lock_on_sleep:
            self.lock()

    @Slot()
    def _session_lock(self) -> None:
        if self.lock_on_sleep:
            self.lock()

    def _connect_desktop_signals(self) -> None:
        """Best effort: Linux desktops report screen lock and suspend over D-Bus."""
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for interface in (
                "org.freedesktop.ScreenSaver",
                "org.gnome.ScreenSaver",
                "org.mate.ScreenSaver",
                "org.cinnamon.ScreenSaver",
            ):
                session.connect(  # type: ignore[call-overload]  # PySide's stubs lack the SLOT() form
                    "", "", interface, "ActiveChanged", self, SLOT("_screensaver_active(bool)")
                )
        system = QDBusConnection.systemBus()
        if system.isConnected():
            system.connect(  # type: ignore[call-overload]  # the SLOT() form, as above
                "org.freedesktop.login1",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                self,
                SLOT("_prepare_for_sleep(bool)"),
            )
            system.connect(  # type: ignore[call-overload]  # the SLOT() form, as above
                "org.freedesktop.login1",
                "",
                "org.freedesktop.login1.Session",
                "Lock",
                self,
                SLOT("_session_lock()"),
            )

    # -- hiding ------------------------------------------------------------------------
    def _visible_windows(self) -> list[QWidget]:
        return [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget.isVisible() and widget is not self.lock_screen
        ]

    def hide_everything(self) -> None:
        """Hide every window now. Modal dialogs end as if cancelled; editors keep drafts."""
        visible = self._visible_windows()
        for widget in visible:
            widget.hide()
        for _ in range(8):  # menus and combo lists opened on top of each other
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        # Windows come back after unlocking, except dialogs that were running modally: hiding
        # ended them (as if cancelled; an editor keeps what was typed as a draft).
        self._hidden += [
            weakref.ref(w) for w in visible if not (isinstance(w, QDialog) and w.isModal())
        ]

    def _forget_traces(self) -> None:
        from workbook.ui import clipboard
        from workbook.ui.protection.traces import clean_file_dialog_history

        with contextlib.suppress(Exception):
            clipboard.secret_clipboard().clear_if_ours()
        with contextlib.suppress(Exception):
            clean_file_dialog_history()
        with contextlib.suppress(Exception):  # the chosen name goes with the plan
            from workbook.domain.other_person import NEUTRAL, set_voice

            set_voice(NEUTRAL)

    @property
    def is_locked(self) -> bool:
        return self._locked

    def quick_exit(self) -> None:
        if self.quit_requested:
            return
        self.hide_everything()
        if self.lock_screen is not None:
            self.lock_screen.hide()
        self.quick_exited.emit()
        self._forget_traces()
        if self._key_digest is not None and self.keep_running:
            self.lock(minimized=True)
            return
        self.quit_requested = True
        self._timer.stop()
        self.app.quit()

    def leave(self) -> None:
        """Close Workbook the ordinary way (Ctrl+C in the terminal, the system asking it to
        end): everything hidden — open editors keep what was typed as a draft — traces
        cleaned, then quit."""
        if self.quit_requested:
            return
        self.hide_everything()
        if self.lock_screen is not None:
            self.lock_screen.hide()
        self._forget_traces()
        self.quit_requested = True
        self._timer.stop()
        self.app.quit()

    def lock(self, *, minimized: bool = False) -> None:
        if self._key_digest is None or self.quit_requested:
            return
        if not self._locked:
            self.remember_settings()
            self.about_to_lock.emit()
            self._locked = True
            self.hide_everything()
            self._forget_traces()
            self.locked.emit()
        screen = self._lock_screen()
        screen.reset()
        if minimized:
            screen.showMinimized()
        else:
            screen.showNormal()
            screen.raise_()
            screen.activateWindow()

    def _lock_screen(self) -> UnlockDialog:
        if self.lock_screen is None:
            from workbook.ui.protection.unlock import UnlockDialog

            screen = UnlockDialog(self.folder, None, locked=True, accept_key=self._same_key)
            from PySide6.QtCore import Qt

            screen.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, False)
            screen.kdf = self.kdf
            screen.unlocked.connect(self._unlocked)
            screen.rejected.connect(self._lock_screen_closed)
            self.lock_screen = screen
        return self.lock_screen

    def _digest(self, data_key: bytes) -> bytes:
        import hashlib
        import hmac

        return hmac.new(self._key_salt, data_key, hashlib.sha256).digest()

    def _same_key(self, data_key: bytes) -> bool:
        import hmac

        return self._key_digest is not None and hmac.compare_digest(
            self._digest(data_key), self._key_digest
        )

    def _unlocked(self, key: bytes) -> None:
        if self.on_unlock is not None and not self.on_unlock(key):
            if self.lock_screen is not None:
                self.lock_screen.reset()
            return
        self._locked = False
        self._last_input = self._last_tick = self.clock()
        if self.lock_screen is not None:
            self.lock_screen.hide()
        hidden, self._hidden = self._hidden, []
        for ref in hidden:
            widget = ref()
            if widget is not None:
                with contextlib.suppress(RuntimeError):
                    widget.show()
                    widget.raise_()
                    widget.activateWindow()
        self.unlocked.emit()

    def _lock_screen_closed(self) -> None:
        """Closing the lock screen (its window button or Escape) leaves Workbook."""
        if self._locked and not self.quit_requested:
            self.quit_requested = True
            self._timer.stop()
            self.app.quit()

    def wipe_everything(self) -> WipeReport:
        """Hide everything, close the workbook and crypto-erase the data folder."""
        self.hide_everything()
        if self.lock_screen is not None:
            self.lock_screen.hide()
        self._forget_traces()
        self._timer.stop()
        self.quit_requested = True
        self._key_digest = None
        close = getattr(self.settings, "close", None)
        if callable(close):
            with contextlib.suppress(Exception):
                close()
        self._wiped_repository = self.settings
        self.settings = None
        from workbook.storage.wipe import wipe_workbook

        report = wipe_workbook(self.folder)
        # Anything that still writes on the way out (an editor flushing a draft when the
        # app quits) would recreate a file: wipe once more as the very last thing.
        self.app.aboutToQuit.connect(self._wipe_again)
        return report

    def _wipe_again(self) -> None:
        with contextlib.suppress(Exception):
            close = getattr(self._wiped_repository, "close", None)
            if callable(close):
                close()
        from workbook.storage.wipe import wipe_workbook

        wipe_workbook(self.folder)

    def finish_after_wipe(self) -> None:
        self.app.quit()

    def _cleanup(self) -> None:
        self._timer.stop()
        self._forget_traces()

    # -- widgets for the pages -----------------------------------------------------------
    def quick_exit_button(self, parent: QWidget | None = None) -> QPushButton:
        return QuickExitButton(self, parent)


class QuickExitButton(QPushButton):
    """The button every page shows; same as pressing the quick-exit key."""

    def __init__(self, layer: ProtectionLayer, parent: QWidget | None = None) -> None:
        key = QUICK_EXIT_KEY_TEXT
        super().__init__(tr("protection", "Quick exit ({key})").format(key=key), parent)
        self.setObjectName("quick-exit")
        self.setToolTip(
            tr("protection", "Hide Workbook at once ({key}). What you were typing is kept.").format(
                key=key
            )
        )
        self.setAccessibleName(tr("protection", "Quick exit"))
        self.setAccessibleDescription(
            tr("protection", "Hides Workbook at once. Shortcut {key}.").format(key=key)
        )
        set_properties(self, focusPolicy="TabFocus")  # by name: see workbook/ui/qt_names.py
        self.setAutoDefault(False)
        self.clicked.connect(layer.quick_exit)


def application_layer(app: QGuiApplication | None = None) -> ProtectionLayer | None:
    """The layer installed on this application, if any (for widgets that want the button)."""
    instance = app or QApplication.instance()
    if instance is None:
        return None
    found = instance.findChild(ProtectionLayer)
    return found if isinstance(found, ProtectionLayer) else None
