"""workbook/domain/dates.py: the one way dates and times are written for a person."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

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


# -- the person's own way: styles as the interface builds them from Qt's locales ----------

AR_DIGITS = "٠١٢٣٤٥٦٧٨٩"
AR_MONTHS = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)
ES_MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
STYLES = {
    "en_US": dates.DateStyle(date_pattern="M/d/yyyy", time_pattern="h:mm\u202fAp"),
    "es_ES": dates.DateStyle(
        date_pattern="d/M/yyyy",
        time_pattern="H:mm",
        months=ES_MONTHS,
        standalone_months=ES_MONTHS,
        am="a.\u00a0m.",
        pm="p.\u00a0m.",
    ),
    "ar_EG": dates.DateStyle(
        date_pattern="d\u200f/M\u200f/yyyy",
        time_pattern="h:mm Ap",
        months=AR_MONTHS,
        standalone_months=AR_MONTHS,
        am="ص",
        pm="م",
        digits=AR_DIGITS,
    ),
    "fr_FR": dates.DateStyle(date_pattern="dd/MM/yyyy", time_pattern="HH:mm"),
}


def test_short_forms_follow_the_style() -> None:
    day = datetime(2026, 2, 3, 18, 5)
    shown = {}
    for name, style in STYLES.items():
        dates.configure(style)
        shown[name] = (dates.short_date(day.date()), dates.short_datetime(day))
    dates.configure(None)
    assert shown["en_US"] == ("2/3/2026", "2/3/2026 6:05\u202fPM")
    assert shown["es_ES"] == ("3/2/2026", "3/2/2026 18:05")
    assert shown["fr_FR"] == ("03/02/2026", "03/02/2026 18:05")
    assert shown["ar_EG"][0] == "٣\u200f/٢\u200f/٢٠٢٦"
    assert shown["ar_EG"][1] == "٣\u200f/٢\u200f/٢٠٢٦ ٦:٠٥ م"
    assert dates.short_date(day.date()) == "2026-02-03"  # back to year-month-day


def test_style_order_and_four_digit_years() -> None:
    assert [style.order for style in STYLES.values()] == ["mdy", "dmy", "dmy", "dmy"]
    assert dates.four_digit_year("M/d/yy") == "M/d/yyyy"
    assert dates.four_digit_year("dd.MM.yy") == "dd.MM.yyyy"
    assert dates.four_digit_year("yyyy/MM/dd") == "yyyy/MM/dd"
    assert dates.order_of("'day' d 'of' MMMM yyyy") == "dmy"


def test_iso_is_read_in_every_style() -> None:
    for style in STYLES.values():
        assert dates.parse_date("2026-02-03", style) == date(2026, 2, 3)
        assert dates.parse_datetime("2026-02-03 18:05", style) == datetime(2026, 2, 3, 18, 5)
        assert dates.parse_datetime("2026-02-03T18:05:09", style) == datetime(2026, 2, 3, 18, 5, 9)


def test_each_order_is_read_its_own_way() -> None:
    assert dates.parse_date("2/3/2026", STYLES["en_US"]) == date(2026, 2, 3)
    assert dates.parse_date("2/3/2026", STYLES["es_ES"]) == date(2026, 3, 2)
    assert dates.parse_date("3.2.26", STYLES["fr_FR"]) == date(2026, 2, 3)
    assert dates.parse_date("٣/٢/٢٠٢٦", STYLES["ar_EG"]) == date(2026, 2, 3)
    assert dates.parse_date("3/2/2026", STYLES["ar_EG"]) == date(2026, 2, 3)  # ASCII digits too
    assert dates.parse_date("3 febrero 2026", STYLES["es_ES"]) == date(2026, 2, 3)
    assert dates.parse_date("February 3, 2026", STYLES["en_US"]) == date(2026, 2, 3)
    assert dates.parse_date("٣ فبراير ٢٠٢٦", STYLES["ar_EG"]) == date(2026, 2, 3)
    assert dates.parse_datetime("2/3/2026 6:05 pm", STYLES["en_US"]) == datetime(2026, 2, 3, 18, 5)
    assert dates.parse_datetime("2/3/2026 12:05 AM", STYLES["en_US"]) == datetime(2026, 2, 3, 0, 5)
    assert dates.parse_datetime("3/2/2026 9h30", STYLES["fr_FR"]) == datetime(2026, 2, 3, 9, 30)
    assert dates.parse_date("  ", STYLES["en_US"]) is None


def _message(text: str, style: dates.DateStyle, *, moment: bool = False) -> str:
    try:
        (dates.parse_datetime if moment else dates.parse_date)(text, style)
    except dates.DateInputError as error:
        return error.message
    raise AssertionError(f"{text!r} was read as a date")


def test_a_date_that_does_not_exist_is_named() -> None:
    assert _message("2026-02-31", dates.ISO) == "February has no day 31: it has 28 days."
    assert _message("2/31/2026", STYLES["en_US"]) == "February has no day 31: it has 28 days."
    assert _message("31/4/2026", STYLES["fr_FR"]) == "April has no day 31: it has 30 days."
    assert _message("29/2/2027", STYLES["es_ES"]) == (
        "febrero 2027 has no day 29: 2027 is not a leap year."
    )
    assert _message("٣١/٢/٢٠٢٦", STYLES["ar_EG"]) == "فبراير has no day ٣١: it has ٢٨ days."
    assert _message("13/1/2026", STYLES["en_US"]) == "There is no month 13: months go from 1 to 12."
    assert _message("0/1/2026", STYLES["es_ES"]) == "There is no day 0: days start at 1."
    assert "clock" in _message("2026-02-03 25:00", STYLES["es_ES"], moment=True)
    assert "clock" in _message("2/3/2026 13:00 pm", STYLES["en_US"], moment=True)


def test_leap_days() -> None:
    for year in (2024, 2028, 2000, 2400):
        assert dates.parse_date(f"{year}-02-29", dates.ISO) == date(year, 2, 29)
    for year in (2026, 2027, 2100, 1900):
        assert "not a leap year" in _message(f"{year}-02-29", dates.ISO)


def test_text_that_is_not_a_date_gets_an_example() -> None:
    today = date.today()
    message = _message("next tuesday", STYLES["en_US"])
    assert message == (
        "Workbook cannot read this as a date. You can write it like "
        f"{today.month}/{today.day}/{today.year} or like {today.isoformat()}."
    )
    assert _message("soon", dates.ISO) == (
        f"Workbook cannot read this as a date. You can write it like {today.isoformat()}."
    )
    assert _message("soon", STYLES["en_US"], moment=True) == (
        "Workbook cannot read this as a date. You can write it like "
        f"{today.month}/{today.day}/{today.year} 6:30\u202fPM or like {today.isoformat()} 18:30."
    )


def test_messages_and_month_names_go_through_the_translation_function() -> None:
    table = {
        "{month} has no day {day}: it has {count} days.": (
            "{month} no tiene día {day}: tiene {count} días."
        ),
        "February": "febrero",
    }
    i18n.set_translator(lambda _context, text: table.get(text, text))
    try:
        assert _message("2026-02-30", dates.ISO) == "febrero no tiene día 30: tiene 28 días."
    finally:
        i18n.set_translator(None)


_HOSTILE = st.text(
    alphabet=st.sampled_from(
        [*"0123456789/-.:, TtZz+ampAMP", "٣", "٢", "\u200f", "\u202e", "\x00", "é", "𝟘", "²"]
    ),
    max_size=40,
) | st.text(max_size=200)


@settings(max_examples=400, deadline=None)
@given(text=_HOSTILE, style=st.sampled_from([dates.ISO, *STYLES.values()]))
def test_any_text_gives_a_date_or_a_kind_message(text: str, style: dates.DateStyle) -> None:
    for parse in (dates.parse_date, dates.parse_datetime):
        try:
            value = parse(text, style)
        except dates.DateInputError as error:
            assert error.message and "Traceback" not in error.message
            assert error.message.endswith(".")
        else:
            assert value is None or isinstance(value, date)


@settings(max_examples=300, deadline=None)
@given(
    moment=st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59)),
    name=st.sampled_from(sorted(STYLES)),
)
def test_every_date_round_trips_through_local_text(moment: datetime, name: str) -> None:
    style = STYLES[name]
    dates.configure(style)
    try:
        day_text, moment_text = dates.short_date(moment.date()), dates.short_datetime(moment)
        long_text = dates.long_date(moment.date())
    finally:
        dates.configure(None)
    if moment.year >= 100:  # a one- or two-digit year is read as this century's
        assert dates.parse_date(day_text, style) == moment.date()
        assert dates.parse_datetime(moment_text, style) == moment.replace(second=0, microsecond=0)
        assert dates.parse_date(long_text, style) == moment.date()
    assert dates.parse_date(moment.date().isoformat(), style) == moment.date()
