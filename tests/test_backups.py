"""Automatic backups: encrypted like the workbook, verified before they count, seven kept,
taken at start-up, every N changes or H hours and before any migration; a damaged workbook
is moved aside (never overwritten) and the newest good backup put in its place."""

from __future__ import annotations

import functools
import hashlib
import json
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3

from workbook.domain.demo import demo_plan
from workbook.domain.model import Plan, TrustedContact
from workbook.paths import database_path
from workbook.storage import backups, integrity, keys, migrations
from workbook.storage.backups import (
    AutomaticBackups,
    list_backups,
    take_backup,
)
from workbook.storage.errors import (
    BackupFailedError,
    DatabaseDamagedError,
    NoGoodBackupError,
    SchemaTooNewError,
    StorageError,
)
from workbook.storage.keys import PassphraseKdf
from workbook.storage.older_copy import accept_older_copy
from workbook.storage.repository import PlanRepository
from workbook.storage.restore import restore_newest_good_backup
from workbook.storage.wipe import wipe_workbook

DEMO_DAY = date(2026, 3, 2)

KEY = bytes(range(1, 33))
OTHER_KEY = bytes(range(101, 133))
FAST = PassphraseKdf(memory_kib=64, iterations=1, lanes=1)


def make_workbook(folder: Path, key: bytes | None, plan: Plan | None = None) -> Plan:
    plan = plan or demo_plan(DEMO_DAY)
    repo = PlanRepository.open(folder, key, automatic_backups=False)
    repo.replace_plan(plan)
    repo.close()
    return plan


def load(folder: Path, key: bytes | None) -> Plan:
    repo = PlanRepository.open(folder, key, automatic_backups=False)
    try:
        return repo.load_plan()
    finally:
        repo.close()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rows(path: Path, key: bytes | None, sql: str) -> list[tuple[object, ...]]:
    connection = integrity.open_for_reading(path, key)  # leaves no -wal/-shm behind
    try:
        return [tuple(row) for row in connection.execute(sql).fetchall()]
    finally:
        connection.close()


def damage(path: Path, at: int = 4096 + 200) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(at, at + 64):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def test_a_backup_is_encrypted_with_the_same_key_and_holds_the_whole_plan(tmp_path: Path) -> None:
    plan = make_workbook(tmp_path, KEY)
    made = take_backup(tmp_path, KEY)
    assert made is not None and made.parent == tmp_path / "backups"
    raw = made.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert plan.contacts[0].name.encode() not in raw
    assert integrity.check_database(made, KEY) == migrations.LATEST_VERSION
    names = [r[0] for r in rows(made, KEY, "SELECT name FROM contacts ORDER BY position")]
    assert names == [c.name for c in plan.contacts]
    with pytest.raises(DatabaseDamagedError):  # SQLCipher: the wrong key reads as noise
        integrity.check_database(made, OTHER_KEY)
    with pytest.raises(sqlcipher3.DatabaseError):
        sqlcipher3.connect(str(made)).execute("SELECT * FROM sqlite_master").fetchall()
    # A single self-contained file: no log beside it, nothing half-written left over.
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name]


def test_a_plain_workbook_gets_plain_backups(tmp_path: Path) -> None:
    plan = make_workbook(tmp_path, None)
    made = take_backup(tmp_path, None)
    assert made is not None and made.read_bytes().startswith(b"SQLite format 3")
    assert rows(made, None, "SELECT count(*) FROM contacts") == [(len(plan.contacts),)]


def test_seven_generations_are_kept_newest_first(tmp_path: Path) -> None:
    make_workbook(tmp_path, KEY)
    repo = PlanRepository.open(tmp_path, KEY, automatic_backups=False)
    made = []
    for index in range(10):
        repo.save(TrustedContact(id=f"gen{index}", name=f"Generation {index}"))
        made.append(take_backup(tmp_path, KEY))
    repo.close()
    kept = list_backups(tmp_path)
    assert kept == list(reversed(made[-7:]))
    for generation, path in zip(range(9, 2, -1), kept, strict=True):
        assert integrity.check_database(path, KEY) == migrations.LATEST_VERSION
        found = rows(path, KEY, "SELECT count(*) FROM contacts WHERE id LIKE 'gen%'")
        assert found == [(generation + 1,)]
        assert backups.backup_time(path) is not None


