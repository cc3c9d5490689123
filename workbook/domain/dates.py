"""How a date or a time is written for a person, and read back from what they typed: one
implementation for the whole app. Plain Python: no Qt.

The database and the JSON export always hold ISO 8601 (`date.isoformat`, `iso_datetime`); what a
person sees and types follows a `DateStyle`, which the interface sets once at start-up from
the locale of the language the person chose (`configure`, like `i18n.set_translator`): the
order of day, month and year, the short pattern (`d/M/yyyy`, Qt's pattern letters), the
clock, the names of the months and the locale's digits. Without a style (the command line,
the tests) dates are written year-month-day and month names go through the translation
function (context "Dates").

Showing:
- `short_date` / `short_datetime` / `short_time`, for tables, lists, fields and messages:
  3/14/2026, 14/03/2026 09:05, in the locale's digits.
- `long_date` / `long_datetime`, for sentences and the PDF: 14 March 2026, 14 March 2026, 09:05,
  with the month's name and the order of the parts translatable.
None is written as "".

Reading: `parse_date` and `parse_datetime` take ISO (2026-03-14, 2026-03-14T09:05) or the
style's own order (14/3/2026, 14.03.26, 14 March 2026; any Unicode digits, bidi marks
ignored) and raise `DateInputError` with a kind message that says what is wrong: "February has
no day 31", not "write it as year-month-day".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache

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
_ENGLISH_MONTHS = tuple(name.casefold() for name in _MONTHS)
ASCII_DIGITS = "0123456789"


class DateInputError(ValueError):
    """What was typed is not a date (or a time) that exists; `message` says so kindly."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class DateStyle:
    """How dates and times are written where the person lives.

    `date_pattern` and `time_pattern` use Qt's pattern letters (d dd M MM MMM MMMM yy yyyy,
    H HH h hh m mm s ss, AP ap Ap, 'quoted text'); `months` / `short_months` are the names
    used inside a date (None: the English names through the translation function),
    `standalone_months` the names used alone ("February has no day 31"); `digits` the
    locale's ten digits, zero first."""

    date_pattern: str = "yyyy-MM-dd"
    time_pattern: str = "HH:mm"
    months: tuple[str, ...] | None = None
    short_months: tuple[str, ...] | None = None
    standalone_months: tuple[str, ...] | None = None
    am: str = "AM"
    pm: str = "PM"
    digits: str = ASCII_DIGITS

    @property
    def order(self) -> str:
        """'dmy', 'mdy' or 'ymd': the order in which this style writes the parts."""
        return order_of(self.date_pattern)


ISO = DateStyle()
_style: DateStyle = ISO
_datetime_pattern = f"{ISO.date_pattern} {ISO.time_pattern}"


def configure(style: DateStyle | None) -> None:
    """Set the style every function here uses (None: back to year-month-day)."""
    global _style, _datetime_pattern  # noqa: PLW0603 - one way of writing dates per process
    _style = ISO if style is None else style
    _datetime_pattern = f"{_style.date_pattern} {_style.time_pattern}"


def current_style() -> DateStyle:
    return _style


def four_digit_year(pattern: str) -> str:
    """The pattern with a two-digit year made four digits: '3/4/26' is not clear in a record
    that may be read in 2080, or in court."""
    if "yyyy" in pattern:
        return pattern
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", pattern)


def order_of(pattern: str) -> str:
    """'dmy', 'mdy' or 'ymd' (or another order) from a pattern's letters, outside quotes."""
    seen = ""
    for kind, _text in _compile(pattern):
        letter = kind[:1]
        if letter in "dMy" and kind not in ("dddd", "ddd") and letter.lower() not in seen:
            seen += letter.lower()
    return seen if len(seen) == 3 else "ymd"


