"""Whereabouts check-ins: agreements with check-in partners, and the log of check-ins made."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.domain.labels import SECTION_TITLES
from workbook.domain.model import CheckInAgreement, CheckInLogEntry, Record, Section, now
from workbook.ui.common import make_button
from workbook.ui.page_base import RecordListWidget, WizardPageBase
from workbook.ui.store import PlanStore

_CONTEXT = "CheckIns"


def _tab_layout(tab: QWidget) -> QVBoxLayout:
    """Frameless tabs: the contents line up with the tab bar and the text above."""
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(0, 6, 0, 0)
    return layout


class CheckInsPage(WizardPageBase):
    context = _CONTEXT
    section = Section.CHECKINS
    heading = SECTION_TITLES[Section.CHECKINS]
    intro = QT_TRANSLATE_NOOP(
        _CONTEXT,
        "A check-in partner is someone who always knows you are all right. Agree when and how "
        "you check in, how long they wait if they do not hear from you, and what they do "
        "then. Each time you check in, press “I checked in now” to keep a record.",
    )

    def __init__(self, store: PlanStore, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.checked_in_button = make_button(
            tr(_CONTEXT, "I &checked in now…"),
            "button-checkins-checked-in",
            tr(_CONTEXT, "Add the current time and a short note to the check-in log."),
            self,
        )
        self.checked_in_button.clicked.connect(self.checked_in_now)
        row = QHBoxLayout()
        row.addWidget(self.checked_in_button)
        row.addStretch(1)
        self.body.addLayout(row)

        self.tabs = QTabWidget(self)
        # No frame around the tab's contents: the table has its own, and drawing the large
        # frame cost more than anything else when the page is shown.
        self.tabs.setDocumentMode(True)
        self.tabs.setObjectName("tabs-checkins")
        self.tabs.setAccessibleName(tr(_CONTEXT, "Check-ins"))
        self.tabs.setAccessibleDescription(
            tr(_CONTEXT, "Agreements, and the log of check-ins made.")
        )
        agreements_tab = QWidget(self.tabs)
        agreements_tab.setObjectName("tab-checkins-agreements")
        self.agreements = RecordListWidget(store, CheckInAgreement, agreements_tab)
        _tab_layout(agreements_tab).addWidget(self.agreements)
        self.tabs.addTab(agreements_tab, tr(_CONTEXT, "A&greements"))
        log_tab = QWidget(self.tabs)
        log_tab.setObjectName("tab-checkins-log")
        # Same Alt letters as the agreements tab: only the buttons of the tab on show answer.
        self.log = RecordListWidget(store, CheckInLogEntry, log_tab)
        _tab_layout(log_tab).addWidget(self.log)
        self.tabs.addTab(log_tab, tr(_CONTEXT, "Check-in &log"))
        self.body.addWidget(self.tabs, 1)

    def initialise(self) -> None:
        self.agreements.update_draft_note()
        self.log.update_draft_note()

    def checked_in_now(self) -> Record | None:
        selected = self.agreements.selected()
        agreements = self.store.plan.checkin_agreements
        agreement_id = selected.id if selected else (agreements[0].id if agreements else None)
        saved = self.log.open_editor(None, preset={"at": now(), "agreement_id": agreement_id})
        if saved is not None:
            self.tabs.setCurrentIndex(1)
            self.log.select_id(saved.id)
        return saved
