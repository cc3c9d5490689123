"""When the workbook on disk is older than the newest one seen in its folder.

Opening raises OlderCopyError (storage/freshness.py) before anything is written: an automatic
backup or an old copy was put in place of the workbook, or its log was deleted or damaged.
The person is told when the workbook was last changed and how much older this copy is, and
chooses: the newest good automatic backup, this older copy anyway, or quitting (nothing
changed). Used at start-up and when the lock screen opens the workbook again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from workbook.domain.dates import long_datetime
from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.storage.errors import OlderCopyError, StorageError
from workbook.ui import dialogs

_CONTEXT = "protection"
OLDER = QT_TRANSLATE_NOOP(
    _CONTEXT, "This copy of your workbook is older than the one last seen here."
)
UNCONFIRMED = QT_TRANSLATE_NOOP(
    _CONTEXT, "Workbook cannot confirm that this is the newest copy of your workbook."
)
USE_BACKUP = QT_TRANSLATE_NOOP(_CONTEXT, "Open the &newest good backup")
USE_OLDER = QT_TRANSLATE_NOOP(_CONTEXT, "Open this &older copy anyway")
QUIT = QT_TRANSLATE_NOOP(_CONTEXT, "&Quit")


def choices_for(error: OlderCopyError) -> list[str]:
    if error.newest_backup is not None:
        return [USE_BACKUP, USE_OLDER, QUIT]
    return [USE_OLDER, QUIT]


def open_despite_older_copy(folder: Path, key: bytes | None, error: OlderCopyError) -> Any | None:
    """Ask what to do; returns the opened repository, or None when the person quit or it
    could not be opened (after saying why)."""
    from workbook.storage import backups
    from workbook.storage.older_copy import accept_older_copy
    from workbook.storage.repository import PlanRepository
    from workbook.storage.restore import restore_newest_good_backup
    from workbook.ui.ops import run_backup

    if key is None:  # an unencrypted workbook is never checked; nothing to decide
        return None
    for _attempt in range(3):
        options = choices_for(error)
        choice = options[
            dialogs.ask(
                None,
                tr(_CONTEXT, OLDER if error.last_changed is not None else UNCONFIRMED),
                [tr(_CONTEXT, option) for option in options],
                detail=error.detail,  # the message without what the heading says
                default=0,
            )
        ]
        try:
            if choice == USE_BACKUP:
                restored = restore_newest_good_backup(folder, key)
                taken = backups.backup_time(restored)
                repository = PlanRepository.open(folder, key, backup_runner=run_backup)
                detail = (
                    tr(
                        _CONTEXT,
                        "It holds your plan as it was when the backup was made, on {when}. "
                        "The copy that was in its place has been kept in the data folder, "
                        "with a date in its name; nothing was deleted.",
                    ).format(when=long_datetime(taken.astimezone()))
                    if taken
                    else tr(
                        _CONTEXT,
                        "It holds your plan as it was when the backup was made. The copy that "
                        "was in its place has been kept in the data folder, with a date in its "
                        "name; nothing was deleted.",
                    )
                )
                dialogs.inform(
                    None,
                    tr(_CONTEXT, "Your workbook was restored from the newest good backup."),
                    detail,
                )
                return repository
            if choice == USE_OLDER:
                accept_older_copy(folder, key)
                repository = PlanRepository.open(folder, key, backup_runner=run_backup)
                dialogs.inform(
                    None,
                    tr(_CONTEXT, "Your workbook is open as it is in this older copy."),
                    tr(
                        _CONTEXT,
                        "Changes made after this copy was taken are not in it. From now on it "
                        "counts as the newest copy. The files that were in the folder have been "
                        "kept there, with a date in their name; nothing was deleted.",
                    ),
                )
                return repository
            return None
        except OlderCopyError as again:
            error = again
        except StorageError as failure:
            dialogs.inform(
                None, tr(_CONTEXT, "Your workbook could not be opened."), failure.message
            )
            return None
    return None
