"""The sentences that tell each reader what their version leaves out (domain/readers.py) must
be true of the field registry, which decides what each version shows."""

from __future__ import annotations

from typing import Any

import pytest

from workbook.domain.fields import Reader, field_of, fields_of
from workbook.domain.model import (
    AboutMe,
    BackupPlan,
    CheckInAgreement,
    CheckInLogEntry,
    MandatedObligation,
    SuspectedProxy,
    TrustedContact,
)
from workbook.domain.readers import calendar_text, reader_text

# What each sentence promises is left out, as fields of the registry.
LEFT_OUT: dict[Reader, list[tuple[type[Any], str]]] = {
    Reader.LAWYER: [
        (TrustedContact, "code_word"),
        (CheckInAgreement, "danger_code_word"),
        *[(CheckInAgreement, f.name) for f in fields_of(CheckInAgreement)],
        *[(CheckInLogEntry, f.name) for f in fields_of(CheckInLogEntry)],
        (BackupPlan, "safe_places"),
        (BackupPlan, "what_to_take"),
    ],
    Reader.COURT: [
        (AboutMe, "whereabouts"),
        (AboutMe, "phone"),
        (MandatedObligation, "location"),
        (BackupPlan, "safe_places"),
        *[(TrustedContact, f.name) for f in fields_of(TrustedContact) if f.name != "roles"],
        (TrustedContact, "code_word"),
        (CheckInAgreement, "danger_code_word"),
        *[(CheckInAgreement, f.name) for f in fields_of(CheckInAgreement)],
        *[(BackupPlan, f.name) for f in fields_of(BackupPlan)],
        (SuspectedProxy, "notes"),
    ],
    Reader.PARTNER: [
        (TrustedContact, "phones"),
        (TrustedContact, "email"),
        *[(BackupPlan, f.name) for f in fields_of(BackupPlan)],
        *[(SuspectedProxy, f.name) for f in fields_of(SuspectedProxy)],
    ],
}


@pytest.mark.parametrize("reader", list(LEFT_OUT))
def test_what_each_version_says_it_leaves_out_is_left_out(reader: Reader) -> None:
    shown = [
        f"{kind.__name__}.{name}"
        for kind, name in LEFT_OUT[reader]
        if field_of(kind, name).visible_to(reader)
    ]
    assert shown == [], f"the {reader.value} version says it leaves these out: {shown}"


def test_every_version_has_its_words() -> None:
    for reader in Reader:
        text = reader_text(reader)
        assert text.title and text.for_whom and text.leaves_out and text.choice
    assert "Workbook" in calendar_text().leaves_out
