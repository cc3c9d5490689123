"""What is due (workbook/domain/reminders.py): check-ins due and missed, a mandated contact
tomorrow, passed review dates; and a notification text that never says what."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from workbook.domain.model import (
    CheckInAgreement,
    CheckInLogEntry,
    MandatedObligation,
    Plan,
    TrustedContact,
)
from workbook.domain.reminders import (
    NOTIFICATION,
    DueKind,
    due,
    missed_checkins,
)
from workbook.domain.schedule import Repeat, Schedule

EVENING = Schedule(repeat=Repeat.DAILY, times=(time(21, 0),))


def _plan(**kw: object) -> tuple[Plan, CheckInAgreement]:
    robin = TrustedContact(name="Robin Example")
    agreement = CheckInAgreement(partner_id=robin.id, timetable=EVENING, grace_minutes=30)
    plan = Plan(contacts=[robin], checkin_agreements=[agreement], **kw)  # type: ignore[arg-type]
    return plan, agreement


def test_a_checkin_is_due_from_a_little_before_until_the_grace_ends() -> None:
    plan, _ = _plan()
    day = date(2026, 11, 27)
    assert due(plan, datetime.combine(day, time(20, 30))) == []
    soon = due(plan, datetime.combine(day, time(20, 50)))
    assert [d.kind for d in soon] == [DueKind.CHECKIN]
    assert "Robin Example" in soon[0].text and "21:00" in soon[0].text
    assert [d.kind for d in due(plan, datetime.combine(day, time(21, 29)))] == [DueKind.CHECKIN]
    assert due(plan, datetime.combine(day, time(21, 31))) == []


def test_a_kept_checkin_is_not_due_and_not_missed() -> None:
    plan, agreement = _plan()
    day = date(2026, 11, 27)
    plan.checkin_log.append(
        CheckInLogEntry(at=datetime.combine(day, time(20, 45)), agreement_id=agreement.id)
    )
    assert due(plan, datetime.combine(day, time(21, 5))) == []
    since = datetime.combine(day, time(20, 0))
    assert missed_checkins(plan, datetime.combine(day, time(23, 0)), since=since) == []


def test_missed_checkins_are_logged_once_and_then_shown() -> None:
    plan, agreement = _plan()
    now = datetime(2026, 11, 27, 21, 45)
    missed = missed_checkins(plan, now, since=datetime(2026, 11, 27, 21, 0))
    assert [(m.at, m.missed, m.agreement_id) for m in missed] == [
        (datetime(2026, 11, 27, 21, 0), True, agreement.id)
    ]
    plan.checkin_log.extend(missed)
    assert missed_checkins(plan, now, since=datetime(2026, 11, 27, 21, 0)) == []
    shown = due(plan, now)
    assert [d.kind for d in shown] == [DueKind.CHECKIN_MISSED]
    # Checking in late clears it from what is due (the missed entry stays in the log).
    plan.checkin_log.append(
        CheckInLogEntry(at=datetime(2026, 11, 27, 21, 20), agreement_id=agreement.id)
    )
    assert due(plan, now) == []


def test_missed_checkins_look_back_a_week_at_most() -> None:
    plan, _ = _plan()
    now = datetime(2026, 11, 27, 12, 0)
    missed = missed_checkins(plan, now, since=datetime(2026, 1, 1))
    assert len(missed) == 7
    assert min(m.at for m in missed) >= now - timedelta(days=7)


def test_a_checkin_still_in_its_grace_is_not_missed() -> None:
    plan, _ = _plan()
    since = datetime(2026, 11, 27, 21, 5)
    assert missed_checkins(plan, datetime(2026, 11, 27, 21, 10), since=since) == []
    assert missed_checkins(plan, datetime(2026, 11, 27, 21, 29), since=since) == []
    late = missed_checkins(plan, datetime(2026, 11, 27, 21, 31), since=since)
    assert [m.at for m in late] == [datetime(2026, 11, 27, 21, 0)]


def test_mandated_contact_tomorrow_and_passed_reviews() -> None:
    order = MandatedObligation(
        mandated_by_name="Family Court",
        timetable=Schedule(repeat=Repeat.WEEKLY, weekdays=(5,), times=(time(10, 0),), minutes=120),
        review_date=date(2026, 11, 1),
    )
    plan = Plan(obligations=[order], next_review=date(2026, 11, 20))
    friday = datetime(2026, 11, 27, 18, 0)  # a Friday: Saturday's contact is tomorrow
    kinds = [d.kind for d in due(plan, friday)]
    assert kinds == [
        DueKind.MANDATED_TOMORROW,
        DueKind.ORDER_REVIEW_PASSED,
        DueKind.REVIEW_PASSED,
    ]
    assert "10:00" in due(plan, friday)[0].text
    thursday = datetime(2026, 11, 26, 18, 0)
    assert DueKind.MANDATED_TOMORROW not in [d.kind for d in due(plan, thursday)]


def test_no_schedule_no_partner_and_odd_agreements_are_quiet() -> None:
    plan = Plan(
        checkin_agreements=[
            CheckInAgreement(),
            CheckInAgreement(timetable=Schedule(repeat=Repeat.AROUND_CONTACT, before=10)),
            CheckInAgreement(timetable=Schedule(repeat=Repeat.WEEKLY, times=(time(9),))),
            CheckInAgreement(timetable=EVENING, grace_minutes=-5),
        ]
    )
    now = datetime(2026, 11, 27, 21, 0)
    assert [d.kind for d in due(plan, now)] == [DueKind.CHECKIN]
    assert "your check-in partner" in due(plan, now)[0].text
    missed_checkins(plan, now, since=None)


def test_the_notification_says_nothing_of_what_is_due() -> None:
    assert NOTIFICATION == "Workbook: something is due"