def test_leftovers_of_an_interrupted_backup_are_cleared_and_never_count(tmp_path: Path) -> None:
    make_workbook(tmp_path, KEY)
    where = tmp_path / "backups"
    where.mkdir()
    stale = where / ".workbook-interrupted.tmp"
    stale.write_bytes(b"half a copy")
    (where / ".workbook-interrupted.tmp-journal").write_bytes(b"x")
    assert list_backups(tmp_path) == []
    made = take_backup(tmp_path, KEY)
    assert sorted(p.name for p in where.iterdir()) == [made.name] if made else False


def test_a_damaged_workbook_is_never_kept_as_a_backup(tmp_path: Path) -> None:
    make_workbook(tmp_path, KEY)
    good = take_backup(tmp_path, KEY)
    damage(database_path(tmp_path))
    with pytest.raises(DatabaseDamagedError):
        take_backup(tmp_path, KEY)
    assert list_backups(tmp_path) == [good]
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == [good.name] if good else 0


def test_a_backup_that_cannot_be_written_fails_plainly_and_keeps_the_others(
    tmp_path: Path,
) -> None:
    make_workbook(tmp_path, KEY)
    good = take_backup(tmp_path, KEY)
    (tmp_path / "backups").rename(tmp_path / "elsewhere")
    (tmp_path / "backups").write_bytes(b"a file where the folder should be")
    with pytest.raises(BackupFailedError) as failed:
        take_backup(tmp_path, KEY)
    assert "safety copy" in failed.value.message
    assert good is not None and (tmp_path / "elsewhere" / good.name).is_file()


def test_start_up_backs_up_only_a_changed_workbook(tmp_path: Path) -> None:
    make_workbook(tmp_path, KEY)  # backups off: nothing yet
    assert list_backups(tmp_path) == []
    PlanRepository.open(tmp_path, KEY).close()
    first = list_backups(tmp_path)
    assert len(first) == 1
    PlanRepository.open(tmp_path, KEY).close()  # nothing changed since: no new generation
    assert list_backups(tmp_path) == first
    repo = PlanRepository.open(tmp_path, KEY, automatic_backups=False)
    repo.save(TrustedContact(id="later", name="Robin Example"))
    repo.close()
    repo = PlanRepository.open(tmp_path, KEY)
    assert repo.backups is not None
    repo.backups.wait()  # the start-up backup runs in the background
    assert repo.backups.last_error is None
    repo.close()
    newest = list_backups(tmp_path)
    assert len(newest) == 2
    assert rows(newest[0], KEY, "SELECT name FROM contacts WHERE id = 'later'") == [
        ("Robin Example",)
    ]


def test_a_new_workbook_is_not_backed_up_before_anything_is_in_it(tmp_path: Path) -> None:
    PlanRepository.open(tmp_path / "new", KEY).close()
    assert not (tmp_path / "new" / "backups").exists()


def test_every_n_changes_a_backup_is_taken_in_the_background(tmp_path: Path) -> None:
    repo = PlanRepository.open(tmp_path, KEY)
    schedule = repo.backups
    assert schedule is not None
    schedule.every_changes = 5
    schedule.quiet_seconds = 0.1
    for index in range(4):
        repo.save(TrustedContact(id=f"c{index}", name=f"Person {index}"))
    schedule.wait()
    assert list_backups(tmp_path) == []
    repo.save(TrustedContact(id="c4", name="Person 4"))  # the fifth change
    schedule.wait(30)
    made = list_backups(tmp_path)
    assert len(made) == 1 and schedule.last_backup == made[0]
    assert rows(made[0], KEY, "SELECT count(*) FROM contacts") == [(5,)]
    assert schedule.changes_since_backup == 0
    for index in range(5, 15):
        repo.save(TrustedContact(id=f"c{index}", name=f"Person {index}"))
        schedule.wait(30)
    repo.close()
    assert len(list_backups(tmp_path)) == 3


def test_after_h_hours_the_next_change_takes_a_backup(tmp_path: Path) -> None:
    make_workbook(tmp_path, None)
    clock = [1000.0]
    schedule = AutomaticBackups(
        tmp_path,
        None,
        every_changes=1000,
        every_hours=2,
        background=False,
        monotonic=lambda: clock[0],
    )
    schedule.note_change()
    assert list_backups(tmp_path) == []
    clock[0] += 2 * 3600 - 1
    schedule.note_change()
    assert list_backups(tmp_path) == []
    clock[0] += 1
    schedule.note_change()
    assert len(list_backups(tmp_path)) == 1