# -- showing -----------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _compile(pattern: str) -> tuple[tuple[str, str], ...]:
    """A Qt date/time pattern as (kind, text) tokens: kind is a run of one pattern letter
    ('dd', 'MMMM', 'Ap'...) or '' for literal text."""
    tokens: list[tuple[str, str]] = []
    literal = ""
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "'":
            end = pattern.find("'", i + 1)
            if end == i + 1:  # '' is one quote
                literal += "'"
                i += 2
                continue
            end = len(pattern) if end < 0 else end
            literal += pattern[i + 1 : end]
            i = end + 1
            continue
        if char in "AaPp" and pattern[i : i + 2].lower() == "ap":
            if literal:
                tokens.append(("", literal))
                literal = ""
            tokens.append((pattern[i : i + 2], ""))
            i += 2
            continue
        if char in "dMyHhmsz":
            run = i
            while run < len(pattern) and pattern[run] == char:
                run += 1
            if literal:
                tokens.append(("", literal))
                literal = ""
            tokens.append((pattern[i:run], ""))
            i = run
            continue
        literal += char
        i += 1
    if literal:
        tokens.append(("", literal))
    return tuple(tokens)


@lru_cache(maxsize=16)
def _digit_table(digits: str) -> dict[int, str]:
    return {
        ord(ascii_digit): local for ascii_digit, local in zip(ASCII_DIGITS, digits, strict=True)
    }


def month_name(month: int, style: DateStyle | None = None, *, alone: bool = False) -> str:
    """The month's name as the style writes it (translated English without a style)."""
    style = style or _style
    names = style.standalone_months if alone else style.months
    if names is None and alone:
        names = style.months
    if names is None:
        return tr(_CONTEXT, _MONTHS[month - 1])
    return names[month - 1]


def _short_month(month: int, style: DateStyle) -> str:
    if style.short_months is not None:
        return style.short_months[month - 1]
    return month_name(month, style)[:3]


def _render(pattern: str, value: date | time | datetime, style: DateStyle) -> str:
    out: list[str] = []
    for kind, text in _compile(pattern):
        if not kind:
            out.append(text)
            continue
        letter, width = kind[0], len(kind)
        if letter == "d" and isinstance(value, date):
            if width <= 2:
                out.append(f"{value.day:0{width}d}")
            # weekday names (ddd, dddd) are left out of the short and long forms
        elif letter == "M" and isinstance(value, date):
            if width <= 2:
                out.append(f"{value.month:0{width}d}")
            elif width == 3:
                out.append(_short_month(value.month, style))
            else:
                out.append(month_name(value.month, style))
        elif letter == "y" and isinstance(value, date):
            out.append(f"{value.year:04d}" if width != 2 else f"{value.year % 100:02d}")
        elif letter in "Hh" and isinstance(value, time | datetime):
            hour = value.hour
            if letter == "h" and _has_ampm(pattern):
                hour = hour % 12 or 12
            out.append(f"{hour:0{min(width, 2)}d}")
        elif letter == "m" and isinstance(value, time | datetime):
            out.append(f"{value.minute:0{min(width, 2)}d}")
        elif letter == "s" and isinstance(value, time | datetime):
            out.append(f"{value.second:0{min(width, 2)}d}")
        elif letter in "Aa" and isinstance(value, time | datetime):
            marker = style.am if value.hour < 12 else style.pm
            out.append(
                marker.upper() if kind == "AP" else marker.lower() if kind == "ap" else marker
            )
    text = "".join(out)
    return text if style.digits == ASCII_DIGITS else text.translate(_digit_table(style.digits))


@lru_cache(maxsize=16)
def _has_ampm(pattern: str) -> bool:
    return any(kind.lower() == "ap" for kind, _text in _compile(pattern))


@lru_cache(maxsize=64)
def _template(pattern: str) -> tuple[str, frozenset[str]]:
    """A pattern as one `str.format` template and the names it needs: a table cell is then
    one format call (the log table writes one for every row it shows)."""
    parts: list[str] = []
    needs: set[str] = set()
    twelve = _has_ampm(pattern)
    for kind, text in _compile(pattern):
        if not kind:
            parts.append(text.replace("{", "{{").replace("}", "}}"))
            continue
        letter, width = kind[0], len(kind)
        field = {
            ("d", 1): "{day}",
            ("d", 2): "{day:02d}",
            ("M", 1): "{month}",
            ("M", 2): "{month:02d}",
            ("M", 3): "{mshort}",
            ("y", 2): "{y2:02d}",
            ("m", 1): "{minute}",
            ("m", 2): "{minute:02d}",
            ("s", 1): "{second}",
            ("s", 2): "{second:02d}",
        }.get((letter, min(width, 3) if letter == "M" else min(width, 2)), "")
        if letter == "M" and width >= 4:
            field = "{mname}"
        elif letter == "y" and width != 2:
            field = "{year:04d}"
        elif letter in "Hh":
            name = "h12" if letter == "h" and twelve else "hour"
            field = "{" + name + (":02d}" if width >= 2 else "}")
        elif letter in "Aa":
            field = {"AP": "{ampm_upper}", "ap": "{ampm_lower}"}.get(kind, "{ampm}")
        elif letter == "d" and width > 2:
            field = ""  # weekday names are left out of the short forms
        if field:
            needs.add(field[1:].split(":")[0].rstrip("}"))
        parts.append(field)
    return "".join(parts), frozenset(needs)


