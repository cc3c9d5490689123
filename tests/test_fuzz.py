"""Fuzzing damaged files: bytes of the database, its write-ahead log and the backups are
flipped, overwritten and truncated; opening, reading, saving and restoring must only ever
end in the plan or a StorageError (plain message), never another exception or a hang.

Where the format makes it checkable, the result must also be *right*:

* an encrypted database (every page carries an HMAC): any damage is reported as
  DatabaseDamagedError; otherwise the plan read back is exactly the one written;
* a damaged log: the workbook is reported damaged, or holds the state after the last commit,
  or after the one before it (damage confined to the last change looks like a torn write and
  SQLite drops that change; docs/reliability.md) — never an older state or a mixture; a log
  cut short may also end at an earlier commit, as a crash could;
* restoring: the damaged file is moved aside byte for byte, and the workbook restored is the
  newest backup that is whole;
* an encrypted workbook also has the record of its newest version (``workbook.db-seen``,
  storage/freshness.py): a log that lost any acknowledged commit, or a damaged record, is
  reported as OlderCopyError, never opened silently; the files on disk are then moved aside
  byte for byte, and the workbook goes on from the newest good backup or from what SQLite
  reads of the older copy.

The suite runs CASES cases from a fixed seed; bench/bench_fuzz.py runs 10,000.
"""

from __future__ import annotations

import faulthandler
import os
import random
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from workbook.domain.demo import demo_plan
from workbook.domain.model import TrustedContact
from workbook.paths import database_path
from workbook.storage import freshness, integrity
from workbook.storage.backups import BACKUP_FOLDER_NAME
from workbook.storage.errors import (
    DatabaseDamagedError,
    NoGoodBackupError,
    OlderCopyError,
    SchemaTooNewError,
    StorageError,
)
from workbook.storage.older_copy import accept_older_copy
from workbook.storage.repository import PlanRepository
from workbook.storage.restore import restore_newest_good_backup

CASES = 1000
SEED = 20261124
KEY = bytes(range(50, 82))
PAGE = 4096
LOG_COMMITS = 4  # transactions in the log of the "crashed" workbook
BACKUP_NAMES = ("workbook-20260101T000000000000Z.db", "workbook-20260102T000000000000Z.db")


@dataclass(frozen=True)
class Specimen:
    """One workbook on disk, as bytes, and what it must read back as."""

    encrypted: bool
    db: bytes
    wal: bytes  # b"" when cleanly closed
    states: tuple[frozenset[str], ...]  # contact ids after each commit in the log, oldest first
    older_backup: bytes
    newer_backup: bytes
    backup_states: tuple[frozenset[str], frozenset[str]]  # (older, newer)
    seen: bytes  # the record of the newest version (b"" for an unencrypted workbook)

    @property
    def key(self) -> bytes | None:
        return KEY if self.encrypted else None


def _ids(folder: Path, key: bytes | None) -> frozenset[str]:
    repo = PlanRepository.open(folder, key, automatic_backups=False)
    try:
        return frozenset(c.id for c in repo.list(TrustedContact))
    finally:
        repo.close()


def make_specimen(encrypted: bool, work: Path) -> Specimen:
    key = KEY if encrypted else None
    folder = work / ("enc" if encrypted else "plain")
    repo = PlanRepository.open(folder, key, automatic_backups=False)
    repo.replace_plan(demo_plan())
    repo.close()
    db_only = database_path(folder).read_bytes()
    older = db_only
    # The "crashed" workbook: a few commits still in the log when the process stopped.
    repo = PlanRepository.open(folder, key, automatic_backups=False)
    states = [frozenset(c.id for c in repo.list(TrustedContact))]
    for index in range(LOG_COMMITS):
        repo.save(TrustedContact(id=f"logged{index}", name=f"Logged Example {index}"))
        states.append(frozenset(c.id for c in repo.list(TrustedContact)))
    db = database_path(folder).read_bytes()
    wal = integrity.wal_path(database_path(folder)).read_bytes()
    repo.close()
    newer = database_path(folder).read_bytes()  # the log checkpointed into the file
    assert len(wal) > 32 and db == db_only
    backup_states = (states[0], states[-1])
    seen_file = freshness.seen_path(folder)
    seen = seen_file.read_bytes() if encrypted else b""
    assert seen or not seen_file.exists()
    return Specimen(encrypted, db, wal, tuple(states), older, newer, backup_states, seen)


# --------------------------------------------------------------------------- mutations


