"""Durable file writes: a rename that survives a power cut, a file replaced all at once.

The one implementation for the key file, the backups' copy of it, and exported PDF and JSON
files. No Qt, no cryptography: backups load it at start-up.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

# Half-written key files (keys.json and its copy with the backups) start and end so;
# storage/keys.py removes any that a crash left behind.
TEMP_PREFIX = ".keys-"
TEMP_SUFFIX = ".tmp"
EXPORT_TEMP_PREFIX = ".workbook-"


def fsync_dir(folder: Path) -> None:
    """Make a rename or unlink in ``folder`` durable (a no-op where directories cannot be
    opened, i.e. Windows, whose rename is already durable once it returns)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes, temp_prefix: str = TEMP_PREFIX) -> None:
    """Replace ``path`` with ``data`` so that a crash at any moment leaves the old content or
    the new, never a mix: temp file in the same folder, fsync, rename over, fsync folder.
    The file is readable by its owner only (mkstemp's mode 0600 carries over the rename).
    While it is written the temp file is locked, so ``remove_stale_temp_files`` leaves it be.
    An export (``EXPORT_TEMP_PREFIX``) first removes what an earlier export to the same folder
    left when it was killed before its rename: possibly a whole plan in plaintext."""
    if temp_prefix == EXPORT_TEMP_PREFIX:
        remove_stale_temp_files(path.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix, suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            _lock(handle.fileno(), blocking=True)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    fsync_dir(path.parent)


# Every temporary file Workbook writes starts with one of these and ends with TEMP_SUFFIX.
STALE_PREFIXES = (TEMP_PREFIX, EXPORT_TEMP_PREFIX)


def _lock(fd: int, *, blocking: bool) -> bool:
    """An advisory lock on an open file (POSIX); True when taken. Elsewhere always True:
    Windows does not let a file that is open be removed anyway."""
    try:
        import fcntl
    except ImportError:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
    except OSError:
        return False
    return True


def remove_stale_temp_files(folder: Path) -> int:
    """Remove temporary files a killed process left in `folder` (``.workbook-*.tmp``: a half
    or fully written export, which may be a plaintext plan; ``.keys-*.tmp``), except those
    a running write still holds locked. Returns how many were removed."""
    removed = 0
    try:
        candidates = [
            entry
            for entry in folder.iterdir()
            if entry.name.startswith(STALE_PREFIXES) and entry.name.endswith(TEMP_SUFFIX)
        ]
    except OSError:
        return 0
    for entry in candidates:
        try:
            if entry.is_symlink() or not entry.is_file():
                continue
            fd = os.open(entry, os.O_RDONLY)
        except OSError:
            continue
        try:
            if not _lock(fd, blocking=False):
                continue  # being written right now
            entry.unlink()
            removed += 1
        except OSError:
            pass
        finally:
            os.close(fd)
    if removed:
        fsync_dir(folder)
    return removed


def make_private(folder: Path) -> None:
    """The data folder and everything Workbook keeps in it readable by its owner only (0700
    folders, 0600 files), whatever they were. Symbolic links are not followed. POSIX only."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        _make_private(folder, 0)


def _make_private(folder: Path, depth: int) -> None:
    if folder.stat().st_mode & 0o777 != 0o700:
        folder.chmod(0o700)
    for entry in folder.iterdir():
        with contextlib.suppress(OSError):
            info = entry.lstat()
            if stat.S_ISLNK(info.st_mode):
                continue
            if stat.S_ISDIR(info.st_mode):
                if depth < 2:
                    _make_private(entry, depth + 1)
            elif stat.S_ISREG(info.st_mode) and info.st_mode & 0o777 != 0o600:
                entry.chmod(0o600)
