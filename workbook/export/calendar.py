"""The plan's dates for the person's own calendar: an iCalendar file (RFC 5545).

What goes in: each check-in agreement's times, each mandated contact's dates and times, the
plan's next review date and each order's review date, every one with a reminder (VALARM).

What stays out: everything else. Calendars sync to phones, to accounts in the cloud and to
anyone the calendar is shared with, so by default every title is neutral ("Workbook:
check-in") and no event carries a description, a place, a name or a code word. With
`details=True`, chosen by the person after being told so, titles name the partner or the
order; still nothing else.

Schedules become recurrence rules (RRULE) the calendar program expands itself, so a weekly
check-in is one event, not thousands. A schedule that happens around a mandated contact
depends on another schedule, which RRULE cannot express: its occurrences are written out
one by one for the coming year, at most `MAX_LISTED` of them. Times are floating local
times (no time zone), as everywhere in the plan.

The file is written with the maintained `icalendar` library (the alternative, `ics`, has no
VALARM trigger relations we need and is less maintained); it is parsed back and its
recurrences expanded with `recurring-ical-events` in tests/test_calendar.py.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.domain.labels import label
from workbook.domain.model import CheckInAgreement, MandatedObligation, Plan, TrustedContact
from workbook.domain.schedule import (
    Repeat,
    Schedule,
    next_occurrences,
    occurrences,
    validate_schedule,
)

_CONTEXT = "calendar"
MAX_LISTED = 500  # occurrences written out one by one for one agreement
HORIZON = timedelta(days=366)
_UID_NAMESPACE = uuid.UUID("0b9f1c3e-7f5a-4c51-9a53-2e1c6a7c0d11")
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")

TITLE_CHECKIN = QT_TRANSLATE_NOOP(_CONTEXT, "Workbook: check-in")
TITLE_CONTACT = QT_TRANSLATE_NOOP(_CONTEXT, "Workbook: appointment")
TITLE_REVIEW = QT_TRANSLATE_NOOP(_CONTEXT, "Workbook: review")
TITLE_CHECKIN_WITH = QT_TRANSLATE_NOOP(_CONTEXT, "Check in with {partner}")
TITLE_CONTACT_FOR = QT_TRANSLATE_NOOP(_CONTEXT, "Mandated contact: {order}")
TITLE_REVIEW_PLAN = QT_TRANSLATE_NOOP(_CONTEXT, "Review my safety plan")
TITLE_REVIEW_ORDER = QT_TRANSLATE_NOOP(_CONTEXT, "Review of an order: {order}")
SKIP_NO_TIMES = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "{which} has no structured times yet, so it is not in the calendar. Add its times on the "
    "Check-ins page.",
)
SKIP_NO_TIMES_ORDER = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "{which} has no structured schedule yet, so it is not in the calendar (its review date "
    "is). Add its schedule on the Mandated contact page.",
)
SKIP_INVALID = QT_TRANSLATE_NOOP(
    _CONTEXT, "{which}: the times are not complete ({problem}), so they are not in the calendar."
)
SKIP_NO_CONTACT = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "{which} happens around a mandated contact that has no schedule yet, so it is not in the "
    "calendar.",
)
MORE_THAN_LISTED = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "The check-ins of {which} are listed for the coming year, at most {count:,} of them; "
    "export the calendar again later for the ones after that.",
)


class CalendarExportError(Exception):
    """A calendar could not be written; the message is plain and holds no plan content."""


@dataclass
class CalendarReport:
    path: Path | None
    events: int
    notes: list[str] = field(default_factory=list)  # what was left out, and why


@dataclass
class _Builder:
    plan: Plan
    made_at: datetime
    details: bool
    cal: Any
    notes: list[str] = field(default_factory=list)
    events: int = 0
    stamp: datetime = field(default_factory=lambda: datetime.now(UTC).replace(microsecond=0))

    # --- words ----------------------------------------------------------------------
    def _partner(self, agreement: CheckInAgreement) -> str:
        contact = self.plan.find(TrustedContact, agreement.partner_id or "")
        name = contact.name.strip() if isinstance(contact, TrustedContact) else ""
        return name.splitlines()[0][:60] if name else tr(_CONTEXT, "my check-in partner")

    def _order(self, order: MandatedObligation) -> str:
        who = order.mandated_by_name.strip() or label(order.mandated_by)
        ref = order.reference.strip()
        text = f"{who} {ref}" if ref else who
        return text.splitlines()[0][:80]

    def _which_agreement(self, index: int) -> str:
        return tr(_CONTEXT, "Check-in agreement {number}").format(number=index + 1)

    def _which_order(self, index: int) -> str:
        return tr(_CONTEXT, "Mandated contact {number}").format(number=index + 1)

    # --- events ---------------------------------------------------------------------
    def _event(self, key: str, summary: str) -> Any:
        from icalendar import Event

        event = Event()
        event.add("uid", f"{uuid.uuid5(_UID_NAMESPACE, key)}@workbook")
        event.add("dtstamp", self.stamp)
        event.add("summary", summary)
        event.add("class", "PRIVATE")
        event.add("transp", "TRANSPARENT")
        self.events += 1
        return event

    def _alarm(self, event: Any, before: timedelta, summary: str) -> None:
        from icalendar import Alarm

        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)  # RFC 5545 needs one; the same neutral title
        alarm.add("trigger", -before)
        event.add_component(alarm)

    def _timed(
        self,
        key: str,
        summary: str,
        schedule: Schedule,
        at: time,
        alarms: Iterable[timedelta],
    ) -> None:
        """One event per time of day, repeating as the schedule says."""
        first = self._first(schedule, at)
        if first is None:
            return
        event = self._event(f"{key}/{at.isoformat()}", summary)
        if schedule.all_day:
            event.add("dtstart", first.date())
            event.add("dtend", first.date() + timedelta(days=1))
        else:
            event.add("dtstart", first)
            event.add("dtend", first + timedelta(minutes=schedule.minutes))
        rule = _rrule(schedule)
        if rule is not None:
            event.add("rrule", rule)
        if schedule.repeat is Repeat.DATES:
            # Listed dates count only between the first and the last day, as in the app.
            within = [
                day
                for day in schedule.dates
                if (schedule.start is None or day >= schedule.start)
                and (schedule.end is None or day <= schedule.end)
            ]
            later = sorted({datetime.combine(day, at) for day in within} - {first})
            if later:
                event.add("rdate", [m.date() for m in later] if schedule.all_day else later)
        for before in alarms:
            self._alarm(event, before, summary)
        self.cal.add_component(event)

    def _first(self, schedule: Schedule, at: time) -> datetime | None:
        """The first occurrence at `at`: DTSTART must be one of the rule's own occurrences."""
        one_time = Schedule(
            repeat=schedule.repeat,
            weekdays=schedule.weekdays,
            times=() if schedule.all_day else (at,),
            minutes=schedule.minutes,
            all_day=schedule.all_day,
            month_days=schedule.month_days,
            dates=schedule.dates,
            start=schedule.start,
            end=schedule.end,
        )
        begin = datetime.combine(schedule.start or _earliest(schedule), time())
        found = next_occurrences(one_time, begin, 1)
        return found.items[0].start if found.items else None

    def _schedule_events(
        self, key: str, summary: str, schedule: Schedule, alarms: tuple[timedelta, ...]
    ) -> None:
        times = (time(),) if schedule.all_day else tuple(sorted(set(schedule.times)))
        for at in times:
            self._timed(key, summary, schedule, at, alarms)

    def checkins(self) -> None:
        orders = {o.id: o for o in self.plan.obligations}
        for index, agreement in enumerate(self.plan.checkin_agreements):
            which = self._which_agreement(index)
            summary = (
                tr(_CONTEXT, TITLE_CHECKIN_WITH).format(partner=self._partner(agreement))
                if self.details
                else tr(_CONTEXT, TITLE_CHECKIN)
            )
            schedule = agreement.timetable
            if schedule is None:
                self.notes.append(tr(_CONTEXT, SKIP_NO_TIMES).format(which=which))
                continue
            if schedule.repeat is Repeat.AROUND_CONTACT:
                order = orders.get(agreement.around_obligation_id or "")
                around = order.timetable if order is not None else None
                if around is None:
                    self.notes.append(tr(_CONTEXT, SKIP_NO_CONTACT).format(which=which))
                    continue
                self._listed(agreement, which, summary, schedule, around)
                continue
            problems = validate_schedule(schedule)
            if problems:
                problem = next(iter(problems.values()))
                self.notes.append(tr(_CONTEXT, SKIP_INVALID).format(which=which, problem=problem))
                continue
            self._schedule_events(
                f"checkin/{agreement.id}", summary, schedule, (timedelta(minutes=0),)
            )

    def _listed(
        self,
        agreement: CheckInAgreement,
        which: str,
        summary: str,
        schedule: Schedule,
        around: Schedule,
    ) -> None:
        start = self.made_at.replace(hour=0, minute=0, second=0)
        found = occurrences(schedule, start, start + HORIZON, limit=MAX_LISTED, around=around)
        for occurrence in found:
            event = self._event(f"checkin/{agreement.id}/{occurrence.start.isoformat()}", summary)
            event.add("dtstart", occurrence.start)
            event.add("dtend", occurrence.end)
            self._alarm(event, timedelta(minutes=0), summary)
            self.cal.add_component(event)
        if found.truncated:
            self.notes.append(tr(_CONTEXT, MORE_THAN_LISTED).format(which=which, count=MAX_LISTED))

    def mandated(self) -> None:
        for index, order in enumerate(self.plan.obligations):
            summary = (
                tr(_CONTEXT, TITLE_CONTACT_FOR).format(order=self._order(order))
                if self.details
                else tr(_CONTEXT, TITLE_CONTACT)
            )
            schedule = order.timetable
            if schedule is None:
                if order.start_date or order.end_date:
                    self.notes.append(
                        tr(_CONTEXT, SKIP_NO_TIMES_ORDER).format(which=self._which_order(index))
                    )
                continue
            problems = validate_schedule(schedule)
            if problems:
                problem = next(iter(problems.values()))
                self.notes.append(
                    tr(_CONTEXT, SKIP_INVALID).format(
                        which=self._which_order(index), problem=problem
                    )
                )
                continue
            # A reminder the day before and an hour before.
            self._schedule_events(
                f"mandated/{order.id}", summary, schedule, (timedelta(days=1), timedelta(hours=1))
            )

    def reviews(self) -> None:
        if self.plan.next_review is not None:
            summary = tr(_CONTEXT, TITLE_REVIEW_PLAN if self.details else TITLE_REVIEW)
            self._day("review/plan", summary, self.plan.next_review)
        for order in self.plan.obligations:
            if order.review_date is None:
                continue
            summary = (
                tr(_CONTEXT, TITLE_REVIEW_ORDER).format(order=self._order(order))
                if self.details
                else tr(_CONTEXT, TITLE_REVIEW)
            )
            self._day(f"review/{order.id}", summary, order.review_date)

    def _day(self, key: str, summary: str, day: date) -> None:
        if day >= date.max - timedelta(days=7):
            return  # the last week of year 9999: no day after it to end on, nothing to remind
        event = self._event(key, summary)
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        # Reminders at 9:00 on the day and at 9:00 a week before.
        self._alarm(event, -timedelta(hours=9), summary)
        self._alarm(event, timedelta(days=7) - timedelta(hours=9), summary)
        self.cal.add_component(event)


