"""What the PDF says: the first page, and one section per wizard page, built from the registry.

Each record's rows are its kind's fields in the field registry's order (domain/fields.py),
under the same labels as the form, with every value formatted by its widget kind; a field the
export's `Reader` may not see is never emitted, in a row, a heading, a log column or a
reference to it. What is written by hand here is layout only: which fields make a record's
heading, how the logs' columns group fields, and the first page of essentials.

Layout choices, all for a document a lawyer or an advocate is glad to receive:
- page 1 "Essentials": emergency numbers, check-in partners with times and code words, the
  firm sentence, the backup plans in brief;
- then one section per wizard page, each on a new page, with its last-changed date;
- records as label/value rows (labels in a narrow column), long lists (contact log,
  check-in log) as rows under a header row that starts every page.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer

from workbook.domain.dates import long_date, long_datetime, short_time
from workbook.domain.fields import (
    Field,
    Reader,
    Widget,
    field_of,
    fields_of,
    kinds,
    visible_fields,
)
from workbook.domain.i18n import QT_TRANSLATE_NOOP, plural, tr
from workbook.domain.labels import label, section_title
from workbook.domain.model import (
    LIST_NAMES,
    AboutMe,
    BackupPlan,
    BoundaryCommitment,
    CheckInAgreement,
    CheckInLogEntry,
    CommitmentStatus,
    ContactLogEntry,
    ContactRole,
    MandatedObligation,
    PersonalStatements,
    Plan,
    Section,
    Situation,
    SuspectedProxy,
    TrustedContact,
)
from workbook.domain.other_person import THEM_DIRECTLY, Voiced
from workbook.domain.readers import reader_text
from workbook.export.pdf_engine import Drawing, Marker, RecordRows

_CONTEXT = "Pdf"
_BYTES = QT_TRANSLATE_NOOP(_CONTEXT, "%Ln bytes", "", 0)  # an evidence file's exact size
_ESSENTIAL_ITEMS = 5  # check-in agreements and backup plans on the first page
_ESSENTIAL_NUMBERS = 10

# Dates as a person reads them (workbook/domain/dates.py): 14 March 2026, 09:05.
fmt_date = long_date
fmt_datetime = long_datetime

# The sections each reader's export holds (PRODUCT.md §4); within them, the registry says
# which fields each reader may see.
SECTIONS_FOR: dict[Reader, tuple[Section, ...]] = {
    Reader.PLAN: tuple(Section),
    Reader.LAWYER: (
        Section.MANDATED,
        Section.BOUNDARIES,
        Section.PROXIES,
        Section.CONTACT_LOG,
    ),
    Reader.COURT: (Section.MANDATED, Section.CONTACT_LOG),
    Reader.PARTNER: (Section.CHECKINS,),
}

# The fields that make up each kind's heading (shown without a label, the rest as rows).
HEADING_FIELDS: dict[type[Any], tuple[str, ...]] = {
    MandatedObligation: ("mandated_by", "mandated_by_name"),
    BoundaryCommitment: ("text", "status"),
    TrustedContact: ("name", "relationship"),
    BackupPlan: ("situation", "title"),
    CheckInAgreement: ("partner_id",),
    SuspectedProxy: ("name",),
    CheckInLogEntry: ("at",),
    ContactLogEntry: ("occurred_at", "proxy_id", "channel"),
    PersonalStatements: (),
}


@dataclass(frozen=True)
class LogColumn:
    """One column of a log table: the fields it shows (their labels head it), and its width
    (a fixed width, or a share of what the fixed columns leave)."""

    fields: tuple[str, ...]
    fixed: float = 0.0
    share: float = 0.0


LOG_COLUMNS: dict[type[Any], tuple[LogColumn, ...]] = {
    ContactLogEntry: (
        LogColumn(("occurred_at",), fixed=24 * mm),
        LogColumn(("proxy_id", "channel"), fixed=30 * mm),
        LogColumn(("what_happened",), share=0.55),
        LogColumn(("response", "response_detail"), share=0.45),
        LogColumn(("evidence_ref", "obligation_id"), fixed=28 * mm),
    ),
    CheckInLogEntry: (
        LogColumn(("at",), fixed=42 * mm),
        LogColumn(("agreement_id",), fixed=52 * mm),
        LogColumn(("note",), share=1.0),
    ),
}


# A section with nothing in it, in the person's own plan: which page of Workbook helps.
_EMPTY: dict[Section, str | Voiced] = {
    Section.MANDATED: QT_TRANSLATE_NOOP(
        _CONTEXT,
        "Nothing entered yet — the Mandated contact page helps you write down any contact a "
        "court or an official requires. Leave it empty if there is none.",
    ),
    Section.BOUNDARIES: QT_TRANSLATE_NOOP(
        _CONTEXT,
        "Nothing entered yet — the My boundaries page suggests commitments you can adopt and "
        "helps you find your one firm sentence.",
    ),
    Section.CONTACTS: QT_TRANSLATE_NOOP(
        _CONTEXT,
        "Nothing entered yet — the Trusted contacts page helps you add the people you trust.",
    ),
    Section.BACKUP_PLANS: QT_TRANSLATE_NOOP(
        _CONTEXT,
        "Nothing entered yet — the Backup plans page helps you decide, ahead of time, what "
        "you will do if you must leave at once.",
    ),
    Section.CHECKINS: QT_TRANSLATE_NOOP(
        _CONTEXT,
        "Nothing entered yet — the Whereabouts check-ins page helps you agree with someone "
        "you trust when you will check in, and what they do if you do not.",
    ),
    Section.PROXIES: Voiced(
        _CONTEXT,
        QT_TRANSLATE_NOOP(
            _CONTEXT,
            "Nothing entered yet — the Suspected proxies page is where you note people who "
            "may carry messages for him.",
            "he",
        ),
        QT_TRANSLATE_NOOP(
            _CONTEXT,
            "Nothing entered yet — the Suspected proxies page is where you note people who "
            "may carry messages for her.",
            "she",
        ),
        QT_TRANSLATE_NOOP(
            _CONTEXT,
            "Nothing entered yet — the Suspected proxies page is where you note people who "
            "may carry messages for the other person.",
            "they",
        ),
        QT_TRANSLATE_NOOP(
            _CONTEXT,
            "Nothing entered yet — the Suspected proxies page is where you note people who "
            "may carry messages for {name}.",
            "name",
        ),
    ),
    Section.CONTACT_LOG: QT_TRANSLATE_NOOP(
        _CONTEXT,
        "Nothing entered yet — the Contact log page is where you write down each contact "
        "while it is fresh.",
    ),
}


def _schedule_text(value: Any) -> str:
    """A structured schedule in words (domain/schedule.py), loaded when one is met."""
    describe: Callable[[Any], str] = importlib.import_module("workbook.domain.schedule").describe
    return describe(value)


# Widget kinds whose values are structured, and how the PDF puts each into words.
STRUCTURED: dict[str, Callable[[Any], str]] = {"schedule": _schedule_text}


def numbered_texts(items: list[str]) -> list[str]:
    return [f"{index}. {item}" for index, item in enumerate(items, 1)]


def _keep(parts: list[Any]) -> Any:
    """Keep a block together on one page (moved whole to the next page when it does not
    fit); one taller than a page still splits."""
    return KeepTogether(parts)


class Content(Drawing):
    """The plan's story for one reader: what pdf_template.py lays out on pages."""

    def __init__(
        self,
        plan: Plan,
        page_size: str,
        made_at: datetime,
        *,
        reader: Reader = Reader.PLAN,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self.reader = reader
        self.sections = SECTIONS_FOR[reader]
        records = sum(
            len(plan.records_of(kind))
            for kind in LIST_NAMES
            if kind is not BoundaryCommitment and kind is not CheckInLogEntry
        )
        super().__init__(page_size, records, progress, cancelled)
        self.plan = plan
        self.made_at = made_at
        self.contacts = {c.id: c for c in plan.contacts}
        self.proxies = {p.id: p for p in plan.proxies}
        self.obligations = {o.id: o for o in plan.obligations}
        self.agreements = {a.id: a for a in plan.checkin_agreements}
        self._visible = {
            (kind, entry.name) for kind in kinds() for entry in visible_fields(kind, reader)
        }

    # --- what the reader may see -----------------------------------------------------
    def shows(self, kind: type[Any], name: str) -> bool:
        return (kind, name) in self._visible

    def rows(self, record: Any, skip: tuple[str, ...] = ()) -> list[tuple[str, Any]]:
        """The record's visible fields as (label, value) rows, in the registry's order."""
        kind = type(record)
        return [
            (entry.text_label, self.value(entry, getattr(record, entry.name)))
            for entry in fields_of(kind)
            if (kind, entry.name) in self._visible and entry.name not in skip
        ]

    # --- values, by widget kind ----------------------------------------------------------
    def value(self, entry: Field, value: Any) -> str | list[str]:
        """A field's value as the PDF shows it: text, or lines of text."""
        widget = entry.widget
        if value is None:
            return ""  # an empty date, no choice, a reference to nobody: no row
        if widget in (Widget.LINE, Widget.TEXT):
            return str(value)
        if widget is Widget.ENUM:
            # A choice stored as "" is the empty one ("not sure"): no row, like an empty text.
            return label(value) if isinstance(value, StrEnum) and value != "" else ""
        if widget is Widget.FLAGS:
            return ", ".join(label(v) for v in value)
        if widget is Widget.BOOL:
            return tr(_CONTEXT, "Yes") if value else tr(_CONTEXT, "No")
        if widget is Widget.INT:
            return entry.text_unit(value)
        if widget is Widget.LINES:
            return "\n".join(value)
        if widget is Widget.STEPS:
            return numbered_texts(value)
        if widget is Widget.REF:
            return self.ref(entry, value)
        if widget is Widget.REFS:
            return [self.ref_with_phones(entry, item) for item in value]
        if isinstance(value, datetime):
            return fmt_datetime(value)
        if widget is Widget.DATE or isinstance(value, date):
            return fmt_date(value)
        if widget is Widget.DATETIME:
            return fmt_datetime(value)
        if widget.value in STRUCTURED:
            return STRUCTURED[widget.value](value)
        if isinstance(value, str):
            return value
        if isinstance(value, bool):
            return tr(_CONTEXT, "Yes") if value else tr(_CONTEXT, "No")
        if isinstance(value, int):
            return str(value)
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            return list(value)  # kept by the program: evidence files' hashes
        raise TypeError(f"{entry.kind.__name__}.{entry.name}: no PDF form for a {widget.value}")

    def ref(self, entry: Field, target_id: str) -> str:
        """The record a reference points at, named as this reader may see it."""
        if entry.target is TrustedContact:
            return self.contact_name(target_id)
        if entry.target is SuspectedProxy:
            return self.proxy_name(target_id)
        if entry.target is MandatedObligation:
            return self.order_name(target_id)
        if entry.target is CheckInAgreement:
            return self.agreement_name(target_id)
        raise TypeError(f"{entry.kind.__name__}.{entry.name}: no PDF form for its target")

    def ref_with_phones(self, entry: Field, target_id: str) -> str:
        if entry.target is TrustedContact:
            return self.contact_with_phones(target_id)
        return self.ref(entry, target_id)

    def contact_name(self, contact_id: str | None) -> str:
        contact = self.contacts.get(contact_id or "")
        if contact is None:
            return tr(_CONTEXT, "(a contact that was removed)") if contact_id else ""
        if not self.shows(TrustedContact, "name"):
            # The court's copy: a trusted contact is named by their role only.
            roles = ", ".join(label(role) for role in contact.roles)
            return roles or tr(_CONTEXT, "a trusted contact")
        return contact.name or tr(_CONTEXT, "(a contact without a name)")

    def contact_with_phones(self, contact_id: str) -> str:
        name = self.contact_name(contact_id)
        contact = self.contacts.get(contact_id)
        if contact is not None and contact.phones and self.shows(TrustedContact, "phones"):
            return f"{name}: {', '.join(contact.phones)}"
        return name

    def proxy_name(self, proxy_id: str) -> str:
        proxy = self.proxies.get(proxy_id)
        if proxy is None:
            return tr(_CONTEXT, "(a proxy that was removed)")
        if not self.shows(SuspectedProxy, "name"):
            return tr(_CONTEXT, "someone else")
        return proxy.name or tr(_CONTEXT, "(no name)")

    def order_name(self, obligation_id: str) -> str:
        o = self.obligations.get(obligation_id)
        if o is None:
            return tr(_CONTEXT, "an order that was removed")
        names = [
            o.reference.strip() if self.shows(MandatedObligation, "reference") else "",
            o.mandated_by_name.strip()
            if self.shows(MandatedObligation, "mandated_by_name")
            else "",
        ]
        return next((n for n in names if n), label(o.mandated_by))

    def agreement_name(self, agreement_id: str) -> str:
        agreement = self.agreements.get(agreement_id)
        if agreement is None:
            return tr(_CONTEXT, "(an agreement that was removed)")
        partner = self.contact_name(agreement.partner_id)
        if agreement.schedule.strip() and self.shows(CheckInAgreement, "schedule"):
            return tr(_CONTEXT, "With {partner} ({when})").format(
                partner=partner, when=agreement.schedule
            )
        return tr(_CONTEXT, "With {partner}").format(partner=partner)

    def numbered(self, items: list[str]) -> list[Any]:
        return [f for text in numbered_texts(items) for f in self.ps(text, self.s.ess)]

    # --- the document -----------------------------------------------------------------
    def section_header(self, section: Section) -> list[Any]:
        changed = self.plan.section_changed.get(section)
        if changed:
            when = tr(_CONTEXT, "Last changed {when}").format(when=fmt_datetime(changed))
        else:
            when = tr(_CONTEXT, "No changes recorded yet")
        return [
            Marker(section.value, section_title(section)),
            self.p(section_title(section), self.s.section, bold=True),
            self.p(when, self.s.changed),
        ]

    def empty(self, section: Section) -> Any:
        """One short line for a section with nothing in it (the person's own plan: which
        page of Workbook helps to fill it)."""
        if self.reader is Reader.PLAN:
            text = _EMPTY.get(section, "")
            if isinstance(text, Voiced):
                return self.p(text.text(), self.s.note)
            if text:
                return self.p(tr(_CONTEXT, text), self.s.note)
        return self.p(tr(_CONTEXT, "Nothing entered here yet."), self.s.note)

    def still_missing(self) -> list[Any]:
        """Page 1 of a half-finished plan: what each section still lacks (the words of the
        overview, domain/completeness.py)."""
        if self.reader is not Reader.PLAN:
            return []
        from workbook.domain.completeness import COMPLETE, facts_of, plan_status

        lines = [
            tr(_CONTEXT, "{section}: {missing}").format(
                section=section_title(status.section), missing="; ".join(status.missing)
            )
            for status in plan_status(facts_of(self.plan))
            if status.state != COMPLETE and status.missing
        ]
        if not lines:
            return []
        self.maker.context = tr(_CONTEXT, "Still to fill in")
        out: list[Any] = [self.p(self.maker.context, self.s.block, bold=True)]
        for text in lines:
            out.extend(self.ps(text, self.s.ess))
        return out

    def story(self) -> list[Any]:
        story: list[Any] = [
            Marker("essentials", tr(_CONTEXT, "Essentials")),
            *self.essentials(),
        ]
        builders: dict[Section, Callable[[], list[Any]]] = {
            Section.MANDATED: self.mandated,
            Section.BOUNDARIES: self.boundaries,
            Section.CONTACTS: self.trusted_contacts,
            Section.BACKUP_PLANS: self.backup_plans,
            Section.CHECKINS: self.checkins,
            Section.PROXIES: self.suspected_proxies,
            Section.CONTACT_LOG: self.contact_log,
        }
        for section in self.sections:
            body = builders[section]()
            # A section with content starts a page; an empty one is a heading and a line,
            # after the one before when there is room (no near-empty page per section).
            story.extend([PageBreak()] if body else [CondPageBreak(40 * mm), Spacer(1, 8)])
            story.extend(self.section_header(section))
            story.extend(body or [self.empty(section)])
        return story

    def essentials(self) -> list[Any]:
        plan, s = self.plan, self.s
        words = reader_text(self.reader)
        made = tr(_CONTEXT, "Made on {date} at {time}").format(
            date=fmt_date(self.made_at.date()), time=short_time(self.made_at)
        )
        parts = [made]
        if self.shows(Plan, "created_at"):
            started = fmt_date(plan.created_at.date())
            parts.append(tr(_CONTEXT, "Plan started {date}").format(date=started))
        if plan.next_review is not None and self.shows(Plan, "next_review"):
            review = fmt_date(plan.next_review)
            parts.append(tr(_CONTEXT, "Next review {date}").format(date=review))
        out: list[Any] = [
            self.p(words.title, s.title, bold=True),
            self.p(" · ".join(parts), s.subtitle),
            # Whom this version is for and what it leaves out, in the dialog's own words.
            self.p(f"{words.for_whom} {words.leaves_out}", s.subtitle),
            self.p(tr(_CONTEXT, "Essentials"), s.section, bold=True),
            self.p(
                tr(
                    _CONTEXT,
                    "The most important parts of this plan on one page. Every record follows "
                    "in full in the sections after it.",
                ),
                s.changed,
            ),
        ]
        out.extend(self.help_now())
        intro = len(out)
        # About me: what a helper needs to know who this plan is for (my plan only).
        mine = [
            f"{entry.text_label}: {getattr(plan.about_me, entry.name)}"
            for entry in visible_fields(AboutMe, self.reader)
            if getattr(plan.about_me, entry.name).strip()
        ]
        if mine:
            self.maker.context = tr(_CONTEXT, "About me")
            out.append(self.p(self.maker.context, s.block, bold=True))
            for text in mine:
                out.extend(self.ps(text, s.ess))
        # Emergency numbers: from the backup plans, then the emergency and police contacts.
        # The first page stays short: the first few of each, in the person's own order
        # (which is their order of importance), and a pointer to the rest.
        seen: set[str] = set()
        numbers: list[str] = []
        if self.shows(BackupPlan, "emergency_numbers"):
            for backup in plan.backup_plans:
                text = backup.emergency_numbers.strip()
                if text and text not in seen:
                    seen.add(text)
                    numbers.append(backup.emergency_numbers)
        wanted = {ContactRole.EMERGENCY_CONTACT, ContactRole.POLICE_CONTACT}
        if self.shows(TrustedContact, "phones") and self.shows(TrustedContact, "roles"):
            for contact in plan.contacts:
                if wanted & set(contact.roles) and contact.phones:
                    roles = ", ".join(label(r) for r in contact.roles if r in wanted)
                    numbers.append(f"{self.contact_with_phones(contact.id)} ({roles})")
        if numbers:
            self.maker.context = tr(_CONTEXT, "Emergency numbers")
            out.append(self.p(self.maker.context, s.block, bold=True))
            for text in numbers[:_ESSENTIAL_NUMBERS]:
                out.extend(self.ps(text, s.ess))
            more = len(numbers) - _ESSENTIAL_NUMBERS
            out.extend(self._more(more, section_title(Section.CONTACTS)))
        if plan.checkin_agreements and self.shows(CheckInAgreement, "partner_id"):
            self.maker.context = tr(_CONTEXT, "Check-in partners")
            out.append(self.p(self.maker.context, s.block, bold=True))
            for agreement in plan.checkin_agreements[:_ESSENTIAL_ITEMS]:
                out.append(self._essential_checkin(agreement))
            more = len(plan.checkin_agreements) - _ESSENTIAL_ITEMS
            out.extend(self._more(more, section_title(Section.CHECKINS)))
        firm = plan.statements.firm_sentence.strip()
        if firm and self.shows(PersonalStatements, "firm_sentence"):
            self.maker.context = field_of(PersonalStatements, "firm_sentence").text_label
            out += [
                self.p(self.maker.context, s.block, True),
                *self.ps(plan.statements.firm_sentence, s.firm),
            ]
        if plan.backup_plans and self.shows(BackupPlan, "steps"):
            self.maker.context = tr(_CONTEXT, "Backup plans in brief")
            out.append(self.p(self.maker.context, s.block, bold=True))
            for backup in plan.backup_plans[:_ESSENTIAL_ITEMS]:
                out.append(self._essential_backup(backup))
            more = len(plan.backup_plans) - _ESSENTIAL_ITEMS
            out.extend(self._more(more, section_title(Section.BACKUP_PLANS)))
        if len(out) == intro:
            if self.reader is Reader.PLAN:
                note = tr(_CONTEXT, "Nothing essential has been entered yet.")
            else:
                note = tr(
                    _CONTEXT,
                    "This copy leaves out the parts of the plan its reader does not need.",
                )
            out.append(self.p(note, s.note))
        out.extend(self.still_missing())
        return out

    def help_now(self) -> list[Any]:
        """Help now (the person's own plan only): the country's emergency number and its
        checked helplines, from Workbook's offline list (workbook/domain/helplines.py)."""
        import os

        from workbook.domain import helplines

        if self.reader is not Reader.PLAN:
            return []
        # The locale as the environment names it ("de_DE.UTF-8"; "C" names no country).
        locale_name = next(
            (os.environ[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(k)), None
        )
        country = helplines.preferred_country(locale_name)
        if country is None:
            return []
        s = self.s
        self.maker.context = tr(_CONTEXT, "Help now")
        out: list[Any] = [
            self.p(self.maker.context, s.block, bold=True),
            *self.ps(helplines.danger_sentence(country), s.firm, True),
        ]
        if country.police:
            police = tr(_CONTEXT, "Police: {number}").format(number=country.police)
            out.extend(self.ps(police, s.ess))
        for line in country.helplines:
            out.extend(self.ps(helplines.helpline_summary(line), s.ess))
        if country.note:
            out.extend(self.ps(helplines.country_note(country), s.ess))
        checked = fmt_date(date.fromisoformat(helplines.data().checked))
        source = tr(
            _CONTEXT, "Numbers for {country} from Workbook's offline list, checked on {date}."
        ).format(country=country.name, date=checked)
        out.append(self.p(source, s.note))
        return out

    def _more(self, count: int, where: str) -> list[Any]:
        if count <= 0:
            return []
        text = tr(_CONTEXT, "… and {count} more in “{where}”.").format(count=count, where=where)
        return [self.p(text, self.s.note)]

    def _essential_checkin(self, agreement: CheckInAgreement) -> Any:
        s = self.s
        who = self.contact_with_phones(agreement.partner_id) if agreement.partner_id else ""
        no_partner = tr(_CONTEXT, "(no partner chosen yet)")
        parts: list[Any] = [*self.ps(who or no_partner, s.heading, bold=True)]
        when: list[str] = []
        if self.shows(CheckInAgreement, "schedule"):
            when.append(agreement.schedule.strip())
        if self.shows(CheckInAgreement, "method"):
            when.append(label(agreement.method))
        if self.shows(CheckInAgreement, "grace_minutes"):
            grace = field_of(CheckInAgreement, "grace_minutes").text_unit(agreement.grace_minutes)
            when.append(tr(_CONTEXT, "grace period {minutes}").format(minutes=grace))
        parts.extend(self.ps(" · ".join(w for w in when if w), s.ess))
        word = agreement.danger_code_word
        if word.strip() and self.shows(CheckInAgreement, "danger_code_word"):
            entry = field_of(CheckInAgreement, "danger_code_word")
            parts.extend(self.ps(f"{entry.text_label}: {word}", s.ess))
        partner = self.contacts.get(agreement.partner_id or "")
        own_word = partner.code_word.strip() if partner is not None else ""
        if own_word and own_word != word.strip() and self.shows(TrustedContact, "code_word"):
            text = tr(_CONTEXT, "Their code word: {word}").format(word=own_word)
            parts.extend(self.ps(text, s.ess))
        if agreement.escalation_steps and self.shows(CheckInAgreement, "escalation_steps"):
            parts.extend(self.ps(tr(_CONTEXT, "If I miss a check-in:"), s.ess))
            parts.extend(self.numbered(agreement.escalation_steps))
        return _keep(parts)

    def _essential_backup(self, backup: BackupPlan) -> Any:
        s = self.s
        parts: list[Any] = [*self.ps(self.backup_heading(backup), s.heading, bold=True)]
        if backup.contact_ids and self.shows(BackupPlan, "contact_ids"):
            calls = "; ".join(self.contact_with_phones(c) for c in backup.contact_ids)
            parts.extend(self.ps(tr(_CONTEXT, "Call: {people}").format(people=calls), s.ess))
        parts.extend(self.numbered(backup.steps))
        return _keep(parts)

    # --- headings ---------------------------------------------------------------------
    def obligation_heading(self, o: MandatedObligation) -> str:
        heading = label(o.mandated_by) if self.shows(MandatedObligation, "mandated_by") else ""
        if o.mandated_by_name.strip() and self.shows(MandatedObligation, "mandated_by_name"):
            heading = f"{heading}: {o.mandated_by_name}" if heading else o.mandated_by_name
        return heading or section_title(Section.MANDATED)

    def contact_heading(self, c: TrustedContact) -> str:
        heading = self.contact_name(c.id) if c.name else tr(_CONTEXT, "(no name)")
        if c.relationship.strip() and self.shows(TrustedContact, "relationship"):
            heading = f"{heading} ({c.relationship})"
        return heading

    def backup_heading(self, b: BackupPlan) -> str:
        heading = label(b.situation)
        if b.title.strip() and self.shows(BackupPlan, "title"):
            heading = b.title if b.situation is Situation.OWN else f"{heading}: {b.title}"
        return heading

    def agreement_heading(self, a: CheckInAgreement) -> str:
        if a.partner_id is None:
            partner = tr(_CONTEXT, "(no partner chosen yet)")
        else:
            partner = self.contact_name(a.partner_id)
        return tr(_CONTEXT, "With {partner}").format(partner=partner)

    # --- the sections -------------------------------------------------------------------
    def heading_label(self, kind: type[Any]) -> str:
        """The label of the field a kind's headings mostly show (where a character no font
        draws is reported)."""
        names = HEADING_FIELDS[kind]
        shown = [n for n in names if self.shows(kind, n)]
        return field_of(kind, (shown or names)[-1]).text_label if names else ""

    def _records(self, records: list[Any], heading: Callable[[Any], str]) -> list[Any]:
        def each() -> Any:
            for record in records:
                yield heading(record), self.rows(record, HEADING_FIELDS[type(record)])

        kind = type(records[0]) if records else PersonalStatements
        return self.record_tables(each(), heading_label=self.heading_label(kind))

    def mandated(self) -> list[Any]:
        return self._records(self.plan.obligations, self.obligation_heading)

    def boundaries(self) -> list[Any]:
        plan = self.plan
        out: list[Any] = []
        own = self.rows(plan.statements)
        if any(str(value).strip() for _, value in own):
            out.extend(self.record_tables([(tr(_CONTEXT, "My own words"), own)]))
        groups = [
            (tr(_CONTEXT, "Commitments I keep"), CommitmentStatus.ADOPTED),
            (tr(_CONTEXT, "Not decided yet"), CommitmentStatus.SUGGESTED),
            (tr(_CONTEXT, "Commitments I dropped"), CommitmentStatus.DROPPED),
        ]
        number = 0
        skip = HEADING_FIELDS[BoundaryCommitment]
        for title, status in groups:
            chosen = [c for c in plan.commitments if c.status == status]
            if not chosen:
                continue
            records: list[RecordRows] = []
            for commitment in chosen:
                number += 1
                text = commitment.text if self.shows(BoundaryCommitment, "text") else ""
                records.append((f"{number}. {text}", self.rows(commitment, skip)))
            out.append(CondPageBreak(40 * mm))
            out.append(self.p(title, self.s.block, bold=True))
            label_text = field_of(BoundaryCommitment, "text").text_label
            out.extend(self.record_tables(records, plain_headings=True, heading_label=label_text))
        return out

    def trusted_contacts(self) -> list[Any]:
        return self._records(self.plan.contacts, self.contact_heading)

    def backup_plans(self) -> list[Any]:
        return self._records(self.plan.backup_plans, self.backup_heading)

    def checkins(self) -> list[Any]:
        out = self._records(self.plan.checkin_agreements, self.agreement_heading)
        if self.plan.checkin_log and self.log_columns(CheckInLogEntry):
            out.append(CondPageBreak(40 * mm))
            out.append(self.p(tr(_CONTEXT, "Check-ins made"), self.s.block, bold=True))
            out.extend(self.log(CheckInLogEntry, self.plan.checkin_log))
        return out

    def suspected_proxies(self) -> list[Any]:
        return self._records(self.plan.proxies, lambda p: self.proxy_name(p.id))

    def contact_log(self) -> list[Any]:
        if not self.plan.contact_log:
            return []
        # Every entry in the order written, both times, corrections and withdrawals, and how
        # to check the hash chain (export/pdf_log.py, docs/record.md).
        pdf_log = importlib.import_module("workbook.export.pdf_log")
        return [
            *self.compliance_counts(),
            *pdf_log.log_section(self),
            *self.exhibits_list(),
            *pdf_log.verification_appendix(self),
        ]

    def exhibits_list(self) -> list[Any]:
        """The evidence files of the log as numbered exhibits (export/evidence.py): number,
        original name, size, SHA-256 and the entry each belongs to."""
        if not self.plan.attachments or not self.shows(ContactLogEntry, "attachment_hashes"):
            return []
        from workbook.export.evidence import exhibits

        items = exhibits(self.plan)
        if not items:
            return []
        title = tr(_CONTEXT, "Exhibits")
        self.maker.context = title
        intro = tr(
            _CONTEXT,
            "The files attached to the log, numbered in the order of the log. Each file's "
            "SHA-256 is also in its entry's hash, so a file changed after it was attached no "
            "longer matches.",
        )
        header = [
            tr(_CONTEXT, "Exhibit"),
            tr(_CONTEXT, "Original name"),
            tr(_CONTEXT, "Size"),
            tr(_CONTEXT, "SHA-256"),
            tr(_CONTEXT, "Entry"),
        ]
        fixed = (16 * mm, 0.0, 22 * mm, 52 * mm, 34 * mm)
        widths = [fixed[0], self.width - sum(fixed), fixed[2], fixed[3], fixed[4]]

        def rows() -> Any:
            for item in items:
                entry = item.entry
                place = tr(_CONTEXT, "No. {n}, {when}").format(
                    n=item.entry_number, when=fmt_datetime(entry.occurred_at)
                )
                size = plural(_CONTEXT, _BYTES, item.attachment.size, "1 byte")
                cells: list[str | list[str]] = [
                    str(item.number),
                    item.attachment.name,
                    size,
                    item.attachment.sha256,
                    place,
                ]

                def stacked(item: Any = item, place: str = place, size: str = size) -> RecordRows:
                    heading = tr(_CONTEXT, "Exhibit {n}").format(n=item.number)
                    return heading, [
                        (header[1], item.attachment.name),
                        (header[2], size),
                        (header[3], item.attachment.sha256),
                        (header[4], place),
                    ]

                yield cells, stacked

        return [
            CondPageBreak(40 * mm),
            self.p(title, self.s.block, bold=True),
            self.p(intro, self.s.note),
            *self.log_tables(header, widths, rows()),
        ]

    # --- the compliance view (domain/compliance.py) -------------------------------------
    def judgements(self) -> dict[str, Any]:
        """Every log entry judged against the orders once per export: id -> Judgement."""
        known: dict[str, Any] | None = getattr(self, "_judgements", None)
        if known is None:
            compliance = importlib.import_module("workbook.domain.compliance")
            log = self.plan.contact_log
            judged = compliance.judge_all(log, self.plan.obligations)
            known = {entry.id: j for entry, j in zip(log, judged, strict=True)}
            self._judgements = known
        return known

    def compliance_counts(self) -> list[Any]:
        """Counts per month of the contacts inside and outside the orders, through proxies,
        and how those outside were answered; shown where the reader sees the orders."""
        if not self.shows(ContactLogEntry, "obligation_id"):
            return []
        compliance = importlib.import_module("workbook.domain.compliance")
        live = compliance.live_entries(self.plan.contact_log)
        index = compliance.ComplianceIndex.from_judged(live, self.judgements())
        months = index.monthly_counts()
        if not months:
            return []
        headers = compliance.count_headers()
        first = 28 * mm  # "September 2026" on one line
        widths = [first] + [(self.width - first) / (len(headers) - 1)] * (len(headers) - 1)
        title = tr(_CONTEXT, "Inside or outside the orders, month by month")
        self.maker.context = title

        def rows() -> Any:
            for month in months:
                cells: list[str | list[str]] = list(compliance.count_cells(month))
                yield cells, lambda cells=cells: (str(cells[0]), [])

        return [
            CondPageBreak(40 * mm),
            self.p(title, self.s.block, bold=True),
            *self.log_tables(headers, widths, rows()),
        ]

    # --- the logs -----------------------------------------------------------------------
    def log_columns(self, kind: type[Any]) -> list[tuple[LogColumn, tuple[Field, ...]]]:
        """The log's columns this reader sees, each with its visible fields."""
        out = []
        for column in LOG_COLUMNS[kind]:
            shown = tuple(field_of(kind, n) for n in column.fields if self.shows(kind, n))
            if shown:
                out.append((column, shown))
        return out

    def log(self, kind: type[Any], entries: list[Any]) -> list[Any]:
        """A log as a table: the registry's labels head the columns. A visible field that no
        column names is added as "label: value" lines to the column of the field before it
        in the registry, so the row still reads in the registry's order. A row too tall for
        the table is stacked as a record: its heading columns, then its rows."""
        columns = self.log_columns(kind)
        column_of = {n: i for i, (column, _) in enumerate(columns) for n in column.fields}
        extras: list[list[Field]] = [[] for _ in columns]
        where = 0
        for entry in fields_of(kind):
            if entry.name in column_of:
                where = column_of[entry.name]
            elif self.shows(kind, entry.name):
                extras[where].append(entry)
        fixed = sum(column.fixed for column, _ in columns)
        shares = sum(column.share for column, _ in columns) or 1.0
        rest = self.width - fixed
        widths = [column.fixed or rest * column.share / shares for column, _ in columns]
        header = [" · ".join(f.text_label for f in shown) for _, shown in columns]
        skip = HEADING_FIELDS[kind]
        in_heading = [i for i, (column, _) in enumerate(columns) if set(column.fields) <= set(skip)]
        formats = [self._log_cell(kind, shown) for _, shown in columns]
        with_extras = [(i, fields) for i, fields in enumerate(extras) if fields]
        value = self.value

        def rows() -> Any:
            for entry in entries:
                made: list[Any] = [form(entry) for form in formats]
                for i, fields in with_extras:
                    more = [
                        f"{f.text_label}: {text}"
                        for f in fields
                        if (text := _joined(value(f, getattr(entry, f.name)))).strip()
                    ]
                    if more:
                        first = made[i]
                        made[i] = [*([first] if isinstance(first, str) else first), *more]

                def stacked(entry: Any = entry, made: list[Any] = made) -> RecordRows:
                    heading = " · ".join(_joined(made[i]) for i in in_heading if made[i])
                    return heading, self.rows(entry, skip)

                yield made, stacked

        return self.log_tables(header, widths, rows())

    def _log_cell(self, kind: type[Any], shown: tuple[Field, ...]) -> Callable[[Any], str]:
        """How one log column's text is made from an entry, worked out once per log."""
        parts = [self._log_part(entry) for entry in shown]
        names = tuple(entry.name for entry in shown)
        if len(parts) == 1:
            return parts[0]
        if names[-1] == "response_detail":  # "No response — what I said"
            first_parts = parts[:-1]

            def response(entry: Any) -> str:
                text = " · ".join(p for form in first_parts if (p := form(entry)))
                detail = entry.response_detail
                if not detail.strip():
                    return text
                return f"{text} — {detail}" if text else detail

            return response

        def joined(entry: Any) -> str:
            return " · ".join(p for form in parts if (p := form(entry)))

        return joined

    def _log_part(self, entry: Field) -> Callable[[Any], str]:
        name = entry.name
        if entry.target is SuspectedProxy:
            him, through = THEM_DIRECTLY.text(), tr(_CONTEXT, "Through {name}")
            return lambda e: (
                him
                if getattr(e, name) is None
                else through.format(name=self.proxy_name(getattr(e, name)))
            )
        if entry.target is MandatedObligation:
            none, allowed = tr(_CONTEXT, "Not mandated"), tr(_CONTEXT, "Allowed by {order}")
            judged = self.judgements() if entry.kind is ContactLogEntry else {}

            def order(e: Any) -> str:
                text = (
                    none
                    if getattr(e, name) is None
                    else allowed.format(order=self.order_name(getattr(e, name)))
                )
                verdict = judged.get(e.id)  # inside the orders, or outside and why
                return text if verdict is None else f"{text}\n{verdict.brief}"

            return order
        if entry.target is CheckInAgreement:
            return lambda e: (
                "" if getattr(e, name) is None else self.agreement_name(getattr(e, name))
            )
        if entry.widget is Widget.DATETIME:
            return lambda e: fmt_datetime(getattr(e, name))
        if entry.widget in (Widget.LINE, Widget.TEXT):
            return lambda e: getattr(e, name)
        value = self.value
        return lambda e: _joined(value(entry, getattr(e, name)))


def _joined(value: str | list[str]) -> str:
    return value if isinstance(value, str) else "\n".join(value)
