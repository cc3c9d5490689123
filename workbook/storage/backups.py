"""Automatic backups of the workbook, and restoring the newest good one.

A backup is made with SQLite's online backup API (the app keeps running and saving) into a
temporary file in ``<data folder>/backups/``. The copy is encrypted with the same data key as
the workbook: SQLCipher's backup API copies pages as they are, so both ends are keyed alike.
The temporary file is fsynced, reopened read-only and verified (``integrity_check``,
``cipher_integrity_check`` when encrypted, and a schema version this program knows), and only
then renamed to ``workbook-<UTC time>.db``. Only after that is the oldest generation beyond
the seventh dropped, so there are never fewer good backups than before.

When: at start-up (if the workbook changed since the newest backup), before any schema
migration, and after every ``CHANGES_PER_BACKUP`` saved changes or, once a change has been
made, ``HOURS_PER_BACKUP`` hours after the last backup. The repository triggers all of these
(storage/repository.py); the start-up and periodic ones run in the background so a save never
waits for a backup. What runs them is a `Runner` the caller may pass: by default a plain
thread (the command line); the app passes one built on its one way of working off the UI
thread (workbook/ui/ops.py), which also shows a failed backup's plain message.

The key file. A backup is useless without the data key, and the only copy of the data key is
``keys.json`` (storage/keys.py). ``backups/keys.json`` keeps a copy *holding only the
recovery-code slot*: if the main key file is ever damaged, the workbook and its backups can
still be opened with the recovery code. The passphrase slot is deliberately left out, so
after a passphrase change an old passphrase (which someone else may know) never opens
anything through a stale copy. The copy is refreshed at every backup; see docs/reliability.md
for the short window after a new recovery code is made.

Nothing here knows about Qt; every failure is a StorageError with a plain message.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.files import atomic_write, fsync_dir
from workbook.paths import KEY_FILE_NAME, database_path
from workbook.storage import freshness, integrity
from workbook.storage.errors import (
    BackupFailedError,
    DatabaseDamagedError,
    StorageError,
)
from workbook.storage.migrations import LATEST_VERSION

BACKUP_FOLDER_NAME = "backups"
GENERATIONS = 7
CHANGES_PER_BACKUP = 100
# A due backup waits for this long without a change, so its copy and fsync never compete
# with a burst of typing (bench/bench_save.py: p99 of a save).
QUIET_SECONDS = 2.0
HOURS_PER_BACKUP = 1.0

BACKUP_PREFIX = "workbook-"
BACKUP_SUFFIX = ".db"
TEMP_PREFIX = ".workbook-"
TEMP_SUFFIX = ".tmp"
DAMAGED_PREFIX = "workbook-damaged-"
_STAMP = "%Y%m%dT%H%M%S%fZ"


def backups_folder(folder: Path) -> Path:
    return folder / BACKUP_FOLDER_NAME


def _utc_stamp() -> str:
    return datetime.now(UTC).strftime(_STAMP)


def list_backups(folder: Path) -> list[Path]:
    """The backup generations in `folder`'s backups folder, newest first."""
    where = backups_folder(folder)
    try:
        found = [
            path
            for path in where.iterdir()
            if path.name.startswith(BACKUP_PREFIX)
            and path.name.endswith(BACKUP_SUFFIX)
            and path.is_file()
        ]
    except OSError:
        return []
    return sorted(found, key=lambda path: path.name, reverse=True)


def backup_time(path: Path) -> datetime | None:
    """When a generation was taken (from its name), for showing to the person."""
    stamp = path.name.removeprefix(BACKUP_PREFIX).removesuffix(BACKUP_SUFFIX)
    try:
        return datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def _remove_stale_temp_files(where: Path) -> None:
    with contextlib.suppress(OSError):
        for stale in where.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}*"):
            with contextlib.suppress(OSError):
                stale.unlink()


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def verify_backup(path: Path, key: bytes | None) -> int:
    """Raise DatabaseDamagedError unless `path` is a whole workbook this program can open;
    returns its schema version."""
    version = integrity.check_database(path, key)
    if version < 1 or version > LATEST_VERSION:
        # 0: an empty or schema-less file; above: made by a newer Workbook (unusable here).
        raise DatabaseDamagedError()
    return version


def take_backup(folder: Path, key: bytes | None, *, keep: int = GENERATIONS) -> Path | None:
    """Make, verify and keep one backup generation of the workbook in `folder`.

    Returns the new backup, or None when there is no workbook yet. Raises BackupFailedError
    (disk full, folder not writable) or DatabaseDamagedError (the workbook itself is damaged:
    a damaged copy is never kept) and leaves no temporary file behind.
    """
    with _ONE_AT_A_TIME:  # a second backup would clear the first one's temporary file
        return _take_backup(folder, key, keep)


_ONE_AT_A_TIME = threading.Lock()


