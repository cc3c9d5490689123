"""Every script in the PDF: a name in each one is drawn, and can be copied back in the order
it was typed.

Text that needs shaping or right-to-left order is drawn inside marked-content spans whose
/ActualText is the text as typed (workbook/export/pdf_text.py). pypdf's own extractor does
not read /ActualText, so `actual_texts` below reads the spans from the page's content stream;
poppler's `pdftotext`, which PDF readers of the poppler family use for copy and search, reads
them itself and is checked too where it is installed.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream, DictionaryObject

from workbook.domain.model import Plan, TrustedContact

NAMES: dict[str, str] = {
    "Latin": "Zoë Ångström-Łukasiewicz",
    "Latin, accents typed apart (NFD)": unicodedata.normalize("NFD", "José Müller"),
    "Greek": "Ελένη Παπαδοπούλου",
    "Cyrillic": "Наталья Иванова",
    "Arabic": "فاطمة الزهراء",
    "Hebrew": "נועה כהן",
    "Devanagari": "प्रिया शर्मा",
    "Thai": "สมศรี ใจดี",
    "Chinese": "王秀英",
    "Japanese": "山田 花子",
    "Korean": "김민수",
    "Emoji": "Mum 🌻💛",
    "Arabic with a bidi mark": "\u200fسارة 2024",
}


def _plan() -> Plan:
    plan = Plan()
    for script, name in NAMES.items():
        plan.contacts.append(TrustedContact(name=name, relationship=f"Friend ({script})"))
    return plan


def actual_texts(reader: PdfReader) -> Iterator[str]:
    """The /ActualText of every marked-content span, page by page, in drawing order."""
    for page in reader.pages:
        content = ContentStream(page.get_contents(), reader)
        for operands, operator in content.operations:
            if operator != b"BDC" or len(operands) < 2:
                continue
            properties = operands[1]
            if isinstance(properties, DictionaryObject) and "/ActualText" in properties:
                yield str(properties["/ActualText"])


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@pytest.fixture(params=["with system fonts", "packaged fonts only"])
def font_setting(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The second run hides the computer's own fonts, standing for a stock Windows or macOS
    whose fonts have other names: the packaged and shipped fonts must draw every name."""
    from workbook.export import fonts

    monkeypatch.setattr(fonts, "_chain", None)
    if request.param == "packaged fonts only":
        monkeypatch.setattr(fonts, "_system_fallbacks", lambda: [])
    return str(request.param)


def _export(tmp_path: Path) -> tuple[Path, object]:
    from workbook.export.pdf import export_pdf

    out = tmp_path / "scripts.pdf"
    report = export_pdf(_plan(), out)
    return out, report


def test_every_name_is_drawn_and_copies_back_in_logical_order(
    tmp_path: Path, font_setting: str
) -> None:
    out, report = _export(tmp_path)
    assert getattr(report, "undrawable", None) == [], font_setting
    reader = PdfReader(out)
    plain = "".join(page.extract_text() for page in reader.pages)
    spans = list(actual_texts(reader))
    for script, name in NAMES.items():
        wanted = _nfc(name).replace("\u200f", "")
        in_span = any(wanted in _nfc(span).replace("\u200f", "") for span in spans)
        in_plain = wanted in _nfc(plain)
        assert in_span or in_plain, (script, font_setting)
        if script in ("Arabic", "Hebrew", "Devanagari", "Thai", "Emoji", "Arabic with a bidi mark"):
            # Shaped and right-to-left text: the span carries the name exactly as typed.
            assert in_span, (script, font_setting)


def test_bidi_marks_are_not_drawn(tmp_path: Path) -> None:
    """An RLM steers the order; no glyph may stand for it on the page."""
    from workbook.export import fonts
    from workbook.export.pdf_text import BIDI_CONTROLS, TextMaker

    maker = TextMaker(fonts.font_chain())
    for control in BIDI_CONTROLS:
        runs = maker.runs(f"a{control}b")
        assert "".join(text for _, text in runs) == "ab"


def test_a_character_no_font_has_is_marked_and_named_with_its_field_and_page(
    tmp_path: Path,
) -> None:
    from workbook.export.pdf import export_pdf
    from workbook.export.pdf_text import MISSING_MARK

    plan = Plan()
    # U+10FFFD is a private-use character: no font draws it.
    plan.contacts.append(TrustedContact(name="Ada \U0010fffd Lovelace"))
    out = tmp_path / "missing.pdf"
    report = export_pdf(plan, out)
    assert report.undrawable == ["\U0010fffd"]
    places = getattr(report, "undrawable_places", None)
    assert places, "the report names where the character is"
    assert all(page >= 1 for _, _, page in places)
    reader = PdfReader(out)
    text = "".join(page.extract_text() for page in reader.pages)
    assert f"Ada {MISSING_MARK} Lovelace" in text or any(
        "Ada \U0010fffd Lovelace" in span for span in actual_texts(reader)
    )


