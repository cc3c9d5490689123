"""A hostile plan: every text field filled with markup, entities, mixed scripts, right-to-left
text, a 100 kB note and a 10,000-character word. All fictional.

Every record is filled field by field from the field registry (`record`), so a new field is
in the hostile plan, and in the PDF test that reads it back, as soon as it is registered.

Every field's value starts with a unique tag `[Fnnn]` so that a test can find it in the
PDF exactly once. `FIELDS` lists (tag, value) in the order the PDF shows the sections'
records; `REFERENCED` holds the tags of values that the PDF also repeats where another
record points at them (a contact's name next to "Handled by", ...).

`python tests/hostile.py OUT.json` writes it in the plan format for `workbook import`.
"""

from __future__ import annotations

import sys
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from workbook.domain.fields import Field, Widget, fields_of
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
    PersonalStatements,
    Plan,
    ProxyBehaviour,
    ProxyDecision,
    ResponseKind,
    Section,
    Situation,
    SuspectedProxy,
    TrustedContact,
)
from workbook.domain.schedule import Repeat, Schedule

PAYLOADS: tuple[str, ...] = (
    "<b>bold?</b> & <i>italic?</i>",
    "<img src=x onerror=alert(1)>",
    '<font color=red size="40">red?</font>',
    "<onDraw name=x label=y/>",
    "&amp; &lt; &#x41; &nbsp; &",
    "Zażółć gęślą jaźń. Příliš žluťoučký kůň úpěl ďábelské ódy.",
    "Съешь же ещё этих мягких французских булок, да выпей чаю.",
    "Ξεσκεπάζω την ψυχοφθόρα βδελυγμία.",
    "\"double\" 'single' `back` \\ backslash",
    "line one\nline two\n\nline four",
    "<para><br/></para>]]><!-- comment --> <![CDATA[x]]>",
    "%s %(name)s {0} ${x} </font></para>",
    "<a href='javascript:alert(1)'>link</a> <link href=x>y</link>",
    "<span style='display:none'>hidden?</span> <strike>x</strike> <u>u</u>",
    "<seq id=x/> <seqReset/> <greek>a</greek> <sup>up</sup> <sub>down</sub>",
)
RTL_PAYLOADS: tuple[str, ...] = (
    "שלום, אני בסדר היום",
    "مرحبا، أنا بخير اليوم",
    "Call Maya at 555-0142 אם אני לא עונה",
)
LONG_WORD = "".join(chr(ord("a") + (i * 7) % 26) for i in range(10_000))


def long_note() -> str:
    """About 100 kB of note: many lines, markup in them, mixed scripts."""
    lines = []
    for i in range(1300):
        lines.append(f"Line {i}: <b>{i}</b> & café Ωμέγα Жизнь ł; {'word ' * 8}")
    text = "\n".join(lines)
    return text[: 100_000 - 10]  # the tag in front; the plan format allows 100,000


class _Tags:
    def __init__(self) -> None:
        self.n = 0
        self.fields: list[tuple[str, str]] = []
        self.referenced: set[str] = set()
        self.rtl: set[str] = set()

    def plain(self, value: str, *, ref: bool = False) -> str:
        """A field that must keep its shape (phone, email): unique, but with no tag."""
        self.fields.append((value, value))
        if ref:
            self.referenced.add(value)
        return value

    def text(self, *, rtl: bool = False, special: str | None = None, ref: bool = False) -> str:
        self.n += 1
        tag = f"[F{self.n:03d}]"
        if special is not None:
            body = special
        elif rtl:
            body = RTL_PAYLOADS[self.n % len(RTL_PAYLOADS)]
        else:
            body = PAYLOADS[self.n % len(PAYLOADS)]
        value = f"{tag} {body}"
        self.fields.append((tag, value))
        if ref:
            self.referenced.add(tag)
        if rtl:
            self.rtl.add(tag)
        return value


# Fields whose value the PDF shows again where another record points at it, or on the
# first page: their tags may appear more than once.
REFERENCED: frozenset[tuple[type[Any], str]] = frozenset(
    {
        (MandatedObligation, "reference"),
        (PersonalStatements, "firm_sentence"),
        (TrustedContact, "name"),
        (BackupPlan, "title"),
        (BackupPlan, "steps"),
        (BackupPlan, "emergency_numbers"),
        (CheckInAgreement, "schedule"),
        (CheckInAgreement, "escalation_steps"),
        (CheckInAgreement, "danger_code_word"),
        (SuspectedProxy, "name"),
    }
)
# Fields filled with right-to-left text (the second of a list's items).
RIGHT_TO_LEFT: frozenset[tuple[type[Any], str]] = frozenset(
    {
        (MandatedObligation, "location"),
        (PersonalStatements, "third_party_reply"),
        (TrustedContact, "code_word"),
        (BackupPlan, "steps"),
    }
)
DAY = date(2026, 3, 2)
AT = datetime(2026, 3, 1, 21, 4)


def record(kind: type[Any], t: _Tags, **given: Any) -> Any:
    """A record of `kind` with every registered field filled, in the registry's order (the
    order the PDF shows them): text gets a tagged payload, choices a fixed value, dates a
    fixed day. `given` sets a field, or (a callable) makes its text when its turn comes."""
    values: dict[str, Any] = {}
    for entry in fields_of(kind):
        if entry.name in given:
            value = given[entry.name]
            values[entry.name] = value() if callable(value) else value
        elif entry.widget is not Widget.NONE:
            values[entry.name] = _fill(entry, t)
    return kind(**values)


