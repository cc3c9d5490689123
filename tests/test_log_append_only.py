"""The contact log is append-only: every path that could change or remove an entry is tried,
through the repository and through raw SQL, and each is refused with the log intact."""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from workbook.domain import chain
from workbook.domain.chain import Break
from workbook.domain.demo import demo_plan
from workbook.domain.model import (
    ContactLogEntry,
    MandatedObligation,
    Plan,
    ReportedTo,
    SuspectedProxy,
)
from workbook.paths import database_path
from workbook.storage.errors import SaveFailedError
from workbook.storage.repository import LOG_BYTES_SETTING, LogKeptError, PlanRepository

FIXTURES = Path(__file__).parent / "fixtures"
DAY = date(2031, 3, 1)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2031, 3, 4, 9, 0, 0, 123456)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=7)
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def repo(tmp_path: Path, clock: Clock) -> Iterator[PlanRepository]:
    repository = PlanRepository.open(tmp_path / "data", clock=clock, automatic_backups=False)
    repository.replace_plan(demo_plan(DAY))
    yield repository
    repository.close()


def log_of(repo: PlanRepository) -> list[ContactLogEntry]:
    return repo.list(ContactLogEntry)


def test_the_app_sets_when_an_entry_was_written_down(repo: PlanRepository, clock: Clock) -> None:
    typed = ContactLogEntry(
        occurred_at=datetime(2031, 3, 3, 22, 15),
        recorded_at=datetime(2020, 1, 1),  # whatever is typed or forged, the app's clock wins
        recorded_before_log=True,
        entry_hash="f" * 64,
        witnesses="Maya Example",
        exact_words="Answer me or else.",
        reported_to=[ReportedTo.POLICE],
        report_reference="Incident 0042",
    )
    next_tick = (clock.now + timedelta(minutes=7)).replace(microsecond=0)
    written = repo.append_log(typed)
    assert written.recorded_at == next_tick
    assert not written.recorded_before_log
    stored = log_of(repo)[-1]
    assert stored == written
    assert stored.previous_hash == log_of(repo)[-2].entry_hash
    check = repo.verify_log()
    assert check.intact and check.latest_hash == stored.entry_hash
    assert repo.log_end() == (len(log_of(repo)), stored.entry_hash)


def test_save_of_an_entry_already_written_is_refused(repo: PlanRepository) -> None:
    before = log_of(repo)
    edited = dataclasses.replace(before[0], what_happened="Nothing happened.")
    with pytest.raises(LogKeptError):
        repo.save(edited)
    with pytest.raises(LogKeptError):
        repo.append_log(dataclasses.replace(before[0]))
    assert log_of(repo) == before


def test_delete_move_and_replace_are_refused(repo: PlanRepository) -> None:
    before = repo.load_plan()
    entry = before.contact_log[2]
    attempts: list[Callable[[], Any]] = [
        lambda: repo.delete(ContactLogEntry, entry.id),
        lambda: repo.move(ContactLogEntry, entry.id, 0),
        lambda: repo.replace_plan(Plan()),
        lambda: repo.replace_plan(demo_plan(DAY)),
        lambda: repo.delete(SuspectedProxy, entry.proxy_id or ""),
        lambda: repo.delete(
            MandatedObligation,
            next(e.obligation_id for e in before.contact_log if e.obligation_id) or "",
        ),
    ]
    for attempt in attempts:
        with pytest.raises(LogKeptError):
            attempt()
        assert repo.load_plan() == before
    assert repo.verify_log().intact


def test_a_correction_and_a_withdrawal_are_new_entries(repo: PlanRepository) -> None:
    first = log_of(repo)[1]
    fixed = repo.append_log(
        chain.correction(first, dataclasses.replace(first, witnesses="Ruth"), "Ruth saw it too.")
    )
    assert fixed.corrects_id == first.id and fixed.id != first.id
    with pytest.raises(LogKeptError):
        repo.append_log(chain.correction(first, first))  # corrected already: the same id
    with pytest.raises(LogKeptError, match="latest version"):
        repo.append_log(dataclasses.replace(chain.correction(first, first), id="other"))
    with pytest.raises(LogKeptError, match="latest version"):
        repo.append_log(ContactLogEntry(withdrawn_reason="no target"))
    with pytest.raises(LogKeptError, match="latest version"):
        repo.append_log(ContactLogEntry(corrects_id="not-in-the-log"))
    gone = repo.append_log(chain.withdrawal(fixed, "Wrong day."))
    log = log_of(repo)
    assert log[-2:] == [fixed, gone] and log[1] == first  # nothing vanished
    current = chain.current_versions(log)
    assert gone in current and first not in current and fixed not in current
    assert repo.verify_log().intact


