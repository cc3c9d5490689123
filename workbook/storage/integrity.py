"""Is this workbook file whole? Checks cheap enough to run at every start-up.

Two things are checked before the app writes anything:

* the write-ahead log (``workbook.db-wal``), parsed here without SQLite: SQLite treats the
  first frame whose checksum fails as the end of the log and silently drops every later frame,
  so a damaged frame in the middle of the log would quietly lose changes the person saw saved.
  A log whose header is broken, or with a commit (a saved change) *after* a broken frame, is
  damage. A torn tail (the frames of the one change being written when the computer stopped)
  is not: SQLite drops it by design and that change was never reported as saved.
* the database itself, through a read-only connection (so nothing is checkpointed into a file
  that may be damaged): it must open with the key, ``PRAGMA integrity_check`` must say ``ok``
  and, when encrypted, ``PRAGMA cipher_integrity_check`` (every page's HMAC) must find nothing.

Both raise DatabaseDamagedError with a plain message; any other failure to read (the drive has
gone, permissions) is a StorageError. Nothing here changes a byte on disk. No Qt.
"""

from __future__ import annotations

import contextlib
import struct
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlite

from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.storage import freshness
from workbook.storage.engine import KEY_BYTES
from workbook.storage.errors import DatabaseDamagedError, StorageError
from workbook.storage.freshness import State, read_state
from workbook.storage.migrations import LATEST_VERSION
from workbook.storage.tables import Base

WAL_SUFFIX = "-wal"
SHM_SUFFIX = "-shm"
_WAL_MAGIC = 0x377F0682  # | 1 when checksums are big-endian
_WAL_HEADER = 32
_FRAME_HEADER = 24
_WAL_VERSION = 3007000

# SQLite result codes that mean "the file can't be reached or written" rather than "the
# bytes are wrong": PERM, BUSY, LOCKED, NOMEM, READONLY, IOERR, FULL, CANTOPEN, NOLFS, AUTH.
# Any other failure while reading a workbook that exists (CORRUPT, NOTADB, and ERROR for
# "unsupported file format" or a schema whose text was damaged) is damage.
_NOT_DAMAGE_CODES = {3, 5, 6, 7, 8, 10, 13, 14, 22, 23}

_UNREADABLE = QT_TRANSLATE_NOOP(
    "Storage",
    "Your workbook could not be read. Please check that the drive it is on is connected and "
    "that you can open files in the data folder.",
)


def _damaged() -> DatabaseDamagedError:
    return DatabaseDamagedError()


# --------------------------------------------------------------------------- write-ahead log


