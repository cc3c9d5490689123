"""The compliance view: filters by person, channel, dates and verdict; counts per month; which
proxy carried what; an entry opened from the list."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QTabWidget
from pytestqt.qtbot import QtBot
from ui_helpers import choose, find, type_into

from workbook.domain.compliance import ComplianceIndex
from workbook.domain.model import (
    ContactChannel,
    ContactLogEntry,
    MandateChannel,
    MandatedObligation,
    ResponseKind,
    TopicFit,
)
from workbook.domain.schedule import Repeat, Schedule
from workbook.ui.compliance_view import ComplianceView

_SHOWN: list[ComplianceView] = []  # each test's view, until Qt has deleted it


@pytest.fixture(autouse=True)
def _views_outlive_their_test(qapp: QApplication) -> Iterator[None]:
    """A test's view stays referenced until pytest-qt has closed it and Qt has deleted it. A
    window without a parent, left to Python's garbage collector once the test returns,
    could otherwise be deleted in the middle of painting itself (pytest-qt processes the
    pending events right after the test)."""
    yield
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    _SHOWN.clear()


def _new_view(qtbot: QtBot) -> ComplianceView:
    view = ComplianceView(None)
    qtbot.addWidget(view)
    _SHOWN.append(view)
    return view


HANDOVER = MandatedObligation(
    channel=MandateChannel.IN_PERSON,
    timetable=Schedule(
        repeat=Repeat.WEEKLY, weekdays=(5,), times=(time(10),), minutes=60, start=date(2026, 1, 3)
    ),
    id="handover",
)


def _entry(entry_id: str, when: datetime, channel: ContactChannel, **kw: object) -> ContactLogEntry:
    entry = ContactLogEntry(occurred_at=when, channel=channel, **kw)  # type: ignore[arg-type]
    entry.id = entry_id
    return entry


LOG = [
    _entry("in", datetime(2026, 1, 3, 10, 30), ContactChannel.IN_PERSON, topic_within=TopicFit.YES),
    _entry("call", datetime(2026, 1, 5, 23, 0), ContactChannel.PHONE),
    _entry(
        "cousin",
        datetime(2026, 1, 20, 12, 0),
        ContactChannel.VIA_THIRD_PARTY,
        proxy_id="p-cousin",
        response=ResponseKind.FORWARDED_TO_LAWYER,
    ),
    _entry(
        "late",
        datetime(2026, 2, 7, 13, 0),
        ContactChannel.IN_PERSON,
        topic_within=TopicFit.YES,
        response=ResponseKind.FIRM_SENTENCE,
    ),
    _entry("unsure", datetime(2026, 2, 14, 10, 15), ContactChannel.IN_PERSON),
]


def _view(qtbot: QtBot) -> ComplianceView:
    view = _new_view(qtbot)
    view.resize(1000, 600)
    view.show_index(ComplianceIndex.build(LOG, [HANDOVER]), {"p-cousin": "Cousin Example"})
    view.show()
    return view


def _column(table: QTableView, column: int) -> list[str]:
    model = table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_everything_is_judged_counted_and_listed(qtbot: QtBot) -> None:
    view = _view(qtbot)
    entries = find(view, QTableView, "compliance-entries")
    assert _column(entries, 3) == [
        "Inside",
        "Outside: not a way allowed",
        "Outside: through someone else",
        "Outside: not at a set time",
        "Not sure: topic not marked",
    ]
    them = "The other person"  # how the workbook speaks of them until the person chooses
    assert _column(entries, 1) == [them, them, "Cousin Example", them, them]
    # The whole sentence, and how it was answered, is in the tooltip.
    tooltip = entries.model().index(3, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == (
        "Outside any order: not at a time the order's schedule allows. "
        "Answered with my firm sentence."
    )
    counts = find(view, QTableView, "compliance-counts")
    model = counts.model()
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal).replace("\n", " ")
        for c in range(model.columnCount())
    ]
    january = dict(zip(headers, _row(counts, 0), strict=True))
    assert january["Month"] == "January 2026"
    assert (january["Inside"], january["Outside"], january["Not sure"]) == ("1", "2", "0")
    assert january["Through someone else"] == "1"
    assert january["Outside: to my lawyer"] == "1"
    assert january["Outside: not answered"] == "1"
    february = dict(zip(headers, _row(counts, 1), strict=True))
    assert (february["Inside"], february["Outside"], february["Not sure"]) == ("0", "1", "1")
    assert february["Outside: firm sentence"] == "1"
    assert find(view, QLabel, "compliance-status").text() == "Showing all 5 contacts."
    assert find(view, QLabel, "compliance-proxies").text() == (
        "Through someone else: Cousin Example: 1."
    )


def _row(table: QTableView, row: int) -> list[str]:
    model = table.model()
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_filters_narrow_the_list_and_the_counts(qtbot: QtBot) -> None:
    view = _view(qtbot)
    entries = find(view, QTableView, "compliance-entries")
    status = find(view, QLabel, "compliance-status")
    choose(view, "compliance-who", "Cousin Example")
    assert _column(entries, 0) == ["2026-01-20 12:00"]
    assert status.text() == "Showing 1 of 5 contacts."
    choose(view, "compliance-who", "The other person, directly")
    choose(view, "compliance-verdict", "Outside any order")
    assert _column(entries, 0) == ["2026-01-05 23:00", "2026-02-07 13:00"]
    choose(view, "compliance-channel", "In person")
    assert _column(entries, 0) == ["2026-02-07 13:00"]
    choose(view, "compliance-channel", "Any way")
    choose(view, "compliance-verdict", "Inside and outside")
    type_into(qtbot, view, "compliance-from", "2026-02-01")
    assert _column(entries, 0) == ["2026-02-07 13:00", "2026-02-14 10:15"]
    assert _column(find(view, QTableView, "compliance-counts"), 0) == ["February 2026"]
    type_into(qtbot, view, "compliance-to", "2026-02-10")
    assert _column(entries, 0) == ["2026-02-07 13:00"]
    # A date that cannot be read yet: said kindly, and that bound is left out meanwhile.
    type_into(qtbot, view, "compliance-to", "2026-02-30")
    assert "February has no day 30: it has 28 days." in status.text()
    assert len(_column(entries, 0)) == 2
    view.clear_filters()
    assert status.text() == "Showing all 5 contacts."


def test_an_entry_is_opened_from_the_list(qtbot: QtBot) -> None:
    view = _view(qtbot)
    entries = find(view, QTableView, "compliance-entries")
    with qtbot.waitSignal(view.entry_activated) as opened:
        entries.setFocus()
        entries.setCurrentIndex(entries.model().index(2, 0))
        qtbot.keyClick(entries, Qt.Key.Key_Return)
    assert opened.args == ["cousin"]


def test_an_empty_log(qtbot: QtBot) -> None:
    view = _new_view(qtbot)
    view.show_index(ComplianceIndex.build([], []), {})
    assert find(view, QLabel, "compliance-status").text() == "No contacts in the log yet."
    assert find(view, QTableView, "compliance-entries").model().rowCount() == 0


def test_the_log_page_shows_the_demo_plan_judged(
    qtbot: QtBot,
    demo_folder: object,
    open_session: Any,
) -> None:
    session = open_session()
    session.app.show_wizard(None)
    wizard = session.wizard
    wizard.go_to("contact-log")
    page = wizard.currentPage()
    tabs = find(page, QTabWidget, "tabs-contact-log")
    assert tabs.tabText(1) == "Inside or outside the orders"
    tabs.setCurrentIndex(1)
    view = find(page, ComplianceView, "compliance-view")
    qtbot.waitUntil(lambda: find(view, QTableView, "compliance-entries").model().rowCount() == 6)
    verdicts = _column(find(view, QTableView, "compliance-entries"), 3)
    assert verdicts.count("Inside") == 1  # the dentist message through the app
    assert "Outside: through someone else" in verdicts
    # The log's own table says the same, entry by entry.
    log_table = find(page, QTableView, "table-contact-log")
    header = [
        log_table.model().headerData(c, Qt.Orientation.Horizontal)
        for c in range(log_table.model().columnCount())
    ]
    column = header.index("Inside the order?")
    in_log = _column(log_table, column)
    assert sorted(in_log) == sorted(verdicts)
    # Opening an entry from the compliance list selects it in the log.
    entries = find(view, QTableView, "compliance-entries")
    entries.setFocus()
    entries.setCurrentIndex(entries.model().index(0, 0))
    qtbot.keyClick(entries, Qt.Key.Key_Return)
    assert tabs.currentIndex() == 0
    selected = page.records.selected()
    assert selected is not None and selected.id == view.index.entries[0].id
    # A new entry is judged as soon as it is saved.
    entry = ContactLogEntry(
        occurred_at=datetime(2026, 3, 1, 3, 0), channel=ContactChannel.SOCIAL_MEDIA
    )
    session.app.store.save(entry)
    tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: entries.model().rowCount() == 7)


def test_a_long_log_is_judged_on_a_worker_thread(
    qtbot: QtBot, demo_folder: object, open_session: Any, monkeypatch: Any
) -> None:
    from workbook.ui import compliance_view

    monkeypatch.setattr(compliance_view, "BACKGROUND_FROM", 3)
    session = open_session()
    session.app.show_wizard(None)
    session.wizard.go_to("contact-log")
    page = session.wizard.currentPage()
    view = find(page, ComplianceView, "compliance-view")
    status = find(view, QLabel, "compliance-status")
    find(page, QTabWidget, "tabs-contact-log").setCurrentIndex(1)
    assert status.text() == "Comparing each contact with the orders…"
    entries = find(view, QTableView, "compliance-entries")
    qtbot.waitUntil(lambda: entries.model().rowCount() == 6)
    assert status.text() == "Showing all 6 contacts."
