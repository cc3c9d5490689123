"""User text on its way into ReportLab: cleaned, escaped, given fonts, laid out right to left.

Everything the person typed reaches a `Paragraph` only through `TextMaker.markup()` (or the
`BidiParagraph` built by `TextMaker.flowable()`, which calls it): the ONE place where `&`,
`<`, `>` and quotes are escaped, so `<b>`, `<img src=x>` or `<onDraw ...>` show literally and
do nothing.

Right-to-left text. We shape Arabic with `arabic-reshaper` (letters become their contextual
presentation forms, lam-alef becomes a ligature) and order each *line* visually with
`python-bidi`, after breaking the paragraph into lines ourselves in logical order. We chose
this over ReportLab's own HarfBuzz shaping (`uharfbuzz`) because ReportLab only reorders
right-to-left lines when its `rlbidi` extension is installed, which is not on PyPI; HarfBuzz
alone joins Arabic letters but leaves the words of a line, and the lines of a paragraph, in
the wrong order. Reordering per line (not per paragraph) keeps the first words of a long
Hebrew or Arabic note on the first line. The cost: no mark positioning (GPOS), so Arabic
vowel signs and Hebrew points sit where the font's default places them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from workbook.export.fonts import FontChain

# Quotes need no escaping: user text only ever lands in element content, never inside an
# attribute (the only attribute we write is a font name of our own). And `&#39;` would
# split a paragraph into several fragments, which ReportLab lays out twice as slowly.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})

# Control characters have no glyph and confuse the paragraph parser: tabs become spaces,
# every other C0/C1 control (except the newline) is dropped; lone surrogates (possible in
# imported JSON) become the replacement character.
_CONTROLS: dict[int, str | None] = {
    c: None for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]
}
_CONTROLS[0x09] = " "
_CONTROLS.update({c: "\ufffd" for c in range(0xD800, 0xE000)})
_NEWLINES = re.compile(r"\r\n|\r|\u2028|\u2029|\x85|\x0b|\x0c")

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_STRONG_LTR = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")


def escape(text: str) -> str:
    """XML-escape a plain string for ReportLab's paragraph markup."""
    return text.translate(_ESCAPES)


def clean(text: str) -> str:
    """Normalise line breaks to "\\n" and drop characters that cannot be drawn or parsed."""
    if text.isprintable():  # no line break, no control, no lone surrogate: nothing to do
        return text
    return _NEWLINES.sub("\n", text).translate(_CONTROLS)


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def _invisible(char: str) -> bool:
    """Format characters (bidi marks, zero-width joiners) and variation selectors."""
    code = ord(char)
    return (
        unicodedata.category(char) == "Cf" or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF
    )


class TextMaker:
    """Turns user text into paragraph markup with the right font for every character.

    `missing` collects the characters that no font in the chain can draw; they are drawn
    with the first font (an empty box) so that nothing disappears without a word.
    """

    def __init__(self, chain: FontChain) -> None:
        self.chain = chain
        self.missing: set[str] = set()
        self._bold_charset: frozenset[int] = frozenset()
        if chain.bold is not None:
            from reportlab.pdfbase import pdfmetrics

            font: Any = pdfmetrics.getFont(chain.bold)
            self._bold_charset = frozenset(font.face.charToGlyph)

    def _font_of(self, char: str, bold: bool) -> str | None:
        """The font for one character; "" means drop it (an invisible one nobody has)."""
        if bold and ord(char) in self._bold_charset:
            return self.chain.bold
        font = self.chain.font_for(char)
        if font is None:
            if _invisible(char):
                return ""
            self.missing.add(char)
            return None
        return font

    def runs(self, line: str, bold: bool = False) -> list[tuple[str, str]]:
        """Split one line into (font, text) runs; spaces stay in the run they are in."""
        base = (self.chain.bold if bold else None) or self.chain.regular
        if line.isascii():
            return [(base, line)] if line else []
        out: list[tuple[str, str]] = []
        current = base
        buffer: list[str] = []
        for char in line:
            if char == " ":
                buffer.append(char)
                continue
            font = self._font_of(char, bold)
            if font == "":
                continue
            if font is None:
                font = self.chain.regular
            if font != current and buffer:
                out.append((current, "".join(buffer)))
                buffer = []
            current = font
            buffer.append(char)
        if buffer:
            out.append((current, "".join(buffer)))
        return out

    def _line_markup(self, line: str, bold: bool) -> str:
        base = (self.chain.bold if bold else None) or self.chain.regular
        if line.isascii():
            return escape(line)
        parts: list[str] = []
        for font, text in self.runs(line, bold):
            if font == base:
                parts.append(escape(text))
            else:
                parts.append(f'<font face="{font}">{escape(text)}</font>')
        return "".join(parts)

    def markup(self, text: str, bold: bool = False) -> str:
        """Paragraph markup for a user string: cleaned, escaped, fonts chosen, breaks kept."""
        return "<br/>".join(self._line_markup(line, bold) for line in clean(text).split("\n"))

    def width(self, text: str, size: float, bold: bool = False) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return float(sum(stringWidth(part, font, size) for font, part in self.runs(text, bold)))

    def flowable(self, text: str, style: Any, bold: bool = False) -> Any:
        """A Paragraph for `text`, or a BidiParagraph when it holds right-to-left letters."""
        from reportlab.platypus import Paragraph

        if has_rtl(text):
            return make_bidi_paragraph(self, text, style, bold)
        return Paragraph(self.markup(text, bold), style)


