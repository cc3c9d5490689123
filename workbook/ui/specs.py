"""The editor's and the record table's layout for each kind of record.

What a field is — its label, help text, widget, limit, choices, the record it points at — is
the field registry's (domain/fields.py); a `FieldSpec` wraps one registry field with this
form's layout choices, and the texts are translated when they are read. A `Column` says what
the record table shows. Pages and the record editor are built from these lists, so every record
type is edited and listed the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from workbook.domain.compliance import judge
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
    Field,
    Widget,
    field_of,
    fields_of,
)
from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.domain.labels import label
from workbook.domain.model import (
    BackupPlan,
    BoundaryCommitment,
    CheckInAgreement,
    CheckInLogEntry,
    ContactLogEntry,
    MandatedObligation,
    PersonalStatements,
    Plan,
    Record,
    SuspectedProxy,
    TrustedContact,
)
from workbook.domain.other_person import THEM, Voiced
from workbook.domain.schedule import describe
from workbook.ui.common import kind_slug, plural
from workbook.ui.store import format_date, format_datetime

__all__ = [
    "BOOL",
    "DATE",
    "DATETIME",
    "ENUM",
    "FLAGS",
    "INT",
    "LINE",
    "LINES",
    "REF",
    "REFS",
    "STEPS",
    "TEXT",
    "Column",
    "FieldSpec",
    "KindSpec",
    "spec_for",
]

_CONTEXT = "Specs"


@dataclass(frozen=True)
class FieldSpec:
    """One registry field on a form, with this form's layout choices."""

    field: Field
    mnemonic: str = ""  # the letter of the label that takes Alt+letter, where the form sets it

    @classmethod
    def of(cls, kind: type[Any], name: str, **layout: Any) -> FieldSpec:
        return cls(field_of(kind, name), **layout)

    @property
    def name(self) -> str:
        return self.field.name

    @property
    def kind(self) -> Widget:
        return self.field.widget

    @property
    def label(self) -> str:
        return self.field.text_label

    @property
    def mnemonic_label(self) -> str:
        """The label with `&` before the mnemonic letter (plain when the letter is not in it)."""
        text = self.label.replace("&", "&&")
        if not self.mnemonic:
            return text
        index = text.lower().find(self.mnemonic.lower())
        return text if index < 0 else f"{text[:index]}&{text[index:]}"

    @property
    def help(self) -> str:
        return self.field.text_help

    @property
    def enum(self) -> type[StrEnum] | None:
        return self.field.enum

    @property
    def target(self) -> type[Any] | None:
        return self.field.target

    @property
    def none_label(self) -> str:
        return self.field.text_none

    @property
    def minimum(self) -> int:
        return self.field.minimum

    @property
    def maximum(self) -> int:
        return self.field.maximum

    @property
    def item_word(self) -> str:
        return tr(self.field.context, self.field.item_word)

    def unit_affixes(self, value: int) -> tuple[str, str]:
        """What goes before and after `value` in this field's unit ("", " minutes"), in the
        plural form the value needs (a form that leaves the number out falls back to the
        general one, so the box always shows the number)."""
        if not self.field.unit:
            return "", ""
        for count in (value, 100):
            text = self.field.text_unit(count)
            if str(count) in text:
                before, _, after = text.partition(str(count))
                return before, after
        return "", ""


def editor_fields(kind: type[Any]) -> tuple[FieldSpec, ...]:
    """Every field of `kind` a person edits, in the registry's order."""
    return tuple(FieldSpec(entry) for entry in fields_of(kind) if entry.editable)


# The statements on the boundaries page, each with the letter its label's Alt key takes.
STATEMENT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec.of(PersonalStatements, "firm_sentence", mnemonic="f"),
    FieldSpec.of(PersonalStatements, "third_party_reply", mnemonic="m"),
    FieldSpec.of(PersonalStatements, "gift_return", mnemonic="g"),
)


