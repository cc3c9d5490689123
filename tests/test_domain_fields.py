"""The field registry and the translation function: plain data, readable without Qt."""

from __future__ import annotations

import pytest

from workbook.domain import i18n
from workbook.domain.fields import (
    MAX_SHORT,
    MAX_TEXT,
    Reader,
    Size,
    Widget,
    field_of,
    fields_of,
    kinds,
    visible_fields,
)
from workbook.domain.labels import label, section_title
from workbook.domain.model import (
    BackupPlan,
    CheckInAgreement,
    ContactLogEntry,
    ProxyDecision,
    Section,
    TrustedContact,
)


def test_marking_returns_the_text_and_tr_is_identity_until_a_translator_is_set() -> None:
    assert i18n.QT_TRANSLATE_NOOP("TrustedContact", "Name") == "Name"
    assert i18n.tr("TrustedContact", "Name") == "Name"
    seen: list[tuple[str, str]] = []

    def shout(context: str, text: str) -> str:
        seen.append((context, text))
        return text.upper()

    i18n.set_translator(shout)
    try:
        assert field_of(TrustedContact, "name").text_label == "NAME"
        assert label(ProxyDecision.CUT_OFF) == "CUT OFF"
        assert section_title(Section.CONTACT_LOG) == "CONTACT LOG"
    finally:
        i18n.set_translator(None)
    assert ("TrustedContact", "Name") in seen
    assert ("ProxyDecision", "Cut off") in seen
    assert ("Section", "Contact log") in seen
    assert field_of(TrustedContact, "name").text_label == "Name"


def test_lookups_name_the_kind_and_field() -> None:
    assert [f.name for f in fields_of(BackupPlan)][:2] == ["situation", "title"]
    with pytest.raises(KeyError, match=r"TrustedContact\.nickname"):
        field_of(TrustedContact, "nickname")
    assert all(f.kind is kind for kind in kinds() for f in fields_of(kind))


def test_sizes_limits_and_units() -> None:
    assert field_of(TrustedContact, "name").size is Size.LINE
    assert field_of(TrustedContact, "name").limit == MAX_SHORT
    assert field_of(TrustedContact, "notes").size is Size.PARAGRAPH
    assert field_of(TrustedContact, "notes").limit == MAX_TEXT
    grace = field_of(CheckInAgreement, "grace_minutes")
    assert grace.widget is Widget.INT
    assert grace.text_unit(30) == "30 minutes"


def test_readers_follow_the_table_of_exports() -> None:
    court = {f.name for f in visible_fields(ContactLogEntry, Reader.COURT)}
    assert {"occurred_at", "what_happened", "evidence_ref"} <= court
    # Court: no trusted contact's details, no backup plan, no check-in, no code word.
    assert visible_fields(TrustedContact, Reader.COURT) == ()
    assert visible_fields(BackupPlan, Reader.COURT) == ()
    assert visible_fields(CheckInAgreement, Reader.COURT) == ()
    # Lawyer: no check-in arrangements, safe places or what to take.
    assert visible_fields(BackupPlan, Reader.LAWYER) == ()
    assert visible_fields(CheckInAgreement, Reader.LAWYER) == ()
    # A check-in partner's card: the agreement, never its private notes.
    partner = {f.name for f in visible_fields(CheckInAgreement, Reader.PARTNER)}
    assert "danger_code_word" in partner and "notes" not in partner
    assert visible_fields(ContactLogEntry, Reader.PARTNER) == ()
    # The person's own plan shows every field that is ever shown.
    assert all(f.visible_to(Reader.PLAN) for kind in kinds() for f in fields_of(kind) if f.readers)
