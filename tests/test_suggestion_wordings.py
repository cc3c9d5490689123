"""A suggestion adopted while the workbook spoke of the other person one way ("him") is still
the same suggestion once it speaks another way ("them", a name): it counts as adopted, and is
never added to the plan a second time."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from workbook.domain.model import OtherPerson, Situation
from workbook.domain.other_person import Voice, set_voice
from workbook.domain.suggestions import (
    adopt_step,
    adopted,
    situation_suggestions,
    situation_wordings,
)

HE, THEY = Voice(OtherPerson.HE), Voice(OtherPerson.THEY)
STEP = 4  # "Turns up": the step that speaks of the other person


@pytest.fixture(autouse=True)
def _neutral_voice_after() -> Iterator[None]:
    yield
    set_voice(Voice())


def test_a_step_adopted_as_him_is_still_adopted_as_them() -> None:
    set_voice(HE)
    as_him = situation_suggestions(Situation.TURNS_UP).steps
    steps = adopt_step([], as_him, as_him[STEP], situation_wordings(Situation.TURNS_UP).steps)
    assert steps == [as_him[STEP]]

    set_voice(THEY)
    as_them = situation_suggestions(Situation.TURNS_UP).steps
    assert as_them[STEP] != as_him[STEP], "the suggestion reads differently now"
    words = situation_wordings(Situation.TURNS_UP).steps
    assert adopted(steps, words[STEP])
    assert not adopted(steps, words[0])
    assert adopt_step(steps, as_them, as_them[STEP], words) == steps, "never twice"
    # Every step, in order: the one adopted as "him" keeps its words and its place.
    everything = steps
    for text in as_them:
        everything = adopt_step(everything, as_them, text, words)
    assert len(everything) == len(as_them)
    assert everything[STEP] == as_him[STEP]
    assert everything[:STEP] == list(as_them[:STEP])
    assert everything[STEP + 1 :] == list(as_them[STEP + 1 :])


def test_a_sign_adopted_under_a_name_is_recognised_as_her_and_as_them() -> None:
    set_voice(Voice(OtherPerson.NAME, "Dana"))
    sign = situation_suggestions(Situation.THREATS).warning_signs[0]
    assert "Dana" in sign
    lines = ["Something I wrote myself", f"  {sign}"]
    for voice in (Voice(OtherPerson.SHE, "Dana"), Voice(OtherPerson.THEY, "Dana")):
        set_voice(voice)
        words = situation_wordings(Situation.THREATS).warning_signs
        assert situation_suggestions(Situation.THREATS).warning_signs[0] != sign
        assert adopted(lines, words[0])
        assert not any(adopted(lines, w) for w in words[1:])


def test_without_wordings_the_order_of_the_method_still_holds() -> None:
    suggested = ("a", "b", "c")
    assert adopt_step(["c"], suggested, "a") == ["a", "c"]
    words = (frozenset({"a", "A"}), frozenset({"b", "B"}), frozenset({"c", "C"}))
    assert adopt_step(["C"], suggested, "a", words) == ["a", "C"], "before a later one"
    assert adopt_step(["A", "C"], suggested, "a", words) == ["A", "C"]
    assert adopt_step(["A", "C"], suggested, "b", words) == ["A", "b", "C"]
