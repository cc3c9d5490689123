"""User text on its way into ReportLab: cleaned, escaped, given fonts, laid out right to left.

Everything the person typed reaches a `Paragraph` only through `TextMaker.markup()` (called
by `TextMaker.flowable()`): the ONE place where `&`, `<`, `>` and quotes are escaped, so
`<b>`, `<img src=x>` or `<onDraw ...>` show literally and do nothing.

Text that needs more than one font's plain glyphs is broken into lines here
(`TextMaker.lay_out`, in logical order): `Line`s of runs, one run per font, each measured.
A table's cell holds its Lines as it holds plain lines, and pdf_writer's TextWriter draws
both with the same text operators, all the cells of a block of rows in one text object;
outside tables a `ComplexParagraph` holds them. No markup is parsed on this path: a run's
text is written as an escaped PDF string, the typed text as a hex string (/ActualText).

- Right-to-left lines (Arabic, Hebrew) are shaped with `arabic-reshaper` and put in visual
  order with `python-bidi`, one line at a time so that the first words of a long note stay
  on its first line. Bidi controls (LRM, RLM, embeddings, isolates) steer that order and are
  never drawn. Each paragraph is set from the side it starts at.
- Scripts whose letters are reordered and combined (Devanagari, Thai) and emoji sequences are
  shaped by HarfBuzz through ReportLab's own `uharfbuzz` support (`shapeStr`), only the runs
  that need it, once per font, text and size; their glyphs are written as ReportLab's text
  object writes shaped text, once per document, then again from those operators.
- Words are measured once each per size, alone and with the space after them; a line's
  font runs are found once per line, and a text's Lines are remembered.
- A line whose drawn characters are not the typed ones (reordered, reshaped, shaped, a bidi
  control dropped, beyond the Basic Multilingual Plane) is wrapped in a marked-content span
  whose `/ActualText` is the line as it was typed, so that copying and searching the PDF
  give the person's own words in logical order, not presentation forms or reversed letters.

A character that no font can draw is drawn as a visible mark (U+FFFD) and reported with the
field it belongs to and the page it is on.

Readers differ in how they use /ActualText for right-to-left text: Acrobat takes it as it is
(logical order); poppler (pdftotext, Evince, Okular) applies its own right-to-left heuristics
to it once more and copies the words of an Arabic or Hebrew line in reverse order. ReportLab
writes a wrong ToUnicode entry for characters outside the Basic Multilingual Plane (emoji);
the span's /ActualText is what readers copy there.

Not done: mark positioning for right-to-left scripts (GPOS), so Arabic vowel signs and
Hebrew points sit where the font's default places them; Thai lines break at spaces only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import partial
from itertools import groupby
from typing import Any

from reportlab.platypus.flowables import Flowable

from workbook.export.fonts import FontChain
from workbook.export.pdf_writer import Line, Look, TextWriter

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
# What clean() changes besides the composition of accents.
_UNCLEAN = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_NEWLINES = re.compile(r"\r\n|\r|\u2028|\u2029|\x85|\x0b|\x0c")

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
# Letters that HarfBuzz must shape: Indic scripts, Thai, Lao, Tibetan, Myanmar, Khmer; emoji
# and everything else outside the Basic Multilingual Plane; joiners and variation selectors.
_SHAPED = re.compile(
    "[\u0900-\u0dff\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\ua8e0-\ua8ff"
    "\u200c\u200d\ufe0e\ufe0f\U00010000-\U0010ffff]"
)
# Bidi controls: they steer the order of right-to-left text and are never drawn.
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_STRIP_BIDI = {ord(c): None for c in BIDI_CONTROLS}
_BIDI = re.compile(f"[{''.join(sorted(BIDI_CONTROLS))}]")
_MAX_WORDS = 100_000  # word widths remembered (see TextMaker.word_width)
_MAX_LINES = 20_000  # lines' font runs remembered (see TextMaker.runs)
MISSING_MARK = "\ufffd"  # drawn in place of a character that no font has
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_STRONG_LTR = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")


def escape(text: str) -> str:
    """XML-escape a plain string for ReportLab's paragraph markup."""
    return text.translate(_ESCAPES)


