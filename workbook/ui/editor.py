"""The record editor: one dialog for every kind of record, built from its KindSpec.

Validation runs as the person types: each problem appears under its field (from the
domain validators, plus "cannot read this date" from the widgets), and Save stays disabled
with the reason written next to it until every field is fine.

Drafts — nothing typed is ever lost:
* Save stores the record at once and forgets the draft.
* Closing the editor any other way — Escape, the window's close button, closing the wizard
  or the app, the quick-exit key — keeps what was typed as a draft in the (encrypted)
  database, under `editor:<RecordType>:<record id or "new">`. The draft is also written a
  moment after each change (0.4 s after the last key) and at least once a second during
  steady typing, so a crash or a kill loses at most about the last second of typing.
* Opening the same record again (or Add on the same page, for a new one) restores the draft
  and says so; the page shows a note while a draft is waiting.
* Only "Discard changes" (which asks first when something was typed) throws a draft away.
A draft never changes the saved record: it only becomes the record when Save is pressed.
"""

from __future__ import annotations

import copy
import re
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QHideEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.domain.model import Record
from workbook.domain.validation import validate
from workbook.storage.errors import StorageError
from workbook.ui import dialogs
from workbook.ui.common import announce, enter_presses, plain, storage_message
from workbook.ui.field_base import FieldInputError, FieldWidget
from workbook.ui.fields import make_field
from workbook.ui.specs import BOOL, DATETIME, INT, KindSpec, spec_for
from workbook.ui.store import PlanStore, format_datetime
from workbook.ui.theme import MessageLabel

DRAFT_DELAY_MS = 400  # after the last change
DRAFT_MAX_WAIT_MS = 1000  # during continuous typing: at least this often
_LIST_ERROR = re.compile(r"^(\w+)\[(\d+)\]$")
ANNOUNCE_DELAY_MS = 700  # a field's new problem is read out once typing pauses
FUTURE_SLACK = timedelta(minutes=5)  # a clock a little ahead is not "the future"
_CONTEXT = "Editor"
# Soft limits: allowed, but worth a second look (a plural text, %n: what was typed, in hours).
SOFT_LIMITS: dict[str, tuple[int, str]] = {
    "grace_minutes": (
        24 * 60,
        QT_TRANSLATE_NOOP(
            _CONTEXT,
            "That is %n hours. A check-in partner usually waits minutes or a few hours "
            "before acting; is this right? You can save it as it is.",
            "",
            0,
        ),
    ),
}


def _store_now() -> str:
    return tr(_CONTEXT, "Store this entry in your plan now.")


def pick_mnemonics(texts: list[str], reserved: set[str]) -> list[str]:
    """Give each label an & before a letter no other label (or button) uses.

    Each label prefers the first letter of one of its words, then any other letter; when
    letters run short, labels that took a contested letter move to another of their own,
    so as many labels as possible get a shortcut (a maximum matching, found with
    augmenting paths), not only the first ones in the form."""
    used = {r.lower() for r in reserved}

    def candidates(text: str) -> list[int]:
        starts = [i for i, ch in enumerate(text) if ch.isalpha() and (i == 0 or text[i - 1] == " ")]
        others = [i for i, ch in enumerate(text) if ch.isalpha() and i not in starts]
        seen: set[str] = set()
        ordered = []
        for i in starts + others:
            letter = text[i].lower()
            if letter not in used and letter not in seen and letter.isascii():
                seen.add(letter)
                ordered.append(i)
        return ordered

    options = [candidates(text) for text in texts]
    owner: dict[str, int] = {}  # letter -> index of the label that has it
    chosen: dict[int, int] = {}  # label index -> position of its letter

    def claim(label: int, visited: set[str]) -> bool:
        # A free letter first (so nobody is moved without need), then take one over.
        for position in options[label]:
            letter = texts[label][position].lower()
            if letter not in owner:
                owner[letter] = label
                chosen[label] = position
                return True
        for position in options[label]:
            letter = texts[label][position].lower()
            if letter in visited:
                continue
            visited.add(letter)
            if claim(owner[letter], visited):
                owner[letter] = label
                chosen[label] = position
                return True
        return False

    for label in range(len(texts)):
        claim(label, set())
    result = []
    for label, text in enumerate(texts):
        position = chosen.get(label)
        result.append(text if position is None else text[:position] + "&" + text[position:])
    return result


