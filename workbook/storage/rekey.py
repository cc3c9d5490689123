"""Every change of secret gives the plan a new data key (docs/security.md, "Re-keying").

The API for the app and the command line:

    rekey(folder, data_key, *, new_passphrase=None, new_recovery_code=False, kdf=...)
        -> Rekeyed(data_key=<the new data key>, recovery_code=<new code or None>)

``data_key`` is the key the caller unlocked with the current passphrase or recovery code
(storage/keys.py). The workbook must be closed (PlanRepository.close) and is opened again by
the caller with ``Rekeyed.data_key``. ``Rekeyed.recovery_code`` is a new code to show once:
always when ``new_recovery_code`` was asked for, and also when the key file was written by an
earlier Workbook (format 1), whose recovery slot cannot be resealed.

``finish_interrupted_rekey(folder)`` completes or undoes a change that a crash interrupted;
PlanRepository.open calls it before anything else, so callers need not.

How a change runs, and why a kill at any moment leaves exactly one of the old and the new
key material opening the workbook:

1. ``keys.json.pending``: the new key file (atomic write). Its presence means "not decided":
   a crash from here to step 4 is undone at the next open (2 and 3 are removed, then 1).
2. ``workbook.db.rekey``: the whole database exported under the new key
   (``sqlcipher_export``; SQLCipher 4's ``PRAGMA rekey`` does not support WAL mode), fsynced
   and checked with the new key.
3. ``workbook.db-seen.rekey``: the record of the newest version (storage/freshness.py),
   authenticated under the new key.
4. The decision: ``keys.json.pending`` is renamed over ``keys.json`` (one rename, then the
   folder is fsynced). The new key file lists what is left to do under ``"finish"``.
5. Finishing, which an open after a crash repeats until done (every step can run twice):
   the old log files go, ``workbook.db.rekey`` is renamed over ``workbook.db``, the record
   replaces the old one, a fresh backup is taken under the new key (here; an interrupted
   change gets its fresh backup at the next start-up), every backup made under the old key is
   removed, ``backups/keys.json`` is rewritten from the new key file, and last ``keys.json`` is
   written again without ``"finish"``.

Afterwards no earlier copy of any key file (either slot, ``keys.json`` or
``backups/keys.json``) opens the workbook or any backup in the folder. Copies of the *database*
taken before the change still open with the old key file that was next to them: re-keying
cannot reach files that have left the folder. No Qt.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.files import atomic_write, fsync_dir
from workbook.paths import KEY_FILE_NAME, database_path
from workbook.storage import keys
from workbook.storage.errors import StorageError

PENDING_KEYS_NAME = KEY_FILE_NAME + ".pending"
DATABASE_SUFFIX = ".rekey"


@dataclass(frozen=True)
class Rekeyed:
    data_key: bytes
    recovery_code: str | None  # show once when not None


class RekeyFailedError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Storage",
        "Your passphrase or recovery code could not be changed, because the workbook could "
        "not be copied under its new key. Nothing has been changed; your current passphrase "
        "and recovery code still open it. Please check that the disk is not full.",
    )


def _pending_keys(folder: Path) -> Path:
    return folder / PENDING_KEYS_NAME


def _new_database(folder: Path) -> Path:
    path = database_path(folder)
    return path.with_name(path.name + DATABASE_SUFFIX)


def _new_seen(folder: Path) -> Path:
    from workbook.storage import freshness

    path = freshness.seen_path(folder)
    return path.with_name(path.name + DATABASE_SUFFIX)


def _unlink(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _remove_new_database(folder: Path) -> None:
    new = _new_database(folder)
    for suffix in ("-journal", "-wal", "-shm", ""):
        _unlink(new.with_name(new.name + suffix))


def rekey(
    folder: Path,
    data_key: bytes,
    *,
    new_passphrase: str | None = None,
    new_recovery_code: bool = False,
    kdf: keys.PassphraseKdf = keys.DEFAULT_KDF,
) -> Rekeyed:
    """Give the workbook in `folder` a new data key, with a new passphrase and/or a new
    recovery code (see the module docstring). Raises keys.KeysError (a wrong key, a weak
    passphrase, a damaged key file) or StorageError, changing nothing, before step 4."""
    from workbook.storage import freshness, integrity, older_copy

    if new_passphrase is None and not new_recovery_code:
        raise ValueError("nothing to change")
    finish_interrupted_rekey(folder)
    keys.check_data_key(folder, data_key)
    if new_passphrase is not None:
        keys.check_passphrase_acceptable(new_passphrase)
    database = database_path(folder)
    # The workbook must be whole and not an older copy before it is copied under a new key.
    version, on_disk = integrity.check_database_state(database, data_key)
    if version == 0:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Storage", "There is no workbook in this folder to protect with a new key."
            )
        )
    older_copy.check_not_older(folder, data_key, on_disk)
    new_key = secrets.token_bytes(keys.DATA_KEY_BYTES)
    content, code = keys.rekeyed_key_file(
        folder,
        data_key,
        new_key,
        new_passphrase=new_passphrase,
        new_recovery_code=new_recovery_code,
        kdf=kdf,
    )
    from workbook.storage import backups

    finish = {"retire": [path.name for path in backups.list_backups(folder)]}
    pending = _with_finish(content, finish)
    # 1. the undecided new key file
    atomic_write(_pending_keys(folder), pending)
    try:
        # 2. the database under the new key; 3. the record under the new key
        _export(database, _new_database(folder), data_key, new_key)
        state = integrity.backup_state(_new_database(folder), new_key)
        freshness.write_seen(folder, new_key, state, path=_new_seen(folder))
        fsync_dir(folder)
    except BaseException as error:
        _undo(folder)
        if isinstance(error, OSError):
            raise RekeyFailedError() from error
        raise
    # 4. the decision
    os.replace(_pending_keys(folder), keys.key_file_path(folder))
    fsync_dir(folder)
    # 5. finishing; if it cannot complete now (a full disk), the next open completes it
    with contextlib.suppress(OSError, keys.KeysError):
        _finish(folder, new_key)
    return Rekeyed(data_key=new_key, recovery_code=code)


def _with_finish(content: bytes, finish: dict[str, Any]) -> bytes:
    parsed = json.loads(content)
    parsed["finish"] = finish
    return (json.dumps(parsed, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _export(source: Path, target: Path, old_key: bytes, new_key: bytes) -> None:
    """The whole database under `new_key` into `target`, fsynced, then checked with it."""
    from workbook.storage import integrity

    _remove_new_database(source.parent)
    with integrity.translated_errors(RekeyFailedError):
        connection = integrity.connect(source, old_key, read_only=False)
        try:
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            connection.execute(
                "ATTACH DATABASE ? AS rekeyed KEY \"x'" + new_key.hex() + "'\"", (str(target),)
            )
            connection.execute("SELECT sqlcipher_export('rekeyed')")
            connection.execute(f"PRAGMA rekeyed.user_version = {version}")
            connection.execute("DETACH DATABASE rekeyed")
        finally:
            connection.close()
    with open(target, "rb") as handle:
        os.fsync(handle.fileno())
    integrity.check_database(target, new_key)


def _undo(folder: Path) -> None:
    """Before the decision: remove what was made, the pending key file last."""
    _remove_new_database(folder)
    _unlink(_new_seen(folder))
    fsync_dir(folder)
    _unlink(_pending_keys(folder))
    fsync_dir(folder)


_NOT_FINISHED = QT_TRANSLATE_NOOP(
    "Storage",
    "A change of your passphrase or recovery code could not be completed, so the workbook "
    "could not be opened. Nothing is lost. Please check that the disk is not full and the "
    "data folder is writable, then open Workbook again.",
)


def finish_interrupted_rekey(folder: Path) -> None:
    """Complete a change of key that was decided, or undo one that was not (see above).
    Needs no key: which way to go follows from the files alone. StorageError when the disk
    does not let it."""
    try:
        _finish_or_undo(folder)
    except OSError as error:
        raise StorageError(_NOT_FINISHED) from error


def _finish_or_undo(folder: Path) -> None:
    if _pending_keys(folder).exists():
        _undo(folder)
        return
    try:
        content = keys.read_key_file(keys.key_file_path(folder))
    except keys.KeysError:
        content = None
    if content is not None and isinstance(content.get("finish"), dict):
        _finish(folder, None)
        return
    if _new_database(folder).exists() or _new_seen(folder).exists():
        # Left by an undo that was itself interrupted: never decided, so never used.
        _remove_new_database(folder)
        _unlink(_new_seen(folder))
        fsync_dir(folder)


def _finish(folder: Path, new_key: bytes | None) -> None:
    from workbook.storage import backups, freshness

    database = database_path(folder)
    new = _new_database(folder)
    if new.exists():
        for suffix in ("-wal", "-shm", "-journal"):
            _unlink(database.with_name(database.name + suffix))
        fsync_dir(folder)
        os.replace(new, database)
        fsync_dir(folder)
    if _new_seen(folder).exists():
        os.replace(_new_seen(folder), freshness.seen_path(folder))
        fsync_dir(folder)
    content = keys.read_key_file(keys.key_file_path(folder))
    finish = content.get("finish")
    if not isinstance(finish, dict):
        return
    fresh: Path | None = None
    if new_key is not None:
        # A backup under the new key before the old ones go, so there is always one.
        with contextlib.suppress(StorageError):
            fresh = backups.take_backup(folder, new_key, keep=backups.GENERATIONS + 64)
    retire = finish.get("retire")
    names = (
        {name for name in retire if isinstance(name, str)} if isinstance(retire, list) else set()
    )
    for path in backups.list_backups(folder):
        if path.name in names and path != fresh:
            _unlink(path)
    fsync_dir(backups.backups_folder(folder))
    del content["finish"]
    copy = keys.recovery_only(content)
    if copy is not None and backups.backups_folder(folder).is_dir():
        atomic_write(backups.backups_folder(folder) / KEY_FILE_NAME, copy)
    atomic_write(
        keys.key_file_path(folder),
        (json.dumps(content, indent=2, sort_keys=True) + "\n").encode("utf-8"),
    )
