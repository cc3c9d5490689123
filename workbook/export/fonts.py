"""Which TrueType fonts draw the plan PDF, and which font draws each character.

The chain, tried in this order for every character:

1. Fonts from PyPI packages declared in pyproject.toml, so every install has them:
   Noto Sans (Latin with Polish/Czech letters, Greek, Cyrillic), Noto Sans Arabic, Heebo
   (Hebrew), Noto Sans Devanagari and Noto Sans Thai.
2. Noto Emoji, shipped in `resources/fonts` (black and white: ReportLab cannot embed a
   colour font).
3. The computer's own fonts for what those lack, mostly Chinese, Japanese and Korean: on
   Linux the ones fontconfig knows (`fc-list`), on Windows the Fonts folder (Microsoft
   YaHei, Yu Gothic, Malgun Gothic, SimSun, Nirmala UI, ...), on macOS PingFang, Hiragino and
   Apple SD Gothic Neo. Collections (`.ttc`) are opened face by face; fonts with PostScript
   (CFF) outlines, which ReportLab cannot embed, are passed over.
4. Droid Sans Fallback, shipped in `resources/fonts`, so that a Chinese, Japanese or Korean
   name is drawn even on a computer with no such font.

Fonts load only when a character needs them. A character that no font can draw is drawn
as a visible mark and reported (see `pdf_text`), never silently dropped. The standard 14
PDF fonts are never used for text: everything is an embedded TrueType subset.

The packaged fonts are variable fonts; ReportLab draws their default instance (Regular).
For bold headings and labels we ship `resources/fonts/NotoSans-Bold-Latin.ttf`: the wght=700
instance of the same Noto Sans, cut to Latin, Greek and Cyrillic so it stays small (96 kB).
Instancing the full font at export time takes ~7 s, so it is made once with
`build_bold_subset()` and committed.
"""

from __future__ import annotations

import importlib
import importlib.resources
import os
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REGULAR = "WorkbookSans"
BOLD = "WorkbookSans-Bold"
BOLD_FILE = "NotoSans-Bold-Latin.ttf"

# (registered name, pip package, file inside the package's files/ folder)
_PACKAGED: tuple[tuple[str, str, str], ...] = (
    (REGULAR, "fontpkg_noto_sans", "NotoSans[wdth,wght].ttf"),
    ("WorkbookArabic", "fontpkg_noto_sans_arabic", "NotoSansArabic[wdth,wght].ttf"),
    ("WorkbookHebrew", "fontpkg_heebo", "Heebo[wght].ttf"),
    ("WorkbookDevanagari", "fontpkg_noto_sans_devanagari", "NotoSansDevanagari[wdth,wght].ttf"),
    ("WorkbookThai", "fontpkg_noto_sans_thai", "NotoSansThai[wdth,wght].ttf"),
)
# Shipped in resources/fonts: emoji before the computer's fonts, the CJK fallback after them.
EMOJI_FILE = "NotoEmoji-Regular.ttf"
CJK_FILES: tuple[tuple[str, str], ...] = (
    ("WorkbookCJK", "DroidSansFallbackFull.ttf"),  # Chinese, Japanese
    ("WorkbookKorean", "NanumGothic.ttf"),  # Hangul, which Droid Sans Fallback lacks
)
# Scripts that must be shaped (letters reordered and combined) go to their own font even
# where an earlier font of the chain has glyphs for them: Noto Sans has Devanagari letters
# but is not the font to shape them with. (first code point, last code point, font)
DEDICATED: tuple[tuple[int, int, str], ...] = (
    (0x0900, 0x097F, "WorkbookDevanagari"),
    (0xA8E0, 0xA8FF, "WorkbookDevanagari"),
    (0x0E00, 0x0E7F, "WorkbookThai"),
)