RAW_ATTEMPTS = [
    "UPDATE contact_log SET what_happened = 'Nothing happened.'",
    "UPDATE contact_log SET occurred_at = '2031-01-01 00:00:00.000000'",
    "UPDATE contact_log SET recorded_at = '2031-01-01 00:00:00.000000'",
    "UPDATE contact_log SET position = position + 100",
    "UPDATE contact_log SET entry_hash = ''",
    "UPDATE contact_log SET entry_hash = 'x', previous_hash = 'y'",
    "UPDATE contact_log SET proxy_id = NULL",
    "UPDATE contact_log SET sealed = X''",
    "UPDATE contact_log SET sealed = sealed || X'20'",
    "DELETE FROM contact_log",
    "DELETE FROM contact_log WHERE position = (SELECT max(position) FROM contact_log)",
    "DELETE FROM proxies",  # would set the log's proxy_id to NULL
    "DELETE FROM obligations",
    "INSERT OR REPLACE INTO contact_log SELECT * FROM contact_log",
    # REPLACE deletes the row it collides with without firing a DELETE trigger.
    "INSERT OR REPLACE INTO contact_log (occurred_at, channel, what_happened, response,"
    " response_detail, evidence_ref, id, position) SELECT occurred_at, channel, 'Nothing.',"
    " response, response_detail, evidence_ref, id, position FROM contact_log LIMIT 1",
    "INSERT OR REPLACE INTO contact_log (occurred_at, channel, what_happened, response,"
    " response_detail, evidence_ref, id, position, corrects_id) SELECT occurred_at, channel,"
    " '', response, response_detail, evidence_ref, 'other', 99, corrects_id FROM contact_log"
    " WHERE corrects_id IS NOT NULL",
]


@pytest.mark.parametrize("sql", RAW_ATTEMPTS)
def test_raw_sql_through_the_orm_session_is_refused_by_the_database(
    repo: PlanRepository, sql: str
) -> None:
    first = log_of(repo)[0]
    repo.append_log(chain.correction(first, dataclasses.replace(first, witnesses="Ruth")))
    before = repo.load_plan()
    # The repository's own session, as any code path would use it.
    with pytest.raises(SaveFailedError), repo._write() as session:
        session.execute(text(sql))
    with pytest.raises(IntegrityError), repo.engine.begin() as connection:
        connection.execute(text(sql))
    assert repo.load_plan() == before
    assert repo.verify_log().intact


def tamper(repo: PlanRepository, *statements: str) -> None:
    """Change the file from outside, as someone with the key and an SQLite shell could."""
    with repo.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER contact_log_entries_are_never_changed"))
        connection.execute(text("DROP TRIGGER contact_log_entries_are_never_removed"))
        for statement in statements:
            connection.execute(text(statement))


def nth_id(repo: PlanRepository, number: int) -> str:
    return log_of(repo)[number - 1].id


@pytest.mark.parametrize(
    ("change", "number", "kind"),
    [
        ("UPDATE contact_log SET what_happened = 'Nothing.' WHERE id = '{3}'", 3, Break.ALTERED),
        (
            "UPDATE contact_log SET occurred_at = '2031-01-01 00:00:00.000000' WHERE id = '{1}'",
            1,
            Break.ALTERED,
        ),
        ("UPDATE contact_log SET entry_hash = '' WHERE id = '{2}'", 2, Break.UNSEALED),
        ("DELETE FROM contact_log WHERE id = '{4}'", 4, Break.UNLINKED),
        ("UPDATE contact_log SET position = -1 WHERE id = '{5}'", 1, Break.UNLINKED),
        ("DELETE FROM contact_log WHERE id = '{6}'", 6, Break.END_MISSING),
    ],
)
def test_a_change_made_outside_the_app_is_found_and_named(
    repo: PlanRepository, change: str, number: int, kind: str
) -> None:
    ids = {n: nth_id(repo, n) for n in range(1, 7)}
    tamper(repo, change.format(*[None, *ids.values()]))
    check = repo.verify_log()
    assert check.problem is not None
    assert (check.problem.number, check.problem.kind) == (number, kind)