def _checksum(data: bytes, big_endian: bool, s0: int, s1: int) -> tuple[int, int]:
    """SQLite's WAL checksum (wal.c walChecksumBytes) over `data`, continuing from (s0, s1)."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    it = iter(words)
    for x0, x1 in zip(it, it, strict=True):
        s0 = (s0 + x0 + s1) & 0xFFFFFFFF
        s1 = (s1 + x1 + s0) & 0xFFFFFFFF
    return s0, s1


def check_wal(wal_path: Path) -> None:
    """Raise DatabaseDamagedError when the log would make SQLite silently drop saved changes."""
    try:
        with open(wal_path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        return
    except OSError as error:
        raise StorageError(_UNREADABLE) from error
    if not data:
        return  # an empty log is normal (SQLite may leave or truncate one)
    if len(data) < _WAL_HEADER:
        raise _damaged()
    magic, version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", data[:32])
    big_endian = bool(magic & 1)
    header_ok = (
        magic & 0xFFFFFFFE == _WAL_MAGIC
        and version == _WAL_VERSION
        and 512 <= page_size <= 65536
        and page_size & (page_size - 1) == 0
        and _checksum(data[:24], big_endian, 0, 0) == (c0, c1)
    )
    if not header_ok:
        # SQLite would ignore the whole log. Only a log that never got past its first write
        # (a crash while it was being created) may look like this without losing anything.
        if len(data) >= _WAL_HEADER + _FRAME_HEADER + 512:
            raise _damaged()
        return
    frame_size = _FRAME_HEADER + page_size
    sums = (c0, c1)
    broken_at: int | None = None  # index of the first frame SQLite would stop at
    commits_after_break: list[int] = []
    pages_after_break: list[int] = []
    last_matching = -1
    count = (len(data) - _WAL_HEADER) // frame_size
    for index in range(count):
        start = _WAL_HEADER + index * frame_size
        header = data[start : start + _FRAME_HEADER]
        page_number, db_size, f_salt1, f_salt2, f0, f1 = struct.unpack(">6I", header)
        matching = (f_salt1, f_salt2) == (salt1, salt2)
        if matching:
            last_matching = index
        if broken_at is None:
            if matching:
                page = data[start + _FRAME_HEADER : start + frame_size]
                sums = _checksum(header[:8] + page, big_endian, *sums)
                if sums == (f0, f1):
                    continue
            broken_at = index
            if not matching:
                continue
        if matching:
            pages_after_break.append(page_number)
            if db_size != 0:
                commits_after_break.append(index)
    if broken_at is None:
        return
    # A torn tail is one transaction: the change being written when the process stopped.
    # It holds at most one commit, as the last frame of the log, and writes each page once.
    # Any other commit past the break was saved and acknowledged, and SQLite would drop it;
    # a page written twice past the break means a second transaction (whose commit frame
    # itself was damaged).
    if any(index != last_matching for index in commits_after_break):
        raise _damaged()
    if len(set(pages_after_break)) != len(pages_after_break):
        raise _damaged()


# --------------------------------------------------------------------------- database


def key_statement(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path, key: bytes | None, *, read_only: bool, immutable: bool = False) -> Any:
    """A bare sqlcipher3 connection (no SQLAlchemy), keyed like the app's engine.

    `immutable` (read-only, for a file with no log beside it) takes no locks and creates no
    -wal/-shm files, so checking a workbook leaves its folder exactly as it was.
    """
    uri = path.resolve().as_uri()
    if immutable:
        uri += "?mode=ro&immutable=1"
    elif read_only:
        uri += "?mode=ro"
    connection = sqlite.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        if key is not None:
            connection.execute(key_statement(key))
            # SQLCipher would print every damaged page to stderr; damage is reported as
            # DatabaseDamagedError instead.
            connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute("PRAGMA busy_timeout = 5000")
    except BaseException:
        connection.close()
        raise
    return connection


def _unreadable() -> StorageError:
    return StorageError(_UNREADABLE)


@contextlib.contextmanager
def translated_errors(
    otherwise: Callable[[], StorageError] = _unreadable,
) -> Iterator[None]:
    """sqlcipher3 errors as StorageError: the damage codes as DatabaseDamagedError, the rest
    (can't open, disk full, I/O error, read-only) as `otherwise()`."""
    try:
        yield
    except sqlite.Error as error:
        if is_damage(error):
            raise _damaged() from error
        raise otherwise() from error
    except (MemoryError, UnicodeDecodeError) as error:
        # a damaged header can claim absurd sizes; damaged schema text may not decode
        raise _damaged() from error


def verify_connection(
    connection: Any, encrypted: bool, cipher_check: Callable[[], list[Any]] | None = None
) -> int:
    """Full check of an open connection; returns the schema version (PRAGMA user_version).
    `cipher_check` gives PRAGMA cipher_integrity_check's findings when it runs elsewhere
    (`_CipherCheckMeanwhile`); otherwise this connection runs it."""
    with translated_errors():
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        rows = connection.execute("PRAGMA integrity_check").fetchall()
        if [tuple(row) for row in rows] != [("ok",)]:
            raise _damaged()
        if encrypted:
            if cipher_check is None:
                found = connection.execute("PRAGMA cipher_integrity_check").fetchall()
            else:
                found = cipher_check()
            if found:
                raise _damaged()
        if not encrypted:  # an encrypted page with a flipped byte already fails its HMAC
            _check_text(connection)
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        if version == LATEST_VERSION:
            _check_schema(connection)
        return version


def _check_schema(connection: Any) -> None:
    """Every table the program uses is there with exactly its columns. A damaged byte in the
    schema's own text (a column name) passes SQLite's checks but would fail every read."""
    for table in Base.metadata.sorted_tables:
        found = {row[1] for row in connection.execute(f"PRAGMA table_info({_quoted(table.name)})")}
        if found != {column.name for column in table.columns}:
            raise _damaged()


def _check_text(connection: Any) -> None:
    """Every text value must be UTF-8. SQLite's own checks do not look inside values, and an
    unencrypted file has no checksums, so a flipped byte in a note is only found here.

    Each column comes back as one string (SQLite joins the values with a newline, which no
    broken UTF-8 sequence can swallow), so Python decodes a handful of strings, not every
    value of every row: this runs at each start-up."""
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    previous = connection.text_factory
    connection.text_factory = bytes
    try:
        for table in tables:
            quoted = _quoted(table)
            # Binary columns (an evidence file's key) hold bytes, not text.
            columns = [
                row[1]
                for row in connection.execute(f"PRAGMA table_info({quoted})")
                if row[2].upper() not in (b"BLOB", "BLOB")
            ]
            if not columns:
                continue
            joined = ", ".join(f"group_concat({_quoted(column)}, char(10))" for column in columns)
            for value in connection.execute(f"SELECT {joined} FROM {quoted}").fetchone():
                if isinstance(value, bytes):
                    value.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _damaged() from error
    finally:
        connection.text_factory = previous


def _quoted(name: str | bytes) -> str:
    if isinstance(name, bytes):  # read while text_factory is bytes
        name = name.decode("utf-8")
    return '"' + name.replace('"', '""') + '"'


def check_database(path: Path, key: bytes | None) -> int:
    """Check the log, then the database read-only; returns its schema version.

    Raises DatabaseDamagedError for damage and StorageError when it cannot be read at all.
    A missing or empty file is not checked here (returns 0): whether that is a new workbook or
    a lost one is for the caller to judge.
    """
    return check_database_state(path, key)[0]


def check_database_state(path: Path, key: bytes | None) -> tuple[int, State]:
    """check_database, and the workbook's change counter read through the same connection
    (storage/freshness.py); State(0, None) for a missing or empty file."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return 0, State(0, None)
    except OSError as error:
        raise StorageError(_UNREADABLE) from error
    check_wal(wal_path(path))
    if size == 0:
        return 0, State(0, None)
    if key is None:
        _check_plain_header(path)
    with translated_errors():
        connection = open_for_reading(path, key)
    meanwhile = _CipherCheckMeanwhile(path, key) if key is not None else None
    try:
        version = verify_connection(
            connection, key is not None, meanwhile.findings if meanwhile is not None else None
        )
        with translated_errors():
            state = read_state(connection) if version > 0 else State(0, None)
        return version, state
    finally:
        connection.close()
        if meanwhile is not None:
            meanwhile.wait()  # its connection closed too, whatever happened here


class _CipherCheckMeanwhile:
    """PRAGMA cipher_integrity_check (every page's HMAC) on a read connection of its own, in a
    thread, while the caller's connection runs PRAGMA integrity_check: SQLite lets go of
    Python's lock while it reads, so on two cores the checks overlap (about 15 of 45 ms at
    each start on a plan of 1,000 records per kind). `findings()` waits and gives what it
    found, or raises what it raised, for the caller to judge as before."""

    def __init__(self, path: Path, key: bytes) -> None:
        self._found: list[Any] = []
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, args=(path, key), name="workbook-cipher-check", daemon=True
        )
        self._thread.start()

    def _run(self, path: Path, key: bytes) -> None:
        try:
            connection = open_for_reading(path, key)
            try:
                self._found = connection.execute("PRAGMA cipher_integrity_check").fetchall()
            finally:
                connection.close()
        except BaseException as error:  # handed to the caller in findings()
            self._error = error

    def findings(self) -> list[Any]:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._found

    def wait(self) -> None:
        self._thread.join()


def _check_plain_header(path: Path) -> None:
    """The fixed fields of an unencrypted file's header. SQLite quietly treats a file whose
    write-version byte is damaged as read-only, which would read as a full disk at the
    first save. (An encrypted header is covered by page 1's HMAC.)"""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise StorageError(_UNREADABLE) from error
    if len(header) < 100 or not header.startswith(b"SQLite format 3\0"):
        raise _damaged()
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if (
        not 512 <= page_size <= 65536
        or page_size & (page_size - 1)
        or header[18] not in (1, 2)
        or header[19] not in (1, 2)
        or header[21:24] != bytes((64, 32, 32))
    ):
        raise _damaged()


def open_for_reading(path: Path, key: bytes | None) -> Any:
    """A read-only connection that leaves the folder as it found it: without a log the file
    alone is the workbook (immutable: no locks, no -wal/-shm created); with one (the app is
    running, or it crashed) SQLite reads both through the shared-memory index beside them."""
    log = wal_path(path)
    try:
        has_log = log.stat().st_size > 0
    except FileNotFoundError:
        has_log = False
    except OSError as error:
        raise StorageError(_UNREADABLE) from error
    return connect(path, key, read_only=True, immutable=not has_log)


def copy_snapshot(
    source_path: Path,
    target_path: Path,
    key: bytes | None,
    otherwise: Callable[[], StorageError] = _unreadable,
) -> None:
    """Copy the database at `source_path` (with its log, if any) to `target_path` through
    SQLite, in one step: a single consistent snapshot of the last commit, one file with no
    log beside it (an automatic backup, an older copy kept). Errors as `translated_errors`."""
    with translated_errors(otherwise):
        source = open_for_reading(source_path, key)
        try:
            target = connect(target_path, key, read_only=False)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
        finally:
            source.close()


def is_damage(error: BaseException) -> bool:
    """Whether an error from SQLite (raw or wrapped by SQLAlchemy) says the bytes are wrong,
    as opposed to the file being unreachable, read-only or the disk full."""
    original = getattr(error, "orig", error)
    code = getattr(original, "sqlite_errorcode", None)
    if code is None:
        return isinstance(original, sqlite.DatabaseError) and not isinstance(
            original, sqlite.OperationalError | sqlite.InterfaceError
        )
    return code & 0xFF not in _NOT_DAMAGE_CODES


FileIdentity = tuple[int, int]


def identity(path: Path) -> FileIdentity | None:
    """Which file is at `path` (device, inode), or None when there is none."""
    try:
        found = path.stat()
    except OSError:
        return None
    return (found.st_dev, found.st_ino)


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + WAL_SUFFIX)


# --------------------------------------------------------------------------- change counters


def backup_state(path: Path, key: bytes | None) -> State:
    """The change counter inside the database file at `path` (storage/freshness.py)."""
    with translated_errors():
        connection = connect(path, key, read_only=True, immutable=True)
        try:
            return read_state(connection)
        finally:
            connection.close()


def adopt(path: Path, folder: Path, key: bytes) -> State:
    """Make the database at `path` (about to become the workbook) newer than anything seen,
    so that choosing it is not reported again: its counter goes one past the record's."""
    seen = freshness.read_seen(folder, key)
    with translated_errors():
        connection = connect(path, key, read_only=False)
        try:
            if connection.execute(freshness.HAS_SETTINGS).fetchone() is None:
                return State(0, freshness.utc_now())  # never written to: nothing can be older
            current = read_state(connection)
            state = State(
                max(current.changes, seen.changes if seen else 0) + 1, freshness.utc_now()
            )
            freshness.set_state(connection, state)
        finally:
            connection.close()
    return state