def _fast(pattern: str, value: date | time | datetime, style: DateStyle) -> str:
    """`_render` for the configured style, as one format call."""
    template, needs = _template(pattern)
    values: dict[str, object] = {}
    if isinstance(value, date):
        values.update(day=value.day, month=value.month, year=value.year, y2=value.year % 100)
        if "mname" in needs:
            values["mname"] = month_name(value.month, style)
        if "mshort" in needs:
            values["mshort"] = _short_month(value.month, style)
    if isinstance(value, time | datetime):
        hour = value.hour
        values.update(hour=hour, h12=hour % 12 or 12, minute=value.minute, second=value.second)
        if needs & {"ampm", "ampm_upper", "ampm_lower"}:
            marker = style.am if hour < 12 else style.pm
            values.update(ampm=marker, ampm_upper=marker.upper(), ampm_lower=marker.lower())
    try:
        text = template.format_map(values)
    except KeyError:  # a date pattern given a time, or a time pattern given a date
        return _render(pattern, value, style)
    return text if style.digits == ASCII_DIGITS else text.translate(_digit_table(style.digits))


def short_date(value: date | None) -> str:
    return "" if value is None else _fast(_style.date_pattern, value, _style)


def short_time(value: time | datetime | None) -> str:
    return "" if value is None else _fast(_style.time_pattern, value, _style)


def short_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return _fast(_datetime_pattern, value, _style)


def long_date(value: date | None) -> str:
    if value is None:
        return ""
    style = _style
    text = tr(_CONTEXT, "{day} {month} {year}").format(
        day=value.day, month=month_name(value.month, style), year=value.year
    )
    return text if style.digits == ASCII_DIGITS else text.translate(_digit_table(style.digits))


def long_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return tr(_CONTEXT, "{date}, {time}").format(
        date=long_date(value.date()), time=short_time(value)
    )


def localise_sample(text: str) -> str:
    """A width sample written ISO ('2026-12-31 23:59', '2026-12-31') as the style writes it,
    so a date column is as wide as its dates are in the person's way; other text as it is."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    return short_datetime(moment) if len(text) > 10 else short_date(moment.date())


def iso_datetime(value: datetime | None) -> str:
    """'2026-03-14 09:05:00' (with its offset when it has one), for manifests and data."""
    return "" if value is None else value.isoformat(sep=" ")


def stamp(value: datetime) -> str:
    """'2026-03-14 09:05': a moment to the minute, the same in every language, sortable."""
    return value.strftime("%Y-%m-%d %H:%M")


# -- reading -----------------------------------------------------------------------------

_BIDI = dict.fromkeys(
    map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)
_SEPARATORS = re.compile(r"[\s/.\-,،٫]+")
_TIME_AT_END = re.compile(
    r"(?:^|[\sT,،])(\d{1,2})[:.h](\d{2})(?:[:.](\d{2})(?:\.\d{1,6})?)?$", re.IGNORECASE
)
_OFFSET = re.compile(r"(?:Z|[+-]\d{2}:?\d{2})$")
MAX_INPUT = 64  # longer text is not a date; the check keeps hostile input cheap


def _plain(text: str) -> str:
    """Digits of any script made ASCII, bidi marks and outer spaces removed, spaces folded."""
    out = []
    for char in text.translate(_BIDI):
        if char.isdigit() and not char.isascii():
            value = unicodedata.decimal(char, None)
            out.append(str(value) if value is not None else char)
        elif char.isspace():
            out.append(" ")
        else:
            out.append(char)
    return " ".join("".join(out).split())


def _month_from_word(word: str, style: DateStyle) -> int | None:
    word = word.casefold().rstrip(".")
    if len(word) < 3:
        return None
    names: list[tuple[str, ...]] = [_ENGLISH_MONTHS]
    for own in (style.months, style.standalone_months, style.short_months):
        if own is not None:
            names.append(tuple(n.casefold().rstrip(".") for n in own))
    names.append(tuple(tr(_CONTEXT, n).casefold() for n in _MONTHS))
    for table in names:
        for number, name in enumerate(table, 1):
            if name and (word == name or (len(word) >= 3 and name.startswith(word))):
                return number
    return None


def example(style: DateStyle | None = None, day: date | None = None) -> str:
    """A date written the style's way, for hints: today, or `day`."""
    style = style or _style
    return _render(style.date_pattern, day or date.today(), style)