def test_a_failing_periodic_backup_never_fails_the_save(tmp_path: Path) -> None:
    repo = PlanRepository.open(tmp_path, KEY)
    assert repo.backups is not None
    repo.backups.every_changes = 1
    repo.backups.background = False
    (tmp_path / "backups").write_bytes(b"not a folder")
    repo.save(TrustedContact(id="kept", name="Sam Example"))
    assert isinstance(repo.backups.last_error, BackupFailedError)
    assert repo.get(TrustedContact, "kept") is not None
    repo.close()


def test_backups_run_through_the_runner_given_which_is_handed_a_failure(tmp_path: Path) -> None:
    """The app passes its own runner (workbook/ui/ops.py): the start-up and periodic backups go
    through it, and a failed one reaches it as a StorageError, besides `last_error`."""
    handed: list[tuple[str, Path | StorageError | None]] = []

    class Finished:
        done = True

        def wait(self, timeout: float | None = None) -> None:
            pass

    def runner(work: Callable[[], Path | None], name: str) -> backups.Running:
        try:
            handed.append((name, work()))
        except StorageError as error:
            handed.append((name, error))
        return Finished()

    make_workbook(tmp_path, KEY)  # changed since its newest backup (it has none)
    repo = PlanRepository.open(tmp_path, KEY, backup_runner=runner)
    assert repo.backups is not None
    [(name, made)] = handed  # the start-up backup
    assert name == "workbook-backup" and isinstance(made, Path) and made.is_file()
    repo.backups.every_changes = 1
    repo.backups.quiet_seconds = 0
    repo.save(TrustedContact(id="one", name="Sam Example"))
    assert len(handed) == 2 and isinstance(handed[1][1], Path)
    for old in list_backups(tmp_path):
        old.unlink()
    (tmp_path / "backups" / "keys.json").unlink(missing_ok=True)
    (tmp_path / "backups").rmdir()
    (tmp_path / "backups").write_bytes(b"not a folder")
    repo.save(TrustedContact(id="two", name="Alex Example"))
    assert isinstance(handed[2][1], BackupFailedError)
    assert repo.backups.last_error is handed[2][1]
    assert repo.get(TrustedContact, "two") is not None  # the save itself stands
    repo.close()


# --------------------------------------------------------------------------- migrations


def test_a_backup_is_taken_before_a_migration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = make_workbook(tmp_path, KEY)
    later_step = "ALTER TABLE contacts ADD COLUMN pronouns TEXT NOT NULL DEFAULT ''"
    steps = (*migrations.MIGRATIONS, later_step)
    monkeypatch.setattr(
        migrations, "upgrade", functools.partial(migrations.upgrade, migrations=steps)
    )
    monkeypatch.setattr(backups, "LATEST_VERSION", len(steps))
    repo = PlanRepository.open(tmp_path, KEY, automatic_backups=False)
    assert len(repo.load_plan().contacts) == len(plan.contacts)
    repo.close()
    (before,) = list_backups(tmp_path)
    assert rows(before, KEY, "PRAGMA user_version") == [(len(migrations.MIGRATIONS),)]
    columns = {r[1] for r in rows(before, KEY, "PRAGMA table_info(contacts)")}
    assert "pronouns" not in columns
    assert rows(before, KEY, "SELECT count(*) FROM contacts") == [(len(plan.contacts),)]
    assert rows(database_path(tmp_path), KEY, "PRAGMA user_version") == [(len(steps),)]


def test_no_migration_runs_when_the_backup_before_it_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_workbook(tmp_path, None)
    (tmp_path / "backups").write_bytes(b"not a folder")
    steps = (*migrations.MIGRATIONS, "ALTER TABLE contacts ADD COLUMN pronouns TEXT")
    monkeypatch.setattr(
        migrations, "upgrade", functools.partial(migrations.upgrade, migrations=steps)
    )
    with pytest.raises(BackupFailedError):
        PlanRepository.open(tmp_path, None)
    version = len(migrations.MIGRATIONS)  # the workbook's, before the step that never ran
    assert rows(database_path(tmp_path), None, "PRAGMA user_version") == [(version,)]


