"""Each way of speaking of the other person is its own translated sentence: the shipped Spanish,
Arabic and French translations, loaded with Qt's QTranslator, give the variant that fits the
choice, with its own grammar, and the chosen name filled in after translation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from workbook.domain.labels import label
from workbook.domain.model import OtherPerson, Situation
from workbook.domain.other_person import THEM_DIRECTLY, Voice, set_voice
from workbook.domain.suggestions import SITUATION_SUGGESTIONS, SUGGESTED_COMMITMENTS, say

HE, SHE, THEY = Voice(OtherPerson.HE), Voice(OtherPerson.SHE), Voice(OtherPerson.THEY)
NAMED = Voice(OtherPerson.NAME, "Ana María")


@pytest.fixture(autouse=True)
def _neutral_voice_afterwards() -> Iterator[None]:
    yield
    set_voice(Voice())


def _texts(voice: Voice) -> tuple[str, str]:
    set_voice(voice)
    return THEM_DIRECTLY.text(), label(Situation.TURNS_UP)


def test_english_without_a_translator(translator) -> None:  # type: ignore[no-untyped-def]
    translator("en")
    assert _texts(HE) == ("Him, directly", "He turns up at home or work")
    assert _texts(SHE) == ("Her, directly", "She turns up at home or work")
    assert _texts(THEY) == ("The other person, directly", "They turn up at home or work")
    assert _texts(NAMED) == ("Ana María, directly", "Ana María turns up at home or work")


def test_spanish_gives_each_variant_its_own_grammar(translator) -> None:  # type: ignore[no-untyped-def]
    translator("es")
    assert _texts(HE) == ("Él, directamente", "Él aparece en casa o en el trabajo")
    assert _texts(SHE) == ("Ella, directamente", "Ella aparece en casa o en el trabajo")
    assert _texts(THEY)[0] == "La otra persona, directamente"
    assert _texts(NAMED) == ("Ana María, directamente", "Ana María aparece en casa o en el trabajo")
    set_voice(SHE)
    gifts = dict(SUGGESTED_COMMITMENTS)["no-entry"]
    assert say(gifts) == "No la dejo entrar y no contesto al portero automático cuando es ella."


def test_arabic_verbs_agree_with_him_and_her(translator) -> None:  # type: ignore[no-untyped-def]
    translator("ar")
    assert _texts(HE) == ("هو، مباشرةً", "يظهر عند البيت أو العمل")
    assert _texts(SHE) == ("هي، مباشرةً", "تظهر عند البيت أو العمل")
    assert _texts(THEY)[1] == "الطرف الآخر يظهر عند البيت أو العمل"
    assert _texts(NAMED)[0] == "Ana María، مباشرةً"
    set_voice(SHE)
    sign = SITUATION_SUGGESTIONS[Situation.TURNS_UP].explanation
    assert say(sign) == "تأتي إلى بابي أو مكان عملي أو مكان تعرف أنني أذهب إليه."


@pytest.mark.parametrize("language", ["es", "ar", "fr"])
def test_every_variant_of_every_suggestion_is_translated(translator, language: str) -> None:  # type: ignore[no-untyped-def]
    translator(language)
    texts = [text for _, text in SUGGESTED_COMMITMENTS]
    for offer in SITUATION_SUGGESTIONS.values():
        texts += [offer.explanation, *offer.warning_signs, *offer.steps]
    untranslated = []
    for voice in (HE, SHE, THEY, Voice(OtherPerson.NAME, "Q")):
        set_voice(voice)
        for text in texts:
            if isinstance(text, str):
                continue
            shown = say(text)
            if shown == text.source(voice.variant).format(name="Q"):
                untranslated.append((voice.choice.value, shown))
    assert not untranslated, untranslated


def test_counts_take_each_languages_plural_forms(translator) -> None:  # type: ignore[no-untyped-def]
    from workbook.domain.fields import NEEDS, field_of
    from workbook.domain.model import CheckInAgreement

    need = next(n for n in NEEDS if n.many == "%n plans have no steps yet")
    grace = field_of(CheckInAgreement, "grace_minutes")
    translator("en")
    assert [need.message(n) for n in (1, 3)] == [
        "1 plan has no steps yet",
        "3 plans have no steps yet",
    ]
    assert [grace.text_unit(n) for n in (1, 30)] == ["1 minute", "30 minutes"]
    translator("es")
    assert [need.message(n) for n in (1, 3)] == [
        "1 plan aún no tiene pasos",
        "3 planes aún no tienen pasos",
    ]
    assert [grace.text_unit(n) for n in (1, 30)] == ["1 minuto", "30 minutos"]
    translator("ar")  # six forms: zero, one, two, few (3-10), many (11-99), other
    assert [need.message(n) for n in (1, 2, 5, 11, 100)] == [
        "خطة واحدة ليس فيها خطوات بعد",
        "خطتان ليس فيهما خطوات بعد",
        "5 خطط ليس فيها خطوات بعد",
        "11 خطة ليس فيها خطوات بعد",
        "100 خطة ليس فيها خطوات بعد",
    ]
