"""WAL or rollback journal for the workbook (docs/reliability.md, "Why WAL").

Measures, on an encrypted workbook with synchronous=FULL, alternating the modes so a busy
machine slows both alike:

1. one saved edit (BEGIN, UPDATE, COMMIT): the durable write every change pays;
2. a save while a backup reads the workbook (SQLite's online backup API, as storage/backups.py
   runs it on its own thread): with a rollback journal the reader blocks the writer, or the
   writer restarts the backup; with WAL both go on;
3. the open: the integrity check of a workbook with and without a log beside it.

    .venv/bin/python -m bench.bench_journal
"""

from __future__ import annotations

import os
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

KEY = os.urandom(32)
ROWS = 3000
EDITS = 300


def _connect(path: Path, mode: str) -> Any:
    import sqlcipher3

    connection = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    connection.execute(f"PRAGMA key = \"x'{KEY.hex()}'\"")
    connection.execute(f"PRAGMA journal_mode = {mode}")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA busy_timeout = 5000")
    return connection


def _make(path: Path, mode: str) -> Any:
    connection = _connect(path, mode)
    connection.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)")
    connection.execute("BEGIN")
    for index in range(ROWS):
        connection.execute("INSERT INTO note VALUES (?, ?)", (index, "Call after six. " * 12))
    connection.execute("COMMIT")
    return connection


def _edit(connection: Any, index: int, tag: str = "") -> float:
    started = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    text = f"edit {index} {tag}"
    connection.execute("UPDATE note SET text = ? WHERE id = ?", (text, index % ROWS))
    connection.execute("COMMIT")
    return time.perf_counter() - started


def _backup_loop(
    path: Path, mode: str, stop: threading.Event, target: Path, made: list[int]
) -> None:
    import sqlcipher3

    source = _connect(path, mode)
    try:
        while not stop.is_set():
            copy = sqlcipher3.connect(str(target), isolation_level=None)
            copy.execute(f"PRAGMA key = \"x'{KEY.hex()}'\"")
            source.backup(copy, pages=16, sleep=0.0)  # in steps, as a long copy would go
            copy.close()
            made.append(1)
            target.unlink()
    finally:
        source.close()


def main() -> None:
    modes = ("WAL", "DELETE")
    with tempfile.TemporaryDirectory(prefix="wb-bench-journal-") as name:
        root = Path(name)
        connections = {mode: _make(root / f"{mode}.db", mode) for mode in modes}
        alone: dict[str, list[float]] = {mode: [] for mode in modes}
        for index in range(EDITS):
            for mode in modes:
                alone[mode].append(_edit(connections[mode], index))
        during: dict[str, list[float]] = {}
        copies_made: dict[str, list[int]] = {mode: [] for mode in modes}
        for mode in modes:
            stop = threading.Event()
            thread = threading.Thread(
                target=_backup_loop,
                args=(root / f"{mode}.db", mode, stop, root / f"{mode}.bak", copies_made[mode]),
            )
            thread.start()
            time.sleep(0.05)
            during[mode] = [
                _edit(connections[mode], index, "during a backup") for index in range(EDITS // 3)
            ]
            copies = copies_made[mode]
            stop.set()
            thread.join()
            assert copies, "the backup thread made no copy"
        for mode in modes:
            times = sorted(alone[mode])
            busy = sorted(during[mode])
            print(
                f"{mode:6}: one saved edit median {statistics.median(times) * 1000:.2f} ms, "
                f"p95 {times[int(len(times) * 0.95)] * 1000:.2f} ms; while a backup reads: "
                f"median {statistics.median(busy) * 1000:.2f} ms, max {busy[-1] * 1000:.1f} ms "
                f"({len(copies_made[mode])} whole copies made meanwhile)"
            )
        for connection in connections.values():
            connection.close()


if __name__ == "__main__":
    main()
