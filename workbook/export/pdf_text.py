"""User text on its way into ReportLab: cleaned, escaped, given fonts, laid out right to left.

Everything the person typed reaches a `Paragraph` only through `TextMaker.markup()` (or the
`BidiParagraph` built by `TextMaker.flowable()`, which calls it): the ONE place where `&`,
`<`, `>` and quotes are escaped, so `<b>`, `<img src=x>` or `<onDraw ...>` show literally and
do nothing.

Text that needs more than one font's plain glyphs goes through `ComplexParagraph`, which
breaks it into lines itself (in logical order) and draws each line:

- Right-to-left lines (Arabic, Hebrew) are shaped with `arabic-reshaper` and put in visual
  order with `python-bidi`, one line at a time so that the first words of a long note stay
  on its first line. Bidi controls (LRM, RLM, embeddings, isolates) steer that order and are
  never drawn.
- Scripts whose letters are reordered and combined (Devanagari, Thai) and emoji sequences are
  shaped by HarfBuzz through ReportLab's own `uharfbuzz` support (`shaping` on the paragraph
  style), only for these lines, so the common path stays fast.
- Each line is drawn as runs of PDF text operators, one run per font (`RunLine`), all the
  lines of a paragraph in one text object. Only the runs HarfBuzz must shape are one-line
  ReportLab Paragraphs, laid out once per font, text and style, and in a document written
  again from the operators of their first drawing. Words are measured once each: a line's
  width is the sum of its words' widths, each with the space after it.
- Every such line is wrapped in a marked-content span whose `/ActualText` is the line as it
  was typed, so that copying and searching the PDF give the person's own words in logical
  order, not presentation forms or reversed letters.

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
import weakref
from collections.abc import Callable
from typing import Any

from reportlab.platypus.flowables import Flowable

from workbook.export.fonts import FontChain
from workbook.export.pdf_writer import Look, TextWriter

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
_MAX_WORDS = 100_000  # word widths remembered (see TextMaker.word_width)
_MAX_LINES = 20_000  # lines' font runs remembered (see TextMaker.runs)
MISSING_MARK = "\ufffd"  # drawn in place of a character that no font has
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_STRONG_LTR = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")


def escape(text: str) -> str:
    """XML-escape a plain string for ReportLab's paragraph markup."""
    return text.translate(_ESCAPES)


