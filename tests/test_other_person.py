"""How the workbook speaks of the other person: him, her, them or a chosen name, in every text
that speaks of them (domain/other_person.py), kept in the plan and encrypted with it."""

from __future__ import annotations

import ast
import threading
from pathlib import Path

import pytest

from workbook.domain import i18n
from workbook.domain.fields import Reader, field_of, voice_for
from workbook.domain.labels import label
from workbook.domain.model import ContactLogEntry, OtherPerson, Plan, Situation, SuspectedProxy
from workbook.domain.other_person import (
    NAME_LIMIT,
    THEM_DIRECTLY,
    Voice,
    Voiced,
    about_them,
    clean_name,
    current_voice,
    set_voice,
    speaking_of,
)
from workbook.domain.suggestions import (
    SUGGESTED_COMMITMENTS,
    situation_suggestions,
    statement_examples,
    suggested_commitments,
)
from workbook.export.plan_json import plan_from_json, plan_to_json
from workbook.storage.repository import PlanRepository

PACKAGE = Path(__file__).parent.parent / "workbook"
HOSTILE_NAME = "{0} {name} %n <b>Sam</b> & Co \u202eevil\u202c 🙂"


@pytest.fixture(autouse=True)
def _neutral() -> object:
    set_voice(Voice())
    yield None
    set_voice(Voice())


def test_until_a_choice_is_made_the_workbook_speaks_neutrally() -> None:
    plan = Plan()
    assert plan.other_person is OtherPerson.THEY
    assert plan.other_person_name == ""
    assert current_voice() == Voice()
    assert label(Situation.TURNS_UP) == "They turn up at home or work"
    assert field_of(ContactLogEntry, "proxy_id").text_none == "The other person, directly"
    assert field_of(SuspectedProxy, "connection_to_him").text_label == (
        "Connection to the other person"
    )
    assert "him" not in situation_suggestions(Situation.TURNS_UP).explanation.lower().split()


@pytest.mark.parametrize(
    ("voice", "turns_up", "directly", "connection"),
    [
        (Voice(OtherPerson.HE), "He turns up", "Him, directly", "Connection to him"),
        (Voice(OtherPerson.SHE), "She turns up", "Her, directly", "Connection to her"),
        (Voice(OtherPerson.THEY), "They turn up", "The other person, directly", None),
        (
            Voice(OtherPerson.NAME, "Robin"),
            "Robin turns up",
            "Robin, directly",
            "Connection to Robin",
        ),
    ],
)
def test_each_choice_changes_every_kind_of_text(
    voice: Voice, turns_up: str, directly: str, connection: str | None
) -> None:
    set_voice(voice)
    assert label(Situation.TURNS_UP).startswith(turns_up)
    assert field_of(ContactLogEntry, "proxy_id").text_none == directly
    assert THEM_DIRECTLY.text() == directly
    if connection is not None:
        assert field_of(SuspectedProxy, "connection_to_him").text_label == connection
    # The method's suggestions follow too, and keep their words otherwise.
    commitments = dict(
        zip((key for key, _ in SUGGESTED_COMMITMENTS), suggested_commitments(), strict=True)
    )
    gifts = commitments["return-gifts"].text
    expected = {
        OtherPerson.HE: "I return his gifts unopened.",
        OtherPerson.SHE: "I return her gifts unopened.",
        OtherPerson.THEY: "I return the other person's gifts unopened.",
        OtherPerson.NAME: "I return Robin's gifts unopened.",
    }[voice.choice]
    assert gifts == expected
    assert commitments["keep-mandated"].text.startswith("I keep exactly the contact")


def test_a_name_choice_without_a_name_speaks_neutrally() -> None:
    set_voice(Voice(OtherPerson.NAME, "   "))
    assert label(Situation.TURNS_UP) == "They turn up at home or work"


