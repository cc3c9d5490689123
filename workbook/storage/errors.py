"""Storage errors carry a plain message for the person, never their data or SQL."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path


class StorageError(Exception):
    """Something went wrong with the workbook file; `message` is safe to show."""

    message = "Your workbook could not be read or saved."

    def __init__(self, message: str | None = None) -> None:
        if message is not None:
            self.message = message
        super().__init__(self.message)


class SchemaTooNewError(StorageError):
    message = (
        "This workbook was saved by a newer version of Workbook. Please update Workbook to "
        "open it. Nothing in the file has been changed."
    )


class DatabaseDamagedError(StorageError):
    message = (
        "Your workbook file appears to be damaged. It has not been changed. You can restore "
        "it from one of the automatic backups."
    )


class SaveFailedError(StorageError):
    message = (
        "Your last change could not be saved. It is still in the form, so you can try again. "
        "If this keeps happening, check that the disk is not full and the folder is writable."
    )


class BackupFailedError(StorageError):
    message = (
        "A safety copy of your workbook could not be made. Your workbook itself is unchanged. "
        "Please check that the disk is not full and the folder is writable."
    )


class NoGoodBackupError(StorageError):
    message = (
        "None of the automatic backups could be used to restore your workbook. Nothing has "
        "been deleted: the damaged file and the backups are all still in the data folder."
    )


class OlderCopyError(StorageError):
    """The workbook on disk is older than the newest one this data folder has seen: a backup
    or an old copy was put in its place, or its log (``workbook.db-wal``) was deleted or
    damaged. Raised by PlanRepository.open before anything is written; nothing is changed.

    The facts for the person (storage/freshness.py fills them in):

    * ``last_changed``: when the newest version seen was last changed (None when the record
      of it is missing or does not belong to this workbook, so it cannot be told);
    * ``this_copy_changed``: when the copy on disk was last changed (None: unknown);
    * ``changes_missing``: how many saved changes the copy on disk lacks (None: unknown);
    * ``newest_backup`` / ``newest_backup_time``: the newest automatic backup that is whole
      and not older than the newest version seen, if there is one (None otherwise).

    The way on: storage.backups.restore_newest_good_backup(folder, key), or keep the copy on
    disk with storage.freshness.accept_older_copy(folder, key).
    """

    def __init__(
        self,
        *,
        last_changed: datetime | None,
        this_copy_changed: datetime | None,
        changes_missing: int | None,
        newest_backup: Path | None = None,
        newest_backup_time: datetime | None = None,
    ) -> None:
        self.last_changed = last_changed
        self.this_copy_changed = this_copy_changed
        self.changes_missing = changes_missing
        self.newest_backup = newest_backup
        self.newest_backup_time = newest_backup_time
        super().__init__(_older_copy_message(self))


def when(moment: datetime) -> str:
    """A moment for a message: local time, to the minute."""
    from workbook.domain.dates import short_datetime

    return short_datetime(moment.astimezone())


def how_long(seconds: float) -> str:
    """A duration in plain words, rounded down to its largest unit."""
    seconds = max(0.0, seconds)
    for size, one, many in (
        (86400, "1 day", "{n} days"),
        (3600, "1 hour", "{n} hours"),
        (60, "1 minute", "{n} minutes"),
    ):
        count = int(seconds // size)
        if count >= 1:
            return one if count == 1 else many.format(n=count)
    return "less than a minute"


def _changes(count: int) -> str:
    return "1 saved change" if count == 1 else f"{count} saved changes"


def _older_copy_message(error: OlderCopyError) -> str:
    if error.last_changed is None:
        first = (
            "Workbook cannot confirm that this is the newest copy of your workbook: the record "
            "of its newest version (workbook.db-seen in the data folder) is missing or does not "
            "belong to it."
        )
    else:
        first = (
            "This copy of your workbook is older than the newest one Workbook has seen here. "
            f"Your workbook was last changed on {when(error.last_changed)}"
        )
        if error.this_copy_changed is not None:
            age = how_long((error.last_changed - error.this_copy_changed).total_seconds())
            first += f"; this copy is from {when(error.this_copy_changed)}, {age} older"
            if error.changes_missing:
                first += f" and {_changes(error.changes_missing)} behind"
        elif error.changes_missing:
            first += f"; this copy is {_changes(error.changes_missing)} behind"
        first += "."
    cause = (
        " An automatic backup or an old copy may have been put in its place, or its log file "
        "(workbook.db-wal) was deleted or damaged. Nothing has been changed."
    )
    if error.newest_backup_time is not None:
        way = (
            " You can restore the newest good automatic backup, from "
            f"{when(error.newest_backup_time)}, or keep working with this copy."
        )
    else:
        way = (
            " None of the automatic backups is as new as your workbook was; you can keep "
            "working with this copy."
        )
    return first + cause + way
