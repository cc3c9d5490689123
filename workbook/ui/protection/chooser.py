"""Choose a passphrase: two fields, strength feedback in words, and a kind check."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from workbook.domain.i18n import tr
from workbook.storage.keys import normalize_passphrase
from workbook.ui.protection.strength import rate
from workbook.ui.protection.widgets import (
    ERROR_STYLE,
    NOTE_STYLE,
    PassphraseEdit,
    ShowTextBox,
    message_label,
)
from workbook.ui.theme import meter_colours

_BAR_COLOURS = meter_colours()  # weak to strong, for the palette in use (ui/theme.py)
_CONTEXT = "protection"


class PassphraseChooser(QWidget):
    """Emits `ready_changed(bool)` when the choice becomes usable or stops being so.

    `first_label` is the first field's form label, translated, with its colon (by default
    "Passphrase:")."""

    ready_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, first_label: str | None = None) -> None:
        super().__init__(parent)
        self.first = PassphraseEdit(tr(_CONTEXT, "New passphrase"), self)
        self.first.setObjectName("passphrase-new")
        self.second = PassphraseEdit(tr(_CONTEXT, "New passphrase again"), self)
        self.second.setObjectName("passphrase-again")
        self.show_box = ShowTextBox([self.first, self.second], self)

        self.meter = QProgressBar(self)
        self.meter.setObjectName("passphrase-strength-meter")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(10)
        self.meter.setAccessibleName(tr(_CONTEXT, "Passphrase strength"))
        self.verdict = QLabel(self)
        self.verdict.setObjectName("passphrase-strength")
        self.verdict.setWordWrap(True)
        self.match = message_label(self)
        self.match.setObjectName("passphrase-match")

        self.form = form = QFormLayout()
        form.addRow(first_label or tr(_CONTEXT, "Passphrase:"), self.first)
        form.addRow("", self.meter)
        form.addRow("", self.verdict)
        form.addRow(tr(_CONTEXT, "Type it again:"), self.second)
        form.addRow("", self.match)
        form.addRow("", self.show_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)

        self._ready = False
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def passphrase(self) -> str:
        return self.first.text()

    def is_ready(self) -> bool:
        return self._ready

    def wipe(self) -> None:
        self.first.wipe()
        self.second.wipe()
        self.show_box.setChecked(False)

    def _update(self) -> None:
        strength = rate(self.first.text())
        self.meter.setValue(strength.score if self.first.text() else 0)
        colour = _BAR_COLOURS[strength.score]
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        text = (
            tr(_CONTEXT, "{verdict}. {advice}").format(
                verdict=strength.label, advice=strength.advice
            )
            if strength.label
            else ""
        )
        self.verdict.setText(text)
        self.verdict.setAccessibleName(text or tr(_CONTEXT, "No passphrase typed yet"))
        self.verdict.setStyleSheet(NOTE_STYLE if strength.acceptable else ERROR_STYLE)

        same = normalize_passphrase(self.first.text()) == normalize_passphrase(self.second.text())
        if not self.second.text():
            self.match.show_message("")
        elif same:
            self.match.show_message(tr(_CONTEXT, "Both match."), "good")
        else:
            self.match.show_message(
                tr(
                    _CONTEXT,
                    "The two don't match yet. Take your time; check each one with "
                    "“Show what I type” if no one is around.",
                ),
            )
        ready = strength.acceptable and same and bool(self.second.text())
        if ready != self._ready:
            self._ready = ready
            self.ready_changed.emit(ready)
