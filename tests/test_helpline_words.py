"""The Help now list's descriptive words are marked for translation and translated, while
names, numbers, web sites and addresses stay exactly as the list has them."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from workbook.domain import helplines
from workbook.domain.helpline_words import KEPT, WORDS

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "translations"
# A text/chat entry that is only a brand with a number, or only a web site, has no words.
_NO_WORDS = re.compile(r"^(WhatsApp [\d\s()+-]+|[\w.-]+\.[a-z]{2,}(/\S*)?)$")
# What must survive translation untouched: numbers, sites, addresses, codes to dial or send.
_KEPT_TOKEN = re.compile(
    r"[\w.+-]+@[\w.-]+|\b[\w-]+(?:\.[\w-]+)+\b|[\d*#][\d\s*#:–-]*\d|\b[A-Z]{3,}\b"
)


def _descriptive_texts() -> Iterator[str]:
    document = helplines.read_document()
    for country in document["countries"].values():
        note = (country.get("note") or {}).get("text", "")
        if note:
            yield note
        for line in country.get("helplines", ()):
            yield from (line[key] for key in ("hours", "about") if line.get(key))
            yield from line.get("languages", ())
            for key in ("text", "chat"):
                value = line.get(key, "")
                if value and not _NO_WORDS.match(value):
                    yield value


def test_every_descriptive_text_of_the_list_is_marked_and_nothing_stale() -> None:
    texts = set(_descriptive_texts())
    unmarked = texts - WORDS - KEPT
    assert not unmarked, f"mark these in workbook/domain/helpline_words.py: {sorted(unmarked)}"
    stale = (WORDS | KEPT) - texts
    assert not stale, f"no longer in the list: {sorted(stale)}"


@pytest.mark.parametrize("code", ["es", "ar", "fr"])
def test_translations_keep_names_numbers_and_sites(code: str) -> None:
    root = ET.parse(FOLDER / f"workbook_{code}.ts").getroot()
    checked = 0
    for context in root.iter("context"):
        if context.findtext("name") != "HelpNowData":
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            for token in _KEPT_TOKEN.findall(source):
                assert token in translation, (code, source, token)
            checked += 1
    assert checked == len(WORDS)


def test_the_help_now_words_speak_spanish_and_keep_the_names(qapp: object, tmp_path: Path) -> None:
    from workbook import cli_language
    from workbook.language import save_language

    finland = helplines.country_help("FI")
    assert finland is not None and finland.helplines
    line = finland.helplines[0]
    english = helplines.helpline_details(line)
    save_language(tmp_path, "es")
    try:
        assert cli_language.install_export_language(tmp_path) == "es"
        spanish = helplines.helpline_details(line)
        summary = helplines.helpline_summary(line)
    finally:
        save_language(tmp_path, "en")
        cli_language.install_export_language(tmp_path)
    assert spanish != english
    assert any("finés" in fact for fact in spanish)  # a language it answers in
    assert line.name in summary and line.phone in summary
    assert "24 horas, todos los días" in summary
    assert helplines.helpline_details(line) == english  # English again