def clean(text: str) -> str:
    """Normalise line breaks to "\\n", drop characters that cannot be drawn or parsed, and
    compose accents typed as separate marks (NFC), which fonts draw best precomposed."""
    if text.isprintable() or _UNCLEAN.search(text) is None:
        # No line break but "\n", no control, no lone surrogate (a bidi mark is fine).
        if text.isascii() or unicodedata.is_normalized("NFC", text):
            return text
        return unicodedata.normalize("NFC", text)
    cleaned = _NEWLINES.sub("\n", text).translate(_CONTROLS)
    return unicodedata.normalize("NFC", cleaned)


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def needs_shaping(text: str) -> bool:
    return _SHAPED.search(text) is not None


def plain_char(char: str) -> bool:
    """True when `char` can be drawn as it is by a font that has it: not right to left, not
    a letter HarfBuzz must shape (Devanagari, Thai, ...: Noto Sans has Devanagari glyphs,
    which drawn unshaped show their halants), not a bidi control."""
    return not (has_rtl(char) or needs_shaping(char) or char in BIDI_CONTROLS)


def actual_text(text: str) -> str:
    """A PDF marked-content operator that makes readers copy `text` for what it wraps."""
    return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC"


def _invisible(char: str) -> bool:
    """Format characters (bidi marks, zero-width joiners) and variation selectors."""
    code = ord(char)
    return (
        unicodedata.category(char) == "Cf" or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF
    )


