"""The protection screens in the person's language: whole sentences, Qt's plural forms,
texts translated when shown (not when the module was imported), right to left in Arabic."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from workbook.storage import keys
from workbook.ui import i18n
from workbook.ui.protection.strength import rate
from workbook.ui.protection.wipe_dialog import WipeDialog

RLM = "\u200f"
Speak = Callable[[str], None]


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    def install(code: str) -> None:
        i18n.install_language(code, qapp)

    yield install
    i18n.install_language("en", qapp)


def _labels(widget: object) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]  # type: ignore[attr-defined]


def test_english_counts_read_as_english(qtbot: QtBot, speak: Speak) -> None:
    from workbook.ui.protection.panel import _idle_text

    speak("en")
    assert _idle_text(1) == "1 minute"
    assert _idle_text(5) == "5 minutes"
    assert _idle_text(0) == "Never"
    dialog = WipeDialog(seconds=2)
    qtbot.addWidget(dialog)
    dialog.typed.setText("wipe everything")
    dialog.start()
    assert dialog.count_label.text() == "Wiping everything in 2 seconds…"
    dialog.remaining = 1
    dialog._show_count()
    assert dialog.count_label.text() == "Wiping everything in 1 second…"
    dialog.cancel()
    assert "at least 8 characters" in rate("short").advice


def test_spanish_panel_strength_and_countdown(qtbot: QtBot, speak: Speak) -> None:
    from workbook.ui.protection.panel import _idle_text

    speak("es")
    assert _idle_text(1) == "1 minuto"
    assert _idle_text(15) == "15 minutos"
    assert _idle_text(0) == "Nunca"
    assert rate("short").label == "Demasiado corta"
    assert "al menos 8 caracteres" in rate("short").advice
    dialog = WipeDialog(seconds=3)
    qtbot.addWidget(dialog)
    assert not dialog.start_button.isEnabled()
    dialog.typed.setText("  Borrar   TODO ")  # the words in the interface's language
    assert dialog.start_button.isEnabled()
    dialog.start()
    assert dialog.count_label.text() == "Se borrará todo en 3 segundos…"
    dialog.remaining = 1
    dialog._show_count()
    assert dialog.count_label.text() == "Se borrará todo en 1 segundo…"
    dialog.cancel()


def test_arabic_counts_take_their_own_forms(qtbot: QtBot, speak: Speak) -> None:
    from workbook.ui.protection.panel import _idle_text

    speak("ar")
    assert _idle_text(1) == "دقيقة واحدة"
    assert _idle_text(2) == "دقيقتان"
    assert _idle_text(5) == "5 دقائق"
    assert _idle_text(15) == "15 دقيقة"
    dialog = WipeDialog(seconds=10)
    qtbot.addWidget(dialog)
    dialog.typed.setText("wipe everything")  # the English words are accepted too
    assert dialog.start_button.isEnabled()
    dialog.typed.setText("امسح كل شيء")
    assert dialog.start_button.isEnabled()
    dialog.start()
    assert dialog.count_label.text().endswith("10 ثوانٍ…")
    dialog.cancel()


def test_setup_notice_is_translated_when_shown_and_keeps_its_promises(
    qtbot: QtBot, tmp_path: Path, speak: Speak
) -> None:
    from workbook.ui.protection.setup import SetupDialog

    speak("es")
    dialog = SetupDialog(tmp_path, kdf=keys.PassphraseKdf(memory_kib=64, iterations=1, lanes=1))
    qtbot.addWidget(dialog)
    notice = dialog.findChild(QLabel, "setup-notice-text")
    assert notice is not None
    text = notice.text()
    for words in ("stalkerware", "F12", "Salida rápida", "intercambio", "miniaturas"):
        assert words in text
    assert "What your passphrase protects" not in text
    assert dialog.notice_continue.text() == "Lo entiendo — continuar"


def test_arabic_headings_run_right_to_left_and_are_named_without_the_mark(
    qtbot: QtBot, tmp_path: Path, speak: Speak
) -> None:
    from workbook.ui.protection.unlock import UnlockDialog

    speak("ar")
    dialog = UnlockDialog(tmp_path, locked=True)
    qtbot.addWidget(dialog)
    assert dialog.isRightToLeft()
    heading = next(label for label in dialog.findChildren(QLabel) if "Workbook" in label.text())
    # "Workbook مقفل" starts with a Latin word: the mark makes the line run (and align) RTL.
    assert heading.text().startswith(RLM)
    assert not heading.accessibleName().startswith(RLM)
    passphrase_hint = next(
        label for label in dialog.findChildren(QLabel) if "يرجى كتابة" in label.text()
    )
    assert passphrase_hint.text().startswith(RLM)  # every plain paragraph, not only headings
    speak("en")
    english = UnlockDialog(tmp_path, locked=True)
    qtbot.addWidget(english)
    assert "Workbook is locked" in _labels(english)
