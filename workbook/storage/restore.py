"""Putting the newest good automatic backup in place of a damaged or older workbook
(docs/reliability.md). Above the repository, which it uses to read each candidate back as a
plan, so neither the backups nor the repository import this module. No Qt.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.files import fsync_dir
from workbook.paths import database_path
from workbook.storage import freshness, integrity
from workbook.storage.backups import (
    TEMP_PREFIX,
    TEMP_SUFFIX,
    discard_copy,
    list_backups,
    move_aside,
    verify_backup,
)
from workbook.storage.engine import create_engine
from workbook.storage.errors import NoGoodBackupError, StorageError
from workbook.storage.repository import PlanRepository

_NOT_COPIED = QT_TRANSLATE_NOOP(
    "Storage",
    "The backup could not be copied into place. Nothing has been changed. Please check that "
    "the disk is not full and the folder is writable.",
)


def restore_newest_good_backup(folder: Path, key: bytes | None) -> Path:
    """Put the newest backup that is whole in place of the workbook; returns that backup.

    Call with the repository closed (after opening it raised DatabaseDamagedError). Each
    backup, newest first, must pass the same checks as a workbook at start-up, and a copy of
    it must then open and read back as a plan (an unencrypted file has no checksums, so a
    damaged value is only found by reading it). The current workbook (and its log) is moved
    aside with a timestamp, never deleted; the backup itself stays. Raises NoGoodBackupError,
    changing nothing, when no backup can be used.
    """
    target = database_path(folder)
    for candidate in list_backups(folder):
        try:
            verify_backup(candidate, key)
        except StorageError:
            continue
        temp = _copy_for_restore(candidate, folder)
        if not _reads_as_a_plan(temp, key):
            discard_copy(temp)
            continue
        try:
            # Chosen by the person: from now on it is the newest version (storage/freshness.py).
            state = None if key is None else integrity.adopt(temp, folder, key)
            move_aside(folder)
            os.replace(temp, target)
            fsync_dir(folder)
            if key is not None and state is not None:
                freshness.write_seen(folder, key, state)
        except OSError as error:
            discard_copy(temp)
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "The backup could not be put in place. Your files are all still in the "
                    "data folder.",
                )
            ) from error
        except StorageError:
            discard_copy(temp)
            raise
        return candidate
    raise NoGoodBackupError()


def _copy_for_restore(backup: Path, folder: Path) -> Path:
    try:
        fd, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)
    except OSError as error:
        raise StorageError(_NOT_COPIED) from error
    try:
        with os.fdopen(fd, "wb") as out, open(backup, "rb") as source:
            shutil.copyfileobj(source, out)
            out.flush()
            os.fsync(out.fileno())
    except OSError as error:
        discard_copy(Path(temp_name))
        raise StorageError(_NOT_COPIED) from error
    return Path(temp_name)


def _reads_as_a_plan(path: Path, key: bytes | None) -> bool:
    """Whether the app can open `path` and read the whole plan from it (the copy is opened
    the way the app opens a workbook, which may switch it to WAL mode; it is checkpointed
    and its log removed again when closed)."""
    repository = PlanRepository(create_engine(path, key))
    try:
        repository.load_plan()
        return True
    except StorageError:
        return False
    finally:
        repository.close()
        for suffix in (integrity.WAL_SUFFIX, integrity.SHM_SUFFIX):
            with contextlib.suppress(OSError):
                path.with_name(path.name + suffix).unlink()
