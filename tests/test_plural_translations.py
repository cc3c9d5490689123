"""Counts take the plural form each language needs, never a number glued to an English plural
("1 entries"): English says "1 entry" and "2 entries"; the shipped Spanish, French and Arabic
translations, loaded with Qt's QTranslator, give each count its own form (Arabic six: zero,
one, two, few, many, other)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from workbook.domain import i18n
from workbook.domain.chain import gap_text
from workbook.domain.completeness import SectionStatus
from workbook.domain.model import Section
from workbook.domain.schedule import Repeat, Schedule, describe
from workbook.export.plan_json import ImportProblem, PlanImportError
from workbook.storage.errors import how_long

Install = Callable[[str], None]
AT = datetime(2026, 3, 2, 9, 0)


def _written(hours: float) -> str:
    return gap_text(AT, AT + timedelta(hours=hours), False)


def _entries(count: int) -> str:
    return SectionStatus(Section.CONTACT_LOG, count, (), "").summary.split(" · ")[-1]


def _problems(count: int) -> str:
    return str(PlanImportError([ImportProblem("$", 1, "x")] * count))


def _ui(context: str, source: str, n: int) -> str:
    return QCoreApplication.translate(context, source, "", n)


def test_english_says_one_entry_and_two_entries(translator: Install) -> None:
    translator("en")
    assert [_entries(n) for n in (1, 2, 1234)] == ["1 entry", "2 entries", "1234 entries"]
    assert [how_long(s) for s in (60, 120, 3600, 7200, 86400, 2 * 86400)] == [
        "1 minute",
        "2 minutes",
        "1 hour",
        "2 hours",
        "1 day",
        "2 days",
    ]
    assert [_written(h) for h in (0.5, 1, 2, 24 * 3)] == [
        "written 30 minutes after",
        "written 1 hour after",
        "written 2 hours after",
        "written 3 days after",
    ]
    assert [_problems(n) for n in (1, 2)] == [
        "The file has one problem.",
        "The file has 2 problems.",
    ]
    # %Ln: the number with the locale's digit grouping (English without Qt: commas).
    assert i18n.plural("pdf_log", "%Ln entries", 12345, "1 entry") == "12,345 entries"
    assert i18n.plural("pdf_log", "%Ln entries", 1, "1 entry") == "1 entry"


def test_a_list_of_dates_counts_the_ones_left_out(translator: Install) -> None:
    translator("en")
    day = AT.date()
    seven = Schedule(repeat=Repeat.DATES, dates=tuple(day + timedelta(d) for d in range(7)))
    eight = Schedule(repeat=Repeat.DATES, dates=tuple(day + timedelta(d) for d in range(8)))
    assert "and 1 more date" in describe(seven)
    assert "and 2 more dates" in describe(eight)


def test_spanish_gives_one_and_many(translator: Install) -> None:
    translator("es")
    assert [_entries(n) for n in (1, 2)] == ["1 entrada", "2 entradas"]
    assert [how_long(s) for s in (60, 120, 3600, 3 * 86400)] == [
        "1 minuto",
        "2 minutos",
        "1 hora",
        "3 días",
    ]
    assert [_written(h) for h in (1, 5)] == ["escrito 1 hora después", "escrito 5 horas después"]
    assert _problems(2) == "El archivo tiene 2 problemas."
    log = "Record intact: %Ln entries, each unchanged since it was written."
    assert _ui("ContactLogPage", log, 1) == (
        "Registro intacto: 1 entrada, sin cambios desde que se escribió."
    )
    assert _ui("ContactLogPage", log, 7).startswith("Registro intacto: 7 entradas, cada una")
    assert _ui("Evidence", "%n bytes", 1) == "1 byte"
    assert _ui("ComplianceView", "Showing {shown} of %Ln contacts.", 9) == (
        "Se muestran {shown} de 9 contactos."
    )


def test_french_counts_zero_and_one_alike(translator: Install) -> None:
    translator("fr")
    assert [_entries(n) for n in (0, 1, 2)] == ["0 élément", "1 élément", "2 éléments"]
    assert _ui("Evidence", "%n bytes", 512) == "512 octets"


def test_arabic_has_six_forms(translator: Install) -> None:
    translator("ar")
    # one, two, few (3-10), many (11-99), other (100-102, ...)
    assert [how_long(60 * n) for n in (1, 2, 3, 11)] == [
        "دقيقة واحدة",
        "دقيقتان",
        "3 دقائق",
        "11 دقيقة",
    ]
    assert how_long(86400 * 100) == "100 يوم"
    assert [_entries(n) for n in (1, 2, 5, 20)] == [
        "إدخال واحد",
        "إدخالان",
        "5 إدخالات",
        "20 إدخالًا",
    ]
    assert [_written(h) for h in (1, 2, 3)] == ["كُتب بعد ساعة", "كُتب بعد ساعتين", "كُتب بعد 3 ساعات"]
    assert _problems(2) == "في الملف مشكلتان."
    due = "%n things are due now; they are listed on the overview."
    assert _ui("Reminders", due, 2) == "أمران مستحقان الآن؛ وهما مدرجان في النظرة العامة."
    assert _ui("Pdf", "%Ln bytes", 2) == "بايتان"
