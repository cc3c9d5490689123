"""Durable file writes: a rename that survives a power cut, a file replaced all at once.

The one implementation for the key file, the backups' copy of it, and exported PDF and JSON
files. No Qt, no cryptography: backups load it at start-up.
"""

from __future__ import annotations

import contextlib
import os
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
    The file is readable by its owner only (mkstemp's mode 0600 carries over the rename)."""
    fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix, suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    fsync_dir(path.parent)
