"""My boundaries: the No Contact commitments, adopted, rewritten or dropped, and my own words."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.domain.labels import SECTION_TITLES
from workbook.domain.model import (
    BoundaryCommitment,
    CommitmentStatus,
    PersonalStatements,
    Section,
)
from workbook.domain.other_person import Voiced, current_voice
from workbook.domain.suggestions import (
    SUGGESTED_COMMITMENTS,
    revoiced,
    statement_examples,
    suggested_commitments,
)
from workbook.domain.validation import validate_statements
from workbook.storage.errors import StorageError
from workbook.ui import dialogs
from workbook.ui.common import (
    FlowLayout,
    intro_label,
    make_button,
    save_failed,
    storage_message,
)
from workbook.ui.fields import TextField
from workbook.ui.page_base import RecordListWidget, WizardPageBase
from workbook.ui.saved_as_typed import SavedAsTyped
from workbook.ui.specs import STATEMENT_FIELDS
from workbook.ui.store import PlanStore
from workbook.ui.theme import MessageLabel

_CONTEXT = "Boundaries"
OFFERED_SETTING = "boundaries.suggestions_offered"
STATEMENT_DELAY_MS = 400


def offer_suggestions(store: PlanStore) -> None:
    """Add each suggested commitment once; a suggestion the person removed never comes back."""
    offered_raw = store.setting(OFFERED_SETTING) or ""
    offered = {key for key in offered_raw.split(",") if key}
    present = {c.suggestion_key for c in store.plan.commitments if c.suggestion_key}
    new_keys = [key for key, _text in SUGGESTED_COMMITMENTS if key not in offered | present]
    if new_keys:
        for commitment in suggested_commitments():
            if commitment.suggestion_key in new_keys:
                store.save(commitment)
    # Suggestions not decided on yet speak of the other person as the plan does now.
    voice = current_voice()
    for commitment in revoiced(store.plan.commitments, voice, voice):
        store.save(commitment)
    all_keys = offered | present | set(new_keys)
    if all_keys != offered:
        store.set_setting(OFFERED_SETTING, ",".join(sorted(all_keys)))


class StatementsForm(SavedAsTyped, QWidget):
    """The three statements, saved a moment after each change (or kept as a draft if a field
    cannot be saved yet)."""

    def __init__(self, store: PlanStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("statements-form")
        form = QVBoxLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.fields: dict[str, TextField] = {}
        self.errors: dict[str, QLabel] = {}
        for spec in STATEMENT_FIELDS:
            field = TextField(spec, "statements", self)
            label = QLabel(spec.mnemonic_label, self)
            label.setObjectName(f"statements-{spec.name}-label")
            label.setBuddy(field.focus_widget())
            label.setWordWrap(True)
            error = MessageLabel(self)
            error.setObjectName(f"statements-{spec.name}-error")
            error.hide()
            form.addWidget(label)
            form.addWidget(field)
            form.addWidget(error)
            examples = statement_examples(spec.name)
            if examples:
                form.addLayout(self._examples(spec.name, examples))
            field.edited.connect(self._edited)
            self.fields[spec.name] = field
            self.errors[spec.name] = error
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(STATEMENT_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._loading = False
        self._has_draft = False  # only then is there a draft to forget
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)
        self.load()

    def _examples(self, name: str, examples: tuple[str, ...]) -> QVBoxLayout:
        """ "Examples you can use", one button each: a person who freezes can pick one."""
        column = QVBoxLayout()
        column.setSpacing(2)
        title = QLabel(
            QCoreApplication.translate(
                "Boundaries", "Examples you can use (then change them if you like):"
            ),
            self,
        )
        title.setObjectName(f"statements-{name}-examples-title")
        title.setWordWrap(True)
        column.addWidget(title)
        row = FlowLayout()
        for index, example in enumerate(examples):
            button = make_button(
                tr(_CONTEXT, "“{example}”").format(example=example),
                f"button-statements-{name}-example-{index}",
                QCoreApplication.translate("Boundaries", "Use this example: {example}").format(
                    example=example
                ),
                self,
            )
            button.setAccessibleName(
                QCoreApplication.translate("Boundaries", "Use: {example}").format(example=example)
            )
            button.clicked.connect(
                lambda _checked=False, n=name, text=example: self.use_example(n, text)
            )
            row.addWidget(button)
        column.addLayout(row)
        column.addSpacing(8)
        return column

    def use_example(self, name: str, text: str) -> None:
        """Put an example into a field; what the person wrote is replaced only if they agree."""
        field = self.fields[name]
        current = field.raw().strip()
        if current == text:
            return
        if current and not dialogs.confirm(
            self,
            QCoreApplication.translate("Boundaries", "Replace what you wrote with this example?"),
            tr(_CONTEXT, "“{example}”").format(example=text),
            yes=QCoreApplication.translate("Boundaries", "&Replace it"),
            no=QCoreApplication.translate("Boundaries", "&Keep mine"),
        ):
            return
        field.set_raw(text)
        field.focus_widget().setFocus()

    value_kind = PersonalStatements
    draft_kind = "PersonalStatements"

    def stored(self) -> PersonalStatements:
        return self.store.plan.statements

    def save(self, value: PersonalStatements) -> None:
        self.store.save_statements(value)

    def problems(self, value: PersonalStatements) -> dict[str, str]:
        return validate_statements(value)

    def hideEvent(self, event: Any) -> None:
        self.flush()
        super().hideEvent(event)


class BoundariesPage(WizardPageBase):
    context = _CONTEXT
    section = Section.BOUNDARIES
    heading = SECTION_TITLES[Section.BOUNDARIES]
    intro = Voiced(
        _CONTEXT,
        QT_TRANSLATE_NOOP(
            _CONTEXT,
            "These are the No Contact commitments that steady many people. For each one, "
            "decide: adopt it, rewrite it in your own words, or drop it. Then write the one "
            "firm sentence you will say if you ever hear his voice, and what you will tell "
            "people who pass on messages.",
            "he",
        ),
        QT_TRANSLATE_NOOP(
            _CONTEXT,
            "These are the No Contact commitments that steady many people. For each one, "
            "decide: adopt it, rewrite it in your own words, or drop it. Then write the one "
            "firm sentence you will say if you ever hear her voice, and what you will tell "
            "people who pass on messages.",
            "she",
        ),
        QT_TRANSLATE_NOOP(
            _CONTEXT,
            "These are the No Contact commitments that steady many people. For each one, "
            "decide: adopt it, rewrite it in your own words, or drop it. Then write the one "
            "firm sentence you will say if you ever hear the other person's voice, and what "
            "you will tell people who pass on messages.",
            "they",
        ),
        QT_TRANSLATE_NOOP(
            _CONTEXT,
            "These are the No Contact commitments that steady many people. For each one, "
            "decide: adopt it, rewrite it in your own words, or drop it. Then write the one "
            "firm sentence you will say if you ever hear {name}'s voice, and what you will "
            "tell people who pass on messages.",
            "name",
        ),
    )

    def __init__(self, store: PlanStore, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.tabs = QTabWidget(self)
        # No frame around the tab's contents: the table has its own, and drawing the large
        # frame cost more than anything else when the page is shown.
        self.tabs.setDocumentMode(True)
        self.tabs.setObjectName("tabs-boundaries")
        self.tabs.setAccessibleName(tr(_CONTEXT, "My boundaries"))
        self.tabs.setAccessibleDescription(tr(_CONTEXT, "Commitments, and my own words."))
        commitments = QWidget(self.tabs)
        commitments.setObjectName("tab-boundaries-commitments")
        self.records = RecordListWidget(
            store, BoundaryCommitment, commitments, add_text=tr(_CONTEXT, "Add &my own…")
        )
        self.records.edit_button.setText(tr(_CONTEXT, "R&ewrite…"))
        self.records.edit_button.setAccessibleName(tr(_CONTEXT, "Rewrite"))
        self.adopt_button = make_button(
            tr(_CONTEXT, "A&dopt"),
            "button-boundaries-adopt",
            tr(_CONTEXT, "Adopt the selected commitment."),
            commitments,
        )
        self.drop_button = make_button(
            tr(_CONTEXT, "Dro&p it"),
            "button-boundaries-drop",
            tr(_CONTEXT, "Drop the selected commitment."),
            commitments,
        )
        self.adopt_button.clicked.connect(lambda: self.set_status(CommitmentStatus.ADOPTED))
        self.drop_button.clicked.connect(lambda: self.set_status(CommitmentStatus.DROPPED))
        self.records.buttons.insertWidget(0, self.drop_button)
        self.records.buttons.insertWidget(0, self.adopt_button)
        self.records.selection_changed.connect(self._selection_changed)
        tab_layout = QVBoxLayout(commitments)
        tab_layout.setContentsMargins(0, 6, 0, 0)  # frameless tabs: line up with the tab bar
        tab_layout.addWidget(self.records)
        self.tabs.addTab(commitments, tr(_CONTEXT, "&Commitments"))

        own = QWidget(self.tabs)
        own.setObjectName("tab-boundaries-own-words")
        own_layout = QVBoxLayout(own)
        own_layout.setContentsMargins(0, 6, 0, 0)
        own_layout.addWidget(
            intro_label(
                tr(
                    _CONTEXT,
                    "Short and calm is best. These words go on the first page of your plan.",
                ),
                own,
                "intro-boundaries-own-words",
            )
        )
        self.statements = StatementsForm(store, own)
        # Scrolls rather than squeezing the text boxes at large font sizes.
        scroll = QScrollArea(own)
        scroll.setObjectName("statements-scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the text boxes
        host = QWidget(scroll)
        host_layout = QVBoxLayout(host)
        host_layout.setContentsMargins(0, 0, 0, 0)
        host_layout.addWidget(self.statements)
        host_layout.addStretch(1)
        scroll.setWidget(host)
        own_layout.addWidget(scroll, 1)
        self.tabs.addTab(own, tr(_CONTEXT, "M&y own words"))
        self.body.addWidget(self.tabs, 1)
        self._selection_changed()

    def initialise(self) -> None:
        offer_suggestions(self.store)
        self.records.update_draft_note()
        self.statements.load()

    def save(self) -> None:
        self.statements.flush()

    def validate(self) -> bool:
        """Next from the commitments shows the person's own words first (the firm sentence is
        part of this page); from there, Next moves on. Walking past the page for the
        person (going to a section) never stops here."""
        if self.tabs.currentIndex() == 0 and not getattr(self.wizard(), "walking", False):
            self.tabs.setCurrentIndex(1)
            self.statements.fields["firm_sentence"].focus_widget().setFocus()
            return False
        return True

    def _selection_changed(self) -> None:
        record = self.records.selected()
        self.adopt_button.setEnabled(
            record is not None and getattr(record, "status", None) is not CommitmentStatus.ADOPTED
        )
        self.drop_button.setEnabled(
            record is not None and getattr(record, "status", None) is not CommitmentStatus.DROPPED
        )

    def set_status(self, status: CommitmentStatus) -> None:
        record = self.records.selected()
        if not isinstance(record, BoundaryCommitment):
            return
        updated = dataclasses.replace(record, status=status)
        try:
            self.store.save(updated)
        except StorageError as error:
            dialogs.inform(self, save_failed(), storage_message(error))
            return
        self.records.select_id(updated.id)
        # Move on to the next undecided suggestion so deciding goes quickly.
        row = self.records.model.row_of(updated.id)
        for next_row in range(row + 1, self.records.model.rowCount()):
            candidate = self.records.model.record_at(next_row)
            if (
                isinstance(candidate, BoundaryCommitment)
                and candidate.status is CommitmentStatus.SUGGESTED
            ):
                self.records.select_id(candidate.id)
                break
        self.records.table.setFocus()
