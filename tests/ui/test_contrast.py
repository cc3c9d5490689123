"""Readable in light and dark themes: every message colour reaches WCAG 4.5:1 (3:1 for the
focus ring and other marks) in a light and a dark palette, a message band paints from the
palette it is shown with, and no colour is written into the UI's code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from workbook.ui import theme

UI = Path(theme.__file__).parent


def _grey(window: str, text: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    palette.setColor(QPalette.ColorRole.Button, QColor(window))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(window))  # a useless highlight
    return palette


def _palettes() -> dict[str, QPalette]:
    return {
        "light (Fusion)": theme.light_palette(),
        "dark": theme.dark_palette(),
        "pure white": _grey("#ffffff", "#000000"),
        "black": _grey("#000000", "#ffffff"),
        "mid grey": _grey("#777777", "#000000"),
    }


def test_wcag_arithmetic() -> None:
    assert theme.contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert theme.contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    # What the issue measured: light text on the old fixed pink band.
    assert theme.contrast(QColor("#eeeeee"), QColor("#fde7e7")) < 1.1


@pytest.mark.parametrize("name", list(_palettes()))
def test_every_message_colour_is_readable(qtbot: QtBot, name: str) -> None:
    palette = _palettes()[name]
    window = palette.color(QPalette.ColorRole.Window)
    for tone in ("error", "warning"):
        text, background, edge = theme.message_colours(tone, palette)
        assert theme.contrast(text, background) >= 4.5, (tone, text.name(), background.name())
        assert theme.contrast(edge, background) >= 3.0, (tone, edge.name(), background.name())
    for tone in ("error", "good", "warning", "note"):
        colour = theme.tone_colour(tone, palette)
        assert theme.contrast(colour, window) >= 4.5, (tone, colour.name(), window.name())
        on_button = theme.tone_colour(tone, palette, QPalette.ColorRole.Button)
        assert theme.contrast(on_button, palette.color(QPalette.ColorRole.Button)) >= 4.5
    assert theme.contrast(theme.focus_colour(palette), window) >= 3.0
    for colour in theme.meter_colours(palette):
        assert theme.contrast(QColor(colour), window) >= 3.0


def test_a_message_band_paints_from_its_palette(qtbot: QtBot) -> None:
    """The band under a field is drawn in the colours of the palette it is shown with, so it
    follows a theme switched while the app runs."""
    label = theme.MessageLabel()
    qtbot.addWidget(label)
    label.setText("Please write the date as year-month-day.")
    label.resize(400, 40)
    for palette in (theme.light_palette(), theme.dark_palette()):
        label.setPalette(palette)
        image = label.grab().toImage()
        _text, background, edge = theme.message_colours("error", palette)
        assert image.pixelColor(1, 20).name() == edge.name()
        assert image.pixelColor(395, 3).name() == background.name()
        assert (
            theme.contrast(palette.color(QPalette.ColorRole.WindowText), image.pixelColor(395, 3))
            >= 4.5
        )


def test_no_colour_is_written_into_the_ui_code() -> None:
    """Colours come from the palette or from theme.py, which checks them."""
    pattern = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|\b(?:rgb|rgba|hsl)\(")
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "theme.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("  # ")[0]
            if pattern.search(code):
                offenders.append(f"{path.relative_to(UI)}:{number}: {line.strip()}")
    assert offenders == []


@pytest.mark.parametrize("dark", [False, True])
def test_the_keyboard_focus_ring_is_solid_and_visible(qtbot: QtBot, dark: bool) -> None:
    """Fusion's own focus mark is a faint, half-transparent line; ours is a solid 2-pixel ring
    in a colour 3:1 from the window, after Tab (not after a mouse click)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

    app = QApplication.instance()
    keeper = theme._RingKeeper()
    app.focusChanged.connect(keeper.focus_changed)  # what theme.install does for the app
    try:
        palette = theme.dark_palette() if dark else theme.light_palette()
        window = QWidget()
        qtbot.addWidget(window)
        window.setPalette(palette)
        first, second = QPushButton("First", window), QPushButton("Second", window)
        layout = QVBoxLayout(window)
        layout.setSpacing(12)
        layout.addWidget(first)
        layout.addWidget(second)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        first.setFocus()
        qtbot.keyClick(first, Qt.Key.Key_Tab)
        assert second.hasFocus()
        ring_widget = keeper.ring
        assert ring_widget is not None and ring_widget.isVisible()
        assert ring_widget.geometry().contains(second.geometry())
        image = window.grab().toImage()
        ring = theme.focus_colour(palette)
        middle = second.geometry().center().y()
        edge = [image.pixelColor(second.x() - x, middle) for x in range(4)]
        assert any(
            abs(c.red() - ring.red()) + abs(c.green() - ring.green()) + abs(c.blue() - ring.blue())
            < 40
            for c in edge
        ), [c.name() for c in edge]
        assert theme.contrast(ring, palette.color(QPalette.ColorRole.Window)) >= 3.0
        # A click moves the focus without a ring (it is for the keyboard).
        qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
        assert first.hasFocus() and not ring_widget.isVisible()
    finally:
        app.focusChanged.disconnect(keeper.focus_changed)
