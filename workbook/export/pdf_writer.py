"""PDF text operators written directly: the one low layer both the drawing engine
(`pdf_engine`, plain table cells) and the complex-text drawing (`pdf_text`, lines in several
fonts) write through, so neither imports the other's module for it.

- `Look`: how the text of one column is set (font, size, leading, colour, padding).
- `Line`: one line of text in several fonts, already broken, shaped and in visual order
  (pdf_text makes them), with its width.
- `TextWriter`: lines as PDF text operators, one BT..ET between q..Q: plain lines in one
  font, and `Line`s run by run, the runs HarfBuzz shaped included.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics

REMEMBERED = 120
REMEMBER_LINES = 20_000


@dataclass(frozen=True)
class Look:
    """How the text of one column (or of a whole-width row) is set, and its padding."""

    font: str
    size: float
    leading: float
    color: Any
    left: float = 0.0
    right: float = 6.0
    top: float = 1.5
    bottom: float = 1.5


class Line(NamedTuple):
    """One line of text as it is drawn: its runs, each (font, text, width, shaped), the text
    in visual order; `shaped` runs are ReportLab ShapedStr (HarfBuzz's glyphs and positions).
    `right`: set flush right. `span`: a marked-content operator (BDC) whose /ActualText is
    the line as typed, or "" when the drawn text copies back as it is. `report(page)`, when
    given, notes the characters of the line that no font draws, on the page it lands on."""

    runs: tuple[tuple[str, str, float, bool], ...]
    width: float
    right: bool = False
    span: str = ""
    report: Callable[[int], None] | None = None


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
        self.written: dict[str, str] = {}  # lines of the first subset, as text operators
        self.shown: dict[str, str] = {}  # runs of the first subset (TextWriter.rich)
        self.names: dict[int, str] = {}
        self.font_ops: dict[tuple[int, float], str] = {}

    def name(self, subset: int) -> str:
        name = self.names.get(subset)
        if name is None:
            name = self.names[subset] = self.font.getSubsetInternalName(subset, self.doc)
        return name

    def font_op(self, subset: int, size: float) -> str:
        """The operator that selects one of the font's subsets at `size` points."""
        op = self.font_ops.get((subset, size))
        if op is None:
            op = self.font_ops[(subset, size)] = f"{self.name(subset)} {fp_str(size)} Tf"
        return op

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
# Per document: a shaped run's operators, by font, text, size and leading.
_shaped: weakref.WeakKeyDictionary[Any, dict[tuple[str, str, float, float], str]] = (
    weakref.WeakKeyDictionary()
)


class TextWriter:
    """Plain cells' lines written as PDF text operators, one BT..ET between q..Q (so the
    canvas's own idea of its font and colour stays true for the flowables drawn next)."""

    def __init__(self, canvas: Any) -> None:
        self.canvas = canvas
        self.ops: list[str] = []
        encoders = _encoders.get(canvas._doc)
        if encoders is None:
            encoders = _encoders[canvas._doc] = {}
        self.encoders = encoders
        self._text_object: Any = None
        self._shaped_ops: dict[tuple[str, str, float, float], str] | None = None
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

    def lines(self, lines: tuple[str, ...], look: Look, x: float, y: float) -> None:
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
        known, table, written = encoder.known, encoder.table, encoder.written
        first = (encoder, 0, size)
        for line in lines:
            op = written.get(line)
            if op is None and known.issuperset(line):  # the common case: see _Encoder.runs
                op = f"({escapePDF(line.translate(table))}) Tj T*"
                if len(line) <= REMEMBERED and len(written) < REMEMBER_LINES:
                    written[line] = op  # a line met again ("Text message") costs a look-up
            if op is not None:
                if self.font != first:
                    ops.append(f"{encoder.name(0)} {fp_str(size)} Tf")
                    self.font = first
                ops.append(op)
                continue
            for subset, operand in encoder.runs(line):
                if self.font != (encoder, subset, size):
                    ops.append(f"{encoder.name(subset)} {fp_str(size)} Tf")
                    self.font = (encoder, subset, size)
                ops.append(f"({operand}) Tj")
            ops.append("T*")

    def rich(
        self, lines: tuple[Line, ...], look: Look, left: float, right: float, y: float
    ) -> None:
        """`lines` (pdf_text's, in the look's size and leading) from baseline `y` down, each
        at `left`, or flush against `right` when it is set right to left."""
        ops = self.ops
        if not ops:
            ops.append("q BT")
        leading = look.leading
        if self.leading != leading:
            ops.append(f"{fp_str(leading)} TL")
            self.leading = leading
        if self.color is not look.color:
            color = look.color
            ops.append(f"{fp_str(color.red, color.green, color.blue)} rg")
            self.color = color
        size = look.size
        encoders = self.encoders
        at_left = False  # the text line matrix is at `left` of the previous line
        for line in lines:
            if line.right:
                ops.append(f"1 0 0 1 {fp_str(right - line.width, y)} Tm")
                at_left = False
            elif at_left:
                ops.append("T*")  # the next line down, at the same left edge
            else:
                ops.append(f"1 0 0 1 {fp_str(left, y)} Tm")
                at_left = True
            if line.report is not None:
                line.report(self.canvas.getPageNumber())
            if line.span:
                ops.append(line.span)
            for font, text, _, shaped in line.runs:
                if shaped:
                    ops.append(self._shaped(font, text, size, leading))
                    self.font = None  # it chose its own font subsets
                    continue
                encoder = encoders.get(font) or self.encoder(font)
                op = encoder.shown.get(text)
                if op is None and encoder.known.issuperset(text):  # see _Encoder.runs
                    op = f"({escapePDF(text.translate(encoder.table))}) Tj"
                    if len(text) <= REMEMBERED and len(encoder.shown) < REMEMBER_LINES:
                        encoder.shown[text] = op  # a name met again costs a look-up
                if op is not None:
                    if self.font != (encoder, 0, size):
                        ops.append(encoder.font_op(0, size))
                        self.font = (encoder, 0, size)
                    ops.append(op)
                    continue
                for subset, operand in encoder.runs(text):
                    if self.font != (encoder, subset, size):
                        ops.append(encoder.font_op(subset, size))
                        self.font = (encoder, subset, size)
                    ops.append(f"({operand}) Tj")
            if line.span:
                ops.append("EMC")
            y -= leading

    def _shaped(self, font: str, text: str, size: float, leading: float) -> str:
        """A shaped run's operators, as ReportLab's text object writes a ShapedStr (glyphs
        moved by HarfBuzz's offsets, the pen ending at the run's shaped width); made once
        per document for each run."""
        done = self._shaped_ops
        if done is None:
            done = _shaped.get(self.canvas._doc)
            if done is None:
                done = _shaped[self.canvas._doc] = {}
            self._shaped_ops = done
        key = (font, text, size, leading)
        op = done.get(key)
        if op is None:
            if self._text_object is None:
                self._text_object = self.canvas.beginText()
            writer = self._text_object
            writer.setFont(font, size, leading)  # forgets the subset: the ops start with Tf
            op = done[key] = writer._formatText(text)
        return op

    def literal(self, op: str) -> None:
        """An operator written as it is inside the text object (a marked-content span)."""
        if not self.ops:
            self.ops.append("q BT")
        self.ops.append(op)

    def lines_right(self, lines: tuple[str, ...], look: Look, right: float, y: float) -> None:
        """`lines` set flush right against `right` (right-to-left pages)."""
        width = pdfmetrics.getFont(look.font).stringWidth
        for line in lines:
            self.lines((line,), look, right - width(line, look.size), y)
            y -= look.leading

    def flush(self) -> None:
        if self.ops:
            self.ops.append("ET Q")
            self.canvas.addLiteral("\n".join(self.ops))
            self.ops = []
            self._reset()
