"""A damaged workbook at start-up: the person is offered the newest good backup."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from workbook.domain.demo import demo_plan
from workbook.domain.model import TrustedContact
from workbook.paths import database_path
from workbook.storage.backups import list_backups, take_backup
from workbook.storage.repository import PlanRepository
from workbook.ui import app as app_module
from workbook.ui import dialogs


def _damaged_workbook_with_backup(folder: Path) -> PlanRepository:
    repo = PlanRepository.open(folder, automatic_backups=False)
    repo.replace_plan(demo_plan(date(2031, 3, 1)))
    take_backup(folder, None)
    repo.save(TrustedContact(name="Added after the backup"))
    repo.close()
    path = database_path(folder)
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the first page's b-tree
    path.write_bytes(bytes(data))
    return repo


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda _p, text, detail="": messages.append(text))
    return messages


def test_restoring_puts_the_backup_in_place_and_keeps_the_damaged_file(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, told: list[str]
) -> None:
    folder = tmp_path / "data"
    _damaged_workbook_with_backup(folder)
    damaged = database_path(folder).read_bytes()
    asked: list[list[str]] = []

    def choose_restore(_parent: object, _text: str, choices: list[str], **_kw: object) -> int:
        asked.append(list(choices))
        return 0

    monkeypatch.setattr(dialogs, "ask", choose_restore)
    repo = app_module.open_repository(folder)
    assert repo is not None
    plan = repo.load_plan()
    repo.close()
    assert [c.name for c in plan.contacts] == [c.name for c in demo_plan().contacts]
    assert asked and "Restore" in asked[0][0]
    assert told == ["Your workbook was restored from a backup."]
    kept = [p for p in folder.iterdir() if "damaged" in p.name and p.suffix == ".db"]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged


def test_declining_changes_nothing(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, told: list[str]
) -> None:
    folder = tmp_path / "data"
    _damaged_workbook_with_backup(folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    monkeypatch.setattr(dialogs, "ask", lambda *_a, **_kw: 1)
    assert app_module.open_repository(folder) is None
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before
    assert len(list_backups(folder)) == 1


def test_without_a_backup_the_person_is_told_and_nothing_changes(
    qtbot: object, tmp_path: Path, told: list[str]
) -> None:
    folder = tmp_path / "data"
    repo = PlanRepository.open(folder, automatic_backups=False)
    repo.replace_plan(demo_plan(date(2031, 3, 1)))
    repo.close()
    path = database_path(folder)
    path.write_bytes(path.read_bytes()[:5000])  # truncated
    before = path.read_bytes()
    assert app_module.open_repository(folder) is None
    assert told == ["Your workbook could not be opened."]
    assert path.read_bytes() == before


def test_a_storage_error_no_screen_caught_is_still_shown_plainly(
    qtbot: object,
    monkeypatch: pytest.MonkeyPatch,
    told: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    import sys
    import threading

    from workbook.storage.errors import SaveFailedError
    from workbook.ui.protection.hardening import install_crash_guard

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(sys, "unraisablehook", sys.unraisablehook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    install_crash_guard()
    app_module.install_storage_error_notice()
    try:
        raise SaveFailedError()
    except SaveFailedError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    assert told == ["Something could not be saved just now."]
    assert "SaveFailedError" in capsys.readouterr().err  # the content-free report still runs
