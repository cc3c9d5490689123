"""About me, on the Welcome page: the person's own name, phone and where they live or stay.

Entered once and shown only in the person's own plan and on the card each check-in partner
gets (export/partner_card.py): a partner who has to call for help needs them. The form is
built from the field registry (`fields_of(AboutMe)`), checks each field as it is typed, and
saves a moment after each change; what cannot be saved yet is kept as a draft in the
encrypted workbook, never lost.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QVBoxLayout, QWidget

from workbook.domain.fields import fields_of
from workbook.domain.model import AboutMe
from workbook.domain.validation import validate_about_me
from workbook.storage.errors import StorageError
from workbook.ui.fields import LineField, TextField
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


class AboutMeForm(QGroupBox):
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
        self.fields: dict[str, LineField | TextField] = {}
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

    def load(self) -> None:
        self._loading = True
        values: dict[str, Any] = dataclasses.asdict(self.store.plan.about_me)
        draft = self.store.load_draft(DRAFT_KIND, None)
        if draft and isinstance(draft.get("fields"), dict):
            values.update({k: str(v) for k, v in draft["fields"].items() if k in values})
            self._has_draft = True
        for name, field in self.fields.items():
            if field.raw() != values[name]:
                field.set_raw(values[name])
        self._loading = False
        self.check()

    def current(self) -> AboutMe:
        return AboutMe(**{name: field.raw() for name, field in self.fields.items()})

    def check(self) -> dict[str, str]:
        problems = validate_about_me(self.current())
        for name, label in self.errors.items():
            message = problems.get(name, "")
            label.setText(message)
            label.setVisible(bool(message))
            field = self.fields[name]
            field.describe(message or field.spec.help)
        return problems

    def _edited(self) -> None:
        if self._loading:
            return
        self.check()
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        about_me = self.current()
        if about_me == self.store.plan.about_me:
            self._forget_draft()
            return
        fields = dataclasses.asdict(about_me)
        if self.check():
            self.store.save_draft(DRAFT_KIND, None, {"fields": fields})
            self._has_draft = True
            return
        try:
            self.store.save_about_me(about_me)
        except StorageError:
            self.store.save_draft(DRAFT_KIND, None, {"fields": fields})
            self._has_draft = True
            return
        self._forget_draft()

    def _forget_draft(self) -> None:
        if self._has_draft:
            self.store.discard_draft(DRAFT_KIND, None)
            self._has_draft = False
