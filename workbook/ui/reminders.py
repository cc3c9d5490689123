"""Reminders while Workbook runs: what is due, inside the window; outside it, nothing but
"Workbook: something is due".

`Reminders` lives as a child of the open workbook's store (`Reminders.for_store`), so it
lives exactly as long as the workbook is open: locking destroys the store, and its timer
with it; unlocking makes a new store and a new `Reminders`. Every 30 seconds (and once the
plan is in memory after opening) it asks the domain (workbook/domain/reminders.py) what is
due, logs check-ins that were missed — each once, even across restarts, as the moment it
last looked is kept in the workbook's settings — and tells:

* inside the app, `DuePanel` on the overview lists each item with its text (which may name
  a person or an order) and announces new ones to screen readers;
* outside the app, while Workbook is not the active application and the setting is on, a
  system notification shows only `NOTIFICATION`, translated; where the system has no tray,
  the task bar entry is flashed instead. The same item is told once, not every 30 seconds.
  `show_notification` is the one function that reaches the system.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.dates import short_time
from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.domain.model import RECORD_TYPES, CheckInLogEntry, now
from workbook.domain.reminders import NOTIFICATION, Due, DueKind, due, missed_checkins
from workbook.ui.common import announce, enter_presses, intro_label, make_button, plural
from workbook.ui.store import PlanStore
from workbook.ui.theme import message_colours

_CONTEXT = "Reminders"
INTERVAL_MS = 30_000
WAIT_FOR_PLAN_MS = 500  # the first look waits for the plan to be read ahead, so often
WAIT_FOR_PLAN_MOST = 10  # ... and then reads it (a very large plan) rather than wait on
CHECKED_AT = "reminders.checked_at"  # the last moment missed check-ins were looked for
NOTIFY = "reminders.notify"  # "on" (the default) or "off": the notification outside
SEEN_MISSED = "reminders.missed_seen"  # missed check-ins up to this moment are put away
NOTIFICATION_MS = 10_000
SAVE_CHECKED_AT_EVERY = timedelta(minutes=5)


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _parse(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _key(item: Due) -> tuple[str, str, str]:
    return (item.kind.value, item.record_id, item.when.isoformat())


# -- outside the app ------------------------------------------------------------------------
_tray: list[QSystemTrayIcon] = []  # the icon while a notification is up


def _hide_tray() -> None:
    while _tray:
        icon = _tray.pop()
        if shiboken6.isValid(icon):
            icon.hide()
            icon.deleteLater()


def show_notification(text: str) -> str:
    """Tell the person outside Workbook's windows that something is due, with `text` only.
    A tray icon shows for as long as the notification does; without a tray the task bar
    entry of a Workbook window flashes. Returns how: "tray", "alert" or "" (no way)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return ""
    if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
        _hide_tray()
        icon = QSystemTrayIcon(app.windowIcon(), app)
        icon.setToolTip(QGuiApplication.applicationDisplayName())
        _tray.append(icon)
        icon.messageClicked.connect(_hide_tray)
        icon.show()
        icon.showMessage("", text, QSystemTrayIcon.MessageIcon.Information, NOTIFICATION_MS)
        QTimer.singleShot(NOTIFICATION_MS + 2_000, _hide_tray)
        return "tray"
    from workbook.ui.windows import top_level_windows

    for window in top_level_windows():
        if shiboken6.isValid(window) and window.isVisible():
            QApplication.alert(window)
            return "alert"
    return ""


def notification_text() -> str:
    """The only text a notification ever shows: "Workbook: something is due", translated."""
    return tr("reminders", NOTIFICATION)


