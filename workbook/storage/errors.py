"""Storage errors carry a plain message for the person, never their data or SQL."""

from __future__ import annotations


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


class WrongKeyError(StorageError):
    message = "The workbook could not be opened with this passphrase."


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
