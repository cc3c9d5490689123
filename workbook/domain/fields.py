"""The field registry: one description of every field of every record, read by everything else.

For each kind of record (each dataclass of domain/model.py, the user's own statements and the
plan's own facts) and each of its fields, in the order the form and the PDF show them: the
label and help text a person reads, the widget that edits it, the longest text it takes, the
choices or the kind of record it points at, whether the completeness hints look at it, and
which exports may show it (`Reader`, PRODUCT.md §4). The shape follows Calibre's
`field_metadata.py`: one plain table that the editor, validation, the PDF, completeness, the
SQL summary, the docs and the test data all read, so a field is described once.

Adding a field to a kind is: the model line, a migration step, and an entry here;
tests/test_field_contract.py then names whatever else is still missing.

Labels and help texts are English source texts marked for Qt's `lupdate` with
`QT_TRANSLATE_NOOP`, one translation context per kind (the kind's class name); read them
translated through `Field.text_label` / `Field.text_help` / `Field.text_none`. A label or help
text that speaks of the other person is declared as a `Voiced` variant set
(`voiced_label=`, `voiced_help=`, `voiced_none=`; domain/other_person.py): each variant is
its own source text, and the text shown follows the plan's choice of him / her / them / a
name. Its `label` (`help`, `none_label`) then holds the neutral variant's English words.
Plain data: no Qt, no storage.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from workbook.domain.i18n import QT_TRANSLATE_NOOP, plural, tr
from workbook.domain.model import (
    AboutMe,
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
    OtherPerson,
    PersonalStatements,
    Plan,
    ProxyBehaviour,
    ProxyDecision,
    ReportedTo,
    ResponseKind,
    Situation,
    SuspectedProxy,
    TopicFit,
    TrustedContact,
)
from workbook.domain.other_person import NAME_LIMIT, THEM_DIRECTLY, Voice, Voiced


class Widget(StrEnum):
    """How a field is edited (and so what kind of value it holds)."""

    LINE = "line"  # one line of text
    TEXT = "text"  # a paragraph: several lines of text
    ENUM = "enum"  # one choice
    FLAGS = "flags"  # any number of choices
    BOOL = "bool"
    DATE = "date"  # optional date
    DATETIME = "datetime"
    INT = "int"
    LINES = "lines"  # list of short texts (phone numbers)
    STEPS = "steps"  # ordered list of texts
    REF = "ref"  # one other record, or none
    REFS = "refs"  # ordered list of other records
    SCHEDULE = "schedule"  # a structured schedule (domain/schedule.py), or none
    NONE = "none"  # kept by the program, never edited by hand (an internal key, a timestamp)


# The widget kinds by their short names, as the editor has always spelt them.
LINE = Widget.LINE
TEXT = Widget.TEXT
ENUM = Widget.ENUM
FLAGS = Widget.FLAGS
BOOL = Widget.BOOL
DATE = Widget.DATE
DATETIME = Widget.DATETIME
INT = Widget.INT
LINES = Widget.LINES
STEPS = Widget.STEPS
REF = Widget.REF
REFS = Widget.REFS
SCHEDULE = Widget.SCHEDULE

TEXT_WIDGETS = frozenset({LINE, TEXT})
TEXT_LIST_WIDGETS = frozenset({LINES, STEPS})


class Size(StrEnum):
    """How much room a text takes on a form: one line, or a paragraph."""

    LINE = "line"
    PARAGRAPH = "paragraph"


class Reader(StrEnum):
    """Who an export is made for (PRODUCT.md §4)."""

    PLAN = "plan"  # the user: everything
    LAWYER = "lawyer"  # lawyer or advocate
    COURT = "court"  # filing with a court: the other side's lawyer reads it too
    PARTNER = "partner"  # the card for one check-in partner


# Generous enough for any note a person writes; stops a pasted file from bloating the plan.
MAX_TEXT = 100_000
# Names, reference numbers, code words and other one-line answers.
MAX_SHORT = 500

EVERYONE = frozenset(Reader)
MINE = frozenset({Reader.PLAN})
# Lawyer: mandated contact, the contact log, proxies, boundaries; never code words, check-in
# arrangements, safe places or what to take.
LAWYER = frozenset({Reader.PLAN, Reader.LAWYER})
# Court: mandated contact and the contact log; never an address or a safe place, trusted
# contacts' details (their names reduced to their role), code words, check-ins, backup plans
# or proxies' notes.
LAWYER_AND_COURT = frozenset({Reader.PLAN, Reader.LAWYER, Reader.COURT})
# The card for a check-in partner: that partner's agreement (and the "about me" details).
PARTNER = frozenset({Reader.PLAN, Reader.PARTNER})


@dataclass(frozen=True)
class Field:
    """One field of one kind of record. `label` and `help` are English source texts."""

    name: str
    label: str
    widget: Widget
    help: str = ""
    readers: frozenset[Reader] = MINE
    limit: int = 0  # most characters of the text (of each text in a list); 0: not text
    enum: type[StrEnum] | None = None  # ENUM / FLAGS: the choices
    target: type[Any] | None = None  # REF / REFS: the kind of record pointed at
    none_label: str = ""  # REF: what "none chosen" means here
    item_word: str = "entry"  # LINES / STEPS / REFS: one item ("step", "phone number")
    minimum: int = 0  # INT: the range the editor offers
    maximum: int = 0
    unit: str = ""  # INT: the value with its unit, "%n minutes" (a plural, Qt's numerus forms)
    unit_one: str = ""  # INT: the same in English for one, "%n minute"
    # Texts that speak of the other person, in each variant (domain/other_person.py); the
    # plain `label` / `help` / `none_label` then hold the neutral variant.
    voiced_label: Voiced | None = None
    voiced_help: Voiced | None = None
    voiced_none: Voiced | None = None
    kind: type[Any] = object  # set by _kind(): the dataclass this field belongs to

    @property
    def context(self) -> str:
        """The translation context of this field's texts: its kind's class name."""
        return self.kind.__name__

    @property
    def text_label(self) -> str:
        if self.voiced_label is not None:
            return self.voiced_label.text()
        return tr(self.context, self.label)

    @property
    def text_help(self) -> str:
        if self.voiced_help is not None:
            return self.voiced_help.text()
        return tr(self.context, self.help) if self.help else ""

    @property
    def text_none(self) -> str:
        if self.voiced_none is not None:
            return self.voiced_none.text()
        return tr(self.context, self.none_label) if self.none_label else ""

    def text_unit(self, value: int) -> str:
        """The value with its unit, in the plural form the value needs ("1 minute")."""
        if not self.unit:
            return str(value)
        return plural(self.context, self.unit, value, self.unit_one or self.unit)

    @property
    def size(self) -> Size:
        return Size.PARAGRAPH if self.widget in (TEXT, STEPS) else Size.LINE

    @property
    def editable(self) -> bool:
        return self.widget is not Widget.NONE

    @property
    def is_text(self) -> bool:
        """A text, or a list of texts, whose length `limit` bounds."""
        return self.widget in TEXT_WIDGETS or self.widget in TEXT_LIST_WIDGETS

    @property
    def counts_for_completeness(self) -> bool:
        return any(self.name in need.fields for need in needs_of(self.kind))

    def visible_to(self, reader: Reader) -> bool:
        return reader in self.readers


def _kind(kind: type[Any], *entries: Field) -> tuple[Field, ...]:
    return tuple(replace(entry, kind=kind) for entry in entries)


def _text(name: str, label: str, help: str = "", **kw: Any) -> Field:
    return Field(name, label, TEXT, help, limit=MAX_TEXT, **kw)


def _line(name: str, label: str, help: str = "", **kw: Any) -> Field:
    return Field(name, label, LINE, help, limit=MAX_SHORT, **kw)


# Labels and help texts that speak of the other person, in each variant.
_HEAR_VOICE = Voiced(
    "PersonalStatements",
    QT_TRANSLATE_NOOP(
        "PersonalStatements", "What you say if you ever hear his voice, before you hang up.", "he"
    ),
    QT_TRANSLATE_NOOP(
        "PersonalStatements", "What you say if you ever hear her voice, before you hang up.", "she"
    ),
    QT_TRANSLATE_NOOP(
        "PersonalStatements",
        "What you say if you ever hear the other person's voice, before you hang up.",
        "they",
    ),
    QT_TRANSLATE_NOOP(
        "PersonalStatements",
        "What you say if you ever hear {name}'s voice, before you hang up.",
        "name",
    ),
)
_REQUESTS_FROM = Voiced(
    "PersonalStatements",
    QT_TRANSLATE_NOOP(
        "PersonalStatements", "For friends or family who bring requests from him.", "he"
    ),
    QT_TRANSLATE_NOOP(
        "PersonalStatements", "For friends or family who bring requests from her.", "she"
    ),
    QT_TRANSLATE_NOOP(
        "PersonalStatements",
        "For friends or family who bring requests from the other person.",
        "they",
    ),
    QT_TRANSLATE_NOOP(
        "PersonalStatements", "For friends or family who bring requests from {name}.", "name"
    ),
)
_GIFTS_BACK = Voiced(
    "PersonalStatements",
    QT_TRANSLATE_NOOP(
        "PersonalStatements", "For example: unopened, by post to his lawyer, with no note.", "he"
    ),
    QT_TRANSLATE_NOOP(
        "PersonalStatements", "For example: unopened, by post to her lawyer, with no note.", "she"
    ),
    QT_TRANSLATE_NOOP(
        "PersonalStatements",
        "For example: unopened, by post to their lawyer, with no note.",
        "they",
    ),
    QT_TRANSLATE_NOOP(
        "PersonalStatements",
        "For example: unopened, by post to {name}'s lawyer, with no note.",
        "name",
    ),
)
_CONNECTION_TO = Voiced(
    "SuspectedProxy",
    QT_TRANSLATE_NOOP("SuspectedProxy", "Connection to him", "he"),
    QT_TRANSLATE_NOOP("SuspectedProxy", "Connection to her", "she"),
    QT_TRANSLATE_NOOP("SuspectedProxy", "Connection to the other person", "they"),
    QT_TRANSLATE_NOOP("SuspectedProxy", "Connection to {name}", "name"),
)
_WHO_HELP = Voiced(
    "ContactLogEntry",
    QT_TRANSLATE_NOOP("ContactLogEntry", "Him directly, or one of the suspected proxies.", "he"),
    QT_TRANSLATE_NOOP("ContactLogEntry", "Her directly, or one of the suspected proxies.", "she"),
    QT_TRANSLATE_NOOP(
        "ContactLogEntry", "The other person directly, or one of the suspected proxies.", "they"
    ),
    QT_TRANSLATE_NOOP(
        "ContactLogEntry", "{name} directly, or one of the suspected proxies.", "name"
    ),
)

REGISTRY: dict[type[Any], tuple[Field, ...]] = {
    MandatedObligation: _kind(
        MandatedObligation,
        Field(
            "mandated_by",
            QT_TRANSLATE_NOOP("MandatedObligation", "Who mandated it"),
            ENUM,
            enum=Mandator,
            readers=LAWYER_AND_COURT,
        ),
        _line(
            "mandated_by_name",
            QT_TRANSLATE_NOOP("MandatedObligation", "Name of the court or person"),
            QT_TRANSLATE_NOOP(
                "MandatedObligation", "For example the name of the court, counselor or mediator."
            ),
            readers=LAWYER_AND_COURT,
        ),
        _line(
            "reference",
            QT_TRANSLATE_NOOP("MandatedObligation", "Reference or case number"),
            readers=LAWYER_AND_COURT,
        ),
        _text(
            "requirement",
            QT_TRANSLATE_NOOP("MandatedObligation", "What exactly is required"),
            QT_TRANSLATE_NOOP(
                "MandatedObligation",
                "Write it as the order says it: exactly this much, never less, never more.",
            ),
            readers=LAWYER_AND_COURT,
        ),
        _text(
            "schedule",
            QT_TRANSLATE_NOOP("MandatedObligation", "When and how often"),
            readers=LAWYER_AND_COURT,
        ),
        Field(
            "timetable",
            QT_TRANSLATE_NOOP("MandatedObligation", "Days and times"),
            SCHEDULE,
            QT_TRANSLATE_NOOP(
                "MandatedObligation",
                "As the order sets them; contacts in the log are compared with these.",
            ),
            readers=LAWYER_AND_COURT,
        ),
        # A place can be an address: never in the court's copy.
        Field(
            "location",
            QT_TRANSLATE_NOOP("MandatedObligation", "Where"),
            LINE,
            limit=MAX_TEXT,
            readers=LAWYER,
        ),
        Field(
            "channel",
            QT_TRANSLATE_NOOP("MandatedObligation", "How the contact happens"),
            ENUM,
            enum=MandateChannel,
            readers=LAWYER_AND_COURT,
        ),
        _text(
            "topics_allowed",
            QT_TRANSLATE_NOOP("MandatedObligation", "Topics allowed"),
            QT_TRANSLATE_NOOP("MandatedObligation", "For example: the children's logistics only."),
            readers=LAWYER_AND_COURT,
        ),
        Field(
            "handled_by_id",
            QT_TRANSLATE_NOOP("MandatedObligation", "Handled by"),
            REF,
            QT_TRANSLATE_NOOP(
                "MandatedObligation",
                "The professional or trusted contact who handles this contact for you.",
            ),
            target=TrustedContact,
            none_label=QT_TRANSLATE_NOOP("MandatedObligation", "Nobody yet"),
            readers=LAWYER_AND_COURT,
        ),
        Field(
            "start_date",
            QT_TRANSLATE_NOOP("MandatedObligation", "Start date"),
            DATE,
            readers=LAWYER_AND_COURT,
        ),
        Field(
            "end_date",
            QT_TRANSLATE_NOOP("MandatedObligation", "End date"),
            DATE,
            readers=LAWYER_AND_COURT,
        ),
        Field(
            "review_date",
            QT_TRANSLATE_NOOP("MandatedObligation", "Review date"),
            DATE,
            readers=LAWYER_AND_COURT,
        ),
        # Free-text notes can name trusted contacts and places: never in the court's copy.
        _text("notes", QT_TRANSLATE_NOOP("MandatedObligation", "Notes"), readers=LAWYER),
    ),
    BoundaryCommitment: _kind(
        BoundaryCommitment,
        _text(
            "text",
            QT_TRANSLATE_NOOP("BoundaryCommitment", "The commitment in my words"),
            QT_TRANSLATE_NOOP("BoundaryCommitment", "Rewrite it until it sounds like you."),
            readers=LAWYER,
        ),
        Field(
            "status",
            QT_TRANSLATE_NOOP("BoundaryCommitment", "My decision"),
            ENUM,
            enum=CommitmentStatus,
            readers=LAWYER,
        ),
        # Which of Workbook's suggestions this commitment started from: never shown.
        Field(
            "suggestion_key",
            QT_TRANSLATE_NOOP("BoundaryCommitment", "Suggestion it started from"),
            Widget.NONE,
            readers=frozenset(),
            limit=64,
        ),
        _text("notes", QT_TRANSLATE_NOOP("BoundaryCommitment", "Notes"), readers=LAWYER),
    ),
    PersonalStatements: _kind(
        PersonalStatements,
        _text(
            "firm_sentence",
            QT_TRANSLATE_NOOP("PersonalStatements", "My firm sentence"),
            _HEAR_VOICE.they,
            voiced_help=_HEAR_VOICE,
            readers=LAWYER,
        ),
        _text(
            "third_party_reply",
            QT_TRANSLATE_NOOP("PersonalStatements", "What I say to people who pass on messages"),
            _REQUESTS_FROM.they,
            voiced_help=_REQUESTS_FROM,
            readers=LAWYER,
        ),
        _text(
            "gift_return",
            QT_TRANSLATE_NOOP("PersonalStatements", "How I return gifts"),
            _GIFTS_BACK.they,
            voiced_help=_GIFTS_BACK,
            readers=LAWYER,
        ),
    ),
    # The person's own details (Welcome page): for their own plan and their partners' cards.
    AboutMe: _kind(
        AboutMe,
        _line(
            "name",
            QT_TRANSLATE_NOOP("AboutMe", "My name"),
            QT_TRANSLATE_NOOP(
                "AboutMe", "As your check-in partners know you; they may need it to call for help."
            ),
            readers=PARTNER,
        ),
        Field(
            "phone",
            QT_TRANSLATE_NOOP("AboutMe", "My phone"),
            LINE,
            QT_TRANSLATE_NOOP("AboutMe", "The number your check-in partners call."),
            readers=PARTNER,
            limit=40,
        ),
        Field(
            "whereabouts",
            QT_TRANSLATE_NOOP("AboutMe", "Where I live or stay"),
            TEXT,
            QT_TRANSLATE_NOOP(
                "AboutMe",
                "The address your check-in partners would give the police. It is shown only "
                "in your own plan and on the partners' cards.",
            ),
            readers=PARTNER,
            limit=2_000,
        ),
    ),
    TrustedContact: _kind(
        TrustedContact,
        _line(
            "name",
            QT_TRANSLATE_NOOP("TrustedContact", "Name"),
            QT_TRANSLATE_NOOP("TrustedContact", "A nickname or initials are fine."),
        ),
        _line("relationship", QT_TRANSLATE_NOOP("TrustedContact", "Relationship to me")),
        Field("roles", QT_TRANSLATE_NOOP("TrustedContact", "Roles"), FLAGS, enum=ContactRole),
        Field(
            "phones",
            QT_TRANSLATE_NOOP("TrustedContact", "Phone numbers"),
            LINES,
            QT_TRANSLATE_NOOP("TrustedContact", "One number per line."),
            limit=40,
            item_word=QT_TRANSLATE_NOOP("TrustedContact", "phone number"),
        ),
        Field("email", QT_TRANSLATE_NOOP("TrustedContact", "Email"), LINE, limit=254),
        Field("knows_situation", QT_TRANSLATE_NOOP("TrustedContact", "Knows my situation"), BOOL),
        # The word agreed with this person: their own card may carry it, nobody else's.
        _line(
            "code_word",
            QT_TRANSLATE_NOOP("TrustedContact", "Code word"),
            QT_TRANSLATE_NOOP("TrustedContact", "A word you agreed on that means you need help."),
            readers=PARTNER,
        ),
        _line("best_times", QT_TRANSLATE_NOOP("TrustedContact", "Best times to reach")),
        _text("notes", QT_TRANSLATE_NOOP("TrustedContact", "Notes")),
    ),
    BackupPlan: _kind(
        BackupPlan,
        Field("situation", QT_TRANSLATE_NOOP("BackupPlan", "Situation"), ENUM, enum=Situation),
        _line(
            "title",
            QT_TRANSLATE_NOOP("BackupPlan", "In my words"),
            QT_TRANSLATE_NOOP("BackupPlan", "Needed for your own situation; optional otherwise."),
        ),
        _text("warning_signs", QT_TRANSLATE_NOOP("BackupPlan", "Warning signs")),
        Field(
            "steps",
            QT_TRANSLATE_NOOP("BackupPlan", "Steps, in order"),
            STEPS,
            limit=MAX_TEXT,
            item_word=QT_TRANSLATE_NOOP("BackupPlan", "step"),
        ),
        Field(
            "contact_ids",
            QT_TRANSLATE_NOOP("BackupPlan", "People to call, in order"),
            REFS,
            target=TrustedContact,
            item_word=QT_TRANSLATE_NOOP("BackupPlan", "contact"),
        ),
        _text("safe_places", QT_TRANSLATE_NOOP("BackupPlan", "Safe places")),
        _text("what_to_take", QT_TRANSLATE_NOOP("BackupPlan", "What to take")),
        _text("emergency_numbers", QT_TRANSLATE_NOOP("BackupPlan", "Emergency numbers")),
        _text("protective_order", QT_TRANSLATE_NOOP("BackupPlan", "Protective-order details")),
    ),
    CheckInAgreement: _kind(
        CheckInAgreement,
        Field(
            "partner_id",
            QT_TRANSLATE_NOOP("CheckInAgreement", "Check-in partner"),
            REF,
            target=TrustedContact,
            none_label=QT_TRANSLATE_NOOP("CheckInAgreement", "Nobody yet"),
            readers=PARTNER,
        ),
        _text(
            "schedule",
            QT_TRANSLATE_NOOP("CheckInAgreement", "When"),
            QT_TRANSLATE_NOOP(
                "CheckInAgreement",
                "Daily times, or before and after a named event such as a handover.",
            ),
            readers=PARTNER,
        ),
        # The same, structured: what the partner card, the calendar and reminders use.
        Field(
            "timetable",
            QT_TRANSLATE_NOOP("CheckInAgreement", "Check-in times"),
            SCHEDULE,
            QT_TRANSLATE_NOOP(
                "CheckInAgreement",
                "Days and times, or before and after a mandated contact.",
            ),
            target=MandatedObligation,  # may be scheduled around one
            readers=PARTNER,
        ),
        Field(
            "around_obligation_id",
            QT_TRANSLATE_NOOP("CheckInAgreement", "Around this mandated contact"),
            REF,
            QT_TRANSLATE_NOOP(
                "CheckInAgreement",
                "For check-ins before and after a mandated contact, such as a handover.",
            ),
            target=MandatedObligation,
            none_label=QT_TRANSLATE_NOOP("CheckInAgreement", "None"),
            readers=PARTNER,
        ),
        Field(
            "method",
            QT_TRANSLATE_NOOP("CheckInAgreement", "How"),
            ENUM,
            enum=CheckInMethod,
            readers=PARTNER,
        ),
        Field(
            "grace_minutes",
            QT_TRANSLATE_NOOP("CheckInAgreement", "Grace period"),
            INT,
            QT_TRANSLATE_NOOP("CheckInAgreement", "How long your partner waits before acting."),
            minimum=0,
            maximum=10_081,
            unit=QT_TRANSLATE_NOOP("CheckInAgreement", "%n minutes", "", 0),
            unit_one="%n minute",
            readers=PARTNER,
        ),
        Field(
            "escalation_steps",
            QT_TRANSLATE_NOOP("CheckInAgreement", "If I miss a check-in, my partner…"),
            STEPS,
            QT_TRANSLATE_NOOP("CheckInAgreement", "Step by step, in order."),
            limit=MAX_TEXT,
            item_word=QT_TRANSLATE_NOOP("CheckInAgreement", "step"),
            readers=PARTNER,
        ),
        _line(
            "danger_code_word",
            QT_TRANSLATE_NOOP("CheckInAgreement", "Code word for “I am not safe”"),
            readers=PARTNER,
        ),
        _text("notes", QT_TRANSLATE_NOOP("CheckInAgreement", "Notes")),
    ),
    CheckInLogEntry: _kind(
        CheckInLogEntry,
        Field("at", QT_TRANSLATE_NOOP("CheckInLogEntry", "When"), DATETIME),
        Field(
            "agreement_id",
            QT_TRANSLATE_NOOP("CheckInLogEntry", "Agreement"),
            REF,
            target=CheckInAgreement,
            none_label=QT_TRANSLATE_NOOP("CheckInLogEntry", "No particular agreement"),
        ),
        _text("note", QT_TRANSLATE_NOOP("CheckInLogEntry", "Note")),
        Field(
            "missed",
            QT_TRANSLATE_NOOP("CheckInLogEntry", "Missed"),
            BOOL,
            QT_TRANSLATE_NOOP(
                "CheckInLogEntry", "Workbook marks a check-in that did not happen in time."
            ),
        ),
    ),
    SuspectedProxy: _kind(
        SuspectedProxy,
        # The court's copy of the log says through whom a contact came.
        _line(
            "name",
            QT_TRANSLATE_NOOP("SuspectedProxy", "Name"),
            QT_TRANSLATE_NOOP("SuspectedProxy", "A nickname or initials are fine."),
            readers=LAWYER_AND_COURT,
        ),
        _line(
            "connection_to_him",
            _CONNECTION_TO.they,
            voiced_label=_CONNECTION_TO,
            readers=LAWYER,
        ),
        _line(
            "connection_to_me",
            QT_TRANSLATE_NOOP("SuspectedProxy", "Connection to me"),
            readers=LAWYER,
        ),
        Field(
            "behaviours",
            QT_TRANSLATE_NOOP("SuspectedProxy", "What they do"),
            FLAGS,
            enum=ProxyBehaviour,
            readers=LAWYER,
        ),
        _text(
            "what_they_did",
            QT_TRANSLATE_NOOP("SuspectedProxy", "What they did, in my words"),
            readers=LAWYER,
        ),
        _text(
            "dates_and_evidence",
            QT_TRANSLATE_NOOP("SuspectedProxy", "Dates and evidence"),
            readers=LAWYER,
        ),
        Field(
            "awareness",
            QT_TRANSLATE_NOOP("SuspectedProxy", "Knowing or unwitting"),
            ENUM,
            enum=Awareness,
            readers=LAWYER,
        ),
        Field(
            "decision",
            QT_TRANSLATE_NOOP("SuspectedProxy", "My decision"),
            ENUM,
            enum=ProxyDecision,
            readers=LAWYER,
        ),
        Field("done_on", QT_TRANSLATE_NOOP("SuspectedProxy", "Done on"), DATE, readers=LAWYER),
        _text("notes", QT_TRANSLATE_NOOP("SuspectedProxy", "Notes"), readers=LAWYER),
    ),
    ContactLogEntry: _kind(
        ContactLogEntry,
        Field(
            "occurred_at",
            QT_TRANSLATE_NOOP("ContactLogEntry", "When"),
            DATETIME,
            readers=LAWYER_AND_COURT,
        ),
        # Set by the app when the entry is written, never typed (docs/record.md).
        Field(
            "recorded_at",
            QT_TRANSLATE_NOOP("ContactLogEntry", "Written down"),
            Widget.NONE,
            readers=LAWYER_AND_COURT,
        ),
        Field(
            "recorded_before_log",
            QT_TRANSLATE_NOOP("ContactLogEntry", "Written before this record was kept"),
            Widget.NONE,
            readers=LAWYER_AND_COURT,
        ),
        Field(
            "corrects_id",
            QT_TRANSLATE_NOOP("ContactLogEntry", "Corrects"),
            Widget.NONE,
            target=ContactLogEntry,
            readers=LAWYER_AND_COURT,
        ),
        # Typed only when correcting or withdrawing an entry (ui/page_contact_log.py).
        Field(
            "correction_note",
            QT_TRANSLATE_NOOP("ContactLogEntry", "What changed and why"),
            Widget.NONE,
            QT_TRANSLATE_NOOP(
                "ContactLogEntry",
                "Optional. The earlier version stays in the record; this note is kept with "
                "the correction.",
            ),
            limit=MAX_TEXT,
            readers=LAWYER_AND_COURT,
        ),
        Field(
            "withdrawn_reason",
            QT_TRANSLATE_NOOP("ContactLogEntry", "Why it was withdrawn"),
            Widget.NONE,
            limit=MAX_TEXT,
            readers=LAWYER_AND_COURT,
        ),
        Field(
            "attachment_hashes",
            QT_TRANSLATE_NOOP("ContactLogEntry", "Evidence files (SHA-256)"),
            Widget.NONE,
            readers=LAWYER_AND_COURT,
        ),
        Field(
            "previous_hash",
            QT_TRANSLATE_NOOP("ContactLogEntry", "Hash of the entry before"),
            Widget.NONE,
            readers=LAWYER_AND_COURT,
        ),
        Field(
            "entry_hash",
            QT_TRANSLATE_NOOP("ContactLogEntry", "Hash"),
            Widget.NONE,
            readers=LAWYER_AND_COURT,
        ),
        Field(
            "proxy_id",
            QT_TRANSLATE_NOOP("ContactLogEntry", "Who"),
            REF,
            _WHO_HELP.they,
            target=SuspectedProxy,
            none_label=THEM_DIRECTLY.they,
            voiced_help=_WHO_HELP,
            voiced_none=THEM_DIRECTLY,
            readers=LAWYER_AND_COURT,
        ),
        Field(
            "channel",
            QT_TRANSLATE_NOOP("ContactLogEntry", "Channel"),
            ENUM,
            enum=ContactChannel,
            readers=LAWYER_AND_COURT,
        ),
        _text(
            "what_happened",
            QT_TRANSLATE_NOOP("ContactLogEntry", "What was said or done"),
            readers=LAWYER_AND_COURT,
        ),
        _text(
            "exact_words",
            QT_TRANSLATE_NOOP("ContactLogEntry", "Exact words"),
            QT_TRANSLATE_NOOP(
                "ContactLogEntry",
                "What was said or written, word for word, as far as you remember it.",
            ),
            readers=LAWYER_AND_COURT,
        ),
        _text(
            "witnesses",
            QT_TRANSLATE_NOOP("ContactLogEntry", "Witnesses"),
            QT_TRANSLATE_NOOP("ContactLogEntry", "Who else saw or heard it."),
            readers=LAWYER_AND_COURT,
        ),
        Field(
            "response",
            QT_TRANSLATE_NOOP("ContactLogEntry", "How I responded"),
            ENUM,
            enum=ResponseKind,
            readers=LAWYER_AND_COURT,
        ),
        _text(
            "response_detail",
            QT_TRANSLATE_NOOP("ContactLogEntry", "My response in detail"),
            readers=LAWYER_AND_COURT,
        ),
        Field(
            "reported_to",
            QT_TRANSLATE_NOOP("ContactLogEntry", "Reported to"),
            FLAGS,
            enum=ReportedTo,
            readers=LAWYER_AND_COURT,
        ),
        _line(
            "report_reference",
            QT_TRANSLATE_NOOP("ContactLogEntry", "Report reference"),
            QT_TRANSLATE_NOOP(
                "ContactLogEntry",
                "For example the police incident number, or whom you told and when.",
            ),
            readers=LAWYER_AND_COURT,
        ),
        _line(
            "evidence_ref",
            QT_TRANSLATE_NOOP("ContactLogEntry", "Evidence"),
            QT_TRANSLATE_NOOP(
                "ContactLogEntry", "Where the screenshot, letter or witness can be found."
            ),
            readers=LAWYER_AND_COURT,
        ),
        Field(
            "obligation_id",
            QT_TRANSLATE_NOOP("ContactLogEntry", "Allowed by"),
            REF,
            QT_TRANSLATE_NOOP(
                "ContactLogEntry", "The order that allowed this contact, or “not mandated”."
            ),
            target=MandatedObligation,
            none_label=QT_TRANSLATE_NOOP("ContactLogEntry", "Not mandated"),
            readers=LAWYER_AND_COURT,
        ),
        Field(
            "topic_within",
            QT_TRANSLATE_NOOP("ContactLogEntry", "Topic within what the order allows"),
            ENUM,
            QT_TRANSLATE_NOOP(
                "ContactLogEntry",
                "Whether what it was about stayed within the topics the order allows.",
            ),
            enum=TopicFit,
            readers=LAWYER_AND_COURT,
        ),
    ),
    # The plan's own facts (its records are the kinds above).
    Plan: _kind(
        Plan,
        Field(
            "created_at", QT_TRANSLATE_NOOP("Plan", "Plan started"), Widget.NONE, readers=EVERYONE
        ),
        Field("next_review", QT_TRANSLATE_NOOP("Plan", "Next review"), DATE),
        Field(
            "section_changed",
            QT_TRANSLATE_NOOP("Plan", "Last changed"),
            Widget.NONE,
            readers=EVERYONE,
        ),
        # How the workbook speaks of the other person (Welcome page): the choice itself is
        # never printed; the texts that speak of them use it, in every export.
        Field(
            "other_person",
            QT_TRANSLATE_NOOP("Plan", "How Workbook speaks of the other person"),
            ENUM,
            enum=OtherPerson,
            readers=frozenset(),
        ),
        # The chosen name appears wherever a text speaks of the other person, in the person's
        # own plan and the lawyer's copy; the court's copy and the partner card speak of them
        # neutrally instead (`voice_for`).
        Field(
            "other_person_name",
            QT_TRANSLATE_NOOP("Plan", "The name to use"),
            LINE,
            QT_TRANSLATE_NOOP(
                "Plan", "A first name, a nickname or an initial: whatever feels right to you."
            ),
            limit=NAME_LIMIT,
            readers=LAWYER,
        ),
    ),
}

# Attributes of a kind that are not fields: every record's id, and the plan's lists of records.
NOT_FIELDS: dict[type[Any], frozenset[str]] = {
    kind: frozenset({"id"}) for kind in REGISTRY if kind not in (Plan, PersonalStatements, AboutMe)
}
NOT_FIELDS[Plan] = frozenset(
    {
        "obligations",
        "commitments",
        "statements",
        "about_me",
        "contacts",
        "backup_plans",
        "checkin_agreements",
        "checkin_log",
        "proxies",
        "contact_log",
        "attachments",
    }
)
NOT_FIELDS[PersonalStatements] = frozenset()
NOT_FIELDS[AboutMe] = frozenset()

_BY_NAME: dict[type[Any], dict[str, Field]] = {
    kind: {entry.name: entry for entry in entries} for kind, entries in REGISTRY.items()
}


def kinds() -> tuple[type[Any], ...]:
    """Every kind the registry describes, records in wizard order, then the plan itself."""
    return tuple(REGISTRY)


def fields_of(kind: type[Any]) -> tuple[Field, ...]:
    """The fields of `kind`, in the order the form and the PDF show them."""
    return REGISTRY[kind]


def field_of(kind: type[Any], name: str) -> Field:
    """The field `name` of `kind`; KeyError names both when there is none."""
    try:
        return _BY_NAME[kind][name]
    except KeyError:
        raise KeyError(f"{kind.__name__}.{name} is not in the field registry") from None


def visible_fields(kind: type[Any], reader: Reader) -> tuple[Field, ...]:
    """The fields of `kind` an export for `reader` may show, in order."""
    return tuple(entry for entry in REGISTRY[kind] if reader in entry.readers)


def text_fields(kind: type[Any]) -> tuple[Field, ...]:
    """The fields of `kind` that hold text (or lists of texts) with a length limit."""
    return tuple(entry for entry in REGISTRY[kind] if entry.is_text and entry.limit)


# --- What the completeness hints ask of the fields -----------------------------------------


class Check(StrEnum):
    """What a completeness rule looks for in a record's field(s)."""

    ANY = "any"  # holds for every record: "no backup plan yet" counts the records
    BLANK = "blank"  # empty once surrounding whitespace is ignored; an empty list; no choice
    FILLED = "filled"  # the opposite of BLANK
    IS = "is"  # the choice is `value`
    HAS = "has"  # the list of choices holds `value`


