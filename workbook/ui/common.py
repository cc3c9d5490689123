"""Small building blocks shared by the overview and the wizard pages (kept light so the
overview can be shown without loading the editors)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from workbook.domain.model import Section

SECTION_SLUGS: dict[Section, str] = {
    Section.MANDATED: "mandated",
    Section.BOUNDARIES: "boundaries",
    Section.CONTACTS: "contacts",
    Section.BACKUP_PLANS: "backup-plans",
    Section.CHECKINS: "checkins",
    Section.PROXIES: "proxies",
    Section.CONTACT_LOG: "contact-log",
}


def make_button(text: str, name: str, description: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAutoDefault(False)
    button.setAccessibleName(text.replace("&", ""))
    button.setAccessibleDescription(description)
    return button


def intro_label(text: str, parent: QWidget, name: str) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(text)
    return label
