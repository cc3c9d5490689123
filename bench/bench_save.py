"""Saving one edit through the repository: median and p99 over 2,000 edits (issue 2).

Floors measured in the same run on the same kind of file (WAL, synchronous=FULL):
- raw DB-API: one UPDATE + COMMIT through sqlcipher3 directly;
- ORM: a plain SQLAlchemy ORM attribute change + commit.
The repository adds to the ORM floor: the section's last-changed stamp and the error mapping.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import sqlcipher3.dbapi2
from sqlalchemy.orm import Session

from workbook.domain.model import TrustedContact
from workbook.paths import database_path
from workbook.storage.repository import PlanRepository
from workbook.storage.tables import ContactRow

EDITS = 2_000


def _measure(edit: Callable[[int], None]) -> tuple[float, float]:
    for warm in range(50):
        edit(warm)
    samples = []
    for index in range(EDITS):
        start = time.perf_counter()
        edit(index)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.99) - 1]


def _repository(folder: Path, key: bytes | None) -> tuple[float, float]:
    repo = PlanRepository.open(folder, key)
    contact = TrustedContact(name="Bench Contact", notes="")
    repo.save(contact)

    def edit(index: int) -> None:
        contact.notes = f"edit {index}"
        repo.save(contact)

    result = _measure(edit)
    repo.close()
    return result


def _orm_floor(folder: Path) -> tuple[float, float]:
    repo = PlanRepository.open(folder)
    contact = TrustedContact(name="Bench Contact")
    repo.save(contact)
    session = Session(repo.engine, expire_on_commit=False)
    row = session.get(ContactRow, contact.id)
    session.commit()
    assert row is not None

    def edit(index: int) -> None:
        row.notes = f"edit {index}"
        session.commit()

    result = _measure(edit)
    session.close()
    repo.close()
    return result


def _dbapi_floor(folder: Path) -> tuple[float, float]:
    repo = PlanRepository.open(folder)
    contact = TrustedContact(name="Bench Contact")
    repo.save(contact)
    repo.close()
    connection = sqlcipher3.dbapi2.connect(str(database_path(folder)), isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")

    def edit(index: int) -> None:
        connection.execute("BEGIN")
        connection.execute("UPDATE contacts SET notes = ? WHERE id = ?", (f"e{index}", contact.id))
        connection.execute("COMMIT")

    result = _measure(edit)
    connection.close()
    return result


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        raw = _dbapi_floor(root / "raw")
        orm = _orm_floor(root / "orm")
        plain = _repository(root / "plain", None)
        encrypted = _repository(root / "encrypted", bytes(range(32)))
    print(f"raw DB-API floor     median {raw[0]:.3f} ms  p99 {raw[1]:.3f} ms")
    print(f"ORM update floor     median {orm[0]:.3f} ms  p99 {orm[1]:.3f} ms")
    for name, (median, p99) in (("repository plain", plain), ("repository SQLCipher", encrypted)):
        print(
            f"{name:<20} median {median:.3f} ms  p99 {p99:.3f} ms  "
            f"(p99 {p99 / orm[1]:.2f}x ORM floor p99, median {median / orm[0]:.2f}x; "
            f"goal p99 <= 1 ms: {'met' if p99 <= 1.0 else 'NOT met'})"
        )


if __name__ == "__main__":
    main()
