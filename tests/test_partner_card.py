"""The card for one check-in partner: one page, that partner's agreement and the person's own
details, nothing about anyone else."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from workbook.domain.model import (
    AboutMe,
    BackupPlan,
    CheckInAgreement,
    ContactLogEntry,
    Plan,
    SuspectedProxy,
    TrustedContact,
)
from workbook.domain.schedule import Repeat, Schedule
from workbook.export.partner_card import (
    PartnerCardError,
    build_partner_card,
    export_partner_card,
    partners,
)

MADE = datetime(2026, 11, 27, 12, 0)


def _plan() -> tuple[Plan, TrustedContact, TrustedContact]:
    robin = TrustedContact(name="Robin Example", phones=["+1 555 0101"], code_word="kestrel")
    sam = TrustedContact(name="Sam Sample", phones=["+1 555 0102"], code_word="heron")
    plan = Plan(
        contacts=[robin, sam],
        about_me=AboutMe(
            name="Alex Example", phone="+1 555 0142", whereabouts="14 Example Road, Flat 3"
        ),
        checkin_agreements=[
            CheckInAgreement(
                partner_id=robin.id,
                timetable=Schedule(repeat=Repeat.DAILY, times=(time(21, 0),)),
                schedule="Every evening",
                grace_minutes=45,
                escalation_steps=["Call me twice", "Call the police"],
                danger_code_word="blue umbrella",
            ),
            CheckInAgreement(
                partner_id=sam.id,
                escalation_steps=["Knock at the door of number 12"],
                danger_code_word="green teapot",
            ),
        ],
        backup_plans=[BackupPlan(title="Shelter at 99 Hidden Lane", safe_places="Aunt's flat")],
        proxies=[SuspectedProxy(name="Pat Proxy", notes="spies for him")],
        contact_log=[ContactLogEntry(what_happened="He sent 14 texts")],
    )
    return plan, robin, sam


def _text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_one_page_with_what_the_partner_needs(tmp_path: Path, paper: str) -> None:
    plan, robin, _ = _plan()
    out = tmp_path / "card.pdf"
    report = export_partner_card(
        plan, robin.id, out, emergency="911", page_size=paper, made_at=MADE
    )
    assert report.pages == 1 and report.size == 16.0
    assert out.stat().st_mode & 0o777 == 0o600
    text = " ".join(_text(out).split())
    for wanted in (
        "Alex Example",
        "+1 555 0142",
        "14 Example Road, Flat 3",
        "Every day at 21:00",
        "Every evening",
        "45 minutes",
        "blue umbrella",
        "Call me twice",
        "Call the police",
        "kestrel",
        "911",
    ):
        assert wanted in text, wanted


def test_nothing_about_anyone_else(tmp_path: Path) -> None:
    plan, robin, _ = _plan()
    out = tmp_path / "card.pdf"
    export_partner_card(plan, robin.id, out, emergency="112", made_at=MADE)
    text = _text(out)
    for other in (
        "Sam Sample",
        "555 0102",
        "heron",
        "green teapot",
        "number 12",
        "Hidden Lane",
        "Aunt",
        "Pat Proxy",
        "spies",
        "14 texts",
        "555 0101",  # even the partner's own number: they know it
    ):
        assert other not in text, other


def test_partners_are_those_with_an_agreement() -> None:
    plan, robin, sam = _plan()
    plan.contacts.append(TrustedContact(name="Nobody's partner"))
    assert [c.id for c in partners(plan)] == [robin.id, sam.id]


def test_a_partner_without_agreement_or_gone_is_a_plain_message() -> None:
    plan, _, _ = _plan()
    loner = TrustedContact(name="Lee Lonely")
    plan.contacts.append(loner)
    with pytest.raises(PartnerCardError, match="Lee Lonely has no check-in agreement"):
        build_partner_card(plan, loner.id)
    with pytest.raises(PartnerCardError, match="no longer in the plan"):
        build_partner_card(plan, "gone")


def test_long_steps_get_smaller_type_before_a_second_page() -> None:
    plan, robin, _ = _plan()
    plan.checkin_agreements[0].escalation_steps = [
        f"Step {n}: call the next person on the list and tell them where I was last seen."
        for n in range(1, 15)
    ]
    _data, report = build_partner_card(plan, robin.id, made_at=MADE)
    assert report.pages == 1
    assert report.size < 16.0


def test_hostile_text_is_literal_and_every_script_drawn(tmp_path: Path) -> None:
    plan, robin, _ = _plan()
    plan.about_me = AboutMe(name="<b>Alex</b> & सीता 🌻", phone="+1 555 0142", whereabouts="")
    out = tmp_path / "card.pdf"
    report = export_partner_card(plan, robin.id, out, made_at=MADE)
    assert report.undrawable == []
    assert "<b>Alex</b> &" in _text(out)


def test_password_encrypts(tmp_path: Path) -> None:
    plan, robin, _ = _plan()
    out = tmp_path / "card.pdf"
    export_partner_card(plan, robin.id, out, password="correct horse battery", made_at=MADE)
    reader = PdfReader(out)
    assert reader.is_encrypted
    assert b"Alex Example" not in out.read_bytes()
    reader.decrypt("correct horse battery")
    assert "Alex Example" in reader.pages[0].extract_text()