def test_a_hostile_name_is_said_as_written_and_never_read_as_a_placeholder() -> None:
    set_voice(Voice(OtherPerson.NAME, HOSTILE_NAME))
    assert THEM_DIRECTLY.text() == f"{HOSTILE_NAME}, directly"
    assert label(Situation.TURNS_UP) == f"{HOSTILE_NAME} turns up at home or work"
    examples = statement_examples("third_party_reply")
    assert any(HOSTILE_NAME in example for example in examples)
    # A broken translation (a placeholder it should not have) falls back to the English.
    i18n.set_translator(lambda c, t, d=None, n=-1: t.replace("{name}", "{nombre}"))
    try:
        assert THEM_DIRECTLY.text() == f"{HOSTILE_NAME}, directly"
    finally:
        i18n.set_translator(None)


def test_the_chosen_name_is_kept_as_one_short_line() -> None:
    assert clean_name("  Sam\n\tRiley \u2028 ") == "Sam Riley"
    assert clean_name("a\x00b\x1bc") == "a b c"
    joined = "👩\u200d👩\u200d👧 Nour"  # a zero-width joiner is part of the name, not noise
    assert clean_name(joined) == joined
    assert len(clean_name("x" * 1000)) == NAME_LIMIT


def test_a_variant_set_needs_the_name_placeholder() -> None:
    with pytest.raises(ValueError, match="name"):
        Voiced("Test", "He", "She", "They", "Somebody")
    assert about_them(
        "Test", he="He", she="She", they="They", name="{name}", voice=Voice(OtherPerson.SHE)
    ) == ("She")


def test_an_export_thread_speaks_with_its_own_voice_without_touching_the_window() -> None:
    set_voice(Voice(OtherPerson.SHE))
    seen: list[str] = []

    def export() -> None:
        with speaking_of(Voice(OtherPerson.NAME, "Robin")):
            seen.append(THEM_DIRECTLY.text())
        seen.append(THEM_DIRECTLY.text())  # after the export: the process's voice again

    worker = threading.Thread(target=export)
    with speaking_of(Voice(OtherPerson.HE)):
        worker.start()
        worker.join()
        assert THEM_DIRECTLY.text() == "Him, directly"
    assert seen == ["Robin, directly", "Her, directly"]
    assert THEM_DIRECTLY.text() == "Her, directly"


def test_the_court_copy_and_the_partner_card_never_print_the_chosen_name() -> None:
    named = Plan(other_person=OtherPerson.NAME, other_person_name="Robin")
    assert voice_for(named, Reader.PLAN) == Voice(OtherPerson.NAME, "Robin")
    assert voice_for(named, Reader.LAWYER) == Voice(OtherPerson.NAME, "Robin")
    assert voice_for(named, Reader.COURT) == Voice()
    assert voice_for(named, Reader.PARTNER) == Voice()
    she = Plan(other_person=OtherPerson.SHE)
    assert voice_for(she, Reader.COURT) == Voice(OtherPerson.SHE)


def test_tr_passes_disambiguation_and_count_and_fills_the_count_without_qt() -> None:
    assert i18n.tr("Lists", "%n steps", "", 3) == "3 steps"
    seen: list[tuple[object, ...]] = []

    def translate(*args: object) -> str:
        seen.append(args)
        return "Ella, directamente" if args[2] == "she" else str(args[1])

    i18n.set_translator(translate)
    try:
        set_voice(Voice(OtherPerson.SHE))
        assert THEM_DIRECTLY.text() == "Ella, directamente"
        assert i18n.tr("Lists", "%n steps", "", 2) == "2 steps"
    finally:
        i18n.set_translator(None)
    assert ("OtherPerson", "Her, directly", "she", -1) in seen
    assert ("Lists", "%n steps", "", 2) in seen


