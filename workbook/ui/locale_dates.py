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

TYPE_CHECKING = False
if TYPE_CHECKING:  # the domain's dates load once a date is shown (not before the first window)
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
    from workbook.domain import dates

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


def set_default_locale(code: str) -> QLocale | None:
    """Make the locale of language `code` Qt's default (the calendar pop-up, Qt's own
    widgets); returns it, None where year-month-day is best. The dates the app shows follow
    it once `configure_dates` has run."""
    locale = locale_for(code)
    QLocale.setDefault(locale if locale is not None else QLocale.system())
    return locale


def configure_dates(locale: QLocale | None) -> None:
    """Hand `locale`'s way of writing dates to the domain (None: year-month-day)."""
    from workbook.domain import dates

    dates.configure(None if locale is None else style_for(locale))


def apply_locale(code: str) -> QLocale | None:
    """Make the locale of language `code` the one dates are shown and read in."""
    locale = set_default_locale(code)
    configure_dates(locale)
    return locale
