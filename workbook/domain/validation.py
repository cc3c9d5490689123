"""Pure validators: each returns {field name: a kind message} for what is wrong, {} if fine.

Messages speak to the person, not the programmer, and never blame. A half-finished record is
allowed wherever it can be: only what would make a record wrong or unusable is an error.

Every text field's length limit (and the control-character check) comes from the field
registry (domain/fields.py), so a new field is checked the moment it is registered; only rules
about a field's form (a name, a phone number, an email) or between fields are written here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from workbook.domain.fields import MAX_SHORT, MAX_TEXT, text_fields
from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.domain.model import (
    LIST_NAMES,
    AboutMe,
    BackupPlan,
    BoundaryCommitment,
    CheckInAgreement,
    CheckInLogEntry,
    ContactLogEntry,
    MandatedObligation,
    PersonalStatements,
    Plan,
    Record,
    Situation,
    SuspectedProxy,
    TrustedContact,
)
from workbook.domain.schedule import Repeat, Schedule, validate_schedule

Errors = dict[str, str]

# The messages are English source texts (compared in tests); each is translated where it is
# returned, so the person reads it in the interface language.
_CONTEXT = "Validation"

MAX_GRACE_MINUTES = 7 * 24 * 60

_PHONE_ALLOWED = re.compile(r"^\+?[0-9 ()./\-]+$")
_PHONE_EXTENSION = re.compile(r"\s*(?:ext\.?|x|#)\s*\d{1,6}$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s.]+(?:\.[^@\s.]+)+$")
# Control characters, and lone surrogates (a broken paste: they cannot be saved as UTF-8).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")

MSG_NAME_EMPTY = QT_TRANSLATE_NOOP(
    _CONTEXT, "Please give a name, even a nickname or initials, so you can recognise this later."
)
MSG_PHONE = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "This doesn't look like a phone number yet. Use digits, spaces, dashes or brackets, "
    "with an optional + at the start (for example +1 555 0100).",
)
MSG_EMAIL = QT_TRANSLATE_NOOP(
    _CONTEXT, "This doesn't look like an email address yet (for example name@example.org)."
)
MSG_END_BEFORE_START = QT_TRANSLATE_NOOP(
    _CONTEXT, "The end date is before the start date. Please check both dates."
)
MSG_GRACE = QT_TRANSLATE_NOOP(_CONTEXT, "The grace period needs to be at least one minute.")
MSG_GRACE_LONG = QT_TRANSLATE_NOOP(
    _CONTEXT, "The grace period can be at most 7 days (10,080 minutes)."
)
MSG_MISSING_REF = QT_TRANSLATE_NOOP(
    _CONTEXT, "This points to an entry that no longer exists. Please choose another one."
)
MSG_TOO_LONG = QT_TRANSLATE_NOOP(
    _CONTEXT, "This text is very long ({length:,} characters). Please keep it under {limit:,}."
)
MSG_CONTROL = QT_TRANSLATE_NOOP(
    _CONTEXT, "This text contains invisible control characters. Please retype it."
)
MSG_OWN_SITUATION = QT_TRANSLATE_NOOP(_CONTEXT, "Please describe the situation in a few words.")
MSG_COMMITMENT_EMPTY = QT_TRANSLATE_NOOP(
    _CONTEXT, "Please write the commitment in your own words, or remove it."
)


def check_text(value: str, limit: int = MAX_TEXT) -> str | None:
    if len(value) > limit:
        return tr(_CONTEXT, MSG_TOO_LONG).format(length=len(value), limit=limit)
    if _CONTROL.search(value):
        return tr(_CONTEXT, MSG_CONTROL)
    return None


def check_name(value: str) -> str | None:
    if not value.strip():
        return tr(_CONTEXT, MSG_NAME_EMPTY)
    return check_text(value, MAX_SHORT)


def check_phone(value: str) -> str | None:
    """An empty phone is fine (not known yet); anything else must be dialable."""
    text = value.strip()
    if not text:
        return None
    if len(text) > 40:
        return tr(_CONTEXT, MSG_PHONE)
    text = _PHONE_EXTENSION.sub("", text)
    digits = sum(ch.isdigit() for ch in text)
    if not _PHONE_ALLOWED.match(text) or not 3 <= digits <= 15 or "+" in text[1:]:
        return tr(_CONTEXT, MSG_PHONE)
    return None


def check_email(value: str) -> str | None:
    text = value.strip()
    if not text:
        return None
    if len(text) > 254 or not _EMAIL.match(text):
        return tr(_CONTEXT, MSG_EMAIL)
    return None


def check_dates(start: date | None, end: date | None) -> str | None:
    if start is not None and end is not None and end < start:
        return tr(_CONTEXT, MSG_END_BEFORE_START)
    return None


def check_grace(minutes: int) -> str | None:
    if minutes <= 0:
        return tr(_CONTEXT, MSG_GRACE)
    if minutes > MAX_GRACE_MINUTES:
        return tr(_CONTEXT, MSG_GRACE_LONG)
    return None


def _limits(record: object, errors: Errors) -> None:
    """Every text field of the record's kind within its registry limit and free of control
    characters; a field that already has a message keeps that one."""
    for entry in text_fields(type(record)):
        name = entry.name
        if name in errors or any(key.startswith(f"{name}[") for key in errors):
            continue
        value = getattr(record, name)
        if isinstance(value, str):
            problem = check_text(value, entry.limit)
            if problem:
                errors[name] = problem
            continue
        for index, item in enumerate(value):
            problem = check_text(item, entry.limit)
            if problem:
                errors[f"{name}[{index}]"] = problem
                break


# A withdrawal is a further entry pointing at the one it withdraws (docs/record.md).
MSG_WITHDRAWS_NOTHING = QT_TRANSLATE_NOOP(_CONTEXT, "A withdrawal needs the entry it withdraws.")


def _reference(value: str | None, known: set[str] | None, name: str, errors: Errors) -> None:
    if value is not None and known is not None and value not in known:
        errors[name] = tr(_CONTEXT, MSG_MISSING_REF)


def validate_obligation(o: MandatedObligation, contact_ids: set[str] | None = None) -> Errors:
    errors: Errors = {}
    problem = check_dates(o.start_date, o.end_date)
    if problem:
        errors["end_date"] = problem
    _reference(o.handled_by_id, contact_ids, "handled_by_id", errors)
    _timetable(o.timetable, errors)
    _limits(o, errors)
    return errors


MSG_AROUND_WHICH = QT_TRANSLATE_NOOP(
    _CONTEXT, "Please choose the mandated contact to check in around."
)


def _timetable(timetable: Schedule | None, errors: Errors, *, allow_around: bool = False) -> None:
    """A structured schedule's first problem, shown next to the schedule."""
    if timetable is not None:
        problems = validate_schedule(timetable, allow_around=allow_around)
        if problems:
            errors["timetable"] = next(iter(problems.values()))


