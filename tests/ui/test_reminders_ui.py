"""Reminders while the app runs (workbook/ui/reminders.py), on a real workbook in a temporary
folder: the timer finds what is due and the overview's panel shows it; a missed check-in is
logged once, even across restarts; a notification outside the app says only that something
is due; "I checked in now" logs a check-in; locking stops everything."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QSystemTrayIcon, QWidget
from pytestqt.qtbot import QtBot

from workbook.domain.model import CheckInAgreement, CheckInLogEntry, Plan, TrustedContact
from workbook.domain.reminders import NOTIFICATION
from workbook.domain.schedule import Repeat, Schedule
from workbook.storage.repository import PlanRepository
from workbook.ui import reminders as reminders_module
from workbook.ui.reminders import CHECKED_AT, DuePanel, Reminders
from workbook.ui.store import PlanStore

PARTNER = "Robin Example"
DAY = datetime(2026, 11, 27)


class Clock:
    """The time the reminders read; tests move it on."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def _plan() -> tuple[Plan, CheckInAgreement]:
    robin = TrustedContact(name=PARTNER, phones=["555-0123"])
    agreement = CheckInAgreement(
        partner_id=robin.id,
        timetable=Schedule(repeat=Repeat.DAILY, times=(time(21, 0),)),
        grace_minutes=30,
        danger_code_word="blue umbrella",
    )
    return Plan(contacts=[robin], checkin_agreements=[agreement]), agreement


@pytest.fixture(autouse=True)
def no_layer_left_over(qapp: QApplication) -> None:
    """Protection tests run earlier in the same process leave their layers, locked, on the
    application; the reminders would (rightly) take the workbook for locked."""
    from workbook.ui.protection.layer import ProtectionLayer

    for layer in qapp.findChildren(ProtectionLayer):
        shiboken6.delete(layer)


@pytest.fixture
def workbook_folder(folder: Path) -> tuple[Path, str]:
    plan, agreement = _plan()
    repo = PlanRepository.open(folder)
    repo.replace_plan(plan)
    repo.close()
    return folder, agreement.id


class Opened:
    """The workbook opened as the app opens it, with reminders on a clock of the test's."""

    def __init__(self, folder: Path, clock: Clock) -> None:
        self.repo = PlanRepository.open(folder)
        self.store = PlanStore(self.repo, folder)
        self.reminders = Reminders(self.store, clock)
        self.reminders.start()

    def close(self) -> None:
        self.reminders.stop()
        self.repo.close()


