"""Dates the person's way: the `DateStyle` of `workbook.domain.dates`, taken from Qt's locale.

`apply_locale(code)` runs when the interface language is installed (`ui/i18n.py`): it picks
the locale (the system's own when it speaks the chosen language, so a person in Mexico keeps
Mexico's order; otherwise the language's main locale; year-month-day for the bare "C"
locale), makes it Qt's default (the calendar pop-up, Qt's own widgets) and hands its short
pattern, clock, month names and digits to the domain, which formats and reads every date the
app shows. QtCore only: the command line's exports call it too. Reading the locale once
here keeps the formatting cheap: a table cell is a few string operations, no Qt call.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from workbook.domain import dates

_FORMAT = QLocale.FormatType


def locale_for(code: str, system: QLocale | None = None) -> QLocale | None:
    """The locale for interface language `code`; None where year-month-day is best."""
    system = system if system is not None else QLocale.system()
    wanted = QLocale(code)
    if system.language() == QLocale.Language.C:
        return None if code == "en" else wanted
    if system.language() == wanted.language():
        return system
    return wanted


def style_for(locale: QLocale) -> dates.DateStyle:
    """How `locale` writes dates and times, as the domain's Qt-free description."""
    long, short = _FORMAT.LongFormat, _FORMAT.ShortFormat
    zero = locale.zeroDigit()
    digits = dates.ASCII_DIGITS
    if len(zero) == 1 and zero != "0":
        digits = "".join(chr(ord(zero) + step) for step in range(10))
    return dates.DateStyle(
        date_pattern=dates.four_digit_year(locale.dateFormat(short)),
        time_pattern=locale.timeFormat(short),
        months=tuple(locale.monthName(m, long) for m in range(1, 13)),
        short_months=tuple(locale.monthName(m, short) for m in range(1, 13)),
        standalone_months=tuple(locale.standaloneMonthName(m, long) for m in range(1, 13)),
        am=locale.amText(),
        pm=locale.pmText(),
        digits=digits,
    )


def apply_locale(code: str) -> QLocale | None:
    """Make the locale of language `code` the one dates are shown and read in."""
    locale = locale_for(code)
    if locale is None:
        QLocale.setDefault(QLocale.system())
        dates.configure(None)
        return None
    QLocale.setDefault(locale)
    dates.configure(style_for(locale))
    return locale
