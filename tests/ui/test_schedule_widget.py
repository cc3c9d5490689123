"""The schedule editor: what is typed becomes a Schedule, drafts keep half-typed times, and
what cannot be read gets a kind message."""

from __future__ import annotations

from datetime import date, time
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import choose, find, tick, type_into

from workbook.domain.model import CheckInAgreement, MandatedObligation
from workbook.domain.schedule import MAX_TIMES_A_DAY, Repeat, Schedule
from workbook.ui.fields import FieldInputError, make_field
from workbook.ui.schedule_widget import (
    ScheduleField,
    parse_dates,
    parse_month_days,
    parse_times,
)
from workbook.ui.specs import FieldSpec

P = "editor-mandated-timetable"


def _field(qtbot: QtBot, kind: type = MandatedObligation) -> ScheduleField:
    spec = FieldSpec.of(kind, "timetable")
    widget = make_field(spec, "editor-mandated", None, lambda kind: None)  # type: ignore[arg-type]
    assert isinstance(widget, ScheduleField)
    qtbot.addWidget(widget)
    widget.resize(600, 300)
    widget.show()
    return widget


def test_typing_a_fortnightly_handover(qtbot: QtBot) -> None:
    field = _field(qtbot)
    assert field.value() is None  # "No set days and times" until something is chosen
    assert not find(field, QWidget, f"{P}-weekdays").isVisible()
    choose(field, f"{P}-repeat", "Every other week")
    assert find(field, QWidget, f"{P}-weekdays").isVisible()
    assert not find(field, QLineEdit, f"{P}-dates").isVisible()
    tick(qtbot, field, f"{P}-day-5")
    type_into(qtbot, field, f"{P}-times", "10")
    type_into(qtbot, field, f"{P}-minutes", "120")
    type_into(qtbot, field, f"{P}-start", "2026-01-10")
    assert field.value() == Schedule(
        repeat=Repeat.EVERY_OTHER_WEEK,
        weekdays=(5,),
        times=(time(10),),
        minutes=120,
        start=date(2026, 1, 10),
    )
    preview = find(field, QWidget, f"{P}-preview")
    assert preview.isVisible()
    assert preview.text().startswith("Every other Saturday at 10:00 for 2 h, from 2026-01-10")


def test_all_day_turns_the_times_off(qtbot: QtBot) -> None:
    field = _field(qtbot)
    choose(field, f"{P}-repeat", "Every month")
    type_into(qtbot, field, f"{P}-month-days", "1, 15, last")
    tick(qtbot, field, f"{P}-all-day")
    assert not find(field, QLineEdit, f"{P}-times").isEnabled()
    value = field.value()
    assert value is not None and value.all_day and value.month_days == (1, 15, -1)
    assert value.times == ()


def test_around_a_mandated_contact_is_for_check_ins_only(qtbot: QtBot) -> None:
    mandated = _field(qtbot)
    combo = find(mandated, QComboBox, f"{P}-repeat")
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert "Before and after a mandated contact" not in offered
    check_ins = _field(qtbot, CheckInAgreement)
    choose(check_ins, f"{P}-repeat", "Before and after a mandated contact")
    assert not find(check_ins, QLineEdit, f"{P}-times").isVisible()
    type_into(qtbot, check_ins, f"{P}-before", "30")
    assert check_ins.value() == Schedule(repeat=Repeat.AROUND_CONTACT, before=30)


def test_half_typed_input_survives_as_a_draft_and_gets_a_kind_message(qtbot: QtBot) -> None:
    field = _field(qtbot)
    choose(field, f"{P}-repeat", "Every day")
    type_into(qtbot, field, f"{P}-times", "9:")
    raw = field.raw()
    with pytest.raises(FieldInputError, match="hour:minute"):
        field.value()
    restored = _field(qtbot)
    restored.set_raw(raw)
    assert restored.raw() == raw
    assert find(restored, QLineEdit, f"{P}-times").text() == "9:"
    # Drafts written by an older or damaged copy are read without a traceback.
    restored.set_raw({"repeat": "hourly", "weekdays": ["x"], "minutes": "many"})
    assert restored.value() is None
    restored.set_raw(None)
    assert restored.value() is None


def test_every_weekday_box_is_named_for_screen_readers(qtbot: QtBot) -> None:
    field = _field(qtbot)
    names = [find(field, QCheckBox, f"{P}-day-{n}").accessibleName() for n in range(7)]
    assert names == ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    assert find(field, QComboBox, f"{P}-repeat").accessibleName() == "Days and times"


def test_parsers() -> None:
    assert parse_times("9, 17:30; 21.15 7h05") == (time(9), time(17, 30), time(21, 15), time(7, 5))
    assert parse_times("") == ()
    for bad in ("24:00", "9:60", "noon", "9:5", "-1"):
        with pytest.raises(FieldInputError):
            parse_times(bad)
    assert parse_dates("2026-03-01, 2026-04-12") == (date(2026, 3, 1), date(2026, 4, 12))
    with pytest.raises(FieldInputError, match="cannot read this as a date"):
        parse_dates("1 March")
    with pytest.raises(FieldInputError, match="February has no day 30"):
        parse_dates("2026-03-01, 2026-02-30")
    assert parse_dates("2026-03-01 2026-04-12; 14 April 2026") == (
        date(2026, 3, 1),
        date(2026, 4, 12),
        date(2026, 4, 14),
    )
    assert parse_month_days("1, 15, Last, 15") == (1, 15, -1)
    for bad in ("0", "32", "first"):
        with pytest.raises(FieldInputError):
            parse_month_days(bad)