@dataclass(frozen=True)
class Column:
    source_header: str  # English source text, marked for translation in the "Specs" context
    value: Callable[[Record, Plan], str]
    width: int = 160  # share of the table's width; the last column stretches
    sample: str = ""  # text the column must always show in full (dates)
    voiced: Voiced | None = None  # a header that speaks of the other person, in each variant

    @property
    def header(self) -> str:
        if self.voiced is not None:
            return self.voiced.text()
        return tr(_CONTEXT, self.source_header)


@dataclass(frozen=True)
class KindSpec:
    kind: type[Record]
    fields: tuple[FieldSpec, ...]
    columns: tuple[Column, ...]
    title: Callable[[Record, Plan], str]
    # Whole texts for this kind, English source texts marked in the "Specs" context (a noun
    # is never glued into a sentence: "Nuevo contacto" and "Nueva entrada" differ).
    source_name: str = ""  # "Trusted contact": a label on its own ("Trusted contact 2: Ana")
    source_list: str = ""  # "Trusted contacts": the table's name
    source_new: str = ""  # "New trusted contact": the editor's heading for a new one
    source_edit: str = ""  # "Edit trusted contact"
    source_remove: str = ""  # "Remove this trusted contact?"
    movable: bool = True

    @property
    def slug(self) -> str:
        """The name its list, table and editor go by in objectNames (ui/common.kind_slug)."""
        return kind_slug(self.kind)

    @property
    def name(self) -> str:
        return tr(_CONTEXT, self.source_name)

    @property
    def list_name(self) -> str:
        return tr(_CONTEXT, self.source_list)

    @property
    def new_title(self) -> str:
        return tr(_CONTEXT, self.source_new)

    @property
    def edit_title(self) -> str:
        return tr(_CONTEXT, self.source_edit)

    @property
    def remove_question(self) -> str:
        return tr(_CONTEXT, self.source_remove)


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
    return first_line(record.name, 60) or tr(_CONTEXT, "(no name yet)")


def obligation_title(record: Record, plan: Plan) -> str:
    assert isinstance(record, MandatedObligation)
    who = first_line(record.mandated_by_name, 40) or label(record.mandated_by)
    what = first_line(record.reference, 30) or first_line(record.requirement, 50)
    return f"{who}: {what}" if what else who


def proxy_title(record: Record, plan: Plan) -> str:
    assert isinstance(record, SuspectedProxy)
    return first_line(record.name, 60) or tr(_CONTEXT, "(no name yet)")


def agreement_title(record: Record, plan: Plan) -> str:
    assert isinstance(record, CheckInAgreement)
    partner = _contact_name(plan, record.partner_id, tr(_CONTEXT, "no partner yet"))
    when = first_line(record.schedule, 50)
    if when:
        return tr(_CONTEXT, "With {partner}: {when}").format(partner=partner, when=when)
    return tr(_CONTEXT, "With {partner}").format(partner=partner)


def commitment_title(record: Record, plan: Plan) -> str:
    assert isinstance(record, BoundaryCommitment)
    return first_line(record.text, 80) or tr(_CONTEXT, "(empty commitment)")


def backup_title(record: Record, plan: Plan) -> str:
    assert isinstance(record, BackupPlan)
    return first_line(record.title, 80) or label(record.situation)


def checkin_title(record: Record, plan: Plan) -> str:
    assert isinstance(record, CheckInLogEntry)
    return tr(_CONTEXT, "Check-in at {when}").format(when=format_datetime(record.at))


def log_title(record: Record, plan: Plan) -> str:
    assert isinstance(record, ContactLogEntry)
    return tr(_CONTEXT, "Contact on {when}").format(when=format_datetime(record.occurred_at))


def _attr(name: str, limit: int = 120) -> Callable[[Record, Plan], str]:
    def value(record: Record, plan: Plan) -> str:
        raw = getattr(record, name)
        if isinstance(raw, StrEnum):
            return label(raw)
        if isinstance(raw, str):
            return first_line(raw, limit)
        return str(raw)

    return value


