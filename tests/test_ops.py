"""workbook/ui/ops.py: work off the UI thread, its result, error, cancel and change notice
back on the UI thread."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from workbook.storage.errors import SaveFailedError
from workbook.ui import dialogs, ops
from workbook.ui.ops import Op, Progress


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda _p, text, detail="": messages.append(text))
    monkeypatch.setattr(ops._BackupNotice, "told", False)
    return messages


def _on_ui_thread() -> bool:
    app = QApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def test_the_work_runs_off_the_ui_thread_and_the_result_arrives_on_it(
    qtbot: QtBot, told: list[str]
) -> None:
    seen: dict[str, Any] = {}

    def work(_progress: Progress) -> int:
        seen["work_thread"] = threading.current_thread()
        seen["work_on_ui"] = _on_ui_thread()
        return 42

    def success(result: int) -> None:
        seen["result"] = result
        seen["success_on_ui"] = _on_ui_thread()

    op = Op(None, work, success=success).run_in_background()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert seen["result"] == 42
    assert seen["work_thread"] is not threading.main_thread() and not seen["work_on_ui"]
    assert seen["success_on_ui"] is True
    assert told == []
    assert op not in ops._running  # nothing kept alive once delivered


def test_a_storage_error_is_shown_by_its_plain_message_and_success_is_not_called(
    qtbot: QtBot, told: list[str]
) -> None:
    def work(_progress: Progress) -> None:
        raise SaveFailedError()

    called: list[object] = []
    op = Op(None, work, success=called.append).run_in_background()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert told == [SaveFailedError.message]
    assert called == []


def test_an_unexpected_error_is_shown_kindly_without_its_text_and_reported_without_content(
    qtbot: QtBot, told: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    reported: list[type[BaseException]] = []
    monkeypatch.setattr("sys.excepthook", lambda kind, _value, _tb: reported.append(kind))

    def work(_progress: Progress) -> None:
        raise ValueError("Maya's new address is 12 Example Road")  # content: never shown

    op = Op(None, work).run_in_background()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert told == [ops.GENERAL_FAILURE]
    assert "Maya" not in told[0]
    assert reported == [ValueError]


def test_errors_of_a_listed_plain_type_show_their_own_message(
    qtbot: QtBot, told: list[str]
) -> None:
    class Plain(Exception):
        pass

    def work(_progress: Progress) -> None:
        raise Plain("The folder is full. Nothing was saved.")

    op = Op(None, work, plain=(Plain,)).run_in_background()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert told == ["The folder is full. Nothing was saved."]


def test_a_failure_handler_takes_the_error_instead_of_the_message_box(
    qtbot: QtBot, told: list[str]
) -> None:
    errors: list[BaseException] = []
    on_ui: list[bool] = []

    def work(_progress: Progress) -> None:
        raise SaveFailedError()

    def failure(error: BaseException) -> None:
        errors.append(error)
        on_ui.append(_on_ui_thread())

    op = Op(None, work).failure(failure).run_in_background()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert [type(e) for e in errors] == [SaveFailedError] and on_ui == [True]
    assert told == []


def test_cancel_stops_the_work_and_nothing_is_shown(qtbot: QtBot, told: list[str]) -> None:
    started = threading.Event()
    stopped: list[bool] = []
    cancelled: list[bool] = []

    def work(progress: Progress) -> None:
        started.set()
        for step in range(500):
            if progress.cancelled:
                stopped.append(True)
                raise RuntimeError("stopped")
            progress.update(step, 500)
            threading.Event().wait(0.01)
        raise AssertionError("never cancelled")

    parent = QWidget()
    qtbot.addWidget(parent)
    op = (
        Op(parent, work, success=lambda _r: pytest.fail("no success after cancel"))
        .with_progress("Working…", object_name="test-progress")
        .cancelled(lambda: cancelled.append(True))
        .run_in_background()
    )
    assert started.wait(5)
    dialog = parent.findChild(QProgressDialog, "test-progress")
    assert dialog is not None
    button = dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Cancel"
    button.click()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert stopped == [True] and cancelled == [True]
    assert told == []
    assert parent.findChild(QProgressDialog, "test-progress") is None or not dialog.isVisible()


def test_work_that_finished_although_cancel_came_late_counts_as_done(qtbot: QtBot) -> None:
    results: list[str] = []

    def work(progress: Progress) -> str:
        progress.cancel()  # pressed as the last step finished
        return "written"

    op = Op(None, work, success=results.append).run_in_background()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert results == ["written"]


def test_progress_reaches_the_dialog(qtbot: QtBot) -> None:
    release = threading.Event()
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(progress: Progress) -> None:
        progress.update(3, 4)
        release.wait(5)

    op = Op(parent, work).with_progress("Working…", object_name="test-progress")
    op.run_in_background()
    dialog = parent.findChild(QProgressDialog, "test-progress")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.value() == 75, timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: op.done, timeout=5000)


def test_success_sends_a_typed_change_notice_through_the_store(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from workbook.domain.model import TrustedContact
    from workbook.storage.repository import PlanRepository
    from workbook.ui.store import Action, Change, PlanStore

    repo = PlanRepository.open(tmp_path)
    try:
        store = PlanStore(repo, tmp_path)
        notices: list[Change] = []
        store.changed.connect(notices.append)
        op = Op(None, lambda _p: ("c1", "c2")).changes(
            store, lambda ids: Change(TrustedContact, ids, Action.SAVED)
        )
        op.run_in_background()
        qtbot.waitUntil(lambda: op.done, timeout=5000)
        assert notices == [Change(TrustedContact, ("c1", "c2"), Action.SAVED)]
    finally:
        repo.close()


def test_wait_delivers_at_once(told: list[str]) -> None:
    results: list[int] = []
    op = Op(None, lambda _p: 7, success=results.append).run_in_background()
    op.wait(5)
    assert op.done and results == [7]


def test_an_op_runs_once() -> None:
    op = Op(None, lambda _p: None).run_in_background()
    with pytest.raises(RuntimeError):
        op.run_in_background()
    op.wait(5)


def test_nothing_of_the_work_stays_behind_once_delivered(qtbot: QtBot) -> None:
    """The work may close over a password and return a key: once delivered, the Op holds
    neither (nor the callbacks that saw them)."""
    import gc
    import weakref

    class Secret:
        pass

    refs: list[weakref.ref[Secret]] = []
    got: list[object] = []

    def start() -> Op[Secret]:
        secret = Secret()
        refs.append(weakref.ref(secret))

        def work(_progress: Progress) -> Secret:
            assert secret is not None
            made = Secret()
            refs.append(weakref.ref(made))
            return made

        return Op(None, work, success=lambda r: got.append(type(r))).run_in_background()

    op = start()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    gc.collect()
    assert got == [Secret] and len(refs) == 2
    assert [ref() for ref in refs] == [None, None]


# -- automatic backups: the app runs them as Ops (storage/backups.py takes the runner) ------


@pytest.fixture
def ops_started(monkeypatch: pytest.MonkeyPatch) -> list[Op[Any]]:
    started: list[Op[Any]] = []
    original = Op.run_in_background

    def run_in_background(self: Op[Any]) -> Op[Any]:
        started.append(self)
        return original(self)

    monkeypatch.setattr(Op, "run_in_background", run_in_background)
    return started


def _backup_ops(started: list[Op[Any]]) -> list[Op[Any]]:
    return [op for op in started if op._name == "workbook-backup"]


def test_the_apps_start_up_and_periodic_backups_run_as_ops(
    qtbot: QtBot, tmp_path: Path, told: list[str], ops_started: list[Op[Any]]
) -> None:
    from workbook.domain.model import TrustedContact
    from workbook.storage.backups import list_backups
    from workbook.storage.repository import PlanRepository
    from workbook.ui import app

    first = PlanRepository.open(tmp_path, automatic_backups=False)
    first.save(TrustedContact(id="c1", name="Sam Example"))
    first.close()

    repo = app.open_repository(tmp_path)  # the workbook changed since its newest backup
    assert repo is not None and repo.backups is not None
    try:
        qtbot.waitUntil(lambda: len(list_backups(tmp_path)) == 1, timeout=10000)
        [startup] = _backup_ops(ops_started)
        qtbot.waitUntil(lambda: startup.done, timeout=5000)

        repo.backups.every_changes = 1
        repo.backups.quiet_seconds = 0
        repo.save(TrustedContact(id="c2", name="Alex Example"))
        qtbot.waitUntil(lambda: len(_backup_ops(ops_started)) == 2, timeout=5000)
        periodic = _backup_ops(ops_started)[1]
        qtbot.waitUntil(lambda: periodic.done, timeout=10000)
        assert len(list_backups(tmp_path)) == 2
        assert repo.backups.last_error is None
        assert told == []
    finally:
        repo.close()


def test_a_failed_backup_is_told_plainly_over_the_window_never_as_a_traceback(
    qtbot: QtBot,
    tmp_path: Path,
    told: list[str],
    ops_started: list[Op[Any]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from workbook.domain.model import TrustedContact
    from workbook.storage.errors import BackupFailedError
    from workbook.ui import app
    from workbook.ui.windows import register_window

    reported: list[type[BaseException]] = []
    monkeypatch.setattr("sys.excepthook", lambda kind, _value, _tb: reported.append(kind))
    window = QWidget()
    qtbot.addWidget(window)
    register_window(window)
    window.show()

    repo = app.open_repository(tmp_path)
    assert repo is not None and repo.backups is not None
    try:
        repo.backups.every_changes = 1
        repo.backups.quiet_seconds = 0
        (tmp_path / "backups").write_bytes(b"not a folder")  # no backup can be written
        repo.save(TrustedContact(id="kept", name="Sam Example"))
        qtbot.waitUntil(lambda: told != [], timeout=10000)
        assert told == [BackupFailedError.message]
        assert reported == []  # a plain message, not a bug report
        assert isinstance(repo.backups.last_error, BackupFailedError)
        assert repo.get(TrustedContact, "kept") is not None  # the save itself stands
        assert len(_backup_ops(ops_started)) == 1

        repo.save(TrustedContact(id="again", name="Kim Example"))  # the disk is still full
        qtbot.waitUntil(lambda: len(_backup_ops(ops_started)) == 2, timeout=5000)
        again = _backup_ops(ops_started)[1]
        qtbot.waitUntil(lambda: again.done, timeout=10000)
        assert told == [BackupFailedError.message]  # told once, not at every backup

        window.hide()  # locked or after a quick exit: nothing pops up, the error is kept
        repo.save(TrustedContact(id="second", name="Alex Example"))
        qtbot.waitUntil(lambda: len(_backup_ops(ops_started)) == 3, timeout=5000)
        second = _backup_ops(ops_started)[2]
        qtbot.waitUntil(lambda: second.done, timeout=10000)
        assert told == [BackupFailedError.message]
        assert isinstance(repo.backups.last_error, BackupFailedError)

        window.show()  # once a backup works again, the next failure is told again
        (tmp_path / "backups").unlink()
        repo.save(TrustedContact(id="third", name="Lee Example"))
        qtbot.waitUntil(lambda: len(_backup_ops(ops_started)) == 4, timeout=5000)
        worked = _backup_ops(ops_started)[3]
        qtbot.waitUntil(lambda: worked.done, timeout=10000)
        assert repo.backups.last_error is None
        shutil.rmtree(tmp_path / "backups")
        (tmp_path / "backups").write_bytes(b"not a folder")
        repo.save(TrustedContact(id="fourth", name="Ash Example"))
        qtbot.waitUntil(lambda: len(told) == 2, timeout=10000)
        assert told == [BackupFailedError.message] * 2
    finally:
        repo.close()
