"""Hostile input everywhere: hypothesis feeds every domain validator and the JSON importer
random and hostile data — huge strings, control characters, lone surrogates, invalid UTF-8
files, wrong types, missing and extra keys, references to nothing. Nothing escapes as an
exception: each problem comes back as a plain message (a validation message for a field, or
an ImportProblem with a path and a line). And what passes is really usable: a record the
validators accept saves and reads back unchanged, a plan the importer accepts is valid and
replaces the workbook."""

from __future__ import annotations

import copy
import enum
import json
import random
import re
import shutil
import tempfile
import typing
from collections.abc import Iterator
from dataclasses import fields
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbook.domain import schedule as schedule_module
from workbook.domain import validation
from workbook.domain.demo import demo_plan
from workbook.domain.model import (
    RECORD_TYPES,
    ContactLogEntry,
    PersonalStatements,
    Plan,
    Record,
)
from workbook.domain.references import REFERENCE_FIELDS
from workbook.domain.schedule import Repeat, Schedule
from workbook.domain.validation import validate, validate_plan, validate_statements
from workbook.export.plan_json import PlanImportError, plan_from_bytes, plan_from_json, plan_to_dict
from workbook.storage.errors import StorageError
from workbook.storage.repository import PlanRepository

# Every message a validator may give (the too-long one with its numbers filled in).
KNOWN_MESSAGES = {
    value
    for name, value in vars(validation).items()
    if name.startswith("MSG_") and isinstance(value, str) and "{" not in value
} | {
    "Please write the commitment in your own words, or remove it.",
}
TOO_LONG = re.compile(
    r"^This text is very long \([\d,]+ characters\)\. Please keep it under [\d,]+\.$"
)
# A structured schedule's messages (domain/schedule.py), some with the counts filled in.
KNOWN_MESSAGES |= {
    value
    for name, value in vars(schedule_module).items()
    if name.startswith("MSG_") and isinstance(value, str) and "{" not in value
}
SCHEDULE_COUNTS = re.compile(
    "^("
    + "|".join(
        re.escape(value).replace(r"\{count:,\}", "[\\d,]+").replace(r"\{limit\}", "\\d+")
        for name, value in vars(schedule_module).items()
        if name.startswith("MSG_TOO_MANY")
    )
    + ")$"
)

HOSTILE_TEXTS = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\x1b[31mred\x1b[0m",
    "\u202eevil",  # right-to-left override
    "\ufeff",
    "\ud800",  # a lone surrogate: cannot be stored as UTF-8
    "x\udfffy",
    "\r\n\t",
    "\u0301" * 50,  # combining marks only
    "😀" * 1000,
    "'; DROP TABLE contacts; --",
    "<script>alert(1)</script>",
    "%s%n%x",
    "\\",
    '"',
    "a" * (validation.MAX_SHORT + 1),
    "b" * validation.MAX_TEXT,
    "c" * (validation.MAX_TEXT + 1),
]

hostile_text = st.one_of(
    st.sampled_from(HOSTILE_TEXTS),
    st.text(max_size=40),
    st.text(st.characters(codec=None, exclude_categories=()), max_size=40),  # surrogates too
    st.integers(0, 300).map(lambda n: "\x07" * n),
)


def _value_strategy(hint: Any) -> st.SearchStrategy[Any]:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if hint is str:
        return hostile_text
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return st.sampled_from(list(hint))
    if hint is bool:
        return st.booleans()
    if hint is int:
        return st.one_of(
            st.integers(-(10**6), 10**6), st.integers(), st.sampled_from([0, 1, 10080, 10081])
        )
    if hint is date:
        return st.dates()
    if hint is Schedule:
        return st.builds(
            Schedule,
            repeat=st.sampled_from(list(Repeat)),
            weekdays=st.lists(st.integers(-2, 9), max_size=8).map(tuple),
            times=st.one_of(
                st.lists(st.times(), max_size=4),
                st.lists(st.times().map(lambda t: t.replace(second=0, microsecond=0)), max_size=3),
                st.just([time(h, m) for h in range(24) for m in range(0, 60, 2)]),
            ).map(tuple),
            minutes=st.integers(-10, 3000),
            all_day=st.booleans(),
            month_days=st.lists(st.integers(-3, 40), max_size=4).map(tuple),
            dates=st.lists(st.dates(), max_size=4).map(tuple),
            start=st.none() | st.dates(),
            end=st.none() | st.dates(),
            before=st.integers(-10, 3000),
            after=st.integers(-10, 3000),
        )
    if hint is datetime:
        return st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31))
    if origin is list:
        return st.lists(_value_strategy(args[0]), max_size=4)
    if type(None) in args:  # Optional[X]
        (inner,) = [a for a in args if a is not type(None)]
        return st.one_of(st.none(), _value_strategy(inner))
    raise AssertionError(f"no strategy for {hint}")


