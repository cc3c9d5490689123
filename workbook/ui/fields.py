"""Editing widgets for each kind of field in a FieldSpec.

Every widget offers the same small interface to the record editor:
`raw()` / `set_raw()` give and take a JSON-friendly snapshot of exactly what is on screen
(used for drafts, so even a half-typed date survives), `value()` turns it into the domain
value or raises `FieldInputError` with a kind message, and `edited` fires on every change.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QRect, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbook.domain import dates
from workbook.domain.dates import DateInputError
from workbook.domain.fields import SCHEDULE
from workbook.domain.i18n import tr
from workbook.domain.labels import label
from workbook.domain.model import Plan, Record, now
from workbook.ui.date_input import DateInput
from workbook.ui.field_base import FieldInputError, FieldWidget, _set_names
from workbook.ui.specs import (
    BOOL,
    DATE,
    DATETIME,
    ENUM,
    FLAGS,
    INT,
    LINE,
    LINES,
    REF,
    REFS,
    STEPS,
    TEXT,
    FieldSpec,
    spec_for,
)

_CONTEXT = "Fields"


# Fields whose values read left to right in every language (a phone number's leading "+",
# an address with "@"): in Arabic their boxes stay left to right, so "+1 555 0100" is not
# shown as "1 555 0100+".
LEFT_TO_RIGHT_FIELDS = frozenset({"phone", "phones", "email"})


def _values_left_to_right(spec: FieldSpec, edit: QLineEdit) -> None:
    if spec.name in LEFT_TO_RIGHT_FIELDS:
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


class LineField(FieldWidget):
    def __init__(self, spec: FieldSpec, prefix: str, parent: QWidget | None = None):
        super().__init__(spec, prefix, parent)
        self.edit = QLineEdit(self)
        _values_left_to_right(spec, self.edit)
        self._hold(self.edit, "edit")
        if spec.help:
            self.edit.setPlaceholderText(spec.help)
        self.edit.textChanged.connect(self.edited)

    def raw(self) -> str:
        return self.edit.text()

    def set_raw(self, raw: Any) -> None:
        self.edit.setText(str(raw or ""))
        self.edit.setCursorPosition(0)  # a long entry shows its beginning, not its end


class TextField(FieldWidget):
    def __init__(self, spec: FieldSpec, prefix: str, parent: QWidget | None = None):
        super().__init__(spec, prefix, parent)
        self.edit = QPlainTextEdit(self)
        self._hold(self.edit, "edit")
        self.edit.setTabChangesFocus(True)  # Tab moves on; the text keeps its own line breaks
        if spec.help:
            self.edit.setPlaceholderText(spec.help)
        line = self.edit.fontMetrics().lineSpacing()
        self.edit.setMinimumHeight(line * 3 + 12)
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.edit.setFixedHeight(line * 4 + 14)
        self.edit.textChanged.connect(self.edited)

    def raw(self) -> str:
        return self.edit.toPlainText()

    def set_raw(self, raw: Any) -> None:
        self.edit.setPlainText(str(raw or ""))


class EnumField(FieldWidget):
    def __init__(self, spec: FieldSpec, prefix: str, parent: QWidget | None = None):
        super().__init__(spec, prefix, parent)
        assert spec.enum is not None
        self.enum = spec.enum
        self.combo = QComboBox(self)
        self._hold(self.combo, "combo", stretch=True)
        for member in spec.enum:
            self.combo.addItem(label(member), member.value)
        self.combo.currentIndexChanged.connect(self.edited)

    def raw(self) -> str:
        return str(self.combo.currentData())

    def set_raw(self, raw: Any) -> None:
        index = self.combo.findData(str(raw))
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def value(self) -> Any:
        return self.enum(self.raw())


class FlagsField(FieldWidget):
    def __init__(self, spec: FieldSpec, prefix: str, parent: QWidget | None = None):
        super().__init__(spec, prefix, parent)
        assert spec.enum is not None
        self.enum = spec.enum
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for index, member in enumerate(spec.enum):
            box = QCheckBox(label(member), self)
            box.setObjectName(f"{prefix}-{spec.name}-{member.value}")
            _set_names(box, f"{self.name_text}: {label(member)}")
            box.toggled.connect(self.edited)
            layout.addWidget(box, index // 2, index % 2)
            self.boxes[member.value] = box

    def focus_widget(self) -> QWidget:
        return next(iter(self.boxes.values()))

    def describe(self, description: str) -> None:
        for box in self.boxes.values():
            box.setAccessibleDescription(description or box.accessibleName())

    def raw(self) -> list[str]:
        return [value for value, box in self.boxes.items() if box.isChecked()]

    def set_raw(self, raw: Any) -> None:
        chosen = {str(v) for v in (raw or [])}
        for value, box in self.boxes.items():
            box.setChecked(value in chosen)

    def value(self) -> Any:
        return [self.enum(v) for v in self.raw()]


class BoolField(FieldWidget):
    def __init__(self, spec: FieldSpec, prefix: str, parent: QWidget | None = None):
        super().__init__(spec, prefix, parent)
        self.box = QCheckBox(tr(_CONTEXT, "Yes"), self)
        self._hold(self.box, "check", stretch=True)
        self.box.toggled.connect(self.edited)

    def raw(self) -> bool:
        return self.box.isChecked()

    def set_raw(self, raw: Any) -> None:
        self.box.setChecked(bool(raw))


class DateField(FieldWidget):
    """A date typed the person's way (or ISO), or picked from a calendar."""

    with_time = False

    def __init__(self, spec: FieldSpec, prefix: str, parent: QWidget | None = None):
        super().__init__(spec, prefix, parent)
        self.input = DateInput(
            self.name_text, f"{prefix}-{spec.name}", with_time=self.with_time, parent=self
        )
        self.edit = self.input.edit
        _set_names(self.edit, self.name_text, spec.help or self.input.edit.placeholderText())
        self.layout_row = QHBoxLayout(self)
        self.layout_row.setContentsMargins(0, 0, 0, 0)
        self.layout_row.addWidget(self.input, 1)
        self._focus = self.edit
        self.input.edited.connect(self.edited)

    def raw(self) -> str:
        return self.input.text()

    def set_raw(self, raw: Any) -> None:
        self.input.set_text(str(raw or ""))

    def value(self) -> Any:
        try:
            return self.input.value()
        except DateInputError as error:
            raise FieldInputError(error.message) from None

    def set_value(self, value: Any) -> None:
        self.input.set_value(value)


