"""What is due: check-ins, a mandated contact tomorrow, review dates that have passed.

The app asks `due(plan, now)` every half minute while it runs and shows the result inside
the window, where it may name people and orders. Outside the window (a system notification)
only `NOTIFICATION` is ever shown: a notification can be read on a locked screen, on a
shared computer, or mirrored to a phone.

A check-in at time T is *kept* when the check-in log has an entry for its agreement between
T minus the grace period and T plus the grace period (checking in a little early counts). It
is *due* from T until T plus the grace period, and *missed* after that. `missed_checkins`
lists the missed ones since a moment (the app keeps the last moment it looked), so each is
logged once, as a `CheckInLogEntry` with `missed=True`.

No Qt, no storage: plain functions over the plan, tested in tests/test_reminders.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Final

from workbook.domain.dates import short_date, short_datetime, short_time
from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.domain.model import CheckInAgreement, CheckInLogEntry, Plan, TrustedContact
from workbook.domain.schedule import Repeat, Schedule, occurrences

_CONTEXT = "reminders"
NOTIFICATION: Final = QT_TRANSLATE_NOOP(_CONTEXT, "Workbook: something is due")
# How far back `missed_checkins` looks at most, however long the app was closed: a week of
# missed check-ins is logged, older ones are not guessed at.
LOOK_BACK: Final = timedelta(days=7)
MOST: Final = 200


class DueKind(StrEnum):
    CHECKIN = "checkin"  # a check-in is due now
    CHECKIN_MISSED = "checkin_missed"  # a check-in time passed with no check-in
    MANDATED_TOMORROW = "mandated_tomorrow"
    REVIEW_PASSED = "review_passed"  # the plan's review date
    ORDER_REVIEW_PASSED = "order_review_passed"  # an order's review date


@dataclass(frozen=True)
class Due:
    kind: DueKind
    when: datetime  # the check-in or contact time; the review date at midnight
    record_id: str  # the agreement, the order, or "" for the plan
    text: str  # for inside the app only: may name a person or an order


def _partner(plan: Plan, agreement: CheckInAgreement) -> str:
    contact = plan.find(TrustedContact, agreement.partner_id or "")
    name = contact.name.strip() if isinstance(contact, TrustedContact) else ""
    return name.splitlines()[0][:60] if name else tr(_CONTEXT, "your check-in partner")


def _around(plan: Plan, agreement: CheckInAgreement) -> Schedule | None:
    if agreement.timetable is None or agreement.timetable.repeat is not Repeat.AROUND_CONTACT:
        return None
    for order in plan.obligations:
        if order.id == agreement.around_obligation_id:
            return order.timetable
    return None


def _times(
    plan: Plan, agreement: CheckInAgreement, start: datetime, end: datetime
) -> list[datetime]:
    if agreement.timetable is None:
        return []
    found = occurrences(
        agreement.timetable, start, end, limit=MOST, around=_around(plan, agreement)
    )
    return [o.start for o in found]


def _kept(log: list[CheckInLogEntry], agreement: CheckInAgreement, at: datetime) -> bool:
    grace = timedelta(minutes=max(agreement.grace_minutes, 0))
    return any(
        entry.agreement_id == agreement.id
        and not entry.missed
        and at - grace <= entry.at <= at + grace
        for entry in log
    )


def _logged_missed(log: list[CheckInLogEntry], agreement: CheckInAgreement, at: datetime) -> bool:
    return any(e.missed and e.agreement_id == agreement.id and e.at == at for e in log)


def missed_checkins(plan: Plan, now: datetime, since: datetime | None) -> list[CheckInLogEntry]:
    """New log entries (missed=True) for check-ins whose grace period ended after `since` and
    by `now` with no check-in, oldest first; none already logged as missed."""
    start = max(since or now - LOOK_BACK, now - LOOK_BACK)
    out: list[CheckInLogEntry] = []
    for agreement in plan.checkin_agreements:
        grace = timedelta(minutes=max(agreement.grace_minutes, 0))
        for at in _times(plan, agreement, start - grace, now - grace):
            if at + grace <= start or at + grace > now:
                continue
            if _kept(plan.checkin_log, agreement, at):
                continue
            if _logged_missed(plan.checkin_log, agreement, at):
                continue
            out.append(CheckInLogEntry(at=at, agreement_id=agreement.id, missed=True))
    out.sort(key=lambda entry: entry.at)
    return out


def due(plan: Plan, now: datetime) -> list[Due]:
    """Everything that needs the person now, most urgent first."""
    items: list[Due] = []
    for agreement in plan.checkin_agreements:
        grace = timedelta(minutes=max(agreement.grace_minutes, 0))
        partner = _partner(plan, agreement)
        # Due from its time until the grace period ends; shown from 15 minutes before.
        for at in _times(plan, agreement, now - grace, now + timedelta(minutes=15)):
            if _kept(plan.checkin_log, agreement, at):
                continue
            items.append(
                Due(
                    DueKind.CHECKIN,
                    at,
                    agreement.id,
                    tr(_CONTEXT, "Check in with {partner}: due at {time}.").format(
                        partner=partner, time=short_time(at)
                    ),
                )
            )
        for entry in plan.checkin_log:
            if entry.missed and entry.agreement_id == agreement.id and now - entry.at < LOOK_BACK:
                if _kept(plan.checkin_log, agreement, entry.at):
                    continue
                items.append(
                    Due(
                        DueKind.CHECKIN_MISSED,
                        entry.at,
                        agreement.id,
                        tr(
                            _CONTEXT,
                            "The check-in with {partner} at {time} was missed. If you are "
                            "safe, let them know now.",
                        ).format(partner=partner, time=short_datetime(entry.at)),
                    )
                )
    tomorrow = now.date() + timedelta(days=1)
    for order in plan.obligations:
        if order.timetable is None:
            continue
        start = datetime.combine(tomorrow, datetime.min.time())
        for occurrence in occurrences(order.timetable, start, start + timedelta(days=1), limit=24):
            if occurrence.start.date() != tomorrow:
                continue
            who = order.mandated_by_name.strip() or order.reference.strip()
            items.append(
                Due(
                    DueKind.MANDATED_TOMORROW,
                    occurrence.start,
                    order.id,
                    (
                        tr(_CONTEXT, "Mandated contact tomorrow at {time} ({who}).").format(
                            time=short_time(occurrence.start), who=who.splitlines()[0][:60]
                        )
                        if who
                        else tr(_CONTEXT, "Mandated contact tomorrow at {time}.").format(
                            time=short_time(occurrence.start)
                        )
                    ),
                )
            )
            break
    today = now.date()
    if plan.next_review is not None and plan.next_review < today:
        items.append(
            Due(
                DueKind.REVIEW_PASSED,
                _midnight(plan.next_review),
                "",
                tr(_CONTEXT, "The review date of your plan ({day}) has passed.").format(
                    day=short_date(plan.next_review)
                ),
            )
        )
    for order in plan.obligations:
        if order.review_date is not None and order.review_date < today:
            items.append(
                Due(
                    DueKind.ORDER_REVIEW_PASSED,
                    _midnight(order.review_date),
                    order.id,
                    tr(_CONTEXT, "The review date of an order ({day}) has passed.").format(
                        day=short_date(order.review_date)
                    ),
                )
            )
    order_of = {
        DueKind.CHECKIN_MISSED: 0,
        DueKind.CHECKIN: 1,
        DueKind.MANDATED_TOMORROW: 2,
        DueKind.ORDER_REVIEW_PASSED: 3,
        DueKind.REVIEW_PASSED: 4,
    }
    items.sort(key=lambda item: (order_of[item.kind], item.when))
    return items


def _midnight(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time())