RIGHT_TO_LEFT = ("Arabic", "Hebrew", "Arabic with a bidi mark")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_poppler_copies_every_name(tmp_path: Path, font_setting: str) -> None:
    """Poppler reads /ActualText: every left-to-right name copies back exactly. Poppler then
    applies its own right-to-left heuristics to the span's text once more, so for Arabic and
    Hebrew only the words are checked here (see the notes of workbook/export/pdf_text.py)."""
    out, _ = _export(tmp_path)
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    text = _nfc(done.stdout)
    for script, name in NAMES.items():
        wanted = _nfc(name).replace("\u200f", "")
        if script in RIGHT_TO_LEFT:
            for word in wanted.split():
                assert word in text or word[::-1] in text, (script, word, font_setting)
        else:
            assert wanted in text, (script, font_setting)


@pytest.mark.parametrize("name", ["(王秀英 🌻)", "(สมศรี ใจดี)", "«Mum 🌻💛»", "[山田 花子 🌻]"])
def test_a_word_that_starts_in_one_font_and_goes_on_in_another(tmp_path: Path, name: str) -> None:
    """ReportLab shapes a word as one run in the font of its first letter: "(王秀英" with the
    Latin font's HarfBuzz face, which has no 王, and stopped the whole export. Such a line is
    drawn unshaped; the name is still there to copy."""
    from workbook.export.pdf import export_pdf

    plan = Plan()
    plan.contacts.append(TrustedContact(name=name, notes=f"Call {name} first."))
    out = tmp_path / "mixed.pdf"
    report = export_pdf(plan, out)
    assert getattr(report, "undrawable", None) == []
    reader = PdfReader(out)
    plain = _nfc("".join(page.extract_text() for page in reader.pages))
    spans = [_nfc(span) for span in actual_texts(reader)]
    assert _nfc(name) in plain or any(_nfc(name) in span for span in spans)


@pytest.mark.parametrize("name", ["प्रिया शर्मा", "สมศรี ใจดี", "فاطمة الزهراء", "נועה כהן"])
def test_a_plain_cell_never_takes_letters_that_must_be_shaped_or_reordered(name: str) -> None:
    """Noto Sans has Devanagari glyphs: a value drawn as a plain cell in it showed its
    halants and its vowel sign after the consonant. Such text always goes to the shaping
    path, whichever font of the chain has its glyphs."""
    from workbook.export.pdf_engine import Drawing
    from workbook.export.pdf_text import has_rtl, needs_shaping
    from workbook.export.pdf_writer import Line

    drawing = Drawing("A4", 1, None, None)
    assert drawing.fast(f"{name} Maya", drawing.look_value, drawing.value_width) is None
    cell = drawing.value_cell([f"{name} Maya"])
    assert isinstance(cell, tuple) and cell and all(isinstance(line, Line) for line in cell)
    (line,) = cell
    drawn = "".join(text for _, text, _, _ in line.runs)
    # Copying gives the name as typed, whatever glyphs or order are drawn.
    assert line.span and f"{name} Maya".encode("utf-16-be").hex().upper() in line.span
    if needs_shaping(name):  # HarfBuzz shaped the name's run(s), never the plain glyphs
        assert all(shaped for _, text, _, shaped in line.runs if needs_shaping(text))
        assert any(shaped for *_, shaped in line.runs)
    if has_rtl(name):  # drawn right to left: the Latin word first, the letters turned round
        assert drawn.startswith("Maya ") and drawn != f"{name} Maya"


def test_a_space_stays_in_the_run_of_the_word_before_it() -> None:
    """Words of one script and the spaces between them are one run in their font (its own
    space width, as the line was measured), also once every character's font is known and
    runs are found from that table."""
    from workbook.export import fonts
    from workbook.export.pdf_text import TextMaker

    maker = TextMaker(fonts.font_chain())
    maker.missing_in("ä ö")  # the font of a space is asked for
    for line in ("כהן נועה x", "x כהן נועה", "נועה כהן"):  # the last two: every font known
        runs = maker.runs(line)
        assert "".join(text for _, text in runs) == line
        # Both words, and the space between them, in one run.
        assert any("כהן" in text and "נועה" in text for _, text in runs), (line, runs)
