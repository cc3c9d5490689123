"""Evidence files attached to contact-log entries: stored with their entry in one step, their
hashes inside the entry's chain, never changed or removed, left out of backups, and written
out as numbered exhibits that ordinary tools can check."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError, IntegrityError

from workbook.domain import chain
from workbook.domain.model import Attachment, ContactLogEntry
from workbook.export.evidence import exhibit_name, exhibits, export_evidence
from workbook.storage import blobs
from workbook.storage.repository import PlanRepository


@pytest.fixture
def repo(tmp_path: Path) -> PlanRepository:
    folder = tmp_path / "data"
    folder.mkdir()
    opened = PlanRepository.open(folder)
    yield opened  # type: ignore[misc]
    opened.close()


def _attach(repo: PlanRepository, folder: Path, files: dict[str, bytes]) -> ContactLogEntry:
    stored = []
    for name, data in files.items():
        source = folder.parent / name
        source.write_bytes(data)
        stored.append(
            (Attachment(name=name, media_type="image/png"), blobs.store_file(folder, source))
        )
    entry = ContactLogEntry(
        occurred_at=datetime(2026, 11, 20, 18, 5), what_happened="Texts from a new number"
    )
    return repo.append_log(entry, stored)


def test_files_are_part_of_their_entry_and_its_chain(repo: PlanRepository, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    shot = b"\x89PNG screenshot of 14 messages"
    entry = _attach(repo, folder, {"screenshot.png": shot, "photo.jpg": b"jpeg bytes"})
    assert entry.attachment_hashes == [
        hashlib.sha256(shot).hexdigest(),
        hashlib.sha256(b"jpeg bytes").hexdigest(),
    ]
    plan = repo.load_plan()
    assert [a.name for a in plan.attachments] == ["screenshot.png", "photo.jpg"]
    assert plan.contact_log[0].attachment_hashes == entry.attachment_hashes
    assert repo.verify_log().intact
    # The hash of the entry depends on its files: another file, another entry hash.
    other = ContactLogEntry(**{**entry.__dict__, "attachment_hashes": ["0" * 64]})
    assert chain.entry_hash(other) != entry.entry_hash
    blob, key = repo.attachment_secret(plan.attachments[0].id)
    assert b"".join(blobs.read_chunks(folder, blob, key)) == shot


def test_files_are_never_changed_or_removed(repo: PlanRepository, tmp_path: Path) -> None:
    _attach(repo, tmp_path / "data", {"letter.pdf": b"%PDF letter"})
    with repo.engine.connect() as connection:
        for statement in (
            "UPDATE attachments SET name = 'other.pdf'",
            "UPDATE attachments SET sha256 = '0'",
            "DELETE FROM attachments",
            "UPDATE contact_log SET attachment_hashes = '[]'",
        ):
            with pytest.raises((DatabaseError, IntegrityError)):
                connection.execute(text(statement))
                connection.commit()
            connection.rollback()
    assert [a.name for a in repo.load_plan().attachments] == ["letter.pdf"]


def test_a_backup_copies_no_evidence_file(repo: PlanRepository, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _attach(repo, folder, {"recording.m4a": os.urandom(300_000)})
    from workbook.storage.backups import take_backup

    before = sorted(os.listdir(blobs.evidence_dir(folder)))
    backup = take_backup(folder, None)
    assert sorted(os.listdir(blobs.evidence_dir(folder))) == before
    copied = [p for p in (folder / "backups").rglob("*") if p.is_file()]
    assert copied
    assert all(p.stat().st_size < 300_000 for p in copied), backup


def test_exhibits_are_numbered_in_log_order_and_checkable(
    repo: PlanRepository, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    _attach(repo, folder, {"first.png": b"one"})
    _attach(repo, folder, {"second.JPG": b"two", "third": b"three"})
    plan = repo.load_plan()
    items = exhibits(plan)
    assert [(i.number, i.file_name, i.entry_number) for i in items] == [
        (1, "Exhibit-001.png", 1),
        (2, "Exhibit-002.jpg", 2),
        (3, "Exhibit-003", 2),
    ]
    out = tmp_path / "evidence-for-court"
    report = export_evidence(plan, folder, out, lambda a: repo.attachment_secret(a.id))
    assert len(report.exhibits) == 3
    assert (out / "Exhibit-002.jpg").read_bytes() == b"two"
    manifest = (out / "MANIFEST.csv").read_text(encoding="utf-8").splitlines()
    assert manifest[0].startswith("exhibit,file,sha256,size_bytes,log_entry")
    assert "second.JPG" in manifest[2]
    if shutil.which("sha256sum"):
        done = subprocess.run(
            ["sha256sum", "-c", "SHA256SUMS"], cwd=out, capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stdout + done.stderr
    # Every line of SHA256SUMS is a hash that the chain holds.
    hashes = {h for e in plan.contact_log for h in e.attachment_hashes}
    for line in (out / "SHA256SUMS").read_text().splitlines():
        assert line.split("  ")[0] in hashes


def test_a_changed_evidence_file_stops_the_export(repo: PlanRepository, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _attach(repo, folder, {"photo.png": b"the real photo"})
    plan = repo.load_plan()
    blob, _ = repo.attachment_secret(plan.attachments[0].id)
    path = blobs.evidence_dir(folder) / blob
    raw = bytearray(path.read_bytes())
    raw[-1] ^= 1
    path.write_bytes(bytes(raw))
    out = tmp_path / "evidence"
    with pytest.raises(blobs.EvidenceError, match="damaged"):
        export_evidence(plan, folder, out, lambda a: repo.attachment_secret(a.id))
    assert not (out / "Exhibit-001.png").exists()


def test_the_evidence_folder_must_be_empty(repo: PlanRepository, tmp_path: Path) -> None:
    plan = repo.load_plan()
    out = tmp_path / "busy"
    out.mkdir()
    (out / "old.txt").write_text("from another export")
    with pytest.raises(blobs.EvidenceError, match="empty folder"):
        export_evidence(plan, tmp_path / "data", out, lambda a: ("", b""))


def test_exhibit_names_never_carry_odd_extensions() -> None:
    assert exhibit_name(7, "x.tar.gz") == "Exhibit-007.gz"
    assert exhibit_name(8, "no extension") == "Exhibit-008"
    assert exhibit_name(9, "../../evil.p/ng") == "Exhibit-009"
    assert exhibit_name(10, "long.extension123") == "Exhibit-010"


def test_wiping_destroys_the_evidence_folder(tmp_path: Path) -> None:
    from workbook.storage.wipe import wipe_workbook

    folder = tmp_path / "data"
    folder.mkdir()
    repo = PlanRepository.open(folder)
    _attach(repo, folder, {"a.png": b"evidence"})
    repo.close()
    wipe_workbook(folder)
    assert not blobs.evidence_dir(folder).exists()
