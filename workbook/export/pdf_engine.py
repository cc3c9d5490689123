"""The PDF's drawing engine: rows of text drawn straight onto ReportLab's canvas.

Nothing here knows what a plan is. `Drawing` holds the fonts, sizes and looks, turns text into
cells and rows, and lays records out as label/value rows (`record_tables`) or as a log's rows
under a header row (`log_tables`); pdf_content.py says what goes into them and pdf_template.py
puts them on pages. Imported only when a PDF is made.

- rows are drawn by `Rows` straight onto the canvas, not by ReportLab's Table: text the
  main font draws alone is wrapped here (greedy, at spaces, like simpleSplit) and written
  as PDF text operators; text that needs other fonts, shaping or right-to-left order is
  broken into lines of font runs by pdf_text (`Line`s) and written by the same operators,
  no flowable in between. A 50,000-row log takes a third of the time the same rows take
  as Tables of plain strings (bench/bench_pdf.py);
- records and logs come in blocks of at most `CHUNK_ROWS` rows, so progress moves and every
  split stays cheap;
- rows split between rows, never inside one: a value too tall for about half a page leaves
  the rows and flows as paragraphs under its label (a 100 kB note), and a log row that
  tall is laid out as a stacked record, so its columns never interleave across pages;
- black text, grey rules, no fills: cheap printers and photocopies keep it legible.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import accumulate
from typing import Any, NamedTuple

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph, Spacer

from workbook import collector
from workbook.domain.i18n import tr
from workbook.export.fonts import font_chain
from workbook.export.pdf_text import TextMaker, clean, has_rtl, plain_char, width_function
from workbook.export.pdf_writer import REMEMBER_LINES, REMEMBERED, Line, Look, TextWriter


def right_to_left() -> bool:
    """True when the interface language is written right to left: its translation of Qt's
    own marker text says "RTL" (as in Qt's qtbase translations), so the PDF mirrors its
    tables and page furniture for Arabic without the export knowing any language by name."""
    return tr("Pdf", "QT_LAYOUT_DIRECTION") == "RTL"


CHUNK_ROWS = 200
PROGRESS_TOTAL = 100
BUILD_SHARE = 20  # progress points for building the story; layout gets the rest up to 95
GREY = colors.Color(0.25, 0.25, 0.25)
RULE = colors.Color(0.4, 0.4, 0.4)

# A record for record_tables(): its heading, and its rows as (label, value or values).
RecordRows = tuple[str, list[tuple[str, Any]]]


class LayoutCancelled(Exception):
    """`cancelled()` said stop: the layout ends and nothing is returned."""


@dataclass
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    section: ParagraphStyle
    changed: ParagraphStyle
    heading: ParagraphStyle
    block: ParagraphStyle
    label: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    head_cell: ParagraphStyle
    firm: ParagraphStyle
    note: ParagraphStyle
    wide: ParagraphStyle
    wide_line: ParagraphStyle
    ess: ParagraphStyle


def make_styles(regular: str, bold: str, label_width: float) -> Styles:
    def style(name: str, **kw: Any) -> ParagraphStyle:
        base: dict[str, Any] = {
            "fontName": regular,
            "fontSize": 10,
            "leading": 13,
            "alignment": TA_LEFT,
            "splitLongWords": 1,
            "hyphenationLang": "",
            "embeddedHyphenation": 0,
            "allowWidows": 1,
            "allowOrphans": 1,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)

    return Styles(
        title=style("title", fontName=bold, fontSize=22, leading=27, spaceAfter=4),
        subtitle=style("subtitle", fontSize=10, leading=14, textColor=GREY, spaceAfter=10),
        section=style("section", fontName=bold, fontSize=17, leading=21, spaceAfter=2),
        changed=style("changed", fontSize=9, leading=12, textColor=GREY, spaceAfter=10),
        heading=style("heading", fontName=bold, fontSize=11.5, leading=15),
        block=style("block", fontName=bold, fontSize=12.5, leading=16, spaceBefore=8),
        label=style("label", fontName=bold, fontSize=8.5, leading=12, textColor=GREY),
        body=style("body", spaceAfter=2),
        cell=style("cell", fontSize=9, leading=11),
        head_cell=style("head_cell", fontName=bold, fontSize=8.5, leading=11, textColor=GREY),
        firm=style("firm", fontSize=13, leading=18, leftIndent=10, spaceBefore=2, spaceAfter=4),
        note=style("note", fontSize=10, leading=13, textColor=GREY),
        wide=style("wide", leftIndent=label_width, spaceAfter=2),
        wide_line=style("wide_line", leftIndent=label_width),
        ess=style("ess", fontSize=9.5, leading=12),
    )


# Texts this short never reach the height limits below, in any column on A4 or Letter
# (<= 2 x 100 wide characters over >= 13 a line, plus 5 breaks: < 22 lines of 12 pt in a
# log cell, < 9 lines in a record's value or heading): no estimate needed.
_SHORT = 100
_SHORT_LINES = 5
# fast(): lines up to this long are remembered wrapped, up to this many per column look.
_WIDE = re.compile("[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]")


def _short(texts: list[str]) -> bool:
    """Texts too short to ever fill a third of a page in any of our columns (see _SHORT)."""
    return sum(map(len, texts)) <= _SHORT and (
        sum(t.count("\n") for t in texts) + len(texts) <= _SHORT_LINES + 1
    )


def _estimated_height(text: str, width: float, size: float, leading: float) -> float:
    """A generous guess of a text's height in a column, without laying it out.

    Table rows never split inside themselves here (ReportLab's in-row splitting re-wraps
    cells quadratically and trips over blank lines), so anything this guess puts above
    half a page leaves the table; the guess errs on the tall side (average glyph 0.55 em,
    East Asian wide characters counted twice) so that a row always fits on one page."""
    per_line = max(int(width / (size * 0.55)), 1)
    lines = 0
    for line in text.split("\n"):
        length = len(line) + len(_WIDE.findall(line)) if not line.isascii() else len(line)
        lines += max(math.ceil(length / per_line), 1)
    return lines * leading


# A cell: its wrapped lines (drawn as they are, nothing parsed), or its `Line`s (text that
# needs several fonts, shaping or right-to-left order), or flowables already wrapped to the
# column (a word too wide for it).
Cell = tuple[str, ...] | tuple[Line, ...] | list[Any]


class Row(NamedTuple):  # a tuple: made 60,000 times for a large plan
    height: float
    cells: tuple[Cell, ...]
    looks: tuple[Look, ...]
    widths: tuple[float, ...]
    rule_above: bool = False
    # A row that starts a record carries its name for the PDF's outline (a bookmark under
    # the section); a later row of the record carries the name to repeat, "(continued)", at
    # the top of the next page when a page break falls just before it.
    title: str = ""
    record: str = ""


def _cell_height(cell: Cell, look: Look) -> float:
    if isinstance(cell, tuple):
        return look.leading * max(len(cell), 1) + look.top + look.bottom
    total = 0.0
    for index, flowable in enumerate(cell):
        total += flowable.height
        if index:
            total += flowable.getSpaceBefore()
        if index < len(cell) - 1:
            total += flowable.getSpaceAfter()
    return total + look.top + look.bottom


def make_row(
    cells: Iterable[Cell],
    looks: tuple[Look, ...],
    widths: tuple[float, ...],
    *,
    rule_above: bool = False,
    title: str = "",
    record: str = "",
) -> Row:
    cells = tuple(cells)
    height = 0.0
    for cell, look, width in zip(cells, looks, widths, strict=True):
        if isinstance(cell, tuple):
            cell_height = look.leading * (len(cell) or 1) + look.top + look.bottom
        else:
            for flowable in cell:
                flowable.wrap(width - look.left - look.right, 72000)
            cell_height = _cell_height(cell, look)
        height = max(height, cell_height)
    return Row(height, cells, looks, widths, rule_above, title, record)


def outline_entry(canvas: Any, title: str, level: int, y: float = 0.0) -> None:
    """A bookmark at height `y` of the current flowable, and its entry in the outline."""
    count = getattr(canvas, "_workbook_marks", 0) + 1
    canvas._workbook_marks = count
    key = f"m{count}"
    canvas.bookmarkHorizontal(key, 0, y)
    canvas.addOutlineEntry(title, key, level=level, closed=level == 0)


class Rows(Flowable):  # type: ignore[misc]
    """Rows of fixed columns, drawn straight onto the canvas: what a ReportLab Table does
    for us, without its per-cell styles, height passes and copies on every split.

    Rows never split inside themselves (the builder sends rows taller than about half a page
    elsewhere); the block splits between rows, and a log's header row starts every part.
    Text is drawn in reading order, row by row and cell by cell."""

    def __init__(
        self,
        rows: list[Row],
        header: Row | None = None,
        rule_below: tuple[float, Any] | None = None,
        header_rule: tuple[float, Any] | None = None,
        continued: Callable[[str], Row] | None = None,
        *,
        page_marks: bool = False,
        rtl: bool = False,
    ) -> None:
        super().__init__()
        self.rows = rows
        # Right to left the columns are mirrored (the first at the right) and plain lines are
        # set flush right; a flowable cell keeps its own alignment.
        self.rtl = rtl
        self.header = header
        self.rule_below = rule_below
        self.header_rule = header_rule
        self.continued = continued
        self.page_marks = page_marks  # a bookmark for the first titled row of each page
        self.width = sum(rows[0].widths) if rows else 0.0
        self.height = sum(row.height for row in rows) + (header.height if header else 0.0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _part(self, rows: list[Row]) -> Rows:
        return Rows(
            rows,
            self.header,
            self.rule_below,
            self.header_rule,
            self.continued,
            page_marks=self.page_marks,
            rtl=self.rtl,
        )

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        used = self.header.height if self.header else 0.0
        limit = avail_height + 1e-6
        count = 0
        for row in self.rows:
            if used + row.height > limit:
                break
            used += row.height
            count += 1
        if 0 < count < len(self.rows) and self.rows[count].record:
            last = self.rows[count - 1]
            if last.title or last.rule_above:
                # A record's heading, or its name again "(continued)", never ends a page:
                # it goes over with its rows.
                count -= 1
        if count == 0 or count == len(self.rows):
            return []
        rest = self.rows[count:]
        if rest[0].record and self.continued is not None:
            # The record goes on over the page: its name first, "(continued)".
            rest = [self.continued(rest[0].record), *rest]
        return [self._part(self.rows[:count]), self._part(rest)]

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        text = TextWriter(canvas)
        rules: list[tuple[float, Any, tuple[float, float, float, float]]] = []
        top = self.height
        rows = [self.header, *self.rows] if self.header is not None else self.rows
        rtl, full = self.rtl, self.width
        for index, row in enumerate(rows):
            x = 0.0
            for cell, look, width in zip(row.cells, row.looks, row.widths, strict=True):
                if isinstance(cell, tuple):
                    if not cell:
                        pass
                    elif type(cell[0]) is str:
                        y = top - look.top - look.size
                        if rtl:
                            text.lines_right(cell, look, full - x - look.left, y)
                        else:
                            text.lines(cell, look, x + look.left, y)
                    else:
                        y = top - look.top - look.size
                        if rtl:
                            left, right = full - x - width + look.right, full - x - look.left
                        else:
                            left, right = x + look.left, x + width - look.right
                        text.rich(cell, look, left, right, y)  # type: ignore[arg-type]
                elif cell:
                    text.flush()
                    y = top - look.top + cell[0].getSpaceBefore()
                    left = full - x - width + look.right if rtl else x + look.left
                    for flowable in cell:
                        y -= flowable.getSpaceBefore() + flowable.height
                        flowable.drawOn(canvas, left, y)
                        y -= flowable.getSpaceAfter()
                x += width
            bottom = top - row.height
            if row.title:
                if not self.page_marks:
                    outline_entry(canvas, row.title, 1, top)
                elif getattr(canvas, "_workbook_marked_page", 0) != canvas.getPageNumber():
                    canvas._workbook_marked_page = canvas.getPageNumber()
                    outline_entry(canvas, outline_title(row.title), 1, top)
            if row.rule_above:
                rules.append((0.6, RULE, (0.0, top, x, top)))
            if index == 0 and self.header is not None and self.header_rule is not None:
                rules.append((*self.header_rule, (0.0, bottom, x, bottom)))
            elif self.rule_below is not None and row is not self.header:
                rules.append((*self.rule_below, (0.0, bottom, x, bottom)))
            top = bottom
        text.flush()
        current: tuple[float, Any] | None = None
        for width, color, line in rules:
            if current != (width, color):
                canvas.setLineWidth(width)
                canvas.setStrokeColor(color)
                current = (width, color)
            canvas.line(*line)
        canvas.restoreState()


class Drawing:
    """Fonts, looks and the text-to-rows machinery of one document."""

    def __init__(
        self,
        page_size: str,
        records_total: int,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.pagesize = A4 if page_size == "A4" else LETTER
        self.rtl = right_to_left()
        self.progress = progress
        self.cancelled = cancelled
        chain = font_chain()
        self.maker = TextMaker(chain)
        self.maker.rtl = self.rtl
        self.regular = chain.regular
        self.bold = chain.bold or chain.regular
        self.s = make_styles(self.regular, self.bold, 34 * mm)
        self.margin_x = 18 * mm
        self.margin_top = 18 * mm
        self.margin_bottom = 20 * mm
        self.width = self.pagesize[0] - 2 * self.margin_x
        self.frame_height = self.pagesize[1] - self.margin_top - self.margin_bottom
        self.label_width = 34 * mm
        self.value_width = self.width - self.label_width
        black = colors.black
        self.look_label = Look(self.bold, 8.5, 12, GREY)
        self.look_value = Look(self.regular, 10, 13, black)
        self.look_note = Look(self.regular, 10, 13, GREY)
        self.look_heading = Look(self.bold, 11.5, 15, black, top=9, bottom=3)
        self.look_plain_heading = Look(self.regular, 10, 13, black, top=9, bottom=3)
        self.look_cell = Look(self.regular, 9, 11, black, left=3, right=3, top=2.5, bottom=2.5)
        self.look_head = Look(self.bold, 8.5, 11, GREY, left=3, right=3, top=3, bottom=3)
        # Plain cells (see fast()): the characters each font draws on its own, the width of
        # every word met so far, and our own labels, wrapped once.
        fonts = {self.regular, self.bold}
        self._measure = {name: width_function(name) for name in fonts}
        self._plain = {
            name: frozenset(
                char
                for char in map(chr, pdfmetrics.getFont(name).face.charToGlyph)
                if char >= " " and plain_char(char)
            )
            | {"\n"}
            for name in fonts
        }
        self._word_widths: dict[tuple[str, float], dict[str, float]] = {}
        self._wrapped: dict[tuple[str, float, float], dict[str, tuple[str, ...]]] = {}
        self._labels: dict[tuple[str, int, float], Cell] = {}
        self._last_percent = -1
        self._records_done = 0
        self._records_total = max(records_total + 1, 1)

    # --- progress -------------------------------------------------------------------
    def report(self, done: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise LayoutCancelled()
        if self.progress is not None and done > self._last_percent:
            self._last_percent = done
            self.progress(done, PROGRESS_TOTAL)

    def record_done(self) -> None:
        self._records_done += 1
        if self._records_done % 200 == 0:
            self.report(self._records_done * BUILD_SHARE // self._records_total)

    # --- text -----------------------------------------------------------------------
    def p(self, text: str, style: ParagraphStyle, bold: bool = False) -> Any:
        """User text (or our own words) as a flowable: the only way text enters the PDF."""
        return self.maker.flowable(text, style, bold)

    def ps(self, text: str, style: ParagraphStyle, bold: bool = False) -> list[Any]:
        """Like p(), but a very long text becomes several paragraphs (see long_text)."""
        if len(text) <= 3000:
            return [self.p(text, style, bold)]
        return [self.p(piece, style, bold) for piece in chunks(text) if piece.strip()]

    def long_text(self, text: str) -> list[Any]:
        """A very long text as one paragraph per line (and per ~2,000 characters of a line):
        ReportLab re-breaks the rest of a paragraph at every page it splits it over, which
        is quadratic for a 100 kB note; many small paragraphs flow in linear time."""
        out: list[Any] = []
        for piece in chunks(text):
            if piece.strip():
                out.append(self.p(piece, self.s.wide_line))
            else:
                out.append(Spacer(1, self.s.wide_line.leading))
        if out:
            out.append(Spacer(1, 3))
        return out

    def label(self, text: str) -> Any:
        return Paragraph(self.maker.markup(text, bold=True), self.s.label)

    # --- tables ---------------------------------------------------------------------
    def record_tables(
        self,
        records: Iterable[RecordRows],
        plain_headings: bool = False,
        heading_label: str = "",
    ) -> list[Any]:
        """Records as label/value rows under a heading row, in blocks of <= CHUNK_ROWS rows.

        `heading_label` names what the headings show (a contact's "Name"): with each row's
        label, it is what a character no font can draw is reported with."""
        out: list[Any] = []
        maker = self.maker
        rows: list[Row] = []
        limit = self.frame_height * 0.45
        full = (self.width,)
        columns = (self.label_width, self.value_width)
        heading_look = self.look_plain_heading if plain_headings else self.look_heading

        def flush() -> None:
            if rows:
                out.append(Rows(rows[:], continued=continued, rtl=self.rtl))
                rows.clear()

        def continued(name: str) -> Row:
            text = tr("Pdf", "{name} (continued)").format(name=name)
            cell: Cell | None = self.fast(text, heading_look, self.width)
            if cell is None:
                cell = self.lines([text], heading_look, self.width)
            if cell is None:
                style, bold = (self.s.body, False) if plain_headings else (self.s.heading, True)
                cell = [self.p(text, style, bold)]
            return make_row((cell,), (heading_look,), full, rule_above=True)

        for heading, fields in records:
            maker.context = heading_label
            shown = [(name, value) for name, value in fields if filled(value)]
            if len(rows) + len(shown) + 1 > CHUNK_ROWS:
                flush()
            name = outline_title(heading)
            # Repeated in full at the top of the next page, unless it is itself very long.
            again = heading if len(heading) <= 300 and heading.strip() else name
            if not _short([heading]) and (
                _estimated_height(heading, self.width, 11.5, 15) > self.frame_height * 0.3
            ):
                flush()
                out.append(self.p("", self.s.heading))
                out.append(Marker("", name, 1))
                for piece in chunks(heading):
                    out.append(self.p(piece, self.s.heading, bold=True))
            else:
                cell: Cell | None = self.fast(heading, heading_look, self.width)
                if cell is None:
                    cell = self.lines([heading], heading_look, self.width)
                if cell is None:
                    style, bold = (self.s.body, False) if plain_headings else (self.s.heading, True)
                    cell = [self.p(heading, style, bold)]
                rows.append(make_row((cell,), (heading_look,), full, rule_above=True, title=name))
            for label_name, value in shown:
                maker.context = label_name
                texts: list[str] = [value] if isinstance(value, str) else value
                height = (
                    0.0
                    if _short(texts)
                    else sum(_estimated_height(t, self.value_width, 10, 13) for t in texts)
                )
                row = None
                if height <= limit:
                    cells = (self.label_cell(label_name), self.value_cell(texts))
                    row = make_row(cells, (self.look_label, self.look_value), columns, record=again)
                if row is None or row.height > limit:
                    # Too tall for a row: ReportLab re-wraps a cell from its start at every
                    # page it is split over (quadratic for a 100 kB note), while a plain
                    # paragraph splits in one pass. Same label, same indentation.
                    flush()
                    out.append(self.label(label_name))
                    for t in texts:
                        out.extend(self.long_text(t))
                    continue
                rows.append(row)
            if not shown and not plain_headings:
                cells = ((), (tr("Pdf", "(nothing filled in yet)"),))
                rows.append(
                    make_row(cells, (self.look_label, self.look_note), columns, record=again)
                )
            self.record_done()
        flush()
        return out

    def log_tables(
        self,
        header: list[str],
        widths: list[float],
        entries: Iterable[tuple[list[str | list[str]], Callable[[], RecordRows]]],
        entry_title: str = "",
        per_page: bool = False,
    ) -> list[Any]:
        """Log rows in blocks of CHUNK_ROWS rows; a row too tall for half a page is stacked.

        With `entry_title` ("No. {n}, {when}": the entry's number and the first line of its
        first cell) entries are bookmarks in the outline: each of them, or with `per_page`
        the first entry that starts on each page (a 50,000-entry log has an outline of its
        pages, not of 50,000 lines)."""
        out: list[Any] = []
        rows: list[Row] = []
        limit = self.frame_height * 0.45
        look = self.look_cell
        looks = (look,) * len(widths)
        columns = tuple(widths)
        head_looks = (self.look_head,) * len(widths)
        head_cells = [
            self.label_cell(h, self.look_head, w) for h, w in zip(header, widths, strict=True)
        ]
        head = make_row(head_cells, head_looks, columns)
        most_lines = int(limit // look.leading)
        padding = look.top + look.bottom

        def flush() -> None:
            if rows:
                out.append(
                    Rows(
                        rows[:],
                        head,
                        (0.3, RULE),
                        (0.8, colors.black),
                        page_marks=per_page,
                        rtl=self.rtl,
                    )
                )
                rows.clear()

        fast, cell, maker, text_lines = self.fast, self.cell, self.maker, self.lines
        for number, (cells, stacked) in enumerate(entries, start=1):
            made: list[Cell] = []
            height = 0.0
            plain = True
            for c, w, name in zip(cells, widths, header, strict=True):
                if isinstance(c, str):
                    # Most cells: text wrapped here into lines; its height is its number
                    # of lines.
                    lines: tuple[str, ...] | tuple[Line, ...] | None = fast(c, look, w)
                    if lines is None and (_short([c]) or _estimated_height(c, w, 9, 12) <= limit):
                        # Other scripts: lines of font runs, as plain to measure and draw.
                        maker.context = name
                        lines = text_lines([c], look, w)
                    if lines is not None:
                        if len(lines) > most_lines:
                            break
                        made.append(lines)
                        height = max(height, look.leading * (len(lines) or 1) + padding)
                        continue
                    parts = [c]
                else:
                    parts = c
                if not _short(parts) and _estimated_height("\n".join(parts), w, 9, 12) > limit:
                    break
                maker.context = name
                made.append(cell(parts, w))
                plain = False  # Paragraphs: make_row wraps and measures them
            if len(made) < len(widths):
                row = None
            elif plain:  # plain cells only: nothing to measure
                row = Row(height, tuple(made), looks, columns)
            else:
                row = make_row(made, looks, columns)
            if row is None or row.height > limit:
                flush()
                out.extend(self.record_tables([stacked()]))
                continue
            if entry_title:
                first = cells[0] if isinstance(cells[0], str) else " ".join(cells[0])
                when = first.split("\n", 1)[0]
                row = row._replace(title=entry_title.format(n=number, when=when))
            rows.append(row)
            if len(rows) >= CHUNK_ROWS:
                flush()
            self.record_done()
        flush()
        return out

    def fast(self, text: str, look: Look, width: float) -> tuple[str, ...] | None:
        """Text that the look's font draws on its own, wrapped here into lines for a plain
        cell; None when it needs a Paragraph (other scripts, a word wider than the column).

        Plain cells are drawn literally (no markup is parsed at all, so nothing needs
        escaping), several times faster than Paragraphs, which matters for 50,000 log
        entries. Line breaking is ReportLab's simpleSplit (greedy, at whitespace), with
        each word measured once per font and size."""
        if text.isascii():
            # Line breaks are all a plain cell's text usually holds besides letters.
            if not text.isprintable() and not text.replace("\n", " ").isprintable():
                text = clean(text)
        else:
            if text.replace("\n", " ").isprintable():
                if not unicodedata.is_normalized("NFC", text):
                    text = unicodedata.normalize("NFC", text)  # what the font draws best
            else:
                text = clean(text)
            if not self._plain[look.font].issuperset(text):
                return None
        width -= look.left + look.right
        measure = self._measure[look.font]
        size = look.size
        lines: list[str] = []
        widths: dict[str, float] | None = None
        space = 0.0
        # Lines that come back again and again in a log ("Text message", "No response",
        # an order's verdict) are wrapped once per font, size and width.
        known = self._wrapped.get((look.font, size, width))
        if known is None:
            known = self._wrapped[(look.font, size, width)] = {}
        for paragraph in text.split("\n"):
            again = known.get(paragraph)
            if again is not None:
                lines += again
                continue
            whole = " ".join(paragraph.split())
            if measure(whole, size) <= width:  # most lines fit, measured at once
                lines.append(whole)
                if len(paragraph) <= REMEMBERED and len(known) < REMEMBER_LINES:
                    known[paragraph] = (whole,)
                continue
            if widths is None:
                key = (look.font, size)
                widths = self._word_widths.get(key)
                if widths is None:
                    widths = self._word_widths[key] = {" ": measure(" ", size)}
                space = widths[" "]
            # Greedy, as simpleSplit: each word with the space after it, summed once; each
            # line ends at the last word whose running sum stays within the width.
            words = whole.split(" ")
            each = [
                widths[word] if word in widths else _remember(widths, word, measure(word, size))
                for word in words
            ]
            if max(each) > width:
                return None
            ends = list(accumulate([length + space for length in each]))
            first, total, reach = 0, len(words), width + space
            wrapped: list[str] = []
            while first < total:
                last = bisect_right(ends, (ends[first - 1] if first else 0.0) + reach, first)
                last = max(last, first + 1)
                wrapped.append(" ".join(words[first:last]))
                first = last
            lines += wrapped
            if len(paragraph) <= REMEMBERED and len(known) < REMEMBER_LINES:
                known[paragraph] = tuple(wrapped)
        while lines and not lines[-1]:
            lines.pop()
        return tuple(lines)

    def lines(self, texts: list[str], look: Look, width: float) -> tuple[Line, ...] | None:
        """Texts that need more than the look's font alone (other scripts, right-to-left
        order, shaping) as `Line`s for a cell `width` wide, one text after the other; None
        when one of them is plain text with a word too wide for the column (a Paragraph
        cuts it)."""
        maker = self.maker
        bold = look.font == self.bold and self.bold != self.regular
        if not any(maker.complex(text, bold) for text in texts):
            return None
        # A little slack so that a line never overflows the column.
        room = max(width - look.left - look.right - 2, 10.0)
        out: list[Line] = []
        for text in texts:
            out += maker.lay_out(text, look.size, bold, room)
        return tuple(out)

    def label_cell(self, name: str, look: Look | None = None, width: float = 0.0) -> Cell:
        """One of our labels (or a log header): the same few words again and again."""
        look = look or self.look_label
        key = (name, id(look), width)
        cell = self._labels.get(key)
        if cell is None:
            width = width or self.label_width
            cell = self.fast(name, look, width)
            if cell is None:
                # An Arabic label is shaped and ordered like any right-to-left text.
                cell = self.lines([name], look, width)
            if cell is None:
                style = self.s.head_cell if look is self.look_head else self.s.label
                cell = [self.maker.flowable(name, style, bold=True)]
            self._labels[key] = cell
        return cell

    def value_cell(self, texts: list[str]) -> Cell:
        plain = [self.fast(t, self.look_value, self.value_width) for t in texts]
        if all(p is not None for p in plain):
            return tuple(line for p in plain if p is not None for line in (p or ("",)))
        lines = self.lines(texts, self.look_value, self.value_width)
        if lines is not None:
            return lines
        if len(texts) == 1:
            return [self.p(texts[0], self.s.body)]
        return [self.p(t, self.s.body) for t in texts]

    def cell(self, parts: list[str], width: float) -> Cell:
        """Short texts in a log cell, one per line: plain lines when the main font draws
        them, else `Line`s (other scripts); Paragraphs only for a plain word too wide for
        the column (one, or one per part when a part is right-to-left)."""
        if len(parts) == 1:  # the usual log cell
            lines = self.fast(parts[0], self.look_cell, width)
            if lines is not None:
                return lines
        parts = [part for part in parts if clean(part).strip()]
        plain = [self.fast(part, self.look_cell, width) for part in parts]
        if all(p is not None for p in plain):
            return tuple(line for p in plain if p is not None for line in (p or ("",)))
        runs = self.lines(parts, self.look_cell, width)
        if runs is not None:
            return runs
        if any(has_rtl(part) for part in parts):
            return [self.p(part, self.s.cell) for part in parts]
        return [self.p("\n".join(parts), self.s.cell)]


def _remember(widths: dict[str, float], word: str, width: float) -> float:
    widths[word] = width
    return width


def chunks(text: str, size: int = 2000) -> list[str]:
    """Lines of `text`, lines longer than `size` cut at a space (or anywhere, for a word
    longer than half of `size`)."""
    out: list[str] = []
    for whole in clean(text).split("\n"):
        line = whole
        while len(line) > size:
            cut = line.rfind(" ", 0, size)
            if cut <= size // 2:
                cut = size
            out.append(line[:cut])
            line = line[cut:].lstrip(" ")
        out.append(line)
    return out


def filled(value: str | list[str]) -> bool:
    if isinstance(value, str):
        return bool(clean(value).strip())
    return any(clean(v).strip() for v in value)


class Marker(Spacer):  # type: ignore[misc]
    """An invisible flowable that records on which page a part of the document starts."""

    def __init__(self, key: str, title: str = "", level: int = 0) -> None:
        super().__init__(0, 0)
        self.key = key
        self.title = title
        self.level = level

    def draw(self) -> None:
        if self.title:
            outline_entry(self.canv, self.title, self.level)


def outline_title(text: str, limit: int = 90) -> str:
    """A record's name as one short line for the outline."""
    line = " ".join(clean(text).split())
    if len(line) > limit:
        line = line[: limit - 1].rstrip() + "…"
    return line or "—"


# Python's cycle collector is off while a PDF is laid out: a large plan makes millions of
# small objects that live until the end, which the collector walked again and again (a third
# of the time of a 50,000-row export) and freed nothing. One implementation for the app:
collector_paused = collector.collector_paused
