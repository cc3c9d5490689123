"""The page template: frames, the footer with "Page n of N", and the document build.

`build_pdf` lays out pdf_content's story for one reader on A4 or Letter pages, in memory.
Imported only when a PDF is made; it knows nothing of files, passwords or metadata (pdf.py).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from workbook.domain.dates import current_style
from workbook.domain.fields import Reader, voice_for
from workbook.domain.i18n import tr
from workbook.domain.model import Plan
from workbook.domain.other_person import speaking_of
from workbook.domain.readers import reader_text
from workbook.export.pdf_content import Content, fmt_date
from workbook.export.pdf_engine import (
    BUILD_SHARE,
    GREY,
    RULE,
    Marker,
    collector_paused,
    right_to_left,
)
from workbook.export.pdf_text import TextMaker, actual_text, logical_lines


def _draw_line(
    canvas: Any, maker: TextMaker, text: str, x: float, y: float, *, size: float, right: bool
) -> None:
    """One line of the footer at `x` (its right end when `right`), in any script: Arabic is
    shaped and ordered as in the body and copies back as written (/ActualText). Text the
    regular font draws alone takes the plain path."""
    if not maker.needs_layout(text):
        (canvas.drawRightString if right else canvas.drawString)(x, y, text)
        return
    original, drawn = logical_lines(maker, text, 100_000.0, size, False)[0]
    runs = maker.runs(drawn)
    widths = [stringWidth(part, font, size) for font, part in runs]
    start = x - sum(widths) if right else x
    canvas.addLiteral(actual_text(original))
    for (font, part), width in zip(runs, widths, strict=True):
        canvas.setFont(font, size)
        canvas.drawString(start, y, part)
        start += width
    canvas.addLiteral("EMC")


@dataclass
class BuiltPdf:
    data: bytes
    pages: int
    undrawable: set[str]
    undrawable_places: set[tuple[str, str, int]] = field(default_factory=set)
    section_pages: dict[str, int] = field(default_factory=dict)


class _Doc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, buffer: Any, builder: Content, total_right: bool, **kw: Any) -> None:
        super().__init__(buffer, **kw)
        self.builder = builder
        self.total_right = total_right
        # Page numbers in the digits the dates use (the locale's: Arabic-Indic in Arabic).
        self.digits = str.maketrans("0123456789", current_style().digits)
        digits = "0123456789".translate(self.digits)
        self.total_font = builder.maker.runs(digits)[0][0] if not digits.isascii() else ""
        self.section_pages: dict[str, int] = {}
        self._total = 1
        self._index: dict[int, int] = {}
        self._done = 0

    def afterFlowable(self, flowable: Any) -> None:
        if isinstance(flowable, Marker) and flowable.key:
            self.section_pages.setdefault(flowable.key, self.page)

    def handle_flowable(self, flowables: list[Any]) -> None:
        # Progress: how far into the story we are (split parts are not in the index).
        index = self._index.get(id(flowables[0]), self._done) if flowables else self._done
        self._done = max(self._done, index)
        self.builder.report(BUILD_SHARE + self._done * (95 - BUILD_SHARE) // self._total)
        super().handle_flowable(flowables)

    def build_story(self, story: list[Any]) -> None:
        self._total = max(len(story), 1)
        self._index = {id(f): i for i, f in enumerate(story)}
        self._done = 0
        self.build(story, canvasmaker=self._canvas)

    def _canvas(self, *args: Any, **kw: Any) -> Any:
        font = self.total_font or self.builder.regular
        return _TotalCanvas(font, self.total_right, self.digits, *args, **kw)


def _total_canvas_class() -> Any:
    from reportlab.pdfgen.canvas import Canvas

    class TotalCanvas(Canvas):  # type: ignore[misc]
        """Draws the page total, known only at the end, as a form every footer refers to."""

        def __init__(self, font: str, right: bool, digits: Any, *args: Any, **kw: Any) -> None:
            kw["invariant"] = 1
            # Never the standard-14 Helvetica, not even as the page's unused initial font.
            kw["initialFontName"] = font
            kw["initialFontSize"] = 10
            kw["initialLeading"] = 12
            super().__init__(*args, **kw)
            self._total_font = font
            self._total_right = right
            self._digits = digits

        def save(self) -> None:
            total = self.getPageNumber() - (0 if self._code else 1)
            # Right-aligned, the total lies left of the form's origin: its box reaches there.
            self.beginForm(_TOTAL_FORM, lowerx=-100 if self._total_right else 0)
            self.setFillColor(GREY)
            self.setFont(self._total_font, 8.5)
            said = str(total).translate(self._digits)
            (self.drawRightString if self._total_right else self.drawString)(0, 0, said)
            self.endForm()
            super().save()

    return TotalCanvas


def _TotalCanvas(font: str, right: bool, digits: Any, *args: Any, **kw: Any) -> Any:
    return _total_canvas_class()(font, right, digits, *args, **kw)


_TOTAL_FORM = "workbook-page-total"


def build_pdf(
    plan: Plan,
    *,
    page_size: str,
    made_at: datetime,
    reader: Reader = Reader.PLAN,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BuiltPdf:
    """Lay the plan out in memory for `reader`; raises LayoutCancelled when `cancelled()`
    says so. Its texts speak of the other person as this plan does, for this reader
    (`voice_for`), in this thread only."""
    with speaking_of(voice_for(plan, reader)):
        return _build_pdf(
            plan,
            page_size=page_size,
            made_at=made_at,
            reader=reader,
            progress=progress,
            cancelled=cancelled,
        )


def _build_pdf(
    plan: Plan,
    *,
    page_size: str,
    made_at: datetime,
    reader: Reader,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> BuiltPdf:
    content = Content(
        plan, page_size, made_at, reader=reader, progress=progress, cancelled=cancelled
    )
    buffer = io.BytesIO()
    footer_left = tr("Pdf", "{title} · made {date}").format(
        title=reader_text(reader).title, date=fmt_date(made_at.date())
    )
    page_of = tr("Pdf", "Page {page} of ")
    regular = content.regular
    page_w = content.pagesize[0]
    margin = content.margin_x
    reserve = stringWidth("0000", regular, 8.5)
    maker = content.maker
    # Right to left, the footer is mirrored: the title at the right, the page number at the
    # left with the total (drawn last, as a form) at its far left end.
    rtl = right_to_left()

    def on_page(canvas: Any, doc: Any) -> None:
        if doc.page == 1:
            canvas.showOutline()  # the viewer opens with the bookmarks shown
        canvas.saveState()
        y = 11 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(margin, y + 11, page_w - margin, y + 11)
        canvas.setFillColor(GREY)
        canvas.setFont(regular, 8.5)
        page = page_of.format(page=str(doc.page).translate(doc.digits))
        if rtl:
            _draw_line(canvas, maker, footer_left, page_w - margin, y, size=8.5, right=True)
            _draw_line(canvas, maker, page, margin + reserve, y, size=8.5, right=False)
            canvas.translate(margin + reserve - 2, y)
        else:
            _draw_line(canvas, maker, footer_left, margin, y, size=8.5, right=False)
            _draw_line(canvas, maker, page, page_w - margin - reserve, y, size=8.5, right=True)
            canvas.translate(page_w - margin - reserve + 2, y)
        canvas.doForm(_TOTAL_FORM)
        canvas.restoreState()

    frame = Frame(
        margin,
        content.margin_bottom,
        content.width,
        content.frame_height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc = _Doc(
        buffer,
        content,
        rtl,
        pagesize=content.pagesize,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=content.margin_top,
        bottomMargin=content.margin_bottom,
        title="",
        author="",
        subject="",
        creator="",
        producer="",
        pageTemplates=[PageTemplate(id="page", frames=[frame], onPage=on_page)],
    )
    with collector_paused():
        content.report(0)
        story = content.story()
        content.report(BUILD_SHARE)
        doc.build_story(story)
    return BuiltPdf(
        data=buffer.getvalue(),
        pages=doc.page,
        undrawable=set(content.maker.missing),
        undrawable_places=set(content.maker.missing_places),
        section_pages=doc.section_pages,
    )
