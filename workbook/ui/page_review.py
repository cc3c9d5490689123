"""Review and export: what is complete, what is missing (with a way there), the next review."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from workbook.domain import dates
from workbook.domain.completeness import plan_status
from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.storage.errors import StorageError
from workbook.ui.common import make_button, no_alt_typing, storage_message
from workbook.ui.date_input import DateInput
from workbook.ui.export import export_pdf
from workbook.ui.page_base import WizardPageBase
from workbook.ui.section_list import SectionList
from workbook.ui.store import PlanStore
from workbook.ui.theme import MessageLabel

_CONTEXT = "Review"


class NextReviewEditor(QWidget):
    """The next review date, saved as soon as it reads as a date (or is emptied)."""

    def __init__(self, store: PlanStore, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.label = QLabel(tr(_CONTEXT, "Next &review of my plan:"), self)
        self.input = DateInput(
            tr(_CONTEXT, "Next review date"), f"{prefix}-next-review", parent=self
        )
        self.edit = self.input.edit
        self.edit.setObjectName(f"{prefix}-next-review")
        no_alt_typing(self.edit)
        self.edit.setAccessibleDescription(tr(_CONTEXT, "Saved as you type."))
        self.label.setBuddy(self.edit)
        self.in_three_months = make_button(
            tr(_CONTEXT, "In 3 &months"),
            f"button-{prefix}-review-in-3-months",
            tr(_CONTEXT, "Set the next review to three months from today."),
            self,
        )
        self.in_three_months.clicked.connect(
            lambda: self.input.set_value(date.today() + timedelta(days=91))
        )
        self.error = MessageLabel(self)
        self.error.setObjectName(f"{prefix}-next-review-error")
        self.error.hide()
        row = QHBoxLayout()
        row.addWidget(self.label)
        row.addWidget(self.input)
        row.addWidget(self.in_three_months)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.input.set_value(store.plan.next_review)
        self.edit.textChanged.connect(self._edited)

    def _edited(self, text: str) -> None:
        try:
            when = dates.parse_date(text)
        except dates.DateInputError as error:
            self.error.setText(error.message)
            self.error.show()
            self.edit.setAccessibleDescription(error.message)
            return
        self.error.hide()
        self.edit.setAccessibleDescription(tr(_CONTEXT, "Saved as you type."))
        if when != self.store.plan.next_review:
            try:
                self.store.set_next_review(when)
            except StorageError as error:
                self.error.setText(storage_message(error))
                self.error.show()


class ReviewPage(WizardPageBase):
    context = _CONTEXT
    slug = "review"
    heading = QT_TRANSLATE_NOOP(_CONTEXT, "Review and export")
    intro = QT_TRANSLATE_NOOP(
        _CONTEXT,
        "Here is how your plan looks. Anything still missing is listed below with a button "
        "that takes you straight there; nothing has to be finished today. Choose when you "
        "want to look at the plan again, and export it as a PDF when you are ready to share it.",
    )
    jump_requested = Signal(object)

    def __init__(self, store: PlanStore, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.review = NextReviewEditor(store, "review", self)
        self.body.addWidget(self.review)
        self.export_button = make_button(
            tr(_CONTEXT, "E&xport PDF…"),
            "button-review-export",
            tr(_CONTEXT, "Save your plan as a PDF to print or to give to someone you trust."),
            self,
        )
        self.export_button.clicked.connect(lambda: export_pdf(self, self.store))
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addStretch(1)
        self.body.addLayout(row)

        self.sections = SectionList(
            "review", "missing", "goto", tr(_CONTEXT, "Go to {title}"), self
        )
        self.sections.section_chosen.connect(self.jump_requested.emit)
        self.body.addWidget(self.sections, 1)
        self._stale = True
        store.changed.connect(self._changed)

    def initialise(self) -> None:
        # Called again after every restart of the wizard; recompute only if the plan changed.
        if self._stale:
            self.update_status()

    def _changed(self, _what: Any) -> None:
        self._stale = True
        if self.isVisible():
            self.update_status()

    def showEvent(self, event: Any) -> None:
        if self._stale:
            self.update_status()
        super().showEvent(event)

    def update_status(self) -> None:
        self._stale = False
        for status in plan_status(self.store.summary().facts):
            section = status.section
            lines = [status.summary]
            lines += [f"• {item[0].upper()}{item[1:]}" for item in status.missing]
            self.sections.show_details(section, lines)
