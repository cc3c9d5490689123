"""About me, on the Welcome page: the person's own name, phone and where they live or stay.

Entered once and shown only in the person's own plan and on the card each check-in partner
gets (export/partner_card.py): a partner who has to call for help needs them. The form is
built from the field registry (`fields_of(AboutMe)`), checks each field as it is typed, and
saves a moment after each change; what cannot be saved yet is kept as a draft in the
encrypted workbook, never lost.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QVBoxLayout, QWidget

from workbook.domain.fields import fields_of
from workbook.domain.model import AboutMe
from workbook.domain.validation import validate_about_me
from workbook.ui.field_base import FieldWidget
from workbook.ui.fields import LineField, TextField
from workbook.ui.saved_as_typed import SavedAsTyped
from workbook.ui.specs import FieldSpec
from workbook.ui.store import PlanStore
from workbook.ui.theme import MessageLabel

SAVE_DELAY_MS = 400
DRAFT_KIND = "AboutMe"
# The letter each label's Alt key takes (the Welcome page's other keys are elsewhere).
MNEMONICS = {"name": "a", "phone": "p", "whereabouts": "w"}
FIELDS: tuple[FieldSpec, ...] = tuple(
    FieldSpec(entry, mnemonic=MNEMONICS.get(entry.name, "")) for entry in fields_of(AboutMe)
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AboutMe", text)


class AboutMeForm(SavedAsTyped, QGroupBox):
    def __init__(self, store: PlanStore, parent: QWidget | None = None) -> None:
        super().__init__(_tr("About me"), parent)
        self.store = store
        self.setObjectName("about-me")
        self.setAccessibleName(_tr("About me"))
        layout = QVBoxLayout(self)
        note = QLabel(
            _tr(
                "Only for the cards you give your check-in partners, who may need to call for "
                "help, and for your own copy of the plan. No other printout shows them."
            ),
            self,
        )
        note.setObjectName("about-me-note")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.fields: dict[str, FieldWidget] = {}
        self.errors: dict[str, MessageLabel] = {}
        for spec in FIELDS:
            field = (
                TextField(spec, "about-me", self)
                if spec.field.size.value == "paragraph"
                else LineField(spec, "about-me", self)
            )
            label = QLabel(spec.mnemonic_label, self)
            label.setObjectName(f"about-me-{spec.name}-label")
            label.setBuddy(field.focus_widget())
            label.setWordWrap(True)
            error = MessageLabel(self)
            error.setObjectName(f"about-me-{spec.name}-error")
            error.hide()
            layout.addWidget(label)
            layout.addWidget(field)
            layout.addWidget(error)
            field.edited.connect(self._edited)
            self.fields[spec.name] = field
            self.errors[spec.name] = error
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._loading = False
        self._has_draft = False
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)
        self.load()

    value_kind = AboutMe
    draft_kind = DRAFT_KIND

    def stored(self) -> AboutMe:
        return self.store.plan.about_me

    def save(self, value: AboutMe) -> None:
        self.store.save_about_me(value)

    def problems(self, value: AboutMe) -> dict[str, str]:
        return validate_about_me(value)
