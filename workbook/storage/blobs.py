"""Evidence files: encrypted at rest beside the database, one file per attachment.

A file attached to a contact-log entry (a screenshot, a photo, a recording, a letter) is read
once, hashed (SHA-256 of its exact bytes, the hash that goes into the entry's chain) and
encrypted as it is read, into `<data folder>/evidence/<32 random hex digits>`. Each file has
its own random 256-bit key, which lives only in the encrypted database (the `attachments`
table), so:

- the database and its backups stay small: a backup copies the keys, never a file;
- every backup shares the same evidence files; a file is removed only when no entry keeps it;
- re-keying the database protects the files' keys with the new key at once;
- wiping the workbook destroys the folder, and without the database the files are noise;
- names on disk reveal nothing: not the file's name, type, size order or time.

File format (version 1): the 6 bytes `WBEV1\\0`, an 8-byte random nonce prefix, then the file
in chunks of 1 MiB, each sealed with AES-256-GCM under the file's key, the nonce being the
prefix and the chunk's number (4 bytes, big-endian), the associated data the header, the
chunk's number and whether it is the last. Reordering, dropping or cutting chunks, or
appending any, is detected when the file is read; so is any changed byte.

Adding reads the file once, into a few reused 1 MiB buffers: a second thread hashes each
buffer (hashlib lets go of the GIL) while this one encrypts it into one reused buffer and
writes it, asking the kernel every few MiB to start writing to the disk, so the one fsync at
the end has little left to wait for. Nothing is read back: the hash is of the bytes that were
encrypted.

No Qt. Errors carry a plain message for the person (never the file's content).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import queue
import secrets
import stat
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Final

from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.files import fsync_dir

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FOLDER_NAME: Final = "evidence"
MAGIC: Final = b"WBEV1\x00"
CHUNK: Final = 1 << 20
TAG: Final = 16
PREFIX: Final = 8
HEADER: Final = len(MAGIC) + PREFIX
# One attachment at most: a long phone video fits; a whole disk image does not.
MAX_SIZE: Final = 2 * 1024**3
_CONTEXT = "evidence"
_TEMP_SUFFIX = ".part"


class EvidenceError(Exception):
    """A file could not be attached, read or saved; `str()` is a plain message."""


@dataclass(frozen=True)
class StoredBlob:
    """An encrypted evidence file: its name in the evidence folder, its key, and the size and
    SHA-256 of the original bytes."""

    blob: str
    key: bytes
    size: int
    sha256: str


def evidence_dir(folder: Path) -> Path:
    return Path(folder) / FOLDER_NAME


def _aead(key: bytes) -> AESGCM:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def _nonce(prefix: bytes, number: int) -> bytes:
    return prefix + number.to_bytes(4, "big")


def _aad(header: bytes, number: int, last: bool) -> bytes:
    return header + number.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def _message(text: str, **values: object) -> EvidenceError:
    return EvidenceError(tr(_CONTEXT, text).format(**values))


def _read_problem(error: OSError) -> EvidenceError:
    if error.errno in (errno.EACCES, errno.EPERM):
        return _message(
            QT_TRANSLATE_NOOP(
                _CONTEXT,
                "Workbook may not read this file. Please copy it somewhere you can open it.",
            )
        )
    if error.errno == errno.ENOENT:
        return _message(
            QT_TRANSLATE_NOOP(_CONTEXT, "This file is no longer there. Please choose it again.")
        )
    if error.errno == errno.EISDIR:
        return _message(
            QT_TRANSLATE_NOOP(_CONTEXT, "This is a folder, not a file. Please choose a file in it.")
        )
    return _message(
        QT_TRANSLATE_NOOP(_CONTEXT, "This file could not be read ({reason})."),
        reason=error.strerror or "error",
    )


def _write_problem(error: OSError) -> EvidenceError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return _message(
            QT_TRANSLATE_NOOP(
                _CONTEXT,
                "The disk is full, so the file was not attached. Nothing was changed. Free some "
                "space, then attach it again.",
            )
        )
    return _message(
        QT_TRANSLATE_NOOP(
            _CONTEXT, "The file could not be stored ({reason}). Nothing was changed."
        ),
        reason=error.strerror or "error",
    )


def store_file(
    folder: Path,
    source: Path,
    *,
    max_size: int = MAX_SIZE,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> StoredBlob:
    """Hash and encrypt `source` into the evidence folder. All or nothing: on any error the
    partial file is removed and EvidenceError says what happened, plainly."""
    source = Path(source)
    try:
        before = os.stat(source)
    except OSError as error:
        raise _read_problem(error) from None
    if stat.S_ISDIR(before.st_mode):
        raise _message(
            QT_TRANSLATE_NOOP(_CONTEXT, "This is a folder, not a file. Please choose a file in it.")
        )
    if not stat.S_ISREG(before.st_mode):
        raise _message(
            QT_TRANSLATE_NOOP(_CONTEXT, "This is not an ordinary file, so it cannot be attached.")
        )
    if before.st_size == 0:
        raise _message(
            QT_TRANSLATE_NOOP(
                _CONTEXT, "This file is empty (0 bytes), so there is nothing to attach."
            )
        )
    if before.st_size > max_size:
        raise _message(
            QT_TRANSLATE_NOOP(
                _CONTEXT,
                "This file is too large to attach ({size:,} MB; the most is {limit:,} MB). "
                "Keep it somewhere safe and write where it is in the entry.",
            ),
            size=before.st_size // 1024**2,
            limit=max_size // 1024**2,
        )
    target_dir = evidence_dir(folder)
    try:
        target_dir.mkdir(mode=0o700, exist_ok=True)
    except OSError as error:
        raise _write_problem(error) from None
    key = secrets.token_bytes(32)
    prefix = secrets.token_bytes(PREFIX)
    header = MAGIC + prefix
    name = secrets.token_hex(16)
    final = target_dir / name
    temp = target_dir / (name + _TEMP_SUFFIX)
    try:
        with open(source, "rb", buffering=0) as reader:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as writer:
                writer.write(header)
                size, sha256 = _seal(
                    reader,
                    writer,
                    _aead(key),
                    header,
                    expected=before.st_size,
                    progress=progress,
                    cancelled=cancelled,
                )
                if reader.read(1):  # longer now than when it was looked at
                    size += 1
                writer.flush()
                os.fsync(writer.fileno())
        after = os.stat(source)
        if size != before.st_size or (after.st_size, after.st_mtime_ns) != (
            before.st_size,
            before.st_mtime_ns,
        ):
            raise _message(
                QT_TRANSLATE_NOOP(
                    _CONTEXT,
                    "This file changed while it was being read, so it was not attached. Wait "
                    "until it is complete (for example a download or a recording), then attach "
                    "it again.",
                )
            )
        os.replace(temp, final)
        fsync_dir(target_dir)
    except EvidenceError:
        _remove(temp)
        raise
    except OSError as error:
        _remove(temp)
        if error.filename is not None and Path(str(error.filename)) == source:
            raise _read_problem(error) from None
        raise _write_problem(error) from None
    except BaseException:
        _remove(temp)
        raise
    return StoredBlob(blob=name, key=key, size=size, sha256=sha256)


# Chunks being hashed at once: the reader runs at most this far ahead of the hash.
_SLOTS: Final = 4
# After this many bytes the kernel is asked to start writing them to the disk, so the final
# fsync has little left to wait for.
_WRITEBACK: Final = 8 * CHUNK


def _fill(reader: io.FileIO, view: memoryview) -> int:
    """Read until `view` is full or the file ends; the number of bytes read."""
    done = 0
    while done < len(view):
        got = reader.readinto(view[done:])
        if not got:
            break
        done += got
    return done


def _seal(
    reader: io.FileIO,
    writer: BinaryIO,
    aead: AESGCM,
    header: bytes,
    *,
    expected: int,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[int, str]:
    """Read `reader` once, in chunks, into a few reused buffers; hash each chunk on a second
    thread (hashlib releases the GIL) while this one encrypts it into one reused buffer and
    writes it. Returns the bytes read and their SHA-256. The chunk flagged last is the one
    that reaches the size the file had when it was looked at (or the end, if it is shorter);
    the caller compares the size."""
    digest = hashlib.sha256()
    slots = [memoryview(bytearray(CHUNK)) for _ in range(_SLOTS)]
    free = threading.Semaphore(_SLOTS)
    work: queue.SimpleQueue[memoryview | None] = queue.SimpleQueue()
    failed: list[BaseException] = []

    def hash_chunks() -> None:
        try:
            while (view := work.get()) is not None:
                digest.update(view)
                free.release()
        except BaseException as error:  # pragma: no cover - hashlib does not fail on bytes
            failed.append(error)
            free.release()

    sealed = memoryview(bytearray(CHUNK + TAG))
    encrypt_into = getattr(aead, "encrypt_into", None)
    prefix = header[len(MAGIC) :]
    hasher = threading.Thread(target=hash_chunks, name="evidence-sha256", daemon=True)
    hasher.start()
    size = 0
    written = started = len(header)  # file offsets: written so far, write-back asked from
    try:
        number = 0
        while True:
            free.acquire()
            if failed:
                raise failed[0]
            plain = slots[number % _SLOTS]
            got = _fill(reader, plain)
            plain = plain[:got]
            last = got < CHUNK or size + got >= expected
            work.put(plain)
            nonce, aad = _nonce(prefix, number), _aad(header, number, last)
            if encrypt_into is not None:
                out = sealed[: got + TAG]
                encrypt_into(nonce, plain, aad, out)
                writer.write(out)
            else:  # cryptography before encrypt_into: the same bytes, one copy more
                writer.write(aead.encrypt(nonce, plain, aad))
            size += got
            written += got + TAG
            if written - started >= _WRITEBACK:
                _start_writeback(writer, started, written - started)
                started = written
            if progress is not None:
                progress(size, expected)
            if cancelled is not None and cancelled():
                raise _message(
                    QT_TRANSLATE_NOOP(_CONTEXT, "Attaching was stopped. Nothing was changed.")
                )
            if last:
                break
            number += 1
    finally:
        work.put(None)
        hasher.join()
    if failed:
        raise failed[0]
    return size, digest.hexdigest()


def _start_writeback(writer: BinaryIO, start: int, length: int) -> None:
    """Ask the kernel to begin writing what is written so far (Linux starts the write-back
    on POSIX_FADV_DONTNEED without waiting for it); elsewhere the final fsync does it all."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:
        return
    with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
        writer.flush()
        advise(writer.fileno(), start, length, os.POSIX_FADV_DONTNEED)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def _path(folder: Path, blob: str) -> Path:
    if len(blob) != 32 or any(c not in "0123456789abcdef" for c in blob):
        raise _message(
            QT_TRANSLATE_NOOP(
                _CONTEXT, "This attachment's record is damaged, so its file cannot be found."
            )
        )
    return evidence_dir(folder) / blob


