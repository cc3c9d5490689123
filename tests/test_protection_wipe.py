"""Wipe everything: keys first, then database and backups; an empty folder is left."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbook.domain.model import TrustedContact
from workbook.storage import keys
from workbook.storage.keys import KeyFileMissing, PassphraseKdf
from workbook.storage.repository import PlanRepository
from workbook.storage.wipe import wipe_workbook

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
