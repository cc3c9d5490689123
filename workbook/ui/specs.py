"""One declarative description per kind of record: the editor's fields and the table's columns.

A `FieldSpec` names a dataclass field, the words a person sees for it and the kind of
widget that edits it; a `Column` says what the record table shows. Pages and the record
editor are built from these lists, so every record type is edited and listed the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

# Widget kinds live with the field registry; imported here for the editor's modules.
from workbook.domain.fields import (
    BOOL,
    DATE,
    DATETIME,
    ENUM,
    FLAGS,
    INT,
    LINE,
    LINES,
    REF,
    REFS,
    STEPS,
    TEXT,
)
from workbook.domain.labels import label
from workbook.domain.model import (
    Awareness,
    BackupPlan,
    BoundaryCommitment,
    CheckInAgreement,
    CheckInLogEntry,
    CheckInMethod,
    CommitmentStatus,
    ContactChannel,
    ContactLogEntry,
    ContactRole,
    MandateChannel,
    MandatedObligation,
    Mandator,
    Plan,
    ProxyBehaviour,
    ProxyDecision,
    Record,
    ResponseKind,
    Situation,
    SuspectedProxy,
    TrustedContact,
)
from workbook.ui.store import format_date, format_datetime


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: str
    help: str = ""
    enum: type[StrEnum] | None = None
    target: type[Record] | None = None
    none_label: str = ""
    minimum: int = 0
    maximum: int = 0
    item_word: str = "entry"  # "step", "number": used in list editors and messages


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Record, Plan], str]
    width: int = 160  # share of the table's width; the last column stretches
    sample: str = ""  # text the column must always show in full (dates)


@dataclass(frozen=True)
class KindSpec:
    kind: type[Record]
    slug: str  # used in objectNames
    noun: str  # "trusted contact"
    fields: tuple[FieldSpec, ...]
    columns: tuple[Column, ...]
    title: Callable[[Record, Plan], str]
    movable: bool = True
    extra: dict[str, str] = field(default_factory=dict)


def first_line(text: str, limit: int = 120) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _contact_name(plan: Plan, contact_id: str | None, none: str = "") -> str:
    if contact_id is None:
        return none
    contact = plan.find(TrustedContact, contact_id)
    return contact_title(contact, plan) if contact else none


def contact_title(record: Record, plan: Plan) -> str:
    assert isinstance(record, TrustedContact)
    return first_line(record.name, 60) or "(no name yet)"


def obligation_title(record: Record, plan: Plan) -> str:
    assert isinstance(record, MandatedObligation)
    who = first_line(record.mandated_by_name, 40) or label(record.mandated_by)
    what = first_line(record.reference, 30) or first_line(record.requirement, 50)
    return f"{who}: {what}" if what else who


def proxy_title(record: Record, plan: Plan) -> str:
    assert isinstance(record, SuspectedProxy)
    return first_line(record.name, 60) or "(no name yet)"


def agreement_title(record: Record, plan: Plan) -> str:
    assert isinstance(record, CheckInAgreement)
    partner = _contact_name(plan, record.partner_id, "no partner yet")
    when = first_line(record.schedule, 50)
    return f"With {partner}: {when}" if when else f"With {partner}"


def commitment_title(record: Record, plan: Plan) -> str:
    assert isinstance(record, BoundaryCommitment)
    return first_line(record.text, 80) or "(empty commitment)"


def backup_title(record: Record, plan: Plan) -> str:
    assert isinstance(record, BackupPlan)
    return first_line(record.title, 80) or label(record.situation)


def checkin_title(record: Record, plan: Plan) -> str:
    assert isinstance(record, CheckInLogEntry)
    return f"Check-in at {format_datetime(record.at)}"


def log_title(record: Record, plan: Plan) -> str:
    assert isinstance(record, ContactLogEntry)
    return f"Contact on {format_datetime(record.occurred_at)}"


def _attr(name: str, limit: int = 120) -> Callable[[Record, Plan], str]:
    def value(record: Record, plan: Plan) -> str:
        raw = getattr(record, name)
        if isinstance(raw, StrEnum):
            return label(raw)
        if isinstance(raw, str):
            return first_line(raw, limit)
        return str(raw)

    return value


def _ref(
    name: str, target: type[Record], title: Callable[[Record, Plan], str], none: str
) -> Callable[[Record, Plan], str]:
    def value(record: Record, plan: Plan) -> str:
        target_id = getattr(record, name)
        if target_id is None:
            return none
        found = plan.find(target, target_id)
        return title(found, plan) if found else none

    return value


def _enums(name: str) -> Callable[[Record, Plan], str]:
    def value(record: Record, plan: Plan) -> str:
        return ", ".join(label(v) for v in getattr(record, name))

    return value


def _count(name: str, word: str) -> Callable[[Record, Plan], str]:
    def value(record: Record, plan: Plan) -> str:
        n = len(getattr(record, name))
        return f"{n} {word}" + ("" if n == 1 else "s") if n else "none yet"

    return value


def _date(name: str) -> Callable[[Record, Plan], str]:
    def value(record: Record, plan: Plan) -> str:
        return format_date(getattr(record, name))

    return value


def _datetime(name: str) -> Callable[[Record, Plan], str]:
    def value(record: Record, plan: Plan) -> str:
        return format_datetime(getattr(record, name))

    return value


def _backup_contacts(record: Record, plan: Plan) -> str:
    assert isinstance(record, BackupPlan)
    names = [_contact_name(plan, i) for i in record.contact_ids]
    return ", ".join(n for n in names if n)


def _phones(record: Record, plan: Plan) -> str:
    assert isinstance(record, TrustedContact)
    return ", ".join(record.phones)


def _knows(record: Record, plan: Plan) -> str:
    assert isinstance(record, TrustedContact)
    return "Yes" if record.knows_situation else "No"


def _grace(record: Record, plan: Plan) -> str:
    assert isinstance(record, CheckInAgreement)
    return f"{record.grace_minutes} min"


OBLIGATION = KindSpec(
    kind=MandatedObligation,
    slug="mandated",
    noun="mandated contact",
    title=obligation_title,
    fields=(
        FieldSpec("mandated_by", "Who mandated it", ENUM, enum=Mandator),
        FieldSpec(
            "mandated_by_name",
            "Name of the court or person",
            LINE,
            "For example the name of the court, counselor or mediator.",
        ),
        FieldSpec("reference", "Reference or case number", LINE),
        FieldSpec(
            "requirement",
            "What exactly is required",
            TEXT,
            "Write it as the order says it: exactly this much, never less, never more.",
        ),
        FieldSpec("schedule", "When and how often", TEXT),
        FieldSpec("location", "Where", LINE),
        FieldSpec("channel", "How the contact happens", ENUM, enum=MandateChannel),
        FieldSpec(
            "topics_allowed",
            "Topics allowed",
            TEXT,
            "For example: the children's logistics only.",
        ),
        FieldSpec(
            "handled_by_id",
            "Handled by",
            REF,
            "The professional or trusted contact who handles this contact for you.",
            target=TrustedContact,
            none_label="Nobody yet",
        ),
        FieldSpec("start_date", "Start date", DATE),
        FieldSpec("end_date", "End date", DATE),
        FieldSpec("review_date", "Review date", DATE),
        FieldSpec("notes", "Notes", TEXT),
    ),
    columns=(
        Column("Mandated by", obligation_title, 200),
        Column("What is required", _attr("requirement"), 220),
        Column("When", _attr("schedule"), 160),
        Column("How", _attr("channel"), 100),
        Column(
            "Handled by",
            _ref("handled_by_id", TrustedContact, contact_title, "nobody yet"),
            140,
        ),
    ),
)

COMMITMENT = KindSpec(
    kind=BoundaryCommitment,
    slug="boundaries",
    noun="commitment",
    title=commitment_title,
    fields=(
        FieldSpec(
            "text",
            "The commitment in my words",
            TEXT,
            "Rewrite it until it sounds like you.",
        ),
        FieldSpec("status", "My decision", ENUM, enum=CommitmentStatus),
        FieldSpec("notes", "Notes", TEXT),
    ),
    columns=(
        Column("My decision", _attr("status"), 130),
        Column("Commitment", _attr("text", 200), 500),
    ),
)

CONTACT = KindSpec(
    kind=TrustedContact,
    slug="contacts",
    noun="trusted contact",
    title=contact_title,
    fields=(
        FieldSpec("name", "Name", LINE, "A nickname or initials are fine."),
        FieldSpec("relationship", "Relationship to me", LINE),
        FieldSpec("roles", "Roles", FLAGS, enum=ContactRole),
        FieldSpec(
            "phones", "Phone numbers", LINES, "One number per line.", item_word="phone number"
        ),
        FieldSpec("email", "Email", LINE),
        FieldSpec("knows_situation", "Knows my situation", BOOL),
        FieldSpec(
            "code_word",
            "Code word",
            LINE,
            "A word you agreed on that means you need help.",
        ),
        FieldSpec("best_times", "Best times to reach", LINE),
        FieldSpec("notes", "Notes", TEXT),
    ),
    columns=(
        Column("Name", _attr("name", 60), 180),
        Column("Relationship", _attr("relationship", 60), 160),
        Column("Roles", _enums("roles"), 200),
        Column("Phone", _phones, 160),
        Column("Knows?", _knows, 80),
    ),
)

BACKUP_PLAN = KindSpec(
    kind=BackupPlan,
    slug="backup-plans",
    noun="backup plan",
    title=backup_title,
    fields=(
        FieldSpec("situation", "Situation", ENUM, enum=Situation),
        FieldSpec(
            "title",
            "In my words",
            LINE,
            "Needed for your own situation; optional otherwise.",
        ),
        FieldSpec("warning_signs", "Warning signs", TEXT),
        FieldSpec("steps", "Steps, in order", STEPS, item_word="step"),
        FieldSpec(
            "contact_ids",
            "People to call, in order",
            REFS,
            target=TrustedContact,
            item_word="contact",
        ),
        FieldSpec("safe_places", "Safe places", TEXT),
        FieldSpec("what_to_take", "What to take", TEXT),
        FieldSpec("emergency_numbers", "Emergency numbers", TEXT),
        FieldSpec("protective_order", "Protective-order details", TEXT),
    ),
    columns=(
        Column("Situation", _attr("situation"), 200),
        Column("In my words", _attr("title"), 220),
        Column("Steps", _count("steps", "step"), 90),
        Column("Contacts to call", _backup_contacts, 200),
    ),
)

AGREEMENT = KindSpec(
    kind=CheckInAgreement,
    slug="checkins",
    noun="check-in agreement",
    title=agreement_title,
    fields=(
        FieldSpec(
            "partner_id",
            "Check-in partner",
            REF,
            target=TrustedContact,
            none_label="Nobody yet",
        ),
        FieldSpec(
            "schedule",
            "When",
            TEXT,
            "Daily times, or before and after a named event such as a handover.",
        ),
        FieldSpec("method", "How", ENUM, enum=CheckInMethod),
        FieldSpec(
            "grace_minutes",
            "Grace period (minutes)",
            INT,
            "How long your partner waits before acting.",
            minimum=0,
            maximum=10_081,
        ),
        FieldSpec(
            "escalation_steps",
            "If I miss one, my partner…",
            STEPS,
            "Step by step, in order.",
            item_word="step",
        ),
        FieldSpec(
            "danger_code_word",
            "Code word for “I am not safe”",
            LINE,
        ),
        FieldSpec("notes", "Notes", TEXT),
    ),
    columns=(
        Column(
            "Partner",
            _ref("partner_id", TrustedContact, contact_title, "nobody yet"),
            160,
        ),
        Column("When", _attr("schedule"), 220),
        Column("How", _attr("method"), 110),
        Column("Grace period", _grace, 100),
        Column("If I miss one", _count("escalation_steps", "step"), 120),
    ),
)

CHECKIN = KindSpec(
    kind=CheckInLogEntry,
    slug="checkin-log",
    noun="check-in",
    title=checkin_title,
    movable=False,
    fields=(
        FieldSpec("at", "When", DATETIME),
        FieldSpec(
            "agreement_id",
            "Agreement",
            REF,
            target=CheckInAgreement,
            none_label="No particular agreement",
        ),
        FieldSpec("note", "Short note", TEXT),
    ),
    columns=(
        Column("When", _datetime("at"), 150, "2026-12-31 23:59"),
        Column(
            "Agreement",
            _ref("agreement_id", CheckInAgreement, agreement_title, ""),
            240,
        ),
        Column("Note", _attr("note"), 260),
    ),
)

PROXY = KindSpec(
    kind=SuspectedProxy,
    slug="proxies",
    noun="suspected proxy",
    title=proxy_title,
    fields=(
        FieldSpec("name", "Name", LINE, "A nickname or initials are fine."),
        FieldSpec("connection_to_him", "Connection to him", LINE),
        FieldSpec("connection_to_me", "Connection to me", LINE),
        FieldSpec("behaviours", "What they did", FLAGS, enum=ProxyBehaviour),
        FieldSpec("what_they_did", "In my words", TEXT),
        FieldSpec("dates_and_evidence", "Dates and evidence", TEXT),
        FieldSpec("awareness", "Knowing or unwitting", ENUM, enum=Awareness),
        FieldSpec("decision", "My decision", ENUM, enum=ProxyDecision),
        FieldSpec("done_on", "When done", DATE),
        FieldSpec("notes", "Notes", TEXT),
    ),
    columns=(
        Column("Name", _attr("name", 60), 180),
        Column("Connection to him", _attr("connection_to_him", 60), 180),
        Column("What they did", _enums("behaviours"), 200),
        Column("Knowing?", _attr("awareness"), 110),
        Column("My decision", _attr("decision"), 160),
    ),
)

CONTACT_LOG = KindSpec(
    kind=ContactLogEntry,
    slug="contact-log",
    noun="contact log entry",
    title=log_title,
    movable=False,
    fields=(
        FieldSpec("occurred_at", "When", DATETIME),
        FieldSpec(
            "proxy_id",
            "Who",
            REF,
            "Him directly, or one of the suspected proxies.",
            target=SuspectedProxy,
            none_label="Him, directly",
        ),
        FieldSpec("channel", "Channel", ENUM, enum=ContactChannel),
        FieldSpec("what_happened", "What was said or done", TEXT),
        FieldSpec("response", "How I responded", ENUM, enum=ResponseKind),
        FieldSpec("response_detail", "My response in detail", TEXT),
        FieldSpec(
            "evidence_ref",
            "Evidence reference",
            LINE,
            "Where the screenshot, letter or witness can be found.",
        ),
        FieldSpec(
            "obligation_id",
            "Allowed by",
            REF,
            "The order that allowed this contact, or “not mandated”.",
            target=MandatedObligation,
            none_label="Not mandated",
        ),
    ),
    columns=(
        Column("When", _datetime("occurred_at"), 140, "2026-12-31 23:59"),
        Column("Who", _ref("proxy_id", SuspectedProxy, proxy_title, "Him"), 140),
        Column("Channel", _attr("channel"), 120),
        Column("What happened", _attr("what_happened"), 240),
        Column("My response", _attr("response"), 160),
        Column(
            "Allowed by",
            _ref("obligation_id", MandatedObligation, obligation_title, "Not mandated"),
            180,
        ),
    ),
)

SPECS: dict[type[Record], KindSpec] = {
    spec.kind: spec
    for spec in (
        OBLIGATION,
        COMMITMENT,
        CONTACT,
        BACKUP_PLAN,
        AGREEMENT,
        CHECKIN,
        PROXY,
        CONTACT_LOG,
    )
}


def spec_for(kind: type[Record]) -> KindSpec:
    return SPECS[kind]