def _earliest(schedule: Schedule) -> date:
    if schedule.repeat is Repeat.DATES and schedule.dates:
        return min(schedule.dates)
    return date(1970, 1, 1)


def _rrule(schedule: Schedule) -> dict[str, Any] | None:
    """The schedule's repetition as an RFC 5545 RRULE (icalendar's dict form)."""
    repeat = schedule.repeat
    rule: dict[str, Any]
    if repeat is Repeat.DAILY:
        rule = {"freq": "daily"}
    elif repeat in (Repeat.WEEKLY, Repeat.EVERY_OTHER_WEEK):
        rule = {
            "freq": "weekly",
            "byday": [_WEEKDAYS[d] for d in sorted(set(schedule.weekdays))],
            "wkst": "MO",
        }
        if repeat is Repeat.EVERY_OTHER_WEEK:
            rule["interval"] = 2
    elif repeat is Repeat.MONTHLY:
        rule = {"freq": "monthly", "bymonthday": sorted(set(schedule.month_days))}
    else:
        return None  # once, listed dates (RDATE), around a contact (listed one by one)
    if schedule.end is not None:
        # UNTIL in the same form as DTSTART: a date for all-day events, else a floating time.
        rule["until"] = (
            schedule.end if schedule.all_day else datetime.combine(schedule.end, time(23, 59, 59))
        )
    return rule


