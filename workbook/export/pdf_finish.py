"""The last step of every PDF Workbook writes: no identifying metadata, and with a password
AES-256 encryption (R6) done in memory, so only encrypted bytes ever reach the disk.

Shared by the plan PDF (pdf.py) and the partner card (partner_card.py); imports neither.
"""

from __future__ import annotations

import io
import secrets


class PdfExportError(Exception):
    """The export failed; `str(error)` is a plain message for the person, with no content."""


class ExportCancelled(PdfExportError):
    def __init__(self) -> None:
        super().__init__("The export was cancelled. Nothing was saved.")


def finish_pdf(data: bytes, password: str | None) -> bytes:
    """Strip identifying metadata and, with a password, encrypt with AES-256 (R6)."""
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
