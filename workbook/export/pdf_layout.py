"""Lays the plan out with ReportLab Platypus. Imported only when a PDF is made.

Layout choices, all for a document a lawyer or an advocate is glad to receive:
- page 1 "Essentials": emergency numbers, check-in partners with times and code words, the
  firm sentence, the backup plans in brief;
- then one section per wizard page, each on a new page, with its last-changed date;
- records as label/value rows (labels in a narrow column), long lists (contact log,
  check-in log) as rows under a header row that starts every page; both in blocks of at
  most `CHUNK_ROWS` rows (`_Rows`), so progress moves and every split stays cheap;
- rows are drawn by `_Rows` straight onto the canvas, not by ReportLab's Table: text the
  main font draws alone is wrapped here (greedy, at spaces, like simpleSplit) and written
  as PDF text operators; text that needs other fonts or right-to-left order is a Paragraph
  (escaped by pdf_text) inside the row. A 50,000-row log takes a third of the time the
  same rows take as Tables of plain strings (bench/bench_pdf.py);
- rows split between rows, never inside one: a value too tall for about half a page leaves
  the rows and flows as paragraphs under its label (a 100 kB note), and a log row that
  tall is laid out as a stacked record, so its columns never interleave across pages;
- black text, grey rules, no fills: cheap printers and photocopies keep it legible.
"""

from __future__ import annotations

import contextlib
import gc
import math
import re
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, NamedTuple

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from workbook.domain.labels import SECTION_TITLES, label
from workbook.domain.model import (
    BackupPlan,
    CheckInAgreement,
    CommitmentStatus,
    ContactLogEntry,
    ContactRole,
    MandatedObligation,
    Plan,
    Section,
    SuspectedProxy,
    TrustedContact,
)
from workbook.export.fonts import font_chain
from workbook.export.pdf_text import TextMaker, clean, has_rtl

CHUNK_ROWS = 200
_ESSENTIAL_ITEMS = 5  # check-in agreements and backup plans on the first page
_ESSENTIAL_NUMBERS = 10
PROGRESS_TOTAL = 100
_BUILD_SHARE = 20  # progress points for building the story; layout gets the rest up to 95

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
GREY = colors.Color(0.33, 0.33, 0.33)
RULE = colors.Color(0.6, 0.6, 0.6)


def fmt_date(value: date | None) -> str:
    if value is None:
        return ""
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def fmt_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return f"{fmt_date(value.date())}, {value.hour:02d}:{value.minute:02d}"


class _Cancelled(Exception):
    pass


@dataclass
class BuiltPdf:
    data: bytes
    pages: int
    undrawable: set[str]
    section_pages: dict[str, int] = field(default_factory=dict)


@dataclass
class _Styles:
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


