"""The evidence folder that goes with a lawyer's or a court's copy of the contact log.

Each file attached to a contact-log entry is written out under its exhibit number
(`Exhibit-001.jpg`, in the order of the log), with two files that let anyone check them
with ordinary tools:

- `SHA256SUMS`: one line per exhibit in the format `sha256sum -c SHA256SUMS` reads (Linux,
  macOS with coreutils; on Windows `certutil -hashfile FILE SHA256` prints the same hash);
- `MANIFEST.csv`: exhibit number, file, SHA-256, size in bytes, the entry it belongs to (its
  number in the log and when it happened and was written down), when the file was attached
  and its original name.

The same SHA-256 is inside the entry's hash chain (docs/record.md), so an exhibit that was
changed after it was attached no longer matches its entry. Every file is decrypted and its
hash checked before it is written (`blobs.save_copy`); a file that does not match stops the
export with a plain message rather than hand over a wrong exhibit.

No Qt. The caller hands in `secret_of(attachment) -> (blob name, key)` from the repository.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from workbook.domain.dates import iso_datetime
from workbook.domain.i18n import tr
from workbook.domain.model import Attachment, ContactLogEntry, Plan

_CONTEXT = "evidence"
_EXTENSION = re.compile(r"^[A-Za-z0-9]{1,8}$")


@dataclass(frozen=True)
class Exhibit:
    number: int
    file_name: str
    attachment: Attachment
    entry_number: int  # the entry's place in the log, from 1
    entry: ContactLogEntry


@dataclass
class EvidenceReport:
    folder: Path
    exhibits: list[Exhibit] = field(default_factory=list)


def exhibits(plan: Plan) -> list[Exhibit]:
    """Every attachment of the log as a numbered exhibit, in log order then attach order."""
    by_entry: dict[str, list[Attachment]] = {}
    for attachment in plan.attachments:
        by_entry.setdefault(attachment.entry_id, []).append(attachment)
    out: list[Exhibit] = []
    for entry_number, entry in enumerate(plan.contact_log, start=1):
        for attachment in by_entry.get(entry.id, []):
            number = len(out) + 1
            out.append(
                Exhibit(
                    number, exhibit_name(number, attachment.name), attachment, entry_number, entry
                )
            )
    return out


def exhibit_name(number: int, original: str) -> str:
    """`Exhibit-007.pdf`: the number, and the original extension when it is a plain one."""
    suffix = Path(original).suffix.lstrip(".")
    extension = f".{suffix.lower()}" if _EXTENSION.match(suffix) else ""
    return f"Exhibit-{number:03d}{extension}"


def manifest(items: list[Exhibit]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "exhibit",
            "file",
            "sha256",
            "size_bytes",
            "log_entry",
            "happened",
            "written_down",
            "attached",
            "original_name",
        ]
    )
    for item in items:
        entry = item.entry
        writer.writerow(
            [
                item.number,
                item.file_name,
                item.attachment.sha256,
                item.attachment.size,
                item.entry_number,
                iso_datetime(entry.occurred_at),
                iso_datetime(entry.recorded_at),
                iso_datetime(item.attachment.added_at),
                item.attachment.name,
            ]
        )
    return out.getvalue()


def sha256sums(items: list[Exhibit]) -> str:
    return "".join(f"{item.attachment.sha256}  {item.file_name}\n" for item in items)


def export_evidence(
    plan: Plan,
    data_folder: Path,
    out_folder: Path,
    secret_of: Callable[[Attachment], tuple[str, bytes]],
    *,
    progress: Callable[[int, int], None] | None = None,
) -> EvidenceReport:
    """Write every exhibit, SHA256SUMS and MANIFEST.csv into `out_folder` (created; it must
    not hold files already, so no exhibit of an older export is mixed in)."""
    from workbook.files import atomic_write
    from workbook.storage.blobs import EvidenceError, save_copy

    out_folder = Path(out_folder)
    try:
        out_folder.mkdir(mode=0o700, parents=False, exist_ok=True)
    except OSError as error:
        raise EvidenceError(
            tr(_CONTEXT, "The evidence folder could not be made there ({reason}).").format(
                reason=error.strerror or "error"
            )
        ) from None
    if any(out_folder.iterdir()):
        raise EvidenceError(
            tr(
                _CONTEXT,
                "That folder already holds files. Please choose an empty folder for the "
                "evidence, so nothing from another export is mixed in.",
            )
        )
    items = exhibits(plan)
    for done, item in enumerate(items, start=1):
        blob, key = secret_of(item.attachment)
        save_copy(data_folder, blob, key, item.attachment.sha256, out_folder / item.file_name)
        if progress is not None:
            progress(done, len(items))
    atomic_write(out_folder / "SHA256SUMS", sha256sums(items).encode("utf-8"))
    atomic_write(out_folder / "MANIFEST.csv", manifest(items).encode("utf-8"))
    return EvidenceReport(out_folder, items)
