"""The contact log's hash chain (domain/chain.py, docs/record.md): every way a log can be
altered is caught and named, and an independent script re-checks an exported log."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import subprocess
import sys
import typing
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbook.domain import chain
from workbook.domain.chain import Break
from workbook.domain.demo import demo_plan
from workbook.domain.model import ContactChannel, ContactLogEntry, ReportedTo
from workbook.export.plan_json import plan_to_json

CHECKER = Path(__file__).parent / "independent_chain_check.py"


def sealed(*entries: ContactLogEntry) -> list[ContactLogEntry]:
    previous = ""
    for entry in entries:
        entry.recorded_at = entry.recorded_at or datetime(2031, 3, 4, 9, 0)
        previous = chain.seal(entry, previous).entry_hash
    return list(entries)


def a_log() -> list[ContactLogEntry]:
    first = ContactLogEntry(
        occurred_at=datetime(2031, 3, 1, 19, 10),
        what_happened="Called twice from a new number.",
        exact_words="You will regret this — ты пожалеешь 😠",
        witnesses="Maya Example",
        reported_to=[ReportedTo.POLICE],
        report_reference="Incident 2031-0042",
    )
    second = ContactLogEntry(
        occurred_at=datetime(2031, 3, 2, 8, 5), channel=ContactChannel.EMAIL, id="second"
    )
    log = sealed(first, second)
    fixed = chain.correction(first, dataclasses.replace(first, witnesses="Maya and Tom"), "Tom too")
    gone = chain.withdrawal(second, "It was the school, not him.")
    return log + sealed_after(log, fixed, gone)


def sealed_after(log: list[ContactLogEntry], *more: ContactLogEntry) -> list[ContactLogEntry]:
    previous = log[-1].entry_hash
    for entry in more:
        entry.recorded_at = datetime(2031, 3, 5, 10, 0)
        previous = chain.seal(entry, previous).entry_hash
    return list(more)


def test_the_canonical_form_is_the_documented_one() -> None:
    entry = ContactLogEntry(
        occurred_at=datetime(2031, 3, 1, 19, 10),
        what_happened='Said "hello"\nthen left. Ünïcödé ✓',
        reported_to=[ReportedTo.LAWYER, ReportedTo.POLICE],
        recorded_at=datetime(2031, 3, 1, 21, 0, 5),
        id="abc",
    )
    chain.seal(entry, "")
    data = chain.canonical_bytes(entry)
    # Sorted keys, no whitespace, non-ASCII as UTF-8, empty fields and the hash left out.
    assert (
        data
        == (
            '{"channel":"text","id":"abc","occurred_at":"2031-03-01T19:10:00",'
            '"recorded_at":"2031-03-01T21:00:05","reported_to":["lawyer","police"],'
            '"response":"no_response","what_happened":"Said \\"hello\\"\\nthen left. Ünïcödé ✓"}'
        ).encode()
    )
    assert entry.entry_hash == hashlib.sha256(data).hexdigest()
    # The same bytes as the exported object, hash left out and empty values dropped.
    exported = json.loads(plan_to_json(dataclasses.replace(demo_plan(), contact_log=[entry])))
    (as_exported,) = exported["contact_log"]
    kept = {
        k: v for k, v in as_exported.items() if k != "entry_hash" and v not in ("", None, [], False)
    }
    assert json.dumps(kept, sort_keys=True, separators=(",", ":"), ensure_ascii=False) == (
        data.decode("utf-8")
    )


_TEXTS = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
_IDS = st.none() | _TEXTS
_TIMES = st.datetimes(min_value=datetime(1, 1, 1), timezones=st.none() | st.just(UTC)) | (
    st.sampled_from([datetime(2031, 3, 1, 19, 10), datetime(2031, 3, 1, 19, 10, 0, 1)])
)
_ENTRIES = st.builds(
    ContactLogEntry,
    occurred_at=_TIMES,
    proxy_id=_IDS,
    channel=st.sampled_from(list(ContactChannel)),
    what_happened=_TEXTS,
    exact_words=_TEXTS,
    witnesses=_TEXTS,
    response_detail=_TEXTS,
    reported_to=st.lists(st.sampled_from(list(ReportedTo)), max_size=3),
    report_reference=_TEXTS,
    evidence_ref=_TEXTS,
    obligation_id=_IDS,
    recorded_at=st.none() | _TIMES,
    recorded_before_log=st.booleans(),
    corrects_id=_IDS,
    correction_note=_TEXTS,
    withdrawn_reason=_TEXTS,
    attachment_hashes=st.lists(st.text("0123456789abcdef", min_size=64, max_size=64), max_size=3),
    previous_hash=_TEXTS,
    entry_hash=_TEXTS,
    id=_TEXTS,
)


@settings(max_examples=300, deadline=None)
@given(entry=_ENTRIES)
def test_the_fast_writer_gives_the_documented_bytes(entry: ContactLogEntry) -> None:
    """canonical_bytes (built field by field, for speed) equals the documented object written
    by json, byte for byte, whatever the entry holds: control characters, quotes, any
    script, times with fractions of a second or a time zone, empty and filled fields."""
    assert chain.canonical_bytes(entry) == chain.reference_bytes(entry)
    assert chain.reference_bytes(entry) == json.dumps(
        {
            k: v.isoformat() if isinstance(v, datetime) else v
            for k, v in dataclasses.asdict(entry).items()
            if v and k != "entry_hash"
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    ).encode("utf-8")


def _as_read_back(entry: ContactLogEntry) -> ContactLogEntry:
    """`entry` with each empty field at its default: the canonical bytes hold no empty field,
    so "" and None (an empty id) are one and the same to them."""
    blank = ContactLogEntry(occurred_at=entry.occurred_at, id=entry.id)
    return dataclasses.replace(
        entry,
        **{
            f.name: getattr(blank, f.name)
            for f in dataclasses.fields(ContactLogEntry)
            if not getattr(entry, f.name) and f.name != "entry_hash"
        },
    )


@settings(max_examples=300, deadline=None)
@given(entry=_ENTRIES)
def test_an_entry_decoded_from_its_bytes_is_the_entry_sealed(entry: ContactLogEntry) -> None:
    """What the database keeps of an entry is its canonical bytes, and what is read, shown
    and exported is decoded from them: whatever the entry holds, decoding gives it back field
    for field, and the bytes it keeps are those same bytes."""
    data = chain.canonical_bytes(entry)
    decoded = chain.decode(data, entry.entry_hash)
    if not entry.id:  # every entry Workbook writes has an id; bytes without one are refused
        assert decoded is None
        return
    assert decoded == _as_read_back(entry)
    assert chain.sealed_bytes(decoded) is data
    assert chain.canonical_bytes(decoded) == data


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not json",
        b"[]",
        b'"text"',
        b'{"id":"x"}',  # no time
        b'{"occurred_at":"2031-03-01T19:10:00"}',  # no id
        b'{"id":"x","occurred_at":"2031-03-01T19:10:00","entry_hash":"00"}',
        b'{"id":"x","occurred_at":"2031-03-01T19:10:00","unknown":"y"}',
        b'{"id":"x","occurred_at":"2031-03-01T19:10:00","what_happened":5}',
        b'{"id":"x","occurred_at":"2031-03-01T19:10:00","channel":"pigeon"}',
        b'{"id":"x","occurred_at":"2031-03-01T19:10:00","recorded_before_log":1}',
        b'{"id":"x","occurred_at":"2031-03-01T19:10:00","reported_to":"police"}',
        b'{"id":"x","occurred_at":"2031-03-01T19:10:00","attachment_hashes":[1]}',
        b'{"id":"x","occurred_at":"yesterday"}',
        b'{"id":"x","occurred_at":5}',
        b'{"id":"x","occurred_at":"2031-03-01T19:10:00"} ',
        b' {"id":"x","occurred_at":"2031-03-01T19:10:00"}',
        b'{"id":"x","occurred_at":"2031-03-01T19:10:00"}{}',
        b'{"id":"\xff","occurred_at":"2031-03-01T19:10:00"}',  # not UTF-8
        b"[" * 100_000,
    ],
)
def test_bytes_that_are_not_an_entry_are_refused(data: bytes) -> None:
    assert chain.decode(data, "0" * 64) is None


_CANONICAL = (
    b'{"channel":"text","id":"x","occurred_at":"2031-03-01T19:10:00","response":"no_response"}'
)


@pytest.mark.parametrize(
    "data",
    [
        _CANONICAL.replace(b'"id":', b' "id":'),
        _CANONICAL.replace(b'"id":"x"', b'"id":"\\u0078"'),
        _CANONICAL.replace(b'"channel":"text",', b"").replace(b"}", b',"channel":"text"}'),
        _CANONICAL.replace(b'"id":"x"', b'"id":"y","id":"x"'),
        _CANONICAL.replace(b'"id":"x"', b'"id":"x","witnesses":""'),
        _CANONICAL.replace(b"T19:10:00", b" 19:10:00"),
        _CANONICAL.replace(b',"response":"no_response"', b""),  # a default left out
    ],
)
def test_an_entry_written_other_than_canonically_is_refused(data: bytes) -> None:
    """The same entry written another way would hash differently here than in a check that
    writes it out (the exported file's), so only its canonical bytes are read as an entry."""
    assert chain.decode(_CANONICAL, "0" * 64) is not None
    assert data != _CANONICAL
    assert chain.decode(data, "0" * 64) is None


def test_an_entry_read_from_its_bytes_and_then_changed_is_named() -> None:
    """An entry decoded from its bytes is checked by hashing them; once one of its fields is
    given another value, or for a copy of it, its fields are written out and hashed again."""
    import copy

    def read_back(log: list[ContactLogEntry]) -> list[ContactLogEntry]:
        decoded = [chain.decode(chain.canonical_bytes(e), e.entry_hash) for e in log]
        assert None not in decoded
        return typing.cast(list[ContactLogEntry], decoded)

    end = (4, a_log()[-1].entry_hash)
    log = read_back(a_log())
    assert chain.verify(log).intact
    log[1].what_happened = "Nothing happened."
    problem = chain.verify(log).problem
    assert problem is not None and (problem.number, problem.kind) == (2, Break.ALTERED)

    log = read_back(a_log())
    log[2] = copy.deepcopy(log[2])
    log[2].witnesses = "Nobody"
    problem = chain.verify(log).problem
    assert problem is not None and (problem.number, problem.kind) == (3, Break.ALTERED)

    log = read_back(a_log())
    log[3].attachment_hashes.append("0" * 64)  # a list changed in place
    problem = chain.verify(log).problem
    assert problem is not None and (problem.number, problem.kind) == (4, Break.ALTERED)

    log = read_back(a_log())
    log[0] = dataclasses.replace(log[0], occurred_at=datetime(2031, 3, 1, 19, 11))
    problem = chain.verify(log).problem
    assert problem is not None and (problem.number, problem.kind) == (1, Break.ALTERED)

    # Another entry's bytes under this entry's hash.
    log = a_log()
    swapped = chain.decode(chain.canonical_bytes(log[0]), log[1].entry_hash)
    assert swapped is not None
    problem = chain.verify([log[0], swapped, *log[2:]], end).problem
    assert problem is not None and problem.number == 2

    # Bytes that are not an entry's, marked so by the repository, are named whatever they hold.
    log = read_back(a_log())
    chain.unreadable(log[2])
    problem = chain.verify(log).problem
    assert problem is not None and (problem.number, problem.kind) == (3, Break.ALTERED)


def test_every_field_of_an_entry_is_hashed() -> None:
    """A field the model gains is in the canonical bytes as soon as it holds something."""
    names = {f.name for f in dataclasses.fields(ContactLogEntry)} - {"entry_hash"}
    assert set(chain.HASHED_FIELDS) == names
    for name in names:
        assert f'"{name}":' in chain._writer_source()


def test_a_field_left_empty_changes_no_hash() -> None:
    """So a field the model gains later (attachment hashes) leaves older entries' hashes."""
    entry = sealed(ContactLogEntry(occurred_at=datetime(2031, 1, 1, 9, 0), id="x"))[0]
    assert "exact_words" not in json.loads(chain.canonical_bytes(entry))
    assert chain.entry_hash(entry) == entry.entry_hash


def test_an_intact_log_verifies_and_names_its_latest_hash() -> None:
    log = a_log()
    check = chain.verify(log, (len(log), log[-1].entry_hash))
    assert check.intact and check.count == 4 and check.latest_hash == log[-1].entry_hash
    assert chain.verify([]).intact and chain.verify([]).latest_hash == ""


@pytest.mark.parametrize(
    ("tamper", "number", "kind"),
    [
        (lambda log: setattr(log[0], "what_happened", "Nothing happened."), 1, Break.ALTERED),
        (lambda log: setattr(log[1], "occurred_at", datetime(2031, 3, 2, 8, 6)), 2, Break.ALTERED),
        (lambda log: setattr(log[2], "recorded_at", datetime(2031, 3, 1, 20, 0)), 3, Break.ALTERED),
        (lambda log: setattr(log[3], "withdrawn_reason", ""), 4, Break.ALTERED),
        (lambda log: setattr(log[0], "entry_hash", "0" * 64), 1, Break.ALTERED),
        (lambda log: log.pop(1), 2, Break.UNLINKED),  # removed from the middle
        (lambda log: log.insert(0, log.pop(1)), 1, Break.UNLINKED),  # reordered
        (lambda log: setattr(log[2], "entry_hash", ""), 3, Break.UNSEALED),
        (lambda log: log.pop(), 4, Break.END_MISSING),  # removed from the end
    ],
)
def test_every_alteration_is_named_with_its_entry(tamper: object, number: int, kind: str) -> None:
    log = a_log()
    end = (len(log), log[-1].entry_hash)
    tamper(log)  # type: ignore[operator]
    check = chain.verify(log, end)
    assert check.problem is not None
    assert (check.problem.number, check.problem.kind) == (number, kind)
    assert f"{number}" in check.problem.message


@pytest.mark.parametrize("size", [1, 2, 3, 100])
def test_a_check_in_steps_finds_what_the_whole_check_finds(size: int) -> None:
    for tamper in (
        lambda log: None,
        lambda log: setattr(log[2], "witnesses", "Nobody"),
        lambda log: log.pop(1),
        lambda log: log.pop(),
    ):
        log = a_log()
        end = (len(log), log[-1].entry_hash)
        tamper(log)
        checker = chain.Checker(log, end)
        steps = 0
        while not checker.step(size):
            steps += 1
            assert checker.result is None and checker.done == steps * size
        assert checker.result == chain.verify(log, end)
        assert checker.step(size)  # a finished check stays finished


def test_a_rehashed_forgery_is_still_caught_by_the_noted_end() -> None:
    """Whoever changes an entry and recomputes every hash after it still changes the latest
    hash: the one the person gave their lawyer, and the one the workbook noted."""
    log = a_log()
    end = (len(log), log[-1].entry_hash)
    log[0].what_happened = "Nothing happened."
    previous = ""
    for entry in log:
        previous = chain.seal(entry, previous).entry_hash
    assert chain.verify(log).intact
    check = chain.verify(log, end)
    assert check.problem is not None and check.problem.kind == Break.END_MISSING


def test_a_trusted_beginning_is_checked_for_its_links() -> None:
    log = a_log()
    trusted = (2, log[1].entry_hash)
    log[0].what_happened = "Nothing happened."  # changed inside the trusted beginning
    assert chain.verify(log, trusted=trusted).intact  # its links still hold...
    problem = chain.verify(log).problem  # ...and a whole check finds it
    assert problem is not None and (problem.number, problem.kind) == (1, Break.ALTERED)
    log = a_log()
    log[1].previous_hash = "moved"  # a broken link inside the trusted beginning
    problem = chain.verify(log, trusted=(2, log[1].entry_hash)).problem
    assert problem is not None and (problem.number, problem.kind) == (2, Break.UNLINKED)
    log = a_log()
    log[3].withdrawn_reason = "changed after the trusted beginning"
    problem = chain.verify(log, trusted=(2, log[1].entry_hash)).problem
    assert problem is not None and problem.number == 4  # the rest is hashed as always
    log = a_log()
    log.pop(0)  # the trusted hash is no longer where it was: everything is checked
    problem = chain.verify(log, trusted=(2, a_log()[1].entry_hash)).problem
    assert problem is not None and problem.number == 1


def test_corrections_must_point_back_once() -> None:
    log = a_log()
    # The first version was corrected already (under another id than Workbook would give).
    twice = dataclasses.replace(chain.correction(log[0], log[0]), id="another")
    log += sealed_after(log, twice)
    problem = chain.verify(log).problem
    assert problem is not None and (problem.number, problem.kind) == (5, Break.CORRECTED_TWICE)

    log = a_log()
    forward = sealed_after(log, ContactLogEntry(corrects_id="later", id="early"))
    problem = chain.verify(log + forward).problem
    assert problem is not None and problem.kind == Break.CORRECTS_UNKNOWN

    log = a_log()
    log += sealed_after(log, dataclasses.replace(log[1]))  # the same id again
    problem = chain.verify(log).problem
    assert problem is not None and problem.kind == Break.DUPLICATE_ID


def test_versions_history_and_what_changed() -> None:
    log = a_log()
    current = chain.current_versions(log)
    assert [e.id for e in current] == [log[2].id, log[3].id]  # in the order first written
    assert current[1].withdrawn_reason
    assert [e.id for e in chain.history(log, log[2].id)] == [log[0].id, log[2].id]
    assert chain.history(log, "nothing") == []
    assert chain.is_superseded(log, log[0].id) and not chain.is_superseded(log, log[2].id)
    assert chain.changed_fields(log[0], log[2]) == ["witnesses"]
    assert chain.changed_fields(log[1], log[3]) == []  # a withdrawal changes no content


@settings(max_examples=60, deadline=None)
@given(
    texts=st.lists(st.text(st.characters(exclude_categories=("Cs",))), min_size=1, max_size=5),
    moment=st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)),
)
def test_any_text_and_time_seal_and_verify(texts: list[str], moment: datetime) -> None:
    log = sealed(
        *(
            ContactLogEntry(occurred_at=moment, what_happened=text, exact_words=text[::-1])
            for text in texts
        )
    )
    assert chain.verify(log, (len(log), log[-1].entry_hash)).intact


