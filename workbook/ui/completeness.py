"""What is still missing in each section, in words a person can act on.

Nothing here blocks anything: the review page and the overview only show these hints, each
with a way to jump to the page. Pure Python (no Qt) so it is easy to test.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbook.domain.model import (
    CommitmentStatus,
    ContactRole,
    Plan,
    ProxyDecision,
    Section,
)

NOT_STARTED = "Not started"
STARTED = "Started"
COMPLETE = "Looks complete"


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


def missing_in(plan: Plan, section: Section) -> tuple[int, list[str]]:
    """(number of records, what is missing) for one section."""
    missing: list[str] = []
    if section is Section.MANDATED:
        count = len(plan.obligations)
        if not count:
            missing.append("no mandated contact written down yet (leave it empty if there is none)")
        unhandled = sum(1 for o in plan.obligations if o.handled_by_id is None)
        if unhandled:
            missing.append(
                f"{unhandled} {_plural(unhandled, 'obligation has', 'obligations have')} "
                "nobody to handle it yet"
            )
        vague = sum(1 for o in plan.obligations if not o.requirement.strip())
        if vague:
            missing.append(
                f"{vague} {_plural(vague, 'obligation does', 'obligations do')} "
                "not say yet what exactly is required"
            )
        return count, missing
    if section is Section.BOUNDARIES:
        count = len(plan.commitments)
        adopted = sum(1 for c in plan.commitments if c.status is CommitmentStatus.ADOPTED)
        undecided = sum(1 for c in plan.commitments if c.status is CommitmentStatus.SUGGESTED)
        if not adopted:
            missing.append("no commitment adopted yet")
        if undecided:
            missing.append(
                f"{undecided} suggested {_plural(undecided, 'commitment', 'commitments')} "
                "not decided on yet"
            )
        s = plan.statements
        if not s.firm_sentence.strip():
            missing.append("no firm sentence yet")
        if not s.third_party_reply.strip():
            missing.append("no reply for people who pass on messages yet")
        if not s.gift_return.strip():
            missing.append("no plan for returning gifts yet")
        return count, missing
    if section is Section.CONTACTS:
        count = len(plan.contacts)
        if not count:
            missing.append("no trusted contact yet")
        roles = {role for c in plan.contacts for role in c.roles}
        if ContactRole.CHECK_IN_PARTNER not in roles:
            missing.append("no check-in partner yet")
        if ContactRole.EMERGENCY_CONTACT not in roles:
            missing.append("no emergency contact yet")
        unreachable = sum(1 for c in plan.contacts if not c.phones and not c.email.strip())
        if unreachable:
            missing.append(
                f"{unreachable} {_plural(unreachable, 'contact has', 'contacts have')} "
                "no phone number or email yet"
            )
        return count, missing
    if section is Section.BACKUP_PLANS:
        count = len(plan.backup_plans)
        if not count:
            missing.append("no backup plan yet")
        no_steps = sum(1 for p in plan.backup_plans if not p.steps)
        if no_steps:
            missing.append(f"{no_steps} {_plural(no_steps, 'plan has', 'plans have')} no steps yet")
        no_calls = sum(1 for p in plan.backup_plans if not p.contact_ids)
        if no_calls:
            missing.append(
                f"{no_calls} {_plural(no_calls, 'plan has', 'plans have')} nobody to call yet"
            )
        return count, missing
    if section is Section.CHECKINS:
        count = len(plan.checkin_agreements) + len(plan.checkin_log)
        agreements = plan.checkin_agreements
        if not agreements:
            missing.append("no check-in agreement yet")
        if not any(a.partner_id for a in agreements):
            missing.append("no check-in partner yet")
        no_word = sum(1 for a in agreements if not a.danger_code_word.strip())
        if no_word:
            missing.append(
                f"{no_word} {_plural(no_word, 'agreement has', 'agreements have')} "
                "no code word for “I am not safe” yet"
            )
        no_steps = sum(1 for a in agreements if not a.escalation_steps)
        if no_steps:
            missing.append(
                f"{no_steps} {_plural(no_steps, 'agreement does', 'agreements do')} "
                "not say yet what happens if you miss a check-in"
            )
        return count, missing
    if section is Section.PROXIES:
        count = len(plan.proxies)
        undecided = sum(1 for p in plan.proxies if p.decision is ProxyDecision.UNDECIDED)
        if undecided:
            missing.append(
                f"{undecided} {_plural(undecided, 'person', 'people')} without a decision yet"
            )
        return count, missing
    count = len(plan.contact_log)
    return count, missing


def section_status(plan: Plan, section: Section) -> SectionStatus:
    count, missing = missing_in(plan, section)
    started = count > 0 or (
        section is Section.BOUNDARIES and bool(plan.statements.firm_sentence.strip())
    )
    if section is Section.BOUNDARIES:
        started = (
            started and any(c.status is not CommitmentStatus.SUGGESTED for c in plan.commitments)
        ) or bool(plan.statements.firm_sentence.strip())
    if not missing and (count or section in (Section.PROXIES, Section.CONTACT_LOG)):
        state = COMPLETE
    elif started:
        state = STARTED
    else:
        state = NOT_STARTED
    return SectionStatus(section, count, tuple(missing), state)


def plan_status(plan: Plan) -> list[SectionStatus]:
    return [section_status(plan, section) for section in Section]
