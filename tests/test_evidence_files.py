"""Evidence files (workbook/storage/blobs.py): encrypted at rest, hashed when added, all or
nothing, and every kind of bad file a plain message."""

from __future__ import annotations

import errno
import hashlib
import os
import threading
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbook.storage import blobs
from workbook.storage.blobs import EvidenceError


def _file(tmp_path: Path, data: bytes, name: str = "screenshot.png") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _evidence(folder: Path) -> list[str]:
    return sorted(os.listdir(blobs.evidence_dir(folder)))


@pytest.mark.parametrize(
    "size", [1, blobs.CHUNK - 1, blobs.CHUNK, blobs.CHUNK + 1, 3 * blobs.CHUNK + 5]
)
def test_round_trip_hash_and_nothing_readable_on_disk(tmp_path: Path, size: int) -> None:
    data = (b"He wrote: meet me at the station tonight. " * (size // 42 + 1))[:size]
    source = _file(tmp_path, data)
    folder = tmp_path / "data"
    folder.mkdir()
    stored = blobs.store_file(folder, source)
    assert stored.size == size
    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    on_disk = (blobs.evidence_dir(folder) / stored.blob).read_bytes()
    assert b"meet me" not in on_disk and b"screenshot" not in on_disk
    assert (blobs.evidence_dir(folder) / stored.blob).stat().st_mode & 0o777 == 0o600
    assert blobs.evidence_dir(folder).stat().st_mode & 0o777 == 0o700
    assert b"".join(blobs.read_chunks(folder, stored.blob, stored.key)) == data
    out = tmp_path / "copy.png"
    blobs.save_copy(folder, stored.blob, stored.key, stored.sha256, out)
    assert out.read_bytes() == data
    assert out.stat().st_mode & 0o777 == 0o600
    # The name on disk says nothing about the file.
    assert len(stored.blob) == 32 and "screenshot" not in stored.blob


def test_each_file_has_its_own_key(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    one = blobs.store_file(folder, _file(tmp_path, b"same bytes"))
    two = blobs.store_file(folder, _file(tmp_path, b"same bytes"))
    assert one.key != two.key and one.blob != two.blob
    assert (blobs.evidence_dir(folder) / one.blob).read_bytes() != (
        blobs.evidence_dir(folder) / two.blob
    ).read_bytes()
    with pytest.raises(EvidenceError, match="damaged"):
        list(blobs.read_chunks(folder, one.blob, two.key))


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_any_tampering_is_detected(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    tmp = tmp_path_factory.mktemp("tamper")
    folder = tmp / "data"
    folder.mkdir()
    content = os.urandom(blobs.CHUNK * 2 + 100)
    stored = blobs.store_file(folder, _file(tmp, content))
    path = blobs.evidence_dir(folder) / stored.blob
    raw = bytearray(path.read_bytes())
    how = data.draw(st.sampled_from(["flip", "truncate", "append", "swap", "drop"]))
    if how == "flip":
        at = data.draw(st.integers(0, len(raw) - 1))
        raw[at] ^= 1 << data.draw(st.integers(0, 7))
    elif how == "truncate":
        raw = raw[: data.draw(st.integers(0, len(raw) - 1))]
    elif how == "append":
        raw += data.draw(st.binary(min_size=1, max_size=40))
    elif how == "swap":
        sealed = blobs.CHUNK + blobs.TAG
        first = raw[blobs.HEADER : blobs.HEADER + sealed]
        second = raw[blobs.HEADER + sealed : blobs.HEADER + 2 * sealed]
        raw[blobs.HEADER : blobs.HEADER + 2 * sealed] = second + first
    else:  # drop the middle chunk
        sealed = blobs.CHUNK + blobs.TAG
        del raw[blobs.HEADER + sealed : blobs.HEADER + 2 * sealed]
    path.write_bytes(bytes(raw))
    with pytest.raises(EvidenceError):
        list(blobs.read_chunks(folder, stored.blob, stored.key))


def test_bad_files_are_plain_messages_and_leave_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    with pytest.raises(EvidenceError, match="no longer there"):
        blobs.store_file(folder, tmp_path / "missing.jpg")
    with pytest.raises(EvidenceError, match="empty"):
        blobs.store_file(folder, _file(tmp_path, b""))
    with pytest.raises(EvidenceError, match="folder, not a file"):
        blobs.store_file(folder, tmp_path)
    with pytest.raises(EvidenceError, match="too large"):
        blobs.store_file(folder, _file(tmp_path, b"x" * 2000), max_size=1000)
    sparse = tmp_path / "huge.mp4"
    with open(sparse, "wb") as handle:  # 4 GB without writing 4 GB
        handle.truncate(4 * 1024**3)
    with pytest.raises(EvidenceError, match="too large"):
        blobs.store_file(folder, sparse)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(EvidenceError, match="not an ordinary file"):
        blobs.store_file(folder, fifo)
    assert not blobs.evidence_dir(folder).exists() or _evidence(folder) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path: Path) -> None:
    source = _file(tmp_path, b"secret")
    source.chmod(0)
    folder = tmp_path / "data"
    folder.mkdir()
    with pytest.raises(EvidenceError, match="may not read"):
        blobs.store_file(folder, source)


def test_a_file_that_changes_while_read_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    source = _file(tmp_path, os.urandom(blobs.CHUNK * 4))

    def grow(done: int, total: int) -> None:
        if done == blobs.CHUNK:
            with open(source, "ab") as handle:
                handle.write(b"more recording")

    with pytest.raises(EvidenceError, match="changed while it was being read"):
        blobs.store_file(folder, source, progress=grow)
    assert _evidence(folder) == []


def test_a_full_disk_half_way_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    source = _file(tmp_path, os.urandom(blobs.CHUNK * 3))
    real_fdopen = os.fdopen

    class Filling:
        def __init__(self, handle: object) -> None:
            self.handle = handle
            self.written = 0

        def write(self, data: bytes) -> int:
            self.written += len(data)
            if self.written > blobs.CHUNK * 2:
                raise OSError(errno.ENOSPC, "No space left on device")
            return self.handle.write(data)  # type: ignore[attr-defined,no-any-return]

        def __getattr__(self, name: str) -> object:
            return getattr(self.handle, name)

        def __enter__(self) -> Filling:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()  # type: ignore[attr-defined]

    monkeypatch.setattr(blobs.os, "fdopen", lambda fd, mode: Filling(real_fdopen(fd, mode)))
    with pytest.raises(EvidenceError, match="disk is full"):
        blobs.store_file(folder, source)
    assert _evidence(folder) == []


def test_stopping_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    source = _file(tmp_path, os.urandom(blobs.CHUNK * 3))
    with pytest.raises(EvidenceError, match="stopped"):
        blobs.store_file(folder, source, cancelled=lambda: True)
    assert _evidence(folder) == []


def test_missing_file_and_damaged_record(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    stored = blobs.store_file(folder, _file(tmp_path, b"letter"))
    os.unlink(blobs.evidence_dir(folder) / stored.blob)
    with pytest.raises(EvidenceError, match="missing"):
        list(blobs.read_chunks(folder, stored.blob, stored.key))
    with pytest.raises(EvidenceError, match="damaged"):
        list(blobs.read_chunks(folder, "../../etc/passwd", stored.key))


def test_save_copy_checks_the_hash(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    stored = blobs.store_file(folder, _file(tmp_path, b"photo bytes"))
    out = tmp_path / "out.jpg"
    with pytest.raises(EvidenceError, match="does not match"):
        blobs.save_copy(folder, stored.blob, stored.key, "0" * 64, out)
    assert not out.exists()
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".workbook-")] == []


def test_clean_folder_removes_half_written_and_unknown_files(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    kept = blobs.store_file(folder, _file(tmp_path, b"kept"))
    dropped = blobs.store_file(folder, _file(tmp_path, b"dropped"))
    (blobs.evidence_dir(folder) / "0123abcd.part").write_bytes(b"half")
    assert blobs.clean_folder(folder, {kept.blob}) == 2
    assert _evidence(folder) == [kept.blob]
    assert dropped.blob not in _evidence(folder)


def test_reading_while_another_thread_adds(tmp_path: Path) -> None:
    """Adding runs off the UI thread; two at once must not share a temp file or a name."""
    folder = tmp_path / "data"
    folder.mkdir()
    results: list[blobs.StoredBlob] = []
    sources = [_file(tmp_path, os.urandom(300_000), f"f{i}") for i in range(4)]
    threads = [
        threading.Thread(target=lambda s=s: results.append(blobs.store_file(folder, s)))
        for s in sources
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    time.sleep(0)
    assert len({r.blob for r in results}) == 4
    for result, source in zip(
        sorted(results, key=lambda r: r.sha256),
        sorted(sources, key=lambda s: hashlib.sha256(s.read_bytes()).hexdigest()),
        strict=True,
    ):
        assert b"".join(blobs.read_chunks(folder, result.blob, result.key)) == source.read_bytes()
