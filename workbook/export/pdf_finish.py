"""The last step of every PDF Workbook writes: no identifying metadata, and with a password
AES-256 encryption (R6) done in memory, so only encrypted bytes ever reach the disk.

Shared by the plan PDF (pdf.py) and the partner card (partner_card.py); imports neither.
"""

from __future__ import annotations

import io
import re
import secrets


class PdfExportError(Exception):
    """The export failed; `str(error)` is a plain message for the person, with no content."""


class ExportCancelled(PdfExportError):
    def __init__(self) -> None:
        super().__init__("The export was cancelled. Nothing was saved.")


# What a PDF must not say about where it was made (tests/test_pdf.py looks for these too).
_TELLING = (b"ReportLab", b"reportlab", b"/Producer", b"/CreationDate", b"/Author", b"/Metadata")
_INFO = re.compile(rb"\ntrailer\n<<.*?/Info (\d+) 0 R", re.DOTALL)


def _blank(data: bytearray, start: int, end: int) -> None:
    """Spaces over data[start:end]: every byte offset (the cross-reference table) stays."""
    data[start:end] = b" " * (end - start)


def _scrubbed(data: bytes) -> bytes | None:
    """ReportLab's own output without its marks, edited in place, or None when it is not
    laid out as expected (then pikepdf rewrites the file): the comments naming ReportLab
    become spaces, and so does the inside of the document-information dictionary, which
    stays as an empty `<< >>`. A 50,000-entry log is saved without being parsed again."""
    out = bytearray(data)
    found = _INFO.search(data, max(0, len(data) - 4096))
    if found is None:
        return None
    opening = b"\n" + found.group(1) + b" 0 obj\n<<"
    start = data.rfind(opening, 0, found.start())
    end = data.find(b">>\nendobj", start)
    if start < 0 or end < 0:
        return None
    _blank(out, start + len(opening), end)
    for mark in (
        b" ReportLab Generated PDF document (opensource)",
        b"% ReportLab generated PDF document -- digest (opensource)",
    ):
        at = data.find(mark)
        if at >= 0:
            _blank(out, at + (1 if mark.startswith(b"%") else 0), at + len(mark))
    if any(telling in out for telling in _TELLING):
        return None
    return bytes(out)


def finish_pdf(data: bytes, password: str | None) -> bytes:
    """Strip identifying metadata and, with a password, encrypt with AES-256 (R6)."""
    if not password:
        scrubbed = _scrubbed(data)
        if scrubbed is not None:
            return scrubbed
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        if "/Info" in pdf.trailer:
            del pdf.trailer["/Info"]
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        encryption: pikepdf.Encryption | bool = False
        if password:
            encryption = pikepdf.Encryption(
                owner=secrets.token_urlsafe(32), user=password, R=6, aes=True
            )
        out = io.BytesIO()
        pdf.save(out, encryption=encryption, fix_metadata_version=False)
    return out.getvalue()