def _take_backup(folder: Path, key: bytes | None, keep: int) -> Path | None:
    source_path = database_path(folder)
    if not source_path.is_file() or source_path.stat().st_size == 0:
        return None
    where = backups_folder(folder)
    try:
        where.mkdir(mode=0o700, parents=True, exist_ok=True)
        _remove_stale_temp_files(where)
        fd, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=where)
        os.close(fd)
    except OSError as error:
        raise BackupFailedError() from error
    temp = Path(temp_name)
    # Read before the copy: the record only lags behind the database, so a copy taken after
    # this can only be as new or newer (storage/freshness.py).
    seen = None if key is None else freshness.read_seen(folder, key)
    try:
        integrity.copy_snapshot(source_path, temp, key, BackupFailedError)
        _fsync_file(temp)
        verify_backup(temp, key)
        if seen is not None and integrity.backup_state(temp, key).changes < seen.changes:
            raise BackupFailedError(_OLDER_THAN_SEEN)
        final = where / f"{BACKUP_PREFIX}{_utc_stamp()}{BACKUP_SUFFIX}"
        while final.exists():  # two backups within a microsecond: keep both
            final = where / f"{BACKUP_PREFIX}{_utc_stamp()}{BACKUP_SUFFIX}"
        os.replace(temp, final)
        fsync_dir(where)
    except BaseException as error:
        discard_copy(temp)
        if isinstance(error, OSError):
            raise BackupFailedError() from error
        raise
    _copy_recovery_slot(folder)
    if key is not None:
        remove_unencrypted_backups(folder)
    _drop_old_generations(folder, keep)
    return final


_OLDER_THAN_SEEN = QT_TRANSLATE_NOOP(
    "Storage",
    "No safety copy was made, because the workbook on disk is older than the newest version "
    "Workbook has seen. The existing backups are kept as they are.",
)
_PLAIN_HEADER = b"SQLite format 3\0"


def remove_unencrypted_backups(folder: Path) -> int:
    """Remove backup generations written before protection was set up: they hold the plan in
    the clear and cannot be restored into an encrypted workbook anyway. Called by every
    encrypted backup (so the first one after protection is set up clears them); the set-up
    itself may call it at once. Returns how many were removed."""
    removed = 0
    for path in list_backups(folder):
        try:
            with open(path, "rb") as handle:
                plain = handle.read(len(_PLAIN_HEADER)) == _PLAIN_HEADER
            if plain:
                path.unlink()
                removed += 1
        except OSError:
            continue
    if removed:
        fsync_dir(backups_folder(folder))
    return removed


def discard_copy(temp: Path) -> None:
    for path in (temp, *(temp.with_name(temp.name + s) for s in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(OSError):
            path.unlink()


def _drop_old_generations(folder: Path, keep: int) -> None:
    for old in list_backups(folder)[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()
    fsync_dir(backups_folder(folder))


def _copy_recovery_slot(folder: Path) -> None:
    """Keep backups/keys.json: the key file with only its recovery-code slot (see above)."""
    from workbook.storage import keys

    try:
        content = keys.read_key_file(keys.key_file_path(folder))
    except keys.KeysError:
        return  # no key file (an unencrypted workbook) or a damaged one: never copy damage
    if "finish" in content:
        return  # a change of key is being finished (storage/rekey.py writes the copy)
    data = keys.recovery_only(content)
    if data is None:
        return
    target = backups_folder(folder) / KEY_FILE_NAME
    with contextlib.suppress(OSError):
        if target.is_file() and target.read_bytes() == data:
            return
        atomic_write(target, data)


def key_file_copy(folder: Path) -> Path | None:
    """The recovery-code-only copy of the key file kept with the backups, if there is one."""
    path = backups_folder(folder) / KEY_FILE_NAME
    return path if path.is_file() else None


def needs_startup_backup(folder: Path) -> bool:
    """Whether the workbook may hold changes that no backup has: it exists and is newer than
    the newest backup (by modification time of the database and its log)."""
    path = database_path(folder)
    try:
        if path.stat().st_size == 0:
            return False
        changed = max(p.stat().st_mtime_ns for p in (path, integrity.wal_path(path)) if p.exists())
    except OSError:
        return False
    newest = list_backups(folder)
    if not newest:
        return True
    try:
        return newest[0].stat().st_mtime_ns < changed
    except OSError:
        return True


# --------------------------------------------------------------------------- restoring


def move_aside(folder: Path, prefix: str = DAMAGED_PREFIX) -> list[Path]:
    """Rename the workbook and its log files to ``workbook-damaged-<UTC time>.db[-wal|-shm]``
    (never deleted or overwritten, never checkpointed); returns the new names."""
    path = database_path(folder)
    stamp = _utc_stamp()
    moved: list[Path] = []
    for suffix in ("", integrity.WAL_SUFFIX, integrity.SHM_SUFFIX):
        current = path.with_name(path.name + suffix)
        if not current.exists():
            continue
        target = folder / f"{prefix}{stamp}{BACKUP_SUFFIX}{suffix}"
        try:
            os.replace(current, target)
        except OSError as error:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "Your damaged workbook could not be moved aside, so nothing was restored. "
                    "Please check that the data folder is writable.",
                )
            ) from error
        moved.append(target)
    fsync_dir(folder)
    return moved


# --------------------------------------------------------------------------- the schedule


class Running(Protocol):
    """A backup a `Runner` started."""

    @property
    def done(self) -> bool:
        """Whether it has ended (and its outcome, if anyone takes it, has been handed on)."""
        ...

    def wait(self, timeout: float | None = None) -> None:
        """Block until it has ended, or `timeout` seconds have passed."""
        ...


class Runner(Protocol):
    """Runs `work`, in the background (or at once, on the calling thread). `work` returns the
    new backup (or None) or raises StorageError with a plain message, which is also kept in
    `AutomaticBackups.last_error`; a runner may show it to the person. `name` names the thread."""

    def __call__(self, work: Callable[[], Path | None], name: str) -> Running: ...


class _Thread:
    def __init__(self, work: Callable[[], Path | None], name: str) -> None:
        def run() -> None:
            with contextlib.suppress(StorageError):  # kept in last_error for whoever asks
                work()

        self._thread = threading.Thread(target=run, name=name, daemon=True)
        self._thread.start()

    @property
    def done(self) -> bool:
        return not self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)