def test_a_newer_workbook_is_refused_without_a_backup_or_a_change(tmp_path: Path) -> None:
    make_workbook(tmp_path, KEY)
    connection = integrity.connect(database_path(tmp_path), KEY, read_only=False)
    connection.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    connection.close()
    before = sha(database_path(tmp_path))
    with pytest.raises(SchemaTooNewError):
        PlanRepository.open(tmp_path, KEY)
    assert sha(database_path(tmp_path)) == before
    assert not (tmp_path / "backups").exists()
    # ...and a backup from a newer Workbook is never restored over anything.
    (tmp_path / "backups").mkdir()
    os.replace(database_path(tmp_path), tmp_path / "backups" / "workbook-20990101T000000000000Z.db")
    with pytest.raises(NoGoodBackupError):
        restore_newest_good_backup(tmp_path, KEY)


# --------------------------------------------------------------------------- restoring


def test_a_damaged_workbook_is_reported_and_restored_from_the_newest_good_backup(
    tmp_path: Path,
) -> None:
    make_workbook(tmp_path, KEY)
    repo = PlanRepository.open(tmp_path, KEY, automatic_backups=False)
    repo.save(TrustedContact(id="older", name="In the older backup"))
    repo.close()
    older = take_backup(tmp_path, KEY)
    repo = PlanRepository.open(tmp_path, KEY, automatic_backups=False)
    repo.save(TrustedContact(id="newest", name="Only in the newest backup"))
    repo.close()
    newest = take_backup(tmp_path, KEY)
    assert older and newest
    damage(newest)  # the newest backup is damaged too: it must be skipped
    db = database_path(tmp_path)
    damage(db)
    damaged_bytes = sha(db)
    with pytest.raises(DatabaseDamagedError) as raised:
        PlanRepository.open(tmp_path, KEY)
    assert "damaged" in raised.value.message and "backup" in raised.value.message
    assert sha(db) == damaged_bytes  # detecting changed nothing

    used = restore_newest_good_backup(tmp_path, KEY)
    assert used == older
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("workbook-damaged-")]
    assert [p.suffix for p in aside] == [".db"] and sha(aside[0]) == damaged_bytes
    restored = load(tmp_path, KEY)
    ids = {c.id for c in restored.contacts}
    assert "older" in ids and "newest" not in ids
    assert older.is_file() and newest.is_file()  # backups are copied, never consumed
    # Wiping still removes everything Workbook made, the moved-aside file included.
    report = wipe_workbook(tmp_path)
    assert report.complete and list(tmp_path.iterdir()) == []


def test_without_any_good_backup_nothing_is_changed(tmp_path: Path) -> None:
    make_workbook(tmp_path, None)
    damage(database_path(tmp_path))
    before = {p.name: sha(p) for p in tmp_path.iterdir() if p.is_file()}
    with pytest.raises(NoGoodBackupError) as raised:
        restore_newest_good_backup(tmp_path, None)
    assert "Nothing has been deleted" in raised.value.message
    assert {p.name: sha(p) for p in tmp_path.iterdir() if p.is_file()} == before


def test_a_workbook_that_vanished_while_backups_exist_is_reported(tmp_path: Path) -> None:
    plan = make_workbook(tmp_path, KEY)
    take_backup(tmp_path, KEY)
    database_path(tmp_path).write_bytes(b"")  # truncated to nothing
    with pytest.raises(DatabaseDamagedError, match="missing or empty"):
        PlanRepository.open(tmp_path, KEY)
    restore_newest_good_backup(tmp_path, KEY)
    assert load(tmp_path, KEY) == plan
    database_path(tmp_path).unlink()
    with pytest.raises(DatabaseDamagedError, match="missing or empty"):
        PlanRepository.open(tmp_path, KEY)


# --------------------------------------------------------------------------- the key file