def _flip_bits(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        at = rng.randrange(len(out))
        out[at] ^= 1 << rng.randrange(8)
    return bytes(out)


def _overwrite_run(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    at = rng.randrange(len(out))
    run = rng.randint(1, 64)
    out[at : at + run] = rng.randbytes(min(run, len(out) - at))
    return bytes(out)


def _zero_page(data: bytes, rng: random.Random) -> bytes:
    pages = max(1, len(data) // PAGE)
    at = rng.randrange(pages) * PAGE
    return data[:at] + bytes(min(PAGE, len(data) - at)) + data[at + PAGE :]


def _truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data))]


def _truncate_at_page(data: bytes, rng: random.Random) -> bytes:
    pages = len(data) // PAGE
    return data[: rng.randrange(pages) * PAGE] if pages > 1 else b""


def _append_junk(data: bytes, rng: random.Random) -> bytes:
    return data + rng.randbytes(rng.randint(1, 3 * PAGE))


def _header_flip(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    at = rng.randrange(min(100, len(out)))
    out[at] ^= 1 << rng.randrange(8)
    return bytes(out)


MUTATIONS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "flip": _flip_bits,
    "overwrite": _overwrite_run,
    "zero-page": _zero_page,
    "truncate": _truncate,
    "truncate-at-page": _truncate_at_page,
    "append": _append_junk,
    "header": _header_flip,
}
TARGETS = ("db", "wal", "backup", "seen")


# --------------------------------------------------------------------------- one case


@dataclass
class Outcome:
    name: str
    ids: frozenset[str] | None = None


def _open_read_save(folder: Path, key: bytes | None) -> frozenset[str]:
    repo = PlanRepository.open(folder, key, automatic_backups=False)
    try:
        ids = frozenset(c.id for c in repo.load_plan().contacts)  # reads every table
        repo.save(TrustedContact(id="after-damage", name="Saved After Example"))
        return ids
    finally:
        repo.close()


