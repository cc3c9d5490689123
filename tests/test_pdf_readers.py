"""A PDF made for one reader holds what the field registry lets that reader see, and nothing
else: read back with pypdf, the demo plan's private details are absent from the lawyer's, the
court's and the check-in partner's copies, and what they need is there."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from pathlib import Path
from typing import Any

import pypdf

from workbook.domain.fields import Reader
from workbook.domain.labels import section_title
from workbook.domain.model import Plan, Section, TrustedContact
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


def outline(path: Path) -> list[tuple[int, str, int]]:
    """The PDF's bookmarks as (level, title, page number), in order."""
    document = pypdf.PdfReader(path)
    found: list[tuple[int, str, int]] = []

    def walk(items: list[Any], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                page = document.get_destination_page_number(item)
                assert page is not None, item.title
                found.append((level, item.title, page + 1))

    walk(document.outline, 0)
    return found


def test_bookmarks_name_each_section_and_each_record_on_its_page(
    demo: Plan, tmp_path: Path
) -> None:
    out = tmp_path / "plan.pdf"
    report = export_pdf(demo, out, page_size="A4", made_at=MADE)
    marks = outline(out)
    sections = [(title, page) for level, title, page in marks if level == 0]
    assert [page for _, page in sections] == sorted(report.section_pages.values())
    assert [title for title, _ in sections][1:] == [section_title(s) for s in Section]
    children: dict[str, list[tuple[str, int]]] = {}
    current = ""
    for level, title, page in marks:
        if level == 0:
            current = title
        else:
            assert level == 1, title
            children.setdefault(current, []).append((title, page))
    contacts = children[section_title(Section.CONTACTS)]
    assert [title for title, _ in contacts] == [
        f"{c.name} ({c.relationship})" if c.relationship else c.name for c in demo.contacts
    ]
    log = children[section_title(Section.CONTACT_LOG)]
    assert [title.split(",")[0] for title, _ in log] == [
        f"No. {n}" for n in range(1, len(demo.contact_log) + 1)
    ]
    document = pypdf.PdfReader(out)
    for title, page in log + contacts:
        # Each bookmark lands on the page that shows the record.
        text = squash(document.pages[page - 1].extract_text())
        assert squash(title.split(" (")[0].split(",")[0]) in text, (title, page)
    assert len(log) == len(demo.contact_log)


def test_a_record_split_over_a_page_repeats_its_name_continued(tmp_path: Path) -> None:
    contacts = [
        TrustedContact(
            name=f"Person {n:02d}",
            relationship="Friend",
            phones=["555-0100", "555-0101"],
            email=f"person{n}@example.org",
            code_word="lantern",
            best_times="Evenings\nWeekends\nNot on Mondays",
            notes="Knows the building.\nHas a spare key.\nLives ten minutes away.",
        )
        for n in range(40)
    ]
    out = tmp_path / "many.pdf"
    export_pdf(Plan(contacts=contacts), out, page_size="A4", made_at=MADE)
    pages = [page.extract_text() for page in pypdf.PdfReader(out).pages]
    repeated = 0
    for number, text in enumerate(pages[1:], start=2):
        lines = [line for line in text.splitlines() if line.strip()]
        names = [line for line in lines if line.startswith("Person ")]
        if not names or "(continued)" not in text:
            continue
        repeated += 1
        first = names[0]
        assert first.endswith("(continued)"), (number, first)
        # The name repeated is the last one begun on the page before.
        before = [line for line in pages[number - 2].splitlines() if line.startswith("Person ")]
        assert first.removesuffix("(continued)").strip() == before[-1].split(" (continued")[0]
        assert text.count("(continued)") == 1
    assert repeated >= 3
