"""The key file: set-up, unlock with passphrase or recovery code, and re-keying at every change
of secret (storage/rekey.py; killed at every step in tests/test_crash_rekey.py)."""

from __future__ import annotations

import hashlib
import json
import os
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


# --------------------------------------------------------------------------- re-keying
# Someone once had access and kept copies of the key files (and knows the old passphrase or
# the old recovery code). After a change of secret, none of those copies opens the current
# workbook or any current backup (storage/rekey.py).


def _opens(database: Path, data_key: bytes) -> bool:
    connection = sqlcipher3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        connection.execute(keys.sqlcipher_key_pragma(data_key))
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        connection.close()


def _workbook_with_backups(folder: Path) -> keys.CreatedKeys:
    from workbook.domain.model import TrustedContact
    from workbook.storage.repository import PlanRepository

    created = keys.create_keys(folder, OLD, kdf=FAST)
    repo = PlanRepository.open(folder, created.data_key)
    try:
        repo.save(TrustedContact(name="Dana Example", phones=["555-0142"]))
        assert repo.backups is not None
        repo.backups.backup_now()
        repo.save(TrustedContact(name="Sam Example"))
        repo.backups.backup_now()
    finally:
        repo.close()
    return created


def _names(folder: Path, data_key: bytes) -> list[str]:
    from workbook.domain.model import TrustedContact
    from workbook.storage.repository import PlanRepository

    repo = PlanRepository.open(folder, data_key)
    try:
        return [contact.name for contact in repo.list(TrustedContact)]
    finally:
        repo.close()


def _add_contact(folder: Path, data_key: bytes, name: str) -> None:
    from workbook.domain.model import TrustedContact
    from workbook.storage.repository import PlanRepository

    repo = PlanRepository.open(folder, data_key)
    try:
        repo.save(TrustedContact(name=name))
    finally:
        repo.close()


def _current_files(folder: Path) -> list[Path]:
    from workbook.storage import backups

    return [folder / "workbook.db", *backups.list_backups(folder)]


def test_after_a_passphrase_change_no_old_key_file_opens_anything(tmp_path: Path) -> None:
    from workbook.storage import backups
    from workbook.storage.rekey import rekey

    created = _workbook_with_backups(tmp_path)
    stolen = tmp_path.parent / "stolen"
    stolen.mkdir()
    (stolen / "keys.json").write_bytes((tmp_path / "keys.json").read_bytes())
    (stolen / "backup-keys.json").write_bytes((tmp_path / "backups" / "keys.json").read_bytes())

    result = rekey(tmp_path, created.data_key, new_passphrase=NEW, kdf=FAST)
    assert result.recovery_code is None  # the recovery code was not changed, and still works
    assert result.data_key != created.data_key
    _add_contact(tmp_path, result.data_key, "Added after the change")

    # The attacker's copies still give the old data key ...
    old_keys = [
        keys.unlock_file_with_passphrase(stolen / "keys.json", OLD),
        keys.unlock_file_with_recovery_code(stolen / "keys.json", created.recovery_code),
        keys.unlock_file_with_recovery_code(stolen / "backup-keys.json", created.recovery_code),
    ]
    assert set(old_keys) == {created.data_key}
    # ... which opens neither the workbook nor any backup now in the folder.
    current = _current_files(tmp_path)
    assert len(current) >= 2
    for path in current:
        assert not _opens(path, created.data_key), path.name
        assert _opens(path, result.data_key), path.name
    # The current secrets open the current files, and the plan is whole.
    assert keys.unlock_with_passphrase(tmp_path, NEW) == result.data_key
    with pytest.raises(WrongSecret):
        keys.unlock_with_passphrase(tmp_path, OLD)
    assert keys.unlock_with_recovery_code(tmp_path, created.recovery_code) == result.data_key
    copy = backups.key_file_copy(tmp_path)
    assert copy is not None
    assert keys.unlock_file_with_recovery_code(copy, created.recovery_code) == result.data_key
    assert _names(tmp_path, result.data_key) == [
        "Dana Example",
        "Sam Example",
        "Added after the change",
    ]
    leftovers = {p.name for p in tmp_path.iterdir()} - {"keys.json", "workbook.db", "backups"}
    assert leftovers <= {"workbook.db-seen", "workbook.db-wal", "workbook.db-shm"}
    assert "finish" not in json.loads((tmp_path / "keys.json").read_bytes())


