"""How a date or a time is written for a person: one implementation for the whole app.

Two styles. Short, for tables, lists and file stamps, where dates line up and sort:
`short_date` 2026-03-14, `short_datetime` 2026-03-14 09:05. Long, for sentences and for the
PDF a lawyer reads: `long_date` 14 March 2026, `long_datetime` 14 March 2026, 09:05, with the
month's name and the order of the parts translatable (context "Dates"). None is written as "".
Plain Python: no Qt.
"""

from __future__ import annotations

from datetime import date, datetime

from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr

_CONTEXT = "Dates"
_MONTHS = (
    QT_TRANSLATE_NOOP("Dates", "January"),
    QT_TRANSLATE_NOOP("Dates", "February"),
    QT_TRANSLATE_NOOP("Dates", "March"),
    QT_TRANSLATE_NOOP("Dates", "April"),
    QT_TRANSLATE_NOOP("Dates", "May"),
    QT_TRANSLATE_NOOP("Dates", "June"),
    QT_TRANSLATE_NOOP("Dates", "July"),
    QT_TRANSLATE_NOOP("Dates", "August"),
    QT_TRANSLATE_NOOP("Dates", "September"),
    QT_TRANSLATE_NOOP("Dates", "October"),
    QT_TRANSLATE_NOOP("Dates", "November"),
    QT_TRANSLATE_NOOP("Dates", "December"),
)


def short_date(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


def short_datetime(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else ""


def long_date(value: date | None) -> str:
    if value is None:
        return ""
    month = tr(_CONTEXT, _MONTHS[value.month - 1])
    return tr(_CONTEXT, "{day} {month} {year}").format(day=value.day, month=month, year=value.year)


def long_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return tr(_CONTEXT, "{date}, {time}").format(
        date=long_date(value.date()), time=f"{value.hour:02d}:{value.minute:02d}"
    )
