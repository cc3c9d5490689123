"""Where Workbook keeps its data. The only module that knows about appdirs."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import appdirs

from workbook import APP_NAME

DATA_DIR_ENV = "WORKBOOK_DATA_DIR"
DATABASE_NAME = "workbook.db"
KEY_FILE_NAME = "keys.json"  # the wrapped data key (storage/keys.py)


def default_data_dir() -> Path:
    """The platform's data folder for Workbook, always an absolute path.

    On Linux and other XDG systems appdirs joins $XDG_DATA_HOME as it finds it, so an empty
    or relative value would give a relative folder and the plan would land wherever Workbook
    was started. The XDG Base Directory spec says: an unset or empty value means
    ~/.local/share, and a relative one is invalid and must be ignored. That is done here.
    """
    if sys.platform not in ("win32", "darwin"):
        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"
        return base / APP_NAME
    # appauthor=False keeps Windows from nesting the folder under an author name.
    return Path(appdirs.user_data_dir(APP_NAME, appauthor=False)).absolute()


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder, always absolute: --data-dir wins over WORKBOOK_DATA_DIR, which wins
    over the platform's data folder. A relative --data-dir or WORKBOOK_DATA_DIR is taken
    from the current folder, once, here."""
    if override:
        return Path(override).expanduser().absolute()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser().absolute()
    return default_data_dir()


def database_path(folder: Path) -> Path:
    return folder / DATABASE_NAME