def read_chunks(folder: Path, blob: str, key: bytes) -> Iterator[bytes]:
    """The original bytes, chunk by chunk, each checked before it is handed out. Raises
    EvidenceError when the file is missing, damaged, cut short or not this attachment's."""
    from cryptography.exceptions import InvalidTag

    path = _path(folder, blob)
    damaged = _message(
        QT_TRANSLATE_NOOP(
            _CONTEXT,
            "This evidence file is damaged or was changed outside Workbook, so it cannot be "
            "trusted. An older backup of the data folder may still have it.",
        )
    )
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below, around the generator's life
    except OSError as error:
        if error.errno == errno.ENOENT:
            raise _message(
                QT_TRANSLATE_NOOP(
                    _CONTEXT,
                    "This evidence file is missing from the data folder. An older backup of the "
                    "data folder may still have it.",
                )
            ) from None
        raise _read_problem(error) from None
    with handle:
        header = handle.read(HEADER)
        if len(header) != HEADER or not header.startswith(MAGIC):
            raise damaged
        prefix = header[len(MAGIC) :]
        aead = _aead(key)
        number = 0
        sealed = handle.read(CHUNK + TAG)
        while True:
            following = handle.read(CHUNK + TAG)
            last = not following
            if len(sealed) < TAG:
                raise damaged
            try:
                plain: bytes = aead.decrypt(
                    _nonce(prefix, number), sealed, _aad(header, number, last)
                )
            except InvalidTag:
                raise damaged from None
            yield plain
            if last:
                return
            number += 1
            sealed = following


