"""Run the slow key derivation (about half a second) off the GUI thread.

Argon2id in `cryptography` releases the GIL, so working on another thread keeps the window
painting and the quick-exit key working while a passphrase is checked. This is the app's one
way of doing that, `workbook.ui.ops.Op`, with the callbacks the protection screens use: the
result or the error is handed back on the GUI thread as soon as the work ends.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from workbook.ui.ops import Op, Progress


class BackgroundTask(QObject):
    def __init__(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)

        def run(_progress: Progress) -> Any:
            return work()

        def done(result: Any) -> None:
            self.deleteLater()
            on_done(result)

        def failed(error: BaseException) -> None:
            self.deleteLater()
            on_error(error)

        # Once delivered, the Op lets go of the work (a closure that may hold a typed
        # passphrase), its result (a data key) and these callbacks (workbook/ui/ops.py).
        self._op: Op[Any] = Op(None, run, success=done, name="workbook-key").failure(failed)

    def start(self) -> None:
        self._op.run_in_background()

    @property
    def running(self) -> bool:
        return not self._op.done

    def wait(self, timeout: float | None = None) -> None:
        """Block until done and deliver the result now (tests, benchmarks)."""
        self._op.wait(timeout)
