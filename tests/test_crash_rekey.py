"""A change of secret killed at any step leaves the workbook opening with exactly one of the
old and the new key material, whole, and no earlier key file opens anything (storage/rekey.py).

The child process changes the passphrase (which re-keys the database, the record of the newest
version and the backups) with every file-system call the change makes counted: os.open,
os.close, os.fsync, os.replace, os.unlink, os.rename. With WORKBOOK_KILL_AT=N it sends itself
SIGKILL at point N: just before (2i - 1) or just after (2i) call i. A first, complete run lists
the calls; the parent then kills a child before and after every call that changes what is on
disk or makes it durable (replace, rename, unlink, fsync), or at every point with
WORKBOOK_CRASH_ALL_STEPS=1. Kills inside SQLite's own writes (the export) come from the second
test, at random moments. After every kill
the parent checks, as the app would at its next start:

* exactly one of the two passphrases opens ``keys.json``, and the recovery code opens it too,
  to the same data key;
* the workbook opens with that key (PlanRepository.open finishes or undoes the change) and
  holds exactly the plan; nothing pending is left over;
* every backup in the folder opens with that key, and none with any earlier data key, nor with
  the key files the attacker copied before the first change.

Run as a script (``python tests/test_crash_rekey.py child FOLDER OLD NEW``) it is the child.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

OLD = "blue kettle under the stairs"
NEW = "seven quiet herons at dawn"
NAMES = ["Dana Example", "Sam Example", "Robin Example"]
KILL_ENV = "WORKBOOK_KILL_AT"


def child(folder: Path, old: str, new: str) -> None:
    from workbook.storage import keys
    from workbook.storage.rekey import rekey

    fast = keys.PassphraseKdf(memory_kib=64, iterations=1, lanes=1)
    kill_at = int(os.environ.get(KILL_ENV, "0"))
    data_key = keys.unlock_with_passphrase(folder, old)  # before counting: reading only
    step = 0

    def counted(real):  # type: ignore[no-untyped-def]
        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            nonlocal step
            step += 1
            if step == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            result = real(*args, **kwargs)
            step += 1
            if step == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return result

        return wrapper

    calls: list[str] = []

    def named(name, function):  # type: ignore[no-untyped-def]
        def note(*args, **kwargs):  # type: ignore[no-untyped-def]
            calls.append(name)
            return function(*args, **kwargs)

        return note

    names = ("open", "close", "fsync", "replace", "unlink", "rename")
    real = {name: getattr(os, name) for name in names}
    for name, function in real.items():
        setattr(os, name, counted(named(name, function)))
    rekey(folder, data_key, new_passphrase=new, kdf=fast)
    for name, function in real.items():
        setattr(os, name, function)
    print("CALLS", ",".join(calls), flush=True)


# --------------------------------------------------------------------------- the parent


def _opens(database: Path, data_key: bytes) -> bool:
    import sqlcipher3

    from workbook.storage import keys

    connection = sqlcipher3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        connection.execute(keys.sqlcipher_key_pragma(data_key))
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        connection.close()


def _run_child(
    folder: Path, old: str, new: str, kill_at: int | None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if kill_at is not None:
        env[KILL_ENV] = str(kill_at)
    return subprocess.run(
        [sys.executable, __file__, "child", str(folder), old, new],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def _check(folder: Path, recovery_code: str, earlier_keys: set[bytes]) -> tuple[str, bytes]:
    """The checks after a kill; returns the passphrase that opens and its data key."""
    from workbook.domain.model import TrustedContact
    from workbook.storage import backups, keys
    from workbook.storage.repository import PlanRepository

    opened = {}
    for passphrase in (OLD, NEW):
        try:
            opened[passphrase] = keys.unlock_with_passphrase(folder, passphrase)
        except keys.WrongSecret:
            continue
    assert len(opened) == 1, sorted(opened)
    ((passphrase, data_key),) = opened.items()
    assert keys.unlock_with_recovery_code(folder, recovery_code) == data_key
    repo = PlanRepository.open(folder, data_key, automatic_backups=False)
    try:
        assert [contact.name for contact in repo.list(TrustedContact)] == NAMES
    finally:
        repo.close()
    names = {path.name for path in folder.iterdir()}
    assert not names & {"keys.json.pending", "workbook.db.rekey", "workbook.db-seen.rekey"}
    assert "finish" not in keys.read_key_file(folder / "keys.json")
    for backup in backups.list_backups(folder):
        assert _opens(backup, data_key), backup.name
        for earlier in earlier_keys - {data_key}:
            assert not _opens(backup, earlier), backup.name
    for earlier in earlier_keys - {data_key}:
        assert not _opens(folder / "workbook.db", earlier)
    copy = backups.key_file_copy(folder)
    if copy is not None:
        assert keys.unlock_file_with_recovery_code(copy, recovery_code) == data_key
    return passphrase, data_key


def _make_workbook(folder: Path) -> tuple[str, bytes]:
    from workbook.domain.model import TrustedContact
    from workbook.storage import keys
    from workbook.storage.repository import PlanRepository

    created = keys.create_keys(
        folder, OLD, kdf=keys.PassphraseKdf(memory_kib=64, iterations=1, lanes=1)
    )
    repo = PlanRepository.open(folder, created.data_key, automatic_backups=False)
    try:
        for index, name in enumerate(NAMES):
            repo.save(TrustedContact(name=name, phones=[f"555-01{40 + index}"]))
            assert repo.backups is None
    finally:
        repo.close()
    from workbook.storage.backups import take_backup

    take_backup(folder, created.data_key)
    take_backup(folder, created.data_key)
    return created.recovery_code, created.data_key


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_a_passphrase_change_killed_at_every_step(tmp_path: Path) -> None:
    from workbook.storage import keys

    folder = tmp_path / "data"
    code, first_key = _make_workbook(folder)
    stolen = (folder / "keys.json").read_bytes()
    stolen_copy = (folder / "backups" / "keys.json").read_bytes()
    earlier = {first_key}

    full = _run_child(folder, OLD, NEW, None)
    assert full.returncode == 0, full.stderr
    calls = full.stdout.split()[-1].split(",")
    assert len(calls) >= 20
    current, key = _check(folder, code, earlier)
    assert current == NEW
    earlier.add(key)
    every = os.environ.get("WORKBOOK_CRASH_ALL_STEPS") == "1"
    durable = {"replace", "rename", "unlink", "fsync"}
    points = [
        point
        for index, name in enumerate(calls)
        if every or name in durable
        for point in (2 * index + 1, 2 * index + 2)
    ]
    assert len(points) >= 30
    outcomes = set()
    for kill_at in points:
        other = OLD if current == NEW else NEW
        result = _run_child(folder, current, other, kill_at)
        # A run that needs fewer calls (fewer backups to retire) may finish before the point.
        assert result.returncode in (-signal.SIGKILL, 0), (kill_at, result.stderr[-2000:])
        now, key = _check(folder, code, earlier)
        outcomes.add(now != current)
        current = now
        earlier.add(key)
    assert outcomes == {True, False}  # kills landed before the decision and after it
    # The attacker's copies from before the first change open nothing that is there now.
    (tmp_path / "stolen.json").write_bytes(stolen)
    (tmp_path / "stolen-copy.json").write_bytes(stolen_copy)
    old_keys = {
        keys.unlock_file_with_passphrase(tmp_path / "stolen.json", OLD),
        keys.unlock_file_with_recovery_code(tmp_path / "stolen-copy.json", code),
    }
    assert old_keys == {first_key}
    from workbook.storage.backups import list_backups

    for path in [folder / "workbook.db", *list_backups(folder)]:
        assert not _opens(path, first_key)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_a_passphrase_change_killed_at_random_moments(tmp_path: Path) -> None:
    """Kills that land inside SQLite's own writes (the export), not only between calls."""
    folder = tmp_path / "data"
    code, first_key = _make_workbook(folder)
    earlier = {first_key}
    current = OLD
    rng = random.Random(12)
    for _ in range(12):
        other = OLD if current == NEW else NEW
        process = subprocess.Popen(
            [sys.executable, __file__, "child", str(folder), current, other],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        time.sleep(0.3 + rng.random() * 0.5)  # interpreter start-up, then inside the change
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)
        current, key = _check(folder, code, earlier)
        earlier.add(key)


if __name__ == "__main__" and len(sys.argv) == 5 and sys.argv[1] == "child":
    child(Path(sys.argv[2]), sys.argv[3], sys.argv[4])