def read_all(folder: Path, blob: str, key: bytes, *, most: int = 256 * 1024**2) -> bytes:
    """The whole file in memory (for a preview); refuses files larger than `most`."""
    out = bytearray()
    for chunk in read_chunks(folder, blob, key):
        out += chunk
        if len(out) > most:
            raise _message(
                QT_TRANSLATE_NOOP(
                    _CONTEXT, "This file is too large to show here. Save a copy to look at it."
                )
            )
    return bytes(out)


def save_copy(folder: Path, blob: str, key: bytes, sha256: str, dest: Path) -> None:
    """Decrypt the file to `dest` (mode 0600), atomically, and check it is exactly the file
    that was attached: its SHA-256 must match the one in the chain."""
    dest = Path(dest)
    temp = dest.with_name(f".workbook-{secrets.token_hex(6)}{_TEMP_SUFFIX}")
    digest = hashlib.sha256()
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as writer:
            for chunk in read_chunks(folder, blob, key):
                digest.update(chunk)
                writer.write(chunk)
            writer.flush()
            os.fsync(writer.fileno())
        if digest.hexdigest() != sha256:
            raise _message(
                QT_TRANSLATE_NOOP(
                    _CONTEXT,
                    "This evidence file does not match the hash written in the record, so it was "
                    "not saved.",
                )
            )
        os.replace(temp, dest)
        fsync_dir(dest.parent)
    except EvidenceError:
        _remove(temp)
        raise
    except OSError as error:
        _remove(temp)
        raise _write_problem(error) from None
    except BaseException:
        _remove(temp)
        raise


def sha256_of(folder: Path, blob: str, key: bytes) -> str:
    digest = hashlib.sha256()
    for chunk in read_chunks(folder, blob, key):
        digest.update(chunk)
    return digest.hexdigest()


def remove_blob(folder: Path, blob: str) -> None:
    """Remove one evidence file (an attachment that was never saved with its entry)."""
    _remove(_path(folder, blob))
    with contextlib.suppress(OSError):
        fsync_dir(evidence_dir(folder))


def clean_folder(folder: Path, keep: set[str]) -> int:
    """Remove half-written files (`.part`, from a crash) and files no entry keeps; returns
    how many were removed. Call only with every blob name the database knows in `keep`."""
    removed = 0
    base = evidence_dir(folder)
    try:
        names = os.listdir(base)
    except OSError:
        return 0
    for name in names:
        if name.endswith(_TEMP_SUFFIX) or name not in keep:
            _remove(base / name)
            removed += 1
    return removed