def validate_commitment(c: BoundaryCommitment) -> Errors:
    errors: Errors = {}
    if not c.text.strip():
        errors["text"] = tr(_CONTEXT, MSG_COMMITMENT_EMPTY)
    _limits(c, errors)
    return errors


def validate_statements(s: PersonalStatements) -> Errors:
    errors: Errors = {}
    _limits(s, errors)
    return errors


def validate_about_me(me: AboutMe) -> Errors:
    """The person's own details: limits from the registry, and a phone that can be dialled."""
    errors: Errors = {}
    _limits(me, errors)
    if "phone" not in errors:
        problem = check_phone(me.phone)
        if problem:
            errors["phone"] = problem
    return errors


def validate_contact(c: TrustedContact) -> Errors:
    errors: Errors = {}
    problem = check_name(c.name)
    if problem:
        errors["name"] = problem
    for index, phone in enumerate(c.phones):
        problem = check_phone(phone)
        if problem:
            errors[f"phones[{index}]"] = problem
            break
    problem = check_email(c.email)
    if problem:
        errors["email"] = problem
    _limits(c, errors)
    return errors


def validate_backup_plan(p: BackupPlan, contact_ids: set[str] | None = None) -> Errors:
    errors: Errors = {}
    if p.situation is Situation.OWN and not p.title.strip():
        errors["title"] = tr(_CONTEXT, MSG_OWN_SITUATION)
    if contact_ids is not None:
        for index, contact_id in enumerate(p.contact_ids):
            if contact_id not in contact_ids:
                errors[f"contact_ids[{index}]"] = tr(_CONTEXT, MSG_MISSING_REF)
                break
    _limits(p, errors)
    return errors


