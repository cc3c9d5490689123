"""Freed memory is overwritten (Linux, glibc): Python's own small-object allocator, which
keeps freed strings as they were, is replaced by the C library's, and the C library fills
every block it frees (the per-thread cache of freed blocks, which it would skip, is off).
So plan text, passphrases and keys that Workbook or Qt let go of do not linger in memory
after locking (measured by tests/test_lock_memory.py). Both must be set before Python
starts: `relaunch_with_private_memory` starts the app again with them, once.

Called first thing when the app starts (`workbook.cli.main`, before argparse is even
loaded): everything the first process loads is paid twice, so it imports nothing but os and
sys. No Qt.
"""

from __future__ import annotations

import os
import sys

PRIVATE_MEMORY_ENV = {
    "PYTHONMALLOC": "malloc",
    "GLIBC_TUNABLES": "glibc.malloc.tcache_count=0:glibc.malloc.perturb=85",
}
RELAUNCHED_ENV = "WORKBOOK_PRIVATE_MEMORY"


def private_memory_environment(environ: dict[str, str]) -> dict[str, str]:
    """`environ` with PRIVATE_MEMORY_ENV added (other glibc tunables are kept)."""
    env = dict(environ)
    env["PYTHONMALLOC"] = PRIVATE_MEMORY_ENV["PYTHONMALLOC"]
    tunables = [t for t in env.get("GLIBC_TUNABLES", "").split(":") if t]
    ours = PRIVATE_MEMORY_ENV["GLIBC_TUNABLES"].split(":")
    names = {t.split("=", 1)[0] for t in ours}
    env["GLIBC_TUNABLES"] = ":".join(
        [t for t in tunables if t.split("=", 1)[0] not in names] + ours
    )
    env[RELAUNCHED_ENV] = "1"
    return env


def relaunch_with_private_memory() -> None:
    """On Linux, start this same command again with PRIVATE_MEMORY_ENV (replacing this
    process: same process id, same terminal). Returns only when that is not possible or not
    needed: elsewhere, when already done, or when the new start failed."""
    if not sys.platform.startswith("linux") or os.environ.get(RELAUNCHED_ENV):
        return
    argv = list(getattr(sys, "orig_argv", []))
    if not argv or not sys.executable or getattr(sys, "frozen", False):
        return
    for stream in (sys.stdout, sys.stderr):
        try:  # noqa: SIM105 - contextlib is not loaded yet, and would be loaded twice
            stream.flush()
        except Exception:  # a closed or missing stream holds nothing to lose
            pass
    try:
        os.execve(sys.executable, argv, private_memory_environment(dict(os.environ)))
    except OSError:
        return  # the app runs on without (docs/security.md says what that means)