# The computer's own fonts, by platform: folders, and the files worth trying in order.
_WINDOWS_FILES: tuple[str, ...] = (
    "msyh.ttc",  # Microsoft YaHei (Chinese)
    "YuGothR.ttc",  # Yu Gothic (Japanese)
    "meiryo.ttc",
    "malgun.ttf",  # Malgun Gothic (Korean)
    "simsun.ttc",
    "Nirmala.ttf",  # Nirmala UI (Indic scripts)
    "LeelawUI.ttf",  # Leelawadee UI (Thai, Lao, Khmer)
    "seguisym.ttf",  # Segoe UI Symbol
    "arialuni.ttf",
)
_MAC_FILES: tuple[str, ...] = (
    "PingFang.ttc",
    "Hiragino Sans GB.ttc",
    "ヒラギノ角ゴシック W3.ttc",
    "AppleSDGothicNeo.ttc",
    "Arial Unicode.ttf",
    "Apple Symbols.ttf",
)
_MAC_DIRS: tuple[str, ...] = (
    "/System/Library/Fonts",
    "/System/Library/Fonts/Supplemental",
    "/Library/Fonts",
)
# On Linux, fontconfig is asked for fonts that cover these languages, in this order.
_FONTCONFIG_LANGS: tuple[str, ...] = ("zh-cn", "ja", "ko", "zh-tw")
_MAX_SYSTEM_FONTS = 12
# Bold for our labels and for names in headings: Latin, Greek, Cyrillic (Arabic and Hebrew
# headings fall back to the regular weight of their own fonts).
_BOLD_RANGES: tuple[tuple[int, int], ...] = (
    (0x20, 0x7E),
    (0xA0, 0x24F),  # Latin-1, Latin Extended-A and -B (Polish, Czech, ...)
    (0x370, 0x3FF),  # Greek
    (0x400, 0x4FF),  # Cyrillic
    (0x2010, 0x2027),
    (0x20AC, 0x20AC),
)


def _packaged_path(package: str, filename: str) -> Path | None:
    try:
        root = importlib.resources.files(package)
    except ModuleNotFoundError:
        return None
    candidate = Path(str(root)) / "files" / filename
    return candidate if candidate.is_file() else None


def bold_path() -> Path:
    return Path(str(importlib.resources.files("workbook_resources"))) / "fonts" / BOLD_FILE


def _resource_font(filename: str) -> Path | None:
    path = Path(str(importlib.resources.files("workbook_resources"))) / "fonts" / filename
    return path if path.is_file() else None


def _fontconfig_fonts() -> list[Path]:
    """TrueType files that fontconfig says cover the languages we may lack (Linux, BSD)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return []
    found: list[Path] = []
    for lang in _FONTCONFIG_LANGS:
        try:
            done = subprocess.run(
                [fc_list, f":lang={lang}", "file"],
                capture_output=True,
                text=True,
                timeout=5,
                check=False,
            )
        except (OSError, subprocess.SubprocessError):
            return found
        # "path: " per line; sorted so that the same computer always makes the same PDF.
        for line in sorted(done.stdout.splitlines()):
            path = Path(line.strip().rstrip(":"))
            if path.suffix.lower() in (".ttf", ".ttc") and path not in found:
                found.append(path)
                break
    return found


def _named_fonts(folders: tuple[str, ...], names: tuple[str, ...]) -> list[Path]:
    found: list[Path] = []
    for name in names:
        for folder in folders:
            candidate = Path(folder) / name
            if candidate.is_file():
                found.append(candidate)
                break
    return found


def _system_fallbacks() -> list[Path]:
    """The computer's own fonts that may draw what the packaged ones cannot."""
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or "C:/Windows"
        local = os.environ.get("LOCALAPPDATA", "")
        folders = (str(Path(windir) / "Fonts"), str(Path(local) / "Microsoft/Windows/Fonts"))
        return _named_fonts(folders, _WINDOWS_FILES)[:_MAX_SYSTEM_FONTS]
    if sys.platform == "darwin":
        return _named_fonts(_MAC_DIRS, _MAC_FILES)[:_MAX_SYSTEM_FONTS]
    return _fontconfig_fonts()[:_MAX_SYSTEM_FONTS]


@dataclass
class _LazyFont:
    name: str
    path: Path
    subfont: int = 0
    loaded: bool = False
    charset: frozenset[int] = frozenset()
    chars: frozenset[str] | None = None  # charset as characters, made when first asked


@dataclass
class FontChain:
    """Picks, for each character, the first font in the chain that has a glyph for it."""

    regular: str
    bold: str | None
    _fonts: list[_LazyFont]
    _choice: dict[str, str | None] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _load(self, font: _LazyFont) -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        font.loaded = True
        registered = font.name in pdfmetrics.getRegisteredFontNames()
        try:
            tt: Any = (
                pdfmetrics.getFont(font.name)
                if registered
                else TTFont(font.name, font.path, subfontIndex=font.subfont)
            )
        except Exception:  # a computer's font ReportLab cannot read (CFF outlines, damaged)
            font.charset = frozenset()
            return
        if not registered:
            pdfmetrics.registerFont(tt)
        font.charset = frozenset(tt.face.charToGlyph)

    def font_for(self, char: str) -> str | None:
        """The registered font that draws `char`, or None when no font can."""
        try:
            return self._choice[char]
        except KeyError:
            pass
        code = ord(char)
        chosen: str | None = None
        with self._lock:
            dedicated = next((f for low, high, f in DEDICATED if low <= code <= high), None)
            for font in sorted(self._fonts, key=lambda f: f.name != dedicated):
                if not font.loaded:
                    self._load(font)
                if code in font.charset:
                    chosen = font.name
                    break
            self._choice[char] = chosen
        return chosen

    def charset_of(self, name: str) -> frozenset[str]:
        """The characters a loaded font of the chain has glyphs for."""
        for font in self._fonts:
            if font.name == name:
                if not font.loaded:
                    self._load(font)
                if font.chars is None:  # a CJK font has ~30,000: made once, not per line
                    font.chars = frozenset(chr(code) for code in font.charset if code >= 0x20)
                return font.chars
        return frozenset()