def build_calendar(
    plan: Plan, *, made_at: datetime | None = None, details: bool = False
) -> tuple[bytes, CalendarReport]:
    """The iCalendar bytes and what was left out. Imports icalendar on first use."""
    from icalendar import Calendar

    made_at = (made_at or datetime.now()).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", "-//Workbook//Safety plan//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    builder = _Builder(plan=plan, made_at=made_at, details=details, cal=cal)
    builder.checkins()
    builder.mandated()
    builder.reviews()
    data: bytes = cal.to_ical()
    return data, CalendarReport(path=None, events=builder.events, notes=builder.notes)


def export_calendar(
    plan: Plan, out: Path, *, made_at: datetime | None = None, details: bool = False
) -> CalendarReport:
    """Write the calendar to `out` atomically (mode 0600)."""
    from workbook.files import EXPORT_TEMP_PREFIX, atomic_write

    out = Path(out)
    if not out.parent.is_dir():
        raise CalendarExportError(
            tr(_CONTEXT, "The folder for the calendar does not exist. Please choose another.")
        )
    data, report = build_calendar(plan, made_at=made_at, details=details)
    try:
        atomic_write(out, data, temp_prefix=EXPORT_TEMP_PREFIX)
    except OSError as error:
        raise CalendarExportError(
            tr(
                _CONTEXT,
                "The calendar could not be saved there ({reason}). Please choose another folder.",
            ).format(reason=error.strerror or "error")
        ) from None
    report.path = out
    return report