def test_a_thousand_times_a_day_reads_and_is_then_refused_kindly(qtbot: QtBot) -> None:
    from workbook.domain.schedule import validate_schedule

    field = _field(qtbot)
    choose(field, f"{P}-repeat", "Every day")
    times = ", ".join(f"{h:02d}:{m:02d}" for h in range(24) for m in range(60))[: 1000 * 7 - 2]
    find(field, QLineEdit, f"{P}-times").setText(times)
    value = field.value()
    assert value is not None and len(value.times) == 1000
    message = validate_schedule(value)["times"]
    assert f"{MAX_TIMES_A_DAY}" in message and "1,000" in message
    assert find(field, QWidget, f"{P}-preview").text() == ""


_schedules = st.builds(
    Schedule,
    repeat=st.sampled_from([r for r in Repeat if r is not Repeat.AROUND_CONTACT]),
    weekdays=st.lists(st.integers(0, 6), max_size=7, unique=True).map(lambda d: tuple(sorted(d))),
    times=st.lists(
        st.times().map(lambda t: t.replace(second=0, microsecond=0)), max_size=4, unique=True
    ).map(tuple),
    minutes=st.integers(0, 1440),
    month_days=st.lists(st.integers(1, 31) | st.just(-1), max_size=4, unique=True).map(tuple),
    dates=st.lists(st.dates(), max_size=4, unique=True).map(tuple),
    start=st.none() | st.dates(),
    end=st.none() | st.dates(),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(_schedules)
def test_what_is_shown_reads_back_as_the_same_schedule(qtbot: QtBot, schedule: Schedule) -> None:
    field = _field(qtbot)
    field.set_value(schedule)
    shown = field.value()
    assert shown is not None
    # The editor keeps only the parts the chosen repetition uses.
    weekly = schedule.repeat in (Repeat.WEEKLY, Repeat.EVERY_OTHER_WEEK)
    assert shown.weekdays == (schedule.weekdays if weekly else ())
    assert shown.times == schedule.times
    assert shown.minutes == schedule.minutes
    assert shown.month_days == (schedule.month_days if schedule.repeat is Repeat.MONTHLY else ())
    assert shown.dates == (schedule.dates if schedule.repeat is Repeat.DATES else ())
    if schedule.repeat is not Repeat.DATES:
        assert (shown.start, shown.end) == (schedule.start, schedule.end)
    field.set_value(shown)
    assert field.value() == shown


def test_a_schedule_typed_in_the_editor_is_saved_and_read_back(
    qtbot: QtBot, open_session: Any, folder: Any
) -> None:
    from workbook.storage.repository import PlanRepository
    from workbook.ui.editor import RecordEditor

    session = open_session()
    store = session.app.store
    editor = RecordEditor(store, MandatedObligation, None, session.window)
    qtbot.addWidget(editor)
    editor.show()
    choose(editor, f"{P}-repeat", "Every week")
    tick(qtbot, editor, f"{P}-day-2")
    type_into(qtbot, editor, f"{P}-times", "18:30")
    type_into(qtbot, editor, f"{P}-minutes", "60")
    # Not saved while the last day is before the first: the message says why.
    type_into(qtbot, editor, f"{P}-start", "2026-05-01")
    type_into(qtbot, editor, f"{P}-end", "2026-04-01")
    editor.accept()
    assert not store.plan.obligations
    error = find(editor, QLabel, "editor-mandated-timetable-error")
    assert "before the first day" in error.text()
    type_into(qtbot, editor, f"{P}-end", "2026-09-30")
    editor.accept()
    (saved,) = store.plan.obligations
    expected = Schedule(
        repeat=Repeat.WEEKLY,
        weekdays=(2,),
        times=(time(18, 30),),
        minutes=60,
        start=date(2026, 5, 1),
        end=date(2026, 9, 30),
    )
    assert saved.timetable == expected
    session.close()
    repository = PlanRepository.open(folder)
    try:
        (stored,) = repository.list(MandatedObligation)
        assert stored.timetable == expected
    finally:
        repository.close()


def test_times_are_shown_and_read_on_the_local_clock() -> None:
    from workbook.domain import dates

    dates.configure(dates.DateStyle(date_pattern="M/d/yyyy", time_pattern="h:mm\u202fAp"))
    try:
        assert parse_times("6:30\u202fPM, 9:00 am, 17:30") == (time(18, 30), time(9), time(17, 30))
        with pytest.raises(FieldInputError):
            parse_times("13:00 PM")
    finally:
        dates.configure(None)
    arabic = dates.DateStyle(time_pattern="h:mm Ap", am="ص", pm="م", digits="٠١٢٣٤٥٦٧٨٩")
    dates.configure(arabic)
    try:
        shown = ", ".join(dates.short_time(t) for t in (time(18, 30), time(9)))
        assert shown == "٦:٣٠ م, ٩:٠٠ ص"
        assert parse_times(shown) == (time(18, 30), time(9))
    finally:
        dates.configure(None)