def _faces(name: str, path: Path, most: int = 4) -> list[_LazyFont]:
    """One entry per face of a collection (.ttc), else one; each loads when first needed."""
    if path.suffix.lower() != ".ttc":
        return [_LazyFont(name, path)]
    try:
        with path.open("rb") as handle:
            header = handle.read(12)
    except OSError:
        return []
    if header[:4] != b"ttcf":
        return []
    count = min(int.from_bytes(header[8:12], "big"), most)
    return [_LazyFont(f"{name}-{index}", path, subfont=index) for index in range(count)]


_chain: FontChain | None = None
_chain_lock = threading.Lock()


def font_chain() -> FontChain:
    """The process-wide chain; fonts are registered with ReportLab on first use."""
    global _chain  # noqa: PLW0603 - one registry per process, like ReportLab's own
    with _chain_lock:
        if _chain is None:
            fonts: list[_LazyFont] = []
            for name, package, filename in _PACKAGED:
                path = _packaged_path(package, filename)
                if path is not None:
                    fonts.append(_LazyFont(name, path))
            emoji = _resource_font(EMOJI_FILE)
            if emoji is not None:
                fonts.append(_LazyFont("WorkbookEmoji", emoji))
            for index, path in enumerate(_system_fallbacks()):
                fonts.extend(_faces(f"WorkbookFallback{index}", path))
            for name, filename in CJK_FILES:
                path = _resource_font(filename)
                if path is not None:
                    fonts.append(_LazyFont(name, path))
            if not fonts:
                raise RuntimeError("No TrueType font is installed for the PDF export.")
            chain = FontChain(regular=fonts[0].name, bold=None, _fonts=fonts)
            chain._load(fonts[0])
            bold = bold_path()
            if bold.is_file():
                from reportlab.pdfbase import pdfmetrics
                from reportlab.pdfbase.ttfonts import TTFont

                if BOLD not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(BOLD, bold))
                chain.bold = BOLD
            _chain = chain
        return _chain


def build_bold_subset(out: Path) -> None:
    """Make resources/fonts/NotoSans-Bold-Latin.ttf from the packaged variable Noto Sans.

    Run once when the Noto Sans package changes:
    `python -c "from pathlib import Path; from workbook.export.fonts import *;
    build_bold_subset(bold_path())"` (needs fonttools, which is not a runtime dependency).
    """
    # fonttools is a maintainer's tool here, not a dependency: imported by name so that
    # type checking works with and without it installed.
    subset: Any = importlib.import_module("fontTools.subset")
    instancer: Any = importlib.import_module("fontTools.varLib.instancer")
    FtFont: Any = importlib.import_module("fontTools.ttLib").TTFont

    source = _packaged_path("fontpkg_noto_sans", "NotoSans[wdth,wght].ttf")
    if source is None:
        raise RuntimeError("fontpkg-noto-sans is not installed")
    font = FtFont(source)
    options = subset.Options()
    options.layout_features = ["kern"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    codes = [c for low, high in _BOLD_RANGES for c in range(low, high + 1)]
    subsetter.populate(unicodes=codes)
    subsetter.subset(font)
    bold = instancer.instantiateVariableFont(font, {"wght": 700, "wdth": 100})
    # A distinct PostScript name: ReportLab keys embedded fonts by it, and the instance
    # would otherwise still call itself NotoSans-Regular and be merged with the regular one.
    names = bold["name"]
    names.removeNames(nameID=16)
    names.removeNames(nameID=17)
    for name_id, value in (
        (1, "Noto Sans"),
        (2, "Bold"),
        (4, "Noto Sans Bold"),
        (6, "NotoSans-Bold"),
        (3, "NotoSans-Bold-Latin"),
    ):
        names.setName(value, name_id, 3, 1, 0x409)
        names.setName(value, name_id, 1, 0, 0)
    out.parent.mkdir(parents=True, exist_ok=True)
    bold.save(str(out))