# -- the timer --------------------------------------------------------------------------------
class Reminders(QObject):
    """What is due in the open workbook, looked at every 30 seconds; see the module text."""

    updated = Signal(list)  # list[Due]: everything due now, after each look
    arrived = Signal(list)  # list[Due]: the items not seen before, after a look

    def __init__(self, store: PlanStore, clock: Callable[[], datetime] = now) -> None:
        super().__init__(store)
        self.setObjectName("reminders")
        self.store = store
        self.clock = clock
        self.items: list[Due] = []
        self._told: set[tuple[str, str, str]] = set()
        self._saved_checked_at: datetime | None = None
        self._waited = 0
        self.looks = 0  # how many times it looked (for tests and diagnostics)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._soon = QTimer(self)  # after a change: look again once the change is done
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.check)
        store.changed.connect(self._store_changed)
        # A notification up when the workbook closes (locked) goes with it.
        self.destroyed.connect(_hide_tray)

    @classmethod
    def for_store(cls, store: PlanStore) -> Reminders:
        """The store's reminders, made (and started) the first time they are asked for."""
        found = store.findChild(Reminders, "reminders")
        if isinstance(found, Reminders):
            return found
        reminders = cls(store)
        reminders.start()
        return reminders

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        self._timer.start()
        self._first_look()

    def stop(self) -> None:
        self._timer.stop()
        self._soon.stop()

    def _first_look(self) -> None:
        if not self.running:
            return
        read = all(self.store.records_if_read(kind) is not None for kind in RECORD_TYPES)
        if read or self._waited >= WAIT_FOR_PLAN_MOST:
            self.check()
            return
        self._waited += 1
        QTimer.singleShot(WAIT_FOR_PLAN_MS, self, self._first_look)

    def _store_changed(self, _change: object) -> None:
        if self.running and not self._soon.isActive():
            self._soon.start()

    def _workbook_open(self) -> bool:
        from workbook.ui.protection.layer import application_layer

        layer = application_layer()
        return layer is None or not (layer.is_locked or layer.quit_requested)

    # -- settings ---------------------------------------------------------------------------
    @property
    def notify_outside(self) -> bool:
        return self.store.setting(NOTIFY) != "off"

    def set_notify_outside(self, on: bool) -> None:
        self.store.set_setting(NOTIFY, "on" if on else "off")

    def put_away_missed(self, until: datetime) -> None:
        """The person has seen the missed check-ins up to `until`: stop listing them."""
        seen = _parse(self.store.setting(SEEN_MISSED))
        if seen is None or until > seen:
            self.store.set_setting(SEEN_MISSED, until.isoformat())
        self.check()

    # -- looking ----------------------------------------------------------------------------
    def check(self) -> list[Due]:
        """Look now: log missed check-ins, work out what is due, tell what is new."""
        if not shiboken6.isValid(self.store) or self.store.closed:
            self.stop()  # wiped, or on the way out
            return []
        if not self._workbook_open():
            return []  # locked: the store (and this) is destroyed in a moment
        from workbook.storage.errors import StorageError

        self.looks += 1
        moment = self.clock()
        try:
            self._log_missed(moment)
            plan = self.store.plan
            seen_missed = _parse(self.store.setting(SEEN_MISSED))
        except StorageError:
            # A full disk, say: the page being worked on tells; this looks again in 30 s
            # rather than raising a message of its own every half minute.
            return self.items
        items = [
            item
            for item in due(plan, moment)
            if not (
                item.kind is DueKind.CHECKIN_MISSED
                and seen_missed is not None
                and item.when <= seen_missed
            )
        ]
        new = [item for item in items if _key(item) not in self._told]
        self._told.update(_key(item) for item in new)
        self.items = items
        self.updated.emit(items)
        if new:
            self.arrived.emit(new)
            self._tell_outside()
        return items

    def _log_missed(self, moment: datetime) -> None:
        stored = _parse(self.store.setting(CHECKED_AT))
        # The first look ever: nothing was missed before Workbook started watching.
        since = stored if stored is not None else moment
        missed = missed_checkins(self.store.plan, moment, since)
        for entry in missed:
            self.store.save(entry)
        last = self._saved_checked_at or stored
        if missed or last is None or moment - last >= SAVE_CHECKED_AT_EVERY or moment < last:
            self.store.set_setting(CHECKED_AT, moment.isoformat())
            self._saved_checked_at = moment

    def _tell_outside(self) -> None:
        active = QApplication.activeWindow()
        if active is not None and active.isVisible():
            return  # the person is looking at Workbook: the panel and the screen reader tell
        if not self.notify_outside:
            return
        show_notification(notification_text())

    def checked_in(self, agreement_id: str) -> CheckInLogEntry:
        """Log a check-in now for the agreement (the panel's "I checked in now")."""
        entry = CheckInLogEntry(at=self.clock(), agreement_id=agreement_id)
        self.store.save(entry)  # the store's notice makes it look again
        return entry


# -- inside the app -----------------------------------------------------------------------------
class _Band(QFrame):
    """A calm band: the window's background tinted amber, with a coloured left edge."""

    EDGE = 3

    def paintEvent(self, event: Any) -> None:
        _text, background, edge = message_colours("warning", self.palette())
        painter = QPainter(self)
        painter.fillRect(self.rect(), background)
        painter.fillRect(0, 0, self.EDGE, self.height(), edge)
        painter.end()
        super().paintEvent(event)