_REFERENCE_NAMES = {(kind, name) for kind, name, _target, _is_list in REFERENCE_FIELDS}


def records(kind: type[Record]) -> st.SearchStrategy[Record]:
    hints = typing.get_type_hints(kind)
    strategies: dict[str, st.SearchStrategy[Any]] = {}
    for item in fields(kind):
        if item.name == "id":
            continue  # made by the app, never typed
        if item.name == "suggestion_key":
            strategies[item.name] = st.none()
        elif (kind, item.name) in _REFERENCE_NAMES:
            # references to nothing: random ids, or none
            strategies[item.name] = _value_strategy(hints[item.name])
        else:
            strategies[item.name] = _value_strategy(hints[item.name])
    return st.builds(kind, **strategies)


any_record = st.sampled_from(RECORD_TYPES).flatmap(records)


@pytest.fixture(scope="module")
def repo() -> Iterator[PlanRepository]:
    shm = Path("/dev/shm")
    where = tempfile.mkdtemp(dir=shm if shm.is_dir() else None)
    repository = PlanRepository.open(Path(where), automatic_backups=False)
    yield repository
    repository.close()
    shutil.rmtree(where, ignore_errors=True)


def _field_of(key: str) -> str:
    return key.split("[", 1)[0]


def _assert_plain_messages(errors: dict[str, str], allowed_fields: set[str]) -> None:
    for key, message in errors.items():
        assert _field_of(key) in allowed_fields, key
        assert isinstance(message, str) and message
        assert (
            message in KNOWN_MESSAGES or TOO_LONG.match(message) or SCHEDULE_COUNTS.match(message)
        ), message


# --------------------------------------------------------------------------- validators


@settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(record=any_record)
def test_every_validator_answers_hostile_records_with_messages(
    record: Record, repo: PlanRepository
) -> None:
    kind = type(record)
    names = {item.name for item in fields(kind)}
    errors = validate(record, Plan())  # an empty plan: every reference points at nothing
    _assert_plain_messages(errors, names)
    for holder, name, _target, _is_list in REFERENCE_FIELDS:
        value = getattr(record, name) if holder is kind else None
        if value:  # a reference to nothing is always named
            assert any(_field_of(key) == name for key in errors), name
    # Without a plan to check references against, the rest must still hold up.
    _assert_plain_messages(validate(record), names)
    if not errors:
        # What the validators accept can really be saved and read back unchanged.
        repo.save(record)
        assert repo.get(kind, record.id) == record
        if kind is not ContactLogEntry:  # the log keeps it (tests/test_log_append_only.py)
            repo.delete(kind, record.id)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    statements=st.builds(
        PersonalStatements,
        firm_sentence=hostile_text,
        third_party_reply=hostile_text,
        gift_return=hostile_text,
    )
)
def test_the_personal_statements_validator(
    statements: PersonalStatements, repo: PlanRepository
) -> None:
    errors = validate_statements(statements)
    _assert_plain_messages(errors, {"firm_sentence", "third_party_reply", "gift_return"})
    if not errors:
        repo.save_statements(statements)
        assert repo.load_statements() == statements


