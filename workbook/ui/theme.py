"""Colours that follow the light or dark theme, and a focus ring everyone can see.

Nothing in `workbook/ui` hard-codes a colour: every colour is taken from the palette in use
when it is drawn, or from a light/dark pair chosen for that palette and then adjusted until
its text reaches WCAG contrast 4.5:1 (3:1 for marks that are not text, such as the focus ring
and the left edge of a message). macOS, KDE and GNOME switch Qt to a dark palette on their
own, so a message must stay readable in both.

* `MessageLabel` — the kind message next to a field, the one widget for it in the app: a
  tinted band with a coloured edge (painted from its own palette every time, so it follows a
  theme switched while running), or on the protection screens the text alone in its tone.
* `tone_colour(tone, palette)` / `tone_style(tone)` — text colours for "error", "good" and
  "note" texts drawn on the window's background.
* `FocusRing` — a solid 2-pixel ring around whatever has the keyboard focus (Fusion's own
  mark is a faint, half-transparent line).
* `install(app)` — the focus ring, and `WORKBOOK_THEME=dark` (or `light`) for checking both
  themes on one machine: Fusion with a dark (or light) palette.
"""

from __future__ import annotations

import os
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from workbook.ui.qt_names import set_properties

# Qt classes needed only once something is drawn (a message band, the focus ring after Tab)
# or a theme is forced are imported where they are used: PySide makes each one's enum types
# the first time it is touched, and the first window does not need them. So is the `Qt`
# namespace (workbook/ui/qt_names.py): what the first window builds sets values by name.

TEXT_CONTRAST = 4.5
MARK_CONTRAST = 3.0

# (light theme, dark theme) starting points; each is adjusted until it is readable.
_TONES: dict[str, tuple[str, str]] = {
    "error": ("#a1260d", "#ff9b8a"),
    "good": ("#1d6b2f", "#7fd48f"),
    "warning": ("#7a4d00", "#f0c060"),
}
_TINT = {"error": 0.10, "warning": 0.12}  # how much of the tone shows behind a message
_TINT_DARK = {"error": 0.28, "warning": 0.22}
_ENV = "WORKBOOK_THEME"


