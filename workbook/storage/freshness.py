"""A workbook never goes back in time unnoticed (docs/reliability.md, "Older copies").

Every saved change adds one to a change counter kept *inside* the database (two rows of the
``settings`` table: how many changes, and when the last one was made), in the same
transaction as the change itself. After the commit, the same two facts are written *outside*
the database, to ``workbook.db-seen`` in the data folder, authenticated with an HMAC under a
key derived from the data key: the record of the newest version this folder has seen.

Opening compares the two before anything is written (PlanRepository.open, read-only): a
database whose counter is lower than the record's is older than the newest version seen, and
OlderCopyError says when the workbook was last changed, how much older this copy is, and which
automatic backup is the newest good one. That catches an automatic backup or an old copy put
in place of ``workbook.db``, and a log (``workbook.db-wal``) deleted or cut short, which SQLite
would otherwise accept without a word. Such a log is never checkpointed into the database: it
is moved aside with the database (``accept_older_copy`` or a restore), never deleted.

The record is written only *after* the database commit, on a thread of its own (RecordWriter,
so a save does not wait for a second fsync), so it can lag behind the database (a kill between
the two) but never run ahead of it: a crash never looks like a rollback. A new workbook gets
its record when it is first opened, before its first change (older_copy.start_record), so
that lag is never a missing record. A record
that is missing, damaged or made with another key, next to a database that has been changed
at least once, cannot vouch for it: that is reported too (``last_changed`` is None). Nothing is
checked for an unencrypted workbook (there is no key to authenticate the record with).

The checks cost well under a millisecond at start-up (bench/bench_unlock.py). No Qt.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import tempfile
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from workbook.files import TEMP_SUFFIX
from workbook.paths import database_path

SEEN_SUFFIX = "-seen"
SEEN_TEMP_PREFIX = ".workbook-seen-"
FORMAT_NAME = "workbook-seen"
FORMAT_VERSION = 1
CHANGES_SETTING = "storage.changes"
CHANGED_AT_SETTING = "storage.changed_at"
_MAX_SEEN_BYTES = 4096

# One statement each, run in the transaction of every change (storage/repository.py).
BUMP_CHANGES = (
    "INSERT INTO settings (name, value) VALUES ('storage.changes', '1') "
    "ON CONFLICT (name) DO UPDATE SET value = CAST(value AS INTEGER) + 1 "
    "RETURNING CAST(value AS INTEGER)"
)
STAMP_CHANGED_AT = (
    "INSERT INTO settings (name, value) VALUES ('storage.changed_at', ?) "
    "ON CONFLICT (name) DO UPDATE SET value = excluded.value"
)
HAS_SETTINGS = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'"
_READ_STATE = (
    "SELECT name, value FROM settings WHERE name IN ('storage.changes', 'storage.changed_at')"
)


@dataclass(frozen=True)
class State:
    """How many changes a workbook has had, and when the last one was made."""

    changes: int
    changed_at: datetime | None


def seen_path(folder: Path) -> Path:
    return database_path(folder).with_name(database_path(folder).name + SEEN_SUFFIX)


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _parse_stamp(text: object) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def utc_now() -> datetime:
    return datetime.now(UTC)


# --------------------------------------------------------------------------- in the database


def read_state(connection: Any) -> State:
    """The counter of an open sqlcipher3 connection (0 changes: never changed since this
    counter exists, or a workbook from before it)."""
    if connection.execute(HAS_SETTINGS).fetchone() is None:
        return State(0, None)  # no schema yet: a workbook that was never written to
    rows = dict(connection.execute(_READ_STATE).fetchall())
    try:
        changes = int(rows.get(CHANGES_SETTING, 0))
    except (TypeError, ValueError):
        changes = 0
    return State(max(changes, 0), _parse_stamp(rows.get(CHANGED_AT_SETTING)))


def set_state(connection: Any, state: State) -> None:
    """Write `state` into an open, writable sqlcipher3 connection (one transaction)."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        connection.execute(
            "INSERT INTO settings (name, value) VALUES ('storage.changes', ?) "
            "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            (str(state.changes),),
        )
        connection.execute(STAMP_CHANGED_AT, (stamp(state.changed_at or utc_now()),))
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


# --------------------------------------------------------------------------- the record


