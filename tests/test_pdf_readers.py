"""A PDF made for one reader holds what the field registry lets that reader see, and nothing
else: read back with pypdf, the demo plan's private details are absent from the lawyer's, the
court's and the check-in partner's copies, and what they need is there."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pypdf
import pytest

from workbook.domain.fields import Reader
from workbook.domain.labels import section_title
from workbook.domain.model import (
    Attachment,
    CheckInAgreement,
    ContactChannel,
    ContactLogEntry,
    ContactRole,
    MandatedObligation,
    Plan,
    Section,
    TrustedContact,
)
from workbook.domain.schedule import Repeat, Schedule
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
    partner_ids = {a.partner_id for a in plan.checkin_agreements if a.partner_id}
    assert len(partner_ids) >= 2
    for partner_id in sorted(partner_ids):
        out = tmp_path / f"card-{partner_id}.pdf"
        report = export_pdf(
            plan, out, page_size="A4", made_at=MADE, reader=Reader.PARTNER, partner_id=partner_id
        )
        assert report.pages == 1
        text = squash("".join(page.extract_text() for page in pypdf.PdfReader(out).pages))
        for a in plan.checkin_agreements:
            mine = a.partner_id == partner_id
            assert (squash(a.danger_code_word) in text) is mine, a.danger_code_word
            for step in a.escalation_steps:
                assert not mine or squash(step) in text
            assert not a.notes.strip() or squash(a.notes) not in text
        for e in plan.contact_log:
            assert squash(e.what_happened) not in text
        for entry in plan.checkin_log:
            assert not entry.note.strip() or squash(entry.note) not in text
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
    # The log's outline is its pages: the first entry on each (the demo's log fits on one).
    assert [title.split(",")[0] for title, _ in log] == ["No. 1"]
    document = pypdf.PdfReader(out)
    for title, page in log + contacts:
        # Each bookmark lands on the page that shows the record.
        text = squash(document.pages[page - 1].extract_text())
        assert squash(title.split(" (")[0].split(",")[0]) in text, (title, page)


def test_a_long_log_has_a_bookmark_for_the_first_entry_of_each_page(tmp_path: Path) -> None:
    """50,000 entries make an outline of pages, not of 50,000 lines: one bookmark per page
    of the log, naming the first entry that starts there, and landing on that page."""
    start = datetime(2026, 1, 5, 8, 0)
    log = [
        ContactLogEntry(
            occurred_at=start + timedelta(hours=5 * n),
            channel=ContactChannel.TEXT,
            what_happened=f"Message {n + 1}: asked to meet at the station.",
        )
        for n in range(90)
    ]
    out = tmp_path / "log.pdf"
    report = export_pdf(Plan(contact_log=log), out, page_size="A4", made_at=MADE)
    first = report.section_pages[Section.CONTACT_LOG.value]
    marks = [(title, page) for level, title, page in outline(out) if level == 1]
    document = pypdf.PdfReader(out)
    log_pages = range(first, report.pages + 1)
    assert len(log_pages) >= 3
    assert [page for _, page in marks] == list(log_pages)
    numbers = [int(title.split(",")[0].removeprefix("No. ")) for title, _ in marks]
    assert numbers[0] == 1 and numbers == sorted(set(numbers))
    for (title, page), number in zip(marks, numbers, strict=True):
        text = squash(document.pages[page - 1].extract_text())
        assert squash(f"No. {number}") in text, (title, page)
        # The entry before it is on an earlier page: it is the first that starts here.
        assert not re.search(rf"No\.{number - 1}(?!\d)", text), (title, page)


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
    for text in pages:
        # A record's heading never ends a page: some of its rows follow it there.
        lines = [line for line in text.splitlines() if line.strip() and "· made" not in line]
        headings = [i for i, line in enumerate(lines) if line.startswith("Person ")]
        if headings:
            after = lines[headings[-1] + 1 :]
            assert any(
                not line.startswith("Page ") and not line.strip().isdigit() for line in after
            ), text[-300:]
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


def test_the_exhibits_list_numbers_each_file_and_its_entry_names_them(
    demo: Plan, tmp_path: Path
) -> None:
    log = demo.contact_log
    files = [
        Attachment(entry_id=log[1].id, name="voicemail.m4a", size=48213, sha256="ab" * 32),
        Attachment(entry_id=log[1].id, name="screenshot.png", size=1200, sha256="cd" * 32),
        Attachment(entry_id=log[3].id, name="letter.pdf", size=90001, sha256="ef" * 32),
    ]
    demo.attachments = files
    log[1].attachment_hashes = [files[0].sha256, files[1].sha256]
    log[3].attachment_hashes = [files[2].sha256]
    for reader in (Reader.PLAN, Reader.LAWYER, Reader.COURT):
        text, _ = text_for(demo, reader, tmp_path)
        listed = text[text.index(squash("The files attached to the log")) :]
        for number, item in enumerate(files, start=1):
            row = squash(f"{number} {item.name} {item.size:,} bytes {item.sha256}")
            assert row in listed, (reader, item.name)
        assert squash("No. 2,") in listed and squash("No. 4,") in listed
        # In the log, each entry names its exhibits beside its hash.
        assert squash("Exhibits 1, 2") in text and squash("Exhibit 3") in text


def test_the_exhibits_list_is_left_out_where_there_are_no_files(demo: Plan, tmp_path: Path) -> None:
    demo.attachments = []
    text, _ = text_for(demo, Reader.LAWYER, tmp_path)
    assert squash("The files attached to the log") not in text
    assert squash("Exhibit") not in text


# --- bad input: a plain message or a sensible export, never a traceback ----------------


def odd_plan() -> Plan:
    """A partner with no agreement, an agreement with no partner, a schedule with no times,
    dates at the ends of the calendar and 1,000 check-in times a day."""
    alone = TrustedContact(name="Alex Doe", roles=[ContactRole.CHECK_IN_PARTNER])
    partner = TrustedContact(name="Sam Roe", phones=["555-0123"])
    many = tuple(time(minute // 60, minute % 60) for minute in range(1000))
    agreements = [
        CheckInAgreement(partner_id=None, schedule="when I can", danger_code_word="kettle"),
        CheckInAgreement(
            partner_id=partner.id,
            timetable=Schedule(repeat=Repeat.WEEKLY, weekdays=(0, 1, 2, 3, 4, 5, 6), times=many),
        ),
        CheckInAgreement(partner_id=partner.id, timetable=Schedule(repeat=Repeat.WEEKLY)),
        CheckInAgreement(
            partner_id=partner.id,
            timetable=Schedule(
                repeat=Repeat.WEEKLY,
                weekdays=(0,),
                times=(time(9, 0),),
                start=date(1, 1, 1),
                end=date(9999, 12, 31),
            ),
        ),
    ]
    obligation = MandatedObligation(
        requirement="Handover at the library",
        start_date=date(1, 1, 1),
        review_date=date(9999, 12, 31),
        timetable=Schedule(repeat=Repeat.DATES, dates=(date(1, 1, 1), date(9999, 12, 31))),
    )
    log = [
        ContactLogEntry(occurred_at=datetime(1, 1, 1, 0, 0), what_happened="long ago"),
        ContactLogEntry(occurred_at=datetime(9999, 12, 31, 23, 59), what_happened="far ahead"),
    ]
    return Plan(
        contacts=[alone, partner],
        checkin_agreements=agreements,
        obligations=[obligation],
        contact_log=log,
        next_review=date(9999, 12, 31),
    )


def test_odd_plans_export_for_every_reader_without_a_traceback(tmp_path: Path) -> None:
    plan = odd_plan()
    for reader in (Reader.PLAN, Reader.LAWYER, Reader.COURT):
        out = tmp_path / f"{reader.value}.pdf"
        report = export_pdf(plan, out, page_size="A4", made_at=MADE, reader=reader)
        assert report.pages >= 1 and out.stat().st_size > 0
        text = squash("".join(page.extract_text() for page in pypdf.PdfReader(out).pages))
        assert squash("far ahead") in text and squash("long ago") in text


def test_odd_plans_partner_cards_are_made_or_refused_plainly(tmp_path: Path) -> None:
    from workbook.export.partner_card import PartnerCardError, export_partner_card

    plan = odd_plan()
    alone, partner = plan.contacts
    with pytest.raises(PartnerCardError) as refused:
        export_partner_card(plan, alone.id, tmp_path / "alone.pdf", made_at=MADE)
    assert "Traceback" not in str(refused.value) and str(refused.value).strip()
    assert not (tmp_path / "alone.pdf").exists()
    for size in ("A4", "Letter"):
        out = tmp_path / f"card-{size}.pdf"
        report = export_partner_card(plan, partner.id, out, page_size=size, made_at=MADE)
        assert report.pages >= 1
        text = squash("".join(p.extract_text() for p in pypdf.PdfReader(out).pages))
        assert squash("kettle") not in text  # the agreement without a partner is not theirs


def test_odd_plans_calendar_is_small_and_parses(tmp_path: Path) -> None:
    import icalendar

    from workbook.export.calendar import CalendarExportError, export_calendar

    out = tmp_path / "plan.ics"
    try:
        export_calendar(odd_plan(), out, made_at=MADE)
    except CalendarExportError as error:
        assert str(error).strip() and not out.exists()
        return
    data = out.read_bytes()
    assert len(data) < 2_000_000  # no recurrence written out as millions of events
    calendar = icalendar.Calendar.from_ical(data)
    assert calendar.walk("VEVENT")
