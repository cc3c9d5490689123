"""A full disk, a read-only data folder, a drive that has gone: a plain message
(SaveFailedError/StorageError), no half-written data, and the workbook keeps working once the
cause is gone.

Two ways to fill a disk: a per-process file size limit (RLIMIT_FSIZE, in a child process so
the test run itself is not limited; works for any user on Linux and macOS), and a real, tiny
tmpfs (needs root and a kernel that lets us mount, as on the CI machines; skipped otherwise).
A read-only folder is a tmpfs remounted read-only (root ignores file permissions, so chmod
proves nothing there) or, for other users, chmod.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from workbook.domain.demo import demo_plan
from workbook.domain.model import TrustedContact
from workbook.paths import database_path
from workbook.storage import integrity
from workbook.storage.backups import list_backups, take_backup
from workbook.storage.errors import BackupFailedError, SaveFailedError, StorageError
from workbook.storage.repository import PlanRepository

KEY = bytes(range(90, 122))
BIG_NOTE = "A long note about the court date. " * 3000  # ~100 KB: many pages


def make_workbook(folder: Path) -> None:
    repo = PlanRepository.open(folder, KEY, automatic_backups=False)
    repo.replace_plan(demo_plan())
    repo.close()


def check_whole(folder: Path) -> None:
    assert integrity.check_database(database_path(folder), KEY) >= 1


# --------------------------------------------------------------------------- RLIMIT_FSIZE

CHILD = r"""
import json, resource, signal, sys
from pathlib import Path
from workbook.domain.model import TrustedContact
from workbook.storage.errors import StorageError
from workbook.storage.repository import PlanRepository

folder, key, note = Path(sys.argv[1]), bytes.fromhex(sys.argv[2]), sys.argv[3] * 3000
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
repo = PlanRepository.open(folder, key, automatic_backups=False)
before = len(repo.list(TrustedContact))
soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
resource.setrlimit(resource.RLIMIT_FSIZE, (8192, hard))  # the "disk" is full from here on
result = {}
try:
    repo.save(TrustedContact(id="too-big", name="Avery Example", notes=note))
    result["first"] = "saved"
except StorageError as error:
    result["first"] = type(error).__name__
    result["message"] = error.message
result["readable"] = len(repo.list(TrustedContact)) == before
result["absent"] = repo.get(TrustedContact, "too-big") is None
resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))  # space again
repo.save(TrustedContact(id="too-big", name="Avery Example", notes=note))
result["retried"] = repo.get(TrustedContact, "too-big") is not None
repo.close()
print(json.dumps(result))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_fails_the_save_plainly_and_the_retry_works(tmp_path: Path) -> None:
    make_workbook(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path), KEY.hex(), "A long note. "],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["first"] == "SaveFailedError"
    assert "could not be saved" in result["message"] and "disk is not full" in result["message"]
    assert result["readable"] and result["absent"]  # nothing half-written, still usable
    assert result["retried"]
    check_whole(tmp_path)
    repo = PlanRepository.open(tmp_path, KEY, automatic_backups=False)
    saved = repo.get(TrustedContact, "too-big")
    assert saved is not None and saved.notes == "A long note. " * 3000
    repo.close()


# --------------------------------------------------------------------------- real mounts


@contextlib.contextmanager
def tiny_tmpfs(size: str) -> Iterator[Path]:
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root on Linux")
    where = Path(tempfile.mkdtemp(prefix="workbook-tmpfs-"))
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        where.rmdir()
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)
        with contextlib.suppress(OSError):
            where.rmdir()


def remount(where: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(where)], check=True)


def fill(where: Path, leave: int) -> Path:
    """Fill the file system up to `leave` free bytes."""
    filler = where / "filler"
    stats = os.statvfs(where)
    free = stats.f_bavail * stats.f_frsize
    with open(filler, "wb") as handle:
        handle.write(b"\0" * max(0, free - leave))
    return filler