def test_the_key_file_copy_holds_only_the_recovery_slot(tmp_path: Path) -> None:
    created = keys.create_keys(tmp_path, "blue kettle under the stairs", kdf=FAST)
    plan = make_workbook(tmp_path, created.data_key)
    take_backup(tmp_path, created.data_key)
    copy = backups.key_file_copy(tmp_path)
    assert copy is not None
    assert [s["kind"] for s in json.loads(copy.read_bytes())["slots"]] == ["recovery"]
    where = tmp_path / "backups"
    assert keys.unlock_with_recovery_code(where, created.recovery_code) == created.data_key
    with pytest.raises(keys.KeysError):  # an old passphrase can never open the copy
        keys.unlock_with_passphrase(where, "blue kettle under the stairs")
    # The main key file lost: the copy and the recovery code still open the newest backup.
    (tmp_path / "keys.json").write_bytes(b"\x00" * 100)
    data_key = keys.unlock_with_recovery_code(where, created.recovery_code)
    newest = list_backups(tmp_path)[0]
    assert integrity.check_database(newest, data_key) == migrations.LATEST_VERSION
    assert rows(newest, data_key, "SELECT count(*) FROM contacts") == [(len(plan.contacts),)]


def test_a_damaged_key_file_is_never_copied_over_a_good_copy(tmp_path: Path) -> None:
    created = keys.create_keys(tmp_path, "blue kettle under the stairs", kdf=FAST)
    make_workbook(tmp_path, created.data_key)
    take_backup(tmp_path, created.data_key)
    copy = backups.key_file_copy(tmp_path)
    assert copy is not None
    good = copy.read_bytes()
    (tmp_path / "keys.json").write_bytes(b"{ damaged")
    take_backup(tmp_path, created.data_key)
    assert copy.read_bytes() == good


def test_backups_from_before_protection_are_removed_by_the_first_encrypted_one(
    tmp_path: Path,
) -> None:
    plan = make_workbook(tmp_path, None)
    plain = take_backup(tmp_path, None)
    assert plain is not None and plain.read_bytes().startswith(b"SQLite format 3")
    # Protection is set up (keys.encrypt_plain_database), then the next backup runs.
    keys.encrypt_plain_database(database_path(tmp_path), KEY)
    encrypted = take_backup(tmp_path, KEY)
    assert list_backups(tmp_path) == [encrypted]
    assert not plain.exists()
    assert load(tmp_path, KEY) == plan


def test_the_first_schema_fixture_is_backed_up_whole_before_it_is_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """tests/fixtures/schema_v1.db (made by the first released schema) through a
    simulated second step: the backup taken first is the untouched v1 file's content."""
    fixture = Path(__file__).parent / "fixtures" / "schema_v1.db"
    fixtures_before = sorted(p.name for p in fixture.parent.iterdir())
    database_path(tmp_path).write_bytes(fixture.read_bytes())
    expected = rows(fixture, None, "SELECT id, name FROM contacts ORDER BY position")
    steps = (*migrations.MIGRATIONS, "CREATE TABLE reminders (id TEXT PRIMARY KEY)")
    monkeypatch.setattr(
        migrations, "upgrade", functools.partial(migrations.upgrade, migrations=steps)
    )
    monkeypatch.setattr(backups, "LATEST_VERSION", len(steps))
    PlanRepository.open(tmp_path, None, automatic_backups=False).close()
    (before,) = list_backups(tmp_path)
    assert rows(before, None, "PRAGMA user_version") == [(1,)]
    assert rows(before, None, "SELECT id, name FROM contacts ORDER BY position") == expected
    assert rows(database_path(tmp_path), None, "PRAGMA user_version") == [(len(steps),)]
    assert len(expected) >= 2
    assert sorted(p.name for p in fixture.parent.iterdir()) == fixtures_before


def test_a_due_backup_waits_until_saving_pauses(tmp_path: Path) -> None:
    """A backup's copy and fsync never land in the middle of a burst of typing."""
    import threading

    moments = iter(range(1_000_000))
    clock = {"now": 0.0}
    repo = PlanRepository.open(tmp_path, KEY, automatic_backups=False)
    backups = AutomaticBackups(
        tmp_path, KEY, every_changes=3, quiet_seconds=1.0, monotonic=lambda: clock["now"]
    )
    taken = threading.Event()
    original = backups.backup_now

    def backup_now() -> Path | None:
        made = original()
        taken.set()
        return made

    backups.backup_now = backup_now  # type: ignore[method-assign]
    for _ in range(3):  # due now, but still typing
        repo.save(TrustedContact(name=f"Typing {next(moments)}"))
        backups.note_change()
    assert not taken.wait(0.3)
    assert list_backups(tmp_path) == []
    clock["now"] = 2.0  # quiet for long enough
    assert taken.wait(10)
    assert len(list_backups(tmp_path)) == 1
    backups.close()
    repo.close()


