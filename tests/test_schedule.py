"""Structured schedules: validation, bounded expansion with rrule, the stored shape."""

from __future__ import annotations

import dataclasses
import json
import time as clock
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbook.domain import schedule as schedule_module
from workbook.domain.schedule import (
    FORMAT_VERSION,
    MAX_TIMES_A_DAY,
    Repeat,
    Schedule,
    ScheduleFormatError,
    describe,
    from_dict,
    from_json,
    next_occurrences,
    occurrences,
    to_dict,
    to_json,
    validate_schedule,
)

SAT = 5


def _starts(expansion: Any) -> list[str]:
    return [o.start.strftime("%Y-%m-%d %H:%M") for o in expansion]


# --------------------------------------------------------------------------- examples


def test_every_other_saturday_counts_weeks_from_the_first_day() -> None:
    handover = Schedule(
        repeat=Repeat.EVERY_OTHER_WEEK,
        weekdays=(SAT,),
        times=(time(10),),
        minutes=120,
        start=date(2026, 1, 10),
    )
    found = occurrences(handover, datetime(2026, 1, 1), datetime(2026, 2, 28, 23, 59))
    assert _starts(found) == [
        "2026-01-10 10:00",
        "2026-01-24 10:00",
        "2026-02-07 10:00",
        "2026-02-21 10:00",
    ]
    assert all(o.end - o.start == timedelta(hours=2) for o in found)
    assert not found.truncated
    assert describe(handover) == "Every other Saturday at 10:00 for 2 h, from 2026-01-10"


def test_several_days_and_times_read_as_a_sentence() -> None:
    handover = Schedule(
        repeat=Repeat.EVERY_OTHER_WEEK,
        weekdays=(6, 4),
        times=(time(17), time(9)),
        minutes=30,
        start=date(2026, 1, 9),
        end=date(2026, 6, 30),
    )
    assert describe(handover) == (
        "Every other Friday and Sunday at 09:00 and 17:00 for 30 min, from 2026-01-09 to 2026-06-30"
    )
    three = Schedule(repeat=Repeat.WEEKLY, weekdays=(0, 2, 4), times=(time(8),))
    assert describe(three) == "Every Monday, Wednesday and Friday at 08:00"


def test_weekly_with_several_days_and_times_and_an_end() -> None:
    calls = Schedule(
        repeat=Repeat.WEEKLY,
        weekdays=(0, 2),
        times=(time(18, 30), time(8, 15)),
        start=date(2026, 3, 2),
        end=date(2026, 3, 11),
    )
    found = occurrences(calls, datetime(2026, 1, 1), datetime(2027, 1, 1))
    assert _starts(found) == [
        "2026-03-02 08:15",
        "2026-03-02 18:30",
        "2026-03-04 08:15",
        "2026-03-04 18:30",
        "2026-03-09 08:15",
        "2026-03-09 18:30",
        "2026-03-11 08:15",
        "2026-03-11 18:30",
    ]


def test_monthly_on_the_last_day_and_the_fifteenth() -> None:
    monthly = Schedule(
        repeat=Repeat.MONTHLY,
        month_days=(15, -1),
        all_day=True,
        start=date(2026, 1, 1),
    )
    found = occurrences(monthly, datetime(2026, 1, 1), datetime(2026, 3, 31, 23, 59))
    assert [o.start.date().isoformat() for o in found] == [
        "2026-01-15",
        "2026-01-31",
        "2026-02-15",
        "2026-02-28",
        "2026-03-15",
        "2026-03-31",
    ]
    # All day: from midnight to the day's last second.
    assert found.items[0].end == datetime(2026, 1, 15, 23, 59, 59)
    assert describe(monthly).startswith("Every month on day 15 and on the last day, all day")


def test_specific_dates_and_once() -> None:
    hearings = Schedule(
        repeat=Repeat.DATES,
        dates=(date(2026, 5, 4), date(2026, 4, 1)),
        times=(time(9),),
        minutes=60,
    )
    assert _starts(occurrences(hearings, datetime(2026, 1, 1), datetime(2026, 12, 31))) == [
        "2026-04-01 09:00",
        "2026-05-04 09:00",
    ]
    once = Schedule(repeat=Repeat.ONCE, times=(time(14),), start=date(2026, 6, 1))
    assert _starts(occurrences(once, datetime(2026, 1, 1), datetime(2026, 12, 31))) == [
        "2026-06-01 14:00"
    ]
    assert describe(once) == "Once at 14:00, on 2026-06-01"


