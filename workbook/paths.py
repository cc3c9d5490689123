"""Where Workbook keeps its data. The only module that knows about appdirs."""

from __future__ import annotations

import os
from pathlib import Path

import appdirs

from workbook import APP_NAME

DATA_DIR_ENV = "WORKBOOK_DATA_DIR"
DATABASE_NAME = "workbook.db"
KEY_FILE_NAME = "keys.json"  # the wrapped data key (storage/keys.py)


def default_data_dir() -> Path:
    # appauthor=False keeps Windows from nesting the folder under an author name.
    return Path(appdirs.user_data_dir(APP_NAME, appauthor=False))


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: --data-dir wins over WORKBOOK_DATA_DIR, which wins over appdirs."""
    if override:
        return Path(override).expanduser()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return default_data_dir()


def database_path(folder: Path) -> Path:
    return folder / DATABASE_NAME
