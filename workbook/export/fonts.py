"""Which TrueType fonts draw the plan PDF, and which font draws each character.

The fonts come from PyPI packages declared in pyproject.toml, so every install has them:

- Noto Sans (`fontpkg-noto-sans`): Latin with Polish/Czech letters, Greek, Cyrillic.
- Noto Sans Arabic (`fontpkg-noto-sans-arabic`): Arabic, including the presentation forms
  that the reshaper in `pdf_text` produces.
- Heebo (`fontpkg-heebo`): Hebrew.

After them comes a known chain of system fonts that many Linux desktops have (DejaVu Sans,
Droid Sans Fallback for Chinese/Japanese/Korean, ...), loaded only when a character is not
covered by the fonts above. A character no font can draw is still exported (as the first
font's empty box) and reported, never silently dropped. The standard 14 PDF fonts are never
used for text: everything is an embedded TrueType subset.

The packaged fonts are variable fonts; ReportLab draws their default instance (Regular).
For bold headings and labels we ship `resources/fonts/NotoSans-Bold-Latin.ttf`: the wght=700
instance of the same Noto Sans, cut to Latin, Greek and Cyrillic so it stays small (96 kB).
Instancing the full font at export time takes ~7 s, so it is made once with
`build_bold_subset()` and committed.
"""

from __future__ import annotations

import importlib
import importlib.resources
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
)

# Known system fallbacks, tried in this order when the packaged fonts lack a character.
_SYSTEM_DIRS: tuple[str, ...] = (
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "/usr/X11R6/lib/X11/fonts",
    "/Library/Fonts",
    "/System/Library/Fonts",
    "C:/Windows/Fonts",
)
_SYSTEM_FILES: tuple[str, ...] = (
    "DejaVuSans.ttf",
    "NotoSansSymbols2-Regular.ttf",
    "DroidSansFallbackFull.ttf",
    "DroidSansFallback.ttf",
    "arialuni.ttf",
)
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


def _system_fallbacks() -> list[Path]:
    found: list[Path] = []
    for wanted in _SYSTEM_FILES:
        for folder in _SYSTEM_DIRS:
            base = Path(folder)
            if not base.is_dir():
                continue
            hit = next(iter(sorted(base.rglob(wanted))), None)
            if hit is not None:
                found.append(hit)
                break
    return found


@dataclass
class _LazyFont:
    name: str
    path: Path
    loaded: bool = False
    charset: frozenset[int] = frozenset()


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

        registered = font.name in pdfmetrics.getRegisteredFontNames()
        tt: Any = pdfmetrics.getFont(font.name) if registered else TTFont(font.name, font.path)
        if not registered:
            pdfmetrics.registerFont(tt)
        font.charset = frozenset(tt.face.charToGlyph)
        font.loaded = True

    def font_for(self, char: str) -> str | None:
        """The registered font that draws `char`, or None when no font can."""
        try:
            return self._choice[char]
        except KeyError:
            pass
        code = ord(char)
        chosen: str | None = None
        with self._lock:
            for font in self._fonts:
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
                return frozenset(chr(code) for code in font.charset if code >= 0x20)
        return frozenset()

    def font_names(self) -> list[str]:
        return [font.name for font in self._fonts if font.loaded]


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
            for index, path in enumerate(_system_fallbacks()):
                fonts.append(_LazyFont(f"WorkbookFallback{index}", path))
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