def test_an_occurrence_that_began_before_the_window_still_counts() -> None:
    visit = Schedule(repeat=Repeat.DAILY, times=(time(23),), minutes=120, start=date(2026, 1, 1))
    found = occurrences(visit, datetime(2026, 1, 2, 0, 30), datetime(2026, 1, 2, 1, 0))
    assert _starts(found) == ["2026-01-01 23:00"]
    assert found.items[0].contains(datetime(2026, 1, 2, 0, 45))


def test_check_ins_before_and_after_each_mandated_contact() -> None:
    handover = Schedule(
        repeat=Repeat.WEEKLY,
        weekdays=(SAT,),
        times=(time(10),),
        minutes=60,
        start=date(2026, 1, 3),
    )
    check_ins = Schedule(repeat=Repeat.AROUND_CONTACT, before=30, after=15)
    found = occurrences(
        check_ins, datetime(2026, 1, 1), datetime(2026, 1, 10, 23, 0), around=handover
    )
    assert _starts(found) == [
        "2026-01-03 09:30",
        "2026-01-03 11:15",
        "2026-01-10 09:30",
        "2026-01-10 11:15",
    ]
    # Without the contact's schedule there is nothing to be before or after.
    assert len(occurrences(check_ins, datetime(2026, 1, 1), datetime(2026, 2, 1))) == 0
    assert describe(check_ins) == "30 min before and 15 min after each mandated contact"
    assert validate_schedule(check_ins) == {"repeat": validate_schedule(check_ins)["repeat"]}
    assert validate_schedule(check_ins, allow_around=True) == {}


def test_next_occurrences() -> None:
    daily = Schedule(repeat=Repeat.DAILY, times=(time(20),))
    found = next_occurrences(daily, datetime(2026, 1, 1, 21, 0), 3)
    assert _starts(found) == ["2026-01-02 20:00", "2026-01-03 20:00", "2026-01-04 20:00"]
    assert found.truncated


# --------------------------------------------------------------------------- bounds


def test_no_schedule_expands_to_millions(monkeypatch: pytest.MonkeyPatch) -> None:
    """24 times a day for a century: the limit stops it, says so, and stays quick."""
    busy = Schedule(
        repeat=Repeat.DAILY,
        times=tuple(time(h) for h in range(24)),
        start=date(2000, 1, 1),
    )
    began = clock.perf_counter()
    found = occurrences(busy, datetime(2000, 1, 1), datetime(2100, 1, 1))
    elapsed = clock.perf_counter() - began
    assert len(found) == 10_000
    assert found.truncated
    assert elapsed < 2.0
    # No caller can ask for more than the hard limit, however large its own limit.
    monkeypatch.setattr(schedule_module, "HARD_LIMIT", 5_000)
    huge = occurrences(busy, datetime(2000, 1, 1), datetime(2100, 1, 1), limit=10**12)
    assert len(huge) == 5_000
    assert huge.truncated


def test_exactly_the_limit_is_not_truncated() -> None:
    daily = Schedule(repeat=Repeat.DAILY, times=(time(9),), start=date(2026, 1, 1))
    found = occurrences(daily, datetime(2026, 1, 1), datetime(2026, 1, 10, 23, 0), limit=10)
    assert len(found) == 10
    assert not found.truncated
    found = occurrences(daily, datetime(2026, 1, 1), datetime(2026, 1, 11, 23, 0), limit=10)
    assert len(found) == 10
    assert found.truncated


# --------------------------------------------------------------------------- validation


