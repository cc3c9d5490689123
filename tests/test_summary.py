"""The overview's counts come from SQL (storage/summary.py); they must say exactly what the
records say. Here they are checked against a plain-Python reading of the same plan, for the
demo, for blank-looking text and for any valid plan hypothesis can make; then the hints the
review page and the overview show are checked section by section. The rules themselves are
the field registry's NEEDS (domain/fields.py)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

import pytest
from hypothesis import HealthCheck, given, settings
from strategies import plans

from workbook.domain.completeness import (
    COMPLETE,
    NOT_STARTED,
    STARTED,
    PlanFacts,
    SectionStatus,
    facts_of,
    plan_status,
)
from workbook.domain.fields import NEEDS, Need
from workbook.domain.model import (
    BackupPlan,
    CheckInAgreement,
    CommitmentStatus,
    ContactRole,
    MandatedObligation,
    PersonalStatements,
    Plan,
    ProxyDecision,
    Section,
    SuspectedProxy,
    TrustedContact,
)
from workbook.domain.suggestions import suggested_commitments
from workbook.storage.repository import PlanRepository
from workbook.storage.summary import WHITESPACE


def need(kind: type, *fields: str, value: object = None) -> Need:
    return next(n for n in NEEDS if n.kind is kind and n.fields == fields and n.value == value)


class _Workbooks:
    """A workbook that starts afresh at each replace_plan: a contact log is never replaced
    (docs/record.md), so each plan goes into an empty workbook of its own."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._opened = 0
        self._repo = self._fresh()

    def _fresh(self) -> PlanRepository:
        self._opened += 1
        return PlanRepository.open(self._folder / str(self._opened), automatic_backups=False)

    def replace_plan(self, plan: Plan) -> None:
        self._repo.close()
        self._repo = self._fresh()
        self._repo.replace_plan(plan)

    def close(self) -> None:
        self._repo.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._repo, name)


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PlanRepository]:
    workbooks = _Workbooks(tmp_path_factory.mktemp("summary"))
    yield cast(PlanRepository, workbooks)
    workbooks.close()


def statuses(repo: PlanRepository, plan: Plan) -> dict[Section, SectionStatus]:
    repo.replace_plan(plan)
    return {status.section: status for status in plan_status(repo.summary().facts)}


def test_the_whitespace_list_is_exactly_what_strip_removes() -> None:
    everything = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    assert set(WHITESPACE) == everything


def test_an_empty_workbook_has_no_facts(repo: PlanRepository) -> None:
    repo.replace_plan(Plan())
    summary = repo.summary()
    assert summary.facts == PlanFacts()
    assert summary.next_review is None and summary.section_changed == {}


def test_the_demo_plan_is_counted_as_its_records_say(repo: PlanRepository, demo: Plan) -> None:
    repo.replace_plan(demo)
    summary = repo.summary()
    assert summary.facts == facts_of(demo)
    assert summary.facts.count(TrustedContact) == len(demo.contacts) > 0
    assert summary.next_review == demo.next_review
    assert summary.section_changed == repo.load_plan().section_changed


def test_text_of_only_spaces_counts_as_blank(repo: PlanRepository) -> None:
    odd_spaces = " \t\u00a0\u3000\u2028\n"
    contact = TrustedContact(name="Noor", email=odd_spaces)
    plan = Plan(
        obligations=[
            MandatedObligation(requirement=odd_spaces),
            MandatedObligation(requirement="x"),
        ],
        contacts=[contact, TrustedContact(name="Ines", phones=["555-0199"])],
        backup_plans=[BackupPlan(title="Car", steps=[], contact_ids=[contact.id])],
        checkin_agreements=[CheckInAgreement(danger_code_word=odd_spaces, partner_id=contact.id)],
        proxies=[
            SuspectedProxy(name="Ola", decision=ProxyDecision.WATCH),
            SuspectedProxy(name="Eli"),
        ],
        statements=PersonalStatements(firm_sentence=odd_spaces, third_party_reply="\u200bword"),
    )
    repo.replace_plan(plan)
    facts = repo.summary().facts
    assert facts == facts_of(plan)
    assert facts.holds(need(MandatedObligation, "requirement")) == 1
    assert facts.holds(need(TrustedContact, "phones", "email")) == 1
    assert facts.holds(need(CheckInAgreement, "danger_code_word")) == 1
    assert not facts.holds(need(PersonalStatements, "firm_sentence"))
    # A zero-width space is not whitespace to str.strip.
    assert facts.holds(need(PersonalStatements, "third_party_reply"))
    assert facts.holds(need(SuspectedProxy, "decision", value=ProxyDecision.UNDECIDED)) == 1


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(plan=plans())
def test_any_valid_plan_is_counted_as_its_records_say(repo: PlanRepository, plan: Plan) -> None:
    repo.replace_plan(plan)
    assert repo.summary().facts == facts_of(plan)