class DateTimeField(DateField):
    """A date and time: typed, picked from the calendar with its time box, or Now."""

    with_time = True

    def __init__(self, spec: FieldSpec, prefix: str, parent: QWidget | None = None):
        super().__init__(spec, prefix, parent)
        self.now_button = QPushButton(tr(_CONTEXT, "Now"), self)
        self.now_button.setObjectName(f"{prefix}-{spec.name}-now")
        _set_names(
            self.now_button,
            tr(_CONTEXT, "{field}: now").format(field=self.name_text),
            tr(_CONTEXT, "Fill in the current date and time."),
        )
        self.now_button.setAutoDefault(False)
        self.now_button.clicked.connect(lambda: self.set_value(now()))
        self.layout_row.addWidget(self.now_button)

    def value(self) -> datetime:
        found = super().value()
        if found is None:
            # Nothing typed: say what is wanted, not that something cannot be read.
            example = dates.short_datetime(now().replace(hour=18, minute=30))
            raise FieldInputError(
                tr(
                    _CONTEXT, "Please write when it was, for example {example}, or press Now."
                ).format(example=example)
            )
        return found  # type: ignore[no-any-return]


class IntField(FieldWidget):
    def __init__(self, spec: FieldSpec, prefix: str, parent: QWidget | None = None):
        super().__init__(spec, prefix, parent)
        self.spin = QSpinBox(self)
        self._hold(self.spin, "spin", stretch=True)
        self.spin.setRange(spec.minimum, spec.maximum)
        self._unit(self.spin.value())  # "30 minutes": the unit is part of the box
        self.spin.valueChanged.connect(self._unit)  # "1 minute": its plural form follows
        self.spin.valueChanged.connect(self.edited)

    def _unit(self, value: int) -> None:
        before, after = self.spec.unit_affixes(value)
        self.spin.setPrefix(before)
        self.spin.setSuffix(after)

    def raw(self) -> int:
        return self.spin.value()

    def set_raw(self, raw: Any) -> None:
        try:
            self.spin.setValue(int(raw))
        except (TypeError, ValueError):
            return