def _voiced_calls() -> list[tuple[str, list[tuple[str, str, str]]]]:
    """Every `Voiced(...)` written in the package, with its marked variants as lupdate reads
    them: (context, text, disambiguation)."""
    found = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        # A module's `_CONTEXT = "Name"` is written out for lupdate (update.py).
        names = {
            target.id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
            for target in node.targets
            if isinstance(target, ast.Name) and "CONTEXT" in target.id
        }

        def literal(value: ast.expr, names: dict[str, object] = names) -> object:
            if isinstance(value, ast.Name):
                return names.get(value.id)
            return value.value if isinstance(value, ast.Constant) else None

        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Voiced":
                if all(isinstance(argument, ast.Name) for argument in node.args):
                    continue  # a helper passing variants on (about_them)
                marks = []
                for argument in node.args[1:]:
                    assert isinstance(argument, ast.Call), f"{path}: a variant is not marked"
                    assert getattr(argument.func, "id", "") == "QT_TRANSLATE_NOOP", path
                    values = [literal(value) for value in argument.args]
                    marks.append(tuple(values))
                found.append((str(path.relative_to(PACKAGE)), marks))
    return found


def test_every_variant_is_marked_literally_for_lupdate_with_its_disambiguation() -> None:
    calls = _voiced_calls()
    assert len(calls) >= 45  # the registry, the labels, the pages, the PDF, the suggestions
    for where, marks in calls:
        assert [mark[2] for mark in marks] == ["he", "she", "they", "name"], where
        contexts = {mark[0] for mark in marks}
        assert len(contexts) == 1 and None not in contexts, f"{where}: a literal context"
        texts = [mark[1] for mark in marks]
        assert len(set(texts)) == 4, f"{where}: four different sentences {texts}"
        assert "{name}" in texts[3], where


def test_the_choice_is_kept_in_the_encrypted_workbook_and_in_the_plan_file(tmp_path: Path) -> None:
    key = bytes(range(32))
    folder = tmp_path / "secret"
    repository = PlanRepository.open(folder, key)
    assert repository.load_other_person() == (OtherPerson.THEY, "")
    repository.set_other_person(OtherPerson.NAME, "Quillon")
    repository.close()
    raw = b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())
    assert b"Quillon" not in raw
    reopened = PlanRepository.open(folder, key)
    plan = reopened.load_plan()
    assert (plan.other_person, plan.other_person_name) == (OtherPerson.NAME, "Quillon")
    reopened.close()
    again = plan_from_json(plan_to_json(plan))
    assert (again.other_person, again.other_person_name) == (OtherPerson.NAME, "Quillon")


def test_a_choice_a_later_version_wrote_reads_as_neutral(tmp_path: Path) -> None:
    repository = PlanRepository.open(tmp_path / "w")
    with repository.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE plan_info SET other_person = 'xe'")
    assert repository.load_other_person()[0] is OtherPerson.THEY
    repository.close()


def test_undecided_suggestions_follow_a_new_choice_and_the_persons_words_never_do() -> None:
    from workbook.domain.model import CommitmentStatus
    from workbook.domain.suggestions import revoiced

    offered = suggested_commitments()  # in the neutral voice
    by_key = {c.suggestion_key: c for c in offered}
    by_key["no-entry"].status = CommitmentStatus.ADOPTED
    by_key["ask-nothing"].text = "I ask the other person for nothing at all."
    changed = {c.suggestion_key: c for c in revoiced(offered, Voice(), Voice(OtherPerson.HE))}
    assert changed["return-gifts"].text == "I return his gifts unopened."
    assert changed["return-gifts"].id == by_key["return-gifts"].id
    assert "no-entry" not in changed, "adopted: the person's own words now"
    assert "ask-nothing" not in changed, "rewritten: the person's own words"
    assert "keep-mandated" not in changed, "does not speak of the other person"
    assert by_key["return-gifts"].text == "I return the other person's gifts unopened."


def test_a_workbook_from_before_the_choice_has_its_undecided_suggestions_follow() -> None:
    from workbook.domain.suggestions import revoiced

    with speaking_of(Voice(OtherPerson.HE)):
        old = suggested_commitments()  # as Workbook wrote them when it spoke only of "him"
    changed = {c.suggestion_key: c.text for c in revoiced(old, Voice(), Voice())}
    assert changed["return-gifts"] == "I return the other person's gifts unopened."
