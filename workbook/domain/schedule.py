"""Structured schedules: when mandated contact happens and when check-ins are due.

One value type, `Schedule`, holds what an order or an agreement says about time: how it
repeats (once, every day, every week, every other week, every month on given days, on
given dates, or before and after a mandated contact), on which weekdays, at which times of
day and for how long, and from which date until which. Everything is local wall-clock time,
as the person reads it in the order; there are no time zones in a plan.

The repetition itself is never computed here: `occurrences()` builds python-dateutil's
`rrule` objects (RFC 5545 recurrence rules, the ones calendar programs use) and asks them for
the occurrences inside a window. Every expansion is bounded: by the window, and by `limit`,
so no schedule, however it is written, can expand to millions of events; the result says
when it stopped early (`Expansion.truncated`).

Stored shape (a JSON object, the same in the database and in the exported plan; see
docs/plan-format.md), version 1:

    {"v": 1, "repeat": "every_other_week", "weekdays": ["sa"], "times": ["10:00"],
     "minutes": 120, "all_day": false, "month_days": [], "dates": [],
     "start": "2026-01-10", "end": null, "before": 0, "after": 0}

`repeat` is a `Repeat` value; `weekdays` two-letter day names (Monday "mo" ... Sunday
"su"); `times` "HH:MM" (24-hour); `minutes` how long each occurrence lasts (0: a moment);
`all_day` true when the whole day counts and `times` is empty; `month_days` days of the
month (1-31, -1 for the last day); `dates` "YYYY-MM-DD"; `start`/`end` "YYYY-MM-DD" or
null; `before`/`after` minutes, used by `around_contact` only. A reader meeting a higher
`v` refuses the value rather than guessing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any, Final

from workbook.domain.dates import short_date, short_time
from workbook.domain.i18n import QT_TRANSLATE_NOOP, plural, tr

FORMAT_VERSION: Final = 1

# Limits: generous for any real order or agreement, small enough that nothing explodes.
MAX_TIMES_A_DAY: Final = 24
MAX_DATES: Final = 366
MAX_MINUTES: Final = 24 * 60  # one occurrence lasts at most a day
MAX_AROUND_MINUTES: Final = 24 * 60
# The most occurrences one call hands back unless the caller asks for fewer.
DEFAULT_LIMIT: Final = 10_000
HARD_LIMIT: Final = 1_000_000

WEEKDAY_KEYS: Final = ("mo", "tu", "we", "th", "fr", "sa", "su")

_CONTEXT = "schedule"


class Repeat(StrEnum):
    ONCE = "once"
    DAILY = "daily"
    WEEKLY = "weekly"
    EVERY_OTHER_WEEK = "every_other_week"
    MONTHLY = "monthly"
    DATES = "dates"  # on the listed dates only
    AROUND_CONTACT = "around_contact"  # check-ins: before and after each mandated contact


REPEAT_LABELS: Final[dict[Repeat, str]] = {
    Repeat.ONCE: QT_TRANSLATE_NOOP(_CONTEXT, "Once"),
    Repeat.DAILY: QT_TRANSLATE_NOOP(_CONTEXT, "Every day"),
    Repeat.WEEKLY: QT_TRANSLATE_NOOP(_CONTEXT, "Every week"),
    Repeat.EVERY_OTHER_WEEK: QT_TRANSLATE_NOOP(_CONTEXT, "Every other week"),
    Repeat.MONTHLY: QT_TRANSLATE_NOOP(_CONTEXT, "Every month"),
    Repeat.DATES: QT_TRANSLATE_NOOP(_CONTEXT, "On these dates"),
    Repeat.AROUND_CONTACT: QT_TRANSLATE_NOOP(_CONTEXT, "Before and after a mandated contact"),
}

WEEKDAY_NAMES: Final = (
    QT_TRANSLATE_NOOP(_CONTEXT, "Monday"),
    QT_TRANSLATE_NOOP(_CONTEXT, "Tuesday"),
    QT_TRANSLATE_NOOP(_CONTEXT, "Wednesday"),
    QT_TRANSLATE_NOOP(_CONTEXT, "Thursday"),
    QT_TRANSLATE_NOOP(_CONTEXT, "Friday"),
    QT_TRANSLATE_NOOP(_CONTEXT, "Saturday"),
    QT_TRANSLATE_NOOP(_CONTEXT, "Sunday"),
)
WEEKDAY_SHORT: Final = (
    QT_TRANSLATE_NOOP(_CONTEXT, "Mon"),
    QT_TRANSLATE_NOOP(_CONTEXT, "Tue"),
    QT_TRANSLATE_NOOP(_CONTEXT, "Wed"),
    QT_TRANSLATE_NOOP(_CONTEXT, "Thu"),
    QT_TRANSLATE_NOOP(_CONTEXT, "Fri"),
    QT_TRANSLATE_NOOP(_CONTEXT, "Sat"),
    QT_TRANSLATE_NOOP(_CONTEXT, "Sun"),
)

# Messages, keyed by the part of the schedule they are about.
MSG_NO_TIMES = QT_TRANSLATE_NOOP(
    _CONTEXT, "Please add at least one time of day, or tick “All day”."
)
MSG_TOO_MANY_TIMES = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "That is more times a day than Workbook can keep ({count:,}). Please keep it to "
    "{limit} or fewer; the note can say more.",
)
MSG_TIMES_SAME = QT_TRANSLATE_NOOP(_CONTEXT, "The same time is listed twice.")
MSG_TIMES_MINUTE = QT_TRANSLATE_NOOP(
    _CONTEXT, "Times are kept to the minute, without seconds or a time zone."
)
MSG_END_BEFORE_START = QT_TRANSLATE_NOOP(
    _CONTEXT, "The last day is before the first day. Please check both dates."
)
MSG_MINUTES = QT_TRANSLATE_NOOP(
    _CONTEXT, "How long it lasts can be from 0 minutes up to a whole day (1,440 minutes)."
)
MSG_AROUND_MINUTES = QT_TRANSLATE_NOOP(
    _CONTEXT, "Minutes before or after can be from 0 up to a whole day (1,440 minutes)."
)
MSG_AROUND_NOTHING = QT_TRANSLATE_NOOP(
    _CONTEXT, "Please say how many minutes before, or after, the contact you check in."
)
MSG_AROUND_NOT_HERE = QT_TRANSLATE_NOOP(
    _CONTEXT, "“Before and after a mandated contact” is for check-ins only."
)
MSG_WEEKDAYS = QT_TRANSLATE_NOOP(_CONTEXT, "Please tick at least one day of the week.")
MSG_WEEKDAY_BAD = QT_TRANSLATE_NOOP(_CONTEXT, "A day of the week is not one Workbook knows.")
MSG_NEEDS_START = QT_TRANSLATE_NOOP(
    _CONTEXT, "Please give the first day, so Workbook knows which weeks count."
)
MSG_ONCE_NEEDS_START = QT_TRANSLATE_NOOP(_CONTEXT, "Please give the day it happens.")
MSG_MONTH_DAYS = QT_TRANSLATE_NOOP(
    _CONTEXT, "Please give the days of the month as numbers from 1 to 31 (or “last”)."
)
MSG_NO_DATES = QT_TRANSLATE_NOOP(_CONTEXT, "Please add at least one date.")
MSG_TOO_MANY_DATES = QT_TRANSLATE_NOOP(
    _CONTEXT, "That is more dates than Workbook can keep ({count:,}); please keep it to {limit}."
)


@dataclass(frozen=True, slots=True)
class Schedule:
    """When something happens. Immutable: edit by building a new one (dataclasses.replace)."""

    repeat: Repeat = Repeat.WEEKLY
    weekdays: tuple[int, ...] = ()  # 0 = Monday ... 6 = Sunday
    times: tuple[time, ...] = ()  # start times, local wall-clock, to the minute
    minutes: int = 0  # how long each occurrence lasts; 0 = a moment (a check-in)
    all_day: bool = False  # the whole day counts (times empty)
    month_days: tuple[int, ...] = ()  # 1..31, or -1 for the month's last day
    dates: tuple[date, ...] = ()  # for Repeat.DATES
    start: date | None = None
    end: date | None = None  # inclusive
    before: int = 0  # AROUND_CONTACT: check in this many minutes before it starts
    after: int = 0  # AROUND_CONTACT: ... and this many after it ends


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One time the schedule happens: from `start` up to and including `end`."""

    start: datetime
    end: datetime

    def contains(self, moment: datetime) -> bool:
        return self.start <= moment <= self.end


