"""Which program has a workbook open, without Qt (the command line asks this).

The desktop app holds a lock file, `workbook.lock`, in the data folder while it runs
(Qt's QLockFile, workbook/ui/single_instance.py). Its content is Qt's: the process id, the
program's name, the computer's name, and on Qt 6 the machine and boot ids, one per line.
A lock whose process is gone (the app crashed or was killed) or which was written before
the computer last started is stale: it holds nothing, and the next app start replaces it.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

LOCK_FILE_NAME = "workbook.lock"
_MAX_LOCK_BYTES = 4096
_BOOT_ID = Path("/proc/sys/kernel/random/boot_id")


@dataclass(frozen=True)
class LockOwner:
    pid: int
    program: str
    host: str
    boot_id: str = ""


def lock_path(folder: Path) -> Path:
    return folder / LOCK_FILE_NAME


def read_lock(folder: Path) -> LockOwner | None:
    """What the lock file says, or None when there is none or it cannot be read as one."""
    try:
        with lock_path(folder).open("rb") as stream:
            raw = stream.read(_MAX_LOCK_BYTES)
    except OSError:
        return None
    lines = raw.decode("utf-8", "replace").split("\n")
    if len(lines) < 3 or not lines[0].strip().isdigit():
        return None
    boot_id = lines[4].strip() if len(lines) > 4 else ""
    return LockOwner(int(lines[0]), lines[1].strip(), lines[2].strip(), boot_id)


def _this_boot() -> str:
    try:
        return _BOOT_ID.read_text(encoding="ascii").strip()
    except OSError:
        return ""


def _process_running(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - no os.kill(pid, 0) there
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: it exists
    return True


def app_holding(folder: Path) -> int | None:
    """The process id of a running Workbook app that has the workbook in `folder` open, or
    None. A lock left by a crashed app, or from before the computer restarted, is ignored.
    A lock written on another computer (a shared folder) counts as held: it cannot be
    checked from here."""
    owner = read_lock(folder)
    if owner is None:
        return None
    import socket  # (not at load time: the app's first window imports this module)

    if owner.host and owner.host != socket.gethostname():
        return owner.pid
    this_boot = _this_boot()
    if owner.boot_id and this_boot and owner.boot_id != this_boot:
        return None
    return owner.pid if _process_running(owner.pid) else None


def open_in_app_message(folder: Path, pid: int) -> str:
    from workbook.domain.i18n import tr

    return tr(
        "cli",
        "The Workbook app has the workbook in {folder} open (process {pid}). Please close it "
        "there first, then try again. Nothing was changed.",
    ).format(folder=folder, pid=pid)