class DuePanel(QWidget):
    """The overview's "Due now": each item with its text and, where one helps, a button; and
    the setting for the notification outside Workbook."""

    def __init__(self, store: PlanStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("due-panel")
        self.store = store
        self.reminders = Reminders.for_store(store)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.band = _Band(self)
        self.band.setObjectName("due-band")
        self.band.setAccessibleName(_t("Due now"))
        band = QVBoxLayout(self.band)
        band.setContentsMargins(_Band.EDGE + 8, 6, 8, 6)
        self.heading = QLabel(_t("Due now"), self.band)
        self.heading.setObjectName("due-heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        band.addWidget(self.heading)
        self.rows = QVBoxLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        band.addLayout(self.rows)
        self.band.hide()
        outer.addWidget(self.band)
        self._row_widgets: dict[tuple[str, str, str], QWidget] = {}

        # A short check box and the whole truth beside it, wrapped (a check box never wraps,
        # and a long one would widen the window).
        self.notify_box = QCheckBox(_t("Let me know outside Workbook when something is due"), self)
        self.notify_box.setObjectName("due-notify")
        self.notify_box.setAccessibleName(self.notify_box.text())
        what = _t(
            "The notification says only “Workbook: something is due”, nothing else: never "
            "what is due, never a name. It comes only while Workbook is open and unlocked, "
            "and not while you are looking at it."
        )
        self.notify_box.setAccessibleDescription(what)
        self.notify_box.setChecked(self.reminders.notify_outside)
        self.notify_box.toggled.connect(self.reminders.set_notify_outside)
        enter_presses(self.notify_box)
        outer.addWidget(self.notify_box)
        self.notify_note = intro_label(what, self, "due-notify-note")
        indent = self.notify_box.style().pixelMetric(
            QStyle.PixelMetric.PM_IndicatorWidth
        ) + self.notify_box.style().pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing)
        self.notify_note.setContentsMargins(indent, 0, 0, 0)
        outer.addWidget(self.notify_note)

        self.reminders.updated.connect(self.show_items)
        self.reminders.arrived.connect(self._announce)
        self.show_items(self.reminders.items)

    def show_items(self, items: list[Due]) -> None:
        keys = [_key(item) for item in items]
        for key in list(self._row_widgets):
            if key not in keys:
                row = self._row_widgets.pop(key)
                row.hide()
                row.deleteLater()
        for index, item in enumerate(items):
            key = _key(item)
            shown = self._row_widgets.get(key)
            if shown is None:
                shown = self._row_widgets[key] = self._row(item)
            self.rows.insertWidget(index, shown)
            shown.show()
        self.band.setVisible(bool(items))

    def _announce(self, items: list[Due]) -> None:
        if not self.isVisible():
            return
        if len(items) == 1:
            announce(self, _t("Due now: {text}").format(text=items[0].text))
        else:
            announce(
                self,
                plural(
                    _CONTEXT,
                    QT_TRANSLATE_NOOP(
                        _CONTEXT,
                        "%n things are due now; they are listed on the overview.",
                        "",
                        0,
                    ),
                    len(items),
                    "1 thing is due now; it is listed on the overview.",
                ),
            )

    def _row(self, item: Due) -> QWidget:
        row = QWidget(self.band)
        row.setObjectName(f"due-row-{item.kind.value}")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        text = intro_label(item.text, row, f"due-text-{item.kind.value}")
        layout.addWidget(text, 1)
        if item.kind is DueKind.CHECKIN:
            button = make_button(
                _t("I checked in now"),
                "button-due-checked-in",
                _t("Add a check-in at the current time to the check-in log."),
                row,
            )
            button.setAccessibleName(_t("I checked in now: {text}").format(text=item.text))
            agreement_id = item.record_id
            button.clicked.connect(lambda: self._checked_in(agreement_id))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        elif item.kind is DueKind.CHECKIN_MISSED:
            button = make_button(
                _t("Hide this"),
                "button-due-put-away",
                _t(
                    "Stop listing this missed check-in here. It stays in the check-in log, "
                    "marked as missed."
                ),
                row,
            )
            button.setAccessibleName(_t("Hide this: {text}").format(text=item.text))
            when = item.when
            button.clicked.connect(lambda: self.reminders.put_away_missed(when))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _checked_in(self, agreement_id: str) -> None:
        entry = self.reminders.checked_in(agreement_id)
        with contextlib.suppress(RuntimeError):
            announce(
                self,
                _t("Check-in noted at {time}.").format(time=short_time(entry.at)),
            )