def test_kind_messages_for_what_cannot_work() -> None:
    assert "at least one time" in validate_schedule(Schedule(weekdays=(0,)))["times"]
    thousand = tuple(time(h, m) for h in range(24) for m in range(60))[:1000]
    message = validate_schedule(Schedule(repeat=Repeat.DAILY, times=thousand))["times"]
    assert "1,000" in message and str(MAX_TIMES_A_DAY) in message
    backwards = Schedule(
        repeat=Repeat.DAILY,
        times=(time(9),),
        start=date(2026, 3, 1),
        end=date(2026, 2, 1),
    )
    assert "before the first day" in validate_schedule(backwards)["end"]
    assert "day of the week" in validate_schedule(Schedule(times=(time(9),)))["weekdays"]
    fortnight = Schedule(repeat=Repeat.EVERY_OTHER_WEEK, weekdays=(1,), times=(time(9),))
    assert "which weeks" in validate_schedule(fortnight)["start"]
    assert validate_schedule(Schedule(repeat=Repeat.MONTHLY, times=(time(9),)))["month_days"]
    assert validate_schedule(Schedule(repeat=Repeat.DATES, times=(time(9),)))["dates"]
    too_long = Schedule(repeat=Repeat.DAILY, times=(time(9),), minutes=2000)
    assert validate_schedule(too_long)["minutes"]
    twice = Schedule(repeat=Repeat.DAILY, times=(time(9), time(9)))
    assert validate_schedule(twice)["times"]
    nothing_around = Schedule(repeat=Repeat.AROUND_CONTACT)
    assert validate_schedule(nothing_around, allow_around=True)["before"]
    for message in (
        *validate_schedule(backwards).values(),
        *validate_schedule(Schedule()).values(),
    ):
        assert "Error" not in message and "invalid" not in message.lower()


def test_an_invalid_schedule_expands_to_nothing() -> None:
    broken = Schedule(repeat=Repeat.DAILY, times=())
    assert len(occurrences(broken, datetime(2026, 1, 1), datetime(2027, 1, 1))) == 0


# --------------------------------------------------------------------------- stored shape


def test_stored_shape_is_the_documented_one() -> None:
    schedule = Schedule(
        repeat=Repeat.EVERY_OTHER_WEEK,
        weekdays=(SAT,),
        times=(time(10),),
        minutes=120,
        start=date(2026, 1, 10),
    )
    assert json.loads(to_json(schedule)) == {
        "v": FORMAT_VERSION,
        "repeat": "every_other_week",
        "weekdays": ["sa"],
        "times": ["10:00"],
        "minutes": 120,
        "all_day": False,
        "month_days": [],
        "dates": [],
        "start": "2026-01-10",
        "end": None,
        "before": 0,
        "after": 0,
    }


@pytest.mark.parametrize(
    "bad",
    [
        {},
        {"v": 2},
        {"v": "1"},
        {"v": True},
        {"v": 1, "repeat": "hourly"},
        {"v": 1, "weekdays": ["monday"]},
        {"v": 1, "times": ["9:00"]},
        {"v": 1, "times": ["25:00"]},
        {"v": 1, "times": "09:00"},
        {"v": 1, "minutes": -1},
        {"v": 1, "minutes": 1.5},
        {"v": 1, "start": "2026-02-30"},
        {"v": 1, "month_days": [32]},
        {"v": 1, "all_day": "yes"},
        {"v": 1, "colour": "red"},
        {"v": 1, "times": ["09:00"] * 100_000},
    ],
)
def test_unreadable_shapes_are_refused_in_plain_words(bad: dict[str, Any]) -> None:
    with pytest.raises(ScheduleFormatError) as caught:
        from_dict(bad)
    assert "Traceback" not in str(caught.value)


def test_unreadable_json_is_refused() -> None:
    for text in ("", "[", "[1]", "null", '"x"', "[" * 100_000):
        with pytest.raises(ScheduleFormatError):
            from_json(text)


# --------------------------------------------------------------------------- properties

_times = st.lists(st.times().map(lambda t: t.replace(second=0, microsecond=0)), max_size=4)
_days = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))

schedules = st.builds(
    Schedule,
    repeat=st.sampled_from([r for r in Repeat if r is not Repeat.AROUND_CONTACT]),
    weekdays=st.lists(st.integers(0, 6), max_size=7, unique=True).map(tuple),
    times=_times.map(lambda ts: tuple(dict.fromkeys(ts))),
    minutes=st.integers(0, 600),
    all_day=st.booleans(),
    month_days=st.lists(st.integers(1, 31) | st.just(-1), max_size=4, unique=True).map(tuple),
    dates=st.lists(_days, max_size=5, unique=True).map(tuple),
    start=st.none() | _days,
    end=st.none() | _days,
)


