"""Wipe everything: keys first, then database and backups; an empty folder is left. The
confirmation dialog: Enter starts the countdown, only Stop or Escape cancel it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from workbook.domain.model import TrustedContact
from workbook.storage import keys
from workbook.storage.keys import KeyFileMissing, PassphraseKdf
from workbook.storage.repository import PlanRepository
from workbook.storage.wipe import wipe_workbook
from workbook.ui.protection.wipe_dialog import WipeDialog

FAST = PassphraseKdf(memory_kib=64, iterations=1, lanes=1)


def _workbook(folder: Path) -> None:
    created = keys.create_keys(folder, "blue kettle under the stairs", kdf=FAST)
    repo = PlanRepository.open(folder, created.data_key)
    try:
        repo.save(TrustedContact(name="Robin Example", phones=["555-0199"]))
    finally:
        repo.close()


def test_wipe_leaves_an_empty_folder(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _workbook(folder)
    backups = folder / "backups"
    backups.mkdir()
    (backups / "workbook-2026-03-02.db").write_bytes((folder / "workbook.db").read_bytes())
    (backups / "keys.json").write_bytes((folder / "keys.json").read_bytes())
    (folder / "workbook.db-wal").write_bytes(b"\0" * 100)
    (folder / ".keys-x1.tmp").write_bytes(b"half")
    report = wipe_workbook(folder)
    assert report.complete and report.left_alone == []
    assert folder.is_dir() and list(folder.iterdir()) == []
    with pytest.raises(KeyFileMissing):
        keys.unlock_with_passphrase(folder, "blue kettle under the stairs")


def test_wipe_leaves_files_it_did_not_make(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _workbook(folder)
    (folder / "holiday.jpg").write_bytes(b"not ours")
    report = wipe_workbook(folder)
    assert report.left_alone == ["holiday.jpg"]
    assert [p.name for p in folder.iterdir()] == ["holiday.jpg"]


def test_key_file_is_destroyed_before_anything_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    _workbook(folder)
    order: list[str] = []
    real_unlink = Path.unlink

    def spying_unlink(self: Path, missing_ok: bool = False) -> None:
        order.append(self.name)
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", spying_unlink)
    wipe_workbook(folder)
    assert order[0] == "keys.json"
    assert "workbook.db" in order


def test_wipe_of_missing_folder_is_harmless(tmp_path: Path) -> None:
    report = wipe_workbook(tmp_path / "never-made")
    assert report.removed == 0 and report.complete


# --------------------------------------------------------------------------- the dialog


@pytest.fixture
def wipe_dialog(qtbot: QtBot) -> tuple[WipeDialog, list[bool]]:

    dialog = WipeDialog(seconds=2)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    dialog.typed.setFocus()
    fired: list[bool] = []
    dialog.confirmed.connect(lambda: fired.append(True))
    return dialog, fired


def test_enter_after_the_words_starts_the_countdown_and_a_second_enter_does_not_stop_it(
    qtbot: QtBot, wipe_dialog: tuple[WipeDialog, list[bool]]
) -> None:
    dialog, fired = wipe_dialog
    qtbot.keyClicks(dialog.typed, "wipe everything")
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.counting and dialog.timer.isActive()
    # The person presses Enter again, on whatever has focus now.
    focused = dialog.focusWidget() or dialog
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Enter)
    assert dialog.isVisible() and dialog.timer.isActive()
    # Closing the window does not stop it either.
    dialog.close()
    assert dialog.isVisible() and dialog.timer.isActive()
    qtbot.waitUntil(lambda: fired == [True], timeout=5000)
    assert not dialog.isVisible()


def test_enter_before_the_words_are_typed_deletes_nothing(
    qtbot: QtBot, wipe_dialog: tuple[WipeDialog, list[bool]]
) -> None:
    dialog, fired = wipe_dialog
    qtbot.keyClicks(dialog.typed, "wipe every")
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)
    assert not dialog.counting and not dialog.timer.isActive()
    qtbot.keyClicks(dialog.typed, "thing")
    assert fired == []
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert dialog.counting and dialog.timer.isActive()


def test_escape_or_the_stop_button_cancel_the_countdown(
    qtbot: QtBot, wipe_dialog: tuple[WipeDialog, list[bool]]
) -> None:
    dialog, fired = wipe_dialog
    qtbot.keyClicks(dialog.typed, "wipe everything")
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.cancel_button, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and not dialog.timer.isActive()

    again = WipeDialog(seconds=2)
    qtbot.addWidget(again)
    again.show()
    again.confirmed.connect(lambda: fired.append(True))
    qtbot.keyClicks(again.typed, "wipe everything")
    qtbot.keyClick(again.typed, Qt.Key.Key_Return)
    qtbot.keyClick(again.cancel_button, Qt.Key.Key_Space)  # pressing the focused Stop button
    assert not again.isVisible() and not again.timer.isActive()
    qtbot.wait(2300)
    assert fired == []