def _when(record: Record, plan: Plan) -> str:
    """The structured schedule in words, or else the free-text note."""
    timetable = getattr(record, "timetable", None)
    if timetable is not None:
        return first_line(describe(timetable))
    return first_line(getattr(record, "schedule", ""))


def _compliance(record: Record, plan: Plan) -> str:
    """Inside the order, or outside it and why (domain/compliance.py), in a few words."""
    assert isinstance(record, ContactLogEntry)
    return judge(record, plan.obligations).brief


def _ref(
    name: str, target: type[Record], title: Callable[[Record, Plan], str], none: str | Voiced
) -> Callable[[Record, Plan], str]:
    def nobody() -> str:
        return none.text() if isinstance(none, Voiced) else tr(_CONTEXT, none)

    def value(record: Record, plan: Plan) -> str:
        target_id = getattr(record, name)
        if target_id is None:
            return nobody()
        found = plan.find(target, target_id)
        return title(found, plan) if found else nobody()

    return value


def _enums(name: str) -> Callable[[Record, Plan], str]:
    def value(record: Record, plan: Plan) -> str:
        return ", ".join(label(v) for v in getattr(record, name))

    return value


def _steps(name: str) -> Callable[[Record, Plan], str]:
    def value(record: Record, plan: Plan) -> str:
        n = len(getattr(record, name))
        if not n:
            return tr(_CONTEXT, "none yet")
        return plural(_CONTEXT, QT_TRANSLATE_NOOP(_CONTEXT, "%n steps", "", 0), n, "1 step")

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
    return tr(_CONTEXT, "Yes") if record.knows_situation else tr(_CONTEXT, "No")


def _grace(record: Record, plan: Plan) -> str:
    assert isinstance(record, CheckInAgreement)
    return tr(_CONTEXT, "{n} min").format(n=record.grace_minutes)


OBLIGATION = KindSpec(
    kind=MandatedObligation,
    source_name=QT_TRANSLATE_NOOP("Specs", "Mandated contact"),
    source_list=QT_TRANSLATE_NOOP("Specs", "Mandated contacts"),
    source_new=QT_TRANSLATE_NOOP("Specs", "New mandated contact"),
    source_edit=QT_TRANSLATE_NOOP("Specs", "Edit mandated contact"),
    source_remove=QT_TRANSLATE_NOOP("Specs", "Remove this mandated contact?"),
    title=obligation_title,
    fields=editor_fields(MandatedObligation),
    columns=(
        Column(QT_TRANSLATE_NOOP("Specs", "Mandated by"), obligation_title, 200),
        Column(QT_TRANSLATE_NOOP("Specs", "What is required"), _attr("requirement"), 220),
        Column(QT_TRANSLATE_NOOP("Specs", "When"), _when, 160),
        Column(QT_TRANSLATE_NOOP("Specs", "How"), _attr("channel"), 100),
        Column(
            QT_TRANSLATE_NOOP("Specs", "Handled by"),
            _ref(
                "handled_by_id",
                TrustedContact,
                contact_title,
                QT_TRANSLATE_NOOP("Specs", "nobody yet"),
            ),
            140,
        ),
    ),
)

COMMITMENT = KindSpec(
    kind=BoundaryCommitment,
    source_name=QT_TRANSLATE_NOOP("Specs", "Commitment"),
    source_list=QT_TRANSLATE_NOOP("Specs", "Commitments"),
    source_new=QT_TRANSLATE_NOOP("Specs", "New commitment"),
    source_edit=QT_TRANSLATE_NOOP("Specs", "Edit commitment"),
    source_remove=QT_TRANSLATE_NOOP("Specs", "Remove this commitment?"),
    title=commitment_title,
    fields=editor_fields(BoundaryCommitment),
    columns=(
        Column(QT_TRANSLATE_NOOP("Specs", "My decision"), _attr("status"), 130),
        Column(QT_TRANSLATE_NOOP("Specs", "Commitment"), _attr("text", 200), 500),
    ),
)