def _expected_days(schedule: Schedule, first: date, last: date) -> list[date]:
    """An independent oracle: walk every day and ask whether the schedule happens on it."""
    anchor = schedule.start or first
    days = []
    day = first
    while day <= last:
        if (schedule.start is None or day >= schedule.start) and (
            schedule.end is None or day <= schedule.end
        ):
            weekdays = schedule.weekdays or (anchor.weekday(),)
            month_days = schedule.month_days or (anchor.day,)
            last_of_month = (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(
                days=1
            )
            happens = {
                Repeat.ONCE: day == schedule.start,
                Repeat.DAILY: True,
                Repeat.WEEKLY: day.weekday() in weekdays,
                Repeat.EVERY_OTHER_WEEK: day.weekday() in weekdays
                and (
                    (day - timedelta(days=day.weekday()))
                    - (anchor - timedelta(days=anchor.weekday()))
                ).days
                // 7
                % 2
                == 0,
                Repeat.MONTHLY: day.day in month_days
                or (-1 in month_days and day == last_of_month),
                Repeat.DATES: day in schedule.dates,
            }[schedule.repeat]
            if happens:
                days.append(day)
        day += timedelta(days=1)
    return days


@settings(max_examples=150, deadline=None)
@given(schedules, _days, st.integers(0, 120), st.integers(1, 400))
def test_expansion_matches_a_day_by_day_walk(
    schedule: Schedule, first: date, span: int, limit: int
) -> None:
    window_start = datetime.combine(first, time())
    window_end = datetime.combine(first + timedelta(days=span), time(23, 59))
    found = occurrences(schedule, window_start, window_end, limit=limit)
    if validate_schedule(schedule):
        assert len(found) == 0
        return
    assert len(found) <= limit
    starts = [o.start for o in found]
    assert starts == sorted(starts)
    for item in found:
        assert item.start <= window_end and item.end >= window_start
        assert item.end >= item.start
    # Occurrences starting inside the window (those that began the day before and run
    # into it are checked by the example tests).
    times = (time(),) if schedule.all_day else tuple(sorted(schedule.times))
    expected = [
        datetime.combine(day, t)
        for day in _expected_days(schedule, first, window_end.date())
        for t in times
    ]
    inside = [s for s in starts if s >= window_start]
    assert inside == expected[: len(inside)]
    assert found.truncated == (len(found) == limit and len(inside) < len(expected))


@settings(max_examples=200, deadline=None)
@given(schedules)
def test_stored_shape_round_trips(schedule: Schedule) -> None:
    assert from_json(to_json(schedule)) == schedule
    assert from_dict(to_dict(schedule)) == schedule


def test_stored_times_stay_hour_minute_whatever_the_locale_writes() -> None:
    """A locale with a 12-hour clock and its own digits changes how times are shown, never
    how they are stored: the JSON is read back in any language."""
    from workbook.domain import dates

    schedule = Schedule(repeat=Repeat.DAILY, times=(time(17, 0), time(9, 30)))
    dates.configure(dates.DateStyle(time_pattern="h:mm AP", pm="م", am="ص", digits="٠١٢٣٤٥٦٧٨٩"))
    try:
        assert schedule_module._clock(time(17, 0)) != "17:00"  # shown the locale's way
        stored = to_json(schedule)
    finally:
        dates.configure(None)
    assert json.loads(stored)["times"] == ["17:00", "09:30"]
    assert from_json(stored) == schedule


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(
    st.fixed_dictionaries(
        {"v": st.just(1)},
        optional={key: _json for key in to_dict(Schedule()) if key != "v"},
    )
    | st.dictionaries(st.text(max_size=8), _json)
)
def test_hostile_shapes_raise_only_the_plain_error(data: dict[str, Any]) -> None:
    try:
        schedule = from_dict(data)
    except ScheduleFormatError:
        return
    # Whatever is read can be validated, described and expanded without a traceback.
    validate_schedule(schedule, allow_around=True)
    describe(schedule)
    occurrences(schedule, datetime(2026, 1, 1), datetime(2026, 2, 1), limit=50)


def test_schedules_are_values() -> None:
    a = Schedule(repeat=Repeat.DAILY, times=(time(9),))
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.minutes = 5  # type: ignore[misc]
    assert hash(a) == hash(dataclasses.replace(a))


_any_day = st.dates()
_any_moment = st.datetimes()


@settings(max_examples=200, deadline=None)
@given(
    st.builds(
        Schedule,
        repeat=st.sampled_from(list(Repeat)),
        weekdays=st.lists(st.integers(0, 6), min_size=1, max_size=3, unique=True).map(tuple),
        times=st.just((time(0), time(23, 59))),
        minutes=st.sampled_from([0, 59, 1440]),
        all_day=st.booleans(),
        month_days=st.sampled_from([(1,), (31, -1)]),
        dates=st.lists(_any_day, min_size=1, max_size=3, unique=True).map(tuple),
        start=st.none() | _any_day,
        end=st.none() | _any_day,
        before=st.sampled_from([0, 60, 1440]),
        after=st.sampled_from([30, 1440]),
    ),
    _any_moment,
    st.integers(0, 40),
)
def test_dates_at_the_ends_of_the_calendar_expand_without_a_traceback(
    schedule: Schedule, start: datetime, days: int
) -> None:
    """Year 1 and year 9999: nothing overflows; what is found lies in the window."""
    end = schedule_module.shifted(start, timedelta(days=days))
    around = Schedule(repeat=Repeat.DAILY, times=(time(0), time(23, 30)), minutes=60)
    found = occurrences(schedule, start, end, limit=200, around=around)
    for item in found:
        assert item.start <= end and item.end >= start
    next_occurrences(schedule, start, 3, around=around)
    describe(schedule)


# --------------------------------------------------------------------------- the plan file


@settings(max_examples=60, deadline=None)
@given(schedules, st.booleans())
def test_the_plan_file_carries_schedules(schedule: Schedule, around: bool) -> None:
    from workbook.domain.model import CheckInAgreement, MandatedObligation, Plan
    from workbook.domain.validation import validate
    from workbook.export.plan_json import plan_from_json, plan_to_json

    order = MandatedObligation(timetable=schedule)
    if validate(order):
        return  # the importer refuses what the editor would not save
    timed = Schedule(repeat=Repeat.AROUND_CONTACT, before=15, after=30) if around else schedule
    agreement = CheckInAgreement(timetable=timed, around_obligation_id=order.id if around else None)
    plan = Plan(obligations=[order], checkin_agreements=[agreement])
    back = plan_from_json(plan_to_json(plan))
    assert back.obligations[0].timetable == schedule
    assert back.checkin_agreements[0].timetable == timed
    assert back.checkin_agreements[0].around_obligation_id == agreement.around_obligation_id


def test_a_damaged_schedule_in_a_plan_file_is_named_plainly() -> None:
    from workbook.domain.model import MandatedObligation, Plan
    from workbook.export.plan_json import PlanImportError, plan_from_json, plan_to_dict

    order = MandatedObligation(timetable=Schedule(repeat=Repeat.DAILY, times=(time(9),)))
    document = plan_to_dict(Plan(obligations=[order]))
    for damage, words in (
        ({"v": 9}, "newer Workbook"),
        ({"times": ["9 am"]}, "HH:MM"),
        ({"repeat": "hourly"}, "one of"),
        ({"times": []}, "at least one time"),  # read, then refused by validation
    ):
        copy = json.loads(json.dumps(document))
        copy["obligations"][0]["timetable"].update(damage)
        with pytest.raises(PlanImportError) as refused:
            plan_from_json(json.dumps(copy))
        (problem,) = refused.value.problems
        assert problem.path.startswith("$.obligations[0].timetable"), problem
        assert words in problem.message, problem
    copy = json.loads(json.dumps(document))
    copy["obligations"][0]["timetable"] = "every day"
    with pytest.raises(PlanImportError):
        plan_from_json(json.dumps(copy))