def not_a_date_message(style: DateStyle | None = None, *, with_time: bool = False) -> str:
    """What to say of text that is not a date: examples in the person's way and ISO (today,
    at 18:30 where a time is asked for too)."""
    style = style or _style
    moment = datetime.combine(date.today(), time(18, 30))
    if with_time:
        local = _render(f"{style.date_pattern} {style.time_pattern}", moment, style)
        iso = moment.strftime("%Y-%m-%d %H:%M")
    else:
        local, iso = _render(style.date_pattern, moment, style), moment.date().isoformat()
    if local == iso:
        return tr(
            _CONTEXT, "Workbook cannot read this as a date. You can write it like {iso}."
        ).format(iso=iso)
    return tr(
        _CONTEXT,
        "Workbook cannot read this as a date. You can write it like {example} or like {iso}.",
    ).format(example=local, iso=iso)


def _days_in(year: int, month: int) -> int:
    """How many days `month` has in `year` (the Gregorian calendar, as Python's dates)."""
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


def check_exists(year: int, month: int, day: int, style: DateStyle | None = None) -> date:
    """The date, or DateInputError saying kindly why there is no such day."""
    style = style or _style
    try:
        return _check_exists(year, month, day, style)
    except DateInputError as error:
        if style.digits == ASCII_DIGITS:
            raise
        # The numbers in the locale's own digits, like the dates around the message.
        raise DateInputError(error.message.translate(_digit_table(style.digits))) from None


def _check_exists(year: int, month: int, day: int, style: DateStyle) -> date:
    if not 1 <= year <= 9999:
        raise DateInputError(tr(_CONTEXT, "Please write a year between 1 and 9999."))
    if not 1 <= month <= 12:
        raise DateInputError(
            tr(_CONTEXT, "There is no month {month}: months go from 1 to 12.").format(month=month)
        )
    last = _days_in(year, month)
    if day < 1:
        raise DateInputError(
            tr(_CONTEXT, "There is no day {day}: days start at 1.").format(day=day)
        )
    if day > last:
        name = month_name(month, style, alone=True)
        if month == 2 and day == 29:
            raise DateInputError(
                tr(_CONTEXT, "{month} {year} has no day 29: {year} is not a leap year.").format(
                    month=name, year=year
                )
            )
        raise DateInputError(
            tr(_CONTEXT, "{month} has no day {day}: it has {count} days.").format(
                month=name, day=day, count=last
            )
        )
    return date(year, month, day)


def _year(text: str) -> int:
    value = int(text)
    return 2000 + value if len(text) <= 2 else value