def test_the_summary_follows_every_change(repo: PlanRepository) -> None:
    repo.replace_plan(Plan())
    contact = TrustedContact(name="Maya", roles=[ContactRole.EMERGENCY_CONTACT])
    repo.save(contact)
    emergency = need(TrustedContact, "roles", value=ContactRole.EMERGENCY_CONTACT)
    unreachable = need(TrustedContact, "phones", "email")
    assert repo.summary().facts.holds(emergency) == 1
    assert repo.summary().facts.holds(unreachable) == 1
    contact.phones = ["555-0142"]
    repo.save(contact)
    assert repo.summary().facts.holds(unreachable) == 0
    repo.set_next_review(date(2031, 5, 1))
    assert repo.summary().next_review == date(2031, 5, 1)
    repo.delete(TrustedContact, contact.id)
    summary = repo.summary()
    assert summary.facts.count(TrustedContact) == 0 and not summary.facts.holds(emergency)
    assert isinstance(summary.section_changed[Section.CONTACTS], datetime)


# ------------------------------------------------------------------- the hints themselves


def test_an_empty_plan_names_what_to_start_with(repo: PlanRepository) -> None:
    found = statuses(repo, Plan())
    assert found[Section.CONTACTS].state == NOT_STARTED
    assert "no check-in partner yet" in found[Section.CONTACTS].missing
    assert "no check-in agreement yet" in found[Section.CHECKINS].missing
    assert "no firm sentence yet" in found[Section.BOUNDARIES].missing
    # Nothing to decide about proxies or log is not a gap.
    assert found[Section.PROXIES].missing == ()
    assert found[Section.CONTACT_LOG].state == COMPLETE


def test_the_demo_plan_is_complete_but_for_one_undecided_suggestion(
    repo: PlanRepository, demo: Plan
) -> None:
    for section, status in statuses(repo, demo).items():
        if section is Section.BOUNDARIES:
            assert status.state == STARTED
            assert status.missing == ("1 suggested commitment not decided on yet",)
        else:
            assert status.state == COMPLETE, (section, status.missing)


def test_a_check_in_partner_role_and_agreement_close_the_gaps(repo: PlanRepository) -> None:
    plan = Plan(commitments=suggested_commitments())
    maya = TrustedContact(name="Maya", roles=[ContactRole.CHECK_IN_PARTNER], phones=["555-0142"])
    plan.contacts.append(maya)
    status = statuses(repo, plan)[Section.CONTACTS]
    assert "no check-in partner yet" not in status.missing
    assert status.missing == ("no emergency contact yet",)
    plan.checkin_agreements.append(
        CheckInAgreement(partner_id=maya.id, danger_code_word="tea", escalation_steps=["Call"])
    )
    assert statuses(repo, plan)[Section.CHECKINS].state == COMPLETE
    assert statuses(repo, plan)[Section.BOUNDARIES].state == NOT_STARTED
    plan.commitments[0].status = CommitmentStatus.ADOPTED
    assert statuses(repo, plan)[Section.BOUNDARIES].state == STARTED


def test_counts_and_plurals_read_naturally(repo: PlanRepository) -> None:
    plan = Plan(
        obligations=[MandatedObligation(requirement=""), MandatedObligation(requirement="")],
        backup_plans=[BackupPlan(title="Car")],
    )
    found = statuses(repo, plan)
    assert found[Section.MANDATED].missing == (
        "2 obligations have nobody to handle them yet",
        "2 obligations do not say yet what exactly is required",
    )
    assert found[Section.MANDATED].summary == "Started · 2 entries"
    assert found[Section.BACKUP_PLANS].missing == (
        "1 plan has no steps yet",
        "1 plan has nobody to call yet",
    )


def test_a_firm_sentence_alone_starts_the_boundaries(repo: PlanRepository) -> None:
    plan = Plan(statements=PersonalStatements(firm_sentence="I do not reply."))
    assert statuses(repo, plan)[Section.BOUNDARIES].state == STARTED