_reshaper: Any = None


def _reshape(text: str) -> str:
    global _reshaper  # noqa: PLW0603 - built once, it compiles a large table
    if not _ARABIC.search(text):
        return text
    if _reshaper is None:
        from arabic_reshaper import ArabicReshaper  # type: ignore[import-untyped]

        _reshaper = ArabicReshaper(configuration={"delete_harakat": False})
    result: str = _reshaper.reshape(text)
    return result


def base_is_rtl(text: str) -> bool:
    """True when the first strongly directional letter is right-to-left (Unicode rule P2)."""
    rtl = _RTL.search(text)
    ltr = _STRONG_LTR.search(text)
    if rtl is None:
        return False
    return ltr is None or rtl.start() < ltr.start()


def break_lines(paragraph: str, fits: Callable[[str], bool]) -> list[str]:
    """Greedy logical-order line breaking at spaces; words too long for a line are cut."""
    lines: list[str] = []
    current = ""
    for word in paragraph.split(" "):
        candidate = f"{current} {word}" if current else word
        if fits(candidate):
            current = candidate
            continue
        if current:
            lines.append(current)
        current = ""
        rest = word
        while rest and not fits(rest):
            cut = 1
            while cut < len(rest) and fits(rest[: cut + 1]):
                cut += 1
            lines.append(rest[:cut])
            rest = rest[cut:]
        current = rest
    lines.append(current)
    return lines


def visual_lines(maker: TextMaker, text: str, width: float, size: float, bold: bool) -> list[str]:
    """The lines of `text` as they appear on the page: shaped, broken, reordered."""
    from bidi import get_display  # type: ignore[import-untyped]

    def fits(candidate: str) -> bool:
        return maker.width(candidate, size, bold) <= width

    out: list[str] = []
    for paragraph in clean(text).split("\n"):
        shaped = _reshape(paragraph)
        base = "R" if base_is_rtl(paragraph) else "L"
        for line in break_lines(shaped, fits):
            out.append(get_display(line, base_dir=base) if has_rtl(line) else line)
    return out


def make_bidi_paragraph(maker: TextMaker, text: str, style: Any, bold: bool) -> Any:
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT
    from reportlab.platypus import Flowable, Paragraph

    class BidiParagraph(Flowable):  # type: ignore[misc]
        """Breaks its text into lines for the width it gets, then draws them visually."""

        def __init__(self) -> None:
            super().__init__()
            self._para: Any = None
            self._width = -1.0
            rtl = base_is_rtl(text)
            self._style = style.clone(f"{style.name}-bidi", alignment=TA_RIGHT if rtl else TA_LEFT)

        def _build(self, avail: float) -> Any:
            if self._para is None or avail != self._width:
                # A little slack so that Paragraph never re-wraps a line we measured.
                room = avail - self._style.leftIndent - self._style.rightIndent - 2
                lines = visual_lines(maker, text, max(room, 10.0), self._style.fontSize, bold)
                body = "<br/>".join(maker._line_markup(line, bold) for line in lines)
                self._para = Paragraph(body, self._style)
                self._width = avail
            return self._para

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            result: tuple[float, float] = self._build(avail_width).wrap(avail_width, avail_height)
            self.width, self.height = result
            return result

        def split(self, avail_width: float, avail_height: float) -> list[Any]:
            parts: list[Any] = self._build(avail_width).split(avail_width, avail_height)
            return parts

        def draw(self) -> None:
            self._para.drawOn(self.canv, 0, 0)

        def getSpaceBefore(self) -> float:
            return float(self._style.spaceBefore)

        def getSpaceAfter(self) -> float:
            return float(self._style.spaceAfter)

    return BidiParagraph()
