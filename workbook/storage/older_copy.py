"""An older copy of the workbook, at open and after (docs/reliability.md, "Older copies").

`check_not_older` is what opening runs (storage/repository.py) before anything is written:
OlderCopyError, with the facts for the person and the newest good automatic backup, when the
database is older than the newest version this folder has seen (storage/freshness.py keeps
that record). `accept_older_copy` is the way on when the person keeps the older copy. Both sit
above the backups and the integrity check they use; freshness.py itself needs neither. No Qt.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from workbook.files import TEMP_SUFFIX, fsync_dir
from workbook.paths import database_path
from workbook.storage import backups, integrity
from workbook.storage.errors import OlderCopyError, StorageError
from workbook.storage.freshness import State, read_seen, utc_now, write_seen


def check_not_older(folder: Path, key: bytes, on_disk: State) -> State | None:
    """OlderCopyError when the database (whose state is `on_disk`) is older than the newest
    version this folder has seen; nothing is written. Returns the record (None: none yet)."""
    seen = read_seen(folder, key)
    if seen is None:
        if on_disk.changes == 0:
            return None  # a new workbook, or one from before the counter: nothing to vouch for
        raise _older(folder, key, None, on_disk)
    if on_disk.changes >= seen.changes:
        return seen
    raise _older(folder, key, seen, on_disk)


def start_record(folder: Path, key: bytes) -> None:
    """Write the record of a workbook that has none and no change yet (one just made), before
    its first change. Without it, a crash between the first change's commit and its record
    (written a moment later, storage/freshness.py) would leave a changed workbook with no
    record, which cannot vouch for it: the next start would call it an older copy. With it,
    the record only lags behind, as after any crash. A full disk leaves it to the first
    change's record, as before."""
    with contextlib.suppress(OSError):
        write_seen(folder, key, State(0, utc_now()))


def _older(folder: Path, key: bytes, seen: State | None, on_disk: State) -> OlderCopyError:
    backup, state_of_backup = newest_good_backup(folder, key, seen)
    return OlderCopyError(
        last_changed=None if seen is None else seen.changed_at,
        this_copy_changed=on_disk.changed_at,
        changes_missing=None if seen is None else seen.changes - on_disk.changes,
        newest_backup=backup,
        newest_backup_time=None if state_of_backup is None else state_of_backup.changed_at,
    )


def newest_good_backup(
    folder: Path, key: bytes, seen: State | None
) -> tuple[Path | None, State | None]:
    """The newest whole backup that is not older than `seen` (any whole one when the record
    is missing), with its state."""
    for candidate in backups.list_backups(folder):
        try:
            integrity.check_database(candidate, key)
            state = integrity.backup_state(candidate, key)
        except StorageError:
            continue
        if seen is None or state.changes >= seen.changes:
            return candidate, state
    return None, None


def accept_older_copy(folder: Path, key: bytes) -> Path:
    """Keep working with the older copy on disk (after OlderCopyError, when the person says
    so). The files on disk, log included, are moved aside as ``workbook-older-<UTC time>.db``
    (never deleted, never checkpointed); a copy of what SQLite reads from them becomes the
    workbook, newer than anything seen. Returns the moved-aside database."""
    path = database_path(folder)
    if not path.exists() or path.stat().st_size == 0:
        # Nothing on disk to keep: the workbook starts again from empty, newer than anything.
        write_seen(folder, key, State(0, utc_now()))
        return path
    fd, temp_name = tempfile.mkstemp(prefix=backups.TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)
    os.close(fd)
    temp = Path(temp_name)
    try:
        integrity.copy_snapshot(path, temp, key)
        state = integrity.adopt(temp, folder, key)
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
        moved = backups.move_aside(folder, prefix="workbook-older-")
        os.replace(temp, path)
        fsync_dir(folder)
    except BaseException:
        for leftover in (temp, temp.with_name(temp.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    with contextlib.suppress(OSError):
        write_seen(folder, key, state)
    return moved[0] if moved else path