CONTACT = KindSpec(
    kind=TrustedContact,
    source_name=QT_TRANSLATE_NOOP("Specs", "Trusted contact"),
    source_list=QT_TRANSLATE_NOOP("Specs", "Trusted contacts"),
    source_new=QT_TRANSLATE_NOOP("Specs", "New trusted contact"),
    source_edit=QT_TRANSLATE_NOOP("Specs", "Edit trusted contact"),
    source_remove=QT_TRANSLATE_NOOP("Specs", "Remove this trusted contact?"),
    title=contact_title,
    fields=editor_fields(TrustedContact),
    columns=(
        Column(QT_TRANSLATE_NOOP("Specs", "Name"), _attr("name", 60), 180),
        Column(QT_TRANSLATE_NOOP("Specs", "Relationship"), _attr("relationship", 60), 160),
        Column(QT_TRANSLATE_NOOP("Specs", "Roles"), _enums("roles"), 200),
        Column(QT_TRANSLATE_NOOP("Specs", "Phone"), _phones, 160),
        Column(QT_TRANSLATE_NOOP("Specs", "Knows?"), _knows, 80),
    ),
)

BACKUP_PLAN = KindSpec(
    kind=BackupPlan,
    source_name=QT_TRANSLATE_NOOP("Specs", "Backup plan"),
    source_list=QT_TRANSLATE_NOOP("Specs", "Backup plans"),
    source_new=QT_TRANSLATE_NOOP("Specs", "New backup plan"),
    source_edit=QT_TRANSLATE_NOOP("Specs", "Edit backup plan"),
    source_remove=QT_TRANSLATE_NOOP("Specs", "Remove this backup plan?"),
    title=backup_title,
    fields=editor_fields(BackupPlan),
    columns=(
        Column(QT_TRANSLATE_NOOP("Specs", "Situation"), _attr("situation"), 200),
        Column(QT_TRANSLATE_NOOP("Specs", "In my words"), _attr("title"), 220),
        Column(QT_TRANSLATE_NOOP("Specs", "Steps"), _steps("steps"), 90),
        Column(QT_TRANSLATE_NOOP("Specs", "Contacts to call"), _backup_contacts, 200),
    ),
)

AGREEMENT = KindSpec(
    kind=CheckInAgreement,
    source_name=QT_TRANSLATE_NOOP("Specs", "Check-in agreement"),
    source_list=QT_TRANSLATE_NOOP("Specs", "Check-in agreements"),
    source_new=QT_TRANSLATE_NOOP("Specs", "New check-in agreement"),
    source_edit=QT_TRANSLATE_NOOP("Specs", "Edit check-in agreement"),
    source_remove=QT_TRANSLATE_NOOP("Specs", "Remove this check-in agreement?"),
    title=agreement_title,
    fields=editor_fields(CheckInAgreement),
    columns=(
        Column(
            QT_TRANSLATE_NOOP("Specs", "Partner"),
            _ref(
                "partner_id",
                TrustedContact,
                contact_title,
                QT_TRANSLATE_NOOP("Specs", "nobody yet"),
            ),
            160,
        ),
        Column(QT_TRANSLATE_NOOP("Specs", "When"), _when, 220),
        Column(QT_TRANSLATE_NOOP("Specs", "How"), _attr("method"), 110),
        Column(QT_TRANSLATE_NOOP("Specs", "Grace period"), _grace, 100),
        Column(QT_TRANSLATE_NOOP("Specs", "If I miss one"), _steps("escalation_steps"), 120),
    ),
)

