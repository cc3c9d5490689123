"""The PDF in the person's language, and on the paper their country uses.

The translations are the shipped `.qm` files, installed the way the command line installs
them for an export (QtCore only); the PDF is read back with pypdf.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from workbook.domain.dates import current_style, long_date
from workbook.domain.fields import Reader
from workbook.domain.i18n import tr
from workbook.domain.labels import label, section_title
from workbook.domain.model import ContactRole, Plan, ResponseKind, Section
from workbook.export.pdf import default_page_size, export_pdf

MADE = datetime(2026, 3, 2, 9, 5)


@pytest.fixture
def language(qapp: object, tmp_path: Path) -> Iterator[Callable[[str], str]]:
    """Install a language as `workbook export` does (the choice kept in the data folder);
    English again afterwards."""
    from workbook import cli_language
    from workbook.ui.i18n import save_language

    def install(code: str) -> str:
        folder = tmp_path / f"data-{code}"
        save_language(folder, code)
        return cli_language.install_export_language(folder)

    try:
        yield install
    finally:
        english = tmp_path / "data-en"
        save_language(english, "en")
        cli_language.install_export_language(english)


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_spanish_pdf_has_spanish_headings_labels_and_dates(
    language: Callable[[str], str], demo: Plan, tmp_path: Path
) -> None:
    assert language("es") == "es"
    out = tmp_path / "plan.pdf"
    export_pdf(demo, out, made_at=MADE, page_size="A4")
    text = _text(out)
    for heading in (
        "Plan de seguridad",
        "Lo esencial",
        "Personas de confianza",
        "Planes alternativos",
    ):
        assert heading in text
    assert section_title(Section.CONTACTS) == "Personas de confianza"
    assert "Palabra clave" in text  # a field label from the registry
    assert label(ContactRole.LAWYER) in text.replace("\n", " ")
    assert "2 de marzo de 2026" in text  # the day it was made, the Spanish way
    for english in ("Safety plan", "Essentials", "Trusted contacts", "Code word", "March"):
        assert english not in text


def test_arabic_pdf_has_arabic_headings_in_logical_order(
    language: Callable[[str], str], demo: Plan, tmp_path: Path
) -> None:
    from test_pdf_scripts import actual_texts

    assert language("ar") == "ar"
    title = tr("Readers", "Safety plan")
    essentials = tr("Pdf", "Essentials")
    other = label(ResponseKind.OTHER)
    assert {title, essentials, other}.isdisjoint({"Safety plan", "Essentials", "Other"})
    out = tmp_path / "plan.pdf"
    export_pdf(demo, out, made_at=MADE, page_size="A4")
    spans = list(actual_texts(PdfReader(out)))
    # Copy and search give the Arabic words as typed, not reversed presentation forms.
    assert title in spans and essentials in spans
    footer = tr("Pdf", "{title} · made {date}").format(title=title, date=long_date(MADE.date()))
    assert footer in spans, "the footer's Arabic is drawn and copies back as written"
    digits = str.maketrans("0123456789", current_style().digits)  # the locale's digits
    page_of = tr("Pdf", "Page {page} of ").format(page="1".translate(digits)).strip()
    assert any(s.strip() == page_of for s in spans)
    assert any(other in s for s in spans)


def test_english_stays_english_after_another_language(
    language: Callable[[str], str], demo: Plan, tmp_path: Path
) -> None:
    language("fr")
    assert tr("Readers", "Safety plan") != "Safety plan"
    assert language("en") == "en"
    out = tmp_path / "plan.pdf"
    export_pdf(demo, out, made_at=MADE, page_size="A4", reader=Reader.COURT)
    assert "Contact record for the court" in _text(out)


def test_the_command_line_exports_in_the_chosen_language(
    qapp: object, tmp_path: Path, demo: Plan
) -> None:
    from test_cli import PASSPHRASE, store

    from workbook import cli_language
    from workbook.cli import main
    from workbook.ui.i18n import save_language

    folder = tmp_path / "workbook"
    store(folder, demo)
    save_language(folder, "es")
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    out = tmp_path / "plan.pdf"
    try:
        argv = ["export", "--out", str(out), "--data-dir", str(folder)]
        assert main([*argv, "--passphrase-file", str(secret)]) == 0
    finally:
        save_language(folder, "en")
        cli_language.install_export_language(folder)
    text = _text(out)
    assert "Plan de seguridad" in text and "Personas de confianza" in text
    assert tr("Readers", "Safety plan") == "Safety plan"  # English again afterwards


@pytest.mark.parametrize(
    ("env", "system", "expected"),
    [
        # The environment names the locale: it decides, whatever the system says.
        ({"LANG": "en_US.UTF-8"}, "de_DE", "Letter"),
        ({"LANG": "es_CO.UTF-8"}, None, "Letter"),
        ({"LANG": "es_ES.UTF-8"}, "en_US", "A4"),
        ({"LANG": "ar_EG.UTF-8"}, None, "A4"),
        ({"LANG": "fr_FR.UTF-8"}, None, "A4"),
        # The first variable set is the one in force, even when it is the C locale.
        ({"LC_PAPER": "C.UTF-8", "LANG": "en_US.UTF-8"}, None, "A4"),
        ({"LC_ALL": "POSIX", "LANG": "en_US.UTF-8"}, None, "A4"),
        ({"LANG": "C.UTF-8"}, "en_US", "A4"),
        # Nothing in the environment (a desktop start on Windows or macOS): the system's.
        ({}, "en_US", "Letter"),
        ({}, "fr_CA", "Letter"),
        ({}, "es_MX", "Letter"),
        ({}, "en_PH", "Letter"),
        ({}, "es_CL", "Letter"),
        ({}, "en_GB", "A4"),
        ({}, "ar_SA", "A4"),
        ({}, "C", "A4"),
        ({}, "English_United States", "Letter"),
        ({}, "French_France", "A4"),
    ],
)
def test_default_paper_follows_the_locale(
    env: dict[str, str], system: str | None, expected: str
) -> None:
    assert default_page_size(env, system_locale=system) == expected


def test_the_export_dialog_chooses_the_locales_paper_and_the_choice_wins(
    qapp: object, demo: Plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbook.ui.export_dialog import ExportOptionsDialog

    for name in ("LC_ALL", "LC_PAPER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    dialog = ExportOptionsDialog(None, demo)
    assert dialog.page_size.currentText() == "Letter"
    monkeypatch.setenv("LANG", "C.UTF-8")
    dialog = ExportOptionsDialog(None, demo)
    assert dialog.page_size.currentText() == "A4"
    dialog.page_size.setCurrentText("Letter")  # the person's explicit choice
    out = tmp_path / "plan.pdf"
    export_pdf(demo, out, made_at=MADE, page_size=dialog.page_size.currentText())
    assert round(float(PdfReader(out).pages[0].mediabox.width)) == 612


def test_english_from_the_environment_loads_no_qt() -> None:
    import os
    import subprocess
    import sys

    script = (
        "import sys; from workbook.cli_language import install_export_language; "
        "print(install_export_language(None), 'PySide6' in sys.modules)"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    for lang, expected in (("en_US.UTF-8", "en False"), ("C.UTF-8", "en False")):
        result = subprocess.run(
            [sys.executable, "-c", script],
            env={**env, "LANG": lang},
            capture_output=True,
            text=True,
            check=True,
        )
        assert result.stdout.strip() == expected
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={**env, "LANG": "es_ES.UTF-8"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "es True"


def _x_of(path: Path, page: int, needle: str) -> float:
    """Where on the page (points from the left) the text `needle` starts."""
    found: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if needle in text:
            found.append(tm[4] * cm[0] + tm[5] * cm[2] + cm[4])

    PdfReader(path).pages[page].extract_text(visitor_text=visit)
    assert found, needle
    return found[0]


def test_arabic_tables_are_mirrored_and_their_labels_read_as_written(
    language: Callable[[str], str], demo: Plan, tmp_path: Path
) -> None:
    from test_pdf_scripts import actual_texts

    from workbook.domain.fields import field_of
    from workbook.domain.model import MandatedObligation

    reference = demo.obligations[0].reference
    language("es")
    spanish = tmp_path / "es.pdf"
    export_pdf(demo, spanish, made_at=MADE, page_size="A4")
    language("ar")
    arabic = tmp_path / "ar.pdf"
    export_pdf(demo, arabic, made_at=MADE, page_size="A4")
    entry = field_of(MandatedObligation, "reference")
    label = entry.text_label
    assert label != entry.label  # in Arabic
    # Left to right the value follows its label; right to left the label is at the right
    # and the value, flush right, ends where the label column begins.
    page_width = float(PdfReader(arabic).pages[1].mediabox.width)
    x_es, x_ar = _x_of(spanish, 1, reference), _x_of(arabic, 1, reference)
    assert x_es < page_width / 3 < page_width / 2 < x_ar
    # A bold Arabic label is shaped and copies back as written, like any Arabic text.
    assert label in set(actual_texts(PdfReader(arabic)))


def test_brackets_and_quotes_in_right_to_left_lines_face_the_right_way() -> None:
    from workbook.export.pdf_text import display

    # Visual order, left to right: the pair opens towards the words it holds.
    assert display("اتصال (طوارئ)", "R") == "(ئراوط) لاصتا"
    assert display("كلمة «أمان»", "R") == "«نامأ» ةملك"
    assert display("Maya (جهة)", "R") == "(ةهج) Maya"
    assert display("Maya (جهة)", "L") == "Maya (ةهج)"
    assert display("اتصال طوارئ", "R") == "ئراوط لاصتا"  # no bracket: the fast path


def test_the_compliance_months_are_named_in_the_language(
    language: Callable[[str], str],
) -> None:
    from datetime import date

    from workbook.domain.compliance import MonthCounts, count_cells

    month = MonthCounts(date(2026, 11, 1), 1, 2, 0, 1, {})
    assert count_cells(month)[0] == "November 2026"
    language("es")
    assert count_cells(month)[0] == "noviembre de 2026"


def test_the_arabic_partner_card_puts_its_labels_at_the_right(
    language: Callable[[str], str], demo: Plan, tmp_path: Path
) -> None:
    from workbook.export.partner_card import partners

    partner = partners(demo)[0]
    when = next(a.schedule for a in demo.checkin_agreements if a.partner_id == partner.id)
    cards = {}
    for code in ("es", "ar"):
        language(code)
        cards[code] = tmp_path / f"card-{code}.pdf"
        export_pdf(
            demo,
            cards[code],
            made_at=MADE,
            page_size="A4",
            reader=Reader.PARTNER,
            partner_id=partner.id,
            emergency="112",
        )
    # Left to right the value follows its label's column; right to left it starts at the
    # left margin, the label's column being at the right.
    assert _x_of(cards["ar"], 0, when) < 60 < _x_of(cards["es"], 0, when)


def test_right_to_left_brackets_face_their_text_and_latin_ones_stay_whole() -> None:
    from workbook.export.pdf_text import display

    # Visual order, left to right. An Arabic parenthesis pair is mirrored; an English one
    # inside Arabic ("Carol (his cousin)") keeps its order and its brackets.
    line = "عن طريق Carol (his cousin) · (جهة اتصال) تطبيق"
    assert display(line, "R") == "قيبطت (لاصتا ةهج) · Carol (his cousin) قيرط نع"
    assert display("«نص» عربي", "R") == "يبرع «صن»"
    # A right-to-left pair around a left-to-right one: only the outer pair is mirrored.
    assert display("فاطمة الزهراء (Friend (Arabic))", "R") == "(Friend (Arabic)) ءارهزلا ةمطاف"
    isolated = display("[أخت] \u2067(Sara)\u2069", "R")
    assert isolated.translate(dict.fromkeys(range(0x2066, 0x206A))) == "(Sara) [تخأ]"
    assert display("plain (x) text", "L") == "plain (x) text"


def test_a_line_with_isolates_and_brackets_still_exports(tmp_path: Path) -> None:
    from workbook.domain.model import TrustedContact
    from workbook.export.pdf_text import display

    # The mirroring algorithm refuses isolates; such a line is reordered all the same.
    assert display("اتصال \u2066(Maya)\u2069 نص", "R").startswith("صن")
    plan = Plan()
    plan.contacts.append(TrustedContact(name="سارة \u2067(Sara)\u2069 [أخت]", relationship="(أخت)"))
    out = tmp_path / "plan.pdf"
    export_pdf(plan, out, made_at=MADE, page_size="A4")
    assert PdfReader(out).pages