def test_a_really_full_disk(tmp_path: Path) -> None:
    with tiny_tmpfs("2m") as disk:
        folder = disk / "data"
        make_workbook(folder)
        repo = PlanRepository.open(folder, KEY, automatic_backups=False)
        before = repo.load_plan()
        filler = fill(disk, leave=16 * 1024)
        with pytest.raises(SaveFailedError) as failed:
            repo.save(TrustedContact(id="big", name="Avery Example", notes=BIG_NOTE))
        assert "disk is not full" in failed.value.message
        assert repo.load_plan() == before  # nothing half-written
        with pytest.raises(BackupFailedError):  # and no half backup is kept
            take_backup(folder, KEY)
        assert list_backups(folder) == []
        assert not list((folder / "backups").glob(".workbook-*"))
        filler.unlink()
        repo.save(TrustedContact(id="big", name="Avery Example", notes=BIG_NOTE))
        assert take_backup(folder, KEY) is not None
        repo.close()
        check_whole(folder)
        again = PlanRepository.open(folder, KEY, automatic_backups=False)
        assert again.get(TrustedContact, "big") is not None
        again.close()


def test_a_read_only_data_folder(tmp_path: Path) -> None:
    """The app starts on a folder it cannot write to (a write-protected stick, a read-only
    mount). (A mount cannot be made read-only while files on it are open for writing, so a
    folder turning read-only under the running app is covered by the full-disk and
    vanished-drive cases: the save fails plainly either way.)"""
    with tiny_tmpfs("4m") as disk:
        folder = disk / "data"
        make_workbook(folder)
        before = [p.name for p in folder.iterdir()]
        remount(disk, "ro")
        try:
            with pytest.raises(StorageError) as refused:
                PlanRepository.open(folder, KEY)
            assert type(refused.value) is StorageError  # not "damaged": the file is fine
            assert "read-only" in refused.value.message
            assert [p.name for p in folder.iterdir()] == before
        finally:
            remount(disk, "rw")
        check_whole(folder)
        repo = PlanRepository.open(folder, KEY, automatic_backups=False)
        repo.save(TrustedContact(id="rw", name="Jordan Example"))  # fine once writable
        repo.close()


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores chmod")
def test_a_read_only_folder_by_permissions(tmp_path: Path) -> None:
    make_workbook(tmp_path / "data")
    folder = tmp_path / "data"
    (folder / "workbook.db").chmod(0o400)
    folder.chmod(0o500)
    try:
        with pytest.raises(StorageError):
            PlanRepository.open(folder, KEY)
    finally:
        folder.chmod(0o700)
        (folder / "workbook.db").chmod(0o600)
    check_whole(folder)


# --------------------------------------------------------------------------- a vanished drive


def test_a_drive_that_has_gone_while_the_workbook_is_open(tmp_path: Path) -> None:
    """Unplugged (here: the folder moved away under the running app). SQLite would go on
    writing into a file no one can find; the save is refused instead, and works again when
    the drive is back."""
    folder = tmp_path / "stick" / "data"
    make_workbook(folder)
    repo = PlanRepository.open(folder, KEY, automatic_backups=False)
    before = repo.load_plan()
    (tmp_path / "stick").rename(tmp_path / "unplugged")
    with pytest.raises(SaveFailedError) as failed:
        repo.save(TrustedContact(id="lost", name="Casey Example"))
    assert (
        "can no longer be found" in failed.value.message
        and "still in the form" in failed.value.message
    )
    (tmp_path / "unplugged").rename(tmp_path / "stick")
    repo.save(TrustedContact(id="kept", name="Casey Example"))
    assert repo.load_plan().contacts[:-1] == before.contacts
    repo.close()
    check_whole(folder)
    again = PlanRepository.open(folder, KEY, automatic_backups=False)
    assert again.get(TrustedContact, "lost") is None
    assert again.get(TrustedContact, "kept") is not None
    again.close()


def test_a_data_folder_that_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"")
    with pytest.raises(StorageError) as refused:
        PlanRepository.open(blocker / "data", KEY)
    assert "drive is connected" in refused.value.message
