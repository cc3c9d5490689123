"""What is still missing in each section, in words a person can act on.

Nothing here blocks anything: the review page and the overview only show these hints, each
with a way to jump to the page. The hints are worked out from `PlanFacts`, a handful of counts
the repository takes with SQL (storage/summary.py), so the overview can show them at start-up
without loading every record of a large plan.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from workbook.domain.model import Section

NOT_STARTED = "Not started"
STARTED = "Started"
COMPLETE = "Looks complete"


@dataclass(frozen=True)
class PlanFacts:
    """The counts the completeness hints are made from. "Blank" means empty once leading and
    trailing whitespace is ignored (what `str.strip` removes)."""

    obligations: int = 0
    obligations_without_handler: int = 0
    obligations_without_requirement: int = 0  # requirement blank
    commitments: int = 0
    commitments_adopted: int = 0
    commitments_suggested: int = 0  # still only suggested: not decided on
    has_firm_sentence: bool = False  # not blank
    has_third_party_reply: bool = False
    has_gift_return: bool = False
    contacts: int = 0
    has_check_in_partner_role: bool = False
    has_emergency_contact_role: bool = False
    contacts_unreachable: int = 0  # no phone number and a blank email
    backup_plans: int = 0
    backup_plans_without_steps: int = 0
    backup_plans_without_contacts: int = 0
    agreements: int = 0
    agreements_with_partner: int = 0
    agreements_without_code_word: int = 0  # danger code word blank
    agreements_without_escalation: int = 0
    checkins_logged: int = 0
    proxies: int = 0
    proxies_undecided: int = 0
    contact_log: int = 0


@dataclass(frozen=True)
class PlanSummary:
    """What the overview shows: the facts, the next review and when each section changed."""

    facts: PlanFacts
    next_review: date | None = None
    section_changed: dict[Section, datetime] = field(default_factory=dict)


@dataclass(frozen=True)
class SectionStatus:
    section: Section
    count: int
    missing: tuple[str, ...]
    state: str

    @property
    def summary(self) -> str:
        entries = f"{self.count} {'entry' if self.count == 1 else 'entries'}"
        return f"{self.state} · {entries}"


def _plural(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


def missing_in(facts: PlanFacts, section: Section) -> tuple[int, list[str]]:
    """(number of records, what is missing) for one section."""
    missing: list[str] = []
    if section is Section.MANDATED:
        if not facts.obligations:
            missing.append("no mandated contact written down yet (leave it empty if there is none)")
        if unhandled := facts.obligations_without_handler:
            missing.append(
                f"{unhandled} {_plural(unhandled, 'obligation has', 'obligations have')} "
                f"nobody to handle {_plural(unhandled, 'it', 'them')} yet"
            )
        if vague := facts.obligations_without_requirement:
            missing.append(
                f"{vague} {_plural(vague, 'obligation does', 'obligations do')} "
                "not say yet what exactly is required"
            )
        return facts.obligations, missing
    if section is Section.BOUNDARIES:
        if not facts.commitments_adopted:
            missing.append("no commitment adopted yet")
        if undecided := facts.commitments_suggested:
            missing.append(
                f"{undecided} suggested {_plural(undecided, 'commitment', 'commitments')} "
                "not decided on yet"
            )
        if not facts.has_firm_sentence:
            missing.append("no firm sentence yet")
        if not facts.has_third_party_reply:
            missing.append("no reply for people who pass on messages yet")
        if not facts.has_gift_return:
            missing.append("no plan for returning gifts yet")
        return facts.commitments, missing
    if section is Section.CONTACTS:
        if not facts.contacts:
            missing.append("no trusted contact yet")
        if not facts.has_check_in_partner_role:
            missing.append("no check-in partner yet")
        if not facts.has_emergency_contact_role:
            missing.append("no emergency contact yet")
        if unreachable := facts.contacts_unreachable:
            missing.append(
                f"{unreachable} {_plural(unreachable, 'contact has', 'contacts have')} "
                "no phone number or email yet"
            )
        return facts.contacts, missing
    if section is Section.BACKUP_PLANS:
        if not facts.backup_plans:
            missing.append("no backup plan yet")
        if no_steps := facts.backup_plans_without_steps:
            missing.append(f"{no_steps} {_plural(no_steps, 'plan has', 'plans have')} no steps yet")
        if no_calls := facts.backup_plans_without_contacts:
            missing.append(
                f"{no_calls} {_plural(no_calls, 'plan has', 'plans have')} nobody to call yet"
            )
        return facts.backup_plans, missing
    if section is Section.CHECKINS:
        if not facts.agreements:
            missing.append("no check-in agreement yet")
        if not facts.agreements_with_partner:
            missing.append("no check-in partner yet")
        if no_word := facts.agreements_without_code_word:
            missing.append(
                f"{no_word} {_plural(no_word, 'agreement has', 'agreements have')} "
                "no code word for “I am not safe” yet"
            )
        if no_steps := facts.agreements_without_escalation:
            missing.append(
                f"{no_steps} {_plural(no_steps, 'agreement does', 'agreements do')} "
                "not say yet what happens if you miss a check-in"
            )
        return facts.agreements + facts.checkins_logged, missing
    if section is Section.PROXIES:
        if undecided := facts.proxies_undecided:
            missing.append(
                f"{undecided} {_plural(undecided, 'person', 'people')} without a decision yet"
            )
        return facts.proxies, missing
    return facts.contact_log, missing


def section_status(facts: PlanFacts, section: Section) -> SectionStatus:
    count, missing = missing_in(facts, section)
    if section is Section.BOUNDARIES:
        decided = facts.commitments - facts.commitments_suggested
        started = decided > 0 or facts.has_firm_sentence
    else:
        started = count > 0
    if not missing and (count or section in (Section.PROXIES, Section.CONTACT_LOG)):
        state = COMPLETE
    elif started:
        state = STARTED
    else:
        state = NOT_STARTED
    return SectionStatus(section, count, tuple(missing), state)


def plan_status(facts: PlanFacts) -> list[SectionStatus]:
    return [section_status(facts, section) for section in Section]
