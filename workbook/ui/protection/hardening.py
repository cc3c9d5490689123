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
import sys
import threading
import traceback
from types import TracebackType

from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr

PR_GET_DUMPABLE = 3
PR_SET_DUMPABLE = 4
_CRASH_HEADLINE = QT_TRANSLATE_NOOP(
    "protection", "Workbook ran into an unexpected problem. Nothing you typed is shown here."
)
_CRASH_KIND = QT_TRANSLATE_NOOP("protection", "Kind of problem: {kind}")


def _said(text: str) -> str:
    """`text` in the interface's language, or in English if translating fails mid-crash."""
    try:
        return tr("protection", text)
    except Exception:
        return text


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
    """Type and frames of an exception, never its message (which may quote user text).
    The frames stay as Python writes them (file, line, function), for a bug report."""
    lines = [
        _said(_CRASH_HEADLINE),
        _said(_CRASH_KIND).format(kind=f"{kind.__module__}.{kind.__qualname__}"),
    ]
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