def _small_button(text: str, name: str, description: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAutoDefault(False)
    _set_names(button, description)
    return button


class _StepEdit(QPlainTextEdit):
    """One step of an ordered list: a text box that wraps and grows with what is typed, so
    a whole sentence stays readable. Enter is left to the editor (Save) and pasted line
    breaks become spaces: a step is one line of text."""

    MAX_LINES = 6

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(2)
        self.textChanged.connect(self._fit)
        self._fit()

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)

    def setCursorPosition(self, position: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(position)
        self.setTextCursor(cursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # the editor's Save, as in every other one-line field
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        self.insertPlainText(" ".join(source.text().split()))

    def _lines(self) -> int:
        # The width QPlainTextEdit wraps at: the viewport less the margins and the cursor.
        width = self.viewport().width() - round(self.document().documentMargin() * 2) - 1
        if width <= 0:
            return 1
        metrics = self.fontMetrics()
        flags = Qt.TextFlag.TextWordWrap
        box = metrics.boundingRect(QRect(0, 0, width, 100_000), flags, self.toPlainText() or "x")
        lines = -(-box.height() // metrics.lineSpacing())
        lines += max(0, box.width() - 1) // width  # a word too long for a line is broken
        return max(1, min(self.MAX_LINES, lines))

    def _fit(self) -> None:
        frame = self.frameWidth() * 2
        margin = round(self.document().documentMargin() * 2)
        height = self.fontMetrics().lineSpacing() * self._lines() + frame + margin + 2
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()


class _ListRow(QWidget):
    """One item of a ListField: a text box, and its own Remove (and Move) buttons."""

    def __init__(self, owner: ListField) -> None:
        super().__init__(owner.rows_host)
        self.edit: QLineEdit | _StepEdit = _StepEdit(self) if owner.ordered else QLineEdit(self)
        if isinstance(self.edit, QLineEdit):
            _values_left_to_right(owner.spec, self.edit)
        self.up_button: QToolButton | None = None
        self.down_button: QToolButton | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit, 1)
        alignment = Qt.AlignmentFlag.AlignTop
        if owner.ordered:
            self.up_button = _row_button(self, Qt.ArrowType.UpArrow)
            self.down_button = _row_button(self, Qt.ArrowType.DownArrow)
            self.up_button.clicked.connect(lambda: owner.move(self, -1))
            self.down_button.clicked.connect(lambda: owner.move(self, 1))
            layout.addWidget(self.up_button, 0, alignment)
            layout.addWidget(self.down_button, 0, alignment)
        self.remove_button = _row_button(self, None, tr(_CONTEXT, "Remove"))
        self.remove_button.clicked.connect(lambda: owner.remove(self))
        layout.addWidget(self.remove_button, 0, alignment)
        _square_arrows(self.remove_button, self.up_button, self.down_button)
        self.edit.textChanged.connect(lambda *_args: owner.row_edited())

    def controls(self) -> list[QWidget]:
        buttons = [self.up_button, self.down_button, self.remove_button]
        return [self.edit, *[b for b in buttons if b is not None]]


def _capital(word: str) -> str:
    """The word with a capital first letter (the rest as it is: "Phone number")."""
    return word[:1].upper() + word[1:]


def _square_arrows(remove: QToolButton, *arrows: QToolButton | None) -> None:
    """Arrows do not grow with the font: make them as tall as Remove, and square."""
    side = remove.sizeHint().height()
    for arrow in arrows:
        if arrow is not None:
            arrow.setFixedSize(side, side)


def _row_button(parent: QWidget, arrow: Qt.ArrowType | None, text: str = "") -> QToolButton:
    button = QToolButton(parent)
    if arrow is not None:
        button.setArrowType(arrow)
    else:
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


class ListField(FieldWidget):
    """A list of short texts (phone numbers, steps): one text box per item, each with its
    own Remove button (and Move up / down where the order matters), and "Add …" below.

    There is always at least one text box, so an empty list simply invites typing; empty
    boxes are left out when the record is saved. The first box never goes away (removing
    the only item empties it), so the label's Alt shortcut always has somewhere to go.
    """

    def __init__(self, spec: FieldSpec, prefix: str, parent: QWidget | None = None):
        super().__init__(spec, prefix, parent)
        self.ordered = spec.kind == STEPS
        self.word = spec.item_word
        self.rows_host = QWidget(self)
        self.rows_host.setObjectName(f"{prefix}-{spec.name}-list")
        self.rows_layout = QVBoxLayout(self.rows_host)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(4)
        self.rows: list[_ListRow] = []
        self._loading = False
        self._described = spec.help  # the help, and any problem shown under the list
        self._add_row()
        self.add_button = _small_button(
            tr(_CONTEXT, "Add {item}").format(item=self.word),
            f"{prefix}-{spec.name}-add",
            tr(_CONTEXT, "{field}: add {item}").format(field=self.name_text, item=self.word),
            self,
        )
        self.add_button.clicked.connect(self._add)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.rows_host)
        layout.addLayout(add_row)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._renumber()

    def focus_widget(self) -> QWidget:
        return self.rows[0].edit

    def describe(self, description: str) -> None:
        """Every box of the list carries the help and the problem shown under it, and keeps
        it as boxes come and go (a screen reader on box 2 hears why Save waits)."""
        self._described = description
        for row in self.rows:
            row.edit.setAccessibleDescription(description or row.edit.accessibleName())

    # -- rows --------------------------------------------------------------------------
    def _add_row(self) -> _ListRow:
        row = _ListRow(self)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        row.show()  # at once, so it can take the focus (a layout would show it later)
        return row

    def _renumber(self) -> None:
        """Names, descriptions, enabled buttons and the tab order follow the rows' order."""
        prefix = f"{self.object_prefix}-{self.spec.name}"
        word = self.word
        count = len(self.rows)
        for number, row in enumerate(self.rows, 1):
            row.edit.setObjectName(f"{prefix}-item-{number}")
            item = tr(_CONTEXT, "{item} {number}").format(item=_capital(word), number=number)
            _set_names(
                row.edit,
                item,
                self._described
                or tr(_CONTEXT, "{field}: {item} {number} of {count}.").format(
                    field=self.name_text, item=word, number=number, count=count
                ),
            )
            row.remove_button.setObjectName(f"{prefix}-remove-{number}")
            _set_names(row.remove_button, tr(_CONTEXT, "Remove {item}").format(item=item))
            row.remove_button.setEnabled(count > 1 or bool(row.edit.text()))
            if row.up_button is not None and row.down_button is not None:
                row.up_button.setObjectName(f"{prefix}-up-{number}")
                row.down_button.setObjectName(f"{prefix}-down-{number}")
                _set_names(row.up_button, tr(_CONTEXT, "Move {item} up").format(item=item))
                _set_names(row.down_button, tr(_CONTEXT, "Move {item} down").format(item=item))
                row.up_button.setEnabled(number > 1)
                row.down_button.setEnabled(number < count)
        chain = [widget for row in self.rows for widget in row.controls()]
        chain.append(self.add_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _set_texts(self, texts: list[str]) -> None:
        texts = texts or [""]
        while len(self.rows) < len(texts):
            self._add_row()
        while len(self.rows) > len(texts):
            row = self.rows.pop()
            row.hide()
            row.deleteLater()
        self._loading = True
        for row, text in zip(self.rows, texts, strict=True):
            if row.edit.text() != text:
                row.edit.setText(text)
                row.edit.setCursorPosition(0)  # a long step shows its beginning
        self._loading = False
        self._renumber()

    def row_edited(self) -> None:
        if self._loading:
            return
        if len(self.rows) == 1:
            self.rows[0].remove_button.setEnabled(bool(self.rows[0].edit.text()))
        self.edited.emit()

    # -- actions -----------------------------------------------------------------------
    def _add(self) -> None:
        if not self.rows[-1].edit.text().strip():
            row = self.rows[-1]  # an empty box is already waiting
        else:
            row = self._add_row()
            self._renumber()
            self.edited.emit()
        row.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_text(self, text: str) -> None:
        """Append an item (fills the empty box if that is all there is)."""
        texts = self.raw()
        if texts == [""]:
            texts = []
        self._set_texts([*texts, text])
        self.edited.emit()

    def remove(self, row: _ListRow) -> None:
        index = self.rows.index(row)
        texts = self.raw()
        del texts[index]
        self._set_texts(texts)
        self.edited.emit()
        target = self.rows[min(index, len(self.rows) - 1)]
        target.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def move(self, row: _ListRow, delta: int) -> None:  # type: ignore[override]  # a row, not the widget
        index = self.rows.index(row)
        target = index + delta
        if not 0 <= target < len(self.rows):
            return
        texts = self.raw()
        texts[index], texts[target] = texts[target], texts[index]
        self._set_texts(texts)
        self.edited.emit()
        moved = self.rows[target]
        button = moved.up_button if delta < 0 else moved.down_button
        if button is not None and button.isEnabled():
            button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            moved.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- values ------------------------------------------------------------------------
    def raw(self) -> list[str]:
        return [row.edit.text() for row in self.rows]

    def set_raw(self, raw: Any) -> None:
        self._set_texts([str(text) for text in raw or []])
        self.edited.emit()

    def value(self) -> list[str]:
        # Empty lines are left out rather than complained about.
        return [text.strip() for text in self.raw() if text.strip()]


AddNew = Callable[[type[Record]], "Record | None"]


class RefField(FieldWidget):
    """Pick one existing record, or none; "Add new…" creates one on the spot."""

    def __init__(
        self,
        spec: FieldSpec,
        prefix: str,
        plan: Plan,
        add_new: AddNew,
        parent: QWidget | None = None,
    ):
        super().__init__(spec, prefix, parent)
        assert spec.target is not None
        self.plan = plan
        self.target = spec.target
        self.add_new_record = add_new
        self.combo = QComboBox(self)
        self.combo.setObjectName(f"{prefix}-{spec.name}-combo")
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(16)
        _set_names(self.combo, self.name_text, spec.help)
        self.add_button = _small_button(
            tr(_CONTEXT, "Add new…"),
            f"{prefix}-{spec.name}-new",
            tr(_CONTEXT, "{field}: add a new entry").format(field=self.name_text),
            self,
        )
        self.add_button.clicked.connect(self._add_new)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.add_button)
        self._fill(None)
        self.combo.currentIndexChanged.connect(self.edited)

    def focus_widget(self) -> QWidget:
        return self.combo

    def _fill(self, selected: str | None) -> None:
        title = spec_for(self.target).title
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.spec.none_label or tr(_CONTEXT, "None"), None)
        for record in self.plan.records_of(self.target):
            self.combo.addItem(title(record, self.plan), record.id)
        index = self.combo.findData(selected) if selected else 0
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)

    def _add_new(self) -> None:
        record = self.add_new_record(self.target)
        if record is not None:
            self._fill(record.id)
            self.edited.emit()
        self.combo.setFocus()

    def raw(self) -> str | None:
        data = self.combo.currentData()
        return str(data) if data else None

    def set_raw(self, raw: Any) -> None:
        self._fill(str(raw) if raw else None)