class TextMaker:
    """Turns user text into paragraph markup with the right font for every character.

    `missing` collects the characters that no font in the chain can draw; they are drawn
    as a visible mark so that nothing disappears without a word, and `missing_places` says
    where: (character, `context` at the time, page). The builder sets `context` to the label
    of the field it is writing.
    """

    def __init__(self, chain: FontChain) -> None:
        self.chain = chain
        self.missing: set[str] = set()
        self.missing_places: set[tuple[str, str, int]] = set()
        self.context = ""
        # A right-to-left document (an Arabic interface): a line with any right-to-left
        # letters is set right to left, so a line we compose ("Every day at 9 pm · <method>")
        # reads in the document's order. Text with none keeps its own left-to-right order.
        self.rtl = False
        self._bold_charset: frozenset[int] = frozenset()
        # _font_of's answers so far, for the regular (False) and the bold (True) text
        self._fonts_of: dict[bool, dict[str, str]] = {False: {}, True: {}}
        self._word_widths: dict[tuple[str, float, bool, bool], float] = {}
        # Each word's width alone, and with the space after it (break_words), per size and
        # style
        self._pairs: dict[tuple[float, bool, bool], tuple[dict[str, float], dict[str, float]]] = {}
        # _font_of's answers as runs() reads them: a space keeps the run it is in (" ")
        self._run_fonts: dict[bool, dict[str, str]] = {False: {" ": " "}, True: {" ": " "}}
        # Characters known to have a font (missing_in), known to be drawn by the main (or,
        # for True, the bold) font or dropped, and known not to be (_fallback): a text is
        # mostly answered with one set comparison.
        self._drawable: set[str] = {" "}
        self._own: dict[bool, set[str]] = {False: {" "}, True: {" "}}
        self._foreign: dict[bool, set[str]] = {False: set(), True: set()}
        # runs()' answers for lines met so far ("<a name> Text message" comes back often)
        self._runs: dict[tuple[str, bool, bool], list[tuple[str, str]]] = {}
        # lay_out()'s answers, and its lines (a long text's later lines come back often)
        self._laid: dict[tuple[str, float, bool, float], tuple[Line, ...]] = {}
        self._lines: dict[tuple[str, str, float, bool, bool], Line] = {}
        self._measures: dict[str, Callable[[str, float], float]] = {}
        if chain.bold is not None:
            from reportlab.pdfbase import pdfmetrics

            font: Any = pdfmetrics.getFont(chain.bold)
            self._bold_charset = frozenset(font.face.charToGlyph)

    def _font_of(self, char: str, bold: bool) -> str | None:
        """The font for one character; "" means drop it (a bidi control, or an invisible
        character nobody has)."""
        known = self._fonts_of[bold].get(char)
        if known is not None:
            return known
        font = self._choose_font(char, bold)
        if font is not None:  # a missing character is noted each time it is met
            self._fonts_of[bold][char] = font
            if char != " ":  # runs() keeps a space in the run it is in
                self._run_fonts[bold][char] = font
        return font

    def _choose_font(self, char: str, bold: bool) -> str | None:
        if char in BIDI_CONTROLS:
            return ""
        if bold and ord(char) in self._bold_charset:
            return self.chain.bold
        font = self.chain.font_for(char)
        if font is None:
            if _invisible(char):
                return ""
            self.missing.add(char)
            return None
        return font

    def runs(self, line: str, bold: bool = False, shaped: bool = False) -> list[tuple[str, str]]:
        """Split one line into (font, text) runs; spaces stay in the run they are in.

        With `shaped`, punctuation, digits and symbols take the font of the letters next to
        them where that font has them: HarfBuzz shapes each word with one font, so "(नमस्ते)"
        must be one Devanagari run, not a bracket in Noto Sans and a word in another font."""
        base = (self.chain.bold if bold else None) or self.chain.regular
        if line.isascii():
            return [(base, line)] if line else []
        key = (line, bold, shaped)
        known = self._runs.get(key)
        if known is None:
            if len(self._runs) >= _MAX_LINES:
                self._runs.clear()
            known = self._runs[key] = self._split_runs(line, base, bold, shaped)
        return known

    def _split_runs(self, line: str, base: str, bold: bool, shaped: bool) -> list[tuple[str, str]]:
        if not shaped:
            # Every character's font known, none dropped or missing: runs of one font found
            # by groupby, a space (" ") staying in the run it is in.
            each = list(map(self._run_fonts[bold].get, line))
            if None not in each and "" not in each:
                out: list[tuple[str, str]] = []
                current, start, at = base, 0, 0
                for font, group in groupby(each):
                    if font not in (" ", current):
                        if at > start:
                            out.append((current, line[start:at]))
                            start = at
                        current = font  # type: ignore[assignment]
                    at += len(list(group))
                if at > start:
                    out.append((current, line[start:at]))
                return out
        chars: list[str] = []
        fonts: list[str] = []
        known = self._fonts_of[bold]
        regular = self.chain.regular
        # A shaped line draws its spaces in the main font: an emoji font's space is far
        # wider than a word space. Otherwise a space stays in the run it is in ("").
        space = base if shaped else ""
        for char in line:
            if char == " ":
                chars.append(char)
                fonts.append(space)
                continue
            font = known.get(char)
            if font is None:
                font = self._font_of(char, bold)
                if font is None:  # no font has it: a visible mark in the main font
                    chars.append(MISSING_MARK)
                    fonts.append(regular)
                    continue
            if font:
                chars.append(char)
                fonts.append(font)
        if shaped:
            self._neutrals_follow_letters(chars, fonts)
        runs: list[tuple[str, str]] = []
        current = base
        start = 0
        for index, font in enumerate(fonts):
            if font and font != current:
                if index > start:
                    runs.append((current, "".join(chars[start:index])))
                    start = index
                current = font
        if len(chars) > start:
            runs.append((current, "".join(chars[start:])))
        return runs

    def _neutrals_follow_letters(self, chars: list[str], fonts: list[str]) -> None:
        def neutral(char: str) -> bool:
            return char != " " and unicodedata.category(char)[0] in "PSNZ"

        def has(font: str, char: str) -> bool:
            return char in self.chain.charset_of(font)

        previous = ""
        for index, char in enumerate(chars):
            if char == " ":
                previous = ""  # a word ends here
            elif not neutral(char):
                previous = fonts[index]
            elif previous and previous != fonts[index] and has(previous, char):
                fonts[index] = previous
        following = ""
        for index in range(len(chars) - 1, -1, -1):
            char = chars[index]
            if char == " ":
                following = ""
            elif not neutral(char):
                following = fonts[index]
            elif following and following != fonts[index] and has(following, char):
                previous_font = fonts[index - 1] if index and chars[index - 1] != " " else ""
                if previous_font != fonts[index]:  # not already joined to the letters before
                    fonts[index] = following

    def missing_in(self, text: str) -> set[str]:
        """The characters of `text` that no font draws (bidi controls and invisible ones
        excepted: they are dropped, not marked)."""
        if text.isascii() or self._drawable.issuperset(text):
            return set()
        missing = {char for char in set(text) if self._font_of(char, False) is None}
        self._drawable.update(set(text) - missing)
        return missing

    def needs_layout(self, text: str) -> bool:
        """True when `text` must be laid out here (lay_out): right-to-left letters, letters
        HarfBuzz shapes, bidi controls, or a character that no font draws."""
        if text.isascii():
            return False
        return (
            has_rtl(text)
            or needs_shaping(text)
            or _BIDI.search(text) is not None
            or bool(self.missing_in(text))
        )

    def _line_markup(self, line: str, bold: bool, shaped: bool = False) -> str:
        base = (self.chain.bold if bold else None) or self.chain.regular
        if line.isascii():
            return escape(line)
        parts: list[str] = []
        for font, text in self.runs(line, bold, shaped):
            if font == base:
                parts.append(escape(text))
            else:
                parts.append(f'<font face="{font}">{escape(text)}</font>')
        return "".join(parts)

    def markup(self, text: str, bold: bool = False) -> str:
        """Paragraph markup for a user string: cleaned, escaped, fonts chosen, breaks kept."""
        return "<br/>".join(self._line_markup(line, bold) for line in clean(text).split("\n"))

    def width(self, text: str, size: float, bold: bool = False, shaped: bool = False) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        total = 0.0
        for font, part in self.runs(text, bold, shaped):
            if shaped and needs_shaping(part):
                total += shape_run(font, part, size)[1]
            else:
                total += stringWidth(part, font, size)
        return total

    def word_width(self, word: str, size: float, bold: bool, shaped: bool) -> float:
        """width() of one word (with or without the space after it), remembered: names and
        words come back again and again in a plan."""
        key = (word, size, bold, shaped)
        known = self._word_widths.get(key)
        if known is None:
            if len(self._word_widths) >= _MAX_WORDS:
                self._word_widths.clear()
            known = self._word_widths[key] = self.width(word, size, bold, shaped)
        return known

    def break_words(
        self, paragraph: str, size: float, bold: bool, shaped: bool, width: float
    ) -> list[str]:
        """break_lines() of `paragraph` in `width` (greedy, at spaces), each word measured
        once per size and style, alone and with the space after it (with the space's own
        font: a space stays in the run of the word before it)."""
        key = (size, bold, shaped)
        known = self._pairs.get(key)
        if known is None or len(known[0]) >= _MAX_WORDS:
            known = self._pairs[key] = ({}, {})
        alone_of, spaced_of = known
        words = paragraph.split(" ")
        try:
            with_space = list(map(spaced_of.__getitem__, words))
        except KeyError:
            for word in words:
                if word not in spaced_of:
                    alone_of[word] = self.width(word, size, bold, shaped)
                    spaced_of[word] = self.width(f"{word} ", size, bold, shaped)
            with_space = list(map(spaced_of.__getitem__, words))
        if sum(with_space) - with_space[-1] + alone_of[words[-1]] <= width:
            return [paragraph]  # most texts: one line
        each = zip(map(alone_of.__getitem__, words), with_space, strict=True)
        lines: list[str] = []
        start = 0
        used = 0.0  # the width of the line so far, with the space after it
        for index, (alone, spaced) in enumerate(each):
            if alone > width:  # a word longer than a line: break_lines cuts it
                return break_lines(
                    paragraph,
                    lambda c: self.width(c, size, bold, shaped) <= width,
                    lambda word: self.word_width(word, size, bold, shaped),
                    width,
                )
            if index > start and used + alone > width:
                lines.append(" ".join(words[start:index]))
                start, used = index, 0.0
            used += spaced
        lines.append(" ".join(words[start:]))
        return lines

    def lay_out(self, text: str, size: float, bold: bool, width: float) -> tuple[Line, ...]:
        """`text` as the `Line`s it is drawn in, within `width` at `size` points: broken in
        logical order, each line split into runs by font, right-to-left lines shaped and
        ordered, the runs HarfBuzz must shape shaped, each with its width. Remembered per
        text, size and width (a name or a phrase comes back again and again in a plan)."""
        key = (text, size, bold, width)
        known = self._laid.get(key)
        if known is not None:
            return known
        known_lines = self._lines
        lines: list[Line] = []
        noted = False
        pairs: list[tuple[bool, str, str]] = []
        for paragraph in clean(text).split("\n"):
            # Each paragraph set from the side it starts at: a right-to-left one (or, in a
            # right-to-left document, one with right-to-left letters) flush right.
            right = (self.rtl and has_rtl(paragraph)) or base_is_rtl(paragraph)
            pairs += [(right, *pair) for pair in logical_lines(self, paragraph, width, size, bold)]
        for right, original, drawn in pairs:
            line = known_lines.get((original, drawn, size, bold, right))
            if line is None:
                line = self._line(original, drawn, size, bold, right)
                if line.report is None:
                    if len(known_lines) >= _MAX_LINES:
                        known_lines.clear()
                    known_lines[(original, drawn, size, bold, right)] = line
                else:
                    noted = True
            lines.append(line)
        laid = tuple(lines)
        if not noted:  # a line that reports its field is made again for each field
            if len(self._laid) >= _MAX_LINES:
                self._laid.clear()
            self._laid[key] = laid
        return laid

    def _line(self, original: str, drawn: str, size: float, bold: bool, right: bool) -> Line:
        """One Line of lay_out(): `drawn` (in visual order) split into runs and measured."""
        hb = not has_rtl(original) and needs_shaping(drawn)
        runs: list[tuple[str, str, float, bool]] = []
        total = 0.0
        shaped_any = False
        for font, part in self.runs(drawn, bold, hb):
            if hb and needs_shaping(part):
                glyphs, advance = shape_run(font, part, size)
                runs.append((font, glyphs, advance, True))
                shaped_any = True
            else:
                measure = self._measures.get(font)
                if measure is None:
                    measure = self._measures[font] = width_function(font)
                advance = measure(part, size)
                runs.append((font, part, advance, False))
            total += advance
        # Copying gives the drawn characters back (ToUnicode), which are the typed ones
        # unless the line was reordered, reshaped or shaped, or lost a bidi control or a
        # character no font has; and ReportLab maps characters beyond the BMP wrongly.
        same = not shaped_any and _ASTRAL.search(original) is None
        if same and len(runs) == 1:
            same = runs[0][1] == original
        elif same:
            same = "".join(run[1] for run in runs) == original
        missing = self.missing_in(original)
        report = None
        if missing:
            report = partial(self._note, frozenset(missing), self.context)
        return Line(tuple(runs), total, right, "" if same else actual_text(original), report)

    def _note(self, chars: frozenset[str], context: str, page: int) -> None:
        self.note_missing(set(chars), context, page)

    def complex(self, text: str, bold: bool = False) -> bool:
        """True when `text` needs more than the main font's plain glyphs (see above)."""
        return self.needs_layout(text) or self._fallback(text, bold)

    def flowable(self, text: str, style: Any, bold: bool = False) -> Any:
        """A Paragraph for `text`, or a ComplexParagraph when it needs more (see above)."""
        from reportlab.platypus import Paragraph

        if self.complex(text, bold):
            return make_complex_paragraph(self, text, style, bold)
        return Paragraph(self.markup(text, bold), style)

    def _fallback(self, text: str, bold: bool) -> bool:
        """True when a font other than the main one draws some of `text` (Chinese, Japanese,
        Korean): such text is broken into lines here and drawn run by run, which is several
        times faster than a Paragraph of font markup."""
        if text.isascii():
            return False
        own = self._own[bold]
        if own.issuperset(text):
            return False
        foreign = self._foreign[bold]
        if not foreign.isdisjoint(text):
            return True
        base = (self.chain.bold if bold else None) or self.chain.regular
        others = {char for char in set(text) if self._font_of(char, bold) not in (base, "")}
        own.update(set(text) - others)
        foreign.update(others)
        return bool(others)

    def note_missing(self, chars: set[str], context: str, page: int) -> None:
        self.missing |= chars
        self.missing_places |= {(char, context, page) for char in chars}