# --------------------------------------------------------------------------- older copies
# storage/freshness.py: a workbook never goes back in time unnoticed.


def _names(folder: Path, key: bytes) -> list[str]:
    repo = PlanRepository.open(folder, key, automatic_backups=False)
    try:
        return [contact.name for contact in repo.list(TrustedContact)]
    finally:
        repo.close()


def _crashed_with_log(folder: Path, names: list[str]) -> None:
    """A workbook whose last changes are still in its log, as after a crash: the files are
    copied while the repository is open (SQLite checkpoints and removes the log at close)."""
    import shutil

    live = folder.parent / "live"
    repo = PlanRepository.open(live, KEY, automatic_backups=False)
    try:
        for name in names:
            repo.save(TrustedContact(name=name))
        assert repo._seen is not None
        repo._seen.flush()  # the record is written on its own thread
        folder.mkdir()
        for name in ("workbook.db", "workbook.db-wal", "workbook.db-seen"):
            shutil.copyfile(live / name, folder / name)
    finally:
        repo.close()


def test_a_backup_copied_over_the_workbook_is_reported_with_its_facts(tmp_path: Path) -> None:
    from workbook.storage.errors import OlderCopyError

    make_workbook(tmp_path, KEY)
    repo = PlanRepository.open(tmp_path, KEY, automatic_backups=False)
    repo.save(TrustedContact(name="Before the backup"))
    repo.close()
    oldest = take_backup(tmp_path, KEY)
    assert oldest is not None
    repo = PlanRepository.open(tmp_path, KEY, automatic_backups=False)
    for index in range(3):
        repo.save(TrustedContact(name=f"After the backup {index}"))
    repo.close()
    newest = take_backup(tmp_path, KEY)
    database_path(tmp_path).write_bytes(oldest.read_bytes())
    before = {path.name: sha(path) for path in tmp_path.rglob("*") if path.is_file()}
    with pytest.raises(OlderCopyError) as caught:
        PlanRepository.open(tmp_path, KEY)
    error = caught.value
    assert error.changes_missing == 3
    assert error.last_changed is not None and error.this_copy_changed is not None
    assert error.this_copy_changed < error.last_changed
    assert error.newest_backup == newest  # not the older one that was copied over
    assert "3 saved changes behind" in error.message and "Nothing has been changed" in error.message
    assert {path.name: sha(path) for path in tmp_path.rglob("*") if path.is_file()} == before
    # No backup is made from the older state either.
    with pytest.raises(BackupFailedError, match="older than the newest"):
        take_backup(tmp_path, KEY)
    assert backups.list_backups(tmp_path)[0] == newest
    # Restoring the newest good backup brings every change back, and opens without a word.
    restore_newest_good_backup(tmp_path, KEY)
    assert len(_names(tmp_path, KEY)) == len(load(tmp_path, KEY).contacts)
    assert "After the backup 2" in _names(tmp_path, KEY)


def test_a_deleted_log_is_reported_and_accepting_keeps_the_older_copy_aside(
    tmp_path: Path,
) -> None:
    import shutil

    from workbook.storage.errors import OlderCopyError

    folder = tmp_path / "data"
    _crashed_with_log(folder, ["Dana Example", "Sam Example", "Robin Example"])
    folder2 = tmp_path / "deleted"
    shutil.copytree(folder, folder2)
    assert _names(folder, KEY) == ["Dana Example", "Sam Example", "Robin Example"]  # as is
    (folder2 / "workbook.db-wal").unlink()  # every acknowledged edit of the session gone
    db_before = (folder2 / "workbook.db").read_bytes()
    with pytest.raises(OlderCopyError) as caught:
        PlanRepository.open(folder2, KEY)
    assert caught.value.changes_missing is not None and caught.value.changes_missing >= 3
    assert (folder2 / "workbook.db").read_bytes() == db_before
    moved = accept_older_copy(folder2, KEY)
    assert moved.name.startswith("workbook-older-") and moved.read_bytes() == db_before
    assert _names(folder2, KEY) == []  # what was on disk, now the newest version


