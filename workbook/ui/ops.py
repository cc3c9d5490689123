"""The one way the UI runs slow work off the UI thread.

    Op(parent, work, success=show_result).with_progress("Making the PDF…").run_in_background()

`work(progress)` runs on a worker thread and must not touch widgets or the store (the
database connection belongs to the UI thread): give it plain values, let it return plain
values. Everything else happens on the UI thread, in this order:

* progress: `with_progress(label)` shows a window-modal progress dialog (only if the work
  takes longer than a moment) whose Cancel button sets `progress.cancelled`; the work reports
  how far it got with `progress.update(done, total)`.
* success: `success(result)` is called with what `work` returned; `.changes(store, change)`
  then sends a typed change notice (`workbook.ui.store.Change`) so that pages refresh.
* failure: an exception from `work` is shown plainly through `workbook.ui.dialogs` (the
  message of a StorageError or of an error type listed in `plain=`, else a kind general
  sentence; never a traceback, never the plan's content) unless `.failure(handler)` takes it.
  Unexpected errors are also reported, without content, through `sys.excepthook`.
* cancel: when the person pressed Cancel and the work then stopped with an exception, nothing
  is shown and `.cancelled(handler)` (if any) is called. Work that finished anyway counts as
  a success: its result exists.

Modelled on Anki's `aqt.operations` (CollectionOp / QueryOp). Uses: the PDF export
(ui/export_dialog.py), loading the storage libraries behind the first window (ui/app.py),
the key derivation (ui/protection/background.py), attachments, and the automatic backups
(`run_backup`, the runner the app hands to storage/backups.py).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr

if TYPE_CHECKING:
    from pathlib import Path

    from workbook.ui.store import Change, PlanStore

T = TypeVar("T")

_CONTEXT = "Ops"
GENERAL_FAILURE = QT_TRANSLATE_NOOP(  # the English source text, translated when shown
    _CONTEXT,
    "Something went wrong, and it could not be finished. Your plan itself is safe. "
    "Please try again.",
)
PROGRESS_DELAY_MS = 300  # quicker work never flashes a progress dialog

_running: set[Op[Any]] = set()  # kept alive until their result is delivered


def _finished_work(_progress: Progress) -> Any:
    raise RuntimeError("an Op runs once")


class Progress:
    """Handed to the work: how far it got, and whether the person asked to stop."""

    def __init__(self, report: Callable[[int], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    def update(self, done: int, total: int) -> None:
        """Safe to call from the worker thread; shown as a percentage."""
        if total > 0:
            self._report(max(0, min(100, done * 100 // total)))

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Relay(QObject):
    """One object on the UI thread for the life of the app: the worker threads' signals are
    queued to it and it hands each Op its progress and result. It is never deleted, so a
    worker can never signal an object that is gone."""

    finished = Signal(object)
    progressed = Signal(object, int)

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self.progressed.connect(self._progress, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _finish(self, op: Op[Any]) -> None:
        op._deliver()

    @Slot(object, int)
    def _progress(self, op: Op[Any], percent: int) -> None:
        op._show_progress(percent)


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    """Made on first use, by run_in_background on the UI thread."""
    global _relay  # noqa: PLW0603 - one for the process
    if _relay is None:
        _relay = _Relay()
    return _relay


class Op(Generic[T]):
    """Slow work on a worker thread; progress, result, error and notice on the UI thread."""

    def __init__(
        self,
        parent: QWidget | None,
        work: Callable[[Progress], T],
        *,
        success: Callable[[T], None] | None = None,
        plain: tuple[type[BaseException], ...] = (),
        name: str = "workbook-op",
    ) -> None:
        self._parent = parent
        self._work = work
        self._success = success
        self._failure: Callable[[BaseException], None] | None = None
        self._cancelled: Callable[[], None] | None = None
        self._plain = plain
        self._name = name
        self._label: str | None = None
        self._cancellable = True
        self._object_name = "op-progress"
        self._change: tuple[PlanStore, Change | Callable[[T], Change]] | None = None
        self._dialog: QProgressDialog | None = None
        self._relay: _Relay | None = None
        self._thread: threading.Thread | None = None
        self._result: T | None = None
        self._error: BaseException | None = None
        self._finished = threading.Event()  # set by the worker once result or error is in
        self._delivered = False
        self.progress = Progress(self._report)

    # -- building ----------------------------------------------------------------------
    def failure(self, handler: Callable[[BaseException], None]) -> Op[T]:
        """Handle an error yourself instead of the plain message box."""
        self._failure = handler
        return self

    def cancelled(self, handler: Callable[[], None]) -> Op[T]:
        self._cancelled = handler
        return self

    def with_progress(
        self, label: str, *, cancellable: bool = True, object_name: str = "op-progress"
    ) -> Op[T]:
        self._label = label
        self._cancellable = cancellable
        self._object_name = object_name
        return self

    def changes(self, store: PlanStore, change: Change | Callable[[T], Change]) -> Op[T]:
        """After a success, tell the pages what changed (a Change, or one made from the
        result)."""
        self._change = (store, change)
        return self

    # -- running -----------------------------------------------------------------------
    def run_in_background(self) -> Op[T]:
        """Start the work; returns at once (call from the UI thread)."""
        if self._thread is not None:
            raise RuntimeError("an Op runs once")
        self._relay = _the_relay()
        if self._label is not None:
            self._dialog = self._progress_dialog(self._label)
        _running.add(self)
        self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
        self._thread.start()
        return self

    def cancel(self) -> None:
        """Ask the work to stop (what the progress dialog's Cancel button does)."""
        self.progress.cancel()

    @property
    def done(self) -> bool:
        return self._delivered

    def wait(self, timeout: float | None = None) -> None:
        """Block until the work is done and deliver its result now (tests, benchmarks)."""
        if self._thread is not None:
            self._thread.join(timeout)  # the worker has also finished signalling
        if self._finished.is_set():
            self._deliver()

    def _run(self) -> None:  # the worker thread
        try:
            self._result = self._work(self.progress)
        except BaseException as error:
            self._error = error
        self._finished.set()
        if self._relay is not None:
            self._relay.finished.emit(self)

    def _report(self, percent: int) -> None:  # any thread
        if self._relay is not None and self._dialog is not None:
            self._relay.progressed.emit(self, percent)

    def _show_progress(self, percent: int) -> None:  # the UI thread
        if self._dialog is not None:
            self._dialog.setValue(percent)

    def _progress_dialog(self, label: str) -> QProgressDialog:
        cancel_text = tr(_CONTEXT, "Cancel") if self._cancellable else ""
        dialog = QProgressDialog(label, cancel_text, 0, 100, self._live_parent())
        dialog.setObjectName(self._object_name)
        from workbook.ui.dialogs import WINDOW_TITLE

        dialog.setWindowTitle(WINDOW_TITLE)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not self._cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.cancel)
        dialog.setValue(0)
        return dialog

    def _live_parent(self) -> QWidget | None:
        parent = self._parent
        return parent if parent is not None and shiboken6.isValid(parent) else None

    # -- on the UI thread, once ----------------------------------------------------------
    def _deliver(self) -> None:
        if self._delivered or not self._finished.is_set():
            return
        self._delivered = True
        _running.discard(self)
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        # Nothing stays behind once delivered: the work (a closure that may hold a password),
        # its result and the callbacks are let go before any of them runs.
        error, result = self._error, self._result
        success, failure, cancelled = self._success, self._failure, self._cancelled
        change = self._change
        self._work = _finished_work
        self._error = self._result = None
        self._success = self._failure = self._cancelled = self._change = None
        if error is None:
            if success is not None:
                success(result)  # type: ignore[arg-type]
            if change is not None:
                store, notice = change
                store.notify(notice(result) if callable(notice) else notice)  # type: ignore[arg-type]
            return
        if self.progress.cancelled:
            if cancelled is not None:
                cancelled()
            return
        if failure is not None:
            failure(error)
            return
        self._show(error)

    def _show(self, error: BaseException) -> None:
        show_error(self._live_parent(), error, self._plain)