@pytest.fixture
def open_workbook(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    monkeypatch.setattr(reminders_module, "INTERVAL_MS", 30)
    opened: list[Opened] = []

    def start(folder: Path, clock: Clock) -> Opened:
        workbook = Opened(folder, clock)
        opened.append(workbook)
        return workbook

    yield start
    for workbook in opened:
        if not workbook.repo.closed:
            workbook.close()


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text handed to the system notification (the one place that reaches it)."""
    texts: list[str] = []

    def capture(text: str) -> str:
        texts.append(text)
        return "captured"

    monkeypatch.setattr(reminders_module, "show_notification", capture)
    return texts


def _panel(qtbot: QtBot, store: PlanStore) -> DuePanel:
    panel = DuePanel(store)
    qtbot.addWidget(panel)
    panel.resize(700, 300)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _row_texts(panel: DuePanel) -> list[str]:
    return [
        label.text()
        for label in panel.band.findChildren(QLabel)
        if label.objectName().startswith("due-text-") and label.isVisible()
    ]


def test_the_timer_finds_a_checkin_due_and_the_overview_panel_shows_it(
    qtbot: QtBot, workbook_folder: tuple[Path, str], open_workbook: Any, told: list[str]
) -> None:
    folder, _agreement_id = workbook_folder
    clock = Clock(DAY.replace(hour=20, minute=0))
    workbook = open_workbook(folder, clock)
    panel = _panel(qtbot, workbook.store)
    qtbot.waitUntil(lambda: workbook.reminders.looks >= 1)
    assert panel.reminders is workbook.reminders  # one set of reminders per workbook
    assert not panel.band.isVisible() and _row_texts(panel) == []
    looks = workbook.reminders.looks
    clock.at = DAY.replace(hour=20, minute=50)  # ten minutes before the check-in
    qtbot.waitUntil(lambda: workbook.reminders.looks > looks + 1)  # the timer, not a call
    qtbot.waitUntil(panel.band.isVisible)
    texts = _row_texts(panel)
    assert len(texts) == 1 and PARTNER in texts[0] and "21:00" in texts[0]
    button = panel.findChild(QPushButton, "button-due-checked-in")
    assert button is not None and button.isVisible()
    assert panel.notify_box.isVisible()
    assert panel.notify_box.isChecked()  # on unless switched off
    assert "only “Workbook: something is due”, nothing else" in panel.notify_note.text()


def test_i_checked_in_now_saves_a_checkin_and_the_item_goes(
    qtbot: QtBot, workbook_folder: tuple[Path, str], open_workbook: Any, told: list[str]
) -> None:
    folder, agreement_id = workbook_folder
    clock = Clock(DAY.replace(hour=20, minute=55))
    workbook = open_workbook(folder, clock)
    panel = _panel(qtbot, workbook.store)
    qtbot.waitUntil(panel.band.isVisible)
    button = panel.findChild(QPushButton, "button-due-checked-in")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.band.isVisible())
    assert _row_texts(panel) == []
    workbook.close()
    repo = PlanRepository.open(folder)
    try:
        log = repo.load_plan().checkin_log
    finally:
        repo.close()
    assert [(e.agreement_id, e.at, e.missed) for e in log] == [
        (agreement_id, DAY.replace(hour=20, minute=55), False)
    ]


def _log(folder: Path) -> list[CheckInLogEntry]:
    repo = PlanRepository.open(folder)
    try:
        return repo.load_plan().checkin_log
    finally:
        repo.close()


def test_a_missed_checkin_is_logged_once_even_across_restarts(
    qtbot: QtBot, workbook_folder: tuple[Path, str], open_workbook: Any, told: list[str]
) -> None:
    folder, agreement_id = workbook_folder
    # The first look ever notes the time: nothing before it is counted as missed.
    first = open_workbook(folder, Clock(DAY.replace(hour=22, minute=0)))
    qtbot.waitUntil(lambda: first.reminders.looks >= 1)
    assert first.store.setting(CHECKED_AT) == DAY.replace(hour=22).isoformat()
    first.close()
    assert _log(folder) == []  # 21:00 passed before Workbook was watching

    # The next day, opened at 20:00 and running past the check-in and its grace period.
    clock = Clock(DAY.replace(day=28, hour=20, minute=0))
    second = open_workbook(folder, clock)
    qtbot.waitUntil(lambda: second.reminders.looks >= 1)
    clock.at = DAY.replace(day=28, hour=21, minute=31)
    looks = second.reminders.looks
    qtbot.waitUntil(lambda: second.reminders.looks > looks + 2)  # several looks
    second.close()
    missed = [(e.agreement_id, e.at, e.missed) for e in _log(folder)]
    assert missed == [(agreement_id, DAY.replace(day=28, hour=21), True)]

    # Restarted later with the same setting: no second entry for the same check-in.
    third = open_workbook(folder, Clock(DAY.replace(day=28, hour=23, minute=0)))
    panel = _panel(qtbot, third.store)
    qtbot.waitUntil(lambda: third.reminders.looks >= 2)
    assert [(e.at, e.missed) for e in third.store.records(CheckInLogEntry)] == [
        (DAY.replace(day=28, hour=21), True)
    ]
    # The panel says it was missed; putting it away keeps the entry in the log.
    qtbot.waitUntil(panel.band.isVisible)
    texts = _row_texts(panel)
    assert len(texts) == 1 and "missed" in texts[0] and PARTNER in texts[0]
    put_away = panel.findChild(QPushButton, "button-due-put-away")
    assert put_away is not None
    qtbot.mouseClick(put_away, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.band.isVisible())
    third.close()
    assert len(_log(folder)) == 1
    fourth = open_workbook(folder, Clock(DAY.replace(day=28, hour=23, minute=30)))
    qtbot.waitUntil(lambda: fourth.reminders.looks >= 1)
    assert fourth.reminders.items == []  # put away stays put away


def test_the_notification_says_only_that_something_is_due_and_once(
    qtbot: QtBot, workbook_folder: tuple[Path, str], open_workbook: Any, told: list[str]
) -> None:
    folder, _ = workbook_folder
    clock = Clock(DAY.replace(hour=20, minute=50))
    workbook = open_workbook(folder, clock)
    qtbot.waitUntil(lambda: workbook.reminders.looks >= 1)
    looks = workbook.reminders.looks
    qtbot.waitUntil(lambda: workbook.reminders.looks > looks + 3)  # the timer keeps looking
    assert told == [NOTIFICATION] == ["Workbook: something is due"]
    plan_words = [PARTNER, "Robin", "555-0123", "blue umbrella", "21:00", "check"]
    assert not any(word.lower() in told[0].lower() for word in plan_words)
    # The next day's check-in (and yesterday's, now missed) are new: told again, once, with
    # the same words.
    clock.at = DAY.replace(day=28, hour=20, minute=50)
    qtbot.waitUntil(lambda: len(told) == 2)
    looks = workbook.reminders.looks
    qtbot.waitUntil(lambda: workbook.reminders.looks > looks + 2)
    assert told == [NOTIFICATION, NOTIFICATION]
    # Switched off: the panel still lists it, nothing goes outside.
    workbook.reminders.set_notify_outside(False)
    clock.at = DAY.replace(day=29, hour=20, minute=50)
    looks = workbook.reminders.looks
    qtbot.waitUntil(lambda: workbook.reminders.looks > looks + 2)
    kinds = [(item.kind.value, item.when.day) for item in workbook.reminders.items]
    assert ("checkin", 29) in kinds  # listed (with the two missed before it) ...
    assert len(told) == 2  # ... and not told outside


def test_no_notification_while_workbook_is_the_active_app(
    qtbot: QtBot, workbook_folder: tuple[Path, str], open_workbook: Any, told: list[str]
) -> None:
    folder, _ = workbook_folder
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    workbook = open_workbook(folder, Clock(DAY.replace(hour=20, minute=50)))
    qtbot.waitUntil(lambda: workbook.reminders.looks >= 2)
    assert len(workbook.reminders.items) == 1 and told == []


def test_without_a_tray_the_task_bar_is_flashed_and_no_text_is_shown(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbook.ui import windows

    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    alerted: list[QWidget] = []
    monkeypatch.setattr(windows, "top_level_windows", lambda: [window])
    monkeypatch.setattr(QApplication, "alert", staticmethod(lambda w, ms=0: alerted.append(w)))
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    assert reminders_module.show_notification(NOTIFICATION) == "alert"
    assert alerted == [window]
    assert reminders_module.notification_text() == NOTIFICATION


def test_reminders_stop_when_the_workbook_locks_and_start_again_on_unlock(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, told: list[str]
) -> None:
    from workbook.storage import keys
    from workbook.storage.keys import PassphraseKdf
    from workbook.ui.app import WorkbookApp
    from workbook.ui.protection.layer import ProtectionLayer
    from workbook.ui.protection.session import ProtectedSession

    monkeypatch.setattr(reminders_module, "INTERVAL_MS", 20)
    monkeypatch.setattr(reminders_module, "WAIT_FOR_PLAN_MOST", 0)
    looks: list[datetime] = []
    from workbook.domain.reminders import due as real_due

    def counting_due(plan: Plan, moment: datetime) -> Any:
        looks.append(moment)
        return real_due(plan, moment)

    monkeypatch.setattr("workbook.ui.reminders.due", counting_due)
    folder = tmp_path / "workbook-data"
    folder.mkdir()
    fast = PassphraseKdf(memory_kib=64, iterations=1, lanes=1)
    created = keys.create_keys(folder, "copper lanterns in the orchard", kdf=fast)
    repository = PlanRepository.open(folder, created.data_key)
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    layer = ProtectionLayer(qapp, folder, tick_ms=60_000, kdf=fast)
    layer.install()
    layer.attach(created.data_key, repository)
    monkeypatch.setattr(layer.app, "quit", lambda: None)

    def reopen(folder_: Path, key: bytes | None = None) -> PlanRepository:
        return PlanRepository.open(folder_, key)

    session = ProtectedSession(layer, folder, reopen, lambda repo: WorkbookApp(repo, folder))
    try:
        session.start(repository)
        reminders = session.workbook.reminders
        qtbot.waitUntil(lambda: len(looks) >= 3)
        layer.lock()
        qtbot.waitUntil(lambda: session.repository is None)
        assert not shiboken6.isValid(reminders)  # destroyed with the store, timer and all
        seen = len(looks)
        qtbot.wait(200)  # ten intervals
        assert len(looks) == seen
        layer._unlocked(created.data_key)  # what the lock screen does with the right key
        assert session.repository is not None
        again = session.workbook.reminders
        assert again is not reminders and again.running
        qtbot.waitUntil(lambda: len(looks) > seen)
    finally:
        if session.repository is not None:
            layer.lock()
            qtbot.waitUntil(lambda: session.repository is None)
        layer.uninstall()
        if layer.lock_screen is not None:
            layer.lock_screen.hide()
            layer.lock_screen.deleteLater()
        shiboken6.delete(layer)  # the app's layer, found by later tests otherwise


def test_a_workbook_that_cannot_be_written_just_now_raises_nothing_and_is_looked_at_again(
    qtbot: QtBot,
    workbook_folder: tuple[Path, str],
    open_workbook: Any,
    told: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from workbook.storage.errors import StorageError

    folder, _ = workbook_folder
    clock = Clock(DAY.replace(hour=20, minute=50))
    workbook = open_workbook(folder, clock)
    qtbot.waitUntil(lambda: workbook.reminders.looks >= 1)
    assert len(workbook.reminders.items) == 1

    def full_disk(name: str, value: str) -> None:
        raise StorageError("The disk is full.")

    monkeypatch.setattr(workbook.store, "set_setting", full_disk)
    clock.at = DAY.replace(day=28, hour=23, minute=0)  # past a check-in: a write is due
    looks = workbook.reminders.looks
    qtbot.waitUntil(lambda: workbook.reminders.looks > looks + 2)
    assert workbook.reminders.running  # still looking, nothing raised to the person
    monkeypatch.undo()
    qtbot.waitUntil(lambda: workbook.store.setting(CHECKED_AT) == clock.at.isoformat())
