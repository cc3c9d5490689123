"""The safety-plan PDF: `export_pdf(plan, out)` writes it, atomically and optionally encrypted.

This module imports neither ReportLab nor pikepdf at import time, so the app and the CLI can
import it freely; the heavy work is loaded on the first export: `pdf_template` (pages),
`pdf_content` (what each section says, from the field registry, for one reader) and
`pdf_engine` (drawing). Those never import this module.

Safety properties:
- The document is built in memory. With a password it is encrypted in memory (AES-256,
  PDF revision 6, through pikepdf; never ReportLab's own RC4) before a byte reaches disk.
- It is written to a temporary file in the destination folder (created O_EXCL, mode 0600),
  fsynced and renamed over the destination: a failure leaves no partial file behind.
- Metadata is neutral: the Info dictionary is emptied (or removed) and there is no XMP
  packet, so there is no name, producer, path, date or time zone in the file's properties.
"""

from __future__ import annotations

import contextlib
import locale
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from workbook.domain.fields import Reader
from workbook.domain.i18n import tr
from workbook.domain.model import Plan
from workbook.export.pdf_finish import ExportCancelled, PdfExportError, finish_pdf
from workbook.files import EXPORT_TEMP_PREFIX, atomic_write

__all__ = [
    "PAGE_SIZES",
    "ExportCancelled",
    "PdfExportError",
    "PdfReport",
    "default_page_size",
    "export_pdf",
]

PAGE_SIZES = ("A4", "Letter")
_CONTEXT = "Pdf"

# Countries that use US Letter paper (ISO 3166 codes, and the names Windows uses in locales).
_LETTER_COUNTRIES = frozenset(
    {"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PA", "DO", "PR", "SV", "NI", "BZ"}
)
_LETTER_NAMES = ("united states", "canada", "mexico", "philippines", "chile", "colombia")


@dataclass
class PdfReport:
    path: Path
    pages: int
    page_size: str
    encrypted: bool
    size_bytes: int
    # Characters that no available font could draw (each drawn as a visible mark), sorted,
    # and where: (character, the field's label, page), sorted.
    undrawable: list[str] = field(default_factory=list)
    undrawable_places: list[tuple[str, str, int]] = field(default_factory=list)
    # First page (1-based) of "essentials" and of each section (Section values).
    section_pages: dict[str, int] = field(default_factory=dict)


def default_page_size(
    env: Mapping[str, str] | None = None, system_locale: str | None = None
) -> str:
    """US Letter where the locale's country uses it, A4 everywhere else.

    The paper locale the environment names comes first (LC_ALL, LC_PAPER, LANG, as the C
    library reads them). Only when it names none (an app started from the Windows or macOS
    desktop): `system_locale`, the system's own locale name ("en_US", "fr_CA"; the window
    passes Qt's `QLocale.system().name()`), else Python's idea of it. "C" and "POSIX" name no
    country: A4."""
    environ = os.environ if env is None else env
    candidates = [environ.get(name, "") for name in ("LC_ALL", "LC_PAPER", "LANG")]
    if not any(candidates):
        if system_locale is not None:
            candidates.append(system_locale)
        elif env is None:
            # Python reports the C locale ("C.UTF-8") as en_US, which is not the United
            # States; it is asked only when the environment names no locale at all.
            with contextlib.suppress(ValueError):
                candidates.append(locale.getlocale()[0] or "")
    for value in candidates:
        if not value:
            continue
        if value in ("C", "POSIX") or value.startswith("C."):
            return "A4"  # the first locale named is the one in force; C names no country
        name = value.split(".")[0].split("@")[0]
        country = name.split("_")[1] if "_" in name else ""
        if country.upper() in _LETTER_COUNTRIES:
            return "Letter"
        if any(n in name.lower() for n in _LETTER_NAMES):
            return "Letter"
        return "A4"
    return "A4"


def _page_size(value: str | None) -> str:
    if value is None:
        return default_page_size()
    for name in PAGE_SIZES:
        if value.strip().lower() == name.lower():
            return name
    raise PdfExportError(tr(_CONTEXT, "Please choose A4 or Letter as the page size."))


def export_pdf(
    plan: Plan,
    out: Path,
    *,
    page_size: str | None = None,
    password: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    made_at: datetime | None = None,
    reader: Reader = Reader.PLAN,
    partner_id: str | None = None,
    emergency: str | None = None,
) -> PdfReport:
    """Write the plan's PDF to `out`. Raises PdfExportError (ExportCancelled when cancelled).

    `reader` is whom the PDF is for: a field the registry does not show that reader is left
    out (PRODUCT.md §4); the default is the person's own full plan. For `Reader.PARTNER` the
    PDF is the one-page card of the check-in partner `partner_id` (export/partner_card.py;
    the plan's only partner when it has one), with the `emergency` number.

    `progress(done, total)` is called now and then (total is 100); `cancelled()` is polled
    and, once it returns True, the export stops and nothing is written.
    """
    from workbook.export.pdf_engine import LayoutCancelled
    from workbook.export.pdf_template import build_pdf

    size = _page_size(page_size)
    out = Path(out)
    if not out.parent.is_dir():
        raise PdfExportError(
            tr(_CONTEXT, "The folder for the PDF does not exist. Please choose another.")
        )
    if reader is Reader.PARTNER:
        return _export_card(
            plan,
            out,
            partner_id=partner_id,
            emergency=emergency,
            size=size,
            password=password,
            made_at=made_at,
        )
    try:
        built = build_pdf(
            plan,
            page_size=size,
            made_at=made_at or datetime.now().replace(microsecond=0),
            reader=reader,
            progress=progress,
            cancelled=cancelled,
        )
    except LayoutCancelled:
        raise ExportCancelled() from None
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    data = finish_pdf(built.data, password)
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    try:
        atomic_write(out, data, EXPORT_TEMP_PREFIX)
    except OSError as error:
        raise PdfExportError(
            tr(
                _CONTEXT,
                "The PDF could not be saved there. Please check that the folder is writable "
                "and has space, or choose another place.",
            )
        ) from error
    if progress is not None:
        progress(100, 100)
    return PdfReport(
        path=out,
        pages=built.pages,
        page_size=size,
        encrypted=bool(password),
        size_bytes=len(data),
        undrawable=sorted(built.undrawable),
        undrawable_places=sorted(built.undrawable_places, key=lambda p: (p[2], p[1], p[0])),
        section_pages=built.section_pages,
    )


def _export_card(
    plan: Plan,
    out: Path,
    *,
    partner_id: str | None,
    emergency: str | None,
    size: str,
    password: str | None,
    made_at: datetime | None,
) -> PdfReport:
    from workbook.export.partner_card import PartnerCardError, export_partner_card, partners

    if partner_id is None:
        people = partners(plan)
        if len(people) != 1:
            raise PdfExportError(
                tr(_CONTEXT, "Please choose which check-in partner the card is for.")
                if people
                else tr(_CONTEXT, "No trusted contact is the partner of a check-in agreement yet.")
            )
        partner_id = people[0].id
    try:
        card = export_partner_card(
            plan,
            partner_id,
            out,
            emergency=emergency,
            page_size=size,
            password=password,
            made_at=made_at,
        )
    except PartnerCardError as error:
        raise PdfExportError(str(error)) from None
    return PdfReport(
        path=out,
        pages=card.pages,
        page_size=size,
        encrypted=bool(password),
        size_bytes=out.stat().st_size,
        undrawable=card.undrawable,
    )