def run_checker(path: Path) -> subprocess.CompletedProcess[str]:
    # -I -S: no site-packages, no script folder, no environment: the checker can import
    # nothing of Workbook's, only the standard library.
    return subprocess.run(
        [sys.executable, "-I", "-S", str(CHECKER), str(path)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_an_independent_script_rechecks_the_exported_chain(tmp_path: Path) -> None:
    plan = demo_plan(date(2031, 3, 1))
    plan.contact_log += sealed_after(
        plan.contact_log,
        chain.correction(
            plan.contact_log[1],
            dataclasses.replace(plan.contact_log[1], witnesses="My neighbour, Ruth"),
            "I remembered Ruth was there.",
        ),
        chain.withdrawal(plan.contact_log[4], "It was a wrong number after all."),
    )
    exported = tmp_path / "plan.json"
    exported.write_text(plan_to_json(plan), encoding="utf-8")
    result = run_checker(exported)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "intact",
        str(len(plan.contact_log)),
        plan.contact_log[-1].entry_hash,
    ]

    for tamper in (
        lambda doc: doc["contact_log"][3].update(what_happened="Nothing."),
        lambda doc: doc["contact_log"].pop(2),
        lambda doc: doc["contact_log"].pop(),
    ):
        document = json.loads(exported.read_text(encoding="utf-8"))
        tamper(document)
        altered = tmp_path / "altered.json"
        altered.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        result = run_checker(altered)
        assert result.returncode == 1
        assert result.stdout.startswith("broken")
