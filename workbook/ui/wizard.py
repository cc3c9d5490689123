"""The wizard: every page of the plan in order, Back and Next never losing anything."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from workbook.domain.i18n import tr
from workbook.domain.model import Section
from workbook.ui import dialogs
from workbook.ui.help_now import help_now_button
from workbook.ui.page_backup_plans import BackupPlansPage
from workbook.ui.page_base import RecordListWidget, WizardPageBase
from workbook.ui.page_boundaries import BoundariesPage
from workbook.ui.page_checkins import CheckInsPage
from workbook.ui.page_contact_log import ContactLogPage
from workbook.ui.page_contacts import ContactsPage
from workbook.ui.page_mandated import MandatedPage
from workbook.ui.page_proxies import ProxiesPage
from workbook.ui.page_review import ReviewPage
from workbook.ui.page_welcome import WelcomePage
from workbook.ui.store import PlanStore
from workbook.ui.wizard_buttons import WIZARD_BUTTONS, WIZARD_QUICK_EXIT

_CONTEXT = "Wizard"

PAGE_CLASSES: tuple[type[WizardPageBase], ...] = (
    WelcomePage,
    MandatedPage,
    BoundariesPage,
    ContactsPage,
    BackupPlansPage,
    CheckInsPage,
    ProxiesPage,
    ContactLogPage,
    ReviewPage,
)


class PlanWizard(QWizard):
    """All pages; Overview (or Escape, or closing) leaves for the overview, keeping everything."""

    overview_requested = Signal()

    def __init__(self, store: PlanStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("wizard")
        self.setWindowTitle(dialogs.WINDOW_TITLE)
        self.setAccessibleName(tr(_CONTEXT, "Plan wizard"))
        self.setAccessibleDescription(tr(_CONTEXT, "Your safety plan, page by page."))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOptions(
            QWizard.WizardOption.IndependentPages
            | QWizard.WizardOption.NoBackButtonOnStartPage
            | QWizard.WizardOption.NoCancelButton
            | QWizard.WizardOption.HaveCustomButton1
        )
        self.setButtonText(QWizard.WizardButton.CustomButton1, tr(_CONTEXT, "&Overview"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr(_CONTEXT, "< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, tr(_CONTEXT, "&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr(_CONTEXT, "&Finish"))
        names = {
            QWizard.WizardButton.CustomButton1: (
                "button-wizard-overview",
                tr(_CONTEXT, "Overview"),
                tr(
                    _CONTEXT,
                    "Leave the wizard for the overview of all sections. Everything is kept.",
                ),
            ),
            QWizard.WizardButton.BackButton: (
                "button-wizard-back",
                tr(_CONTEXT, "Back"),
                tr(_CONTEXT, "Go to the previous page. Nothing is lost."),
            ),
            QWizard.WizardButton.NextButton: (
                "button-wizard-next",
                tr(_CONTEXT, "Next"),
                tr(_CONTEXT, "Go to the next page. Nothing here has to be finished first."),
            ),
            QWizard.WizardButton.FinishButton: (
                "button-wizard-finish",
                tr(_CONTEXT, "Finish"),
                tr(_CONTEXT, "Close the wizard and show the overview."),
            ),
        }
        for which, (name, accessible, description) in names.items():
            button = self.button(which)
            button.setObjectName(name)
            button.setAccessibleName(accessible)
            button.setAccessibleDescription(description)
        # Only Overview leaves; another custom button (Quick exit, ui/protection) does its own.
        # (customButtonClicked passes a plain int in PySide6, so connect the button itself.)
        self.button(QWizard.WizardButton.CustomButton1).clicked.connect(self.leave)
        self.pages: list[WizardPageBase] = []
        self.page_ids: dict[str, int] = {}
        for page_class in PAGE_CLASSES:
            page = page_class(store, self)
            page_id = self.addPage(page)
            self.pages.append(page)
            self.page_ids[page.slug] = page_id
        self.review_page.jump_requested.connect(self.go_to_section)
        # Help now (emergency number and helplines) on every page, at the left of the buttons.
        self.walking = False  # True while go_to walks through pages for the person
        self.help_button = help_now_button(self, store)
        self.setButton(QWizard.WizardButton.CustomButton3, self.help_button)
        self.setOption(QWizard.WizardOption.HaveCustomButton3, True)
        self.setButtonLayout(list(WIZARD_BUTTONS))
        self.setMinimumSize(640, 480)

    def setButtonLayout(self, layout: list[QWizard.WizardButton]) -> None:  # type: ignore[override]
        """Whatever layout another part of the app sets, Help now stays in the row: after
        Quick exit when there is one, else first."""
        buttons: list[QWizard.WizardButton] = [
            b for b in layout if b != QWizard.WizardButton.CustomButton3
        ]
        quick_exit = WIZARD_QUICK_EXIT
        at = buttons.index(quick_exit) + 1 if quick_exit in buttons else 0
        buttons.insert(at, QWizard.WizardButton.CustomButton3)
        super().setButtonLayout(buttons)

    @property
    def welcome_page(self) -> WelcomePage:
        page = self.pages[0]
        assert isinstance(page, WelcomePage)
        return page

    @property
    def review_page(self) -> ReviewPage:
        page = self.pages[-1]
        assert isinstance(page, ReviewPage)
        return page

    def go_to(self, slug: str) -> None:
        """Walk to a page with Next or Back, so the history (and Back) stays natural."""
        target = self.page_ids[slug]
        if self.currentId() == -1:
            self.restart()
        order = list(self.page_ids.values())
        guard = len(order) * 2
        self.walking = True  # pages do not stop the walk (the boundaries page's own words)
        try:
            while self.currentId() != target and guard:
                guard -= 1
                if order.index(self.currentId()) < order.index(target):
                    self.next()
                else:
                    self.back()
        finally:
            self.walking = False

    def continue_draft(self, kind_name: str) -> None:
        """Go to the page of a kind of record (a class name) and open its unfinished entry
        (the overview's "Continue it"); for the boundaries' own words, show them."""
        for page in self.pages:
            for records in page.findChildren(RecordListWidget):
                if records.spec.kind.__name__ != kind_name:
                    continue
                self.go_to(page.slug)
                tabs = getattr(page, "tabs", None)
                if tabs is not None:
                    for index in range(tabs.count()):
                        if tabs.widget(index).isAncestorOf(records):
                            tabs.setCurrentIndex(index)
                records.continue_draft()
                return
        if kind_name == "PersonalStatements":
            self.go_to("boundaries")
            current = self.currentPage()
            tabs = getattr(current, "tabs", None)
            statements = getattr(current, "statements", None)
            if tabs is not None and statements is not None:
                for index in range(tabs.count()):
                    if tabs.widget(index).isAncestorOf(statements):
                        tabs.setCurrentIndex(index)
                statements.fields["firm_sentence"].focus_widget().setFocus()

    def go_to_section(self, section: Section) -> None:
        for page in self.pages:
            if page.section is section:
                self.go_to(page.slug)
                return

    def save_current(self) -> None:
        page = self.currentPage()
        if isinstance(page, WizardPageBase):
            page.save()

    def leave(self) -> None:
        self.save_current()
        self.hide()
        self.overview_requested.emit()

    def accept(self) -> None:
        self.save_current()
        super().accept()
        self.overview_requested.emit()

    def reject(self) -> None:
        self.save_current()
        super().reject()
        self.overview_requested.emit()