@settings(max_examples=300, deadline=None)
@given(value=hostile_text)
def test_the_field_checks_never_raise(value: str) -> None:
    for check in (
        validation.check_text,
        validation.check_name,
        validation.check_phone,
        validation.check_email,
    ):
        problem = check(value)
        assert problem is None or problem in KNOWN_MESSAGES or TOO_LONG.match(problem)


def test_unstorable_text_is_a_message_not_a_crash(repo: PlanRepository) -> None:
    """A lone surrogate (possible from a paste) cannot be written as UTF-8: the validator
    says so, and even if it reached the repository the save fails plainly."""
    from workbook.domain.model import TrustedContact

    contact = TrustedContact(name="Robin \ud800 Example")
    assert validate(contact) == {"name": validation.MSG_CONTROL}
    with pytest.raises(StorageError):
        repo.save(contact)
    assert repo.get(TrustedContact, contact.id) is None


# --------------------------------------------------------------------------- the importer


def _check_import(text: str | None = None, data: bytes | None = None) -> Plan | None:
    try:
        plan = plan_from_bytes(data) if data is not None else plan_from_json(text or "")
    except PlanImportError as error:
        assert error.problems
        source = data.decode("utf-8", "replace") if data is not None else text or ""
        lines = source.count("\n") + 1
        for problem in error.problems:
            assert isinstance(problem.path, str) and problem.path.startswith("$")
            assert isinstance(problem.line, int) and 1 <= problem.line <= lines
            assert isinstance(problem.message, str) and problem.message
        return None
    assert validate_plan(plan) == {}, "the importer let an invalid plan through"
    return plan


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=2000))
def test_random_bytes_never_crash_the_importer(data: bytes) -> None:
    _check_import(data=data)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=500))
def test_random_text_never_crashes_the_importer(text: str) -> None:
    _check_import(text=text)


DEMO_DOCUMENT = plan_to_dict(demo_plan(date(2026, 3, 2)))

json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False, allow_infinity=False),
        hostile_text,
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _paths(value: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [here]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*here, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*here, index))
    return found


def _mutate(document: dict[str, Any], rng: random.Random, action: str, replacement: Any) -> None:
    paths = [p for p in _paths(document) if p]
    path = rng.choice(paths)
    parent: Any = document
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if action == "replace":
        parent[last] = replacement
    elif action == "delete":
        del parent[last]
    elif action == "extra" and isinstance(parent, dict):
        parent[f"unexpected_{rng.randrange(100)}"] = replacement
    elif action == "dangling":
        ref_paths = [p for p in paths if str(p[-1]).endswith(("_id", "_ids"))]
        if ref_paths:
            target: Any = document
            ref = rng.choice(ref_paths)
            for step in ref[:-1]:
                target = target[step]
            target[ref[-1]] = ["nobody-here"] if ref[-1].endswith("_ids") else "nobody-here"
    elif action == "duplicate-id":
        contacts = document.get("contacts")
        if (
            isinstance(contacts, list)
            and len(contacts) > 1
            and all(isinstance(c, dict) for c in contacts[:2])
            and "id" in contacts[0]
        ):
            contacts[1]["id"] = contacts[0]["id"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 2**32 - 1),
    mutations=st.lists(
        st.tuples(
            st.sampled_from(["replace", "delete", "extra", "dangling", "duplicate-id"]), json_values
        ),
        min_size=1,
        max_size=5,
    ),
    ascii_only=st.booleans(),
)
def test_mutated_plan_files_give_problems_with_paths_and_lines(
    seed: int, mutations: list[tuple[str, Any]], ascii_only: bool, repo: PlanRepository
) -> None:
    rng = random.Random(seed)
    document = copy.deepcopy(DEMO_DOCUMENT)
    for action, replacement in mutations:
        _mutate(document, rng, action, replacement)
    text = json.dumps(document, indent=2, ensure_ascii=ascii_only)
    plan = _check_import(text=text)
    if plan is not None:
        # What the importer accepts, an empty workbook can hold (a contact log is never
        # replaced, so each plan goes into a workbook of its own).
        with tempfile.TemporaryDirectory() as folder:
            fresh = PlanRepository.open(Path(folder), automatic_backups=False)
            try:
                fresh.replace_plan(plan)
                assert len(fresh.load_plan().contacts) == len(plan.contacts)
            finally:
                fresh.close()


