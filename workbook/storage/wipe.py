"""Wipe everything: crypto-erase the workbook and leave an empty data folder.

The database and its backups are encrypted with the data key, and the only copy of the data
key lives (wrapped) in the key file. So the key file goes first: it is overwritten with random
bytes, flushed and removed, and from that moment the rest is unreadable ciphertext even if a
later step fails or the computer is switched off. Then the database, its WAL/SHM/journal files
and the backups are removed.

On SSDs and journaling or copy-on-write file systems overwriting in place is not guaranteed to
reach the same physical blocks; that is why the design does not rely on overwriting the
database, only on the key being gone (docs/security.md, "Wipe everything").

Only files Workbook makes are removed. Anything else found in the folder (someone pointed
--data-dir at a folder with other files in it) is left alone and named in the report.
"""

from __future__ import annotations

import contextlib
import fnmatch
import os
import secrets
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from workbook.files import TEMP_PREFIX, TEMP_SUFFIX, fsync_dir
from workbook.instance_lock import LOCK_FILE_NAME
from workbook.paths import KEY_FILE_NAME

# Names (shell patterns, matched against the entry's name in the data folder) that Workbook
# writes. Key material first: see module docstring.
KEY_PATTERNS = (KEY_FILE_NAME, f"{KEY_FILE_NAME}.*", f"{TEMP_PREFIX}*{TEMP_SUFFIX}")
WORKBOOK_PATTERNS = (
    "workbook.db",
    "workbook.db-*",  # -wal, -shm, -journal, -seen (storage/freshness.py)
    "workbook.db.*",  # .rekey, .encrypting: a change of key or encryption cut short
    "workbook*.db",
    "workbook*.db-*",
    "*.workbook-backup",
    "backups",  # folder of automatic backups (storage/backups.py)
    "evidence",  # encrypted evidence files (storage/blobs.py); their keys die with the db
    LOCK_FILE_NAME,  # the running app's lock (instance_lock.py)
    "*.tmp",
    ".*.tmp",
)


@dataclass
class WipeReport:
    removed: int = 0
    left_alone: list[str] = field(default_factory=list)  # names only, never contents
    failed: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.failed


def _matches(name: str, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns)


def _shred_and_remove(path: Path) -> None:
    """Overwrite a (small) file with random bytes, flush it, then remove it."""
    try:
        size = path.stat().st_size
        with open(path, "r+b", buffering=0) as handle:
            handle.write(secrets.token_bytes(max(size, 1)))
            os.fsync(handle.fileno())
    except OSError:
        pass  # removing it below is what matters; the key file is tiny anyway
    path.unlink()


def _key_files(folder: Path) -> list[Path]:
    """Key files anywhere under the folder (a backup may carry a copy of keys.json)."""
    return [
        path
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink() and _matches(path.name, KEY_PATTERNS)
    ]


def wipe_workbook(folder: Path) -> WipeReport:
    """Destroy the keys, then the database and backups. The repository must be closed first.
    Never raises for a file it could not remove: it carries on and lists the name."""
    report = WipeReport()
    if not folder.is_dir():
        return report
    # 1. Key material, everywhere under the folder: this is the crypto-erase.
    for path in sorted(_key_files(folder), key=lambda p: (p.name != KEY_FILE_NAME, str(p))):
        try:
            _shred_and_remove(path)
            report.removed += 1
        except OSError:
            report.failed.append(str(path.relative_to(folder)))
        fsync_dir(path.parent)
    # 2. Database, its side files, backups and leftovers of interrupted writes.
    for entry in sorted(folder.iterdir()):
        if not _matches(entry.name, WORKBOOK_PATTERNS):
            report.left_alone.append(entry.name)
            continue
        try:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
            report.removed += 1
        except OSError:
            report.failed.append(entry.name)
    fsync_dir(folder)
    with contextlib.suppress(OSError):
        folder.chmod(0o700)
    return report
