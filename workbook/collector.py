"""Pausing Python's cycle collector while many long-lived objects are made (no Qt here).

Loading the storage libraries at start-up and laying out a large PDF each create hundreds of
thousands of objects that live until the end and hold next to no garbage; the cycle collector
would walk all of them again and again while the person waits. `collector_paused()` turns it
off for the duration. Pauses may overlap (two exports, or an export while the workbook opens):
the collector's own state comes back when the last one ends. `freeze=True` also sets
everything that exists at the end aside for good (gc.freeze), so later collections only look
at what is made afterwards: for objects that live as long as the app, such as its modules.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_pauses = 0
_was_enabled = False


@contextlib.contextmanager
def collector_paused(*, freeze: bool = False) -> Iterator[None]:
    global _pauses, _was_enabled  # noqa: PLW0603 - process-wide, like the collector
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()
