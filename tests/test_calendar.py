"""The calendar export (workbook/export/calendar.py): parsed back with icalendar, its
recurrences expanded with recurring-ical-events, and compared with Workbook's own schedule
engine; neutral by default; bounded whatever the schedule."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import icalendar
import recurring_ical_events
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from workbook.domain.model import (
    CheckInAgreement,
    MandatedObligation,
    Plan,
    TrustedContact,
)
from workbook.domain.schedule import Repeat, Schedule, occurrences, validate_schedule
from workbook.export.calendar import MAX_LISTED, build_calendar, export_calendar

MADE = datetime(2026, 11, 27, 9, 30)
PARTNER = "Robin Example"
CODE_WORD = "blue umbrella"


def _plan() -> Plan:
    partner = TrustedContact(name=PARTNER, code_word=CODE_WORD, phones=["+1 555 0100"])
    order = MandatedObligation(
        mandated_by_name="Family Court of Example County",
        reference="FC-0142",
        location="12 Example Street",
        timetable=Schedule(
            repeat=Repeat.EVERY_OTHER_WEEK,
            weekdays=(5,),
            times=(time(10, 0),),
            minutes=120,
            start=date(2026, 11, 28),
            end=date(2027, 6, 30),
        ),
        review_date=date(2027, 1, 15),
    )
    daily = CheckInAgreement(
        partner_id=partner.id,
        danger_code_word=CODE_WORD,
        timetable=Schedule(repeat=Repeat.DAILY, times=(time(8, 0), time(21, 30))),
    )
    around = CheckInAgreement(
        partner_id=partner.id,
        timetable=Schedule(repeat=Repeat.AROUND_CONTACT, before=30, after=15),
        around_obligation_id=order.id,
    )
    return Plan(
        contacts=[partner],
        obligations=[order],
        checkin_agreements=[daily, around],
        next_review=date(2027, 2, 1),
    )


def _parse(data: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(data)


def _window(cal: icalendar.Calendar, start: datetime, end: datetime) -> list[icalendar.Event]:
    events: list[icalendar.Event] = recurring_ical_events.of(cal).between(start, end)
    return events


def test_parses_back_and_expands_to_what_the_plan_says(tmp_path: Path) -> None:
    out = tmp_path / "2026-11-27.ics"
    report = export_calendar(_plan(), out, made_at=MADE)
    assert out.stat().st_mode & 0o777 == 0o600
    cal = _parse(out.read_bytes())
    assert cal["VERSION"] == "2.0"
    december = _window(cal, datetime(2026, 12, 1), datetime(2027, 1, 1))
    titles = [str(e["SUMMARY"]) for e in december]
    # Daily check-ins at 08:00 and 21:30: 31 days x 2.
    assert titles.count("Workbook: check-in") == 31 * 2 + 2 * 2  # + before/after 2 contacts
    # Every other Saturday from 28 November: 12 and 26 December.
    contacts = sorted(e["DTSTART"].dt for e in december if e["SUMMARY"] == "Workbook: appointment")
    assert contacts == [datetime(2026, 12, 12, 10, 0), datetime(2026, 12, 26, 10, 0)]
    # Check-ins 30 minutes before and 15 minutes after each contact (which lasts 2 hours).
    around = sorted(
        e["DTSTART"].dt
        for e in december
        if e["SUMMARY"] == "Workbook: check-in"
        and e["DTSTART"].dt.time() not in (time(8), time(21, 30))
    )
    assert around == [
        datetime(2026, 12, 12, 9, 30),
        datetime(2026, 12, 12, 12, 15),
        datetime(2026, 12, 26, 9, 30),
        datetime(2026, 12, 26, 12, 15),
    ]
    reviews = _window(cal, datetime(2027, 1, 1), datetime(2027, 3, 1))
    review_days = sorted(e["DTSTART"].dt for e in reviews if e["SUMMARY"] == "Workbook: review")
    assert review_days == [date(2027, 1, 15), date(2027, 2, 1)]
    assert report.events > 0 and report.notes == []
    # The order ends on 30 June 2027.
    assert not [
        e
        for e in _window(cal, datetime(2027, 7, 1), datetime(2027, 12, 31))
        if e["SUMMARY"] == "Workbook: appointment"
    ]


def test_every_event_has_a_reminder_with_no_content(tmp_path: Path) -> None:
    data, _ = build_calendar(_plan(), made_at=MADE)
    cal = _parse(data)
    events = list(cal.walk("VEVENT"))
    assert events
    for event in events:
        alarms = list(event.walk("VALARM"))
        assert alarms, event["SUMMARY"]
        for alarm in alarms:
            assert alarm["ACTION"] == "DISPLAY"
            assert str(alarm["DESCRIPTION"]) == str(event["SUMMARY"])


def test_neutral_by_default_and_never_more_than_names_with_details() -> None:
    plan = _plan()
    neutral, _ = build_calendar(plan, made_at=MADE)
    text = neutral.decode()
    for secret in (PARTNER, CODE_WORD, "FC-0142", "Example County", "12 Example Street"):
        assert secret not in text
    assert "555 0100" not in text
    for line in text.splitlines():
        assert not line.startswith(("DESCRIPTION:Check", "LOCATION", "ATTENDEE", "ORGANIZER"))
    detailed, _ = build_calendar(plan, made_at=MADE, details=True)
    detailed_text = detailed.decode()
    assert PARTNER in detailed_text and "FC-0142" in detailed_text
    for secret in (CODE_WORD, "12 Example Street", "555 0100"):
        assert secret not in detailed_text


def test_what_cannot_go_in_is_named_never_a_traceback() -> None:
    plan = Plan(
        contacts=[],
        obligations=[MandatedObligation(start_date=date(2026, 1, 1))],
        checkin_agreements=[
            CheckInAgreement(partner_id=None),  # no partner, no times
            CheckInAgreement(timetable=Schedule(repeat=Repeat.WEEKLY, times=(time(9),))),
            CheckInAgreement(
                timetable=Schedule(repeat=Repeat.AROUND_CONTACT, before=10),
                around_obligation_id="gone",
            ),
        ],
    )
    data, report = build_calendar(plan, made_at=MADE)
    _parse(data)
    assert len(report.notes) == 4
    assert any("day of the week" in note for note in report.notes)


def test_far_past_and_far_future_dates() -> None:
    plan = Plan(
        obligations=[
            MandatedObligation(
                timetable=Schedule(repeat=Repeat.ONCE, times=(time(9),), start=date(1901, 1, 1)),
                review_date=date(2999, 12, 31),
            )
        ],
        next_review=date(1900, 1, 1),
    )
    data, report = build_calendar(plan, made_at=MADE)
    cal = _parse(data)
    assert len(list(cal.walk("VEVENT"))) == 3
    assert report.notes == []


def test_the_most_a_schedule_can_hold_stays_a_handful_of_events() -> None:
    """24 times a day, every day, forever: 24 recurring events, not millions."""
    busiest = Schedule(repeat=Repeat.DAILY, times=tuple(time(h) for h in range(24)))
    plan = Plan(checkin_agreements=[CheckInAgreement(timetable=busiest)])
    data, report = build_calendar(plan, made_at=MADE)
    assert report.events == 24
    assert len(data) < 20_000
    cal = _parse(data)
    assert len(_window(cal, datetime(2027, 1, 1), datetime(2027, 1, 8))) == 24 * 7


def test_around_a_contact_is_listed_for_a_year_at_most() -> None:
    every_day = Schedule(repeat=Repeat.DAILY, times=(time(12),), minutes=60)
    order = MandatedObligation(timetable=every_day)
    agreement = CheckInAgreement(
        timetable=Schedule(repeat=Repeat.AROUND_CONTACT, before=5, after=5),
        around_obligation_id=order.id,
    )
    _data, report = build_calendar(
        Plan(obligations=[order], checkin_agreements=[agreement]), made_at=MADE
    )
    assert report.events == 1 + MAX_LISTED
    assert len(report.notes) == 1


_times = st.lists(
    st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45])),
    min_size=1,
    max_size=3,
    unique=True,
)
_days = st.one_of(st.none(), st.dates(date(2026, 1, 1), date(2027, 12, 31)))


@st.composite
def schedules(draw: st.DrawFn) -> Schedule:
    repeat = draw(st.sampled_from([r for r in Repeat if r is not Repeat.AROUND_CONTACT]))
    all_day = draw(st.booleans()) if repeat is not Repeat.ONCE else False
    start = draw(_days)
    end = draw(_days)
    if start and end and end < start:
        start, end = end, start
    if repeat in (Repeat.ONCE, Repeat.EVERY_OTHER_WEEK) and start is None:
        start = date(2026, 12, 3)
    return Schedule(
        repeat=repeat,
        weekdays=tuple(draw(st.sets(st.integers(0, 6), min_size=1, max_size=3))),
        times=() if all_day else tuple(draw(_times)),
        minutes=draw(st.sampled_from([0, 30, 90])),
        all_day=all_day,
        month_days=tuple(draw(st.sets(st.sampled_from([1, 15, 28, 31, -1]), min_size=1))),
        dates=tuple(
            draw(st.sets(st.dates(date(2026, 6, 1), date(2027, 6, 1)), min_size=1, max_size=5))
        ),
        start=start,
        end=end,
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(schedules())
# Monday 30 November 22:30 for 90 minutes ends exactly as the window opens.
@example(Schedule(weekdays=(0,), times=(time(22, 30),), minutes=90))
def test_a_calendar_program_expands_the_same_occurrences_as_workbook(schedule: Schedule) -> None:
    """The RRULE/RDATE written for a schedule must mean exactly what Workbook's own engine
    (python-dateutil) says it means."""
    if validate_schedule(schedule):
        return
    plan = Plan(checkin_agreements=[CheckInAgreement(timetable=schedule)])
    data, _ = build_calendar(plan, made_at=MADE)
    window = (datetime(2026, 12, 1), datetime(2027, 3, 1))
    expanded = sorted(
        e["DTSTART"].dt
        if isinstance(e["DTSTART"].dt, datetime)
        else datetime.combine(e["DTSTART"].dt, time())
        for e in _window(_parse(data), *window)
    )
    # Workbook's occurrences include their last moment (a contact at 00:00 is inside a
    # window from 22:30 to 00:00); a calendar's DTEND is exclusive (RFC 5545). So one that
    # ends exactly as the window opens is Workbook's and not the calendar's.
    ours = sorted(
        o.start
        for o in occurrences(schedule, window[0], window[1] - timedelta(seconds=1))
        if not (o.end == window[0] and o.end > o.start and not schedule.all_day)
    )
    # recurring-ical-events counts an event that is still going at the window's start.
    expanded = [m for m in expanded if m >= window[0] or schedule.minutes or schedule.all_day]
    ours = [m for m in ours if m >= window[0] or schedule.minutes or schedule.all_day]
    assert expanded == ours
