"""Storage errors carry a plain message for the person, never their data or SQL."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from workbook.domain.i18n import QT_TRANSLATE_NOOP, plural, tr

_CONTEXT = "Storage"


class StorageError(Exception):
    """Something went wrong with the workbook file; `message` is safe to show, in the
    person's language: the class's own message or the one given (English source texts marked
    in the "Storage" context) is translated when the error is made."""

    message = QT_TRANSLATE_NOOP(_CONTEXT, "Your workbook could not be read or saved.")

    def __init__(self, message: str | None = None) -> None:
        self.message = tr(_CONTEXT, type(self).message if message is None else message)
        super().__init__(self.message)


class SchemaTooNewError(StorageError):
    message = QT_TRANSLATE_NOOP(
        _CONTEXT,
        "This workbook was saved by a newer version of Workbook. Please update Workbook to "
        "open it. Nothing in the file has been changed.",
    )


class DatabaseDamagedError(StorageError):
    message = QT_TRANSLATE_NOOP(
        _CONTEXT,
        "Your workbook file appears to be damaged. It has not been changed. You can restore "
        "it from one of the automatic backups.",
    )


class SaveFailedError(StorageError):
    message = QT_TRANSLATE_NOOP(
        _CONTEXT,
        "Your last change could not be saved. It is still in the form, so you can try again. "
        "If this keeps happening, check that the disk is not full and the folder is writable.",
    )


class BackupFailedError(StorageError):
    message = QT_TRANSLATE_NOOP(
        _CONTEXT,
        "A safety copy of your workbook could not be made. Your workbook itself is unchanged. "
        "Please check that the disk is not full and the folder is writable.",
    )


class NoGoodBackupError(StorageError):
    message = QT_TRANSLATE_NOOP(
        _CONTEXT,
        "None of the automatic backups could be used to restore your workbook. Nothing has "
        "been deleted: the damaged file and the backups are all still in the data folder.",
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

    ``message`` says it all, in whole sentences; ``detail`` is the message without its first
    sentence, for a dialog whose heading already says that this copy is older.

    The way on: storage.restore.restore_newest_good_backup(folder, key), or keep the copy on
    disk with storage.older_copy.accept_older_copy(folder, key).
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
        heading, self.detail = _older_copy_message(self)
        super().__init__(f"{heading} {self.detail}" if heading else self.detail)


def when(moment: datetime) -> str:
    """A moment for a message: local time, to the minute."""
    from workbook.domain.dates import short_datetime

    return short_datetime(moment.astimezone())


def how_long(seconds: float) -> str:
    """A duration in plain words, rounded down to its largest unit."""
    seconds = max(0.0, seconds)
    for size, one, many in (
        (86400, "1 day", QT_TRANSLATE_NOOP(_CONTEXT, "%n days", "", 0)),
        (3600, "1 hour", QT_TRANSLATE_NOOP(_CONTEXT, "%n hours", "", 0)),
        (60, "1 minute", QT_TRANSLATE_NOOP(_CONTEXT, "%n minutes", "", 0)),
    ):
        count = int(seconds // size)
        if count >= 1:
            return plural(_CONTEXT, many, count, one)
    return tr(_CONTEXT, "less than a minute")


OLDER_HEADING = QT_TRANSLATE_NOOP(
    _CONTEXT, "This copy of your workbook is older than the newest one Workbook has seen here."
)


def _older_copy_message(error: OlderCopyError) -> tuple[str, str]:
    """(the heading sentence, or "" when the age cannot be told; the rest), whole sentences."""
    sentences: list[str] = []
    heading = ""
    if error.last_changed is None:
        sentences.append(
            tr(
                _CONTEXT,
                "Workbook cannot confirm that this is the newest copy of your workbook: the "
                "record of its newest version (workbook.db-seen in the data folder) is missing "
                "or does not belong to it.",
            )
        )
    else:
        heading = tr(_CONTEXT, OLDER_HEADING)
        sentences.append(
            tr(_CONTEXT, "Your workbook was last changed on {when}.").format(
                when=when(error.last_changed)
            )
        )
        if error.this_copy_changed is not None:
            age = how_long((error.last_changed - error.this_copy_changed).total_seconds())
            sentences.append(
                tr(_CONTEXT, "This copy is from {when}, {age} older.").format(
                    when=when(error.this_copy_changed), age=age
                )
            )
        if error.changes_missing:
            sentences.append(
                plural(
                    _CONTEXT,
                    QT_TRANSLATE_NOOP(_CONTEXT, "This copy is %n saved changes behind.", "", 0),
                    error.changes_missing,
                    "This copy is 1 saved change behind.",
                )
            )
    sentences.append(
        tr(
            _CONTEXT,
            "An automatic backup or an old copy may have been put in its place, or its log "
            "file (workbook.db-wal) was deleted or damaged. Nothing has been changed.",
        )
    )
    if error.newest_backup_time is not None:
        sentences.append(
            tr(
                _CONTEXT,
                "You can restore the newest good automatic backup, from {when}, or keep "
                "working with this copy.",
            ).format(when=when(error.newest_backup_time))
        )
    else:
        sentences.append(
            tr(
                _CONTEXT,
                "None of the automatic backups is as new as your workbook was; you can keep "
                "working with this copy.",
            )
        )
    return heading, " ".join(sentences)