@dataclass(frozen=True)
class Expansion:
    """The occurrences found in a window, in time order. `truncated` is true when there were
    more than the limit and the list stops early: say so wherever it is shown."""

    items: list[Occurrence] = field(default_factory=list)
    truncated: bool = False

    def __iter__(self) -> Iterator[Occurrence]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


# --------------------------------------------------------------------------- validation


def validate_schedule(schedule: Schedule, *, allow_around: bool = False) -> dict[str, str]:
    """{part: kind message} for what is wrong, {} when the schedule can be used. Parts:
    'repeat', 'weekdays', 'times', 'minutes', 'month_days', 'dates', 'start', 'end',
    'before'. Messages are translated."""
    errors: dict[str, str] = {}
    repeat = schedule.repeat
    if repeat is Repeat.AROUND_CONTACT:
        if not allow_around:
            errors["repeat"] = tr(_CONTEXT, MSG_AROUND_NOT_HERE)
        for name in ("before", "after"):
            value = getattr(schedule, name)
            if not 0 <= value <= MAX_AROUND_MINUTES:
                errors[name] = tr(_CONTEXT, MSG_AROUND_MINUTES)
        if (
            "before" not in errors
            and "after" not in errors
            and not (schedule.before or schedule.after)
        ):
            errors["before"] = tr(_CONTEXT, MSG_AROUND_NOTHING)
    else:
        _check_times(schedule, errors)
        if not 0 <= schedule.minutes <= MAX_MINUTES:
            errors["minutes"] = tr(_CONTEXT, MSG_MINUTES)
    if any(not 0 <= day <= 6 for day in schedule.weekdays):
        errors["weekdays"] = tr(_CONTEXT, MSG_WEEKDAY_BAD)
    elif repeat in (Repeat.WEEKLY, Repeat.EVERY_OTHER_WEEK) and not schedule.weekdays:
        errors["weekdays"] = tr(_CONTEXT, MSG_WEEKDAYS)
    if repeat is Repeat.EVERY_OTHER_WEEK and schedule.start is None:
        errors["start"] = tr(_CONTEXT, MSG_NEEDS_START)
    if repeat is Repeat.ONCE and schedule.start is None:
        errors["start"] = tr(_CONTEXT, MSG_ONCE_NEEDS_START)
    if repeat is Repeat.MONTHLY and (
        not schedule.month_days
        or any(not (1 <= day <= 31 or day == -1) for day in schedule.month_days)
    ):
        errors["month_days"] = tr(_CONTEXT, MSG_MONTH_DAYS)
    if repeat is Repeat.DATES:
        if not schedule.dates:
            errors["dates"] = tr(_CONTEXT, MSG_NO_DATES)
        elif len(schedule.dates) > MAX_DATES:
            errors["dates"] = tr(_CONTEXT, MSG_TOO_MANY_DATES).format(
                count=len(schedule.dates), limit=MAX_DATES
            )
    if schedule.start is not None and schedule.end is not None and schedule.end < schedule.start:
        errors["end"] = tr(_CONTEXT, MSG_END_BEFORE_START)
    return errors


