"""The one place that opens the SQLite/SQLCipher file and sets its durability pragmas."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy
import sqlcipher3.dbapi2
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine

KEY_BYTES = 32


def _raw_key_literal(key: bytes) -> str:
    # SQLCipher's raw-key syntax: the key is used as is, skipping its own PBKDF2, so the
    # unlock cost is set by our own key derivation (storage/keys.py).
    if len(key) != KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    return f"x'{key.hex()}'"


def create_engine(db_path: Path, key: bytes | None = None) -> Engine:
    """An engine for the workbook file; `key` (32 bytes) encrypts it with SQLCipher.

    Without a key the same driver writes a plain SQLite file (used before protection is set
    up, and in tests that need to read the file directly).
    """
    options: dict[str, Any] = {
        "hide_parameters": True,  # user text must never appear in error messages or logs
        "connect_args": {"check_same_thread": False},
    }
    if key is not None:
        url = URL.create(
            "sqlite+pysqlcipher", password=_raw_key_literal(key), database=str(db_path)
        )
    else:
        # SQLCipher refuses an empty key, so a plain file goes through the pysqlite dialect
        # driving the very same sqlcipher3 library.
        url = URL.create("sqlite+pysqlite", database=str(db_path))
        options["module"] = sqlcipher3.dbapi2
    engine = sqlalchemy.create_engine(url, **options)
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin_explicitly)
    return engine


def _begin_explicitly(connection: sqlalchemy.Connection) -> None:
    # The driver's own transaction handling only begins before INSERT/UPDATE/DELETE, which
    # would leave schema steps and reads outside any transaction. With autocommit at the
    # driver level we start every transaction ourselves (the SQLAlchemy-documented recipe).
    connection.exec_driver_sql("BEGIN")


def _configure_connection(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # see _begin_explicitly
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        # Deleted text is overwritten, so removed entries don't linger in free pages.
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute("PRAGMA busy_timeout = 5000")
    finally:
        cursor.close()
