"""Process-level measures that keep the plan out of crash output (no Qt here).

* No core dumps: a core file is a copy of the process memory, plan and key included.
  RLIMIT_CORE is set to 0 and, on Linux, the process is marked non-dumpable (which also keeps
  other programs of the same user from attaching a debugger to read its memory).
* Crash output without content: an unexpected exception is reported by type and place only
  (file, line, function); its message, which may quote something the person typed, is
  never printed.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys
import threading
import traceback
from types import TracebackType

# Freed memory is overwritten (Linux, glibc): Python's own small-object allocator, which
# keeps freed strings as they were, is replaced by the C library's, and the C library fills
# every block it frees (the per-thread cache of freed blocks, which it would skip, is off).
# So plan text, passphrases and keys that Workbook or Qt let go of do not linger in memory
# after locking (measured by tests/test_lock_memory.py). Both must be set before Python
# starts: `relaunch_with_private_memory` starts the app again with them, once.
PRIVATE_MEMORY_ENV = {
    "PYTHONMALLOC": "malloc",
    "GLIBC_TUNABLES": "glibc.malloc.tcache_count=0:glibc.malloc.perturb=85",
}
RELAUNCHED_ENV = "WORKBOOK_PRIVATE_MEMORY"
PR_GET_DUMPABLE = 3
PR_SET_DUMPABLE = 4
_CRASH_HEADLINE = "Workbook ran into an unexpected problem. Nothing you typed is shown here."


def disable_core_dumps() -> dict[str, bool]:
    """Best effort on every platform; returns what took effect (for tests and the log)."""
    done = {"rlimit_core": False, "not_dumpable": False}
    try:
        import resource
    except ImportError:  # Windows: no core files; Windows Error Reporting is documented
        return done
    with contextlib.suppress(OSError, ValueError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        done["rlimit_core"] = resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)  # the C library Python runs on
            done["not_dumpable"] = libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0
    return done


def is_dumpable() -> bool | None:
    """Linux only: whether the kernel would write a core file / allow attaching (else None)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None)
        return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
    except (OSError, AttributeError):
        return None


def describe_without_content(
    kind: type[BaseException], tb: TracebackType | None, stream_name: str = ""
) -> str:
    """Type and frames of an exception, never its message (which may quote user text)."""
    lines = [_CRASH_HEADLINE, f"Kind of problem: {kind.__module__}.{kind.__qualname__}"]
    for frame in traceback.extract_tb(tb):
        lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
    if stream_name:
        lines.append(f"  (in {stream_name})")
    return "\n".join(lines) + "\n"


def _excepthook(kind: type[BaseException], _value: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        return
    with contextlib.suppress(Exception):
        sys.stderr.write(describe_without_content(kind, tb))
        sys.stderr.flush()


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    with contextlib.suppress(Exception):
        name = args.thread.name if args.thread is not None else "a thread"
        sys.stderr.write(describe_without_content(args.exc_type, args.exc_traceback, name))


def install_crash_guard() -> None:
    """Route unexpected exceptions (main thread, other threads, Qt slots) through the
    content-free report. PySide prints exceptions raised in slots through sys.excepthook."""
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    sys.unraisablehook = lambda unraisable: _excepthook(
        type(unraisable.exc_value) if unraisable.exc_value else RuntimeError,
        unraisable.exc_value or RuntimeError(),
        unraisable.exc_traceback,
    )


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
    with contextlib.suppress(Exception):
        sys.stdout.flush()
        sys.stderr.flush()
    with contextlib.suppress(OSError):
        os.execve(sys.executable, argv, private_memory_environment(dict(os.environ)))
