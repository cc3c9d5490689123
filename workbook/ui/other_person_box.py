"""The Welcome page's choice of how the workbook speaks of the other person: him, her, them,
or a name the person chooses (PRODUCT.md §3; domain/other_person.py).

The choice is saved at once in the plan (`PlanStore.set_other_person`) and every text follows
at once: the store's OTHER_PERSON notice tells the pages, and `follow_voice` re-reads a
widget's text whenever it comes. A name is saved as it is typed (after a short pause) and
when the field is left.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.domain.labels import label
from workbook.domain.model import OtherPerson, Situation
from workbook.domain.other_person import NAME_LIMIT, clean_name
from workbook.storage.errors import StorageError
from workbook.ui.common import FlowLayout, storage_message
from workbook.ui.store import OTHER_PERSON, Change, PlanStore

_CONTEXT = "OtherPersonBox"
SAVE_AFTER_MS = 600  # a pause in typing the name saves it
# The order the choices are offered in: the neutral way first, as it is the default.
ORDER = (OtherPerson.THEY, OtherPerson.HE, OtherPerson.SHE, OtherPerson.NAME)

TITLE = QT_TRANSLATE_NOOP(_CONTEXT, "How Workbook speaks of the other person")
EXPLAIN = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "Many pages speak of the person you are keeping your distance from. Choose how they are "
    "spoken of; you can change it at any time, and every page and PDF follows. A name stays "
    "inside your protected workbook, and a copy for a court never shows it.",
)
EXAMPLE = QT_TRANSLATE_NOOP(_CONTEXT, "For example: “{sentence}”")


class _Follower(QObject):
    """Calls `update` on each OTHER_PERSON notice; a child of the widget it keeps in step,
    so the connection ends when the widget goes."""

    def __init__(self, owner: QObject, update: Callable[[], Any]) -> None:
        super().__init__(owner)
        self._update = update

    def changed(self, what: object) -> None:
        if isinstance(what, Change) and what.kind == OTHER_PERSON:
            self._update()


def follow_voice(store: PlanStore, owner: QObject, update: Callable[[], Any]) -> None:
    """Call `update` now and again whenever the way of speaking of the other person changes
    (for as long as `owner` lives): a widget whose text speaks of them stays in step."""
    update()
    follower = _Follower(owner, update)
    store.changed.connect(follower.changed)


class OtherPersonBox(QGroupBox):
    """Him / her / them / a name, with the name's field and an example sentence that shows
    the choice at once."""

    def __init__(self, store: PlanStore, parent: QWidget | None = None) -> None:
        super().__init__(tr(_CONTEXT, TITLE), parent)
        self.store = store
        self.setObjectName("welcome-other-person")
        self.setAccessibleName(tr(_CONTEXT, TITLE))
        layout = QVBoxLayout(self)
        explain = QLabel(tr(_CONTEXT, EXPLAIN), self)
        explain.setWordWrap(True)
        explain.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(explain)

        row = QWidget(self)
        flow = FlowLayout(row)
        flow.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[OtherPerson, QRadioButton] = {}
        for number, choice in enumerate(ORDER):
            button = QRadioButton(label(choice).replace("&", "&&"), row)
            button.setObjectName(f"other-person-{choice.value}")
            button.setAccessibleName(label(choice))
            self.group.addButton(button, number)
            self.buttons[choice] = button
            flow.addWidget(button)
        layout.addWidget(row)

        self.name_label = QLabel(tr("Plan", QT_TRANSLATE_NOOP("Plan", "The name to use")), self)
        self.name = QLineEdit(self)
        self.name.setObjectName("other-person-name")
        self.name.setMaxLength(NAME_LIMIT)
        self.name.setAccessibleName(tr("Plan", "The name to use"))
        self.name.setPlaceholderText(
            tr(
                "Plan",
                QT_TRANSLATE_NOOP(
                    "Plan", "A first name, a nickname or an initial: whatever feels right to you."
                ),
            )
        )
        self.name.setAccessibleDescription(self.name.placeholderText())
        self.name_label.setBuddy(self.name)
        layout.addWidget(self.name_label)
        layout.addWidget(self.name)

        self.example = QLabel(self)
        self.example.setObjectName("other-person-example")
        self.example.setWordWrap(True)
        self.example.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
        layout.addWidget(self.example)
        self.note = QLabel(self)
        self.note.setObjectName("other-person-note")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()
        layout.addWidget(self.note)

        plan = store.plan
        self.buttons[plan.other_person].setChecked(True)
        self.name.setText(plan.other_person_name)
        self._show_name_field()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save)
        self.group.idToggled.connect(self._toggled)
        self.name.textEdited.connect(lambda _text: self._timer.start())
        self.name.editingFinished.connect(self.save)
        follow_voice(store, self, self._show_example)

    def choice(self) -> OtherPerson:
        return ORDER[max(0, self.group.checkedId())]

    def _toggled(self, _number: int, checked: bool) -> None:
        if not checked:
            return
        self._show_name_field()
        if self.choice() is OtherPerson.NAME:
            self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.save()

    def _show_name_field(self) -> None:
        named = self.choice() is OtherPerson.NAME
        self.name.setEnabled(named)
        self.name_label.setEnabled(named)

    def save(self) -> None:
        """Keep the choice (and the name) in the plan; the pages follow at once."""
        self._timer.stop()
        plan = self.store.plan
        choice, name = self.choice(), self.name.text()
        if (choice, clean_name(name)) == (plan.other_person, plan.other_person_name):
            return
        try:
            self.store.set_other_person(choice, name)
        except StorageError as error:
            self.note.setText(storage_message(error))
            self.note.show()
            return
        self.note.hide()

    def _show_example(self) -> None:
        sentence = label(Situation.TURNS_UP)
        self.example.setText(tr(_CONTEXT, EXAMPLE).format(sentence=sentence))
        self.example.setAccessibleName(self.example.text())
