"""The start-up check of an encrypted workbook runs SQLite's integrity_check and SQLCipher's
page checksums side by side (storage/integrity.py, _CipherCheckMeanwhile): each must still
count. A byte flipped in a page no table uses (a free page) passes integrity_check; only the
checksums see it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from workbook.paths import database_path
from workbook.storage import integrity
from workbook.storage.errors import DatabaseDamagedError
from workbook.storage.repository import PlanRepository

PAGE = 4096


def _encrypted_with_free_pages(folder: Path) -> tuple[Path, bytes]:
    key = os.urandom(32)
    repo = PlanRepository.open(folder, key, automatic_backups=False)
    for number in range(40):  # about 40 pages of drafts, then let go of all of them
        repo.save_draft(f"editor:TrustedContact:{number}", "x" * 3000)
    for number in range(40):
        repo.discard_draft(f"editor:TrustedContact:{number}")
    repo.close()
    return database_path(folder), key


def _checks(path: Path, key: bytes) -> tuple[bool, bool]:
    """(integrity_check says ok, the page checksums find nothing), each on its own."""
    connection = integrity.connect(path, key, read_only=True, immutable=True)
    try:
        try:
            ok = connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        except Exception:
            ok = False
        try:
            clean = connection.execute("PRAGMA cipher_integrity_check").fetchall() == []
        except Exception:
            clean = False
        return ok, clean
    finally:
        connection.close()


def test_damage_only_the_page_checksums_see_is_found(tmp_path: Path) -> None:
    path, key = _encrypted_with_free_pages(tmp_path / "workbook")
    assert integrity.check_database(path, key) > 0
    whole = path.read_bytes()
    # A page whose damage integrity_check does not notice: one of the free ones.
    for page in range(len(whole) // PAGE - 1, 0, -1):
        damaged = bytearray(whole)
        damaged[page * PAGE + 100] ^= 0xFF
        path.write_bytes(bytes(damaged))
        if _checks(path, key) == (True, False):
            break
    else:
        pytest.fail("no page whose damage only the checksums see")
    with pytest.raises(DatabaseDamagedError):
        integrity.check_database(path, key)


def test_damage_both_checks_see_is_found(tmp_path: Path) -> None:
    path, key = _encrypted_with_free_pages(tmp_path / "workbook")
    damaged = bytearray(path.read_bytes())
    damaged[PAGE + 100] ^= 0xFF  # page 2: part of the schema's tables
    path.write_bytes(bytes(damaged))
    with pytest.raises(DatabaseDamagedError):
        integrity.check_database(path, key)
