"""The PDF speaks of the other person as the plan does: read back with pypdf. The person's own
plan and the lawyer's copy use the chosen name; the court's copy never prints it."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pypdf
import pytest

from workbook.domain.demo import demo_plan
from workbook.domain.fields import Reader
from workbook.domain.model import OtherPerson, Plan
from workbook.domain.other_person import Voice, current_voice, set_voice
from workbook.export.pdf import export_pdf

MADE = datetime(2026, 3, 2, 9, 0)


def _text(plan: Plan, out: Path, reader: Reader) -> str:
    export_pdf(plan, out, page_size="A4", made_at=MADE, reader=reader)
    pages = pypdf.PdfReader(out).pages
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pages))


@pytest.mark.parametrize(
    ("choice", "name", "directly", "connection"),
    [
        (OtherPerson.HE, "", "Him, directly", "Connection to him"),
        (OtherPerson.SHE, "", "Her, directly", "Connection to her"),
        (OtherPerson.THEY, "", "The other person, directly", "Connection to the other person"),
        (OtherPerson.NAME, "Robin Vale", "Robin Vale, directly", "Connection to Robin Vale"),
    ],
)
def test_the_plan_pdf_speaks_of_them_as_chosen(
    tmp_path: Path, choice: OtherPerson, name: str, directly: str, connection: str
) -> None:
    plan = demo_plan(date(2026, 3, 2))
    plan.other_person, plan.other_person_name = choice, name
    set_voice(Voice(OtherPerson.SHE))  # the window's voice: the export uses the plan's own
    try:
        text = _text(plan, tmp_path / "plan.pdf", Reader.PLAN)
        assert current_voice() == Voice(OtherPerson.SHE), "the export leaves the window's voice"
    finally:
        set_voice(Voice())
    assert directly in text
    assert connection in text
    others = {"Him, directly", "Her, directly", "The other person, directly"} - {directly}
    assert not any(other in text for other in others)


def test_the_court_copy_never_prints_the_chosen_name(tmp_path: Path) -> None:
    plan = demo_plan(date(2026, 3, 2))
    plan.other_person, plan.other_person_name = OtherPerson.NAME, "Quillon Marsh"
    lawyer = _text(plan, tmp_path / "lawyer.pdf", Reader.LAWYER)
    court = _text(plan, tmp_path / "court.pdf", Reader.COURT)
    assert "Quillon Marsh, directly" in lawyer
    assert "Quillon" not in court
    assert "The other person, directly" in court


def test_a_hostile_name_is_printed_as_written(tmp_path: Path) -> None:
    plan = demo_plan(date(2026, 3, 2))
    hostile = "<b>Sam</b> & {0} %n"
    plan.other_person, plan.other_person_name = OtherPerson.NAME, hostile
    text = _text(plan, tmp_path / "plan.pdf", Reader.PLAN)
    assert f"{hostile}, directly" in text