def _mac(key: bytes, body: dict[str, Any]) -> str:
    mac_key = hmac.new(key, b"workbook seen record", hashlib.sha256).digest()
    text = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hmac.new(mac_key, text, hashlib.sha256).hexdigest()


def record_bytes(key: bytes, state: State) -> bytes:
    body: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "changes": state.changes,
        "changed_at": stamp(state.changed_at or utc_now()),
    }
    return (json.dumps(body | {"mac": _mac(key, body)}, sort_keys=True) + "\n").encode("utf-8")


def write_seen(folder: Path, key: bytes, state: State, *, path: Path | None = None) -> None:
    """Replace the record (temp file, fsync, rename). The folder is not fsynced: after a
    power cut the record may be the previous one, which only lags, never runs ahead."""
    target = path or seen_path(folder)
    fd, temp = tempfile.mkstemp(prefix=SEEN_TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(record_bytes(key, state))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


class RecordWriter:
    """Writes the record after each change on its own thread, so a save does not wait for a
    second fsync. It only ever writes a state that was committed, newest last (a later change
    replaces one still waiting), so the record can lag behind the database — after a kill,
    by the changes of the last moments — but never run ahead of it. `close` (from
    PlanRepository.close) writes what is still waiting."""

    _IDLE_SECONDS = 5.0

    def __init__(self, folder: Path, key: bytes) -> None:
        self.folder = folder
        self._key = key
        self._lock = threading.Condition()
        self._waiting: State | None = None
        self._writing = False
        self._closed = False
        self._thread: threading.Thread | None = None

    def note(self, state: State) -> None:
        with self._lock:
            if self._closed:
                return
            self._waiting = state
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="workbook-record", daemon=True
                )
                self._thread.start()
            self._lock.notify_all()

    def _run(self) -> None:
        while True:
            with self._lock:
                if self._waiting is None and not self._closed:
                    self._lock.wait(self._IDLE_SECONDS)
                if self._waiting is None:
                    self._thread = None
                    return
                state, self._waiting = self._waiting, None
                self._writing = True
            try:
                write_seen(self.folder, self._key, state)
            except OSError:
                pass  # a full disk: the record lags, which is never a false alarm
            finally:
                with self._lock:
                    self._writing = False
                    self._lock.notify_all()

    def flush(self, timeout: float = 30.0) -> None:
        """Wait until every noted state is written."""
        with self._lock:
            self._lock.wait_for(lambda: self._waiting is None and not self._writing, timeout)

    def close(self) -> None:
        """Write what is waiting, then let the thread end and drop the key (a locked app
        keeps no copy of it, docs/security.md)."""
        self.flush()
        with self._lock:
            self._closed = True
            self._key = b""
            self._lock.notify_all()
        thread = self._thread
        if thread is not None:
            thread.join(5.0)


def read_seen(folder: Path, key: bytes, *, path: Path | None = None) -> State | None:
    """The record, or None when it is missing, damaged or was not made with this key."""
    try:
        with open(path or seen_path(folder), "rb") as handle:
            raw = handle.read(_MAX_SEEN_BYTES + 1)
    except OSError:
        return None
    return parse_seen(raw, key)


def parse_seen(raw: bytes, key: bytes) -> State | None:
    if len(raw) > _MAX_SEEN_BYTES or raw.count(b"{") + raw.count(b"[") > 4:
        return None
    try:
        content = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(content, dict) or not isinstance(content.get("mac"), str):
        return None
    body = {name: value for name, value in content.items() if name != "mac"}
    if (
        body.get("format") != FORMAT_NAME
        or body.get("version") != FORMAT_VERSION
        or type(body.get("changes")) is not int
        or body["changes"] < 0
        or set(body) != {"format", "version", "changes", "changed_at"}
    ):
        return None
    changed_at = _parse_stamp(body.get("changed_at"))
    mac = content["mac"].encode("utf-8", "surrogatepass")
    if changed_at is None or not hmac.compare_digest(mac, _mac(key, body).encode("ascii")):
        return None
    return State(body["changes"], changed_at)


def remove_stale_temp_files(folder: Path) -> None:
    with contextlib.suppress(OSError):
        for stale in folder.glob(f"{SEEN_TEMP_PREFIX}*{TEMP_SUFFIX}"):
            with contextlib.suppress(OSError):
                stale.unlink()
