"""Help now: each country's emergency number and its national domestic-abuse helplines.

The list is an offline file in the package (`workbook_resources/help/helplines.json`), with
the public source of every helpline and the date it was checked. It is read the first time
something asks for it, never at start-up, and Workbook never calls or contacts any of these
services itself: it only shows the numbers.
"""

from __future__ import annotations

import functools
import importlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbook.domain.i18n import tr

_CONTEXT = "HelpNow"
DATA_PACKAGE = "workbook_resources"
DATA_PATH = ("help", "helplines.json")
# A locale name such as "de_DE", "pt_BR.UTF-8", "sr_Latn_RS" or "en-GB".
_TERRITORY = re.compile(r"^[a-z]{2,3}(?:[_-][A-Za-z]{4})?[_-]([A-Z]{2})(?:[.@].*)?$")


@dataclass(frozen=True)
class Source:
    url: str
    checked: str  # ISO date


@dataclass(frozen=True)
class Helpline:
    name: str
    phone: str
    hours: str = ""
    free: bool | None = None
    text: str = ""  # SMS, WhatsApp or similar, where offered
    chat: str = ""  # web chat or email, where offered
    languages: tuple[str, ...] = ()
    about: str = ""
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class CountryHelp:
    code: str  # ISO 3166-1 alpha-2
    name: str
    emergency: tuple[str, ...]  # to call in danger, the first one first
    police: str | None = None  # only where it differs from emergency[0]
    all_services: bool = False  # emergency lists every service's number (police not known)
    helplines: tuple[Helpline, ...] = ()
    note: str = ""
    note_sources: tuple[Source, ...] = ()

    @property
    def first_emergency(self) -> str:
        return self.emergency[0]


@dataclass(frozen=True)
class HelpData:
    checked: str
    emergency_source_title: str
    emergency_source_url: str
    countries: dict[str, CountryHelp]


def _sources(raw: Any) -> tuple[Source, ...]:
    return tuple(Source(url=str(s["url"]), checked=str(s["checked"])) for s in raw or ())


def _helpline(raw: dict[str, Any]) -> Helpline:
    free = raw.get("free")
    return Helpline(
        name=str(raw["name"]),
        phone=str(raw["phone"]),
        hours=str(raw.get("hours", "")),
        free=bool(free) if free is not None else None,
        text=str(raw.get("text", "")),
        chat=str(raw.get("chat", "")),
        languages=tuple(str(x) for x in raw.get("languages", ())),
        about=str(raw.get("about", "")),
        sources=_sources(raw.get("sources")),
    )


def parse(document: dict[str, Any]) -> HelpData:
    """The file's contents as dataclasses (KeyError/TypeError on a malformed file)."""
    countries: dict[str, CountryHelp] = {}
    for code, raw in document["countries"].items():
        note = raw.get("note") or {}
        countries[code] = CountryHelp(
            code=code,
            name=str(raw["name"]),
            emergency=tuple(str(n) for n in raw["emergency"]),
            police=str(raw["police"]) if raw.get("police") else None,
            all_services=bool(raw.get("emergency_all_services", False)),
            helplines=tuple(_helpline(h) for h in raw.get("helplines", ())),
            note=str(note.get("text", "")),
            note_sources=_sources(note.get("sources")),
        )
    source = document["emergency_source"]
    return HelpData(
        checked=str(document["checked"]),
        emergency_source_title=str(source["title"]),
        emergency_source_url=str(source["url"]),
        countries=countries,
    )


def read_document() -> dict[str, Any]:
    """The raw JSON document shipped with Workbook, from the resources package's folder (a
    source checkout, a wheel, the frozen app alike; importlib.resources, which the set-up
    screen would wait for, costs its first paint about 8 ms)."""
    package = importlib.import_module(DATA_PACKAGE)
    resource = Path(str(package.__file__)).parent.joinpath(*DATA_PATH)
    document: dict[str, Any] = json.loads(resource.read_text(encoding="utf-8"))
    return document


# The workbook setting (repository get_setting/set_setting) that holds the chosen country.
COUNTRY_SETTING = "help.country"


def country_for(saved: str | None, locale_name: str | None) -> CountryHelp | None:
    """The country the person chose (`saved`), else the locale's country, else None."""
    return country_help(saved) or country_help(default_country(locale_name))


