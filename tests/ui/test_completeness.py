"""What the review page and the overview call missing, section by section."""

from __future__ import annotations

from datetime import date

from workbook.domain.demo import demo_plan
from workbook.domain.model import (
    CheckInAgreement,
    CommitmentStatus,
    ContactRole,
    Plan,
    Section,
    TrustedContact,
)
from workbook.domain.suggestions import suggested_commitments
from workbook.ui.completeness import COMPLETE, NOT_STARTED, STARTED, plan_status, section_status


def test_an_empty_plan_names_what_to_start_with() -> None:
    plan = Plan()
    statuses = {s.section: s for s in plan_status(plan)}
    assert statuses[Section.CONTACTS].state == NOT_STARTED
    assert "no check-in partner yet" in statuses[Section.CONTACTS].missing
    assert "no check-in agreement yet" in statuses[Section.CHECKINS].missing
    assert "no firm sentence yet" in statuses[Section.BOUNDARIES].missing
    # Nothing to decide about proxies or log is not a gap.
    assert statuses[Section.PROXIES].missing == ()
    assert statuses[Section.CONTACT_LOG].state == COMPLETE


def test_the_demo_plan_is_complete_but_for_one_undecided_suggestion() -> None:
    statuses = {s.section: s for s in plan_status(demo_plan(date(2026, 3, 2)))}
    for section, status in statuses.items():
        if section is Section.BOUNDARIES:
            assert status.state == STARTED
            assert status.missing == ("1 suggested commitment not decided on yet",)
        else:
            assert status.state == COMPLETE, (section, status.missing)


def test_a_check_in_partner_role_and_agreement_close_the_gaps() -> None:
    plan = Plan(commitments=suggested_commitments())
    maya = TrustedContact(name="Maya", roles=[ContactRole.CHECK_IN_PARTNER], phones=["555-0142"])
    plan.contacts.append(maya)
    status = section_status(plan, Section.CONTACTS)
    assert "no check-in partner yet" not in status.missing
    assert status.missing == ("no emergency contact yet",)
    plan.checkin_agreements.append(
        CheckInAgreement(partner_id=maya.id, danger_code_word="tea", escalation_steps=["Call"])
    )
    assert section_status(plan, Section.CHECKINS).state == COMPLETE
    assert section_status(plan, Section.BOUNDARIES).state == NOT_STARTED
    plan.commitments[0].status = CommitmentStatus.ADOPTED
    assert section_status(plan, Section.BOUNDARIES).state == STARTED