def _styles(regular: str, bold: str, label_width: float) -> _Styles:
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

    return _Styles(
        title=style("title", fontName=bold, fontSize=22, leading=27, spaceAfter=4),
        subtitle=style("subtitle", fontSize=10, leading=14, textColor=GREY, spaceAfter=10),
        section=style("section", fontName=bold, fontSize=17, leading=21, spaceAfter=2),
        changed=style("changed", fontSize=9, leading=12, textColor=GREY, spaceAfter=10),
        heading=style("heading", fontName=bold, fontSize=11.5, leading=15),
        block=style("block", fontName=bold, fontSize=12.5, leading=16, spaceBefore=8),
        label=style("label", fontName=bold, fontSize=8.5, leading=12, textColor=GREY),
        body=style("body", spaceAfter=2),
        cell=style("cell", fontSize=9, leading=12),
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


@dataclass(frozen=True)
class _Look:
    """How the text of one column (or of a whole-width row) is set, and its padding."""

    font: str
    size: float
    leading: float
    color: Any
    left: float = 0.0
    right: float = 6.0
    top: float = 1.5
    bottom: float = 1.5


# A cell: its wrapped lines (drawn as they are, nothing parsed), or flowables already
# wrapped to the column (text that needs several fonts or right-to-left order).
_Cell = tuple[str, ...] | list[Any]


class _Row(NamedTuple):  # a tuple: made 60,000 times for a large plan
    height: float
    cells: tuple[_Cell, ...]
    looks: tuple[_Look, ...]
    widths: tuple[float, ...]
    rule_above: bool = False


def _cell_height(cell: _Cell, look: _Look) -> float:
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


def _make_row(
    cells: Iterable[_Cell],
    looks: tuple[_Look, ...],
    widths: tuple[float, ...],
    rule_above: bool = False,
) -> _Row:
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
    return _Row(height, cells, looks, widths, rule_above)


class _Rows(Flowable):  # type: ignore[misc]
    """Rows of fixed columns, drawn straight onto the canvas: what a ReportLab Table does
    for us, without its per-cell styles, height passes and copies on every split.

    Rows never split inside themselves (the builder sends rows taller than about half a page
    elsewhere); the block splits between rows, and a log's header row starts every part.
    Text is drawn in reading order, row by row and cell by cell."""

    def __init__(
        self,
        rows: list[_Row],
        header: _Row | None = None,
        rule_below: tuple[float, Any] | None = None,
        header_rule: tuple[float, Any] | None = None,
    ) -> None:
        super().__init__()
        self.rows = rows
        self.header = header
        self.rule_below = rule_below
        self.header_rule = header_rule
        self.width = sum(rows[0].widths) if rows else 0.0
        self.height = sum(row.height for row in rows) + (header.height if header else 0.0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _part(self, rows: list[_Row]) -> _Rows:
        return _Rows(rows, self.header, self.rule_below, self.header_rule)

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        used = self.header.height if self.header else 0.0
        limit = avail_height + 1e-6
        count = 0
        for row in self.rows:
            if used + row.height > limit:
                break
            used += row.height
            count += 1
        if count == 0 or count == len(self.rows):
            return []
        return [self._part(self.rows[:count]), self._part(self.rows[count:])]

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        text = _TextWriter(canvas)
        rules: list[tuple[float, Any, tuple[float, float, float, float]]] = []
        top = self.height
        rows = [self.header, *self.rows] if self.header is not None else self.rows
        for index, row in enumerate(rows):
            x = 0.0
            for cell, look, width in zip(row.cells, row.looks, row.widths, strict=True):
                if isinstance(cell, tuple):
                    if cell:
                        text.lines(cell, look, x + look.left, top - look.top - look.size)
                elif cell:
                    text.flush()
                    y = top - look.top + cell[0].getSpaceBefore()
                    for flowable in cell:
                        y -= flowable.getSpaceBefore() + flowable.height
                        flowable.drawOn(canvas, x + look.left, y)
                        y -= flowable.getSpaceAfter()
                x += width
            bottom = top - row.height
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


class _Encoder:
    """One TrueType font's text as PDF string operands, for one document.

    ReportLab gives every character a one-byte code in one of the font's 256-glyph subsets
    as it first meets it (TTFont.splitString, a Python loop over every character). Here a
    line whose characters all have a code in the first subset already is encoded with one
    str.translate; any other line goes through splitString, which assigns the codes, and
    teaches the table what it assigned. Same bytes, same embedded subsets, same ToUnicode
    maps (text extraction), several times faster for 50,000 log rows."""

    def __init__(self, font: Any, doc: Any) -> None:
        self.font = font
        self.doc = doc
        self.table: dict[int, str] = {}
        self.known: set[str] = set()
        self.names: dict[int, str] = {}

    def name(self, subset: int) -> str:
        name = self.names.get(subset)
        if name is None:
            name = self.names[subset] = self.font.getSubsetInternalName(subset, self.doc)
        return name

    def runs(self, line: str) -> list[tuple[int, str]]:
        if self.known.issuperset(line):
            return [(0, escapePDF(line.translate(self.table)))]
        runs = self.font.splitString(line, self.doc)
        start = 0
        for subset, codes in runs:
            if subset == 0:
                for char, code in zip(line[start : start + len(codes)], codes, strict=True):
                    if code:  # 0 is the empty box of a character the font lacks
                        self.table[ord(char)] = chr(code)
                        self.known.add(char)
            start += len(codes)
        return [(subset, escapePDF(codes)) for subset, codes in runs]


_encoders: weakref.WeakKeyDictionary[Any, dict[str, _Encoder]] = weakref.WeakKeyDictionary()


class _TextWriter:
    """Plain cells' lines written as PDF text operators, one BT..ET between q..Q (so the
    canvas's own idea of its font and colour stays true for the flowables drawn next)."""

    def __init__(self, canvas: Any) -> None:
        self.canvas = canvas
        self.ops: list[str] = []
        encoders = _encoders.get(canvas._doc)
        if encoders is None:
            encoders = _encoders[canvas._doc] = {}
        self.encoders = encoders
        self._reset()

    def _reset(self) -> None:
        self.font: tuple[_Encoder, int, float] | None = None
        self.leading = -1.0
        self.color: Any = None

    def encoder(self, name: str) -> _Encoder:
        encoder = self.encoders.get(name)
        if encoder is None:
            font = pdfmetrics.getFont(name)
            encoder = self.encoders[name] = _Encoder(font, self.canvas._doc)
        return encoder

    def lines(self, lines: tuple[str, ...], look: _Look, x: float, y: float) -> None:
        ops = self.ops
        if not ops:
            ops.append("q BT")
        if self.leading != look.leading:
            ops.append(f"{fp_str(look.leading)} TL")
            self.leading = look.leading
        if self.color is not look.color:
            color = look.color
            ops.append(f"{fp_str(color.red, color.green, color.blue)} rg")
            self.color = color
        ops.append(f"1 0 0 1 {fp_str(x, y)} Tm")
        encoder = self.encoder(look.font)
        size = look.size
        known, table = encoder.known, encoder.table
        first = (encoder, 0, size)
        for line in lines:
            if known.issuperset(line):  # the common case, inlined: see _Encoder.runs
                if self.font != first:
                    ops.append(f"{encoder.name(0)} {fp_str(size)} Tf")
                    self.font = first
                ops.append(f"({escapePDF(line.translate(table))}) Tj T*")
                continue
            for subset, operand in encoder.runs(line):
                if self.font != (encoder, subset, size):
                    ops.append(f"{encoder.name(subset)} {fp_str(size)} Tf")
                    self.font = (encoder, subset, size)
                ops.append(f"({operand}) Tj")
            ops.append("T*")

    def flush(self) -> None:
        if self.ops:
            self.ops.append("ET Q")
            self.canvas.addLiteral("\n".join(self.ops))
            self.ops = []
            self._reset()


class _Builder:
    def __init__(
        self,
        plan: Plan,
        page_size: str,
        made_at: datetime,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.plan = plan
        self.pagesize = A4 if page_size == "A4" else LETTER
        self.made_at = made_at
        self.progress = progress
        self.cancelled = cancelled
        chain = font_chain()
        self.maker = TextMaker(chain)
        self.regular = chain.regular
        self.bold = chain.bold or chain.regular
        self.s = _styles(self.regular, self.bold, 34 * mm)
        self.margin_x = 18 * mm
        self.margin_top = 18 * mm
        self.margin_bottom = 20 * mm
        self.width = self.pagesize[0] - 2 * self.margin_x
        self.frame_height = self.pagesize[1] - self.margin_top - self.margin_bottom
        self.label_width = 34 * mm
        self.value_width = self.width - self.label_width
        self.contacts = {c.id: c for c in plan.contacts}
        self.proxies = {p.id: p for p in plan.proxies}
        self.obligations = {o.id: o for o in plan.obligations}
        self.agreements = {a.id: a for a in plan.checkin_agreements}
        black = colors.black
        self.look_label = _Look(self.bold, 8.5, 12, GREY)
        self.look_value = _Look(self.regular, 10, 13, black)
        self.look_note = _Look(self.regular, 10, 13, GREY)
        self.look_heading = _Look(self.bold, 11.5, 15, black, top=9, bottom=3)
        self.look_plain_heading = _Look(self.regular, 10, 13, black, top=9, bottom=3)
        self.look_cell = _Look(self.regular, 9, 12, black, left=3, right=3, top=3, bottom=3)
        self.look_head = _Look(self.bold, 8.5, 11, GREY, left=3, right=3, top=3, bottom=3)
        # Plain cells (see fast()): the characters each font draws on its own, the width of
        # every word met so far, and our own labels, wrapped once.
        fonts = {self.regular, self.bold}
        self._measure = {name: pdfmetrics.getFont(name).stringWidth for name in fonts}
        self._plain = {
            name: frozenset(chr(c) for c in pdfmetrics.getFont(name).face.charToGlyph if c >= 0x20)
            | {"\n"}
            for name in fonts
        }
        self._word_widths: dict[tuple[str, float], dict[str, float]] = {}
        self._labels: dict[tuple[str, int, float], _Cell] = {}
        self._last_percent = -1
        self._records_done = 0
        self._records_total = max(sum(len(plan.records_of(kind)) for kind in _ALL_KINDS) + 1, 1)

    # --- progress -------------------------------------------------------------------
    def report(self, done: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise _Cancelled()
        if self.progress is not None and done > self._last_percent:
            self._last_percent = done
            self.progress(done, PROGRESS_TOTAL)

    def record_done(self) -> None:
        self._records_done += 1
        if self._records_done % 200 == 0:
            self.report(self._records_done * _BUILD_SHARE // self._records_total)

    # --- text -----------------------------------------------------------------------
    def p(self, text: str, style: ParagraphStyle, bold: bool = False) -> Any:
        """User text (or our own words) as a flowable: the only way text enters the PDF."""
        return self.maker.flowable(text, style, bold)

    def ps(self, text: str, style: ParagraphStyle, bold: bool = False) -> list[Any]:
        """Like p(), but a very long text becomes several paragraphs (see long_text)."""
        if len(text) <= 3000:
            return [self.p(text, style, bold)]
        return [self.p(piece, style, bold) for piece in _chunks(text) if piece.strip()]

    def long_text(self, text: str) -> list[Any]:
        """A very long text as one paragraph per line (and per ~2,000 characters of a line):
        ReportLab re-breaks the rest of a paragraph at every page it splits it over, which
        is quadratic for a 100 kB note; many small paragraphs flow in linear time."""
        out: list[Any] = []
        for piece in _chunks(text):
            if piece.strip():
                out.append(self.p(piece, self.s.wide_line))
            else:
                out.append(Spacer(1, self.s.wide_line.leading))
        if out:
            out.append(Spacer(1, 3))
        return out

    def label(self, text: str) -> Any:
        return Paragraph(self.maker.markup(text, bold=True), self.s.label)

    def contact_name(self, contact_id: str | None) -> str:
        contact = self.contacts.get(contact_id or "")
        if contact is None:
            return "(a contact that was removed)" if contact_id else ""
        return contact.name or "(a contact without a name)"

    def contact_with_phones(self, contact_id: str) -> str:
        name = self.contact_name(contact_id)
        contact = self.contacts.get(contact_id)
        if contact is not None and contact.phones:
            return f"{name}: {', '.join(contact.phones)}"
        return name

    def numbered(self, items: list[str]) -> list[Any]:
        return [f for text in numbered_texts(items) for f in self.ps(text, self.s.ess)]

    # --- tables ---------------------------------------------------------------------
    def record_tables(
        self,
        records: Iterable[tuple[str, list[tuple[str, Any]]]],
        plain_headings: bool = False,
    ) -> list[Any]:
        """Records as label/value rows under a heading row, in blocks of <= CHUNK_ROWS rows."""
        out: list[Any] = []
        rows: list[_Row] = []
        limit = self.frame_height * 0.45
        full = (self.width,)
        columns = (self.label_width, self.value_width)
        heading_look = self.look_plain_heading if plain_headings else self.look_heading

        def flush() -> None:
            if rows:
                out.append(_Rows(rows[:]))
                rows.clear()

        for heading, fields in records:
            filled = [(name, value) for name, value in fields if _filled(value)]
            if len(rows) + len(filled) + 1 > CHUNK_ROWS:
                flush()
            if not _short([heading]) and (
                _estimated_height(heading, self.width, 11.5, 15) > self.frame_height * 0.3
            ):
                flush()
                out.append(self.p("", self.s.heading))
                for piece in _chunks(heading):
                    out.append(self.p(piece, self.s.heading, bold=True))
            else:
                cell: _Cell | None = self.fast(heading, heading_look, self.width)
                if cell is None:
                    style, bold = (self.s.body, False) if plain_headings else (self.s.heading, True)
                    cell = [self.p(heading, style, bold)]
                rows.append(_make_row((cell,), (heading_look,), full, rule_above=True))
            for name, value in filled:
                texts: list[str] = [value] if isinstance(value, str) else value
                height = (
                    0.0
                    if _short(texts)
                    else sum(_estimated_height(t, self.value_width, 10, 13) for t in texts)
                )
                row = None
                if height <= limit:
                    cells = (self.label_cell(name), self.value_cell(texts))
                    row = _make_row(cells, (self.look_label, self.look_value), columns)
                if row is None or row.height > limit:
                    # Too tall for a row: ReportLab re-wraps a cell from its start at every
                    # page it is split over (quadratic for a 100 kB note), while a plain
                    # paragraph splits in one pass. Same label, same indentation.
                    flush()
                    out.append(self.label(name))
                    for t in texts:
                        out.extend(self.long_text(t))
                    continue
                rows.append(row)
            if not filled and not plain_headings:
                cells = ((), ("(nothing filled in yet)",))
                rows.append(_make_row(cells, (self.look_label, self.look_note), columns))
            self.record_done()
        flush()
        return out

    def log_tables(
        self,
        header: list[str],
        widths: list[float],
        entries: Iterable[tuple[list[str | list[str]], Callable[[], tuple[str, list[Any]]]]],
    ) -> list[Any]:
        """Log rows in blocks of CHUNK_ROWS rows; a row too tall for half a page is stacked."""
        out: list[Any] = []
        rows: list[_Row] = []
        limit = self.frame_height * 0.45
        look = self.look_cell
        looks = (look,) * len(widths)
        columns = tuple(widths)
        head_looks = (self.look_head,) * len(widths)
        head_cells = [
            self.label_cell(h, self.look_head, w) for h, w in zip(header, widths, strict=True)
        ]
        head = _make_row(head_cells, head_looks, columns)

        def flush() -> None:
            if rows:
                out.append(_Rows(rows[:], head, (0.3, RULE), (0.8, colors.black)))
                rows.clear()

        fast, cell = self.fast, self.cell
        for cells, stacked in entries:
            made: list[_Cell] = []
            for c, w in zip(cells, widths, strict=True):
                if isinstance(c, str) and len(c) <= _SHORT and c.count("\n") <= _SHORT_LINES:
                    # Short (see _short): never too tall, and most often plain.
                    lines = fast(c, look, w)
                    made.append(cell([c], w) if lines is None else lines)
                    continue
                parts = [c] if isinstance(c, str) else c
                if _estimated_height("\n".join(parts), w, 9, 12) > limit:
                    break
                made.append(cell(parts, w))
            row = _make_row(made, looks, columns) if len(made) == len(widths) else None
            if row is None or row.height > limit:
                flush()
                out.extend(self.record_tables([stacked()]))
                continue
            rows.append(row)
            if len(rows) >= CHUNK_ROWS:
                flush()
            self.record_done()
        flush()
        return out

    def fast(self, text: str, look: _Look, width: float) -> tuple[str, ...] | None:
        """Text that the look's font draws on its own, wrapped here into lines for a plain
        cell; None when it needs a Paragraph (other scripts, a word wider than the column).

        Plain cells are drawn literally (no markup is parsed at all, so nothing needs
        escaping), several times faster than Paragraphs, which matters for 50,000 log
        entries. Line breaking is ReportLab's simpleSplit (greedy, at whitespace), with
        each word measured once per font and size."""
        if not text.isprintable():
            text = clean(text)
        if not text.isascii() and not self._plain[look.font].issuperset(text):
            return None
        width -= look.left + look.right
        measure = self._measure[look.font]
        if "\n" not in text:  # most cells: one line that fits, measured at once
            whole = " ".join(text.split())
            if measure(whole, look.size) <= width:
                return (whole,) if whole else ()
        key = (look.font, look.size)
        widths = self._word_widths.get(key)
        if widths is None:
            widths = self._word_widths[key] = {}
        space = widths.get(" ")
        if space is None:
            space = widths[" "] = measure(" ", look.size)
        size = look.size
        lines: list[str] = []
        for paragraph in text.split("\n"):
            line: list[str] = []
            used = -space
            for word in paragraph.split():
                length = widths.get(word)
                if length is None:
                    length = widths[word] = measure(word, size)
                if length > width:
                    return None
                if line and used + space + length > width:
                    lines.append(" ".join(line))
                    line = []
                    used = -space
                line.append(word)
                used += space + length
            lines.append(" ".join(line))
        while lines and not lines[-1].strip():
            lines.pop()
        return tuple(lines)

    def label_cell(self, name: str, look: _Look | None = None, width: float = 0.0) -> _Cell:
        """One of our labels (or a log header): the same few words again and again."""
        look = look or self.look_label
        key = (name, id(look), width)
        cell = self._labels.get(key)
        if cell is None:
            cell = self.fast(name, look, width or self.label_width)
            if cell is None:
                style = self.s.head_cell if look is self.look_head else self.s.label
                cell = [Paragraph(self.maker.markup(name, bold=True), style)]
            self._labels[key] = cell
        return cell

    def value_cell(self, texts: list[str]) -> _Cell:
        plain = [self.fast(t, self.look_value, self.value_width) for t in texts]
        if all(p is not None for p in plain):
            return tuple(line for p in plain if p is not None for line in (p or ("",)))
        if len(texts) == 1:
            return [self.p(texts[0], self.s.body)]
        return [self.p(t, self.s.body) for t in texts]

    def cell(self, parts: list[str], width: float) -> _Cell:
        """Short texts in a log cell, one per line: a plain cell when the main font draws
        them, else one Paragraph, or one per part when a part is right-to-left."""
        if len(parts) == 1:  # the usual log cell
            lines = self.fast(parts[0], self.look_cell, width)
            if lines is not None:
                return lines
        parts = [part for part in parts if clean(part).strip()]
        plain = [self.fast(part, self.look_cell, width) for part in parts]
        if all(p is not None for p in plain):
            return tuple(line for p in plain if p is not None for line in (p or ("",)))
        if any(has_rtl(part) for part in parts):
            return [self.p(part, self.s.cell) for part in parts]
        return [Paragraph("<br/>".join(self.maker.markup(part) for part in parts), self.s.cell)]

    # --- the document -----------------------------------------------------------------
    def section_header(self, section: Section) -> list[Any]:
        changed = self.plan.section_changed.get(section)
        when = f"Last changed {fmt_datetime(changed)}" if changed else "No changes recorded yet"
        return [
            _Marker(section.value),
            self.p(SECTION_TITLES[section], self.s.section, bold=True),
            self.p(when, self.s.changed),
        ]

    def empty(self) -> Any:
        return self.p("Nothing entered here yet.", self.s.note)

    def story(self) -> list[Any]:
        story: list[Any] = [_Marker("essentials"), *self.essentials()]
        sections: list[tuple[Section, Callable[[], list[Any]]]] = [
            (Section.MANDATED, self.mandated),
            (Section.BOUNDARIES, self.boundaries),
            (Section.CONTACTS, self.trusted_contacts),
            (Section.BACKUP_PLANS, self.backup_plans),
            (Section.CHECKINS, self.checkins),
            (Section.PROXIES, self.suspected_proxies),
            (Section.CONTACT_LOG, self.contact_log),
        ]
        for section, build in sections:
            story.append(PageBreak())
            story.extend(self.section_header(section))
            story.extend(build() or [self.empty()])
        return story

    def essentials(self) -> list[Any]:
        plan, s = self.plan, self.s
        made = f"Made on {fmt_date(self.made_at.date())}"
        started = f"Plan started {fmt_date(plan.created_at.date())}"
        parts = [made, started]
        if plan.next_review is not None:
            parts.append(f"Next review {fmt_date(plan.next_review)}")
        out: list[Any] = [
            self.p("Safety plan", s.title, bold=True),
            self.p(" · ".join(parts), s.subtitle),
            self.p("Essentials", s.section, bold=True),
            self.p(
                "The most important parts of this plan on one page. Every record follows "
                "in full in the sections after it.",
                s.changed,
            ),
        ]
        # Emergency numbers: from the backup plans, then the emergency and police contacts.
        # The first page stays short: the first few of each, in the person's own order
        # (which is their order of importance), and a pointer to the rest.
        seen: set[str] = set()
        numbers: list[str] = []
        for backup in plan.backup_plans:
            text = backup.emergency_numbers.strip()
            if text and text not in seen:
                seen.add(text)
                numbers.append(backup.emergency_numbers)
        wanted = {ContactRole.EMERGENCY_CONTACT, ContactRole.POLICE_CONTACT}
        for contact in plan.contacts:
            if wanted & set(contact.roles) and contact.phones:
                roles = ", ".join(label(r) for r in contact.roles if r in wanted)
                numbers.append(f"{self.contact_with_phones(contact.id)} ({roles})")
        if numbers:
            out.append(self.p("Emergency numbers", s.block, bold=True))
            for text in numbers[:_ESSENTIAL_NUMBERS]:
                out.extend(self.ps(text, s.ess))
            out.extend(self._more(len(numbers) - _ESSENTIAL_NUMBERS, "Trusted contacts"))
        if plan.checkin_agreements:
            out.append(self.p("Check-in partners", s.block, bold=True))
            for agreement in plan.checkin_agreements[:_ESSENTIAL_ITEMS]:
                out.append(self._essential_checkin(agreement))
            more = len(plan.checkin_agreements) - _ESSENTIAL_ITEMS
            out.extend(self._more(more, SECTION_TITLES[Section.CHECKINS]))
        firm = plan.statements.firm_sentence.strip()
        if firm:
            out += [
                self.p("My firm sentence", s.block, bold=True),
                *self.ps(plan.statements.firm_sentence, s.firm),
            ]
        if plan.backup_plans:
            out.append(self.p("Backup plans in brief", s.block, bold=True))
            for backup in plan.backup_plans[:_ESSENTIAL_ITEMS]:
                out.append(self._essential_backup(backup))
            more = len(plan.backup_plans) - _ESSENTIAL_ITEMS
            out.extend(self._more(more, SECTION_TITLES[Section.BACKUP_PLANS]))
        if len(out) == 4:
            out.append(self.p("Nothing essential has been entered yet.", s.note))
        return out

    def _more(self, count: int, where: str) -> list[Any]:
        if count <= 0:
            return []
        return [self.p(f"… and {count} more in “{where}”.", self.s.note)]

    def _essential_checkin(self, agreement: CheckInAgreement) -> Any:
        s = self.s
        who = self.contact_with_phones(agreement.partner_id) if agreement.partner_id else ""
        parts: list[Any] = [*self.ps(who or "(no partner chosen yet)", s.heading, bold=True)]
        when = [agreement.schedule.strip(), label(agreement.method)]
        when.append(f"grace period {agreement.grace_minutes} minutes")
        parts.extend(self.ps(" · ".join(w for w in when if w), s.ess))
        if agreement.danger_code_word.strip():
            parts.extend(
                self.ps(f"Code word for “I am not safe”: {agreement.danger_code_word}", s.ess)
            )
        partner = self.contacts.get(agreement.partner_id or "")
        own_word = partner.code_word.strip() if partner is not None else ""
        if own_word and own_word != agreement.danger_code_word.strip():
            parts.extend(self.ps(f"Their code word: {own_word}", s.ess))
        if agreement.escalation_steps:
            parts.extend(self.ps("If I miss a check-in:", s.ess))
            parts.extend(self.numbered(agreement.escalation_steps))
        return _keep(parts, self.frame_height)

    def _essential_backup(self, backup: BackupPlan) -> Any:
        s = self.s
        title = label(backup.situation)
        if backup.title.strip():
            title = f"{title}: {backup.title}" if backup.situation.value != "own" else backup.title
        parts: list[Any] = [*self.ps(title, s.heading, bold=True)]
        if backup.contact_ids:
            calls = "; ".join(self.contact_with_phones(c) for c in backup.contact_ids)
            parts.extend(self.ps(f"Call: {calls}", s.ess))
        parts.extend(self.numbered(backup.steps))
        return _keep(parts, self.frame_height)

    def mandated(self) -> list[Any]:
        return self.record_tables(self._obligation(o) for o in self.plan.obligations)

    def _obligation(self, o: MandatedObligation) -> tuple[str, list[tuple[str, Any]]]:
        heading = label(o.mandated_by)
        if o.mandated_by_name.strip():
            heading = f"{heading}: {o.mandated_by_name}"
        return heading, [
            ("Reference", o.reference),
            ("What is required", o.requirement),
            ("When and how often", o.schedule),
            ("Where", o.location),
            ("How", label(o.channel)),
            ("Topics allowed", o.topics_allowed),
            ("Handled by", self.contact_name(o.handled_by_id)),
            ("Starts", fmt_date(o.start_date)),
            ("Ends", fmt_date(o.end_date)),
            ("Review", fmt_date(o.review_date)),
            ("Notes", o.notes),
        ]

    def boundaries(self) -> list[Any]:
        plan = self.plan
        out: list[Any] = []
        statements = plan.statements
        own = [
            ("My firm sentence", statements.firm_sentence),
            ("What I say to people who pass on messages", statements.third_party_reply),
            ("How gifts go back", statements.gift_return),
        ]
        if any(value.strip() for _, value in own):
            out.extend(self.record_tables([("My own words", own)]))
        groups = [
            ("Commitments I keep", CommitmentStatus.ADOPTED),
            ("Not decided yet", CommitmentStatus.SUGGESTED),
            ("Commitments I dropped", CommitmentStatus.DROPPED),
        ]
        number = 0
        for title, status in groups:
            chosen = [c for c in plan.commitments if c.status == status]
            if not chosen:
                continue
            records = []
            for commitment in chosen:
                number += 1
                records.append((f"{number}. {commitment.text}", [("Notes", commitment.notes)]))
            out.append(CondPageBreak(40 * mm))
            out.append(self.p(title, self.s.block, bold=True))
            out.extend(self.record_tables(records, plain_headings=True))
        return out

    def trusted_contacts(self) -> list[Any]:
        return self.record_tables(self._contact(c) for c in self.plan.contacts)

    def _contact(self, c: TrustedContact) -> tuple[str, list[tuple[str, Any]]]:
        heading = c.name or "(no name)"
        if c.relationship.strip():
            heading = f"{heading} ({c.relationship})"
        return heading, [
            ("Roles", ", ".join(label(r) for r in c.roles)),
            ("Phone", "\n".join(c.phones)),
            ("Email", c.email),
            ("Knows my situation", "Yes" if c.knows_situation else "No"),
            ("Code word", c.code_word),
            ("Best times to reach", c.best_times),
            ("Notes", c.notes),
        ]

    def backup_plans(self) -> list[Any]:
        return self.record_tables(self._backup(b) for b in self.plan.backup_plans)

    def _backup(self, b: BackupPlan) -> tuple[str, list[tuple[str, Any]]]:
        heading = label(b.situation)
        if b.title.strip():
            heading = b.title if b.situation.value == "own" else f"{heading}: {b.title}"
        return heading, [
            ("Warning signs", b.warning_signs),
            ("Steps, in order", numbered_texts(b.steps)),
            ("People to call", [self.contact_with_phones(c) for c in b.contact_ids]),
            ("Safe places", b.safe_places),
            ("What to take", b.what_to_take),
            ("Emergency numbers", b.emergency_numbers),
            ("Protective order", b.protective_order),
        ]

    def checkins(self) -> list[Any]:
        out = self.record_tables(self._agreement(a) for a in self.plan.checkin_agreements)
        if self.plan.checkin_log:
            out.append(CondPageBreak(40 * mm))
            out.append(self.p("Check-ins made", self.s.block, bold=True))
            out.append(Spacer(1, 4))
            widths = [42 * mm, 52 * mm, self.width - 94 * mm]
            entries = []
            for entry in self.plan.checkin_log:
                agreement = self.agreements.get(entry.agreement_id or "")
                with_whom = ""
                if agreement is not None:
                    with_whom = f"With {self.contact_name(agreement.partner_id)}"
                    if agreement.schedule.strip():
                        with_whom += f" ({agreement.schedule})"
                elif entry.agreement_id:
                    with_whom = "(an agreement that was removed)"
                cells: list[str | list[str]] = [fmt_datetime(entry.at), with_whom, entry.note]

                def stacked(
                    entry: Any = entry, with_whom: str = with_whom
                ) -> tuple[str, list[tuple[str, Any]]]:
                    return fmt_datetime(entry.at), [
                        ("Agreement", with_whom),
                        ("Note", entry.note),
                    ]

                entries.append((cells, stacked))
            out.extend(self.log_tables(["When", "Agreement", "Note"], widths, entries))
        return out

    def _agreement(self, a: CheckInAgreement) -> tuple[str, list[tuple[str, Any]]]:
        partner = self.contact_name(a.partner_id) if a.partner_id else "(no partner chosen yet)"
        return f"With {partner}", [
            ("When", a.schedule),
            ("How", label(a.method)),
            ("Grace period", f"{a.grace_minutes} minutes"),
            ("If I miss a check-in", numbered_texts(a.escalation_steps)),
            ("Code word for “I am not safe”", a.danger_code_word),
            ("Notes", a.notes),
        ]

    def suspected_proxies(self) -> list[Any]:
        return self.record_tables(self._proxy(p) for p in self.plan.proxies)

    def _proxy(self, p: SuspectedProxy) -> tuple[str, list[tuple[str, Any]]]:
        return p.name or "(no name)", [
            ("Connection to him", p.connection_to_him),
            ("Connection to me", p.connection_to_me),
            ("What they do", ", ".join(label(b) for b in p.behaviours)),
            ("What happened", p.what_they_did),
            ("Dates and evidence", p.dates_and_evidence),
            ("Knowing or unwitting", label(p.awareness)),
            ("My decision", label(p.decision)),
            ("Done on", fmt_date(p.done_on)),
            ("Notes", p.notes),
        ]

    def contact_log(self) -> list[Any]:
        if not self.plan.contact_log:
            return []
        # Five columns; "What happened" and "My response" share what the others leave.
        widths = [24 * mm, 30 * mm, 0.0, 0.0, 28 * mm]
        rest = self.width - sum(widths)
        widths[2] = rest * 0.55
        widths[3] = rest - widths[2]
        entries = [self._log_entry(e) for e in self.plan.contact_log]
        header = ["When", "Who, how", "What happened", "My response", "Evidence, order"]
        return self.log_tables(header, widths, entries)

    def _who(self, e: ContactLogEntry) -> str:
        if e.proxy_id is None:
            return "Him, directly"
        proxy = self.proxies.get(e.proxy_id)
        if proxy is None:
            return "(a proxy that was removed)"
        return f"Through {proxy.name or '(no name)'}"

    def _order(self, e: ContactLogEntry) -> str:
        if e.obligation_id is None:
            return "Not mandated"
        o = self.obligations.get(e.obligation_id)
        if o is None:
            return "Allowed by an order that was removed"
        name = o.reference.strip() or o.mandated_by_name.strip() or label(o.mandated_by)
        return f"Allowed by {name}"

    def _log_entry(
        self, e: ContactLogEntry
    ) -> tuple[list[str | list[str]], Callable[[], tuple[str, list[tuple[str, Any]]]]]:
        who, order, response = self._who(e), self._order(e), label(e.response)
        detail = e.response_detail.strip()
        evidence = e.evidence_ref.strip()
        cells: list[str | list[str]] = [
            fmt_datetime(e.occurred_at),
            f"{who} · {label(e.channel)}",
            e.what_happened,
            f"{response} — {e.response_detail}" if detail else response,
            f"{e.evidence_ref} · {order}" if evidence else order,
        ]

        def stacked() -> tuple[str, list[tuple[str, Any]]]:
            return f"{fmt_datetime(e.occurred_at)} · {who} · {label(e.channel)}", [
                ("What happened", e.what_happened),
                ("My response", response),
                ("Details", e.response_detail),
                ("Evidence", e.evidence_ref),
                ("Order", order),
            ]

        return cells, stacked


_ALL_KINDS = (
    MandatedObligation,
    TrustedContact,
    BackupPlan,
    CheckInAgreement,
    SuspectedProxy,
    ContactLogEntry,
)


def _chunks(text: str, size: int = 2000) -> list[str]:
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


def numbered_texts(items: list[str]) -> list[str]:
    return [f"{index}. {item}" for index, item in enumerate(items, 1)]


def _filled(value: str | list[str]) -> bool:
    if isinstance(value, str):
        return bool(clean(value).strip())
    return any(clean(v).strip() for v in value)


def _keep(parts: list[Any], frame_height: float) -> Any:
    """Keep a block together on one page (moved whole to the next page when it does not
    fit); one taller than a page still splits."""
    del frame_height
    return KeepTogether(parts)


class _Marker(Spacer):  # type: ignore[misc]
    """An invisible flowable that records on which page a part of the document starts."""

    def __init__(self, key: str) -> None:
        super().__init__(0, 0)
        self.key = key


class _Doc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, buffer: Any, builder: _Builder, **kw: Any) -> None:
        super().__init__(buffer, **kw)
        self.builder = builder
        self.section_pages: dict[str, int] = {}
        self._total = 1
        self._index: dict[int, int] = {}
        self._done = 0

    def afterFlowable(self, flowable: Any) -> None:
        if isinstance(flowable, _Marker):
            self.section_pages.setdefault(flowable.key, self.page)

    def handle_flowable(self, flowables: list[Any]) -> None:
        # Progress: how far into the story we are (split parts are not in the index).
        index = self._index.get(id(flowables[0]), self._done) if flowables else self._done
        self._done = max(self._done, index)
        self.builder.report(_BUILD_SHARE + self._done * (95 - _BUILD_SHARE) // self._total)
        super().handle_flowable(flowables)

    def build_story(self, story: list[Any]) -> None:
        self._total = max(len(story), 1)
        self._index = {id(f): i for i, f in enumerate(story)}
        self._done = 0
        self.build(story, canvasmaker=self._canvas)

    def _canvas(self, *args: Any, **kw: Any) -> Any:
        return _TotalCanvas(self.builder.regular, *args, **kw)


def _total_canvas_class() -> Any:
    from reportlab.pdfgen.canvas import Canvas

    class TotalCanvas(Canvas):  # type: ignore[misc]
        """Draws the page total, known only at the end, as a form every footer refers to."""

        def __init__(self, font: str, *args: Any, **kw: Any) -> None:
            kw["invariant"] = 1
            # Never the standard-14 Helvetica, not even as the page's unused initial font.
            kw["initialFontName"] = font
            kw["initialFontSize"] = 10
            kw["initialLeading"] = 12
            super().__init__(*args, **kw)
            self._total_font = font

        def save(self) -> None:
            total = self.getPageNumber() - (0 if self._code else 1)
            self.beginForm(_TOTAL_FORM)
            self.setFillColor(GREY)
            self.setFont(self._total_font, 8.5)
            self.drawString(0, 0, str(total))
            self.endForm()
            super().save()

    return TotalCanvas


def _TotalCanvas(font: str, *args: Any, **kw: Any) -> Any:
    return _total_canvas_class()(font, *args, **kw)


_TOTAL_FORM = "workbook-page-total"


_pause_lock = threading.Lock()
_pauses = 0
_was_enabled = False


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a PDF is laid out.

    A large plan makes millions of small objects (rows, lines, flowables) that live until
    the end; the collector walked all of them again and again and took a third of the time
    of a 50,000-row export, and freed nothing (peak memory is the same without it). Memory
    without cycles is still freed at once. Exports running at the same time share one
    pause; the collector's own state is restored after the last one."""
    global _pauses, _was_enabled  # noqa: PLW0603 - process-wide, like the collector
    with _pause_lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()


def build_pdf(
    plan: Plan,
    *,
    page_size: str,
    made_at: datetime,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BuiltPdf:
    """Lay the plan out in memory; raises ExportCancelled when `cancelled()` says so."""
    import io

    from workbook.export.pdf import ExportCancelled

    builder = _Builder(plan, page_size, made_at, progress, cancelled)
    buffer = io.BytesIO()
    footer_left = f"Safety plan · made {fmt_date(made_at.date())}"
    regular = builder.regular
    page_w = builder.pagesize[0]
    margin = builder.margin_x
    reserve = stringWidth("0000", regular, 8.5)

    def on_page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        y = 11 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(margin, y + 11, page_w - margin, y + 11)
        canvas.setFillColor(GREY)
        canvas.setFont(regular, 8.5)
        canvas.drawString(margin, y, footer_left)
        canvas.drawRightString(page_w - margin - reserve, y, f"Page {doc.page} of ")
        canvas.translate(page_w - margin - reserve + 2, y)
        canvas.doForm(_TOTAL_FORM)
        canvas.restoreState()

    frame = Frame(
        margin,
        builder.margin_bottom,
        builder.width,
        builder.frame_height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc = _Doc(
        buffer,
        builder,
        pagesize=builder.pagesize,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=builder.margin_top,
        bottomMargin=builder.margin_bottom,
        title="",
        author="",
        subject="",
        creator="",
        producer="",
        pageTemplates=[PageTemplate(id="page", frames=[frame], onPage=on_page)],
    )
    try:
        with _collector_paused():
            builder.report(0)
            story = builder.story()
            builder.report(_BUILD_SHARE)
            doc.build_story(story)
    except _Cancelled:
        raise ExportCancelled() from None
    return BuiltPdf(
        data=buffer.getvalue(),
        pages=doc.page,
        undrawable=set(builder.maker.missing),
        section_pages=doc.section_pages,
    )