# The country the app's Help now shows (the person's choice, or the locale's, or none): the
# plan PDF's first page prints the same. Until the app says (the command line), the
# locale decides.
_preferred: str | None = None
_app_said = False


def remember_preferred(code: str | None) -> None:
    """Note the country the person's Help now shows (None: none chosen, none known)."""
    global _preferred, _app_said  # noqa: PLW0603 - one person, one country, one process
    _preferred = code.upper() if code else None
    _app_said = True


def preferred_country(locale_name: str | None = None) -> CountryHelp | None:
    """The country the app noted with `remember_preferred` (even none); before it did, the
    country of `locale_name`."""
    if _app_said:
        return country_help(_preferred)
    return country_help(default_country(locale_name))


@functools.cache
def data() -> HelpData:
    """The whole list, read once, on first use."""
    return parse(read_document())


def country_help(code: str | None) -> CountryHelp | None:
    """Emergency number and helplines for an ISO 3166-1 alpha-2 code, or None."""
    if not code:
        return None
    return data().countries.get(code.upper())


def countries() -> list[CountryHelp]:
    """Every listed country, by name."""
    return sorted(data().countries.values(), key=lambda c: c.name.casefold())


def default_country(locale_name: str | None) -> str | None:
    """The country of a locale name ("de_DE", "pt_BR.UTF-8", "sr_Latn_RS"), if listed."""
    match = _TERRITORY.match((locale_name or "").strip())
    if match is None:
        return None
    code = match.group(1)
    return code if code in data().countries else None


# -- sentences, shared by the Help now panel and the plan PDF ---------------------------


def _join(numbers: tuple[str, ...]) -> str:
    if len(numbers) == 1:
        return numbers[0]
    return tr(_CONTEXT, "{first} or {last}").format(first=", ".join(numbers[:-1]), last=numbers[-1])


def danger_sentence(country: CountryHelp | None) -> str:
    if country is None:
        return tr(
            _CONTEXT,
            "If you are in danger now, call your local emergency number. Choose your country "
            "to see it here.",
        )
    if country.all_services:
        return tr(
            _CONTEXT, "If you are in danger now, call one of these emergency numbers: {numbers}."
        ).format(numbers=_join(country.emergency))
    if len(country.emergency) > 1:
        return tr(_CONTEXT, "If you are in danger now, call {number} (or {others}).").format(
            number=country.emergency[0], others=_join(country.emergency[1:])
        )
    return tr(_CONTEXT, "If you are in danger now, call {number}.").format(
        number=country.emergency[0]
    )


def short_danger_sentence(country: CountryHelp | None) -> str:
    if country is None:
        return tr(_CONTEXT, "In danger now? Call your local emergency number.")
    return tr(_CONTEXT, "In danger now? Call {number}.").format(number=country.first_emergency)


def say(text: str) -> str:
    """A descriptive text of the list (its hours, what a service is for, a language, a note)
    in the person's language, where `helpline_words.py` marks it; names, numbers and web
    sites stay as they are."""
    return tr("HelpNowData", text) if text else text


def country_note(country: CountryHelp) -> str:
    """The country's note, in the person's language ("" when it has none)."""
    return say(country.note)


def helpline_summary(line: Helpline) -> str:
    """One line: name, number and hours."""
    if line.hours:
        return tr(_CONTEXT, "{name}: {phone} ({hours})").format(
            name=line.name, phone=line.phone, hours=say(line.hours)
        )
    return tr(_CONTEXT, "{name}: {phone}").format(name=line.name, phone=line.phone)


def helpline_details(line: Helpline) -> list[str]:
    """The rest, one fact a line."""
    details: list[str] = []
    if line.about:
        details.append(say(line.about))
    if line.free is True:
        details.append(tr(_CONTEXT, "Free to call."))
    if line.text:
        details.append(tr(_CONTEXT, "Text: {how}").format(how=say(line.text)))
    if line.chat:
        details.append(tr(_CONTEXT, "Online: {how}").format(how=say(line.chat)))
    if line.languages:
        languages = tr(_CONTEXT, ", ").join(say(name) for name in line.languages)
        details.append(tr(_CONTEXT, "Languages: {languages}").format(languages=languages))
    return details
