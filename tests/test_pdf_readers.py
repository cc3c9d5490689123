"""A PDF made for one reader holds what the field registry lets that reader see, and nothing
else: read back with pypdf, the demo plan's private details are absent from the lawyer's, the
court's and the check-in partner's copies, and what they need is there."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from pathlib import Path

import pypdf

from workbook.domain.fields import Reader
from workbook.domain.model import Plan, Section
from workbook.export.pdf import export_pdf

MADE = datetime(2026, 3, 2, 10, 0)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def text_for(plan: Plan, reader: Reader, folder: Path) -> tuple[str, dict[str, int]]:
    out = folder / f"{reader.value}.pdf"
    report = export_pdf(plan, out, page_size="A4", made_at=MADE, reader=reader)
    pages = pypdf.PdfReader(out).pages
    return squash("".join(page.extract_text() for page in pages)), report.section_pages


def private_details(plan: Plan) -> dict[str, list[str]]:
    """What no reader but the person may see, by the promise it keeps."""
    return {
        "code words": [
            *(c.code_word for c in plan.contacts),
            *(a.danger_code_word for a in plan.checkin_agreements),
        ],
        "safe places": [b.safe_places for b in plan.backup_plans],
        "what to take": [b.what_to_take for b in plan.backup_plans],
        "check-in arrangements": [a.schedule for a in plan.checkin_agreements]
        + [e.note for e in plan.checkin_log],
        "trusted contacts' details": [
            *(p for c in plan.contacts for p in c.phones),
            *(c.email for c in plan.contacts),
            *(c.notes for c in plan.contacts),
        ],
    }


def test_the_lawyers_copy_leaves_out_code_words_check_ins_and_safe_places(
    demo: Plan, tmp_path: Path
) -> None:
    plan = demo
    text, sections = text_for(plan, Reader.LAWYER, tmp_path)
    for promise in ("code words", "safe places", "what to take", "check-in arrangements"):
        for value in private_details(plan)[promise]:
            if value.strip():
                assert squash(value) not in text, (promise, value)
    assert set(sections) == {"essentials", "mandated", "boundaries", "proxies", "contact_log"}
    for o in plan.obligations:
        assert squash(o.requirement) in text
    for p in plan.proxies:
        assert squash(p.what_they_did) in text and squash(p.notes) in text
    for e in plan.contact_log:
        assert squash(e.what_happened) in text
    assert squash(plan.statements.firm_sentence) in text


def test_the_courts_copy_names_trusted_contacts_by_role_and_holds_no_address(
    demo: Plan, tmp_path: Path
) -> None:
    plan = demo
    text, sections = text_for(plan, Reader.COURT, tmp_path)
    assert set(sections) == {"essentials", Section.MANDATED.value, Section.CONTACT_LOG.value}
    for promise, values in private_details(plan).items():
        for value in values:
            if value.strip():
                assert squash(value) not in text, (promise, value)
    for contact in plan.contacts:
        assert squash(contact.name) not in text, contact.name
    for o in plan.obligations:
        assert not o.location.strip() or squash(o.location) not in text
        assert not o.notes.strip() or squash(o.notes) not in text
        assert squash(o.requirement) in text
    for p in plan.proxies:
        assert squash(p.notes) not in text and squash(p.what_they_did) not in text
    for e in plan.contact_log:
        assert squash(e.what_happened) in text
    # "Handled by" still says who handles it: their role, not their name.
    assert squash("Handled by") in text
    # Nothing of the person's own boundaries or backup plans.
    assert squash(plan.statements.firm_sentence) not in text
    for b in plan.backup_plans:
        for step in b.steps:
            assert squash(step) not in text


def test_a_partners_card_holds_the_agreements_and_nothing_of_the_log(
    demo: Plan, tmp_path: Path
) -> None:
    plan = demo
    text, sections = text_for(plan, Reader.PARTNER, tmp_path)
    assert set(sections) == {"essentials", Section.CHECKINS.value}
    for a in plan.checkin_agreements:
        assert squash(a.schedule) in text and squash(a.danger_code_word) in text
        for step in a.escalation_steps:
            assert squash(step) in text
        assert not a.notes.strip() or squash(a.notes) not in text
    for e in plan.contact_log:
        assert squash(e.what_happened) not in text
    for entry in plan.checkin_log:
        assert squash(entry.note) not in text
    for o in plan.obligations:
        assert squash(o.requirement) not in text


def test_the_persons_own_plan_is_the_default_and_holds_everything(
    demo: Plan, tmp_path: Path
) -> None:
    plan = demo
    text, sections = text_for(plan, Reader.PLAN, tmp_path)
    assert set(sections) == {"essentials", *(s.value for s in Section)}
    for values in private_details(plan).values():
        for value in values:
            assert squash(value) in text