CHECKIN = KindSpec(
    kind=CheckInLogEntry,
    source_name=QT_TRANSLATE_NOOP("Specs", "Check-in"),
    source_list=QT_TRANSLATE_NOOP("Specs", "Check-ins"),
    source_new=QT_TRANSLATE_NOOP("Specs", "New check-in"),
    source_edit=QT_TRANSLATE_NOOP("Specs", "Edit check-in"),
    source_remove=QT_TRANSLATE_NOOP("Specs", "Remove this check-in?"),
    title=checkin_title,
    movable=False,
    fields=editor_fields(CheckInLogEntry),
    columns=(
        Column(QT_TRANSLATE_NOOP("Specs", "When"), _datetime("at"), 150, "2026-12-31 23:59"),
        Column(
            QT_TRANSLATE_NOOP("Specs", "Agreement"),
            _ref("agreement_id", CheckInAgreement, agreement_title, ""),
            240,
        ),
        Column(QT_TRANSLATE_NOOP("Specs", "Note"), _attr("note"), 260),
    ),
)

PROXY = KindSpec(
    kind=SuspectedProxy,
    source_name=QT_TRANSLATE_NOOP("Specs", "Suspected proxy"),
    source_list=QT_TRANSLATE_NOOP("Specs", "Suspected proxies"),
    source_new=QT_TRANSLATE_NOOP("Specs", "New suspected proxy"),
    source_edit=QT_TRANSLATE_NOOP("Specs", "Edit suspected proxy"),
    source_remove=QT_TRANSLATE_NOOP("Specs", "Remove this suspected proxy?"),
    title=proxy_title,
    fields=editor_fields(SuspectedProxy),
    columns=(
        Column(QT_TRANSLATE_NOOP("Specs", "Name"), _attr("name", 60), 180),
        Column(
            field_of(SuspectedProxy, "connection_to_him").label,
            _attr("connection_to_him", 60),
            180,
            voiced=field_of(SuspectedProxy, "connection_to_him").voiced_label,
        ),
        Column(QT_TRANSLATE_NOOP("Specs", "What they do"), _enums("behaviours"), 200),
        Column(QT_TRANSLATE_NOOP("Specs", "Knowing?"), _attr("awareness"), 110),
        Column(QT_TRANSLATE_NOOP("Specs", "My decision"), _attr("decision"), 160),
    ),
)

CONTACT_LOG = KindSpec(
    kind=ContactLogEntry,
    source_name=QT_TRANSLATE_NOOP("Specs", "Contact log entry"),
    source_list=QT_TRANSLATE_NOOP("Specs", "Contact log entries"),
    source_new=QT_TRANSLATE_NOOP("Specs", "New contact log entry"),
    source_edit=QT_TRANSLATE_NOOP("Specs", "Edit contact log entry"),
    source_remove=QT_TRANSLATE_NOOP("Specs", "Remove this contact log entry?"),
    title=log_title,
    movable=False,
    fields=editor_fields(ContactLogEntry),
    columns=(
        Column(
            QT_TRANSLATE_NOOP("Specs", "When"), _datetime("occurred_at"), 140, "2026-12-31 23:59"
        ),
        Column(
            QT_TRANSLATE_NOOP("Specs", "Who"),
            _ref("proxy_id", SuspectedProxy, proxy_title, THEM),
            140,
        ),
        Column(QT_TRANSLATE_NOOP("Specs", "Channel"), _attr("channel"), 120),
        Column(QT_TRANSLATE_NOOP("Specs", "What happened"), _attr("what_happened"), 240),
        Column(QT_TRANSLATE_NOOP("Specs", "My response"), _attr("response"), 160),
        Column(
            QT_TRANSLATE_NOOP("Specs", "Allowed by"),
            _ref(
                "obligation_id",
                MandatedObligation,
                obligation_title,
                QT_TRANSLATE_NOOP("Specs", "Not mandated"),
            ),
            180,
        ),
        Column(QT_TRANSLATE_NOOP("Specs", "Inside the order?"), _compliance, 200),
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
