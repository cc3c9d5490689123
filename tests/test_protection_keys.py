"""The key file: set-up, unlock with passphrase or recovery code, atomic passphrase change."""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import sqlcipher3

from workbook.storage import keys
from workbook.storage.keys import (
    KeyFileDamaged,
    KeyFileMissing,
    KeysAlreadyExist,
    PassphraseKdf,
    WeakPassphrase,
    WrongSecret,
)

# Cheap Argon2id parameters so the suite stays fast; the product's defaults are checked once.
FAST = PassphraseKdf(memory_kib=64, iterations=1, lanes=1)
OLD = "blue kettle under the stairs"
NEW = "seven quiet herons at dawn"


def hashes(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def make_db(path: Path, data_key: bytes) -> None:
    connection = sqlcipher3.connect(str(path))
    connection.execute(keys.sqlcipher_key_pragma(data_key))
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("CREATE TABLE note (text TEXT)")
    connection.execute("INSERT INTO note VALUES ('Dana Example, 555-0142')")
    connection.commit()
    connection.close()


def read_db(path: Path, data_key: bytes) -> list[str]:
    connection = sqlcipher3.connect(str(path))
    try:
        connection.execute(keys.sqlcipher_key_pragma(data_key))
        return [row[0] for row in connection.execute("SELECT text FROM note")]
    finally:
        connection.close()


def test_create_then_unlock_with_passphrase_and_recovery_code(tmp_path: Path) -> None:
    created = keys.create_keys(tmp_path, OLD, kdf=FAST)
    assert len(created.data_key) == 32
    assert keys.unlock_with_passphrase(tmp_path, OLD) == created.data_key
    assert keys.unlock_with_recovery_code(tmp_path, created.recovery_code) == created.data_key
    # The code is forgiving about case, spacing and look-alike letters.
    sloppy = created.recovery_code.lower().replace("-", " ").replace("0", "o")
    assert keys.unlock_with_recovery_code(tmp_path, sloppy) == created.data_key
    # Surrounding whitespace and Unicode normalisation do not matter for the passphrase.
    assert keys.unlock_with_passphrase(tmp_path, f"  {OLD}\n") == created.data_key


def test_recovery_code_shape_and_uniqueness(tmp_path: Path) -> None:
    codes = {keys.generate_recovery_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        groups = code.split("-")
        assert len(groups) == 6 and all(len(group) == 4 for group in groups)
        assert set(code.replace("-", "")) <= set(keys.RECOVERY_ALPHABET)


def test_key_file_holds_no_secret_in_clear(tmp_path: Path) -> None:
    created = keys.create_keys(tmp_path, OLD, kdf=FAST)
    raw = (tmp_path / keys.KEY_FILE_NAME).read_bytes()
    assert created.data_key not in raw
    assert created.data_key.hex().encode() not in raw
    assert OLD.encode() not in raw
    code_symbols = created.recovery_code.replace("-", "").encode()
    assert code_symbols not in raw and created.recovery_code.encode() not in raw
    content = json.loads(raw)
    assert [slot["kind"] for slot in content["slots"]] == ["passphrase", "recovery"]
    if os.name == "posix":
        assert (tmp_path / keys.KEY_FILE_NAME).stat().st_mode & 0o077 == 0


def test_wrong_passphrase_and_code_change_no_file(tmp_path: Path) -> None:
    created = keys.create_keys(tmp_path, OLD, kdf=FAST)
    make_db(tmp_path / "workbook.db", created.data_key)
    before = hashes(tmp_path)
    mtimes = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    for attempt in ["blue kettle under the stair", "", "x" * 5000, "Blue kettle under the stairs"]:
        with pytest.raises(WrongSecret) as caught:
            keys.unlock_with_passphrase(tmp_path, attempt)
        assert attempt not in str(caught.value) or attempt == ""
    with pytest.raises(WrongSecret):
        keys.unlock_with_recovery_code(tmp_path, keys.generate_recovery_code())
    with pytest.raises(WrongSecret, match="doesn't look like a recovery code"):
        keys.unlock_with_recovery_code(tmp_path, "hello")
    with pytest.raises(WrongSecret):
        keys.change_passphrase(tmp_path, "not the passphrase", NEW, kdf=FAST)
    assert hashes(tmp_path) == before
    assert {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()} == mtimes
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keys.json", "workbook.db"]


def test_database_is_encrypted_from_the_first_byte(tmp_path: Path) -> None:
    created = keys.create_keys(tmp_path, OLD, kdf=FAST)
    make_db(tmp_path / "workbook.db", created.data_key)
    data = (tmp_path / "workbook.db").read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert b"Dana Example" not in data and b"555-0142" not in data
    assert read_db(tmp_path / "workbook.db", created.data_key) == ["Dana Example, 555-0142"]
    other = bytes(32)
    with pytest.raises(sqlcipher3.DatabaseError):
        read_db(tmp_path / "workbook.db", other)


def test_change_passphrase_keeps_recovery_code_and_database(tmp_path: Path) -> None:
    created = keys.create_keys(tmp_path, OLD, kdf=FAST)
    make_db(tmp_path / "workbook.db", created.data_key)
    db_before = hashlib.sha256((tmp_path / "workbook.db").read_bytes()).hexdigest()
    keys.change_passphrase(tmp_path, OLD, NEW, kdf=FAST)
    with pytest.raises(WrongSecret):
        keys.unlock_with_passphrase(tmp_path, OLD)
    assert keys.unlock_with_passphrase(tmp_path, NEW) == created.data_key
    assert keys.unlock_with_recovery_code(tmp_path, created.recovery_code) == created.data_key
    assert hashlib.sha256((tmp_path / "workbook.db").read_bytes()).hexdigest() == db_before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keys.json", "workbook.db"]


def test_forgotten_passphrase_reset_through_recovery_code(tmp_path: Path) -> None:
    created = keys.create_keys(tmp_path, OLD, kdf=FAST)
    data_key = keys.unlock_with_recovery_code(tmp_path, created.recovery_code)
    keys.set_passphrase(tmp_path, data_key, NEW, kdf=FAST)
    assert keys.unlock_with_passphrase(tmp_path, NEW) == created.data_key
    with pytest.raises(WrongSecret):
        keys.set_passphrase(tmp_path, bytes(32), "someone else's words", kdf=FAST)


def test_replace_recovery_code(tmp_path: Path) -> None:
    created = keys.create_keys(tmp_path, OLD, kdf=FAST)
    new_code = keys.replace_recovery_code(tmp_path, created.data_key)
    assert new_code != created.recovery_code
    assert keys.unlock_with_recovery_code(tmp_path, new_code) == created.data_key
    with pytest.raises(WrongSecret):
        keys.unlock_with_recovery_code(tmp_path, created.recovery_code)
    assert keys.unlock_with_passphrase(tmp_path, OLD) == created.data_key


def test_new_recovery_code_also_replaces_the_copy_kept_with_backups(tmp_path: Path) -> None:
    created = keys.create_keys(tmp_path, OLD, kdf=FAST)
    backups = tmp_path / "backups"
    backups.mkdir()
    content = json.loads((tmp_path / keys.KEY_FILE_NAME).read_bytes())
    content["slots"] = [s for s in content["slots"] if s["kind"] == "recovery"]
    (backups / keys.KEY_FILE_NAME).write_text(json.dumps(content))
    assert keys.unlock_with_recovery_code(backups, created.recovery_code) == created.data_key
    new_code = keys.replace_recovery_code(tmp_path, created.data_key)
    with pytest.raises(WrongSecret):
        keys.unlock_with_recovery_code(backups, created.recovery_code)
    assert keys.unlock_with_recovery_code(backups, new_code) == created.data_key
    copy = json.loads((backups / keys.KEY_FILE_NAME).read_bytes())
    assert [slot["kind"] for slot in copy["slots"]] == ["recovery"]  # still no passphrase slot


def test_refusals(tmp_path: Path) -> None:
    with pytest.raises(KeyFileMissing):
        keys.unlock_with_passphrase(tmp_path, OLD)
    with pytest.raises(WeakPassphrase):
        keys.create_keys(tmp_path, "  short  ", kdf=FAST)
    assert not keys.has_keys(tmp_path)
    keys.create_keys(tmp_path, OLD, kdf=FAST)
    before = hashes(tmp_path)
    with pytest.raises(KeysAlreadyExist):
        keys.create_keys(tmp_path, NEW, kdf=FAST)
    with pytest.raises(WeakPassphrase):
        keys.change_passphrase(tmp_path, OLD, "tiny", kdf=FAST)
    assert hashes(tmp_path) == before


@pytest.mark.parametrize(
    "damage",
    [
        lambda c: b"",
        lambda c: b"\xff\xfe not json",
        lambda c: c.replace(b'"workbook-keys"', b'"other"'),
        lambda c: c.replace(b'"memory_kib": 64', b'"memory_kib": 99999999999'),
        lambda c: c.replace(b'"iterations": 1', b'"iterations": "many"'),
    ],
)
def test_damaged_key_file_is_reported_plainly(tmp_path: Path, damage) -> None:  # type: ignore[no-untyped-def]
    keys.create_keys(tmp_path, OLD, kdf=FAST)
    path = tmp_path / keys.KEY_FILE_NAME
    path.write_bytes(damage(path.read_bytes()))
    with pytest.raises(KeyFileDamaged) as caught:
        keys.unlock_with_passphrase(tmp_path, OLD)
    assert "damaged" in str(caught.value)


def test_tampered_kdf_parameters_do_not_unlock(tmp_path: Path) -> None:
    keys.create_keys(tmp_path, OLD, kdf=FAST)
    path = tmp_path / keys.KEY_FILE_NAME
    content = json.loads(path.read_bytes())
    content["slots"][0]["kdf"]["iterations"] = 2  # authenticated header: the tag fails
    path.write_text(json.dumps(content))
    with pytest.raises(WrongSecret):
        keys.unlock_with_passphrase(tmp_path, OLD)


def test_default_kdf_is_argon2id_with_real_cost(tmp_path: Path) -> None:
    keys.create_keys(tmp_path, OLD)
    kdf = keys.passphrase_kdf_in_file(tmp_path)
    assert kdf == keys.DEFAULT_KDF
    assert kdf.memory_kib >= 128 * 1024 and kdf.iterations >= 2
    started = time.perf_counter()
    keys.unlock_with_passphrase(tmp_path, OLD)
    assert time.perf_counter() - started > 0.05  # not accidentally a fast hash


def test_stale_temp_files_are_removed_only_by_successful_operations(tmp_path: Path) -> None:
    created = keys.create_keys(tmp_path, OLD, kdf=FAST)
    stale = tmp_path / f"{keys.TEMP_PREFIX}abc{keys.TEMP_SUFFIX}"
    stale.write_bytes(b"half written")
    with pytest.raises(WrongSecret):
        keys.unlock_with_passphrase(tmp_path, NEW)
    assert stale.exists()
    assert keys.unlock_with_passphrase(tmp_path, OLD) == created.data_key
    assert keys.remove_stale_temp_files(tmp_path) == 1
    assert not stale.exists()


# --------------------------------------------------------------------------- SIGKILL


CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from workbook.storage import keys

    folder = Path(sys.argv[1])
    kill_at = int(sys.argv[2])  # kill ourselves at this I/O step; -1: loop until killed
    fast = keys.PassphraseKdf(memory_kib=64, iterations=1, lanes=1)
    step = 0

    def hook(name, real):
        def wrapper(*args, **kwargs):
            global step
            step += 1
            if step == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            result = real(*args, **kwargs)
            step += 1
            if step == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return result
        return wrapper

    for name in ("fsync", "replace", "open", "close", "write", "unlink"):
        setattr(os, name, hook(name, getattr(os, name)))
    passphrases = [sys.argv[3], sys.argv[4]]
    try:
        keys.unlock_with_passphrase(folder, passphrases[0])
        turn = 0
    except keys.WrongSecret:
        turn = 1
    while True:
        keys.change_passphrase(folder, passphrases[turn % 2], passphrases[(turn + 1) % 2], kdf=fast)
        turn += 1
        if kill_at >= 0:
            print("STEPS", step, flush=True)
            break
    """
)


def _child(folder: Path, kill_at: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder), str(kill_at), OLD, NEW],
        stdout=subprocess.PIPE,
        text=True,
    )


def _opens_with_exactly_one(folder: Path, data_key: bytes, recovery_code: str) -> str:
    opened = []
    for passphrase in (OLD, NEW):
        try:
            got = keys.unlock_with_passphrase(folder, passphrase)
        except WrongSecret:
            continue
        assert got == data_key
        opened.append(passphrase)
    assert len(opened) == 1, opened
    assert keys.unlock_with_recovery_code(folder, recovery_code) == data_key
    assert read_db(folder / "workbook.db", data_key) == ["Dana Example, 555-0142"]
    return opened[0]


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_passphrase_change_killed_at_every_io_step(tmp_path: Path) -> None:
    created = keys.create_keys(tmp_path, OLD, kdf=FAST)
    make_db(tmp_path / "workbook.db", created.data_key)
    # A complete run tells how many I/O steps one change takes; then kill at each of them.
    full = _child(tmp_path, 10_000)
    out, _ = full.communicate(timeout=60)
    total = int(out.split()[-1])
    assert total >= 8
    assert _opens_with_exactly_one(tmp_path, created.data_key, created.recovery_code) == NEW
    current = NEW
    outcomes = set()
    for kill_at in range(1, total + 1):
        folder_before = current
        child = _child(tmp_path, kill_at)
        child.communicate(timeout=60)
        assert child.returncode == -signal.SIGKILL
        current = _opens_with_exactly_one(tmp_path, created.data_key, created.recovery_code)
        outcomes.add(current != folder_before)
    assert outcomes == {True, False}  # some kills landed before the rename, some after
    keys.remove_stale_temp_files(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keys.json", "workbook.db"]


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_passphrase_change_loop_killed_at_random_moments(tmp_path: Path) -> None:
    created = keys.create_keys(tmp_path, OLD, kdf=FAST)
    make_db(tmp_path / "workbook.db", created.data_key)
    rng = random.Random(5)
    seen = set()
    for _ in range(25):
        child = _child(tmp_path, -1)
        time.sleep(0.25 + rng.random() * 0.3)  # interpreter start-up, then mid-loop
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)
        seen.add(_opens_with_exactly_one(tmp_path, created.data_key, created.recovery_code))
    assert seen == {OLD, NEW}