def width_function(name: str) -> Callable[[str, float], float]:
    """The font's stringWidth without its Python frames: ReportLab's C measure, bound to the
    font (a TrueType font whose measure nobody replaced), else the font's own."""
    from reportlab.lib.rl_accel import instanceStringWidthTTF
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font: Any = pdfmetrics.getFont(name)
    if isinstance(font, TTFont) and type(font).stringWidth is TTFont.stringWidth:
        return partial(instanceStringWidthTTF, font)
    return font.stringWidth  # type: ignore[no-any-return]


_shaped_runs: dict[tuple[str, str, float], tuple[str, float]] = {}


def shape_run(font_name: str, text: str, size: float) -> tuple[str, float]:
    """`text` shaped by HarfBuzz in `font_name` at `size` points, as ReportLab shapes it (a
    ShapedStr: glyphs and their positions; the text itself when shaping changes nothing),
    and its advance. Remembered: a name met again costs a look-up."""
    key = (font_name, text, size)
    known = _shaped_runs.get(key)
    if known is not None:
        return known
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

    try:
        shaped = shapeStr(text, font_name, size)
    except (AttributeError, KeyError, IndexError, ValueError):
        shaped = text  # a font HarfBuzz cannot use: drawn as it is
    if isinstance(shaped, ShapedStr):
        width = sum(data.x_advance for data in shaped.__shapeData__) * size / 1000
    else:
        width = stringWidth(text, font_name, size)
    if len(_shaped_runs) >= _MAX_LINES:
        _shaped_runs.clear()
    known = _shaped_runs[key] = (shaped, float(width))
    return known