def test_after_a_new_recovery_code_the_old_code_opens_nothing(tmp_path: Path) -> None:
    from workbook.storage.rekey import rekey

    created = _workbook_with_backups(tmp_path)
    old_main = (tmp_path / "keys.json").read_bytes()
    old_copy = (tmp_path / "backups" / "keys.json").read_bytes()

    result = rekey(tmp_path, created.data_key, new_recovery_code=True)
    assert result.recovery_code is not None and result.recovery_code != created.recovery_code
    _add_contact(tmp_path, result.data_key, "Added after the new code")

    for content in (old_main, old_copy):
        (tmp_path.parent / "old.json").write_bytes(content)
        old_key = keys.unlock_file_with_recovery_code(
            tmp_path.parent / "old.json", created.recovery_code
        )
        for path in _current_files(tmp_path):
            assert not _opens(path, old_key), path.name
    # The old code does not open the current key files at all; the new one does.
    with pytest.raises(WrongSecret):
        keys.unlock_with_recovery_code(tmp_path, created.recovery_code)
    with pytest.raises(WrongSecret):
        keys.unlock_with_recovery_code(tmp_path / "backups", created.recovery_code)
    assert keys.unlock_with_recovery_code(tmp_path, result.recovery_code) == result.data_key
    assert (
        keys.unlock_with_recovery_code(tmp_path / "backups", result.recovery_code)
        == result.data_key
    )
    # The passphrase was not changed and opens the new key without being typed at the change.
    assert keys.unlock_with_passphrase(tmp_path, OLD) == result.data_key
    assert "Added after the new code" in _names(tmp_path, result.data_key)


def test_a_forgotten_passphrase_reset_with_the_recovery_code_also_rekeys(tmp_path: Path) -> None:
    from workbook.storage.rekey import rekey

    created = _workbook_with_backups(tmp_path)
    old_main = (tmp_path / "keys.json").read_bytes()
    data_key = keys.unlock_with_recovery_code(tmp_path, created.recovery_code)
    result = rekey(tmp_path, data_key, new_passphrase=NEW, kdf=FAST)
    (tmp_path.parent / "old.json").write_bytes(old_main)
    old_key = keys.unlock_file_with_passphrase(tmp_path.parent / "old.json", OLD)
    for path in _current_files(tmp_path):
        assert not _opens(path, old_key)
    assert _names(tmp_path, result.data_key) == ["Dana Example", "Sam Example"]


def test_a_rekey_with_a_key_from_elsewhere_or_a_weak_passphrase_changes_nothing(
    tmp_path: Path,
) -> None:
    from workbook.storage.rekey import rekey

    created = _workbook_with_backups(tmp_path)
    before = hashes(tmp_path)
    with pytest.raises(WrongSecret):
        rekey(tmp_path, bytes(32), new_passphrase=NEW, kdf=FAST)
    with pytest.raises(WeakPassphrase):
        rekey(tmp_path, created.data_key, new_passphrase="tiny", kdf=FAST)
    assert hashes(tmp_path) == before


def test_a_key_file_of_format_1_still_opens_and_is_rewritten_at_the_first_change(
    tmp_path: Path,
) -> None:
    """Key files written before sealed slots: the data key wrapped directly in each slot."""
    from workbook.storage.rekey import rekey

    created = _workbook_with_backups(tmp_path)
    code = keys.generate_recovery_code()
    symbols = keys.normalize_recovery_code(code)
    assert symbols is not None
    slots = []
    for kind, kdf in (("passphrase", FAST.as_json()), ("recovery", {"name": "hkdf-sha256"})):
        salt = os.urandom(16)
        params = kdf | {"salt": keys._b64(salt)}
        if kind == "passphrase":
            kek = keys._derive_passphrase_key(keys.normalize_passphrase(OLD), salt, FAST)
        else:
            kek = keys._derive_recovery_key(symbols, salt)
        nonce = os.urandom(12)
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        wrapped = AESGCM(kek).encrypt(nonce, created.data_key, keys._aad(kind, params, 1))
        slots.append(
            {"kind": kind, "kdf": params, "nonce": keys._b64(nonce), "wrapped": keys._b64(wrapped)}
        )
    content = {
        "format": "workbook-keys",
        "version": 1,
        "key_check": keys.key_check(created.data_key),
    }
    (tmp_path / "keys.json").write_text(json.dumps(content | {"slots": slots}))
    assert keys.unlock_with_passphrase(tmp_path, OLD) == created.data_key
    assert keys.unlock_with_recovery_code(tmp_path, code) == created.data_key
    with pytest.raises(keys.PassphraseNeeded):
        rekey(tmp_path, created.data_key, new_recovery_code=True)
    result = rekey(tmp_path, created.data_key, new_passphrase=NEW, kdf=FAST)
    assert result.recovery_code is not None  # a format-1 recovery slot cannot be resealed
    assert json.loads((tmp_path / "keys.json").read_bytes())["version"] == 2
    assert keys.unlock_with_recovery_code(tmp_path, result.recovery_code) == result.data_key
    with pytest.raises(WrongSecret):
        keys.unlock_with_recovery_code(tmp_path, code)
    assert _names(tmp_path, result.data_key) == ["Dana Example", "Sam Example"]
