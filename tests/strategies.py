"""Hypothesis strategies shared by the tests: valid plans with references between records and
hostile text everywhere, drawn field by field from the field registry. All fictional.

Every registered field gets its values from `field_strategy`: by its widget kind (text, a
choice, a date, a reference to a record drawn before it, ...) unless `SPECIAL` names a rule
of its own (a name that must not be blank, a phone number, the order of two dates). A field
whose widget kind has no strategy here makes `field_strategy` raise, and the contract test
(tests/test_field_contract.py) names it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from hypothesis import strategies as st

from workbook.domain import model
from workbook.domain.fields import Field, Widget, fields_of
from workbook.domain.model import (
    BackupPlan,
    BoundaryCommitment,
    CheckInAgreement,
    CheckInLogEntry,
    ContactLogEntry,
    MandatedObligation,
    PersonalStatements,
    Plan,
    Section,
    SuspectedProxy,
    TrustedContact,
)
from workbook.domain.schedule import Repeat, Schedule

# Text that has broken naive exporters: quotes, escapes, markup, bidi controls, JSON inside
# JSON, separators JavaScript treats as line ends, combining marks, astral-plane emoji.
HOSTILE = (
    '"',
    "\\",
    '\\"',
    "\\u0041",
    '{"format": "workbook-plan"}',
    "</script><script>alert(1)</script>",
    "\u202eevil\u202c",
    "line\u2028separator\u2029paragraph",
    "Z\u0351\u0352\u0353algo",
    "👩‍👧‍👦🔑",
    "null",
    "tab\there\r\nwindows line",
    "اللغة العربية",
    "\ufeffbom inside",
    " ",
)
CONTROL = {chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F)}
_texts = st.one_of(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters=CONTROL),
        max_size=60,
    ),
    st.sampled_from(HOSTILE),
)
_names = _texts.filter(lambda s: bool(s.strip()))
_ids = st.uuids().map(lambda u: u.hex)
_dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31))
_moments = st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2099, 12, 31))
_phones = st.from_regex(r"\+?1 555 01[0-9]{2}( x[0-9]{1,3})?", fullmatch=True)
_emails = st.one_of(
    st.just(""), st.from_regex(r"[a-z]{1,12}\.[a-z]{1,12}@example\.org", fullmatch=True)
)

# Weekly or daily schedules at whole minutes: valid for orders and check-ins alike.
_schedules = st.builds(
    Schedule,
    repeat=st.sampled_from([Repeat.WEEKLY, Repeat.DAILY]),
    weekdays=st.lists(st.integers(0, 6), min_size=1, max_size=3, unique=True).map(
        lambda days: tuple(sorted(days))
    ),
    times=st.lists(
        st.builds(time, st.integers(0, 23), st.integers(0, 59)), min_size=1, max_size=2, unique=True
    ).map(lambda times: tuple(sorted(times))),
    minutes=st.integers(0, 180),
)

# The records drawn so far, by kind: what a reference may point at.
Known = dict[type[Any], list[str]]


def _enum_list(kind: Any) -> st.SearchStrategy[list[Any]]:
    return st.lists(st.sampled_from(list(kind)), unique=True, max_size=4)


def _one_of(ids: list[str]) -> st.SearchStrategy[str | None]:
    return st.none() | st.sampled_from(ids) if ids else st.none()


def _some_of(ids: list[str]) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(ids), unique=True) if ids else st.just([])


# Values by widget kind; a reference draws from the records of its target drawn before it.
BY_WIDGET: dict[Widget, Callable[[Field, Known], st.SearchStrategy[Any]]] = {
    Widget.LINE: lambda f, known: _texts,
    Widget.TEXT: lambda f, known: _texts,
    Widget.ENUM: lambda f, known: st.sampled_from(list(f.enum or ())),
    Widget.FLAGS: lambda f, known: _enum_list(f.enum),
    Widget.BOOL: lambda f, known: st.booleans(),
    Widget.DATE: lambda f, known: st.none() | _dates,
    Widget.DATETIME: lambda f, known: _moments,
    Widget.INT: lambda f, known: st.integers(f.minimum, f.maximum),
    Widget.LINES: lambda f, known: st.lists(_texts, max_size=3),
    Widget.STEPS: lambda f, known: st.lists(_texts, max_size=4),
    Widget.REF: lambda f, known: _one_of(known.get(f.target or object, [])),
    Widget.REFS: lambda f, known: _some_of(known.get(f.target or object, [])),
    Widget.SCHEDULE: lambda f, known: st.none() | _schedules,
}

# Fields with a rule of their own (what validation asks of them, and no more).
SPECIAL: dict[tuple[type[Any], str], Callable[[Known], st.SearchStrategy[Any]]] = {
    (TrustedContact, "name"): lambda known: _names,
    (TrustedContact, "phones"): lambda known: st.lists(_phones, max_size=3),
    (TrustedContact, "email"): lambda known: _emails,
    (SuspectedProxy, "name"): lambda known: _names,
    (BoundaryCommitment, "text"): lambda known: _names,
    (BoundaryCommitment, "suggestion_key"): lambda known: (
        st.none() | st.from_regex(r"[a-z-]{1,20}", fullmatch=True)
    ),
    # An own situation needs words of its own (validation); the others are drawn.
    (BackupPlan, "situation"): lambda known: st.sampled_from(
        [s for s in model.Situation if s is not model.Situation.OWN]
    ),
    (CheckInAgreement, "grace_minutes"): lambda known: st.integers(1, 7 * 24 * 60),
    (model.AboutMe, "phone"): lambda known: st.just("") | _phones,
    # The SHA-256 of each evidence file: kept by the program, part of the entry's hash.
    (ContactLogEntry, "attachment_hashes"): lambda known: st.lists(
        st.from_regex(r"[0-9a-f]{64}", fullmatch=True), max_size=2
    ),
    # Set by the app when an entry is written: drawn as a log not yet sealed, which import
    # and the workbook seal in its order (docs/record.md).
    (ContactLogEntry, "recorded_at"): lambda known: st.none() | _moments,
    (ContactLogEntry, "recorded_before_log"): lambda known: st.booleans(),
    (ContactLogEntry, "corrects_id"): lambda known: st.none(),
    (ContactLogEntry, "correction_note"): lambda known: st.just(""),
    (ContactLogEntry, "withdrawn_reason"): lambda known: st.just(""),
    (ContactLogEntry, "previous_hash"): lambda known: st.just(""),
    (ContactLogEntry, "entry_hash"): lambda known: st.just(""),
    (Plan, "created_at"): lambda known: _moments,
    (Plan, "section_changed"): lambda known: st.dictionaries(
        st.sampled_from(list(Section)), _moments
    ),
}

# Cross-field rules, applied to the drawn values of one record.
FIXES: dict[type[Any], Callable[[dict[str, Any]], dict[str, Any]]] = {}


def _ordered_dates(values: dict[str, Any]) -> dict[str, Any]:
    start, end = values.get("start_date"), values.get("end_date")
    if start is not None and end is not None and end < start:
        values["start_date"], values["end_date"] = end, start
    return values


FIXES[MandatedObligation] = _ordered_dates


def field_strategy(entry: Field, known: Known | None = None) -> st.SearchStrategy[Any]:
    """Valid values of one registered field. KeyError when nothing here can draw it."""
    known = known or {}
    special = SPECIAL.get((entry.kind, entry.name))
    if special is not None:
        return special(known)
    if entry.widget not in BY_WIDGET:
        raise KeyError(f"no test-data strategy for {entry.kind.__name__}.{entry.name}")
    return BY_WIDGET[entry.widget](entry, known)


def records(kind: type[Any], known: Known) -> st.SearchStrategy[Any]:
    """One record of `kind` with every registered field drawn, and its own id."""
    drawn = {entry.name: field_strategy(entry, known) for entry in fields_of(kind)}
    fix = FIXES.get(kind, lambda values: values)
    values = st.fixed_dictionaries(drawn).map(fix)
    if kind in (PersonalStatements, model.AboutMe):
        return values.map(lambda v: kind(**v))
    return st.tuples(values, _ids).map(lambda pair: kind(**pair[0], id=pair[1]))


# Kinds in an order where every reference's target is drawn before it, and how many of each.
ORDER: tuple[tuple[type[Any], int], ...] = (
    (TrustedContact, 4),
    (MandatedObligation, 3),
    (BoundaryCommitment, 3),
    (BackupPlan, 3),
    (CheckInAgreement, 2),
    (CheckInLogEntry, 3),
    (SuspectedProxy, 2),
    (ContactLogEntry, 3),
)


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    """Valid plans with references between records and hostile text everywhere."""
    known: Known = {}
    lists: dict[str, Any] = {}
    for kind, most in ORDER:
        drawn = draw(st.lists(records(kind, known), max_size=most, unique_by=lambda r: r.id))
        known[kind] = [record.id for record in drawn]
        lists[model.LIST_NAMES[kind]] = drawn
    own: dict[str, Any] = {
        entry.name: draw(field_strategy(entry, known)) for entry in fields_of(Plan)
    }
    return Plan(
        **lists,
        statements=draw(records(PersonalStatements, known)),
        about_me=draw(records(model.AboutMe, known)),
        **own,
    )
