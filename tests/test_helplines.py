"""The Help now list: its shape, a source and a checked date for every helpline, numbers that
can be dialled, and an emergency number for every listed country."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import phonenumbers
import pytest
from phonenumbers import shortnumberinfo

from workbook.domain import helplines

DOCUMENT = helplines.read_document()
COUNTRIES = DOCUMENT["countries"]
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SHORT_CODE = re.compile(r"^#?\d{3,6}$")
# The thirty most populous countries, and every EU and EEA country.
POPULOUS = set(
    [
        "IN",
        "CN",
        "US",
        "ID",
        "PK",
        "NG",
        "BR",
        "BD",
        "RU",
        "ET",
        "MX",
        "JP",
        "EG",
        "PH",
        "CD",
        "VN",
        "IR",
        "TR",
        "DE",
        "TH",
        "TZ",
        "GB",
        "FR",
        "ZA",
        "IT",
        "KE",
        "MM",
        "CO",
        "KR",
        "UG",
        "SD",
    ]
)
EU_EEA = set(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
        "IS",
        "LI",
        "NO",
    ]
)


def _checked_date(value: str) -> date:
    assert ISO_DATE.match(value), value
    checked = date.fromisoformat(value)
    assert date(2020, 1, 1) <= checked <= date.today()
    return checked


def test_document_shape() -> None:
    assert set(DOCUMENT) >= {"about", "checked", "emergency_source", "not_listed", "countries"}
    _checked_date(DOCUMENT["checked"])
    source = DOCUMENT["emergency_source"]
    assert source["url"].startswith("https://")
    _checked_date(source["checked"])
    allowed = {"name", "emergency", "police", "emergency_all_services", "helplines", "note"}
    for code, country in COUNTRIES.items():
        assert re.fullmatch(r"[A-Z]{2}", code)
        assert set(country) <= allowed, code
        assert country["name"].strip(), code
    not_listed = {c for codes in DOCUMENT["not_listed"].values() for c in codes}
    assert not not_listed & set(COUNTRIES)


def test_the_list_covers_the_countries_it_promises() -> None:
    assert len(COUNTRIES) >= 230
    missing = (POPULOUS | EU_EEA) - set(COUNTRIES)
    assert not missing


@pytest.mark.parametrize("code", sorted(COUNTRIES))
def test_every_country_has_a_checked_emergency_number(code: str) -> None:
    country = COUNTRIES[code]
    numbers = list(country["emergency"]) + ([country["police"]] if country.get("police") else [])
    assert country["emergency"], code
    assert len(set(numbers)) == len(numbers), code
    for number in numbers:
        assert re.fullmatch(r"\d{2,5}", number), (code, number)
        # Every number is an emergency number of that country in libphonenumber's metadata,
        # the source the file names: a typo or an outdated number fails here.
        assert shortnumberinfo.is_emergency_number(number, code), (code, number)


def _helplines() -> list[tuple[str, dict[str, object]]]:
    return [(code, h) for code, c in COUNTRIES.items() for h in c.get("helplines", ())]


def test_many_countries_have_helplines() -> None:
    with_helplines = {code for code, _ in _helplines()}
    assert len(with_helplines) >= 40
    # Every EU/EEA country but Iceland (no helpline could be checked) has one.
    assert EU_EEA - with_helplines == {"IS"}


@pytest.mark.parametrize(("code", "helpline"), _helplines())
def test_every_helpline_has_a_source_and_a_dialable_number(
    code: str, helpline: dict[str, object]
) -> None:
    allowed = {"name", "phone", "text", "chat", "hours", "free", "languages", "about", "sources"}
    assert set(helpline) <= allowed
    assert str(helpline["name"]).strip()
    sources = helpline["sources"]
    assert isinstance(sources, list) and sources, "a helpline without a source is never listed"
    for source in sources:
        assert re.match(r"^https?://\S+$", source["url"]), source
        _checked_date(source["checked"])
    phone = str(helpline["phone"])
    digits = re.sub(r"[\s\-()]", "", phone)
    if SHORT_CODE.match(digits):
        return
    parsed = phonenumbers.parse(phone, code)
    assert phonenumbers.is_valid_number(parsed), (code, phone)


def test_notes_have_sources() -> None:
    for country in COUNTRIES.values():
        note = country.get("note")
        if note:
            assert note["text"].strip()
            assert note["sources"]
            for source in note["sources"]:
                _checked_date(source["checked"])


def test_country_help() -> None:
    germany = helplines.country_help("de")
    assert germany is not None
    assert germany.code == "DE"
    assert germany.first_emergency == "112"
    assert germany.police == "110"
    assert germany.helplines[0].phone == "116 016"
    assert germany.helplines[0].sources
    assert helplines.country_help("XX") is None
    assert helplines.country_help(None) is None
    assert helplines.country_help("") is None
    names = [c.name.casefold() for c in helplines.countries()]
    assert names == sorted(names)


@pytest.mark.parametrize(
    ("locale_name", "expected"),
    [
        ("de_DE", "DE"),
        ("pt_BR.UTF-8", "BR"),
        ("sr_Latn_RS", "RS"),
        ("en-GB", "GB"),
        ("en_US@euro", "US"),
        ("C", None),
        ("POSIX", None),
        ("", None),
        (None, None),
        ("es_419", None),  # a region, not a country
        ("en_AQ", None),  # a code that is not listed
    ],
)
def test_default_country(locale_name: str | None, expected: str | None) -> None:
    assert helplines.default_country(locale_name) == expected


def test_the_list_is_read_only_when_asked_for() -> None:
    code = (
        "import sys, workbook.cli, workbook.domain.helplines as h;"
        "assert h.data.cache_info().currsize == 0;"
        "h.country_help('FR');"
        "assert h.data.cache_info().currsize == 1;"
        "print('ok')"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_start_up_does_not_import_the_list() -> None:
    code = "import sys, workbook.cli; print('workbook.domain.helplines' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_country_for_prefers_the_saved_choice() -> None:
    assert helplines.COUNTRY_SETTING == "help.country"
    chosen = helplines.country_for("fr", "de_DE")
    assert chosen is not None and chosen.code == "FR"
    from_locale = helplines.country_for(None, "de_DE")
    assert from_locale is not None and from_locale.code == "DE"
    assert helplines.country_for("XX", "C") is None


def _first_page_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(PdfReader(path).pages[0].extract_text().split())


def test_the_plan_pdf_names_the_country_s_numbers_on_its_first_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbook.domain.fields import Reader
    from workbook.domain.model import Plan
    from workbook.export.pdf import export_pdf

    monkeypatch.setattr(helplines, "_preferred", None)
    monkeypatch.setattr(helplines, "_app_said", False)
    helplines.remember_preferred("DE")
    export_pdf(Plan(), tmp_path / "plan.pdf")
    first = _first_page_text(tmp_path / "plan.pdf")
    assert "Help now" in first
    assert "If you are in danger now, call 112." in first
    assert "Police: 110" in first
    assert "116 016" in first
    assert "checked on" in first
    # Only the person's own plan carries it; a version for a lawyer does not.
    export_pdf(Plan(), tmp_path / "lawyer.pdf", reader=Reader.LAWYER)
    assert "If you are in danger now" not in _first_page_text(tmp_path / "lawyer.pdf")


def test_the_pdf_guesses_no_country(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from workbook.domain.model import Plan
    from workbook.export.pdf import export_pdf

    # The app says none was chosen (and its locale names no country): nothing is guessed.
    monkeypatch.setattr(helplines, "_preferred", None)
    monkeypatch.setattr(helplines, "_app_said", True)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    export_pdf(Plan(), tmp_path / "plan.pdf")
    assert "If you are in danger now" not in _first_page_text(tmp_path / "plan.pdf")
    # The command line, where the app said nothing: the locale's country.
    monkeypatch.setattr(helplines, "_app_said", False)
    export_pdf(Plan(), tmp_path / "cli.pdf")
    assert "116 016" in _first_page_text(tmp_path / "cli.pdf")
    monkeypatch.setenv("LANG", "C.UTF-8")
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    export_pdf(Plan(), tmp_path / "c.pdf")
    assert "If you are in danger now" not in _first_page_text(tmp_path / "c.pdf")
