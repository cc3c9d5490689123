"""Welcome and protection: what the workbook is, where the plan is kept, how to protect it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGroupBox, QScrollArea, QVBoxLayout, QWidget

from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.paths import database_path
from workbook.ui.about_me import AboutMeForm
from workbook.ui.common import intro_label
from workbook.ui.help_now import HelpNowBox
from workbook.ui.language_box import LanguageBox
from workbook.ui.other_person_box import OtherPersonBox
from workbook.ui.page_base import WizardPageBase
from workbook.ui.store import PlanStore

_CONTEXT = "Welcome"


class WelcomePage(WizardPageBase):
    context = _CONTEXT
    slug = "welcome"
    heading = QT_TRANSLATE_NOOP(_CONTEXT, "Welcome")
    intro = QT_TRANSLATE_NOOP(
        _CONTEXT,
        "This workbook helps you build your No Contact safety plan, one page at a time. You "
        "can stop whenever you need to: everything you write is saved the moment you write "
        "it, and you can come back to any page later. Nothing here is ever sent anywhere.",
    )

    def __init__(self, store: PlanStore, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        # Everything under the intro scrolls: in a small window, with a large font or longer
        # words (Spanish, French) the boxes keep their height instead of being squeezed.
        scroll = QScrollArea(self)
        scroll.setObjectName("welcome-scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls inside
        content = QWidget(scroll)
        content.setObjectName("welcome-content")
        page_body = self.body
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(0, 0, 0, 0)
        scroll.setWidget(content)
        page_body.addWidget(scroll, 1)
        method = intro_label(
            tr(
                _CONTEXT,
                "The plan follows one simple rule: keep exactly the contact that is mandated, "
                "and calmly decline everything else. The pages ahead help you write down what "
                "is required of you, your own boundaries, the people you trust, and what you "
                "will do when something goes wrong.",
            ),
            self,
            "welcome-method",
        )
        self.body.addWidget(method)
        # The interface's language: kept beside the workbook, used from the next start.
        self.language = LanguageBox(store.folder, self)
        self.body.addWidget(self.language)
        # How the workbook speaks of the other person: every page follows at once.
        self.other_person = OtherPersonBox(store, self)
        self.body.addWidget(self.other_person)
        # Help now: the country is chosen here once; its numbers show wherever help matters.
        self.help_now = HelpNowBox(
            store, self, with_picker=True, title=True, name="welcome-help-now"
        )
        self.body.addWidget(self.help_now)
        where = (
            tr(_CONTEXT, "Your plan is kept only on this computer, in this file:\n{path}").format(
                # Whole, wherever it was started; isolated left to right (U+2066 .. U+2069), so
                # in Arabic the path reads as it is, its first "/" not carried to the end.
                path=f"\u2066{database_path(store.folder).absolute()}\u2069"
            )
            if store.folder is not None
            else tr(_CONTEXT, "Your plan is kept only on this computer.")
        )
        self.where_label = intro_label(where, self, "welcome-where")
        self.body.addWidget(self.where_label)
        # About me: only for the partners' cards and the person's own plan.
        self.about_me = AboutMeForm(store, self)
        self.body.addWidget(self.about_me)
        # The protection layer (passphrase, quick-exit key) adds its controls here.
        self.protection = QGroupBox(tr(_CONTEXT, "Protection"), self)
        self.protection.setObjectName("welcome-protection")
        self.protection.setAccessibleName(tr(_CONTEXT, "Protection"))
        self.protection.setAccessibleDescription(
            tr(_CONTEXT, "Passphrase and quick-exit settings.")
        )
        self.protection_layout = QVBoxLayout(self.protection)
        self.protection.hide()
        self.body.addWidget(self.protection)
        self.body.addStretch(1)

    def add_protection_widget(self, widget: QWidget) -> None:
        """Place a protection control (passphrase, quick-exit key) on this page."""
        self.protection_layout.addWidget(widget)
        self.protection.show()