# -- WCAG arithmetic ------------------------------------------------------------------
def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""
    return (
        0.2126 * _channel(colour.redF())
        + 0.7152 * _channel(colour.greenF())
        + 0.0722 * _channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio, 1 to 21."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def is_dark(palette: QPalette) -> bool:
    return luminance(palette.color(QPalette.ColorRole.Window)) < 0.2


def mix(first: QColor, second: QColor, amount: float) -> QColor:
    """`amount` of `second` over `first`."""
    keep = 1.0 - amount
    return QColor.fromRgbF(
        first.redF() * keep + second.redF() * amount,
        first.greenF() * keep + second.greenF() * amount,
        first.blueF() * keep + second.blueF() * amount,
    )


def readable(colour: QColor, background: QColor, minimum: float = TEXT_CONTRAST) -> QColor:
    """`colour`, moved towards black or white (whichever the background is further from)
    just far enough to reach `minimum` contrast against `background`."""
    if contrast(colour, background) >= minimum:
        return colour.toRgb()  # a copy (QColor(colour) would load the `Qt` namespace)
    towards = QColor("black") if luminance(background) > 0.18 else QColor("white")
    for step in range(1, 21):
        candidate = mix(colour, towards, step / 20)
        if contrast(candidate, background) >= minimum:
            return candidate
    return towards


# -- colours for a palette -------------------------------------------------------------
def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QGuiApplication.palette()


def tone_colour(
    tone: str,
    palette: QPalette | None = None,
    on: QPalette.ColorRole = QPalette.ColorRole.Window,
) -> QColor:
    """Text colour for an "error", "good" or "warning" text on the background `on` (the
    window's, or a button's); "note" is the ordinary text colour (a dimmed grey fails in one
    theme or the other)."""
    palette = _palette(palette)
    background = palette.color(on)
    if tone == "note":
        return readable(palette.color(QPalette.ColorRole.WindowText), background)
    light, dark = _TONES[tone]
    start = QColor(dark if is_dark(palette) else light)
    return readable(start, background)


def tone_style(tone: str, palette: QPalette | None = None) -> str:
    """A style sheet for a label in that tone (colours worked out for the palette now)."""
    return f"color: {tone_colour(tone, palette).name()};"


# A meter from weak to strong (the passphrase strength bar): red, orange, yellow, greens.
_METER = (
    ("#a1260d", "#ff8a75"),
    ("#b8620b", "#f5a54a"),
    ("#8a7a00", "#e0d050"),
    ("#2f7d32", "#79c77d"),
    ("#1d6b2f", "#5fd47a"),
)


def meter_colours(palette: QPalette | None = None) -> tuple[str, ...]:
    """The meter's five colours as #rrggbb, each standing out 3:1 from the window."""
    palette = _palette(palette)
    window = palette.color(QPalette.ColorRole.Window)
    dark = is_dark(palette)
    return tuple(
        readable(QColor(pair[1] if dark else pair[0]), window, MARK_CONTRAST).name()
        for pair in _METER
    )


def message_colours(tone: str, palette: QPalette | None = None) -> tuple[QColor, QColor, QColor]:
    """(text, background, edge) of a message band: the window's own text on the window's
    background tinted with the tone, and the tone's colour for the edge."""
    palette = _palette(palette)
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    dark = is_dark(palette)
    hue = QColor(_TONES[tone][1 if dark else 0])
    amount = (_TINT_DARK if dark else _TINT)[tone]
    background = mix(window, hue, amount)
    while contrast(text, background) < TEXT_CONTRAST and amount > 0.01:
        amount /= 2
        background = mix(window, hue, amount)
    if contrast(text, background) < TEXT_CONTRAST:
        background, text = window, readable(text, window)
    edge = readable(hue, background, MARK_CONTRAST)
    return text, background, edge


def focus_colour(palette: QPalette | None = None) -> QColor:
    """The highlight colour, made to stand out 3:1 from the window (WCAG 1.4.11)."""
    palette = _palette(palette)
    return readable(
        palette.color(QPalette.ColorRole.Highlight),
        palette.color(QPalette.ColorRole.Window),
        MARK_CONTRAST,
    )


class MessageLabel(QLabel):
    """A kind message next to a field: plain text, wrapped, in a tone ("error", "warning",
    "good", "note"). With `band` (the default) it stands on a band tinted with its tone and a
    coloured left edge, colours taken from the palette at paint time; without, the text
    itself takes the tone's colour (the protection screens' quieter look).

    `show_message(text, tone)` shows it (hidden while empty), keeps the accessible name on
    the text, and has a screen reader say it when it changes (errors at once)."""

    EDGE = 3

    def __init__(
        self, parent: QWidget | None = None, tone: str = "error", *, band: bool = True
    ) -> None:
        super().__init__("", parent)
        self.tone = tone
        self.band = band
        self.setWordWrap(True)
        set_properties(self, textFormat="PlainText")
        if band:
            self.setContentsMargins(self.EDGE + 6, 2, 6, 2)
            self.setAutoFillBackground(False)
        else:
            self.setStyleSheet(tone_style(tone))

    def set_tone(self, tone: str) -> None:
        if tone != self.tone:
            self.tone = tone
            if self.band:
                self.update()
            else:
                self.setStyleSheet(tone_style(tone))

    def show_message(self, text: str, tone: str = "error") -> None:
        shown = directed(text)
        changed = shown != self.text()
        self.set_tone(tone)
        self.setText(shown)
        self.setAccessibleName(text)
        self.setVisible(bool(text))
        if changed and text:
            from workbook.ui.common import announce  # (not needed before the first window)

            announce(self, text, assertive=tone == "error")

    def paintEvent(self, event: Any) -> None:
        if self.band:
            from PySide6.QtGui import QPainter

            _text, background, edge = message_colours(self.tone, self.palette())
            painter = QPainter(self)
            painter.fillRect(self.rect(), background)
            painter.fillRect(0, 0, self.EDGE, self.height(), edge)
            painter.end()
        super().paintEvent(event)  # the text, in the palette's own text colour


def directed(text: str) -> str:
    """Plain `text` set to run right to left when the interface does (Arabic): a sentence that
    begins with a Latin word ("Workbook مقفل") would otherwise be laid out, and aligned, left
    to right. The mark (U+200F) is invisible; accessible names keep the text without it."""
    if text and QGuiApplication.isRightToLeft():
        return _RLM + text.removeprefix(_RLM)
    return text


_RLM = "\u200f"


# -- the focus ring --------------------------------------------------------------------
class FocusRing(QWidget):
    """A solid 2-pixel ring around the widget that has the keyboard focus, in the highlight
    colour kept at 3:1 against the window (Fusion's own mark is a faint, half-transparent
    line). Shown after keyboard navigation only (Tab, Alt+letter), not after a click.

    One ring for the whole app follows the focus (as QFocusFrame does on macOS): it sits
    beside the focused widget in the same parent, so it moves, scrolls and hides with it, and
    nothing else is drawn differently: no style is replaced, so painting pages costs nothing
    more (a Python style in the paint path cost about 2 ms per page switch)."""

    MARGIN = 3

    def __init__(self) -> None:
        from PySide6.QtCore import Qt

        super().__init__(None)
        self.setObjectName("focus-ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._target: QWidget | None = None

    def follow(self, new: QWidget | None) -> None:
        if self._target is not None and shiboken6.isValid(self._target):
            self._target.removeEventFilter(self)
        self._target = None
        from PySide6.QtCore import Qt

        window = new.window() if new is not None else None
        keyboard = window is not None and window.testAttribute(
            Qt.WidgetAttribute.WA_KeyboardFocusChange
        )
        if new is None or not keyboard or new.isWindow():
            self.hide()
            return
        from PySide6.QtWidgets import QSplitter

        parent = new.parentWidget()
        # A splitter takes every child widget as a section of its own: stand beside it.
        while isinstance(parent, QSplitter):
            parent = parent.parentWidget()
        if parent is None:
            self.hide()
            return
        self._target = new
        new.installEventFilter(self)
        if self.parentWidget() is not parent:
            self.setParent(parent)
        self._place()

    def _place(self) -> None:
        target = self._target
        if target is None or not shiboken6.isValid(target) or not target.isVisible():
            self.hide()
            return
        margin = self.MARGIN
        parent = self.parentWidget()
        if parent is None:
            self.hide()
            return
        from PySide6.QtCore import QPoint, QRect

        where = QRect(target.mapTo(parent, QPoint(0, 0)), target.size())
        self.setGeometry(where.adjusted(-margin, -margin, margin, margin))
        self.raise_()
        self.show()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._target and event.type() in _FOLLOW:
            self._place()
        return False

    def paintEvent(self, event: Any) -> None:
        target = self._target
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QPainter, QPen

        palette = target.palette() if target is not None else self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(focus_colour(palette), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)
        painter.end()


_FOLLOW = {
    QEvent.Type.Move,
    QEvent.Type.Resize,
    QEvent.Type.Show,
    QEvent.Type.Hide,
    QEvent.Type.ParentChange,
}


class _RingKeeper(QObject):
    """Moves the one ring to each newly focused widget; makes a new ring when the old one
    went with the window it was in (a closed dialog deletes its children)."""

    def __init__(self) -> None:
        super().__init__(None)
        self.ring: FocusRing | None = None

    def focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.ring is None or not shiboken6.isValid(self.ring):
            self.ring = FocusRing()
        self.ring.follow(new if new is not None and shiboken6.isValid(new) else None)


_KEEPERS: list[_RingKeeper] = []


def dark_palette() -> QPalette:
    """A dark palette like the ones desktops switch to (for checking the dark theme)."""
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: "#2b2b2b",
        role.WindowText: "#eeeeee",
        role.Base: "#1e1e1e",
        role.AlternateBase: "#2f2f2f",
        role.Text: "#eeeeee",
        role.Button: "#3a3a3a",
        role.ButtonText: "#eeeeee",
        role.BrightText: "#ffffff",
        role.Highlight: "#3d7fc4",
        role.HighlightedText: "#ffffff",
        role.ToolTipBase: "#3a3a3a",
        role.ToolTipText: "#eeeeee",
        role.PlaceholderText: "#a0a0a0",
        role.Link: "#8ab4f8",
        role.Light: "#4a4a4a",
        role.Midlight: "#404040",
        role.Mid: "#303030",
        role.Dark: "#202020",
        role.Shadow: "#000000",
    }
    for which, name in colours.items():
        palette.setColor(which, QColor(name))
    disabled = QPalette.ColorGroup.Disabled
    for which in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, which, QColor("#8a8a8a"))
    return palette


def light_palette() -> QPalette:
    from PySide6.QtWidgets import QStyleFactory

    style = QStyleFactory.create("Fusion")
    return style.standardPalette() if style is not None else QPalette()


def install(app: QApplication, *, focus_ring: bool = True) -> None:
    """The focus ring for the whole app (unless `focus_ring` is False: the start installs it
    with `install_focus_ring` once the first window is painted, as that window's first focus
    does not come from the keyboard); WORKBOOK_THEME=dark/light picks a palette."""
    wanted = os.environ.get(_ENV, "").strip().lower()
    if wanted in ("dark", "light"):
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if wanted == "dark" else light_palette())
    if focus_ring:
        install_focus_ring(app)


def install_focus_ring(app: QApplication) -> None:
    """The one focus ring follows the keyboard focus from here on (once per app)."""
    if not _KEEPERS:
        keeper = _RingKeeper()
        app.focusChanged.connect(keeper.focus_changed)
        _KEEPERS.append(keeper)