def parse_date(text: str, style: DateStyle | None = None) -> date | None:
    """What a person typed as a date: None when empty, the date, or DateInputError."""
    style = style or _style
    plain = _plain(text)
    if not plain:
        return None
    if len(plain) > MAX_INPUT:
        raise DateInputError(not_a_date_message(style))
    parts = [p for p in _SEPARATORS.split(plain) if p]
    if len(parts) != 3:
        raise DateInputError(not_a_date_message(style))
    numbers = [p if p.isascii() and p.isdigit() else None for p in parts]
    words = [i for i, n in enumerate(numbers) if n is None]
    if len(words) == 1:  # "14 March 2026", "March 14, 2026", "2026 mars 14"
        month = _month_from_word(parts[words[0]], style)
        rest = [n for n in numbers if n is not None]
        if month is None or any(len(n) > 4 for n in rest):
            raise DateInputError(not_a_date_message(style))
        long_ones = [n for n in rest if len(n) >= 3]
        if len(long_ones) == 1:
            year_text = long_ones[0]
            day_text = next(n for n in rest if n is not year_text)
        else:
            day_text, year_text = (rest[1], rest[0]) if style.order.startswith("y") else rest
        return check_exists(_year(year_text), month, int(day_text), style)
    if words or any(len(n or "") > 4 for n in numbers):
        raise DateInputError(not_a_date_message(style))
    digits = [n or "" for n in numbers]
    order = "ymd" if len(digits[0]) >= 3 else style.order  # 2026-03-14 whatever the locale
    if len(digits[order.index("y")]) == 3 or len(digits[order.index("d")]) > 2:
        raise DateInputError(not_a_date_message(style))
    if len(digits[order.index("m")]) > 2:
        raise DateInputError(not_a_date_message(style))
    found = dict(zip(order, digits, strict=True))
    return check_exists(_year(found["y"]), int(found["m"]), int(found["d"]), style)


def _markers(style: DateStyle) -> list[tuple[str, bool]]:
    found: list[tuple[str, bool]] = []
    for written, is_pm in ((style.am, False), (style.pm, True), ("am", False), ("pm", True)):
        marker = _plain(written)  # "a.\u00a0m." is typed "a. m." or "am"
        for form in {marker, marker.replace(".", "").replace(" ", "")}:
            if form:
                found.append((form.casefold(), is_pm))
    found += [("a.m.", False), ("p.m.", True)]
    return sorted(found, key=lambda pair: -len(pair[0]))


def parse_time_part(text: str, style: DateStyle | None = None) -> tuple[str, time | None]:
    """Split 'date time' into the date text and the time (None when none is written);
    DateInputError for a time that is not on a clock."""
    style = style or _style
    rest = _OFFSET.sub("", text).strip() if "T" in text or ":" in text else text
    meridiem: bool | None = None
    folded = rest.casefold()
    for marker, is_pm in _markers(style):
        if folded.endswith(marker):
            rest, meridiem = rest[: len(rest) - len(marker)].strip(), is_pm
            break
        if folded.startswith(marker) and ":" in rest:  # Arabic puts ص/م either side
            rest, meridiem = rest[len(marker) :].strip(), is_pm
            break
    match = _TIME_AT_END.search(rest)
    if match is None:
        if meridiem is not None:
            raise DateInputError(_time_message(style))
        return rest, None
    hour, minute = int(match.group(1)), int(match.group(2))
    second = int(match.group(3) or 0)
    if meridiem is not None:
        if not 1 <= hour <= 12:
            raise DateInputError(_time_message(style))
        hour = hour % 12 + (12 if meridiem else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59):
        raise DateInputError(_time_message(style))
    date_text = rest[: match.start()].rstrip(" ,،T")
    return date_text, time(hour, minute, second)


def _time_message(style: DateStyle) -> str:
    return tr(
        _CONTEXT,
        "That time is not on a clock. Hours go from 0 to 23 and minutes from 0 to 59, "
        "for example {example}.",
    ).format(example=_render(style.time_pattern, time(18, 30), style))


def parse_datetime(text: str, style: DateStyle | None = None) -> datetime | None:
    """What a person typed as a date and time: None when empty; a date alone is midnight."""
    style = style or _style
    plain = _plain(text)
    if not plain:
        return None
    not_a_date = not_a_date_message(style, with_time=True)
    if len(plain) > MAX_INPUT:
        raise DateInputError(not_a_date)
    try:
        date_text, moment = parse_time_part(plain, style)
        day = parse_date(date_text, style) if date_text else None
    except DateInputError as error:
        if error.message == not_a_date_message(style):
            raise DateInputError(not_a_date) from None
        raise
    if day is None:
        raise DateInputError(not_a_date)
    return datetime.combine(day, moment or time())