def clean(text: str) -> str:
    """Normalise line breaks to "\\n", drop characters that cannot be drawn or parsed, and
    compose accents typed as separate marks (NFC), which fonts draw best precomposed."""
    if text.isprintable():  # no line break, no control, no lone surrogate
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
        self._fonts_of: dict[tuple[str, bool], str] = {}  # _font_of's answers so far
        self._word_widths: dict[tuple[str, float, bool, bool], float] = {}
        # Characters known to have a font (missing_in), and known to be drawn by the main
        # (or, for True, the bold) font or dropped (_fallback): a text made of them all is
        # answered with one set comparison.
        self._drawable: set[str] = {" "}
        self._own: dict[bool, set[str]] = {False: {" "}, True: {" "}}
        # runs()' answers for lines met so far ("<a name> Text message" comes back often)
        self._runs: dict[tuple[str, bool, bool], list[tuple[str, str]]] = {}
        if chain.bold is not None:
            from reportlab.pdfbase import pdfmetrics

            font: Any = pdfmetrics.getFont(chain.bold)
            self._bold_charset = frozenset(font.face.charToGlyph)

    def _font_of(self, char: str, bold: bool) -> str | None:
        """The font for one character; "" means drop it (a bidi control, or an invisible
        character nobody has)."""
        known = self._fonts_of.get((char, bold))
        if known is not None:
            return known
        font = self._choose_font(char, bold)
        if font is not None:  # a missing character is noted each time it is met
            self._fonts_of[(char, bold)] = font
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
        chars: list[str] = []
        fonts: list[str] = []
        for char in line:
            if char == " ":
                chars.append(char)
                # A shaped line draws its spaces in the main font: an emoji font's space is
                # far wider than a word space.
                fonts.append(base if shaped else "")
                continue
            font = self._font_of(char, bold)
            if font == "":
                continue
            chars.append(char if font is not None else MISSING_MARK)
            fonts.append(font or self.chain.regular)
        if shaped:
            self._neutrals_follow_letters(chars, fonts)
        out: list[tuple[str, str]] = []
        current = base
        buffer: list[str] = []
        for char, font in zip(chars, fonts, strict=True):
            if font and font != current:
                if buffer:
                    out.append((current, "".join(buffer)))
                    buffer = []
                current = font
            buffer.append(char)
        if buffer:
            out.append((current, "".join(buffer)))
        return out

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
        """True when `text` must go through ComplexParagraph: right-to-left letters, letters
        HarfBuzz shapes, bidi controls, or a character that no font draws."""
        if text.isascii():
            return False
        return (
            has_rtl(text)
            or needs_shaping(text)
            or any(char in BIDI_CONTROLS for char in text)
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
                total += _shaped_width(font, part, size)
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

    def flowable(self, text: str, style: Any, bold: bool = False) -> Any:
        """A Paragraph for `text`, or a ComplexParagraph when it needs more (see above)."""
        from reportlab.platypus import Paragraph

        if self.needs_layout(text) or self._fallback(text, bold):
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
        base = (self.chain.bold if bold else None) or self.chain.regular
        others = {char for char in set(text) if self._font_of(char, bold) not in (base, "")}
        own.update(set(text) - others)
        return bool(others)

    def note_missing(self, chars: set[str], context: str, page: int) -> None:
        self.missing |= chars
        self.missing_places |= {(char, context, page) for char in chars}


def _shaped_width(font_name: str, text: str, size: float) -> float:
    """The advance of `text` as HarfBuzz shapes it in `font_name` at `size` points."""
    import uharfbuzz
    from reportlab.pdfbase import pdfmetrics

    font: Any = pdfmetrics.getFont(font_name)
    try:
        hb_font = font.hbFont(size)
        upem = font.hbFace.upem
    except (AttributeError, ValueError):
        return float(pdfmetrics.stringWidth(text, font_name, size))
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(hb_font, buffer, {"kern": True, "liga": True})
    return float(sum(pos.x_advance for pos in buffer.glyph_positions) * size / upem)


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
            lines = break_lines(
                shaped,
                lambda c: maker.width(c, size, bold) <= width,
                lambda word: maker.word_width(word, size, bold, False),
                width,
            )
            originals = _split_like(paragraph, lines)
            for original, line in zip(originals, lines, strict=True):
                drawn = display(line, base) if has_rtl(line) else line
                out.append((original, drawn.translate(_STRIP_BIDI)))
        else:
            hb = needs_shaping(paragraph)
            lines = break_lines(
                paragraph,
                lambda c, hb=hb: maker.width(c, size, bold, hb) <= width,  # type: ignore[misc]
                lambda word, hb=hb: maker.word_width(word, size, bold, hb),  # type: ignore[misc]
                width,
            )
            out.extend((line, line.translate(_STRIP_BIDI)) for line in lines)
    return out


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


class RunLine:
    """One line already broken, shaped and ordered, drawn as runs of plain text operators
    (each run in its font): what a one-line Paragraph of font markup draws, without parsing
    markup or breaking lines again. Lines that HarfBuzz must shape stay Paragraphs."""

    def __init__(
        self,
        runs: list[tuple[str, str]],
        style: Any,
        right: bool,
        shaper: Callable[[str, str], tuple[Any, float]] | None = None,
    ) -> None:
        self.runs = runs
        self.style = style
        self.right = right
        self.shaper = shaper  # for the runs HarfBuzz must shape
        self.height = float(style.leading)
        self.width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.height

    def drawOn(self, canvas: Any, x: float, y: float) -> None:

        writer = TextWriter(canvas)
        self.draw_with(writer, canvas, x, y)
        writer.flush()

    def draw_with(self, writer: Any, canvas: Any, x: float, y: float, span: str = "") -> None:
        """Draw with `writer` (pdf_writer's TextWriter), inside a marked-content `span` (a
        BDC operator) when one is given."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        style = self.style
        size = float(style.fontSize)
        shaper = self.shaper
        parts: list[tuple[str, str, Any, float]] = []
        for font, text in self.runs:
            if shaper is not None and needs_shaping(text):
                para, width = shaper(font, text)
                parts.append((font, text, para, width))
            else:
                parts.append((font, text, None, stringWidth(text, font, size)))
        if self.right:
            left = x + self.width - style.rightIndent - sum(part[3] for part in parts)
        else:
            left = x + style.leftIndent
        baseline = y + self.height - size
        # A span must open and close inside the same text object: a line with a shaped
        # Paragraph in it (its own text objects) has its span around them, outside.
        inside = all(part[2] is None for part in parts)
        if span:
            if inside:
                writer.literal(span)
            else:
                writer.flush()
                canvas.addLiteral(span)
        for font, text, para, width in parts:
            if para is None:
                look = _look(font, size, style.leading, style.textColor)
                writer.lines((text,), look, left, baseline)
            else:
                writer.flush()
                _draw_shaped(canvas, para, left, y + self.height - para.height)
            left += width
        if span:
            if inside:
                writer.literal("EMC")
            else:
                writer.flush()
                canvas.addLiteral("EMC")


# Per document: the operators a shaped run's Paragraph drew the first time, by Paragraph.
_drawn: weakref.WeakKeyDictionary[Any, dict[int, tuple[Any, str]]] = weakref.WeakKeyDictionary()


def _draw_shaped(canvas: Any, para: Any, x: float, y: float) -> None:
    """Draw a shaped run's one-line Paragraph at (x, y): the first time in a document by
    ReportLab, after that by writing again the operators it wrote then (the same glyphs of
    the same font subsets), moved to (x, y). A name met in many records is laid out once."""
    from reportlab.lib.rl_accel import fp_str

    done = _drawn.get(canvas._doc)
    if done is None:
        done = _drawn[canvas._doc] = {}
    known = done.get(id(para))
    if known is not None and known[0] is para:
        canvas.addLiteral(f"q\n1 0 0 1 {fp_str(x, y)} cm\n{known[1]}\nQ")
        return
    code = canvas._code
    start = len(code)
    para.drawOn(canvas, x, y)
    drawn = code[start:]
    # Kept only in the shape Flowable.drawOn writes (q, the move, the text, Q), and only when
    # the text sets its own font (it does not rely on the canvas's font at the time).
    if len(drawn) > 3 and drawn[0] == "q" and drawn[1].endswith(" cm") and drawn[-1] == "Q":
        inner = "\n".join(drawn[2:-1])
        if " Tf" in inner:
            done[id(para)] = (para, inner)


# Shaped runs as one-line Paragraphs, by font, text and style (see make_complex_paragraph).
_shaped_runs: dict[tuple[str, str, str, float, int], tuple[Any, float]] = {}
_MAX_SHAPED_RUNS = 20_000

_looks: dict[tuple[str, float, float, int], Any] = {}


def _look(font: str, size: float, leading: float, color: Any) -> Any:
    """pdf_writer's Look for a run (one per font, size and colour; colours are constants)."""
    key = (font, size, leading, id(color))
    look = _looks.get(key)
    if look is None or look.color is not color:  # (an id may be used again after a colour)
        look = _looks[key] = Look(font, size, leading, color)
    return look


# Per paragraph style and direction: the line, run and shaped-run styles (clones made once).
_complex_styles: dict[tuple[int, bool], tuple[Any, Any, Any, Any]] = {}


def _styles(style: Any, rtl: bool) -> tuple[Any, Any, Any]:
    known = _complex_styles.get((id(style), rtl))
    if known is not None and known[0] is style:
        return known[1], known[2], known[3]
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT

    line_style = style.clone(f"{style.name}-complex", alignment=TA_RIGHT if rtl else TA_LEFT)
    # A shaped run is a one-line Paragraph placed where the run starts. Right-to-left lines
    # are shaped and ordered already (see logical_lines): HarfBuzz would reverse them again.
    run_style = line_style.clone(
        f"{style.name}-run", alignment=TA_LEFT, leftIndent=0, rightIndent=0, firstLineIndent=0
    )
    shaped_style = run_style.clone(f"{style.name}-shaped", shaping=1)
    _complex_styles[(id(style), rtl)] = (style, line_style, run_style, shaped_style)
    return line_style, run_style, shaped_style


def _shaped_run(font: str, text: str, run_style: Any, shaped_style: Any) -> tuple[Any, float]:
    """A run HarfBuzz shapes, as a one-line Paragraph and its width: made once per font,
    text and style (a name met again costs a look-up), and drawn unshaped where ReportLab
    cannot shape it: it shapes a word that spans two fonts ("(สมศรี", "(王秀英") with the
    first font's HarfBuzz face, which lacks the other font's letters, and fails."""
    from reportlab.platypus import Paragraph

    key = (font, text, shaped_style.name, shaped_style.fontSize, id(shaped_style.textColor))
    known = _shaped_runs.get(key)
    if known is not None and known[0].style.textColor is shaped_style.textColor:
        return known
    markup = f'<font face="{font}">{escape(text)}</font>'
    para = Paragraph(markup, shaped_style)
    try:
        para.wrap(72000, 72000)
    except (AttributeError, KeyError, IndexError):
        para = Paragraph(markup, run_style)
        para.wrap(72000, 72000)
    width = _shaped_width(font, text, float(shaped_style.fontSize))
    if len(_shaped_runs) > _MAX_SHAPED_RUNS:
        _shaped_runs.clear()
    _shaped_runs[key] = (para, width)
    return para, width


class ComplexParagraph(Flowable):  # type: ignore[misc]
    """Breaks its text into lines for the width it gets; each line is drawn as one shaped,
    visually ordered line inside an /ActualText span of its logical text."""

    def __init__(
        self,
        maker: TextMaker,
        text: str,
        style: Any,
        bold: bool,
        lines: list[tuple[str, Any]] | None = None,
    ) -> None:
        super().__init__()
        self.maker = maker
        self.text = text
        self.bold = bold
        self.rtl = (maker.rtl and has_rtl(text)) or base_is_rtl(text)
        self._given = style
        self._style, self._run_style, self._shaped_style = _styles(style, self.rtl)
        self.context = maker.context
        self._lines = lines
        self._width = -1.0

    def _shaper(self, font: str, text: str) -> tuple[Any, float]:
        return _shaped_run(font, text, self._run_style, self._shaped_style)

    def _build(self, avail: float) -> list[tuple[str, Any]]:
        if self._lines is None or avail != self._width:
            maker, bold, style, rtl = self.maker, self.bold, self._style, self.rtl
            # A little slack so that a line never overflows the column.
            room = avail - style.leftIndent - style.rightIndent - 2
            pairs = logical_lines(maker, self.text, max(room, 10.0), style.fontSize, bold)
            self._lines = [
                (original, RunLine(maker.runs(drawn, bold, True), style, rtl, self._shaper))
                if not has_rtl(original) and needs_shaping(drawn)
                else (original, RunLine(maker.runs(drawn, bold), style, rtl))
                for original, drawn in pairs
            ]
            self._width = avail
        return self._lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        lines = self._build(avail_width)
        for _, para in lines:
            para.wrap(avail_width, avail_height)
        self.width = avail_width
        self.height = sum(para.height for _, para in lines)
        return self.width, self.height

    def _part(self, lines: list[tuple[str, Any]], width: float) -> ComplexParagraph:
        part = ComplexParagraph(self.maker, self.text, self._given, self.bold, lines)
        part.context = self.context  # the field it belongs to, for the missing-glyph warning
        part._width = width
        return part

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        lines = self._build(avail_width)
        used = 0.0
        fit = 0
        for _, para in lines:
            para.wrap(avail_width, avail_height)
            if used + para.height > avail_height:
                break
            used += para.height
            fit += 1
        if fit == 0 or fit == len(lines):
            return []
        return [self._part(lines[:fit], avail_width), self._part(lines[fit:], avail_width)]

    def draw(self) -> None:

        canvas = self.canv
        maker = self.maker
        y = self.height
        page = canvas.getPageNumber()
        writer = TextWriter(canvas)  # all lines in one text object where they can be
        for original, line in self._lines or []:
            y -= line.height
            missing = maker.missing_in(original)
            if missing:
                maker.note_missing(missing, self.context, page)
            line.draw_with(writer, canvas, 0, y, actual_text(original))
        writer.flush()

    def getSpaceBefore(self) -> float:
        return float(self._style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self._style.spaceAfter)


def make_complex_paragraph(maker: TextMaker, text: str, style: Any, bold: bool) -> Any:
    return ComplexParagraph(maker, text, style, bold)