class Rule(StrEnum):
    EACH = "each"  # every record the test holds for misses something: "2 plans have no steps"
    SOME = "some"  # at least one record should pass the test: "no check-in partner yet"


@dataclass(frozen=True)
class Need:
    """One completeness hint about one kind of record.

    With EACH, the records `check` holds for are counted and, if there are any, `many` is shown
    in the plural form for the count (Qt's numerus forms, `%n` the count; `one` is its English
    form for one, as English has no translation installed). With SOME, the hint `one` is shown
    when no record passes `check`. With several `fields`, BLANK holds when all of them are blank."""

    kind: type[Any]
    fields: tuple[str, ...]
    check: Check
    rule: Rule
    one: str
    many: str = ""
    value: StrEnum | None = None

    @property
    def key(self) -> str:
        """A stable name for this need (its count in PlanFacts)."""
        value = f"={self.value.value}" if self.value is not None else ""
        return f"{self.kind.__name__}.{'+'.join(self.fields)}.{self.check.value}{value}"

    def message(self, count: int) -> str:
        context = self.kind.__name__
        if self.rule is Rule.SOME:
            return tr(context, self.one)
        return plural(context, self.many, count, self.one)


# The hints, in the order each section shows them.
NEEDS: tuple[Need, ...] = (
    Need(
        MandatedObligation,
        (),
        Check.ANY,
        Rule.SOME,
        QT_TRANSLATE_NOOP(
            "MandatedObligation",
            "no mandated contact written down yet (leave it empty if there is none)",
        ),
    ),
    Need(
        MandatedObligation,
        ("handled_by_id",),
        Check.BLANK,
        Rule.EACH,
        "%n obligation has nobody to handle it yet",  # English, for one
        QT_TRANSLATE_NOOP(
            "MandatedObligation", "%n obligations have nobody to handle them yet", "", 0
        ),
    ),
    Need(
        MandatedObligation,
        ("requirement",),
        Check.BLANK,
        Rule.EACH,
        "%n obligation does not say yet what exactly is required",  # English, for one
        QT_TRANSLATE_NOOP(
            "MandatedObligation", "%n obligations do not say yet what exactly is required", "", 0
        ),
    ),
    Need(
        BoundaryCommitment,
        ("status",),
        Check.IS,
        Rule.SOME,
        QT_TRANSLATE_NOOP("BoundaryCommitment", "no commitment adopted yet"),
        value=CommitmentStatus.ADOPTED,
    ),
    Need(
        BoundaryCommitment,
        ("status",),
        Check.IS,
        Rule.EACH,
        "%n suggested commitment not decided on yet",  # English, for one
        QT_TRANSLATE_NOOP(
            "BoundaryCommitment", "%n suggested commitments not decided on yet", "", 0
        ),
        value=CommitmentStatus.SUGGESTED,
    ),
    Need(
        PersonalStatements,
        ("firm_sentence",),
        Check.FILLED,
        Rule.SOME,
        QT_TRANSLATE_NOOP("PersonalStatements", "no firm sentence yet"),
    ),
    Need(
        PersonalStatements,
        ("third_party_reply",),
        Check.FILLED,
        Rule.SOME,
        QT_TRANSLATE_NOOP("PersonalStatements", "no reply for people who pass on messages yet"),
    ),
    Need(
        PersonalStatements,
        ("gift_return",),
        Check.FILLED,
        Rule.SOME,
        QT_TRANSLATE_NOOP("PersonalStatements", "no plan for returning gifts yet"),
    ),
    Need(
        TrustedContact,
        (),
        Check.ANY,
        Rule.SOME,
        QT_TRANSLATE_NOOP("TrustedContact", "no trusted contact yet"),
    ),
    Need(
        TrustedContact,
        ("roles",),
        Check.HAS,
        Rule.SOME,
        QT_TRANSLATE_NOOP("TrustedContact", "no check-in partner yet"),
        value=ContactRole.CHECK_IN_PARTNER,
    ),
    Need(
        TrustedContact,
        ("roles",),
        Check.HAS,
        Rule.SOME,
        QT_TRANSLATE_NOOP("TrustedContact", "no emergency contact yet"),
        value=ContactRole.EMERGENCY_CONTACT,
    ),
    Need(
        TrustedContact,
        ("phones", "email"),
        Check.BLANK,
        Rule.EACH,
        "%n contact has no phone number or email yet",  # English, for one
        QT_TRANSLATE_NOOP("TrustedContact", "%n contacts have no phone number or email yet", "", 0),
    ),
    Need(
        BackupPlan,
        (),
        Check.ANY,
        Rule.SOME,
        QT_TRANSLATE_NOOP("BackupPlan", "no backup plan yet"),
    ),
    Need(
        BackupPlan,
        ("steps",),
        Check.BLANK,
        Rule.EACH,
        "%n plan has no steps yet",  # English, for one
        QT_TRANSLATE_NOOP("BackupPlan", "%n plans have no steps yet", "", 0),
    ),
    Need(
        BackupPlan,
        ("contact_ids",),
        Check.BLANK,
        Rule.EACH,
        "%n plan has nobody to call yet",  # English, for one
        QT_TRANSLATE_NOOP("BackupPlan", "%n plans have nobody to call yet", "", 0),
    ),
    Need(
        CheckInAgreement,
        (),
        Check.ANY,
        Rule.SOME,
        QT_TRANSLATE_NOOP("CheckInAgreement", "no check-in agreement yet"),
    ),
    Need(
        CheckInAgreement,
        ("partner_id",),
        Check.FILLED,
        Rule.SOME,
        QT_TRANSLATE_NOOP("CheckInAgreement", "no check-in partner yet"),
    ),
    Need(
        CheckInAgreement,
        ("danger_code_word",),
        Check.BLANK,
        Rule.EACH,
        "%n agreement has no code word for “I am not safe” yet",  # English, for one
        QT_TRANSLATE_NOOP(
            "CheckInAgreement", "%n agreements have no code word for “I am not safe” yet", "", 0
        ),
    ),
    Need(
        CheckInAgreement,
        ("escalation_steps",),
        Check.BLANK,
        Rule.EACH,
        "%n agreement does not say yet what happens if you miss a check-in",  # English, for one
        QT_TRANSLATE_NOOP(
            "CheckInAgreement",
            "%n agreements do not say yet what happens if you miss a check-in",
            "",
            0,
        ),
    ),
    Need(
        SuspectedProxy,
        ("decision",),
        Check.IS,
        Rule.EACH,
        "%n person without a decision yet",  # English, for one
        QT_TRANSLATE_NOOP("SuspectedProxy", "%n people without a decision yet", "", 0),
        value=ProxyDecision.UNDECIDED,
    ),
)


