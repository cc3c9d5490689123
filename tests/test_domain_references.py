"""The reference graph: who points at what, and detaching without leaving anything dangling."""

from __future__ import annotations

from datetime import date

from workbook.domain.demo import demo_plan
from workbook.domain.model import (
    LIST_NAMES,
    RECORD_TYPES,
    SECTION_OF,
    BackupPlan,
    CommitmentStatus,
    MandatedObligation,
    Plan,
    SuspectedProxy,
    TrustedContact,
)
from workbook.domain.references import (
    REFERENCE_FIELDS,
    dangling_references,
    detach,
    references_to,
)
from workbook.domain.suggestions import SUGGESTED_COMMITMENTS, suggested_commitments
from workbook.domain.validation import validate_plan


def test_the_demo_plan_is_complete_valid_and_connected() -> None:
    plan = demo_plan(date(2031, 3, 1))
    for kind in RECORD_TYPES:
        assert len(plan.records_of(kind)) >= 2, kind.__name__
    assert validate_plan(plan) == {}
    assert dangling_references(plan) == []
    # Every kind of reference is used at least once, so screenshots and tests see them all.
    for holder_kind, field_name, _target, is_list in REFERENCE_FIELDS:
        if field_name == "corrects_id":
            continue  # the demo log holds no correction (tests/test_log_append_only.py does)
        values = [getattr(r, field_name) for r in plan.records_of(holder_kind)]
        assert any(values if not is_list else [v for v in values if v]), field_name
    assert plan.statements.firm_sentence and plan.statements.third_party_reply


def test_references_to_a_contact_name_every_holder() -> None:
    plan = demo_plan(date(2031, 3, 1))
    sister = plan.contacts[0]
    found = {
        (type(r.holder).__name__, r.field_name)
        for r in references_to(plan, TrustedContact, sister.id)
    }
    assert found == {
        ("MandatedObligation", "handled_by_id"),
        ("BackupPlan", "contact_ids"),
        ("CheckInAgreement", "partner_id"),
    }


def test_detaching_every_reference_leaves_nothing_dangling() -> None:
    plan = demo_plan(date(2031, 3, 1))
    for kind, record_id in (
        (TrustedContact, plan.contacts[0].id),
        (SuspectedProxy, plan.proxies[0].id),
        (MandatedObligation, plan.obligations[0].id),
    ):
        for reference in references_to(plan, kind, record_id):
            detach(reference, record_id)
        plan.records_of(kind).remove(plan.find(kind, record_id))  # type: ignore[arg-type]
        assert references_to(plan, kind, record_id) == []
    assert dangling_references(plan) == []


def test_dangling_references_are_found() -> None:
    plan = Plan(backup_plans=[BackupPlan(title="Own", contact_ids=["gone"])])
    ((reference, missing),) = dangling_references(plan)
    assert missing == "gone" and reference.field_name == "contact_ids"
    assert validate_plan(plan) == {
        "backup_plans[0]": {
            "contact_ids[0]": "This points to an entry that no longer exists. "
            "Please choose another one."
        }
    }


def test_every_record_kind_has_a_list_and_a_section() -> None:
    plan = Plan()
    for kind in RECORD_TYPES:
        assert plan.records_of(kind) is getattr(plan, LIST_NAMES[kind])
        assert kind in SECTION_OF


def test_suggestions_cover_the_method_once_each_and_start_undecided() -> None:
    keys = [key for key, _ in SUGGESTED_COMMITMENTS]
    assert len(keys) == len(set(keys))
    suggestions = suggested_commitments()
    assert all(c.status is CommitmentStatus.SUGGESTED for c in suggestions)
    assert [c.suggestion_key for c in suggestions] == keys
    assert len({c.id for c in suggestions + suggested_commitments()}) == 2 * len(keys)
