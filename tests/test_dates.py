"""workbook/domain/dates.py: the one way dates and times are written for a person."""

from __future__ import annotations

from datetime import date, datetime

from workbook.domain import dates, i18n


def test_short_forms_line_up_and_sort() -> None:
    assert dates.short_date(date(2026, 3, 4)) == "2026-03-04"
    assert dates.short_datetime(datetime(2026, 3, 4, 9, 5, 59)) == "2026-03-04 09:05"
    assert dates.short_date(None) == dates.short_datetime(None) == ""


def test_long_forms_name_the_month() -> None:
    assert dates.long_date(date(2026, 3, 4)) == "4 March 2026"
    assert dates.long_datetime(datetime(2026, 12, 31, 23, 7)) == "31 December 2026, 23:07"
    assert dates.long_date(None) == dates.long_datetime(None) == ""


def test_long_forms_go_through_the_translation_function() -> None:
    seen: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        seen.append((context, text))
        return {"March": "marzo", "{day} {month} {year}": "{day} de {month} de {year}"}.get(
            text, text
        )

    i18n.set_translator(translate)
    try:
        assert dates.long_date(date(2026, 3, 4)) == "4 de marzo de 2026"
    finally:
        i18n.set_translator(None)
    assert ("Dates", "March") in seen