def voice_for(plan: Plan, reader: Reader) -> Voice:
    """How an export for `reader` speaks of the other person: the plan's choice, but the
    chosen name only where the registry lets that reader see it (elsewhere: neutrally)."""
    voice = Voice.of(plan)
    if voice.choice is OtherPerson.NAME and not field_of(Plan, "other_person_name").visible_to(
        reader
    ):
        return Voice()
    return voice


def needs_of(kind: type[Any]) -> tuple[Need, ...]:
    return tuple(need for need in NEEDS if need.kind is kind)


def is_blank(value: object) -> bool:
    """BLANK as completeness means it: whitespace-only text, an empty list, no choice."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple | set | frozenset | dict):
        return not value
    return False


def need_holds(need: Need, record: object) -> bool:
    """Whether `need.check` holds for `record` (the same answer storage/summary.py counts)."""
    if need.check is Check.ANY:
        return True
    if need.check is Check.BLANK:
        return all(is_blank(getattr(record, name)) for name in need.fields)
    if need.check is Check.FILLED:
        return not all(is_blank(getattr(record, name)) for name in need.fields)
    value = getattr(record, need.fields[0])
    if need.check is Check.IS:
        return bool(value == need.value)
    return need.value in value


def _check() -> None:
    """The registry's own consistency, checked once at import (cheap, and a mistake here
    would otherwise surface as a wrong form or PDF)."""
    for kind, entries in REGISTRY.items():
        for entry in entries:
            where = f"{kind.__name__}.{entry.name}"
            if entry.widget in (ENUM, FLAGS) and entry.enum is None:
                raise AssertionError(f"{where}: a choice needs its enum")
            if entry.widget in (REF, REFS) and entry.target is None:
                raise AssertionError(f"{where}: a reference needs its target kind")
            if entry.is_text and not entry.limit:
                raise AssertionError(f"{where}: a text needs a length limit")
    for need in NEEDS:
        for name in need.fields:
            field_of(need.kind, name)


_check()