def validate_checkin_agreement(
    a: CheckInAgreement,
    contact_ids: set[str] | None = None,
    obligation_ids: set[str] | None = None,
) -> Errors:
    errors: Errors = {}
    problem = check_grace(a.grace_minutes)
    if problem:
        errors["grace_minutes"] = problem
    _reference(a.partner_id, contact_ids, "partner_id", errors)
    _timetable(a.timetable, errors, allow_around=True)
    around = a.timetable is not None and a.timetable.repeat is Repeat.AROUND_CONTACT
    if around and a.around_obligation_id is None:
        errors["around_obligation_id"] = tr(_CONTEXT, MSG_AROUND_WHICH)
    _reference(a.around_obligation_id, obligation_ids, "around_obligation_id", errors)
    _limits(a, errors)
    return errors


def validate_checkin(e: CheckInLogEntry, agreement_ids: set[str] | None = None) -> Errors:
    errors: Errors = {}
    _reference(e.agreement_id, agreement_ids, "agreement_id", errors)
    _limits(e, errors)
    return errors


def validate_proxy(p: SuspectedProxy) -> Errors:
    errors: Errors = {}
    problem = check_name(p.name)
    if problem:
        errors["name"] = problem
    _limits(p, errors)
    return errors


def validate_contact_log(
    e: ContactLogEntry,
    proxy_ids: set[str] | None = None,
    obligation_ids: set[str] | None = None,
    log_ids: set[str] | None = None,
) -> Errors:
    errors: Errors = {}
    _reference(e.proxy_id, proxy_ids, "proxy_id", errors)
    _reference(e.obligation_id, obligation_ids, "obligation_id", errors)
    _reference(e.corrects_id, log_ids, "corrects_id", errors)
    if e.withdrawn_reason and e.corrects_id is None:
        errors["withdrawn_reason"] = tr(_CONTEXT, MSG_WITHDRAWS_NOTHING)
    _limits(e, errors)
    return errors


def validate(record: Record | PersonalStatements, plan: Plan | None = None) -> Errors:
    """Validate any record; with a plan, its references are checked against it too."""

    def ids(kind: type[Record]) -> set[str] | None:
        return None if plan is None else plan.ids_of(kind)

    checks: dict[type[Any], Callable[[Any], Errors]] = {
        MandatedObligation: lambda r: validate_obligation(r, ids(TrustedContact)),
        BoundaryCommitment: validate_commitment,
        PersonalStatements: validate_statements,
        TrustedContact: validate_contact,
        BackupPlan: lambda r: validate_backup_plan(r, ids(TrustedContact)),
        CheckInAgreement: lambda r: validate_checkin_agreement(
            r, ids(TrustedContact), ids(MandatedObligation)
        ),
        CheckInLogEntry: lambda r: validate_checkin(r, ids(CheckInAgreement)),
        SuspectedProxy: validate_proxy,
        ContactLogEntry: lambda r: validate_contact_log(
            r, ids(SuspectedProxy), ids(MandatedObligation), ids(ContactLogEntry)
        ),
    }
    return checks[type(record)](record)


def validate_plan(plan: Plan) -> dict[str, Errors]:
    """Every problem in the plan, keyed by '<list name>[<index>]' (or 'statements')."""
    problems: dict[str, Errors] = {}
    for kind, list_name in LIST_NAMES.items():
        for index, record in enumerate(plan.records_of(kind)):
            errors = validate(record, plan)
            if errors:
                problems[f"{list_name}[{index}]"] = errors
    statement_errors = validate_statements(plan.statements)
    if statement_errors:
        problems["statements"] = statement_errors
    return problems
