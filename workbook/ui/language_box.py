"""The Welcome page's language choice (kept apart from `workbook.ui.i18n`, which runs before
the first window: this module's widgets load only with the Welcome page)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from workbook.ui.i18n import LANGUAGES, chosen_language, save_language


class LanguageBox(QGroupBox):
    """The Welcome page's language choice; it takes effect the next time Workbook starts
    (every page, and Qt's own buttons, are built in one language)."""

    def __init__(self, folder: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("Language", "Language"), parent)
        self.setObjectName("welcome-language")
        self.folder = folder
        layout = QVBoxLayout(self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("language-choice")
        self.combo.setAccessibleName(QCoreApplication.translate("Language", "Language"))
        self.combo.addItem(QCoreApplication.translate("Language", "The computer's language"), "")
        for code, name in LANGUAGES.items():
            self.combo.addItem(name, code)
        chosen = chosen_language(folder) or ""
        self.combo.setCurrentIndex(max(0, self.combo.findData(chosen)))
        layout.addWidget(self.combo)
        self.note = QLabel(
            QCoreApplication.translate(
                "Language",
                "Workbook speaks the language you choose from the next time you open it.",
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setObjectName("language-note")
        layout.addWidget(self.note)
        self.combo.setEnabled(folder is not None)
        self.combo.currentIndexChanged.connect(self._chosen)

    def _chosen(self, index: int) -> None:
        if self.folder is None:
            return
        code = str(self.combo.itemData(index) or "")
        try:
            save_language(self.folder, code)
        except OSError:
            self.note.setText(
                QCoreApplication.translate(
                    "Language", "Your choice could not be kept just now. Please try again."
                )
            )
            return
        self.note.setText(
            QCoreApplication.translate(
                "Language",
                "Saved. Workbook will speak this language from the next time you open it.",
            )
        )
