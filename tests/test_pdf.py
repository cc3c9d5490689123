"""The safety-plan PDF, read back with pypdf: every word there, exactly once and in order,
nothing injected, right fonts, password and metadata as promised, atomic writes."""

from __future__ import annotations

import os
import re
import unicodedata
from datetime import datetime
from pathlib import Path

import hostile
import pikepdf
import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbook.domain.model import Plan, TrustedContact
from workbook.export import pdf as pdf_module
from workbook.export.pdf import (
    ExportCancelled,
    PdfExportError,
    default_page_size,
    export_pdf,
)

MADE = datetime(2026, 3, 2, 10, 0)
_FOOTER = re.compile(r"Safety plan · made \d+ \w+ \d{4}|Page \d+ of\s*\d+")
_CONTINUED = re.compile(r"^\s*[^\n]{0,400}(?:\n[^\n]{0,400}){0,3}?\s*\(continued\)", re.S)


def squash(text: str) -> str:
    """Compare text as a reader would: compatibility forms folded, whitespace ignored.

    Wrapped lines and long words split over lines only add whitespace (no hyphens are
    inserted: hyphenation is off), so removing all whitespace on both sides is exact."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def pages_text(path: Path, first_page: int = 1, password: str | None = None) -> str:
    reader = pypdf.PdfReader(path)
    if password is not None:
        reader.decrypt(password)
    texts = [_FOOTER.sub("", page.extract_text()) for page in reader.pages[first_page - 1 :]]
    # A record's name repeated "(continued)" at the top of a page is no copy of its content.
    texts = [_CONTINUED.sub("", text, count=1) for text in texts]
    return squash("\n".join(texts))


def assert_in_order(
    text: str, fields: list[tuple[str, str]], once: set[str], rtl: set[str]
) -> None:
    position = 0
    letters = re.sub(r"\W", "", text)
    for tag, value in fields:
        if tag in rtl:
            # Right-to-left text is drawn in visual order with Arabic presentation forms,
            # and pypdf reverses some of it back while extracting: the tag finds the field
            # (exactly once, in order) and every word must be there, one way or the other.
            from workbook.export.pdf_text import _reshape

            needle = squash(tag)
            for word in _reshape(value).split():
                w = re.sub(r"\W", "", squash(word))
                assert w in letters or w[::-1] in letters, (tag, word)
        else:
            needle = squash(value)
        found = text.find(needle, position)
        assert found >= 0, f"{tag} missing or out of order: {value[:80]!r}"
        if tag in once:
            assert text.count(needle) == 1, f"{tag} appears {text.count(needle)} times"
        position = found + len(needle)


@pytest.fixture(scope="module")
def hostile_export(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    plan = hostile.hostile_plan()
    out = tmp_path_factory.mktemp("pdf") / "hostile.pdf"
    report = export_pdf(plan, out, page_size="A4", made_at=MADE)
    return out, report


def test_hostile_plan_every_field_exactly_once_and_in_order(
    hostile_export: tuple[Path, pdf_module.PdfReport],
) -> None:
    out, report = hostile_export
    _, fields, referenced, rtl = hostile.build()
    assert report.pages > 20  # 100 kB notes flow over many pages
    text = pages_text(out, first_page=report.section_pages["mandated"])
    once = {tag for tag, _ in fields} - referenced
    assert_in_order(text, fields, once, rtl)
    # Markup shows literally: the tags were escaped, not obeyed.
    assert squash("<img src=x onerror=alert(1)>") in text
    assert squash("<onDraw name=x label=y/>") in text
    assert squash("&amp; &lt; &#x41; &nbsp; &") in text
    assert report.undrawable == []


def test_hostile_plan_essentials_and_sections_in_wizard_order(
    hostile_export: tuple[Path, pdf_module.PdfReport],
) -> None:
    _, report = hostile_export
    order = [
        "essentials",
        "mandated",
        "boundaries",
        "contacts",
        "backup_plans",
        "checkins",
        "proxies",
        "contact_log",
    ]
    pages = [report.section_pages[key] for key in order]
    assert pages == sorted(pages) and len(set(pages)) == len(pages)
    assert report.section_pages["essentials"] == 1


def test_hostile_plan_survives_the_plan_format_round_trip(tmp_path: Path) -> None:
    from workbook.export.plan_json import plan_from_json, plan_to_json

    plan = plan_from_json(plan_to_json(hostile.hostile_plan()))
    report = export_pdf(plan, tmp_path / "again.pdf", page_size="Letter", made_at=MADE)
    _, fields, referenced, rtl = hostile.build()
    text = pages_text(tmp_path / "again.pdf", first_page=report.section_pages["mandated"])
    assert_in_order(text, fields, {t for t, _ in fields} - referenced, rtl)


def test_demo_plan_every_field_in_order(demo: Plan, tmp_path: Path) -> None:
    report = export_pdf(demo, tmp_path / "demo.pdf", made_at=MADE)
    text = pages_text(tmp_path / "demo.pdf", first_page=report.section_pages["mandated"])
    fields: list[str] = []
    for o in demo.obligations:
        fields += [o.mandated_by_name, o.reference, o.requirement, o.schedule, o.location]
        fields += [o.topics_allowed, o.notes]
    s = demo.statements
    fields += [s.firm_sentence, s.third_party_reply, s.gift_return]
    for status in ("adopted", "suggested", "dropped"):
        for c in demo.commitments:
            if c.status.value == status:
                fields += [c.text, c.notes]
    for contact in demo.contacts:
        fields += [contact.name, contact.relationship, *contact.phones, contact.email]
        fields += [contact.code_word, contact.best_times, contact.notes]
    for b in demo.backup_plans:
        fields += [b.title, b.warning_signs, *b.steps, b.safe_places, b.what_to_take]
        fields += [b.emergency_numbers, b.protective_order]
    for a in demo.checkin_agreements:
        fields += [a.schedule, *a.escalation_steps, a.danger_code_word, a.notes]
    fields += [entry.note for entry in demo.checkin_log]
    for p in demo.proxies:
        fields += [p.name, p.connection_to_him, p.connection_to_me, p.what_they_did]
        fields += [p.dates_and_evidence, p.notes]
    for e in demo.contact_log:
        fields += [e.what_happened, e.response_detail, e.evidence_ref]
    tagged = [(f"demo{i}", value) for i, value in enumerate(fields) if value.strip()]
    # Long free texts are unique in the demo: those must appear exactly once, except the
    # check-in schedules, which the check-in log repeats next to each entry.
    repeated = {a.schedule for a in demo.checkin_agreements}
    once = {tag for tag, value in tagged if len(value) > 30 and value not in repeated}
    assert_in_order(text, tagged, once, set())
    assert report.pages >= 8


def test_essentials_page_holds_numbers_partners_code_words_and_firm_sentence(
    demo: Plan, tmp_path: Path
) -> None:
    report = export_pdf(demo, tmp_path / "demo.pdf", made_at=MADE)
    reader = pypdf.PdfReader(tmp_path / "demo.pdf")
    last = report.section_pages["mandated"] - 1
    first = squash("".join(p.extract_text() for p in reader.pages[:last]))
    assert squash("Essentials") in first
    assert squash(demo.statements.firm_sentence) in first
    for agreement in demo.checkin_agreements:
        assert squash(agreement.danger_code_word) in first
        assert squash(agreement.schedule) in first
    for backup in demo.backup_plans:
        if backup.emergency_numbers:
            assert squash(backup.emergency_numbers) in first
    assert squash("Made on 2 March 2026") in first
    assert squash(f"Page 1 of {report.pages}") in squash(reader.pages[0].extract_text())


def test_section_last_changed_dates_and_resolved_references(demo: Plan, tmp_path: Path) -> None:
    export_pdf(demo, tmp_path / "demo.pdf", made_at=MADE)
    text = pages_text(tmp_path / "demo.pdf")
    assert text.count(squash("Last changed")) == 7
    # Handled by -> the contact's name, never an id.
    for o in demo.obligations:
        assert o.handled_by_id is not None and o.handled_by_id not in text
    assert squash("Handled by Maya Lindqvist") in text
    assert squash("Through Carol (his cousin)") in text


def _font_objects(path: Path, password: str | None = None) -> list[pikepdf.Dictionary]:
    fonts = []
    with pikepdf.open(path, password=password or "") as pdf:
        for page in pdf.pages:
            resources = page.obj.get("/Resources", {})
            for _, font in resources.get("/Font", {}).items():
                fonts.append((str(font.BaseFont), font))
        return [(name, font.Subtype, "/FontFile2" in _descriptor(font)) for name, font in fonts]


def _descriptor(font: pikepdf.Dictionary) -> pikepdf.Dictionary:
    if "/FontDescriptor" in font:
        return font.FontDescriptor
    return font.DescendantFonts[0].FontDescriptor


def test_fonts_are_embedded_truetype_and_cover_every_script(
    hostile_export: tuple[Path, pdf_module.PdfReport],
) -> None:
    out, _ = hostile_export
    fonts = _font_objects(out)
    names = {name for name, _, _ in fonts}
    assert all(subtype == "/TrueType" and embedded for _, subtype, embedded in fonts), fonts
    assert any("NotoSansArabic" in name for name in names), names
    assert any("Heebo" in name for name in names), names
    assert not any(
        base in name
        for name in names
        for base in ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")
    )


def test_a_character_no_font_has_is_reported_and_the_export_still_succeeds(
    tmp_path: Path,
) -> None:
    plan = Plan(contacts=[TrustedContact(name="Unusual \U0010fffd name \U000e0001x")])
    report = export_pdf(plan, tmp_path / "odd.pdf", made_at=MADE)
    assert "\U0010fffd" in report.undrawable
    assert (tmp_path / "odd.pdf").stat().st_size > 1000
    assert squash("Unusual") in pages_text(tmp_path / "odd.pdf")


def test_password_protected_pdf_needs_its_password_and_is_aes256_r6(
    demo: Plan, tmp_path: Path
) -> None:
    out = tmp_path / "locked.pdf"
    report = export_pdf(demo, out, password="correct horse battery", made_at=MADE)
    assert report.encrypted
    reader = pypdf.PdfReader(out)
    assert reader.is_encrypted
    with pytest.raises(pypdf.errors.FileNotDecryptedError):
        reader.pages[0].extract_text()
    assert reader.decrypt("wrong password") == pypdf.PasswordType.NOT_DECRYPTED
    reader = pypdf.PdfReader(out)
    assert reader.decrypt("correct horse battery") != pypdf.PasswordType.NOT_DECRYPTED
    assert squash(demo.statements.firm_sentence) in squash(reader.pages[0].extract_text())
    encrypt = reader.trailer["/Encrypt"]
    assert encrypt["/R"] == 6 and encrypt["/V"] == 5
    assert encrypt["/CF"]["/StdCF"]["/CFM"] == "/AESV3"
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(out)
    # The plaintext is nowhere in the file.
    assert b"Maya" not in out.read_bytes()


def test_metadata_is_neutral(demo: Plan, tmp_path: Path) -> None:
    out = tmp_path / "plain.pdf"
    export_pdf(demo, out, made_at=MADE)
    with pikepdf.open(out) as pdf:
        assert "/Info" not in pdf.trailer or len(pdf.trailer.Info.keys()) == 0
        assert "/Metadata" not in pdf.Root
        # Scrubbed in place without a password: still a well-formed file for qpdf.
        assert pdf.check_pdf_syntax() == []
    raw = out.read_bytes()
    for leak in (b"ReportLab", b"reportlab", b"/Producer", b"/CreationDate", b"/Author"):
        assert leak not in raw


def test_atomic_write_leaves_no_partial_or_temp_file_on_error(
    demo: Plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "plan.pdf"
    out.write_bytes(b"the old file")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf_module.os, "replace", broken_replace)
    with pytest.raises(PdfExportError):
        export_pdf(demo, out, made_at=MADE)
    assert out.read_bytes() == b"the old file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]


def test_written_file_is_private_and_complete(demo: Plan, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    report = export_pdf(demo, out, made_at=MADE)
    assert out.stat().st_size == report.size_bytes
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]


def test_no_plaintext_temp_file_when_a_password_is_set(
    demo: Plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written: list[bytes] = []
    real = pdf_module.atomic_write

    def spy(path: Path, data: bytes, temp_prefix: str) -> None:
        written.append(data)
        real(path, data, temp_prefix)

    monkeypatch.setattr(pdf_module, "atomic_write", spy)
    export_pdf(demo, tmp_path / "x.pdf", password="pw", made_at=MADE)
    assert len(written) == 1 and b"/Encrypt" in written[0] and b"Lindqvist" not in written[0]


def test_cancel_stops_and_writes_nothing(demo: Plan, tmp_path: Path) -> None:
    seen: list[int] = []
    with pytest.raises(ExportCancelled):
        export_pdf(
            demo,
            tmp_path / "c.pdf",
            made_at=MADE,
            progress=lambda done, total: seen.append(done),
            cancelled=lambda: len(seen) >= 3,
        )
    assert list(tmp_path.iterdir()) == []


def test_a_long_log_breaks_between_rows_with_its_header_on_every_page(tmp_path: Path) -> None:
    """1,500 rows over many pages: every row once and in order, none cut or lost at a page
    break, the column header at the top of every page of the log, 'Page n of N' below."""
    from datetime import timedelta

    from workbook.domain.model import ContactLogEntry

    start = datetime(2026, 1, 1, 8, 0)
    entries = [
        ContactLogEntry(
            occurred_at=start + timedelta(minutes=41 * i),
            what_happened=f"Row {i:04d} asked to meet 'just to talk' & <b>again</b>"
            + (" in a message that runs over several lines of its column" * (i % 4)),
            response_detail=f"Reply {i:04d}",
            evidence_ref=f"Shot {i:04d}",
        )
        for i in range(1500)
    ]
    out = tmp_path / "log.pdf"
    report = export_pdf(Plan(contact_log=entries), out, page_size="Letter", made_at=MADE)
    first = report.section_pages["contact_log"]
    assert report.pages - first > 30
    text = pages_text(out, first)
    position = 0
    for i in range(1500):
        for needle in (f"Row{i:04d}asked", f"Reply{i:04d}", f"Shot{i:04d}"):
            found = text.find(needle, position)
            assert found >= 0 and text.count(needle) == 1, needle
            position = found
    reader = pypdf.PdfReader(out)
    for number in range(first, report.pages + 1):
        page = reader.pages[number - 1].extract_text()
        assert "When" in page.split("Who, how")[0], number
        assert f"Page {number} of" in page and str(report.pages) in page


def test_the_cycle_collector_is_paused_during_layout_and_restored_after(
    demo: Plan, tmp_path: Path
) -> None:
    import gc

    during: list[bool] = []
    assert gc.isenabled()
    export_pdf(
        demo, tmp_path / "g.pdf", made_at=MADE, progress=lambda d, t: during.append(gc.isenabled())
    )
    assert gc.isenabled() and False in during
    with pytest.raises(ExportCancelled):  # restored after a cancel too
        export_pdf(demo, tmp_path / "h.pdf", made_at=MADE, cancelled=lambda: True)
    assert gc.isenabled()
    gc.disable()  # and left off when it was off
    try:
        export_pdf(demo, tmp_path / "i.pdf", made_at=MADE)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_progress_rises_to_the_total(demo: Plan, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_pdf(demo, tmp_path / "p.pdf", made_at=MADE, progress=lambda d, t: seen.append((d, t)))
    done = [d for d, _ in seen]
    assert done == sorted(done) and done[-1] == 100 and {t for _, t in seen} == {100}


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "en_US.UTF-8"}, "Letter"),
        ({"LANG": "fr_CA.UTF-8"}, "Letter"),
        ({"LANG": "es_MX.UTF-8"}, "Letter"),
        ({"LANG": "fil_PH.UTF-8"}, "Letter"),
        ({"LANG": "en_GB.UTF-8"}, "A4"),
        ({"LANG": "de_DE.UTF-8"}, "A4"),
        ({"LC_PAPER": "en_US.UTF-8", "LANG": "de_DE.UTF-8"}, "Letter"),
        ({"LC_ALL": "pl_PL.UTF-8", "LC_PAPER": "en_US.UTF-8"}, "A4"),
        ({"LANG": "C.UTF-8"}, "A4"),
        ({}, "A4"),
    ],
)
def test_default_page_size_follows_the_locale(env: dict[str, str], expected: str) -> None:
    assert default_page_size(env) == expected


def test_page_sizes(demo: Plan, tmp_path: Path) -> None:
    export_pdf(demo, tmp_path / "a4.pdf", page_size="a4", made_at=MADE)
    export_pdf(demo, tmp_path / "letter.pdf", page_size="Letter", made_at=MADE)
    a4 = pypdf.PdfReader(tmp_path / "a4.pdf").pages[0].mediabox
    letter = pypdf.PdfReader(tmp_path / "letter.pdf").pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)
    with pytest.raises(PdfExportError):
        export_pdf(demo, tmp_path / "x.pdf", page_size="A3")


def test_empty_plan_exports_kindly(tmp_path: Path) -> None:
    report = export_pdf(Plan(), tmp_path / "empty.pdf", made_at=MADE)
    text = pages_text(tmp_path / "empty.pdf")
    # No near-empty page per section: one short line each, and page 1 says what is missing.
    assert report.pages <= 2
    assert text.count(squash("Nothing entered yet — the")) == 7
    assert squash("Still to fill in") in text
    assert squash("Trusted contacts: no trusted contact yet") in text
    assert len(set(report.section_pages)) == 8


# --- the escaping helper ------------------------------------------------------------


def _paragraph_text(markup: str) -> str:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from workbook.export.fonts import font_chain

    style = ParagraphStyle("t", fontName=font_chain().regular)
    para = Paragraph(markup, style)
    return "".join(getattr(frag, "text", "") for frag in para.frags)


_TOKENS = ["&amp;", "<br/>", "<b>", "</b>", "<img src=x>", "<onDraw name=x/>", "&#x41;", "\n"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_TOKENS),
            st.text(alphabet=st.sampled_from(list("<>&;\"'=/#x![]-?b \t\r")), max_size=6),
            st.text(max_size=6),
        ),
        max_size=12,
    ).map("".join)
)
def test_escaping_keeps_any_text_literal(text: str) -> None:
    from workbook.export.fonts import font_chain
    from workbook.export.pdf_text import BIDI_CONTROLS, MISSING_MARK, TextMaker, clean

    maker = TextMaker(font_chain())
    drawn = _paragraph_text(maker.markup(text))

    def expected(ch: str) -> str:
        """Bidi controls and invisible characters no font has are dropped; any other
        character no font has is drawn as a visible mark."""
        if ch in BIDI_CONTROLS:
            return ""
        if maker.chain.font_for(ch) is not None or ch.isspace():
            return ch
        invisible = unicodedata.category(ch) == "Cf" or 0xFE00 <= ord(ch) <= 0xFE0F
        return "" if invisible or 0xE0100 <= ord(ch) <= 0xE01EF else MISSING_MARK

    wanted = "".join(expected(ch) for ch in clean(text))
    assert re.sub(r"\s+", "", drawn) == re.sub(r"\s+", "", wanted)


def test_escape_helper_is_plain_xml_escaping() -> None:
    from workbook.export.pdf_text import escape

    assert escape("<b>&\"'") == "&lt;b&gt;&amp;\"'"


def test_right_to_left_lines_are_in_visual_order_and_shaped() -> None:
    from workbook.export.fonts import font_chain
    from workbook.export.pdf_text import TextMaker, visual_lines

    maker = TextMaker(font_chain())
    assert visual_lines(maker, "שלום עולם", 500, 10, False) == ["םלוע םולש"]
    # A long Hebrew paragraph: its first words stay on the first line.
    words = [f"מילה{i}" for i in range(40)]
    lines = visual_lines(maker, " ".join(words), 150, 10, False)
    assert len(lines) > 3
    assert "0" in lines[0] and "39" in lines[-1]
    arabic = visual_lines(maker, "مرحبا", 500, 10, False)[0]
    assert all(0xFE70 <= ord(ch) <= 0xFEFF for ch in arabic)  # presentation forms
    assert unicodedata.normalize("NFKC", arabic)[::-1] == "مرحبا"
    assert visual_lines(maker, "Call אני", 500, 10, False) == ["Call ינא"]


def test_hostile_plan_file_through_workbook_import_and_export(tmp_path: Path) -> None:
    """The committed fixture goes in through `workbook import` and out through
    `workbook export --out FILE.pdf`, and every field is in the PDF."""
    from workbook.cli import main

    fixture = Path(__file__).parent / "fixtures" / "hostile_plan.json"
    data = tmp_path / "data"
    secret = tmp_path / "passphrase.txt"
    secret.write_text("a fictional test passphrase\n", encoding="utf-8")
    secret.chmod(0o600)
    common = ["--data-dir", str(data), "--passphrase-file", str(secret)]
    # Only the app's first start (or `demo`) makes a workbook; import fills an existing one.
    from workbook.storage import keys
    from workbook.storage.repository import PlanRepository

    created = keys.create_keys(data, "a fictional test passphrase")
    PlanRepository.open(data, created.data_key).close()
    assert main(["import", str(fixture), *common]) == 0
    out = tmp_path / "plan.pdf"
    assert main(["export", "--out", str(out), *common]) == 0
    _, fields, referenced, rtl = hostile.build()
    reader = pypdf.PdfReader(out)
    mandated_page = next(
        i for i, page in enumerate(reader.pages, 1) if "Mandated contact" in page.extract_text()
    )
    text = pages_text(out, first_page=mandated_page)
    assert_in_order(text, fields, {t for t, _ in fields} - referenced, rtl)


def test_importing_the_export_entry_points_does_not_load_reportlab() -> None:
    """The app starts without ReportLab or pikepdf; they load on the first export."""
    import subprocess
    import sys

    code = (
        "import sys, workbook.export.pdf, workbook.ui.export_dialog\n"
        "heavy = [m for m in ('reportlab', 'pikepdf', 'bidi', 'arabic_reshaper') "
        "if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=60)


def test_a_records_name_continued_never_ends_a_page() -> None:
    """A record split over a page starts the next page with its name "(continued)"; when
    only that heading would fit at the foot of a page, it goes over with the rows after it
    instead of standing alone there."""
    from workbook.export.pdf_engine import Drawing, Rows

    drawing = Drawing("A4", 1, None, None)
    fields = [
        ("Notes", "One line."),
        ("Safe places", "Maya's house\nThe library\nWork"),
        ("What to take", "Phone, keys."),
    ]
    (rows,) = [f for f in drawing.record_tables([("Rosa", fields)]) if isinstance(f, Rows)]
    heading, notes = rows.rows[0], rows.rows[1]
    first, rest = rows.split(rows.width, heading.height + notes.height + 1)
    assert len(first.rows) == 2
    assert "(continued)" in rest.rows[0].cells[0][0]
    assert rest.split(rest.width, rest.rows[0].height + 1) == []
    # With room for a row after it, the heading stays with that row.
    both = rest.rows[0].height + rest.rows[1].height + 1
    assert [len(part.rows) for part in rest.split(rest.width, both)] == [2, 2]