def run_on_thread(work: Callable[[], Path | None], name: str) -> Running:
    """The default Runner: a plain daemon thread; a failure stays in `last_error`."""
    return _Thread(work, name)


class AutomaticBackups:
    """Counts saved changes and takes a backup every `every_changes` changes, or once
    `every_hours` have passed since the last one and something changed.

    Start-up and periodic backups run through `runner` (a periodic one once `quiet_seconds`
    pass without a change); `background=False` runs them inline, for tests. A failure never
    reaches the save that triggered it: it is kept in `last_error`, and handed to the runner,
    which may show it (not while closing: nobody is left to tell).
    """

    def __init__(
        self,
        folder: Path,
        key: bytes | None,
        *,
        every_changes: int = CHANGES_PER_BACKUP,
        every_hours: float = HOURS_PER_BACKUP,
        keep: int = GENERATIONS,
        background: bool = True,
        runner: Runner = run_on_thread,
        quiet_seconds: float = QUIET_SECONDS,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.folder = folder
        self._key = key
        self.every_changes = every_changes
        self.every_hours = every_hours
        self.keep = keep
        self.background = background
        self._runner = runner
        self.quiet_seconds = quiet_seconds
        self._monotonic = monotonic
        self._last_change = monotonic()
        self._hurry = threading.Event()  # closing: a waiting backup starts at once
        self._lock = threading.RLock()  # a runner may run the work at once, on this thread
        self._running: Running | None = None
        self._changes = 0
        self._last = monotonic()
        self.last_backup: Path | None = None
        self.last_error: StorageError | None = None

    @property
    def changes_since_backup(self) -> int:
        return self._changes

    def backup_now(self) -> Path | None:
        """Take a backup at once, on this thread; raises StorageError."""
        with self._lock:
            self._changes = 0
            self._last = self._monotonic()
        try:
            made = take_backup(self.folder, self._key, keep=self.keep)
        except StorageError as error:
            self.last_error = error
            raise
        self.last_backup = made
        self.last_error = None
        return made

    def backup_at_startup(self) -> Path | None:
        """The start-up backup (the caller asks `needs_startup_backup` *before* opening the
        workbook, as opening it creates its log). Never raises: the person must still be able
        to open their plan; see `last_error`."""
        try:
            return self.backup_now()
        except StorageError:
            return None

    def backup_at_startup_in_background(self) -> None:
        """The start-up backup through the runner, so opening the workbook does not wait for
        a copy and an fsync (bench/bench_fuzz.py measures both)."""
        with self._lock:
            if self._busy():
                return
            if self.background:
                self._running = self._runner(self._in_background, "workbook-backup")
                return
            self._running = None
        self.backup_at_startup()

    def note_change(self) -> None:
        """Called after every committed change; starts a backup when one is due."""
        with self._lock:
            self._changes += 1
            self._last_change = self._monotonic()
            due = self._changes >= self.every_changes or (
                self._monotonic() - self._last >= self.every_hours * 3600
            )
            if not due or self._busy():
                return
            if self.background:
                self._running = self._runner(self._when_quiet, "workbook-backup")
                return
        with contextlib.suppress(StorageError):
            self.backup_now()

    def _busy(self) -> bool:
        return self._running is not None and not self._running.done

    def _in_background(self) -> Path | None:
        try:
            return self.backup_now()
        except StorageError:
            if self._hurry.is_set():
                return None  # closing: kept in last_error, nobody is left to tell
            raise

    def _when_quiet(self) -> Path | None:
        while not self._hurry.is_set():
            remaining = self.quiet_seconds - (self._monotonic() - self._last_change)
            if remaining <= 0:
                break
            self._hurry.wait(remaining)
        return self._in_background()

    def wait(self, timeout: float | None = None) -> None:
        """Wait for a backup running in the background (if any) to finish."""
        running = self._running
        if running is not None:
            running.wait(timeout)

    def close(self) -> None:
        self._hurry.set()
        self.wait(30)