def _check_times(schedule: Schedule, errors: dict[str, str]) -> None:
    if len(schedule.times) > MAX_TIMES_A_DAY:
        errors["times"] = tr(_CONTEXT, MSG_TOO_MANY_TIMES).format(
            count=len(schedule.times), limit=MAX_TIMES_A_DAY
        )
    elif not schedule.times and not schedule.all_day:
        errors["times"] = tr(_CONTEXT, MSG_NO_TIMES)
    elif len(set(schedule.times)) != len(schedule.times):
        errors["times"] = tr(_CONTEXT, MSG_TIMES_SAME)
    elif any(t.second or t.microsecond or t.tzinfo is not None for t in schedule.times):
        errors["times"] = tr(_CONTEXT, MSG_TIMES_MINUTE)


# --------------------------------------------------------------------------- expansion


def shifted(moment: datetime, delta: timedelta) -> datetime:
    """`moment + delta`, held at the first or last moment Python can hold instead of
    overflowing: a schedule in the year 9999 (or 1) is expanded, not a traceback."""
    try:
        return moment + delta
    except OverflowError:
        return datetime.max if delta > timedelta() else datetime.min


def _day_rule(schedule: Schedule, first_day: date, last_day: date) -> Iterable[datetime]:
    """The days (at midnight) the schedule happens on, from `first_day` to `last_day`, as a
    python-dateutil rrule (or rruleset for listed dates)."""
    from dateutil import rrule as rr

    start = schedule.start or first_day
    until = datetime.combine(last_day, time())
    repeat = schedule.repeat
    weekdays = tuple(sorted(set(schedule.weekdays))) or (start.weekday(),)
    month_days = tuple(sorted(set(schedule.month_days))) or (start.day,)
    if repeat is Repeat.ONCE:
        return rr.rrule(rr.DAILY, dtstart=datetime.combine(start, time()), count=1)
    # rrule walks from its first day: begin near the window rather than at a first day
    # years before it (the year 1 would take seconds). The days and weekdays are given
    # explicitly above, and "every other week" moves by whole fortnights, so the
    # occurrences are exactly those counted from the schedule's own first day.
    step = 14 if repeat is Repeat.EVERY_OTHER_WEEK else 1
    if first_day > start:
        start += timedelta(days=(first_day - start).days // step * step)
    dtstart = datetime.combine(start, time())
    if repeat is Repeat.DAILY:
        return rr.rrule(rr.DAILY, dtstart=dtstart, until=until)
    if repeat in (Repeat.WEEKLY, Repeat.EVERY_OTHER_WEEK):
        # With interval 2 the weeks that count are the start date's week and every second
        # week after it (weeks begin on Monday, as the weekday boxes do).
        interval = 2 if repeat is Repeat.EVERY_OTHER_WEEK else 1
        return rr.rrule(
            rr.WEEKLY,
            dtstart=dtstart,
            until=until,
            interval=interval,
            byweekday=weekdays,
            wkst=rr.MO,
        )
    if repeat is Repeat.MONTHLY:
        return rr.rrule(
            rr.MONTHLY,
            dtstart=dtstart,
            until=until,
            bymonthday=month_days,
        )
    if repeat is Repeat.DATES:
        listed = rr.rruleset()
        for day in sorted(set(schedule.dates)):
            listed.rdate(datetime.combine(day, time()))
        return listed
    return ()  # AROUND_CONTACT: the days come from the mandated contact's own schedule


def occurrences(
    schedule: Schedule,
    start: datetime,
    end: datetime,
    *,
    limit: int = DEFAULT_LIMIT,
    around: Schedule | None = None,
) -> Expansion:
    """The occurrences of `schedule` that overlap the window [start, end], in time order,
    at most `limit` of them (`truncated` says when more were left out).

    A schedule that repeats `around_contact` happens before and after each occurrence of
    `around` (the mandated contact's schedule); without it, it has none. A schedule that
    does not validate has none either: nothing is guessed.
    """
    limit = max(0, min(limit, HARD_LIMIT))
    if schedule.repeat is Repeat.AROUND_CONTACT:
        return _around(schedule, around, start, end, limit)
    if validate_schedule(schedule) or end < start:
        return Expansion()
    duration = timedelta(days=1) if schedule.all_day else timedelta(minutes=schedule.minutes)
    # An occurrence that began before the window but is still going counts.
    first_day = shifted(start, -duration).date()
    last_day = end.date()
    if schedule.start is not None:
        first_day = max(first_day, schedule.start)
    if schedule.end is not None:
        last_day = min(last_day, schedule.end)
    if last_day < first_day:
        return Expansion()
    times = (time(),) if schedule.all_day else tuple(sorted(set(schedule.times)))
    found: list[Occurrence] = []
    last_second = timedelta(seconds=1) if schedule.all_day else timedelta()
    for day in _days(schedule, first_day, last_day):
        for moment in times:
            begin = datetime.combine(day, moment)
            finish = shifted(shifted(begin, duration), -last_second)
            if finish < start:
                continue
            if begin > end:
                return Expansion(found)
            if len(found) == limit:
                return Expansion(found, truncated=True)
            found.append(Occurrence(begin, finish))
    return Expansion(found)


def _days(schedule: Schedule, first_day: date, last_day: date) -> Iterator[date]:
    rule: Any = _day_rule(schedule, first_day, last_day)
    begin = datetime.combine(first_day, time())
    finish = datetime.combine(last_day, time())
    if hasattr(rule, "xafter"):
        days: Iterator[datetime] = iter(rule.xafter(begin, inc=True))
    else:
        days = iter(rule)
    while True:
        try:
            moment = next(days)
        except (StopIteration, OverflowError, ValueError):  # past the year 9999: the end
            return
        if moment > finish:
            return
        if moment >= begin:
            yield moment.date()


def _around(
    schedule: Schedule, around: Schedule | None, start: datetime, end: datetime, limit: int
) -> Expansion:
    if around is None or around.repeat is Repeat.AROUND_CONTACT:
        return Expansion()
    if validate_schedule(schedule, allow_around=True) or end < start:
        return Expansion()
    before = timedelta(minutes=schedule.before)
    after = timedelta(minutes=schedule.after)
    base = occurrences(around, shifted(start, -after), shifted(end, before), limit=limit)
    found: list[Occurrence] = []
    for contact in base:
        moments = []
        try:
            if schedule.before:
                moments.append(contact.start - before)
            if schedule.after:
                moments.append(contact.end + after)
        except OverflowError:  # before the year 1 or after 9999: no such moment
            pass
        for moment in moments:
            if not start <= moment <= end:
                continue
            if schedule.start is not None and moment.date() < schedule.start:
                continue
            if schedule.end is not None and moment.date() > schedule.end:
                continue
            if len(found) == limit:
                return Expansion(sorted(found, key=_start_of), truncated=True)
            found.append(Occurrence(moment, moment))
    found.sort(key=_start_of)
    return Expansion(found, truncated=base.truncated)


def _start_of(occurrence: Occurrence) -> datetime:
    return occurrence.start


def next_occurrences(
    schedule: Schedule, after: datetime, count: int, around: Schedule | None = None
) -> Expansion:
    """Up to `count` occurrences from `after` on, looking at most ten years ahead."""
    horizon = shifted(after, timedelta(days=3653))
    return occurrences(schedule, after, horizon, limit=count, around=around)


# --------------------------------------------------------------------------- words


def _clock(moment: time) -> str:
    return short_time(moment)


def _duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return tr(_CONTEXT, "{hours} h {minutes} min").format(hours=hours, minutes=rest)
    if hours:
        return tr(_CONTEXT, "{hours} h").format(hours=hours)
    return tr(_CONTEXT, "{minutes} min").format(minutes=rest)


_TIMES_SHOWN = 24  # times of day that describe() names; it counts the rest


def _list_words(items: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return tr(_CONTEXT, "{items} and {last}").format(
        items=tr(_CONTEXT, ", ").join(items[:-1]), last=items[-1]
    )


def describe(schedule: Schedule | None) -> str:
    """The schedule in one plain sentence, for tables, exports and screen readers."""
    if schedule is None:
        return ""
    repeat = schedule.repeat
    if repeat is Repeat.AROUND_CONTACT:
        if schedule.before and schedule.after:
            text = tr(_CONTEXT, "{before} before and {after} after each mandated contact").format(
                before=_duration(schedule.before), after=_duration(schedule.after)
            )
        elif schedule.before:
            text = tr(_CONTEXT, "{before} before each mandated contact").format(
                before=_duration(schedule.before)
            )
        else:
            text = tr(_CONTEXT, "{after} after each mandated contact").format(
                after=_duration(schedule.after)
            )
        return text + _span(schedule)
    days = _days_words(schedule)
    if schedule.all_day:
        when = tr(_CONTEXT, "{days}, all day").format(days=days)
    else:
        clocks = [_clock(t) for t in sorted(schedule.times)]
        if len(clocks) > _TIMES_SHOWN:
            # One sentence stays one sentence (a card's row, a table's cell): the first few.
            times = plural(
                _CONTEXT,
                QT_TRANSLATE_NOOP("schedule", "{times} and %n more times", "", 0),
                len(clocks) - _TIMES_SHOWN,
                "{times} and 1 more time",
            ).format(times=tr(_CONTEXT, ", ").join(clocks[:_TIMES_SHOWN]))
        else:
            times = _list_words(clocks)
        if schedule.minutes:
            when = tr(_CONTEXT, "{days} at {times} for {duration}").format(
                days=days, times=times, duration=_duration(schedule.minutes)
            )
        else:
            when = tr(_CONTEXT, "{days} at {times}").format(days=days, times=times)
    return when + _span(schedule)


def _days_words(schedule: Schedule) -> str:
    repeat = schedule.repeat
    names = [tr(_CONTEXT, WEEKDAY_NAMES[d]) for d in sorted(set(schedule.weekdays)) if 0 <= d <= 6]
    if repeat is Repeat.ONCE:
        return tr(_CONTEXT, "Once")
    if repeat is Repeat.DAILY:
        return tr(_CONTEXT, "Every day")
    if repeat is Repeat.WEEKLY:
        return tr(_CONTEXT, "Every {days}").format(days=_list_words(names))
    if repeat is Repeat.EVERY_OTHER_WEEK:
        return tr(_CONTEXT, "Every other {days}").format(days=_list_words(names))
    if repeat is Repeat.MONTHLY:
        numbers = [str(d) for d in sorted(set(schedule.month_days)) if d > 0]
        if -1 not in schedule.month_days:
            return tr(_CONTEXT, "Every month on day {days}").format(days=_list_words(numbers))
        if not numbers:
            return tr(_CONTEXT, "Every month on the last day")
        return tr(_CONTEXT, "Every month on day {days} and on the last day").format(
            days=_list_words(numbers)
        )
    shown = [short_date(d) for d in sorted(set(schedule.dates))[:6]]
    more = len(set(schedule.dates)) - len(shown)
    if more > 0:
        return plural(
            _CONTEXT,
            QT_TRANSLATE_NOOP("schedule", "On {dates} and %n more dates", "", 0),
            more,
            "On {dates} and 1 more date",
        ).format(dates=_list_words(shown))
    return tr(_CONTEXT, "On {dates}").format(dates=_list_words(shown))


def _span(schedule: Schedule) -> str:
    start, end = schedule.start, schedule.end
    if schedule.repeat is Repeat.ONCE and start is not None:
        return tr(_CONTEXT, ", on {start}").format(start=short_date(start))
    if schedule.repeat is Repeat.DATES:
        return ""
    if start and end:
        return tr(_CONTEXT, ", from {start} to {end}").format(
            start=short_date(start), end=short_date(end)
        )
    if start:
        return tr(_CONTEXT, ", from {start}").format(start=short_date(start))
    if end:
        return tr(_CONTEXT, ", until {end}").format(end=short_date(end))
    return ""


# --------------------------------------------------------------------------- stored shape


class ScheduleFormatError(ValueError):
    """A stored schedule cannot be read; the message says what, in plain words (never the
    person's own text)."""


def to_dict(schedule: Schedule) -> dict[str, Any]:
    """The documented, versioned JSON shape (module docstring)."""
    return {
        "v": FORMAT_VERSION,
        "repeat": schedule.repeat.value,
        "weekdays": [WEEKDAY_KEYS[d] for d in schedule.weekdays],
        "times": [t.strftime("%H:%M") for t in schedule.times],  # stored: never the locale's
        "minutes": schedule.minutes,
        "all_day": schedule.all_day,
        "month_days": list(schedule.month_days),
        "dates": [d.isoformat() for d in schedule.dates],
        "start": None if schedule.start is None else schedule.start.isoformat(),
        "end": None if schedule.end is None else schedule.end.isoformat(),
        "before": schedule.before,
        "after": schedule.after,
    }


_KEYS: Final = frozenset(to_dict(Schedule()))


def _int(value: Any, name: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ScheduleFormatError(
            tr(_CONTEXT, "“{name}” should be a whole number from {low} to {high}.").format(
                name=name, low=low, high=high
            )
        )
    return value


def _list(value: Any, name: str, limit: int) -> list[Any]:
    if not isinstance(value, list):
        raise ScheduleFormatError(
            tr(_CONTEXT, "“{name}” should be a list in square brackets.").format(name=name)
        )
    if len(value) > limit:
        raise ScheduleFormatError(
            tr(_CONTEXT, "“{name}” holds more than {limit:,} items.").format(name=name, limit=limit)
        )
    return value


def _time(value: Any) -> time:
    if isinstance(value, str) and len(value) == 5 and value[2] == ":":
        try:
            return time.fromisoformat(value)
        except ValueError:
            pass
    raise ScheduleFormatError(tr(_CONTEXT, "A time should be written as HH:MM, for example 09:30."))


def _date(value: Any, name: str) -> date:
    if isinstance(value, str) and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ScheduleFormatError(
        tr(_CONTEXT, "“{name}” should be a date written as YYYY-MM-DD.").format(name=name)
    )


def from_dict(data: Mapping[str, Any]) -> Schedule:
    """A Schedule from its stored shape; ScheduleFormatError says what is wrong. Checks the
    shape only (types, ranges, sizes): `validate_schedule` judges whether it makes sense."""
    if not isinstance(data, Mapping):
        raise ScheduleFormatError(
            tr(_CONTEXT, "A schedule should be an object in curly braces { }.")
        )
    version = data.get("v")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ScheduleFormatError(
            tr(_CONTEXT, "A schedule needs its format version “v”, a whole number.")
        )
    if version > FORMAT_VERSION:
        raise ScheduleFormatError(
            tr(
                _CONTEXT,
                "This schedule was written by a newer Workbook (format {version}); please update.",
            ).format(version=version)
        )
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise ScheduleFormatError(
            tr(_CONTEXT, "A schedule has a part Workbook does not know: “{name}”.").format(
                name=unknown[0]
            )
        )
    repeat_value = data.get("repeat", Repeat.WEEKLY.value)
    try:
        repeat = Repeat(repeat_value)
    except ValueError:
        allowed = ", ".join(r.value for r in Repeat)
        raise ScheduleFormatError(
            tr(_CONTEXT, "“repeat” should be one of: {allowed}.").format(allowed=allowed)
        ) from None
    weekdays = []
    for item in _list(data.get("weekdays", []), "weekdays", 7):
        if item not in WEEKDAY_KEYS:
            raise ScheduleFormatError(
                tr(_CONTEXT, "Days of the week are written mo, tu, we, th, fr, sa, su.")
            )
        weekdays.append(WEEKDAY_KEYS.index(item))
    # Lists are read a little beyond the validation limits, so that validation (not this
    # reader) gives the kind message about too many times or dates.
    times = [_time(t) for t in _list(data.get("times", []), "times", MAX_TIMES_A_DAY * 50)]
    month_days = [
        _int(d, "month_days", -1, 31) for d in _list(data.get("month_days", []), "month_days", 32)
    ]
    dates = [_date(d, "dates") for d in _list(data.get("dates", []), "dates", MAX_DATES * 10)]
    start = data.get("start")
    end = data.get("end")
    all_day = data.get("all_day", False)
    if not isinstance(all_day, bool):
        raise ScheduleFormatError(tr(_CONTEXT, "“all_day” should be true or false."))
    return Schedule(
        repeat=repeat,
        weekdays=tuple(weekdays),
        times=tuple(times),
        minutes=_int(data.get("minutes", 0), "minutes", 0, 10 * MAX_MINUTES),
        all_day=all_day,
        month_days=tuple(month_days),
        dates=tuple(dates),
        start=None if start is None else _date(start, "start"),
        end=None if end is None else _date(end, "end"),
        before=_int(data.get("before", 0), "before", 0, 10 * MAX_AROUND_MINUTES),
        after=_int(data.get("after", 0), "after", 0, 10 * MAX_AROUND_MINUTES),
    )


def to_json(schedule: Schedule) -> str:
    import json

    return json.dumps(to_dict(schedule), separators=(",", ":"), ensure_ascii=True)


def from_json(text: str) -> Schedule:
    import json

    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise ScheduleFormatError(tr(_CONTEXT, "A stored schedule is not readable JSON.")) from None
    return from_dict(data)