_reshaper: Any = None


def _reshape(text: str) -> str:
    global _reshaper  # noqa: PLW0603 - built once, it compiles a large table
    if not _ARABIC.search(text):
        return text
    if _reshaper is None:
        from arabic_reshaper import ArabicReshaper  # type: ignore[import-untyped]

        _reshaper = ArabicReshaper(configuration={"delete_harakat": False})
    # Letters join within a word, never across a space: each word is reshaped once.
    return " ".join(_reshape_word(word) for word in text.split(" "))


_reshaped: dict[str, str] = {}


def _reshape_word(word: str) -> str:
    known = _reshaped.get(word)
    if known is None:
        if not _ARABIC.search(word):
            return word
        if len(_reshaped) >= _MAX_WORDS:
            _reshaped.clear()
        known = _reshaped[word] = _reshaper.reshape(word)
    return known


def base_is_rtl(text: str) -> bool:
    """True when the first strongly directional letter is right-to-left (Unicode rule P2)."""
    rtl = _RTL.search(text)
    ltr = _STRONG_LTR.search(text)
    if rtl is None:
        return False
    return ltr is None or rtl.start() < ltr.start()


def _joins_previous(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Mc", "Me") or char in "\u200c\u200d\ufe0e\ufe0f"


def break_lines(
    paragraph: str,
    fits: Callable[[str], bool],
    measure: Callable[[str], float] | None = None,
    width: float = 0.0,
) -> list[str]:
    """Greedy logical-order line breaking at spaces; words too long for a line are cut.

    With `measure` (a width function that adds up word by word: a line's width is the sum
    of each word's with the space after it, and the last word's alone) each word is
    measured once instead of the whole line again at every word."""
    if measure is not None:
        words = paragraph.split(" ")
        total = sum(measure(f"{word} ") for word in words[:-1]) + measure(words[-1])
        if total <= width:
            return [paragraph]
    elif fits(paragraph):  # most texts are one short line: measured once, not word by word
        return [paragraph]
    lines: list[str] = []
    current = ""
    used = 0.0  # measure: the width of `current` and the space after it
    for word in paragraph.split(" "):
        if measure is not None:
            if used + measure(word) <= width:
                current = f"{current} {word}" if current else word
                used += measure(f"{word} ")
                continue
        else:
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
            while cut < len(rest) and _joins_previous(rest[cut]):
                cut += 1  # keep a letter with its marks and joiners, even if a little wide
            lines.append(rest[:cut])
            rest = rest[cut:]
        current = rest
        if measure is not None:
            used = measure(f"{rest} ") if rest else 0.0
    lines.append(current)
    return lines


# Mirrored characters (Unicode's Bidi_Mirrored, the ones text holds in practice).
# Brackets pair up (the bidi algorithm's rule N0 gives both of a pair one direction):
_BRACKETS = {"(": ")", "[": "]", "{": "}"}
_CLOSERS = {close: open_ for open_, close in _BRACKETS.items()}
# ...other mirrored characters do not: opening -> closing.
_QUOTES = {"<": ">", "\u00ab": "\u00bb", "\u2039": "\u203a"}
_QUOTE_CLOSERS = {close: open_ for open_, close in _QUOTES.items()}
_MIRRORED = re.compile("[()\\[\\]{}<>\u00ab\u00bb\u2039\u203a]")
# Stand-ins for the pairs of one line while it is reordered: paired brackets too (so rule N0
# treats them exactly as the brackets they stand for), each pair of its own kind, so that
# each pair is found again afterwards.
_STAND_INS = tuple(
    (chr(a), chr(b))
    for a, b in (
        (0x2045, 0x2046), (0x207D, 0x207E), (0x208D, 0x208E), (0x2308, 0x2309),
        (0x230A, 0x230B), (0x2768, 0x2769), (0x276A, 0x276B), (0x276C, 0x276D),
        (0x276E, 0x276F), (0x2770, 0x2771), (0x2772, 0x2773), (0x2774, 0x2775),
        (0x27C5, 0x27C6), (0x27E6, 0x27E7), (0x27E8, 0x27E9), (0x27EA, 0x27EB),
        (0x27EC, 0x27ED), (0x27EE, 0x27EF), (0x2983, 0x2984), (0x2985, 0x2986),
        (0x2987, 0x2988), (0x2989, 0x298A), (0x298B, 0x298C), (0x2991, 0x2992),
        (0x2993, 0x2994), (0x2995, 0x2996), (0x2997, 0x2998), (0x29FC, 0x29FD),
    )
)  # fmt: skip


def _bracket_pairs(line: str) -> list[tuple[int, int]]:
    """The paired brackets of `line` (logical order), as the bidi algorithm pairs them
    (BD16: a closing bracket closes the nearest open one of its kind)."""
    pairs: list[tuple[int, int]] = []
    opened: list[tuple[str, int]] = []
    for index, char in enumerate(line):
        if char in _BRACKETS:
            if len(opened) == 63:  # BD16's limit: no more pairs on this line
                break
            opened.append((char, index))
        elif char in _CLOSERS:
            for depth in range(len(opened) - 1, -1, -1):
                if opened[depth][0] == _CLOSERS[char]:
                    pairs.append((opened[depth][1], index))
                    del opened[depth:]
                    break
    return sorted(pairs)


def _mirror_turned_quotes(visual: str) -> str:
    """Mirror «», ‹› and <> pairs that read closing-then-opening in visual order: the
    reordering turned them round, so they lay at a right-to-left level."""
    chars = list(visual)
    upright: list[tuple[str, int]] = []
    turned: list[tuple[str, int]] = []
    for index, char in enumerate(chars):
        if char in _QUOTES:
            if turned and turned[-1][0] == _QUOTES[char]:
                _, at = turned.pop()
                chars[at], chars[index] = char, _QUOTES[char]
            else:
                upright.append((char, index))
        elif char in _QUOTE_CLOSERS:
            if upright and upright[-1][0] == _QUOTE_CLOSERS[char]:
                upright.pop()
            else:
                turned.append((char, index))
    return "".join(chars)


def display(line: str, base: str) -> str:
    """`line` (shaped, logical order) in visual order for base direction `base` ("L"/"R").

    python-bidi's fast `get_display` reorders (isolates and bracket pairs honoured, so
    "Carol (his cousin)" stays whole inside Arabic) but does not mirror (rule L4): in a
    right-to-left run "(جهة اتصال)" would come out as ")لاصتا ةهج(". So each bracket pair is
    first replaced by a stand-in pair of its own kind; after reordering, a pair whose closing
    stand-in comes first was turned round (it lay at a right-to-left level) and is drawn
    mirrored; an upright pair keeps its brackets. A bracket with no partner is drawn as it is.
    """
    from bidi import get_display  # type: ignore[import-untyped]

    if not _MIRRORED.search(line):
        plain: str = get_display(line, base_dir=base)
        return plain
    chars = list(line)
    free = [pair for pair in _STAND_INS if pair[0] not in line and pair[1] not in line]
    marked = list(zip(_bracket_pairs(line), free, strict=False))
    for (start, end), (open_in, close_in) in marked:
        chars[start], chars[end] = open_in, close_in
    visual = list(get_display("".join(chars), base_dir=base))
    where = {char: index for index, char in enumerate(visual)}
    for (start, end), (open_in, close_in) in marked:
        at_open, at_close = where[open_in], where[close_in]
        opening, closing = line[start], line[end]
        if at_close < at_open:  # turned round: a right-to-left pair, drawn mirrored
            opening, closing = closing, opening
        visual[at_open], visual[at_close] = opening, closing
    return _mirror_turned_quotes("".join(visual))


def visual_lines(maker: TextMaker, text: str, width: float, size: float, bold: bool) -> list[str]:
    """The lines of `text` as they appear on the page: shaped, broken, reordered."""

    def fits(candidate: str) -> bool:
        return maker.width(candidate, size, bold) <= width

    out: list[str] = []
    for paragraph in clean(text).split("\n"):
        shaped = _reshape(paragraph)
        base = "R" if maker.rtl or base_is_rtl(paragraph) else "L"
        for line in break_lines(shaped, fits):
            out.append(display(line, base) if has_rtl(line) else line)
    return out


def logical_lines(
    maker: TextMaker, text: str, width: float, size: float, bold: bool
) -> list[tuple[str, str]]:
    """(logical line, drawn line) pairs: the drawn line is shaped and in visual order for
    right-to-left text, the logical line is what the person typed (for /ActualText)."""
    out: list[tuple[str, str]] = []
    for paragraph in clean(text).split("\n"):
        if has_rtl(paragraph):
            base = "R" if maker.rtl or base_is_rtl(paragraph) else "L"
            shaped = _reshape(paragraph)
            # Break the reshaped text (its widths are what is drawn), then find each line's
            # logical text: reshaping keeps one character per letter except lam-alef.
            lines = maker.break_words(shaped, size, bold, False, width)
            originals = _split_like(paragraph, lines)
            for original, line in zip(originals, lines, strict=True):
                drawn = display(line, base) if has_rtl(line) else line
                out.append((original, _strip_bidi(drawn)))
        else:
            lines = maker.break_words(paragraph, size, bold, needs_shaping(paragraph), width)
            out.extend((line, _strip_bidi(line)) for line in lines)
    return out


def _strip_bidi(line: str) -> str:
    return line.translate(_STRIP_BIDI) if _BIDI.search(line) else line


def _split_like(original: str, pieces: list[str]) -> list[str]:
    """Cut `original` into as many words per piece as each reshaped piece holds."""
    words = original.split(" ")
    out: list[str] = []
    start = 0
    for piece in pieces:
        count = len(piece.split(" ")) if piece else 1
        out.append(" ".join(words[start : start + count]))
        start += count
    if start < len(words) and out:
        out[-1] = " ".join([out[-1], *words[start:]]) if out[-1] else " ".join(words[start:])
    return out


class ComplexParagraph(Flowable):  # type: ignore[misc]
    """A text that needs several fonts, shaping or right-to-left order, outside a table
    (titles, notes, very long values): broken into `Line`s (TextMaker.lay_out) for the width
    it gets, drawn by pdf_writer's TextWriter like the same text in a table's cell."""

    def __init__(
        self,
        maker: TextMaker,
        text: str,
        style: Any,
        bold: bool,
        lines: tuple[Line, ...] | None = None,
    ) -> None:
        super().__init__()
        self.maker = maker
        self.text = text
        self.bold = bold
        self.style = style
        self.context = maker.context
        self._lines = lines
        self._width = -1.0

    def _build(self, avail: float) -> tuple[Line, ...]:
        if self._lines is None or avail != self._width:
            style = self.style
            # A little slack so that a line never overflows the column.
            room = max(avail - style.leftIndent - style.rightIndent - 2, 10.0)
            context, self.maker.context = self.maker.context, self.context
            try:
                self._lines = self.maker.lay_out(self.text, style.fontSize, self.bold, room)
            finally:
                self.maker.context = context
            self._width = avail
        return self._lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        lines = self._build(avail_width)
        self.width = avail_width
        self.height = len(lines) * self.style.leading
        return self.width, self.height

    def _part(self, lines: tuple[Line, ...], width: float) -> ComplexParagraph:
        part = ComplexParagraph(self.maker, self.text, self.style, self.bold, lines)
        part.context = self.context  # the field it belongs to, for the missing-glyph warning
        part._width = width
        return part

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        lines = self._build(avail_width)
        fit = min(int((avail_height + 1e-6) // self.style.leading), len(lines))
        if fit <= 0 or fit == len(lines):
            return []
        return [self._part(lines[:fit], avail_width), self._part(lines[fit:], avail_width)]

    def draw(self) -> None:
        style = self.style
        look = _look(style)
        writer = TextWriter(self.canv)  # all lines in one text object
        writer.rich(
            self._lines or (),
            look,
            style.leftIndent,
            self.width - style.rightIndent,
            self.height - style.fontSize,
        )
        writer.flush()

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)


_looks: dict[int, tuple[Any, Look]] = {}


def _look(style: Any) -> Look:
    """pdf_writer's Look for a paragraph style (its font, size, leading and colour)."""
    known = _looks.get(id(style))
    if known is None or known[0] is not style:
        look = Look(style.fontName, style.fontSize, style.leading, style.textColor)
        known = _looks[id(style)] = (style, look)
    return known[1]


def make_complex_paragraph(maker: TextMaker, text: str, style: Any, bold: bool) -> Any:
    return ComplexParagraph(maker, text, style, bold)
