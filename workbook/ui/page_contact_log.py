"""Contact log: every contact or attempt, mandated or not — the record that ends the secrecy."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from workbook.domain.labels import SECTION_TITLES
from workbook.domain.model import ContactLogEntry, Section
from workbook.ui.compliance_view import install_on
from workbook.ui.page_base import RecordListPage
from workbook.ui.store import PlanStore


class ContactLogPage(RecordListPage):
    slug = "contact-log"
    section = Section.CONTACT_LOG
    heading = SECTION_TITLES[Section.CONTACT_LOG]
    kind = ContactLogEntry
    intro = (
        "Write down every contact or attempt, whether a court allowed it or not: when, who, "
        "how, what was said and how you answered. A clear record ends the secrecy, and it "
        "helps your lawyer and the people who support you."
    )

    def __init__(self, store: PlanStore, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        # A second tab: each entry judged against the orders (ui/compliance_view.py).
        self.compliance = install_on(self)
