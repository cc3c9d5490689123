"""The shared base of every wizard page, and the record list that most pages show.

Each page follows the same three steps (as in Picard's setup wizard): `initialise()` when it
is shown, `validate()` when the person moves on — which never blocks: a page that is not
finished can always be skipped — and `save()`, which writes anything still pending. Records
themselves are saved the moment an editor's Save is pressed, so most pages have nothing
pending at all.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from workbook.domain.dates import localise_sample
from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.domain.labels import section_title
from workbook.domain.model import Record, Section
from workbook.domain.other_person import Voiced
from workbook.domain.references import references_to
from workbook.storage.errors import StorageError
from workbook.ui import dialogs
from workbook.ui.common import (
    FlowLayout,
    intro_label,
    make_button,
    plural,
    save_failed,
    section_slug,
    storage_message,
)
from workbook.ui.editor import RecordEditor
from workbook.ui.other_person_box import follow_voice
from workbook.ui.specs import KindSpec, spec_for
from workbook.ui.store import PlanStore
from workbook.ui.table_model import RecordTableModel, record_details

_CONTEXT = "Lists"
SAMPLE_ROWS = 60  # rows measured to fit the columns to their content
MAX_COLUMN = 420  # no column asks for more than this before the rest are served


class WizardPageBase(QWizardPage):
    """Title, a few warm sentences, and the initialise / validate / save steps.

    `heading` and `intro` are English source texts, marked with QT_TRANSLATE_NOOP in the
    page module's context (`context`) and translated when the page is built; a section's
    page takes its heading from the section's title."""

    slug = ""  # a page of a section is named after it (common.section_slug)
    context = ""  # the translation context of `heading` and `intro`
    heading = ""
    intro: str | Voiced = ""  # a Voiced intro speaks of the other person (other_person.py)
    section: Section | None = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.section is not None and "slug" not in cls.__dict__:
            cls.slug = section_slug(cls.section)

    def __init__(self, store: PlanStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName(f"page-{self.slug}")
        if self.section is not None:
            heading = section_title(self.section)
        else:
            heading = tr(self.context, self.heading)
        source = self.intro
        voiced = source if isinstance(source, Voiced) else None
        intro = source.text() if isinstance(source, Voiced) else tr(self.context, source)
        self.setTitle(heading)
        self.setAccessibleName(heading)
        self.setAccessibleDescription(intro)
        self.body = QVBoxLayout(self)
        self.intro_label = intro_label(intro, self, f"intro-{self.slug}")
        self.body.addWidget(self.intro_label)
        if voiced is not None:  # an intro that speaks of the other person follows the choice
            follow_voice(store, self, lambda: self._set_intro(voiced.text()))

    def _set_intro(self, text: str) -> None:
        self.intro_label.setText(text)
        self.intro_label.setAccessibleName(text)
        self.setAccessibleDescription(text)

    # Qt's hooks call the three steps.
    def initializePage(self) -> None:
        self.initialise()

    def cleanupPage(self) -> None:
        """Back never wipes anything (and IndependentPages keeps pages as they are)."""

    def validatePage(self) -> bool:
        self.save()
        return self.validate()

    def initialise(self) -> None:
        """Bring the page up to date with the plan."""

    def validate(self) -> bool:
        """Nothing blocks Next: pages report what is missing on the review page instead."""
        return True

    def save(self) -> None:
        """Write anything not yet written (most pages save every change at once)."""


class DetailPane(QTextBrowser):
    """The selected entry of a list in full, beside (under) its table: each field's label
    and its whole text, wrapped. Read-only; Tab passes through it; a screen reader can read
    it line by line. Any list of records can have one (`beside_details`)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(tr(_CONTEXT, "Details of the selected entry"))
        self.setAccessibleDescription(
            tr(_CONTEXT, "Everything written in the selected entry, in full.")
        )
        self.setOpenLinks(False)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(tr(_CONTEXT, "Select an entry to read it here in full."))
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 10)
        self._showing: str | None = None

    def show_record(self, key: str | None, pairs: list[tuple[str, str]]) -> None:
        """Show (label, text) pairs for the entry `key`; None clears the pane."""
        if key == self._showing:
            return
        self._showing = key
        if key is None:
            self.clear()
            return
        self.setHtml(
            "".join(
                "<p style='margin:0 0 4px 0'>"
                + tr(_CONTEXT, "<b>{label}:</b> {text}").format(
                    label=html.escape(name), text=html.escape(text).replace(chr(10), "<br>")
                )
                + "</p>"
                for name, text in pairs
            )
        )

    def forget(self) -> None:
        """The entries changed: show the selected one afresh next time."""
        self._showing = None


def beside_details(
    table: QTableView, pane: DetailPane, name: str, parent: QWidget | None = None
) -> QSplitter:
    """The table above its detail pane, the person free to move the line between them."""
    splitter = QSplitter(Qt.Orientation.Vertical, parent)
    splitter.setObjectName(name)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(table)
    splitter.addWidget(pane)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 1)
    row = table.verticalHeader().defaultSectionSize()
    table.setMinimumHeight(row * 3 + 10)
    return splitter


class _TableKeys(QObject):
    """Enter edits the selected record and Delete removes it."""

    def __init__(self, owner: RecordListWidget) -> None:
        super().__init__(owner)
        self.owner = owner

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            if watched is self.owner.table.viewport():
                self.owner.fit_columns()
            return False
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.owner.edit_selected()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.owner.remove_selected()
                return True
        return False


class RecordListWidget(QWidget):
    """A table of one kind of record with Add, Edit, Remove and (where order matters) Move."""

    selection_changed = Signal()

    def __init__(
        self,
        store: PlanStore,
        kind: type[Record],
        parent: QWidget | None = None,
        mnemonics: bool = True,
        add_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.spec: KindSpec = spec_for(kind)
        slug = self.spec.slug
        self.setObjectName(f"list-{slug}")

        self.draft_note = QFrame(self)
        self.draft_note.setObjectName(f"draft-note-{slug}")
        self.draft_note.setFrameShape(QFrame.Shape.StyledPanel)
        note_text = intro_label(
            tr(_CONTEXT, "An entry you started earlier has not been saved yet. Nothing is lost."),
            self.draft_note,
            f"draft-note-text-{slug}",
        )
        self.continue_button = make_button(
            tr(_CONTEXT, "Continue it"),
            f"button-{slug}-continue-draft",
            tr(_CONTEXT, "Open the unfinished entry where you left it."),
            self.draft_note,
        )
        self.continue_button.clicked.connect(self.continue_draft)
        note_layout = QHBoxLayout(self.draft_note)
        note_layout.setContentsMargins(6, 4, 6, 4)
        note_layout.addWidget(note_text, 1)
        note_layout.addWidget(self.continue_button)
        self.draft_note.hide()

        self.model = RecordTableModel(self.spec, store.plan, self)
        self.table = QTableView(self)
        self.table.setObjectName(f"table-{slug}")
        self.table.setAccessibleName(self.spec.list_name)
        self.table.setAccessibleDescription(
            tr(_CONTEXT, "Enter opens the selected entry, Delete removes it.")
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        row_height = self.table.fontMetrics().height() + 10
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self._fitted_width = -1
        self._content_widths: list[int] | None = None  # measured after each change

        # The selected record in full: every field, whole texts wrapped. Rows stay one line
        # each (uniform heights keep a long log quick); this is where nothing is cut.
        self.details = DetailPane(f"details-{slug}", self)
        self.splitter = beside_details(self.table, self.details, f"splitter-{slug}", self)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        keys = _TableKeys(self)
        self.table.installEventFilter(keys)
        self.table.viewport().installEventFilter(keys)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        def text(with_mnemonic: str, without: str) -> str:
            return with_mnemonic if mnemonics else without

        self.add_button = make_button(
            add_text or text(tr(_CONTEXT, "&Add…"), tr(_CONTEXT, "Add…")),
            f"button-{slug}-add",
            tr(_CONTEXT, "Add a new entry to this list."),
            self,
        )
        self.edit_button = make_button(
            text(tr(_CONTEXT, "&Edit…"), tr(_CONTEXT, "Edit…")),
            f"button-{slug}-edit",
            tr(_CONTEXT, "Open the selected entry."),
            self,
        )
        self.remove_button = make_button(
            text(tr(_CONTEXT, "&Remove…"), tr(_CONTEXT, "Remove…")),
            f"button-{slug}-remove",
            tr(_CONTEXT, "Remove the selected entry."),
            self,
        )
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.buttons = FlowLayout()
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.edit_button)
        self.buttons.addWidget(self.remove_button)
        self.up_button: QPushButton | None = None
        self.down_button: QPushButton | None = None
        if self.spec.movable:
            self.up_button = make_button(
                text(tr(_CONTEXT, "Move &up"), tr(_CONTEXT, "Move up")),
                f"button-{slug}-up",
                tr(_CONTEXT, "Move the selected entry up."),
                self,
            )
            self.down_button = make_button(
                text(tr(_CONTEXT, "Move do&wn"), tr(_CONTEXT, "Move down")),
                f"button-{slug}-down",
                tr(_CONTEXT, "Move the selected entry down."),
                self,
            )
            self.up_button.clicked.connect(lambda: self.move_selected(-1))
            self.down_button.clicked.connect(lambda: self.move_selected(1))
            self.buttons.addWidget(self.up_button)
            self.buttons.addWidget(self.down_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.draft_note)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(self.buttons)
        store.changed.connect(self._store_changed)
        self._selection_changed()

    def _measure(self) -> list[int]:
        """Each column's width for its heading and the text of the first rows (the rows are
        all alike in kind; a long log is never measured row by row)."""
        if self._content_widths is None:
            heading = self.table.horizontalHeader().fontMetrics()
            cells = self.table.fontMetrics()
            rows = min(self.model.rowCount(), SAMPLE_ROWS)
            widths = []
            for column, spec_column in enumerate(self.spec.columns):
                width = max(
                    heading.horizontalAdvance(spec_column.header),
                    cells.horizontalAdvance(localise_sample(spec_column.sample)),
                )
                for row in range(rows):
                    text = self.model.data(self.model.index(row, column)) or ""
                    width = max(width, cells.horizontalAdvance(text))
                    if width >= MAX_COLUMN:
                        break
                widths.append(min(width, MAX_COLUMN) + 24)
            self._content_widths = widths
        return self._content_widths

    def fit_columns(self, *, force: bool = False) -> None:
        """Columns follow their content: short ones (a date, "Adopted") get what they need,
        long texts share the rest, and what still does not fit is whole in the tooltip and
        the detail pane. Narrow windows scroll sideways rather than squeeze a heading."""
        width = self.table.viewport().width()
        if (width == self._fitted_width and not force) or width <= 0:
            return
        self._fitted_width = width
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        columns = self.spec.columns
        least = [metrics.horizontalAdvance(c.header) + 24 for c in columns]
        least = [
            max(a, self.table.fontMetrics().horizontalAdvance(localise_sample(c.sample)) + 24)
            for a, c in zip(least, columns, strict=True)
        ]
        wanted = self._measure()
        if sum(least) >= width:
            header.setStretchLastSection(False)
            for column, size in enumerate(least):
                self.table.setColumnWidth(column, size)
            return
        header.setStretchLastSection(True)
        # Every column has its heading; the rest of the width fills the smallest needs first
        # (a date, "Adopted" whole), and the long texts share what is left by their weight
        # in the spec ("What happened" more than "Channel").
        sizes = list(least)
        extra = width - sum(least)
        weight = [max(1, c.width) for c in columns]
        order = sorted(range(len(columns)), key=lambda i: (wanted[i] - least[i]) / weight[i])
        remaining = sum(weight)
        for index in order:
            give = min(max(0, wanted[index] - least[index]), extra * weight[index] // remaining)
            sizes[index] += give
            extra -= give
            remaining -= weight[index]
        for column, size in enumerate(sizes[:-1]):
            self.table.setColumnWidth(column, size)

    def sizeHint(self) -> QSize:
        return QSize(480, 240)

    # -- state -------------------------------------------------------------------------
    def selected(self) -> Record | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row()) if rows else None

    def select_id(self, record_id: str | None) -> None:
        row = self.model.row_of(record_id) if record_id else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.table.clearSelection()

    def refresh(self) -> None:
        current = self.selected()
        self.model.refresh()
        self._content_widths = None
        self.details.forget()
        if self.table.isVisible():
            self.fit_columns(force=True)
        else:
            self._fitted_width = -1  # fitted again when next shown
        self.select_id(current.id if current else None)
        self.update_draft_note()
        self._selection_changed()

    def update_draft_note(self) -> None:
        self.draft_note.setVisible(bool(self.store.draft_ids(self.spec.kind.__name__)))

    def _store_changed(self, _what: Any) -> None:
        self.refresh()

    def show_details(self, record: Record | None) -> None:
        """The detail pane shows `record` in full (or invites a choice)."""
        if record is None:
            self.details.show_record(None, [])
        else:
            pairs = record_details(self.spec, record, self.store.plan)
            self.details.show_record(record.id, pairs)

    def _selection_changed(self, *_args: Any) -> None:
        record = self.selected()
        self.show_details(record)
        has = record is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        if self.up_button and self.down_button:
            row = self.model.row_of(record.id) if record else -1
            self.up_button.setEnabled(has and row > 0)
            self.down_button.setEnabled(has and 0 <= row < self.model.rowCount() - 1)
        self.selection_changed.emit()

    # -- actions -----------------------------------------------------------------------
    def open_editor(
        self, record: Record | None, preset: dict[str, Any] | None = None
    ) -> Record | None:
        editor = RecordEditor(self.store, self.spec.kind, record, self, preset=preset)
        editor.exec()
        saved = editor.saved_record
        editor.deleteLater()
        self.update_draft_note()
        if saved is not None:
            self.select_id(saved.id)
        self.table.setFocus()
        return saved

    def add(self) -> Record | None:
        return self.open_editor(None)

    def edit_selected(self) -> None:
        record = self.selected()
        if record is not None:
            self.open_editor(record)

    def continue_draft(self) -> None:
        ids = self.store.draft_ids(self.spec.kind.__name__)
        if not ids:
            self.update_draft_note()
            return
        record_id = ids[0]
        if record_id == "new":
            self.open_editor(None)
            return
        record = self.store.plan.find(self.spec.kind, record_id)
        if record is None:  # the record was removed meanwhile
            self.store.discard_draft(self.spec.kind.__name__, record_id)
            self.update_draft_note()
            return
        self.open_editor(record)

    def remove_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        plan = self.store.plan
        title = self.spec.title(record, plan)
        holders = references_to(plan, self.spec.kind, record.id)
        if holders:
            lines = []
            for reference in holders:
                holder_spec = spec_for(type(reference.holder))
                holder_title = holder_spec.title(reference.holder, plan)
                lines.append(
                    tr(_CONTEXT, "• {kind}: {title}").format(
                        kind=holder_spec.name, title=holder_title
                    )
                )
            count = len(holders)
            question = plural(
                _CONTEXT,
                QT_TRANSLATE_NOOP(_CONTEXT, "“{title}” is used in %n other entries:", "", 0),
                count,
                "“{title}” is used in 1 other entry:",
            )
            choice = dialogs.ask(
                self,
                question.format(title=title),
                [tr(_CONTEXT, "&Remove it and clear those links"), tr(_CONTEXT, "&Keep it")],
                detail=tr(
                    _CONTEXT,
                    "{entries}\n\nIf you remove it, those entries stay; they simply no longer "
                    "point to it. You can choose someone or something else in them afterwards.",
                ).format(entries="\n".join(lines)),
                default=1,
            )
            if choice != 0:
                return
        elif not dialogs.confirm(
            self,
            self.spec.remove_question,
            tr(_CONTEXT, "“{title}” will be removed from your plan.").format(title=title),
            yes=tr(_CONTEXT, "&Remove"),
            no=tr(_CONTEXT, "&Keep it"),
        ):
            return
        row = self.model.row_of(record.id)
        try:
            self.store.delete(self.spec.kind, record.id)
        except StorageError as error:
            dialogs.inform(
                self,
                tr(_CONTEXT, "This entry could not be removed just now. Please try again."),
                storage_message(error),
            )
            return
        remaining = self.model.rowCount()
        if remaining:
            next_record = self.model.record_at(min(row, remaining - 1))
            self.select_id(next_record.id if next_record else None)
        self.table.setFocus()

    def move_selected(self, delta: int) -> None:
        record = self.selected()
        if record is None:
            return
        row = self.model.row_of(record.id)
        target = row + delta
        if not 0 <= target < self.model.rowCount():
            return
        try:
            self.store.move(self.spec.kind, record.id, target)
        except StorageError as error:
            dialogs.inform(self, save_failed(), storage_message(error))
            return
        self.select_id(record.id)
        self.table.setFocus()


class RecordListPage(WizardPageBase):
    """A page that is one list of records."""

    kind: type[Record]

    def __init__(self, store: PlanStore, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.records = RecordListWidget(store, self.kind, self)
        self.body.addWidget(self.records, 1)

    def initialise(self) -> None:
        self.records.update_draft_note()
