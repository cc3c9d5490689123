"""The portable plan document: export then import gives the same plan, and a bad document is
refused with every problem named by JSON path and line."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from strategies import plans

from workbook.domain import model
from workbook.domain.model import (
    LIST_NAMES,
    RECORD_TYPES,
    CheckInAgreement,
    PersonalStatements,
    Plan,
    Section,
)
from workbook.domain.validation import MSG_END_BEFORE_START, MSG_GRACE, MSG_NAME_EMPTY
from workbook.export.plan_json import (
    FORMAT_NAME,
    FORMAT_VERSION,
    ImportProblem,
    PlanImportError,
    plan_from_bytes,
    plan_from_json,
    plan_to_dict,
    plan_to_json,
)

DOCS = Path(__file__).resolve().parent.parent / "docs" / "plan-format.md"

# ----------------------------------------------------------------------------- helpers


def problems_of(text: str) -> list[ImportProblem]:
    with pytest.raises(PlanImportError) as caught:
        plan_from_json(text)
    assert caught.value.problems, "a refused document must say why"
    return caught.value.problems


def line_of(text: str, needle: str) -> int:
    """1-based line of the only occurrence of `needle` in `text`."""
    assert text.count(needle) == 1, f"{needle!r} must occur once"
    return text[: text.index(needle)].count("\n") + 1


def document(**lists: Any) -> str:
    """A minimal valid document with the given top-level members."""
    return json.dumps({"format": FORMAT_NAME, "format_version": FORMAT_VERSION, **lists}, indent=2)


# ----------------------------------------------------------------------------- round trip


def test_demo_plan_survives_export_and_import(demo: Plan) -> None:
    text = plan_to_json(demo)
    assert plan_from_json(text) == demo
    # and the document is stable: exporting the imported plan writes the same bytes
    assert plan_to_json(plan_from_json(text)) == text


def test_empty_plan_survives_export_and_import() -> None:
    plan = Plan()
    assert plan_from_json(plan_to_json(plan)) == plan


def test_every_field_of_every_record_is_written(demo: Plan) -> None:
    data = plan_to_dict(demo)
    for kind, list_name in LIST_NAMES.items():
        assert data[list_name], f"the demo fills {list_name}"
        expected = {f.name for f in dataclasses.fields(kind)}
        for record in data[list_name]:
            assert set(record) == expected
    assert set(data["statements"]) == {f.name for f in dataclasses.fields(PersonalStatements)}
    assert set(data["section_changed"]) == {s.value for s in Section}


def test_document_is_readable_utf8_with_the_format_header(demo: Plan) -> None:
    demo.contacts[0].notes = "Ключ у соседки. 鍵は隣に。 🔑"
    text = plan_to_json(demo)
    assert "Ключ у соседки. 鍵は隣に。 🔑" in text  # not \u-escaped: readable in any editor
    data = json.loads(text)
    assert data["format"] == FORMAT_NAME
    assert data["format_version"] == FORMAT_VERSION
    assert data["contacts"][0]["id"] == demo.contacts[0].id
    assert text.endswith("}\n")


def test_byte_order_mark_and_bytes_are_accepted(demo: Plan) -> None:
    text = plan_to_json(demo)
    assert plan_from_json("\ufeff" + text) == demo
    assert plan_from_bytes(b"\xef\xbb\xbf" + text.encode("utf-8")) == demo


def test_missing_fields_take_their_defaults() -> None:
    plan = plan_from_json(
        document(
            contacts=[{"id": "maya", "name": "Maya"}],
            checkin_agreements=[{"partner_id": "maya"}],
            checkin_log=[{"at": "2026-03-01T21:04"}],
        )
    )
    contact = plan.contacts[0]
    assert (contact.id, contact.name, contact.phones, contact.roles) == ("maya", "Maya", [], [])
    agreement = plan.checkin_agreements[0]
    assert agreement.partner_id == "maya"
    assert agreement.grace_minutes == CheckInAgreement().grace_minutes
    assert re.fullmatch(r"[0-9a-f]{32}", agreement.id)  # a fresh id
    assert plan.checkin_log[0].at == datetime(2026, 3, 1, 21, 4)
    assert plan.statements == PersonalStatements()


@settings(max_examples=150, deadline=None)
@given(plans())
def test_any_valid_plan_survives_export_and_import(plan: Plan) -> None:
    assert plan_from_json(plan_to_json(plan)) == plan


def test_the_format_page_lists_exactly_the_fields_written() -> None:
    """docs/plan-format.md is the contract for people and other tools: it must not drift."""
    docs = DOCS.read_text(encoding="utf-8")
    for name, kind in [
        *((n, k) for k, n in LIST_NAMES.items()),
        ("statements", PersonalStatements),
    ]:
        heading = re.search(rf"^### `{name}`.*$", docs, re.MULTILINE)
        assert heading, f"docs/plan-format.md has no section for {name}"
        section = docs[heading.end() :].split("\n#", 1)[0]
        documented = re.findall(r"^\| `(\w+)` \|", section, re.MULTILINE)
        written = [f.name for f in dataclasses.fields(kind)]
        assert documented == sorted(written, key=lambda n: n != "id"), name  # id first
    top = re.findall(r"^\| `(\w+)` \|", docs.split("### Values", 1)[0], re.MULTILINE)
    written = set(plan_to_dict(Plan())) - set(LIST_NAMES.values())
    assert set(top) == written
    for section in Section:
        assert f"`{section.value}`" in docs
    for kind in RECORD_TYPES:
        for choice_field in dataclasses.fields(kind):
            default = choice_field.default
            if isinstance(default, model.StrEnum):
                for member in type(default):
                    assert f"`{member.value}`" in docs, member


# ----------------------------------------------------------------------------- refusals


def test_every_problem_in_a_document_is_listed_with_path_and_line(demo: Plan) -> None:
    text = plan_to_json(demo)
    maya, okafor = demo.contacts[0].id, demo.contacts[1].id
    edits = {
        # (the text to replace, its replacement) -> (expected path, message fragment)
        ('"name": "Daniel Okafor"', '"name": "  "'): ("$.contacts[1].name", MSG_NAME_EMPTY),
        ('"+1 555 0142"', '"call me maybe"'): ("$.contacts[0].phones[0]", "phone number"),
        ('"555-0199"', '"12"'): ("$.contacts[0].phones[1]", "phone number"),
        ('"maya.lindqvist@example.org"', '"maya at example"'): ("$.contacts[0].email", "email"),
        ('"grace_minutes": 15', '"grace_minutes": 0'): (
            "$.checkin_agreements[1].grace_minutes",
            MSG_GRACE,
        ),
        ('"grace_minutes": 30', '"grace_minutes": "30"'): (
            "$.checkin_agreements[0].grace_minutes",
            "whole number",
        ),
        ('"mandated_by": "evaluator"', '"mandated_by": "judge"'): (
            "$.obligations[2].mandated_by",
            "one of: court, counselor",
        ),
        ('"knows_situation": false', '"knows_situation": "no"'): (
            "$.contacts[5].knows_situation",
            "true or false",
        ),
        ('"awareness": "knowing"', '"awarenes": "knowing"'): ("$.proxies[0].awarenes", "spelling"),
    }
    for (old, new), _ in edits.items():
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    # a reference to a contact that is not in the file, and an end date before its start
    text = text.replace(
        f'"handled_by_id": "{okafor}",\n      "start_date": "2026-02-20"',
        '"handled_by_id": "nobody",\n      "start_date": "2026-02-20"',
    )
    handover_end = f'"end_date": "{demo.obligations[0].end_date}"'
    text = text.replace(handover_end, '"end_date": "2025-01-01"')
    call_list = f'"contact_ids": [\n        "{maya}",\n        "{demo.contacts[4].id}"'
    assert call_list in text
    text = text.replace(call_list, f'"contact_ids": [\n        "{maya}",\n        "{maya}"')

    problems = problems_of(text)
    found = {p.path: p for p in problems}
    for (_, new), (path, fragment) in edits.items():
        assert path in found, path
        assert fragment in found[path].message
        assert found[path].line == line_of(text, new)
    assert found["$.obligations[0].end_date"].message == MSG_END_BEFORE_START
    assert found["$.obligations[0].end_date"].line == line_of(text, '"end_date": "2025-01-01"')
    assert found["$.obligations[2].handled_by_id"].message == (
        "There is no trusted contact with this id in the file."
    )
    assert "already in the list" in found["$.backup_plans[0].contact_ids[1]"].message
    assert len(problems) == len(edits) + 3
    assert [p.line for p in problems] == sorted(p.line for p in problems)


def test_references_are_checked_against_the_right_kind_of_record(demo: Plan) -> None:
    data = plan_to_dict(demo)
    contact_id = demo.contacts[0].id
    data["contact_log"][0]["obligation_id"] = contact_id  # a contact is not an obligation
    data["contact_log"][1]["proxy_id"] = "ghost"
    data["checkin_log"][0]["agreement_id"] = contact_id
    data["backup_plans"][1]["contact_ids"].append("ghost")
    data["checkin_agreements"][0]["partner_id"] = demo.proxies[0].id
    paths = {p.path: p.message for p in problems_of(json.dumps(data, indent=1))}
    missing = "There is no {} with this id in the file."
    assert paths == {
        "$.contact_log[0].obligation_id": missing.format("mandated contact"),
        "$.contact_log[1].proxy_id": missing.format("suspected proxy"),
        "$.checkin_log[0].agreement_id": missing.format("check-in agreement"),
        "$.backup_plans[1].contact_ids[2]": missing.format("trusted contact"),
        "$.checkin_agreements[0].partner_id": missing.format("trusted contact"),
    }


def test_a_bad_field_does_not_hide_the_other_problems_of_its_record(demo: Plan) -> None:
    data = plan_to_dict(demo)
    data["obligations"][0]["channel"] = "carrier pigeon"
    data["obligations"][0]["handled_by_id"] = "ghost"
    data["obligations"][0]["start_date"] = "2026-02-30"
    paths = {p.path for p in problems_of(json.dumps(data))}
    assert paths == {
        "$.obligations[0].channel",
        "$.obligations[0].handled_by_id",
        "$.obligations[0].start_date",
    }
    # and records pointing at that obligation are not reported as dangling
    assert not any(path.startswith("$.contact_log") for path in paths)


def test_ids_must_be_unique_in_the_whole_file(demo: Plan) -> None:
    data = plan_to_dict(demo)
    data["proxies"].append({"name": "Ann", "id": data["contacts"][2]["id"]})
    (problem,) = problems_of(json.dumps(data, indent=2))
    assert problem.path == "$.proxies[2].id"
    assert "$.contacts[2]" in problem.message


@pytest.mark.parametrize(
    ("members", "path", "fragment"),
    [
        ({"contacts": {"name": "A"}}, "$.contacts", "list"),
        ({"contacts": ["Maya"]}, "$.contacts[0]", "object"),
        ({"contacts": [{"name": 7}]}, "$.contacts[0].name", "text"),
        ({"contacts": [{"name": "A", "phones": "555-0100"}]}, "$.contacts[0].phones", "list"),
        (
            {"contacts": [{"name": "A", "roles": ["lawyer", "lawyer"]}]},
            "$.contacts[0].roles[1]",
            "already",
        ),
        ({"contacts": [{"name": "A", "roles": ["bodyguard"]}]}, "$.contacts[0].roles[0]", "one of"),
        ({"contacts": [{"name": "A", "id": "has space"}]}, "$.contacts[0].id", "letters, digits"),
        ({"contacts": [{"name": "A", "id": None}]}, "$.contacts[0].id", "letters, digits"),
        ({"contacts": [{"name": "A", "id": "x" * 65}]}, "$.contacts[0].id", "letters, digits"),
        ({"contacts": [{"name": "A", "notes": "x" * 100_001}]}, "$.contacts[0].notes", "very long"),
        ({"contacts": [{"name": "A\u0007"}]}, "$.contacts[0].name", "control characters"),
        (
            {"contacts": [{"name": "A", "knows_situation": 1}]},
            "$.contacts[0].knows_situation",
            "true or false",
        ),
        (
            {"checkin_agreements": [{"grace_minutes": 1.5}]},
            "$.checkin_agreements[0].grace_minutes",
            "whole",
        ),
        (
            {"checkin_agreements": [{"grace_minutes": True}]},
            "$.checkin_agreements[0].grace_minutes",
            "whole",
        ),
        (
            {"checkin_agreements": [{"grace_minutes": 10_081}]},
            "$.checkin_agreements[0].grace_minutes",
            "7 days",
        ),
        ({"checkin_log": [{}]}, "$.checkin_log[0].at", "date and time"),
        ({"checkin_log": [{"at": "2026-03-01"}]}, "$.checkin_log[0].at", "YYYY-MM-DDTHH:MM:SS"),
        (
            {"checkin_log": [{"at": "2026-03-01T21:00:00+02:00"}]},
            "$.checkin_log[0].at",
            "local time",
        ),
        (
            {"checkin_log": [{"at": "2026-13-01T21:00"}]},
            "$.checkin_log[0].at",
            "YYYY-MM-DDTHH:MM:SS",
        ),
        (
            {"contact_log": [{"what_happened": "x"}]},
            "$.contact_log[0].occurred_at",
            "date and time",
        ),
        (
            {"proxies": [{"name": "B", "done_on": "yesterday"}]},
            "$.proxies[0].done_on",
            "YYYY-MM-DD",
        ),
        ({"backup_plans": [{"situation": "own"}]}, "$.backup_plans[0].title", "situation"),
        (
            {"backup_plans": [{"situation": "own", "title": "x", "steps": ["ok", 3]}]},
            "$.backup_plans[0].steps[1]",
            "text",
        ),
        ({"commitments": [{"text": ""}]}, "$.commitments[0].text", "own words"),
        (
            {"commitments": [{"text": "t", "suggestion_key": "k" * 501}]},
            "$.commitments[0].suggestion_key",
            "too long",
        ),
        ({"statements": ["firm"]}, "$.statements", "object"),
        ({"statements": {"firm_sentence": "x\u0000"}}, "$.statements.firm_sentence", "control"),
        ({"statements": {"firm": "x"}}, "$.statements.firm", "spelling"),
        ({"next_review": "soon"}, "$.next_review", "YYYY-MM-DD"),
        ({"created_at": None}, "$.created_at", "date and time"),
        (
            {"section_changed": {"diary": "2026-03-01T10:00"}},
            "$.section_changed.diary",
            "one of: mandated",
        ),
        ({"section_changed": {"contacts": "now"}}, "$.section_changed.contacts", "date and time"),
        ({"section_changed": []}, "$.section_changed", "object"),
        ({"comments": "hi"}, "$.comments", "spelling"),
        ({"a key with spaces": 1}, '$["a key with spaces"]', "spelling"),
    ],
)
def test_each_kind_of_wrong_value_is_named(
    members: dict[str, Any], path: str, fragment: str
) -> None:
    problems = problems_of(document(**members))
    assert [p.path for p in problems] == [path]
    assert fragment in problems[0].message


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("", 1, "ends too early"),
        ("   \n\n", 3, "ends too early"),
        ('{\n  "format": "workbook-plan",\n', 3, "ends too early"),
        ('{\n  "format": "workbook-plan"\n  "format_version": 1\n}', 3, "comma"),
        ('{\n  "format": "workbook-plan",\n}', 3, "field name"),
        ("{\n  format: 1\n}", 2, "field name"),
        ('{\n  "format" "x"\n}', 2, "colon"),
        ('{"contacts": [\n{"name": "a"},\n{"name": "b"}\n,]}', 4, "Expected a value"),
        ('{"contacts": [1 2]}', 1, "comma"),
        ('{"a": "line\nbreak"}', 1, "\\n"),
        ('{"a": "no end}', 1, "closing quote"),
        ('{"a": "bad \\q escape"}', 1, "backslash"),
        ('{"a": NaN}', 1, "Expected a value"),
        ('{"a": Infinity}', 1, "Expected a value"),
        ('{"a": 01}', 1, "comma"),
        ('{"a": ' + "9" * 30 + "}", 1, "number"),
        ("{}\n{}", 2, "more text after the end"),
        ("[" * 1000 + "]" * 1000, 1, "nested"),
        ('{"a": ' * 500 + "1" + "}" * 500, 1, "nested"),
    ],
)
def test_a_syntax_error_is_reported_alone_at_its_line(text: str, line: int, fragment: str) -> None:
    (problem,) = problems_of(text)
    assert problem.path == "$"
    assert problem.line == line
    assert fragment in problem.message


@pytest.mark.parametrize(
    ("members", "path", "fragment"),
    [
        ({"format": "something-else"}, "$.format", "not a Workbook plan"),
        ({"format_version": 2}, "$.format_version", "newer version"),
        ({"format_version": "1"}, "$.format_version", "whole number"),
        ({"format_version": 0}, "$.format_version", "whole number"),
    ],
)
def test_the_header_is_checked_first(members: dict[str, Any], path: str, fragment: str) -> None:
    data = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, "contacts": [{"name": ""}]}
    data.update(members)
    (problem,) = problems_of(json.dumps(data))
    assert problem.path == path
    assert fragment in problem.message


def test_a_missing_header_or_a_non_object_is_refused() -> None:
    assert problems_of('{"contacts": []}')[0].path == "$.format"
    assert problems_of('{"format": "workbook-plan"}')[0].path == "$.format_version"
    (problem,) = problems_of("[1, 2, 3]")
    assert problem.path == "$" and "curly braces" in problem.message


def test_duplicate_keys_are_not_silently_dropped() -> None:
    text = (
        '{"format": "workbook-plan", "format_version": 1,\n'
        '"contacts": [{"name": "A",\n "name": "B"}]}'
    )
    (problem,) = problems_of(text)
    assert (problem.path, problem.line) == ("$.contacts[0].name", 3)
    assert "twice" in problem.message


def test_broken_characters_are_refused() -> None:
    (problem,) = problems_of(document(statements={"gift_return": "\ud800"}))
    assert problem.path == "$.statements.gift_return"
    assert "broken character" in problem.message
    with pytest.raises(PlanImportError) as caught:
        plan_from_bytes(b'{"format": "workbook-plan",\n"format_version": 1,\n"x": "\xff"}')
    (problem,) = caught.value.problems
    assert problem.line == 3 and "UTF-8" in problem.message


def test_messages_never_repeat_what_the_file_says() -> None:
    secret = "Rosewood Lane 14"
    members = {
        "contacts": [{"name": "A", "phones": [secret], "email": secret, "roles": [secret]}],
        "checkin_log": [{"at": secret}],
        "proxies": [{"name": "B", "decision": secret, "id": secret}],
        "contact_log": [{"occurred_at": "2026-03-01T10:00", "proxy_id": secret.replace(" ", "")}],
        secret: 1,
    }
    problems = problems_of(document(**members))
    assert len(problems) == 8
    for problem in problems:
        assert "Rosewood" not in problem.message
    error = PlanImportError(problems)
    assert "Rosewood" not in str(error)
    assert str(error) == "The file has 8 problems."


def test_large_plans_are_read_quickly_enough(demo: Plan) -> None:
    """Not a timing test: a plan of a few thousand records must simply import."""
    big = plan_to_dict(demo)
    del big["contact_log_chain"]  # no hashes: copies of one entry are no chain
    template = {k: v for k, v in big["contact_log"][1].items() if not k.endswith("_hash")}
    big["contact_log"] = [dict(template, id=f"entry-{i}") for i in range(5_000)]
    plan = plan_from_json(json.dumps(big, indent=2))
    assert len(plan.contact_log) == 5_000
    assert plan.contact_log[4_999].id == "entry-4999"