def show_error(
    parent: QWidget | None, error: BaseException, plain: tuple[type[BaseException], ...] = ()
) -> None:
    """Tell the person about `error` plainly: its own message when it was written for them,
    else the kind general sentence (and a content-free report through sys.excepthook)."""
    from workbook.ui import dialogs

    text = plain_message(error, plain)
    if text is None:
        sys.excepthook(type(error), error, error.__traceback__)  # content-free report
        text = tr(_CONTEXT, GENERAL_FAILURE)
    dialogs.inform(parent, text)


def plain_message(error: BaseException, plain: tuple[type[BaseException], ...] = ()) -> str | None:
    """The message of an error written for the person, else None (a bug: never shown)."""
    storage = sys.modules.get("workbook.storage.errors")
    if storage is not None and isinstance(error, storage.StorageError):
        message: str = error.message
        return message
    if plain and isinstance(error, plain):
        return str(error)
    return None


def run_in_background(
    parent: QWidget | None,
    work: Callable[[Progress], T],
    success: Callable[[T], None] | None = None,
) -> Op[T]:
    """Shorthand for `Op(parent, work, success=success).run_in_background()`."""
    return Op(parent, work, success=success).run_in_background()


class _BackupNotice:
    """Whether a failed automatic backup has been told since the last one that worked: a
    disk that stays full fails every backup, and the person is told once, not every time."""

    told = False


def run_backup(work: Callable[[], Path | None], name: str) -> Op[Path | None]:
    """The app's `workbook.storage.backups.Runner`: an automatic backup as an Op (call from
    the UI thread, as the saves that start backups are). A failed backup's plain message is
    shown over the Workbook window in front, once until a backup works again; while none is
    shown (locked, after a quick exit) nothing appears, and the failure stays in the
    schedule's `last_error`."""

    def worked(_path: Path | None) -> None:
        _BackupNotice.told = False

    def failed(error: BaseException) -> None:
        from workbook.ui.windows import top_level_windows

        shown = [window for window in top_level_windows() if window.isVisible()]
        if shown and not _BackupNotice.told:
            _BackupNotice.told = True
            show_error(shown[0], error)

    op = Op(None, lambda _progress: work(), name=name, success=worked)
    return op.failure(failed).run_in_background()