# Each entry is kept as the bytes it was sealed over (column `sealed`), read from them and
# compared with its other columns as it is read.
SEALED_CHANGES = [
    # The bytes changed: a member added, one taken out, a space, garbage, another's bytes.
    "UPDATE contact_log SET sealed = CAST(json_set(CAST(sealed AS TEXT),"
    " '$.what_happened', 'Nothing.') AS BLOB) WHERE id = '{3}'",
    "UPDATE contact_log SET sealed = CAST(json_remove(CAST(sealed AS TEXT),"
    " '$.what_happened') AS BLOB) WHERE id = '{3}'",
    "UPDATE contact_log SET sealed = sealed || X'20' WHERE id = '{3}'",
    "UPDATE contact_log SET sealed = X'00ff7b7d' WHERE id = '{3}'",
    "UPDATE contact_log SET sealed = (SELECT sealed FROM contact_log WHERE id = '{2}')"
    " WHERE id = '{3}'",
    # The bytes and the columns changed alike.
    "UPDATE contact_log SET what_happened = 'Nothing.', sealed = CAST(json_set(CAST(sealed AS"
    " TEXT), '$.what_happened', 'Nothing.') AS BLOB) WHERE id = '{3}'",
    # Only a column: what the database's rules act on, or any other.
    "UPDATE contact_log SET what_happened = 'Nothing.' WHERE id = '{3}'",
    "UPDATE contact_log SET witnesses = 'Nobody' WHERE id = '{3}'",
    "UPDATE contact_log SET recorded_before_log = 1 WHERE id = '{3}'",
    "UPDATE contact_log SET reported_to = '[\"lawyer\"]' WHERE id = '{3}'",
    "UPDATE contact_log SET proxy_id = NULL WHERE id = '{3}'",
    "UPDATE contact_log SET id = 'forged' WHERE id = '{3}'",
    "UPDATE contact_log SET previous_hash = '' WHERE id = '{3}'",
    # The bytes taken away and a column changed: read from the columns, which no longer hash.
    "UPDATE contact_log SET sealed = X'', what_happened = 'Nothing.' WHERE id = '{3}'",
]


@pytest.mark.parametrize("change", SEALED_CHANGES)
def test_a_change_to_the_kept_bytes_or_the_columns_is_named(
    repo: PlanRepository, change: str
) -> None:
    """What the log page checks (the log as read, chain.verify) and `workbook verify` both
    name entry 3, before and after the workbook is opened again."""
    ids = {n: nth_id(repo, n) for n in range(1, 7)}
    tamper(repo, change.format(*[None, *ids.values()]))
    problem = chain.verify(log_of(repo), repo.log_end()).problem
    assert problem is not None and (problem.number, problem.kind) == (3, Break.ALTERED)
    problem = repo.verify_log().problem
    assert problem is not None and (problem.number, problem.kind) == (3, Break.ALTERED)
    folder = Path(str(repo.engine.url.database)).parent
    repo.close()
    again = PlanRepository.open(folder, automatic_backups=False)
    try:
        problem = again.verify_log().problem
        assert problem is not None and (problem.number, problem.kind) == (3, Break.ALTERED)
        problem = chain.verify(log_of(again), again.log_end()).problem
        assert problem is not None and (problem.number, problem.kind) == (3, Break.ALTERED)
    finally:
        again.close()


def test_entries_without_kept_bytes_get_them_when_the_workbook_opens(
    repo: PlanRepository,
) -> None:
    """Entries written before the database kept the bytes (a workbook of version 5: the
    column added empty) are read from their columns until the workbook is opened again,
    which gives each the bytes of its fields, through the update trigger; one changed before
    then gets bytes that do not match its hash."""
    from workbook.storage import migrations

    before = log_of(repo)
    triggers = [
        statement
        for statement in migrations._statements(migrations.SEALED_BYTES)
        if statement.startswith("CREATE TRIGGER")
    ]
    tamper(
        repo,
        "UPDATE contact_log SET sealed = X''",
        f"DELETE FROM settings WHERE name = '{LOG_BYTES_SETTING}'",
        *triggers,
    )
    assert log_of(repo) == before and repo.verify_log().intact
    folder = Path(str(repo.engine.url.database)).parent
    repo.close()
    again = PlanRepository.open(folder, automatic_backups=False)
    try:
        with again.engine.connect() as connection:
            kept = connection.execute(text("SELECT sealed FROM contact_log ORDER BY position"))
            assert [row[0] for row in kept] == [chain.canonical_bytes(e) for e in before]
        assert log_of(again) == before and again.verify_log().intact
        # Once kept, the bytes cannot be taken away or changed through SQL.
        with pytest.raises(IntegrityError), again.engine.begin() as connection:
            connection.execute(text("UPDATE contact_log SET sealed = X''"))
        with again.engine.begin() as connection:  # tamper() without the dropped trigger
            connection.execute(text("DROP TRIGGER contact_log_entries_are_never_changed"))
            connection.execute(text("UPDATE contact_log SET sealed = X''"))
            connection.execute(text(f"DELETE FROM settings WHERE name = '{LOG_BYTES_SETTING}'"))
            connection.execute(
                text(f"UPDATE contact_log SET witnesses = 'Nobody' WHERE id = '{before[1].id}'")
            )
    finally:
        again.close()
    reopened = PlanRepository.open(folder, automatic_backups=False)
    try:
        problem = reopened.verify_log().problem
        assert problem is not None and (problem.number, problem.kind) == (2, Break.ALTERED)
    finally:
        reopened.close()


_ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)


@settings(max_examples=25, deadline=None)
@given(
    texts=st.lists(_ANY_TEXT, min_size=1, max_size=4),
    moment=st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 1, 1)),
)
def test_any_entry_is_read_back_from_its_bytes_with_no_false_alarm(
    texts: list[str], moment: datetime
) -> None:
    """Whatever an entry holds (control characters, NUL, quotes, any script, any time), the
    row's columns agree with its bytes as SQLite compares them, and it reads back intact."""
    with tempfile.TemporaryDirectory() as folder:
        repository = PlanRepository.open(Path(folder), automatic_backups=False)
        try:
            written = [
                repository.append_log(
                    ContactLogEntry(
                        occurred_at=moment,
                        what_happened=text,
                        exact_words=text[::-1],
                        witnesses=text,
                        correction_note=text,
                        reported_to=[ReportedTo.LAWYER, ReportedTo.POLICE][: len(text) % 3],
                        attachment_hashes=["ab" * 32] if len(text) % 2 else [],
                    )
                )
                for text in texts
            ]
            log = log_of(repository)
            assert log == written
            assert [chain.sealed_bytes(e) for e in log] == [chain.canonical_bytes(e) for e in log]
            assert repository.verify_log().intact
        finally:
            repository.close()


def test_an_unsealed_entry_in_a_sealed_log_is_reported_not_sealed(
    tmp_path: Path, repo: PlanRepository
) -> None:
    tamper(repo, f"UPDATE contact_log SET entry_hash = '' WHERE id = '{nth_id(repo, 2)}'")
    folder = Path(str(repo.engine.url.database)).parent
    repo.close()
    again = PlanRepository.open(folder, automatic_backups=False)
    try:
        problem = again.verify_log().problem
        assert problem is not None and (problem.number, problem.kind) == (2, Break.UNSEALED)
    finally:
        again.close()


def test_an_older_workbook_becomes_the_first_links_of_the_chain(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(FIXTURES / "schema_v1.db", database_path(folder))
    started = datetime.now().replace(microsecond=0)
    repository = PlanRepository.open(folder, automatic_backups=False)
    try:
        log = log_of(repository)
        assert [e.what_happened for e in log] == [
            e.what_happened for e in demo_plan(DAY).contact_log
        ]
        for entry in log:
            # Written down before the record was kept: no later than the upgrade.
            assert entry.recorded_before_log
            assert entry.recorded_at is not None
            assert started - timedelta(seconds=1) <= entry.recorded_at <= datetime.now()
        assert repository.verify_log().intact
        assert repository.log_end() == (len(log), log[-1].entry_hash)
    finally:
        repository.close()
    reopened = PlanRepository.open(folder, automatic_backups=False)
    try:
        assert log_of(reopened) == log  # sealed once, never again
    finally:
        reopened.close()


def test_import_takes_a_log_only_into_an_empty_one_and_checks_it(tmp_path: Path) -> None:
    repository = PlanRepository.open(tmp_path / "fresh", automatic_backups=False)
    try:
        plan = demo_plan(DAY)
        broken = dataclasses.replace(
            plan, contact_log=[dataclasses.replace(e) for e in plan.contact_log]
        )
        broken.contact_log[2].what_happened = "Changed in the file."
        with pytest.raises(LogKeptError, match="does not hold together"):
            repository.replace_plan(broken)
        mixed = dataclasses.replace(
            plan, contact_log=[dataclasses.replace(e) for e in plan.contact_log]
        )
        mixed.contact_log[0].entry_hash = ""
        with pytest.raises(LogKeptError, match="no hash"):
            repository.replace_plan(mixed)
        assert not repository.has_plan()
        repository.replace_plan(plan)
        assert repository.load_plan().contact_log == plan.contact_log  # kept exactly
    finally:
        repository.close()


def test_a_log_without_hashes_is_sealed_on_import(tmp_path: Path, clock: Clock) -> None:
    repository = PlanRepository.open(tmp_path / "fresh", clock=clock, automatic_backups=False)
    try:
        plan = demo_plan(DAY)
        for entry in plan.contact_log:
            entry.previous_hash = entry.entry_hash = ""
        plan.contact_log[0].recorded_at = None
        repository.replace_plan(plan)
        log = log_of(repository)
        assert log[0].recorded_before_log and log[0].recorded_at is not None
        assert (
            not log[1].recorded_before_log and log[1].recorded_at == plan.contact_log[1].recorded_at
        )
        assert repository.verify_log().intact
    finally:
        repository.close()
