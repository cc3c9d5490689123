"""A hostile plan: every text field filled with markup, entities, mixed scripts, right-to-left
text, a 100 kB note and a 10,000-character word. All fictional.

Every field's value starts with a unique tag `[Fnnn]` so that a test can find it in the
PDF exactly once. `FIELDS` lists (tag, value) in the order the PDF shows the sections'
records; `REFERENCED` holds the tags of values that the PDF also repeats where another
record points at them (a contact's name next to "Handled by", ...).

`python tests/hostile.py OUT.json` writes it in the plan format for `workbook import`.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

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


def build() -> tuple[Plan, list[tuple[str, str]], set[str], set[str]]:
    t = _Tags()
    day = date(2026, 3, 2)
    at = datetime(2026, 3, 1, 21, 4)

    def obligation(handled_by: str | None) -> MandatedObligation:
        return MandatedObligation(
            mandated_by=Mandator.COURT,
            mandated_by_name=t.text(),
            reference=t.text(ref=True),
            requirement=t.text(),
            schedule=t.text(),
            location=t.text(rtl=True),
            channel=MandateChannel.VIA_LAWYER,
            topics_allowed=t.text(),
            handled_by_id=handled_by,
            start_date=day,
            end_date=day,
            review_date=day,
            notes=t.text(),
        )

    # Contacts are created first (they are referenced) but shown third: collect their
    # fields separately and splice them into the order the PDF shows.
    contacts_t = _Tags()
    contacts_t.n = 500

    def contact(notes: str | None = None) -> TrustedContact:
        return TrustedContact(
            name=contacts_t.text(ref=True),
            relationship=contacts_t.text(),
            roles=[ContactRole.CHECK_IN_PARTNER, ContactRole.EMERGENCY_CONTACT],
            phones=[
                contacts_t.plain(f"+1 555 01{contacts_t.n:02d} 1", ref=True),
                contacts_t.plain(f"(555) 01{contacts_t.n:02d}-2", ref=True),
            ],
            email=contacts_t.plain(f"f{contacts_t.n}.o'brien+x@example.org"),
            knows_situation=True,
            code_word=contacts_t.text(rtl=True),
            best_times=contacts_t.text(),
            notes=contacts_t.text(special=notes),
        )

    anna = contact(notes=long_note())
    bea = contact()
    cara = contact(notes=LONG_WORD)
    contacts = [anna, bea, cara]

    obligations = [obligation(anna.id), obligation(None)]

    statements = PersonalStatements(
        firm_sentence=t.text(ref=True),
        third_party_reply=t.text(rtl=True),
        gift_return=t.text(),
    )
    adopted = BoundaryCommitment(text=t.text(), status=CommitmentStatus.ADOPTED, notes=t.text())
    rtl_commitment = BoundaryCommitment(text=t.text(rtl=True), status=CommitmentStatus.ADOPTED)
    suggested = BoundaryCommitment(text=t.text(), status=CommitmentStatus.SUGGESTED)
    dropped = BoundaryCommitment(text=t.text(), status=CommitmentStatus.DROPPED, notes=t.text())
    commitments = [adopted, rtl_commitment, suggested, dropped]

    t.fields.extend(contacts_t.fields)
    t.referenced |= contacts_t.referenced
    t.rtl |= contacts_t.rtl

    backup_plans = [
        BackupPlan(
            situation=situation,
            title=t.text(ref=True),
            warning_signs=t.text(),
            steps=[t.text(ref=True), t.text(rtl=True, ref=True), t.text(ref=True)],
            contact_ids=[anna.id, bea.id],
            safe_places=t.text(),
            what_to_take=t.text(),
            emergency_numbers=t.text(ref=True),
            protective_order=t.text(),
        )
        for situation in (Situation.OWN, Situation.TURNS_UP)
    ]
    agreements = [
        CheckInAgreement(
            partner_id=partner.id,
            schedule=t.text(ref=True),
            method=CheckInMethod.CALL,
            grace_minutes=45,
            escalation_steps=[t.text(ref=True), t.text(ref=True)],
            danger_code_word=t.text(ref=True),
            notes=t.text(),
        )
        for partner in (anna, bea)
    ]
    checkin_log = [
        CheckInLogEntry(at=at, agreement_id=agreements[0].id, note=t.text()),
        CheckInLogEntry(at=at, agreement_id=None, note=t.text(rtl=True)),
    ]
    proxies = [
        SuspectedProxy(
            name=t.text(ref=True),
            connection_to_him=t.text(),
            connection_to_me=t.text(),
            behaviours=[ProxyBehaviour.SPYING, ProxyBehaviour.FLATTERING],
            what_they_did=t.text(),
            dates_and_evidence=t.text(),
            awareness=Awareness.KNOWING,
            decision=ProxyDecision.CUT_OFF,
            done_on=day,
            notes=t.text(),
        )
        for _ in range(2)
    ]
    contact_log = [
        ContactLogEntry(
            occurred_at=at,
            proxy_id=proxy_id,
            channel=ContactChannel.VIA_THIRD_PARTY,
            what_happened=t.text(special=special),
            response=ResponseKind.FIRM_SENTENCE,
            response_detail=t.text(rtl=rtl),
            evidence_ref=t.text(),
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
        next_review=day,
        section_changed={section: at for section in Section},
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
