"""Contact log: every contact or attempt, mandated or not — the record that ends the secrecy.

The log is append-only and hash-chained (docs/record.md). This page shows the latest version
of each entry with both of its times and the gap between them; Save on an entry writes a
correction, "Withdraw" writes a withdrawal with its reason, and "History" shows every earlier
version. Above the list, the check of the whole chain ("Record intact", or exactly which
entry broke and how) and its latest hash, to copy and give to a lawyer.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbook.domain import chain
from workbook.domain.chain import ChainCheck
from workbook.domain.dates import localise_sample
from workbook.domain.fields import field_of
from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.domain.labels import SECTION_TITLES, label
from workbook.domain.model import (
    ContactLogEntry,
    MandatedObligation,
    Plan,
    Record,
    Section,
    SuspectedProxy,
)
from workbook.domain.other_person import THEM
from workbook.storage.errors import StorageError
from workbook.ui import dialogs
from workbook.ui.attachments import LogEntryEditor, add_viewer
from workbook.ui.common import intro_label, make_button, plural, storage_message
from workbook.ui.compliance_view import compliance_brief, install_on
from workbook.ui.editor import RecordEditor
from workbook.ui.page_base import DetailPane, WizardPageBase, beside_details
from workbook.ui.specs import first_line, log_title, obligation_title, proxy_title, spec_for
from workbook.ui.store import PlanStore, format_datetime
from workbook.ui.table_model import (
    LineDelegate,
    LineTable,
    record_details,
    row_sentence,
    wrapped_tooltip,
)

_CONTEXT = "ContactLogPage"
_INTACT = QT_TRANSLATE_NOOP(
    _CONTEXT, "Record intact: %Ln entries, each unchanged since it was written.", "", 0
)
_INTACT_ONE = "Record intact: 1 entry, unchanged since it was written."
_KIND = ContactLogEntry.__name__
_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_SPOKEN = Qt.ItemDataRole.AccessibleTextRole.value
_CORRECTS = attrgetter("corrects_id")
# The longest a withdrawal's reason may be, as any other short text in the plan.
_REASON_LIMIT = field_of(ContactLogEntry, "withdrawn_reason").limit or 100_000


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _date(entry: ContactLogEntry) -> str:
    return format_datetime(entry.recorded_at)


def status_text(current: ContactLogEntry, versions: list[ContactLogEntry]) -> str:
    """What happened to an entry since it was first written: corrected, withdrawn, or ""."""
    if current.withdrawn_reason:
        return _t("Withdrawn on {date}: {reason}").format(
            date=_date(current), reason=first_line(current.withdrawn_reason, 80)
        )
    if len(versions) > 1:
        return _t("Corrected on {date}").format(date=_date(current))
    return ""


def written_text(current: ContactLogEntry, first: ContactLogEntry) -> str:
    """When the entry was first written down, and how long after the contact."""
    return chain.gap_text(current.occurred_at, first.recorded_at, first.recorded_before_log)


def who_text(entry: ContactLogEntry, plan: Plan) -> str:
    if entry.proxy_id is None:
        return THEM.text()
    proxy = plan.find(SuspectedProxy, entry.proxy_id)
    return proxy_title(proxy, plan) if proxy else _t("(not in the plan)")


def allowed_text(entry: ContactLogEntry, plan: Plan) -> str:
    if entry.obligation_id is None:
        return _t("Not mandated")
    order = plan.find(MandatedObligation, entry.obligation_id)
    return obligation_title(order, plan) if order else _t("(not in the plan)")


class LogTableModel(QAbstractTableModel):
    """The latest version of every entry, in the order they were first written. Cell texts
    are made only for the rows on screen."""

    HEADERS = (  # English source texts, translated when shown
        QT_TRANSLATE_NOOP(_CONTEXT, "When"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Written down"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Who"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Channel"),
        QT_TRANSLATE_NOOP(_CONTEXT, "What happened"),
        QT_TRANSLATE_NOOP(_CONTEXT, "My response"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Inside the order?"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Corrected or withdrawn"),
    )

    def __init__(self, plan: Plan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.rows: list[ContactLogEntry] = []
        self._versions: dict[str, list[ContactLogEntry]] = {}
        self._row_of: dict[str, int] | None = None  # made when first asked
        self._texts: dict[int, tuple[str, ...]] = {}  # a row's cell texts, made at once
        self._fonts: tuple[QFont, ...] | None = None  # a withdrawn row's, made when needed
        self._italic_has: Callable[[int], bool] = bool
        self._rebuild()

    def _rebuild(self) -> None:
        log = self.plan.contact_log
        if not any(map(_CORRECTS, log)):
            # Nothing corrected or withdrawn yet: every entry is its own latest version.
            self.rows = list(log)
            self._versions = {}
            self._row_of = None
            self._texts.clear()
            return
        versions: dict[str, list[ContactLogEntry]] = {}
        root_of: dict[str, str] = {}
        for entry in self.plan.contact_log:
            target = entry.corrects_id
            root = entry.id if target is None else root_of.get(target, target)
            root_of[entry.id] = root
            versions.setdefault(root, []).append(entry)
        self.rows = [chain_versions[-1] for chain_versions in versions.values()]
        self._versions = {v[-1].id: v for v in versions.values()}
        # Any version's id finds its entry's row (a compliance view may name an old one).
        row_of_root = {root: row for row, root in enumerate(versions)}
        self._row_of = {entry_id: row_of_root[root] for entry_id, root in root_of.items()}
        self._texts.clear()

    def refresh(self, plan: Plan | None = None) -> None:
        self.beginResetModel()
        if plan is not None:
            self.plan = plan
        self._rebuild()
        self.endResetModel()

    def record_at(self, row: int) -> ContactLogEntry | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, entry_id: str) -> int:
        if self._row_of is None:
            self._row_of = {entry.id: row for row, entry in enumerate(self.rows)}
        return self._row_of.get(entry_id, -1)

    def versions_of(self, current: ContactLogEntry) -> list[ContactLogEntry]:
        return self._versions.get(current.id, [current])

    def _row_texts(self, row: int) -> tuple[str, ...]:
        """The texts of a row's cells, in the order of HEADERS."""
        entry = self.rows[row]
        versions = self.versions_of(entry)
        return (
            format_datetime(entry.occurred_at),
            written_text(entry, versions[0]),
            who_text(entry, self.plan),
            label(entry.channel),
            first_line(entry.what_happened),
            label(entry.response),
            # Judged against the orders in force that day (domain/compliance.py).
            "" if entry.withdrawn_reason else compliance_brief(entry, self.plan),
            status_text(entry, versions),
        )

    # -- what the table's LineDelegate paints (table_model.py) ----------------------------
    def cell_text(self, row: int, column: int) -> str:
        """A cell's text. A row's texts are made together when it is first shown (dates,
        gaps, names and judgements cost more than a paint) and kept; the cache is emptied
        whenever the log or the plan changes."""
        texts = self._texts.get(row)
        if texts is None:
            if not 0 <= row < len(self.rows):
                return ""
            texts = self._texts[row] = self._row_texts(row)
        return texts[column]

    def row_texts(self, row: int) -> Sequence[str]:
        texts = self._texts.get(row)
        if texts is None:
            texts = self._texts[row] = self._row_texts(row)
        return texts

    def cell_font(self, row: int, column: int) -> QFont | None:
        """A withdrawn entry in italics, its "What happened" struck through."""
        fonts = self.row_fonts(row)
        return None if fonts is None else fonts[column]

    def row_fonts(self, row: int) -> Sequence[QFont | None] | None:
        """A withdrawn row's fonts: italics, and "What happened" struck through. A text with
        a letter the italic face does not have (Arabic, Hebrew, Thai...: slanted type is a
        Latin habit, and a system's italic face often lacks those letters, which Qt then
        draws as empty boxes instead of falling back) stays upright, still struck through."""
        if not self.rows[row].withdrawn_reason:
            return None
        if self._fonts is None:
            italic, struck, upright_struck = QFont(), QFont(), QFont()
            italic.setItalic(True)
            struck.setItalic(True)
            struck.setStrikeOut(True)
            upright_struck.setStrikeOut(True)
            self._fonts = (italic, struck, upright_struck)
            self._italic_has = QFontMetrics(italic).inFontUcs4
        italic, struck, upright_struck = self._fonts
        has = self._italic_has
        fonts: list[QFont | None] = []
        for column, text in enumerate(self.row_texts(row)):
            slanted = all(has(ord(character)) for character in text if not character.isspace())
            if column == 4:
                fonts.append(struck if slanted else upright_struck)
            else:
                fonts.append(italic if slanted else None)
        return fonts

    def right_aligned(self, column: int) -> bool:
        return False

    # -- Qt model API -----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = int(role)
        row, column = index.row(), index.column()
        if not 0 <= row < len(self.rows):
            return None
        if role == _FONT:
            return self.cell_font(row, column)
        if role == _SPOKEN:  # the whole row as a sentence
            return row_sentence(
                [(_t(h), self.cell_text(row, c)) for c, h in enumerate(self.HEADERS)]
            )
        if role == _TOOLTIP and column == 4:  # the whole text
            return wrapped_tooltip(self.rows[row].what_happened.strip())
        if role not in (_DISPLAY, _TOOLTIP):
            return None
        return self.cell_text(row, column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return _t(self.HEADERS[section])
        return str(section + 1)


class _Keys(QObject):
    """Enter corrects the selected entry, Delete withdraws it."""

    def __init__(self, owner: LogListWidget) -> None:
        super().__init__(owner)
        self.owner = owner

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.owner.correct_selected()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.owner.withdraw_selected()
                return True
        return False


class CorrectionEditor(LogEntryEditor):
    """The entry's editor, whose Save writes a correction (a new entry) and asks, before it
    does, what changed and why."""

    def __init__(self, store: PlanStore, current: ContactLogEntry, parent: QWidget) -> None:
        self.corrected = current
        self.note: str | None = None
        draft = chain.correction(current, current)
        super().__init__(store, ContactLogEntry, draft, parent)
        heading = self.findChild(QLabel, "editor-heading")
        if heading is not None:
            heading.setText(_t("Correct this entry"))
            heading.setAccessibleName(heading.text())
        self.setAccessibleName(_t("Correct this entry"))
        self.setAccessibleDescription(
            _t(
                "Change what needs changing. Save adds the corrected version to the log; "
                "the version you correct stays in the record."
            )
        )

    def build(self) -> tuple[Record, dict[str, str]]:
        record, problems = super().build()
        if isinstance(record, ContactLogEntry) and self.note is not None:
            record.correction_note = self.note
        return record, problems

    def accept(self) -> None:
        record, problems = super().build()
        if problems or not isinstance(record, ContactLogEntry):
            super().accept()  # shows what to look at
            return
        changed = chain.changed_fields(self.corrected, record)
        if not changed:
            dialogs.inform(
                self,
                _t("Nothing was changed, so there is nothing to correct."),
                _t("Change what needs changing first, or press Discard changes to leave."),
            )
            return
        names = ", ".join(field_of(ContactLogEntry, name).text_label for name in changed)
        note = ReasonDialog.ask(
            self,
            _t("What changed, and why?"),
            _t(
                "You changed: {fields}. A few words on why help whoever reads the log "
                "later. You may leave this empty."
            ).format(fields=names),
            _t("Save the correction"),
            required=False,
        )
        if note is None:
            return
        self.note = note
        super().accept()


class ReasonDialog(QDialog):
    """Asks for a few words (a withdrawal's reason, a correction's note)."""

    def __init__(
        self, parent: QWidget, heading: str, text: str, action: str, required: bool
    ) -> None:
        super().__init__(parent)
        self.required = required
        self.setObjectName("dialog-log-reason")
        self.setWindowTitle(dialogs.WINDOW_TITLE)
        self.setModal(True)
        self.setAccessibleName(heading)
        self.setAccessibleDescription(text)
        title = QLabel(heading, self)
        title.setObjectName("log-reason-heading")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        explanation = QLabel(text, self)
        explanation.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("log-reason-edit")
        self.edit.setAccessibleName(heading)
        self.edit.setAccessibleDescription(text)
        self.edit.setTabChangesFocus(True)
        self.message = QLabel("", self)
        self.message.setObjectName("log-reason-message")
        self.message.setWordWrap(True)
        self.ok = QPushButton(action, self)
        self.ok.setObjectName("button-log-reason-ok")
        self.ok.setDefault(True)
        cancel = QPushButton(_t("&Cancel"), self)
        cancel.setObjectName("button-log-reason-cancel")
        cancel.setAutoDefault(False)
        self.ok.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        self.edit.textChanged.connect(self._check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addWidget(self.edit, 1)
        layout.addLayout(buttons)
        self.resize(520, 300)
        self._check()

    def _check(self) -> None:
        reason = self.edit.toPlainText().strip()
        message = ""
        if self.required and not reason:
            message = _t("Please write a few words first.")
        elif len(reason) > _REASON_LIMIT:
            message = _t("This is longer than Workbook can keep; please shorten it.")
        self.message.setText(message)
        self.message.setAccessibleName(message)
        self.ok.setEnabled(not message)

    def reason(self) -> str:
        return self.edit.toPlainText().strip()

    @classmethod
    def ask(
        cls, parent: QWidget, heading: str, text: str, action: str, required: bool = True
    ) -> str | None:
        dialog = cls(parent, heading, text, action, required)
        try:
            return dialog.reason() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def history_html(versions: list[ContactLogEntry], plan: Plan) -> str:
    """Every version of one entry, oldest first, as simple HTML (the person's text escaped)."""
    parts: list[str] = []
    previous: ContactLogEntry | None = None
    for number, entry in enumerate(versions, start=1):
        if previous is None:
            heading = _t("Version {n}: first written {date}").format(n=number, date=_date(entry))
            if entry.recorded_before_log:
                heading = _t(
                    "Version {n}: written before this record was kept (by {date} at the latest)"
                ).format(n=number, date=_date(entry))
        elif entry.withdrawn_reason:
            heading = _t("Withdrawn on {date}").format(date=_date(entry))
        else:
            heading = _t("Version {n}: corrected on {date}").format(n=number, date=_date(entry))
        parts.append(f"<h3>{html.escape(heading)}</h3>")
        if previous is not None:
            changed = chain.changed_fields(previous, entry)
            if changed:
                names = ", ".join(field_of(ContactLogEntry, n).text_label for n in changed)
                parts.append(f"<p><b>{html.escape(_t('Changed:'))}</b> {html.escape(names)}</p>")
        for reason_label, text in (
            (_t("Why:"), entry.correction_note),
            (_t("Reason for withdrawing:"), entry.withdrawn_reason),
        ):
            if text:
                parts.append(f"<p><b>{html.escape(reason_label)}</b> {_paragraphs(text)}</p>")
        if entry.withdrawn_reason:
            previous = entry
            continue
        rows = [
            (_t("When"), format_datetime(entry.occurred_at)),
            (_t("Who"), who_text(entry, plan)),
            (_t("Channel"), label(entry.channel)),
            (field_of(ContactLogEntry, "what_happened").text_label, entry.what_happened),
            (field_of(ContactLogEntry, "exact_words").text_label, entry.exact_words),
            (field_of(ContactLogEntry, "witnesses").text_label, entry.witnesses),
            (_t("How I responded"), label(entry.response)),
            (field_of(ContactLogEntry, "response_detail").text_label, entry.response_detail),
            (
                field_of(ContactLogEntry, "reported_to").text_label,
                ", ".join(label(r) for r in entry.reported_to),
            ),
            (field_of(ContactLogEntry, "report_reference").text_label, entry.report_reference),
            (field_of(ContactLogEntry, "evidence_ref").text_label, entry.evidence_ref),
            (_t("Allowed by"), allowed_text(entry, plan)),
            (_t("Hash"), entry.entry_hash),
        ]
        parts.append("<table cellspacing='0' cellpadding='3'>")
        for name, value in rows:
            if value:
                parts.append(
                    f"<tr><td valign='top'><b>{html.escape(name)}</b></td>"
                    f"<td>{_paragraphs(value)}</td></tr>"
                )
        parts.append("</table>")
        previous = entry
    return "\n".join(parts)


def _paragraphs(text: str) -> str:
    return "<br>".join(html.escape(line) for line in text.splitlines())


class HistoryDialog(QDialog):
    def __init__(self, versions: list[ContactLogEntry], plan: Plan, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("dialog-log-history")
        self.setWindowTitle(dialogs.WINDOW_TITLE)
        self.setModal(True)
        heading = _t("History of this entry")
        self.setAccessibleName(heading)
        title = QLabel(heading, self)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        self.view = QTextBrowser(self)
        self.view.setObjectName("log-history-text")
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(heading)
        self.view.setHtml(history_html(versions, plan))
        close = QPushButton(_t("&Close"), self)
        close.setObjectName("button-log-history-close")
        close.setDefault(True)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.resize(640, 520)


class RecordStatus(QFrame):
    """The chain's check, and its latest hash with a Copy button."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("log-record-status")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.status = QLabel(_t("Checking the record…"), self)
        self.status.setObjectName("log-chain-status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.status.font()
        font.setBold(True)
        self.status.setFont(font)
        hash_label = QLabel(_t("Latest hash:"), self)
        self.hash = QLineEdit(self)
        self.hash.setObjectName("log-latest-hash")
        self.hash.setReadOnly(True)
        self.hash.setAccessibleName(_t("Latest hash of the contact log"))
        self.hash.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        hash_label.setBuddy(self.hash)
        self.copy_button = make_button(
            _t("Cop&y"),  # O is the wizard's Overview
            "button-log-copy-hash",
            _t("Copy the latest hash, to give to your lawyer."),
            self,
        )
        self.copy_button.clicked.connect(self.copy_hash)
        explanation = QLabel(
            _t(
                "Give this code to your lawyer: it stands for everything your log holds now. "
                "Any later change to an entry written before today would change it."
            ),
            self,
        )
        explanation.setObjectName("log-hash-explanation")
        explanation.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(hash_label)
        row.addWidget(self.hash, 1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(explanation)
        self.check: ChainCheck | None = None

    def show_check(self, check: ChainCheck, whole: bool = False) -> None:
        """The check's result; `whole` once every entry was hashed again just now."""
        self.check = check
        if check.problem is not None:
            text = _t("The record was changed outside Workbook. {problem}").format(
                problem=check.problem.message
            )
        elif check.count == 0:
            text = _t("Record intact: nothing written yet.")
        else:
            text = plural(_CONTEXT, _INTACT, check.count, _INTACT_ONE)
        if whole and check.problem is None and check.count:
            text += " " + _t("Every entry was checked again just now.")
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.hash.setText(check.latest_hash)
        self.copy_button.setEnabled(bool(check.latest_hash))

    def show_progress(self, count: int) -> None:
        """The check is under way: nothing to claim yet, no hash to copy."""
        self.check = None
        text = _t("Checking every entry of the record ({n})…").format(n=count)
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.hash.setText("")
        self.copy_button.setEnabled(False)

    def show_failure(self, message: str) -> None:
        text = _t("The record could not be checked just now. {reason}").format(reason=message)
        self.status.setText(text)
        self.status.setAccessibleName(text)

    def copy_hash(self) -> None:
        value = self.hash.text()
        if not value:
            return
        from workbook.ui.clipboard import copy_secret

        copy_secret(value)


class LogListWidget(QWidget):
    """The latest version of every entry, with Add, Correct, History and Withdraw."""

    def __init__(self, store: PlanStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("list-contact-log")
        self.draft_note = QFrame(self)
        self.draft_note.setObjectName("draft-note-contact-log")
        self.draft_note.setFrameShape(QFrame.Shape.StyledPanel)
        note_text = intro_label(
            _t("An entry you started earlier has not been saved yet. Nothing is lost."),
            self.draft_note,
            "draft-note-text-contact-log",
        )
        self.continue_button = make_button(
            _t("Continue it"),
            "button-contact-log-continue-draft",
            _t("Open the unfinished entry where you left it."),
            self.draft_note,
        )
        self.continue_button.clicked.connect(self.continue_draft)
        note_layout = QHBoxLayout(self.draft_note)
        note_layout.setContentsMargins(6, 4, 6, 4)
        note_layout.addWidget(note_text, 1)
        note_layout.addWidget(self.continue_button)
        self.draft_note.hide()

        self.model: LogTableModel | None = None
        self.table = LineTable(self)  # one-line cells, painted in one pass (table_model.py)
        self.table.setObjectName("table-contact-log")
        self.table.setAccessibleName(_t("Contact log"))
        self.table.setAccessibleDescription(
            _t("The latest version of each entry. Enter corrects the selected one.")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self.table.doubleClicked.connect(lambda _index: self.correct_selected())
        self.table.installEventFilter(_Keys(self))

        self.add_button = make_button(
            _t("&Add…"), "button-contact-log-add", _t("Write down a new contact."), self
        )
        self.correct_button = make_button(
            _t("&Correct this entry…"),
            "button-contact-log-correct",
            _t("Write a corrected version; the one it corrects stays in the record."),
            self,
        )
        self.history_button = make_button(
            _t("&History…"),
            "button-contact-log-history",
            _t("Every version of the selected entry."),
            self,
        )
        self.withdraw_button = make_button(
            _t("&Withdraw…"),
            "button-contact-log-withdraw",
            _t("Mark the selected entry as withdrawn, with your reason. It stays in the record."),
            self,
        )
        self.add_button.clicked.connect(self.add)
        self.correct_button.clicked.connect(self.correct_selected)
        self.history_button.clicked.connect(self.show_history)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.correct_button,
            self.history_button,
            self.withdraw_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.draft_note)
        # The selected entry whole, under the table; rows stay one line each (page_base).
        self.details = DetailPane("details-contact-log", self)
        layout.addWidget(beside_details(self.table, self.details, "splitter-contact-log", self), 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- state -------------------------------------------------------------------------
    def ensure_model(self) -> LogTableModel:
        """The table's model, made when the page is first shown (it reads the whole log)."""
        if self.model is None:
            self.model = LogTableModel(self.store.plan, self)
            self.table.setModel(self.model)
            # One line per cell, painted without the style's text engine (table_model.py).
            self.table.setItemDelegate(LineDelegate(self.table))
            self.table.selectionModel().selectionChanged.connect(self._update_buttons)
            self._fit_columns()
        return self.model

    def _fit_columns(self) -> None:
        """Each column as wide as a typical value; "What happened" takes what is left."""
        metrics = self.table.fontMetrics()
        samples = {  # a typical value of each column, in the person's language
            "When": localise_sample("2026-12-31 23:59"),
            "Written down": _t("written 23 hours after"),
            "Who": _t("Through someone"),
            "Channel": _t("Through someone"),
            "My response": _t("My firm sentence"),
            "Inside the order?": _t("Outside: not at a set time"),
            "Corrected or withdrawn": _t("Corrected on {date}").format(
                date=localise_sample("2026-12-31 23:59")
            ),
        }
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, name in enumerate(LogTableModel.HEADERS):
            if name == "What happened":
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                header.setMinimumSectionSize(metrics.horizontalAdvance("x" * 12))
                continue
            wide = max(
                metrics.horizontalAdvance(samples.get(name, name)),
                header.fontMetrics().horizontalAdvance(_t(name)),
            )
            self.table.setColumnWidth(column, wide + 24)

    def refresh(self) -> None:
        if self.model is None:
            return
        current = self.selected()
        self.model.refresh(self.store.plan)
        self.details.forget()
        self.select_id(current.id if current else None)
        self.update_draft_note()
        self._update_buttons()

    def selected(self) -> ContactLogEntry | None:
        if self.model is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row()) if rows else None

    def select_id(self, entry_id: str | None) -> None:
        model = self.ensure_model()
        row = model.row_of(entry_id) if entry_id else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(model.index(row, 0))
        else:
            self.table.clearSelection()

    def update_draft_note(self) -> None:
        self.draft_note.setVisible(bool(self.store.draft_ids(_KIND)))

    def _update_buttons(self, *_args: Any) -> None:
        entry = self.selected()
        self.details.show_record(
            entry.id if entry else None,
            record_details(spec_for(ContactLogEntry), entry, self.store.plan) if entry else [],
        )
        self.correct_button.setEnabled(entry is not None and not entry.withdrawn_reason)
        self.withdraw_button.setEnabled(entry is not None and not entry.withdrawn_reason)
        self.history_button.setEnabled(entry is not None)

    # -- actions -----------------------------------------------------------------------
    def _after_editor(self, editor: RecordEditor) -> None:
        editor.exec()
        saved = editor.saved_record
        editor.deleteLater()
        self.update_draft_note()
        if saved is not None:
            self.select_id(saved.id)
        self.table.setFocus()

    def add(self) -> None:
        self._after_editor(LogEntryEditor(self.store, ContactLogEntry, None, self))

    def correct(self, current: ContactLogEntry) -> None:
        self._after_editor(CorrectionEditor(self.store, current, self))

    def correct_selected(self) -> None:
        entry = self.selected()
        if entry is not None and not entry.withdrawn_reason:
            self.correct(entry)

    def continue_draft(self) -> None:
        ids = self.store.draft_ids(_KIND)
        if not ids:
            self.update_draft_note()
            return
        if ids[0] == "new":
            self.add()
            return
        model = self.ensure_model()
        for current in model.rows:
            if chain.correction_id(current.id) == ids[0] and not current.withdrawn_reason:
                self.correct(current)
                return
        self.store.discard_draft(_KIND, ids[0])  # its entry was corrected meanwhile
        self.update_draft_note()

    def show_history(self) -> None:
        entry = self.selected()
        if entry is None or self.model is None:
            return
        dialog = HistoryDialog(self.model.versions_of(entry), self.store.plan, self)
        add_viewer(dialog, self.store, self.model.versions_of(entry))
        dialog.exec()
        dialog.deleteLater()
        self.table.setFocus()

    def withdraw_selected(self) -> None:
        entry = self.selected()
        if entry is None or entry.withdrawn_reason:
            return
        reason = ReasonDialog.ask(
            self,
            _t("Withdraw this entry?"),
            _t(
                "“{title}” will be marked as withdrawn, with your reason. It stays in the "
                "record, so the log shows that it was there and why you took it back."
            ).format(title=log_title(entry, self.store.plan)),
            _t("&Withdraw it"),
        )
        if reason is None:
            return
        try:
            self.store.save(chain.withdrawal(entry, reason))
        except StorageError as error:
            dialogs.inform(
                self,
                _t("This entry could not be withdrawn just now. Please try again."),
                storage_message(error),
            )
            return
        self.select_id(entry.id)
        self.table.setFocus()


# Entries hashed per step of the page's check: a few milliseconds, so the page answers
# between steps (bench/bench_log.py times the whole check with the page's opening).
CHECK_STEP = 1000


class ContactLogPage(WizardPageBase):
    context = _CONTEXT
    section = Section.CONTACT_LOG
    heading = SECTION_TITLES[Section.CONTACT_LOG]
    kind = ContactLogEntry
    intro = QT_TRANSLATE_NOOP(
        _CONTEXT,
        "Write down every contact or attempt, whether a court allowed it or not: when, who, "
        "how, what was said and how you answered. Each entry keeps when it was written down; "
        "nothing in the log is ever changed or removed, so it holds up as a record.",
    )

    def __init__(self, store: PlanStore, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.record_status = RecordStatus(self)
        self.body.addWidget(self.record_status)
        self.records = LogListWidget(store, self)
        self.body.addWidget(self.records, 1)
        # A second tab: each entry judged against the orders (ui/compliance_view.py).
        self.compliance = install_on(self)
        self._check_pending = False
        # The log as this page last found it intact, every entry hashed: (the list, its
        # length, its latest hash). Those entries stay as they were (the log only grows), so
        # a check after an entry is added hashes only the new ones; a plan read again (a
        # restore, an import) is another list and is checked whole.
        self._checked: tuple[Sequence[ContactLogEntry], int, str] | None = None
        self._checker: tuple[chain.Checker, bool] | None = None  # a check under way, whole?
        self._check_timer = QTimer(self)
        self._check_timer.setInterval(0)
        self._check_timer.timeout.connect(self._check_step)
        store.changed.connect(self._store_changed)

    def initialise(self) -> None:
        if self.records.model is None:
            self.records.ensure_model()  # reads the log as it is now
        else:
            self.records.refresh()
        self.records.update_draft_note()
        self.schedule_check()

    def schedule_check(self) -> None:
        """Check the chain once the page is on screen."""
        if not self._check_pending:
            self._check_pending = True
            QTimer.singleShot(0, self.check_record)

    def check_record(self) -> ChainCheck | None:
        """Check the whole log: every entry hashed again and compared with its hash, every
        link followed, the end compared with the workbook's note (domain/chain.py). A long
        log is checked CHECK_STEP entries at a time, so the page answers meanwhile; the
        result (returned when it came at once) shows when the last step is done. After a
        whole check, only the entries added since are hashed again."""
        self._check_pending = False
        self._check_timer.stop()
        log = self.store.plan.contact_log
        try:
            end = self.store.log_end()
        except StorageError as error:
            self._checker = None
            self.record_status.show_failure(storage_message(error))
            return None
        checked = self._checked
        trusted = checked[1:] if checked is not None and checked[0] is log else None
        checker = chain.Checker(log, end, trusted)
        self._checker = (checker, trusted is None)
        if self._check_step():
            return checker.result
        self.record_status.show_progress(len(log))
        self._check_timer.start()
        return None

    def _check_step(self) -> bool:
        """The next CHECK_STEP entries; the result shown once the check is finished."""
        if self._checker is None:
            self._check_timer.stop()
            return True
        checker, whole = self._checker
        if not checker.step(CHECK_STEP):
            return False
        self._check_timer.stop()
        self._checker = None
        check = checker.result
        assert check is not None
        self.record_status.show_check(check, whole=whole)
        self._checked = (checker.entries, check.count, check.latest_hash) if check.intact else None
        return True

    def _store_changed(self, what: Any) -> None:
        kind = getattr(what, "kind", what)
        if kind in (ContactLogEntry, SuspectedProxy, MandatedObligation):
            self.records.refresh()
        if kind is ContactLogEntry and self.records.model is not None:
            self.schedule_check()