class _RefRow(QWidget):
    """One chosen record of a RefsField: its name, Move up / down and Remove."""

    def __init__(self, owner: RefsField, title: str) -> None:
        super().__init__(owner.rows_host)
        self.label = QLabel(title, self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.up_button = _row_button(self, Qt.ArrowType.UpArrow)
        self.down_button = _row_button(self, Qt.ArrowType.DownArrow)
        self.remove_button = _row_button(self, None, tr(_CONTEXT, "Remove"))
        self.up_button.clicked.connect(lambda: owner.move(self, -1))
        self.down_button.clicked.connect(lambda: owner.move(self, 1))
        self.remove_button.clicked.connect(lambda: owner.remove(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label, 1)
        for button in (self.up_button, self.down_button, self.remove_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        _square_arrows(self.remove_button, self.up_button, self.down_button)

    def controls(self) -> list[QWidget]:
        return [self.up_button, self.down_button, self.remove_button]


class RefsField(FieldWidget):
    """An ordered list of existing records (trusted contacts to call, in order): one row per
    record with its own Move up / down and Remove, as the steps of a plan have, then a
    picker with "Add to list" and "Add new…" below."""

    def __init__(
        self,
        spec: FieldSpec,
        prefix: str,
        plan: Plan,
        add_new: AddNew,
        parent: QWidget | None = None,
    ):
        super().__init__(spec, prefix, parent)
        assert spec.target is not None
        self.plan = plan
        self.target = spec.target
        self.add_new_record = add_new
        self.ids: list[str] = []
        self.noun = spec_for(self.target).name  # "Trusted contact", a label on its own
        self.rows_host = QWidget(self)
        self.rows_host.setObjectName(f"{prefix}-{spec.name}-list")
        _set_names(
            self.rows_host,
            self.name_text,
            spec.help or tr(_CONTEXT, "The entries chosen, in order."),
        )
        self.rows_layout = QVBoxLayout(self.rows_host)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(4)
        self.rows: list[_RefRow] = []
        self.nobody = QLabel(tr(_CONTEXT, "Nothing chosen yet."), self.rows_host)
        self.nobody.setObjectName(f"{prefix}-{spec.name}-empty")
        self.rows_layout.addWidget(self.nobody)
        self.choice = QComboBox(self)
        self.choice.setObjectName(f"{prefix}-{spec.name}-choice")
        self.choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.choice.setMinimumContentsLength(14)
        _set_names(
            self.choice, tr(_CONTEXT, "{field}: choose one to add").format(field=self.name_text)
        )
        self.add_button = _small_button(
            tr(_CONTEXT, "Add to list"),
            f"{prefix}-{spec.name}-add",
            tr(_CONTEXT, "{field}: add the chosen one").format(field=self.name_text),
            self,
        )
        self.new_button = _small_button(
            tr(_CONTEXT, "Add new…"),
            f"{prefix}-{spec.name}-new",
            tr(_CONTEXT, "{field}: add a new entry").format(field=self.name_text),
            self,
        )
        self.add_button.clicked.connect(self._add_chosen)
        self.new_button.clicked.connect(self._add_new)
        pick = QHBoxLayout()
        pick.addWidget(self.choice, 1)
        pick.addWidget(self.add_button)
        pick.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.rows_host)
        layout.addLayout(pick)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._show()

    def focus_widget(self) -> QWidget:
        return self.choice

    def _title(self, record_id: str) -> str:
        record = self.plan.find(self.target, record_id)
        return (
            spec_for(self.target).title(record, self.plan) if record else tr(_CONTEXT, "(removed)")
        )

    def _show(self) -> None:
        """Rows, names, enabled buttons, the tab order and the picker follow `ids`."""
        for row in self.rows:
            row.hide()
            row.setParent(None)  # out of the window at once: its names are reused below
            row.deleteLater()
        self.rows = []
        prefix = f"{self.object_prefix}-{self.spec.name}"
        count = len(self.ids)
        for number, record_id in enumerate(self.ids, 1):
            title = self._title(record_id)
            row = _RefRow(self, title)
            row.label.setObjectName(f"{prefix}-item-{number}")
            _set_names(
                row.label,
                tr(_CONTEXT, "{kind} {number}: {title}").format(
                    kind=self.noun, number=number, title=title
                ),
            )
            row.up_button.setObjectName(f"{prefix}-up-{number}")
            row.down_button.setObjectName(f"{prefix}-down-{number}")
            row.remove_button.setObjectName(f"{prefix}-remove-{number}")
            field = self.name_text
            _set_names(
                row.up_button,
                tr(_CONTEXT, "Move {title} up").format(title=title),
                tr(_CONTEXT, "{field}: earlier in the list").format(field=field),
            )
            _set_names(
                row.down_button,
                tr(_CONTEXT, "Move {title} down").format(title=title),
                tr(_CONTEXT, "{field}: later in the list").format(field=field),
            )
            _set_names(
                row.remove_button,
                tr(_CONTEXT, "Remove {title}").format(title=title),
                tr(_CONTEXT, "{field}: take it off the list").format(field=field),
            )
            row.up_button.setEnabled(number > 1)
            row.down_button.setEnabled(number < count)
            self.rows_layout.addWidget(row)
            row.show()  # at once, so a button can take the focus
            self.rows.append(row)
        self.nobody.setVisible(not self.ids)
        title_of = spec_for(self.target).title
        self.choice.clear()
        for record in self.plan.records_of(self.target):
            if record.id not in self.ids:
                self.choice.addItem(title_of(record, self.plan), record.id)
        self.add_button.setEnabled(self.choice.count() > 0)
        chain = [widget for row in self.rows for widget in row.controls()]
        chain += [self.choice, self.add_button, self.new_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _append(self, record_id: str) -> None:
        self.ids.append(record_id)
        self._show()
        self.edited.emit()

    def _add_chosen(self) -> None:
        data = self.choice.currentData()
        if data:
            self._append(str(data))
            target = self.add_button if self.add_button.isEnabled() else self.new_button
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_new(self) -> None:
        record = self.add_new_record(self.target)
        if record is not None:
            self._append(record.id)

    def remove(self, row: _RefRow) -> None:
        index = self.rows.index(row)
        del self.ids[index]
        self._show()
        self.edited.emit()
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].remove_button.setFocus(
                Qt.FocusReason.OtherFocusReason
            )
        else:
            self.choice.setFocus(Qt.FocusReason.OtherFocusReason)

    def move(self, row: _RefRow, delta: int) -> None:  # type: ignore[override]  # a row, not the widget
        index = self.rows.index(row)
        target = index + delta
        if not 0 <= target < len(self.ids):
            return
        self.ids.insert(target, self.ids.pop(index))
        self._show()
        self.edited.emit()
        moved = self.rows[target]
        button = moved.up_button if delta < 0 else moved.down_button
        focus = button if button.isEnabled() else moved.remove_button
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def raw(self) -> list[str]:
        return list(self.ids)

    def set_raw(self, raw: Any) -> None:
        self.ids = [str(i) for i in (raw or [])]
        self._show()


def make_field(
    spec: FieldSpec,
    prefix: str,
    plan: Plan,
    add_new: AddNew,
    parent: QWidget | None = None,
) -> FieldWidget:
    simple: dict[str, type[FieldWidget]] = {
        LINE: LineField,
        TEXT: TextField,
        ENUM: EnumField,
        FLAGS: FlagsField,
        BOOL: BoolField,
        DATE: DateField,
        DATETIME: DateTimeField,
        INT: IntField,
        LINES: ListField,
        STEPS: ListField,
    }
    if spec.kind == REF:
        return RefField(spec, prefix, plan, add_new, parent)
    if spec.kind == REFS:
        return RefsField(spec, prefix, plan, add_new, parent)
    if spec.kind == SCHEDULE:
        from workbook.ui.schedule_widget import ScheduleField  # (its Qt types load when used)

        return ScheduleField(spec, prefix, parent)
    return simple[spec.kind](spec, prefix, parent)