def run_case(
    specimen: Specimen, target: str, mutation: str, rng: random.Random, folder: Path
) -> str:
    """Write the damaged files, then do what the app does. Returns an outcome label; raises
    AssertionError for a wrong result; any exception other than StorageError escapes."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    backups = folder / BACKUP_FOLDER_NAME
    backups.mkdir()
    mutate = MUTATIONS[mutation]
    db, wal, seen = specimen.db, specimen.wal, specimen.seen
    newer = specimen.newer_backup
    if target == "db":
        db = mutate(db, rng)
    elif target == "wal":
        wal = mutate(wal, rng)
    elif target == "seen":
        seen = mutate(seen, rng) if seen else seen
    else:
        newer = mutate(newer, rng)
        db = _zero_page(db, rng)  # the workbook is damaged too, so the backups are needed
        wal = b""
    path = database_path(folder)
    path.write_bytes(db)
    if wal:
        integrity.wal_path(path).write_bytes(wal)
    if seen:
        freshness.seen_path(folder).write_bytes(seen)
    (backups / BACKUP_NAMES[0]).write_bytes(specimen.older_backup)
    (backups / BACKUP_NAMES[1]).write_bytes(newer)
    key = specimen.key
    try:
        ids = _open_read_save(folder, key)
    except OlderCopyError as error:
        assert key is not None, "only an encrypted workbook has a record to compare with"
        return _go_on_from_older(specimen, target, folder, key, error, db=db, wal=wal)
    except DatabaseDamagedError:
        damaged = path.read_bytes() if path.exists() else None
        try:
            used = restore_newest_good_backup(folder, key)
        except NoGoodBackupError:
            raise AssertionError("the older backup is always good") from None
        aside = sorted(folder.glob("workbook-damaged-*.db"))
        if damaged is not None:
            assert len(aside) == 1 and aside[0].read_bytes() == damaged, "moved aside unchanged"
        restored = _open_read_save(folder, key)
        if used.name == BACKUP_NAMES[0]:
            assert restored == specimen.backup_states[0]
            if specimen.encrypted and target == "backup":
                assert newer != specimen.newer_backup  # skipped only when really damaged
        elif specimen.encrypted or target != "backup":
            assert restored == specimen.backup_states[1]
        return "damaged, restored"
    except StorageError as error:
        # The only refusal that is not "damaged": a flipped bit in the schema version of an
        # unencrypted file reads as "made by a newer Workbook" (changing nothing). Anything
        # else, e.g. "the folder is read-only", would be the wrong message here.
        assert isinstance(error, SchemaTooNewError) and not specimen.encrypted, error.message
        return "refused as newer"
    # It opened: check what it holds.
    states = specimen.states
    if specimen.encrypted:
        # The record says the last commit was acknowledged: anything less is never opened.
        assert ids == states[-1], "an older state opened without a word"
    elif target == "wal":
        if mutation.startswith("truncate"):
            assert ids in states, "a shortened log ends at a commit"
        else:
            assert ids in states[-2:], "damage before the last commit went unnoticed"
    return "opened"


def _go_on_from_older(
    specimen: Specimen,
    target: str,
    folder: Path,
    key: bytes,
    error: OlderCopyError,
    *,
    db: bytes,
    wal: bytes,
) -> str:
    """After OlderCopyError: what the person can choose. The files on disk are kept aside
    byte for byte either way, and the workbook then opens without being reported again."""
    assert target in ("wal", "seen"), "only a damaged log or record makes an older copy"
    if target == "seen":
        assert error.last_changed is None, "a damaged record is reported as missing"
    else:
        assert error.changes_missing is not None and error.changes_missing >= 1
    assert error.newest_backup is not None and error.newest_backup.name == BACKUP_NAMES[1]
    if (len(db) + len(wal)) % 2:  # either choice, about half the time each
        restore_newest_good_backup(folder, key)
        assert _open_read_save(folder, key) == specimen.backup_states[1]
        aside = sorted(folder.glob("workbook-damaged-*.db*"))
        outcome = "older, restored"
    else:
        accept_older_copy(folder, key)
        assert _open_read_save(folder, key) in specimen.states
        aside = sorted(folder.glob("workbook-older-*.db*"))
        outcome = "older, kept"
    kept = {path.name.rsplit(".db", 1)[1]: path.read_bytes() for path in aside}
    assert kept[""] == db, "the database is moved aside unchanged"
    if wal:
        assert kept["-wal"] == wal, "the log is moved aside unchanged, never checkpointed"
    return outcome


def _fast_folder() -> str | None:
    """A memory-backed folder when there is one: these cases test what is read back, not
    durability, and fsync on a real disk would make them 20 times slower."""
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        return str(shm)
    return None


def run_cases(count: int, seed: int, report: Callable[[str], None] | None = None) -> Counter[str]:
    """Run `count` seeded cases over plain and encrypted workbooks; returns outcome counts."""
    rng = random.Random(seed)
    outcomes: Counter[str] = Counter()
    with tempfile.TemporaryDirectory(prefix="workbook-fuzz-", dir=_fast_folder()) as temp:
        work = Path(temp)
        specimens = [make_specimen(False, work), make_specimen(True, work)]
        folder = work / "case"
        # A hang fails loudly: the whole run gets a generous budget, then the process exits.
        faulthandler.dump_traceback_later(120 + count, exit=True)
        try:
            for number in range(count):
                specimen = rng.choice(specimens)
                target = rng.choice(TARGETS)
                mutation = rng.choice(tuple(MUTATIONS))
                case_seed = rng.getrandbits(32)
                kind = "encrypted" if specimen.encrypted else "plain"
                label = f"case {number}: {kind} {target} {mutation} seed {case_seed}"
                try:
                    result = run_case(specimen, target, mutation, random.Random(case_seed), folder)
                except AssertionError as error:
                    raise AssertionError(f"{label}: {error}") from error
                except Exception as error:
                    chain = []
                    cause: BaseException | None = error
                    while cause is not None and len(chain) < 6:
                        chain.append(f"{type(cause).__name__}: {str(cause)[:120]}")
                        cause = cause.__cause__ or cause.__context__
                    raise AssertionError(f"{label}: escaped: {' <- '.join(chain)}") from error
                outcomes[f"{target} {result}"] += 1
                if report is not None and number % 1000 == 999:
                    report(f"{number + 1} cases: {dict(outcomes)}")
        finally:
            faulthandler.cancel_dump_traceback_later()
    return outcomes


def test_damaged_files_never_crash_hang_or_lie() -> None:
    outcomes = run_cases(CASES, SEED)
    assert sum(outcomes.values()) == CASES
    # The mutations really reach every path: detected damage, restores and clean opens.
    assert outcomes["db damaged, restored"] > 50
    assert outcomes["wal damaged, restored"] > 20
    assert outcomes["backup damaged, restored"] > 100
    assert outcomes["wal opened"] > 20
    assert outcomes["wal older, restored"] + outcomes["wal older, kept"] > 10