@settings(max_examples=200, deadline=None)
@given(
    at=st.floats(0, 1),
    junk=st.sampled_from(
        [b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\x80"]
    ),
)
def test_a_file_that_is_not_utf8_names_the_line(at: float, junk: bytes) -> None:
    good = json.dumps(DEMO_DOCUMENT, indent=2).encode("utf-8")
    position = int(at * len(good))
    data = good[:position] + junk + good[position:]
    with pytest.raises(PlanImportError) as raised:
        plan_from_bytes(data)
    (problem,) = raised.value.problems
    assert "UTF-8" in problem.message
    assert problem.line == data.count(b"\n", 0, position) + 1


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"a":' * 50_000 + "1" + "}" * 50_000,
        '{"format_version": ' + "9" * 5000 + "}",
        '{"contacts": [' + "{}," * 20_000 + "{}]}",
        "null",
        "[]",
        "",
        "\ufeff",
        '"\\ud800"',
        '{"contacts": [{"name": "\\udc00\\ud800"}]}',
        "NaN",
        "1e999",
        "{" + '"x": 1,' * 1000 + '"x": 2}',
    ],
    ids=lambda t: repr(t[:20]),
)
def test_pathological_documents(text: str) -> None:
    with pytest.raises(PlanImportError):
        plan_from_json(text)


# --------------------------------------------------------------------------- oversized files


@pytest.mark.parametrize("separator", [",", ",\n"])
def test_a_huge_list_is_refused_before_it_is_built(separator: str) -> None:
    """A 5 MB document of 2.5 million list items took 1.8 GB and listed 2.5 million
    problems; it is now refused with one problem, its parse staying within 4x its size."""
    import tracemalloc

    from workbook.export.plan_json import MAX_LIST_ITEMS

    items = separator.join(["1"] * 2_500_000)
    data = (
        '{"format": "workbook-plan", "format_version": 1, "contacts": [' + items + "]}"
    ).encode()
    del items
    tracemalloc.start()
    try:
        with pytest.raises(PlanImportError) as caught:
            plan_from_bytes(data)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * len(data), (peak, len(data))
    assert len(caught.value.problems) == 1 and caught.value.more == 0
    assert f"more than {MAX_LIST_ITEMS:,} items" in caught.value.problems[0].message


def test_many_small_values_in_many_lists_are_refused_too() -> None:
    """Lists each under the item limit, but together far more values than the size allows."""
    lists = ", ".join(f'"x{index}": [' + ",".join(["0"] * 90_000) + "]" for index in range(4))
    with pytest.raises(PlanImportError) as caught:
        plan_from_json("{" + lists + "}")
    assert len(caught.value.problems) == 1
    assert "far more separate values" in caught.value.problems[0].message


def test_at_most_fifty_problems_are_listed_and_the_rest_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from workbook.cli import main
    from workbook.export.plan_json import MAX_PROBLEMS

    document = plan_to_dict(demo_plan())
    document["contacts"] = [{"id": f"c{index}", "name": 5} for index in range(2_000)]
    with pytest.raises(PlanImportError) as caught:
        plan_from_json(json.dumps(document))
    error = caught.value
    assert len(error.problems) == MAX_PROBLEMS
    assert error.more > 2_000 - MAX_PROBLEMS  # each contact lacks fields and has a bad name
    assert str(error) == f"The file has {MAX_PROBLEMS + error.more} problems."
    lines = [problem.line for problem in error.problems]
    assert lines == sorted(lines)
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    assert main(["import", str(path), "--data-dir", str(tmp_path / "none")]) == 1
    err = capsys.readouterr().err
    assert err.count(f"{path}:") == MAX_PROBLEMS
    assert f"and {error.more:,} more" in err
