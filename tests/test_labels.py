"""Each choice is labelled by its own enum, even where two enums share a value."""

from __future__ import annotations

from enum import StrEnum

from workbook.domain.labels import _PAIRS, label
from workbook.domain.model import ContactRole, Mandator, ReportedTo, ResponseKind


def test_choices_that_share_a_value_keep_their_own_words() -> None:
    # "lawyer" and "other" are values of several enums.
    assert label(ContactRole.LAWYER) == "Lawyer"
    assert label(ReportedTo.LAWYER) == "My lawyer"
    assert label(ResponseKind.OTHER) == "Other"
    assert label(ContactRole.OTHER) == "Other"
    assert label(Mandator.OTHER) == "Other"
    assert label(ReportedTo.OTHER) == "Someone else"


def test_every_member_of_every_labelled_enum_has_its_own_label() -> None:
    kinds: set[type[StrEnum]] = {type(member) for member, _text in _PAIRS}
    for kind in kinds:
        for member in kind:
            expected = next(text for m, text in _PAIRS if type(m) is kind and m is member)
            assert label(member) == expected