class RecordEditor(QDialog):
    saved = Signal(object)

    def __init__(
        self,
        store: PlanStore,
        kind: type[Record],
        record: Record | None = None,
        parent: QWidget | None = None,
        preset: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.spec: KindSpec = spec_for(kind)
        self.is_new = record is None
        self.record: Record = copy.deepcopy(record) if record is not None else kind()
        if preset:
            for name, value in preset.items():
                setattr(self.record, name, value)
        self.draft_id: str | None = None if record is None else record.id
        self.saved_record: Record | None = None
        self.setObjectName(f"editor-{self.spec.slug}")
        self.setWindowTitle(dialogs.WINDOW_TITLE)
        title = self.spec.new_title if self.is_new else self.spec.edit_title
        self.setAccessibleName(title)
        self.setAccessibleDescription(
            tr(_CONTEXT, "Fill in what you know; everything else can wait. Save stores it at once.")
        )
        self.setModal(True)

        heading = QLabel(title, self)
        heading.setObjectName("editor-heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        heading.setAccessibleName(heading.text())

        self.restored_note = QLabel(
            tr(
                _CONTEXT,
                "This is what you typed last time. It is not saved yet: press Save to keep it.",
            ),
            self,
        )
        self.restored_note.setObjectName("editor-restored-note")
        self.restored_note.setWordWrap(True)
        self.restored_note.setAccessibleName(self.restored_note.text())
        self.restored_note.hide()

        self.widgets: dict[str, FieldWidget] = {}
        self.errors: dict[str, MessageLabel] = {}
        form_host = QWidget(self)
        host_layout = QVBoxLayout(form_host)
        form = QFormLayout()
        host_layout.addLayout(form)
        host_layout.addStretch(1)  # spare height goes below the form, not into a field
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        save_text, discard_text = tr(_CONTEXT, "&Save"), tr(_CONTEXT, "&Discard changes")
        taken = {text[text.index("&") + 1] for text in (save_text, discard_text) if "&" in text}
        labels = pick_mnemonics([f.label for f in self.spec.fields], taken)
        prefix = f"editor-{self.spec.slug}"
        for field_spec, text in zip(self.spec.fields, labels, strict=True):
            widget = make_field(field_spec, prefix, store.plan, self._add_new, form_host)
            widget.set_value(getattr(self.record, field_spec.name))
            label = QLabel(text, form_host)
            label.setObjectName(f"{prefix}-{field_spec.name}-label")
            label.setBuddy(widget.focus_widget())
            # No word wrap: QFormLayout cannot size a wrapped label's row (it overlaps the
            # row above); WrapLongRows puts the field under a label that is too long instead.
            error = MessageLabel(form_host)
            error.setObjectName(f"{prefix}-{field_spec.name}-error")
            error.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            if field_spec.kind == BOOL:
                label.setText(text)
            form.addRow(label, column)
            widget.edited.connect(lambda name=field_spec.name: self._changed(name))
            self.widgets[field_spec.name] = widget
            self.errors[field_spec.name] = error

        self.form_scroll = scroll = QScrollArea(self)
        scroll.setObjectName("editor-scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form_host)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a Tab stop of its own: Tab goes from field to field, and the area scrolls to
        # show the field that has the focus.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.summary = QLabel("", self)
        self.summary.setObjectName("editor-summary")
        self.summary.setWordWrap(True)
        self.save_button = QPushButton(save_text, self)
        self.save_button.setObjectName("button-editor-save")
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(plain(self.save_button.text()))
        self.save_button.setAccessibleDescription(_store_now())
        enter_presses(self.save_button)
        self.discard_button = QPushButton(discard_text, self)
        self.discard_button.setObjectName("button-editor-discard")
        self.discard_button.setAutoDefault(False)
        self.discard_button.setAccessibleName(plain(self.discard_button.text()))
        self.discard_button.setAccessibleDescription(
            tr(
                _CONTEXT,
                "Close without saving and forget what was typed. Escape closes and keeps it "
                "as a draft.",
            )
        )
        self.save_button.clicked.connect(self.accept)
        self.discard_button.clicked.connect(self.discard)
        enter_presses(self.discard_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.restored_note)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.flush_draft)
        # Not restarted by further changes, so steady typing is kept at least once a second.
        self._draft_deadline = QTimer(self)
        self._draft_deadline.setSingleShot(True)
        self._draft_deadline.setInterval(DRAFT_MAX_WAIT_MS)
        self._draft_deadline.timeout.connect(self.flush_draft)
        self._closed = False
        self._draft_written = False
        self._to_announce: dict[str, str] = {}
        self._announce_timer = QTimer(self)
        self._announce_timer.setSingleShot(True)
        self._announce_timer.setInterval(ANNOUNCE_DELAY_MS)
        self._announce_timer.timeout.connect(self._announce_pending)
        # A new record shows a field's problem only once that field has been touched (or
        # Save was tried): an empty form should invite, not scold. Existing records and
        # restored drafts show every problem at once.
        self._touched: set[str] = set() if self.is_new else set(self.widgets)
        self._initial = self.snapshot()
        draft = store.load_draft(self.spec.kind.__name__, self.draft_id)
        if draft and isinstance(draft.get("fields"), dict):
            self.restore(draft["fields"])
            self.restored_note.show()
            self._touched = set(self.widgets)

        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush_draft)
        self._fit_to_screen()
        self.check()

    # -- sizing ------------------------------------------------------------------------
    def _fit_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(640, 560)
            return
        area = screen.availableGeometry()
        width = min(max(640, self.fontMetrics().averageCharWidth() * 112), area.width() - 40)
        height = min(max(520, int(area.height() * 0.85)), 820, area.height() - 40)
        self.resize(width, height)

    # -- state -------------------------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        return {name: widget.raw() for name, widget in self.widgets.items()}

    def restore(self, fields: dict[str, Any]) -> None:
        for name, raw in fields.items():
            widget = self.widgets.get(name)
            if widget is not None:
                widget.set_raw(raw)

    def is_changed(self) -> bool:
        return self.snapshot() != self._initial

    def build(self) -> tuple[Record, dict[str, str]]:
        """The record as typed, and {field: message} for what is not fine yet."""
        record = copy.deepcopy(self.record)
        problems: dict[str, str] = {}
        for name, widget in self.widgets.items():
            try:
                setattr(record, name, widget.value())
            except FieldInputError as error:
                problems[name] = str(error)
        for raw_key, raw_message in validate(record, self.store.plan).items():
            key, message = raw_key, raw_message
            match = _LIST_ERROR.match(raw_key)
            if match:
                key, index = match.group(1), int(match.group(2))
                word = (
                    self.spec_field(key).item_word if key in self.widgets else tr(_CONTEXT, "entry")
                )
                message = tr(_CONTEXT, "{item} {number}: {problem}").format(
                    item=word[:1].upper() + word[1:], number=index + 1, problem=raw_message
                )
            problems.setdefault(key, message)
        return record, problems

    def spec_field(self, name: str) -> Any:
        return next(f for f in self.spec.fields if f.name == name)

    def notices(self, record: Record) -> dict[str, str]:
        """{field: question} for values that are allowed but worth a second look: a time in
        the future, a number beyond its usual range. They never stop Save."""
        found: dict[str, str] = {}
        soon = datetime.now() + FUTURE_SLACK
        for field_spec in self.spec.fields:
            value = getattr(record, field_spec.name, None)
            if field_spec.kind == DATETIME and isinstance(value, datetime):
                naive = value.replace(tzinfo=None) if value.tzinfo else value
                if naive > soon:
                    found[field_spec.name] = tr(
                        _CONTEXT,
                        "{when} is in the future. Is this right? You can save it as it is.",
                    ).format(when=format_datetime(naive))
            limit = SOFT_LIMITS.get(field_spec.name)
            if field_spec.kind == INT and limit and isinstance(value, int) and value > limit[0]:
                found[field_spec.name] = tr(_CONTEXT, limit[1], "", round(value / 60))
        return found

    def check(self) -> dict[str, str]:
        record, problems = self.build()
        notices = self.notices(record)
        for name, label in self.errors.items():
            problem = problems.get(name, "") if name in self._touched else ""
            message = problem or notices.get(name, "")
            label.set_tone("error" if problem else "warning")
            if message != label.text():
                label.setText(message)
                label.setAccessibleName(message)
                if message and name in self._touched:
                    self._to_announce[name] = message
                    self._announce_timer.start()
            label.setVisible(bool(message))
            field_spec = self.spec_field(name)
            self.widgets[name].describe(
                " ".join(part for part in (field_spec.help, message) if part)
            )
        if problems:
            names = [plain(self.spec_field(n).label) for n in self.widgets if n in problems]
            self.summary.setText(
                tr(_CONTEXT, "Before saving, please look at: {fields}.").format(
                    fields=tr(_CONTEXT, ", ").join(names)
                )
            )
        else:
            self.summary.setText("")
        self.summary.setAccessibleName(self.summary.text() or tr(_CONTEXT, "No problems"))
        self.save_button.setAccessibleDescription(self.summary.text() or _store_now())
        return problems

    def _announce_pending(self) -> None:
        """Read out the problems that appeared while typing, once the typing pauses."""
        for name, message in list(self._to_announce.items()):
            if self.errors[name].text() == message:
                announce(self.widgets[name].focus_widget(), message)
        self._to_announce.clear()

    def first_problem(self, problems: dict[str, str]) -> FieldWidget | None:
        return next((w for name, w in self.widgets.items() if name in problems), None)

    # -- events ------------------------------------------------------------------------
    def _changed(self, name: str = "") -> None:
        if name:
            self._touched.add(name)
        self.check()
        if not self._closed:
            self._draft_timer.start()
            if not self._draft_deadline.isActive():
                self._draft_deadline.start()

    def flush_draft(self) -> None:
        """Write the draft now (or forget it when nothing differs from the saved record)."""
        self._draft_timer.stop()
        self._draft_deadline.stop()
        if self.saved_record is not None:
            return
        kind_name = self.spec.kind.__name__
        try:
            if self.is_changed():
                self.store.save_draft(kind_name, self.draft_id, {"fields": self.snapshot()})
                self._draft_written = True
            elif self._draft_written and not self.restored_note.isVisible():
                self.store.discard_draft(kind_name, self.draft_id)
                self._draft_written = False
        except Exception:
            return

    def _add_new(self, kind: type[Record]) -> Record | None:
        self.flush_draft()
        editor = RecordEditor(self.store, kind, None, self)
        editor.exec()
        saved = editor.saved_record
        editor.deleteLater()
        return saved

    def accept(self) -> None:
        record, problems = self.build()
        if problems:
            # Every problem shows next to its field, the focus goes to the first one and a
            # screen reader hears what needs a look (Save, Alt+S and Enter all come here).
            self._touched = set(self.widgets)
            self.check()
            self._to_announce.clear()
            self._announce_timer.stop()
            first = self.first_problem(problems)
            if first is not None:
                first.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
                self.form_scroll.ensureWidgetVisible(first)
            announce(self.summary, self.summary.text(), assertive=True)
            return
        try:
            self.save_record(record)
        except StorageError as error:  # carries a plain message, never user content
            dialogs.inform(
                self,
                tr(_CONTEXT, "This entry could not be saved just now."),
                storage_message(error),
            )
            self.flush_draft()
            return
        self.saved_record = record
        self.store.discard_draft(self.spec.kind.__name__, self.draft_id)
        self._closed = True
        self._draft_timer.stop()
        self.saved.emit(record)
        super().accept()

    def save_record(self, record: Record) -> None:
        """Write the record (the contact log's editor also writes its files)."""
        self.store.save(record)

    def reject(self) -> None:
        """Escape or close: keep what was typed as a draft."""
        self.flush_draft()
        self._closed = True
        super().reject()

    def discard(self) -> None:
        if (self.is_changed() or self.restored_note.isVisible()) and not dialogs.confirm(
            self,
            tr(_CONTEXT, "Forget what you typed in this entry?"),
            tr(_CONTEXT, "The saved entry stays as it was."),
            yes=tr(_CONTEXT, "&Forget it"),
            no=tr(_CONTEXT, "&Keep editing"),
        ):
            return
        self._draft_timer.stop()
        self._closed = True
        self.store.discard_draft(self.spec.kind.__name__, self.draft_id)
        self.saved_record = None
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush_draft()
        super().closeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        # The quick-exit layer hides windows; what was typed must be on disk by then.
        if not self._closed:
            self.flush_draft()
        super().hideEvent(event)