def test_a_damaged_log_is_kept_aside_never_checkpointed(tmp_path: Path) -> None:
    """A log cut inside its last commit drops acknowledged edits (SQLite sees a torn write);
    the record of the newest version notices, and the log stays byte for byte."""
    from workbook.storage.errors import OlderCopyError

    folder = tmp_path / "data"
    _crashed_with_log(folder, ["Dana Example", "Sam Example", "Robin Example", "Alex Example"])
    log = folder / "workbook.db-wal"
    damaged = log.read_bytes()[:-100]
    log.write_bytes(damaged)
    db_before = (folder / "workbook.db").read_bytes()
    with pytest.raises(OlderCopyError) as caught:
        PlanRepository.open(folder, KEY)
    assert caught.value.changes_missing == 1
    assert log.read_bytes() == damaged and (folder / "workbook.db").read_bytes() == db_before
    accept_older_copy(folder, KEY)
    kept = sorted(folder.glob("workbook-older-*"))
    assert [path.read_bytes() for path in kept if path.name.endswith("-wal")] == [damaged]
    assert [path.read_bytes() for path in kept if path.name.endswith(".db")] == [db_before]
    assert _names(folder, KEY) == ["Dana Example", "Sam Example", "Robin Example"]


def test_a_missing_record_cannot_vouch_for_a_changed_workbook(tmp_path: Path) -> None:
    from workbook.storage import freshness
    from workbook.storage.errors import OlderCopyError

    make_workbook(tmp_path, KEY)
    repo = PlanRepository.open(tmp_path, KEY, automatic_backups=False)
    repo.save(TrustedContact(name="Dana Example"))
    repo.close()
    record = freshness.seen_path(tmp_path)
    for replacement in (None, b"{}", record.read_bytes().replace(b'"changes": ', b'"changes": 1')):
        saved = record.read_bytes()
        if replacement is None:
            record.unlink()
        else:
            record.write_bytes(replacement)
        with pytest.raises(OlderCopyError) as caught:
            PlanRepository.open(tmp_path, KEY)
        assert caught.value.last_changed is None and "cannot confirm" in caught.value.message
        record.write_bytes(saved)
    # Made with another key (another workbook's record): the same.
    freshness.write_seen(tmp_path, OTHER_KEY, freshness.State(1, None))
    with pytest.raises(OlderCopyError):
        PlanRepository.open(tmp_path, KEY)
    # A new workbook, or one from before the counter existed, has nothing to vouch for: its
    # record starts at no change, before its first change is made.
    fresh = tmp_path / "fresh"
    PlanRepository.open(fresh, KEY, automatic_backups=False).close()
    started = freshness.read_seen(fresh, KEY)
    assert started is not None and started.changes == 0
    PlanRepository.open(fresh, KEY, automatic_backups=False).close()


def test_a_crash_right_after_a_new_workbooks_first_change_is_no_older_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The record follows each change a moment later, on its own thread. Killed in between,
    the record lags behind, which is allowed; a new workbook must already have one then, or
    the next start could not tell the crash from an older copy put in its place."""
    from workbook.storage import freshness

    monkeypatch.setattr(freshness.RecordWriter, "note", lambda self, state: None)  # killed
    repo = PlanRepository.open(tmp_path, KEY, automatic_backups=False)
    repo.save(TrustedContact(name="Dana Example"))
    repo.close()
    monkeypatch.undo()
    seen = freshness.read_seen(tmp_path, KEY)
    assert seen is not None and seen.changes == 0  # behind the database, as after a crash
    assert _names(tmp_path, KEY) == ["Dana Example"]  # opens without a word


def test_a_deleted_workbook_without_backups_is_reported_not_silently_made_anew(
    tmp_path: Path,
) -> None:
    from workbook.storage.errors import OlderCopyError

    make_workbook(tmp_path, KEY)
    database_path(tmp_path).unlink()
    with pytest.raises(OlderCopyError) as caught:
        PlanRepository.open(tmp_path, KEY)
    assert caught.value.changes_missing is not None and caught.value.changes_missing >= 1
    assert not database_path(tmp_path).exists()
    accept_older_copy(tmp_path, KEY)
    assert _names(tmp_path, KEY) == []