def _fill(entry: Field, t: _Tags) -> Any:
    key = (entry.kind, entry.name)
    ref, rtl = key in REFERENCED, key in RIGHT_TO_LEFT
    widget = entry.widget
    if widget in (Widget.LINE, Widget.TEXT):
        return t.text(ref=ref, rtl=rtl)
    if widget is Widget.LINES:  # phone numbers: they must stay dialable
        return [t.plain(f"+1 555 01{t.n % 100:02d} {len(t.fields)}", ref=True)]
    if widget is Widget.STEPS:
        return [t.text(ref=ref), t.text(ref=ref, rtl=rtl), t.text(ref=ref)]
    if widget is Widget.ENUM:
        return list(entry.enum or ())[-1]
    if widget is Widget.FLAGS:
        return list(entry.enum or ())[:2]
    if widget is Widget.BOOL:
        return True
    if widget is Widget.DATE:
        return DAY
    if widget is Widget.DATETIME:
        return AT
    if widget is Widget.INT:
        return min(max(45, entry.minimum), entry.maximum)
    if widget is Widget.REF:
        return None
    if widget is Widget.REFS:
        return []
    if widget is Widget.SCHEDULE:
        return Schedule(Repeat.WEEKLY, weekdays=(4,), times=(time(17, 0),), minutes=30)
    raise KeyError(f"no hostile value for {entry.kind.__name__}.{entry.name}")


def build() -> tuple[Plan, list[tuple[str, str]], set[str], set[str]]:
    t = _Tags()

    # Contacts are created first (they are referenced) but shown third: collect their
    # fields separately and splice them into the order the PDF shows.
    contacts_t = _Tags()
    contacts_t.n = 500

    def contact(notes: str | None = None) -> TrustedContact:
        n = contacts_t.n
        return record(
            TrustedContact,
            contacts_t,
            roles=[ContactRole.CHECK_IN_PARTNER, ContactRole.EMERGENCY_CONTACT],
            phones=lambda: [
                contacts_t.plain(f"+1 555 01{n:02d} 1", ref=True),
                contacts_t.plain(f"(555) 01{n:02d}-2", ref=True),
            ],
            email=lambda: contacts_t.plain(f"f{n}.o'brien+x@example.org"),
            notes=lambda: contacts_t.text(special=notes),
        )

    anna = contact(notes=long_note())
    bea = contact()
    cara = contact(notes=LONG_WORD)
    contacts = [anna, bea, cara]

    obligations = [
        record(
            MandatedObligation,
            t,
            mandated_by=Mandator.COURT,
            channel=MandateChannel.VIA_LAWYER,
            handled_by_id=handled_by,
        )
        for handled_by in (anna.id, None)
    ]
    statements = record(PersonalStatements, t)
    commitments = [
        record(BoundaryCommitment, t, status=CommitmentStatus.ADOPTED),
        record(
            BoundaryCommitment,
            t,
            text=lambda: t.text(rtl=True),
            status=CommitmentStatus.ADOPTED,
            notes="",
        ),
        record(BoundaryCommitment, t, status=CommitmentStatus.SUGGESTED, notes=""),
        record(BoundaryCommitment, t, status=CommitmentStatus.DROPPED),
    ]

    t.fields.extend(contacts_t.fields)
    t.referenced |= contacts_t.referenced
    t.rtl |= contacts_t.rtl

    backup_plans = [
        record(BackupPlan, t, situation=situation, contact_ids=[anna.id, bea.id])
        for situation in (Situation.OWN, Situation.TURNS_UP)
    ]
    agreements = [
        record(
            CheckInAgreement, t, partner_id=partner.id, method=CheckInMethod.CALL, grace_minutes=45
        )
        for partner in (anna, bea)
    ]
    checkin_log = [
        record(CheckInLogEntry, t, agreement_id=agreements[0].id),
        record(CheckInLogEntry, t, agreement_id=None, note=lambda: t.text(rtl=True)),
    ]
    proxies = [
        record(
            SuspectedProxy,
            t,
            behaviours=[ProxyBehaviour.SPYING, ProxyBehaviour.FLATTERING],
            awareness=Awareness.KNOWING,
            decision=ProxyDecision.CUT_OFF,
        )
        for _ in range(2)
    ]
    contact_log = [
        record(
            ContactLogEntry,
            t,
            proxy_id=proxy_id,
            channel=ContactChannel.VIA_THIRD_PARTY,
            what_happened=lambda special=special: t.text(special=special),
            response=ResponseKind.FIRM_SENTENCE,
            response_detail=lambda rtl=rtl: t.text(rtl=rtl),
            obligation_id=obligation_id,
        )
        for proxy_id, obligation_id, special, rtl in (
            (proxies[0].id, obligations[0].id, None, False),
            (None, None, long_note(), True),
            (proxies[1].id, None, LONG_WORD, False),
            (None, obligations[1].id, None, False),
        )
    ]
    plan = Plan(
        obligations=obligations,
        commitments=commitments,
        statements=statements,
        contacts=contacts,
        backup_plans=backup_plans,
        checkin_agreements=agreements,
        checkin_log=checkin_log,
        proxies=proxies,
        contact_log=contact_log,
        created_at=datetime(2025, 12, 1, 9, 30),
        next_review=DAY,
        section_changed={section: AT for section in Section},
    )
    return plan, _pdf_order(t.fields), t.referenced, t.rtl


def _pdf_order(fields: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The statements come before the commitments in the PDF, and commitments are grouped
    adopted, not decided, dropped; the build order above already follows that."""
    return fields


def hostile_plan() -> Plan:
    return build()[0]


def main(argv: list[str]) -> int:
    from workbook.export.plan_json import plan_to_json

    Path(argv[0]).write_text(plan_to_json(hostile_plan()), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
