"""The compliance view of the contact log (PRODUCT.md §5): every contact judged against the
orders in force on its day, counted per month, filtered by person, channel, dates and verdict.

The judging is domain/compliance.py's; this module only shows it:

* `ComplianceView`: a filter bar (who: him or each proxy; how; from and to; inside or
  outside), a table of counts per month (inside / not sure / outside / through someone else,
  and how the contacts outside the mandate were answered), which proxy carried how many
  contacts, and the matching entries with their judgement in plain words. Activating an
  entry (double-click, Enter) emits `entry_activated(entry_id)` for the log page.
* `compliance_brief(entry, plan)`: one entry's judgement in a few words, for a column of the
  log's own table.

The log is judged once (`ComplianceIndex`) when the view is first shown and again after a
change; each filter step then costs a few milliseconds on 50,000 entries
(bench/bench_compliance.py), because only the rows on screen are ever turned into text.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbook.domain import dates
from workbook.domain.compliance import (
    HIM,
    ComplianceIndex,
    Filter,
    MonthCounts,
    Verdict,
    count_cells,
    count_headers,
    judge,
    month_label,
)
from workbook.domain.i18n import QT_TRANSLATE_NOOP, plural, tr
from workbook.domain.labels import label
from workbook.domain.model import (
    ContactChannel,
    ContactLogEntry,
    MandatedObligation,
    Plan,
    SuspectedProxy,
)
from workbook.domain.other_person import THEM, THEM_DIRECTLY
from workbook.ui.common import FlowLayout, WrapLabel
from workbook.ui.date_input import DateInput
from workbook.ui.store import OTHER_PERSON, PlanStore, format_datetime
from workbook.ui.table_model import LineDelegate, LineTable

_CONTEXT = "ComplianceView"
_SHOWING_ALL = QT_TRANSLATE_NOOP(_CONTEXT, "Showing all %Ln contacts.", "", 0)
_SHOWING = QT_TRANSLATE_NOOP(_CONTEXT, "Showing {shown} of %Ln contacts.", "", 0)
_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_ANY = "*"  # a combo's data for "no restriction"

# From this many entries the log is judged on a worker thread (about 0.3 s for 50,000).
BACKGROUND_FROM = 5_000


def compliance_brief(entry: ContactLogEntry, plan: Plan) -> str:
    """One entry's judgement in a few words (a table cell)."""
    return judge(entry, plan.obligations).brief


def _names(widget: QWidget, name: str, description: str = "") -> None:
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description or name)


class _CountsModel(QAbstractTableModel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.counts: list[MonthCounts] = []
        # Two lines where a header has two parts, so the table fits a narrow window.
        self.headers = [
            header.replace(": ", ":\n").replace(" someone ", "\nsomeone ")
            for header in count_headers()
        ]
        self._cells: dict[int, list[str]] = {}

    def set_counts(self, counts: list[MonthCounts]) -> None:
        self.beginResetModel()
        self.counts = counts
        self._cells = {}
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.counts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and int(role) in (_DISPLAY, _TOOLTIP):
            return self.headers[section]
        return None

    def cell(self, row: int, column: int) -> str:
        cells = self._cells.get(row)
        if cells is None:
            cells = self._cells[row] = count_cells(self.counts[row])
        return cells[column]

    # What the table's LineDelegate paints (ui/table_model.py).
    def cell_text(self, row: int, column: int) -> str:
        return self.cell(row, column) if 0 <= row < len(self.counts) else ""

    def row_texts(self, row: int) -> Sequence[str]:
        cells = self._cells.get(row)
        if cells is None:
            cells = self._cells[row] = count_cells(self.counts[row])
        return cells

    def row_fonts(self, row: int) -> Sequence[QFont | None] | None:
        return None

    def cell_font(self, row: int, column: int) -> QFont | None:
        return None

    def right_aligned(self, column: int) -> bool:
        return column > 0  # the counts

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        role = int(role)
        if not index.isValid() or not 0 <= index.row() < len(self.counts):
            return None
        if role in (_DISPLAY, _TOOLTIP):
            return self.cell(index.row(), index.column())
        if role == _ALIGN and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class _EntriesModel(QAbstractTableModel):
    HEADERS = (  # English source texts, translated when shown
        QT_TRANSLATE_NOOP(_CONTEXT, "When"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Who"),
        QT_TRANSLATE_NOOP(_CONTEXT, "How"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Inside the order?"),
        QT_TRANSLATE_NOOP(_CONTEXT, "How I answered"),
    )

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.judged: ComplianceIndex | None = None
        # The positions shown, in the judged log: a Selection, read only where rows are shown.
        self.rows: Sequence[int] = []
        self.proxy_names: dict[str, str] = {}
        # The texts of an entry's row, by its place in the judged log: made once, kept from
        # one filter to the next (a filter step shows many of the same entries again).
        self._texts: dict[int, tuple[str, ...]] = {}
        self._shown: dict[int, tuple[str, ...]] = {}  # the same texts by row, this filter's

    def set_rows(self, index: ComplianceIndex | None, rows: Sequence[int]) -> None:
        self.beginResetModel()
        if index is not self.judged:
            self._texts = {}
        self.judged = index
        self.rows = rows
        self._shown = {}
        self.endResetModel()

    def forget_texts(self) -> None:
        """The names of the proxies (or the language) changed: make the texts again."""
        self._texts = {}
        self._shown = {}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and int(role) in (_DISPLAY, _TOOLTIP):
            return tr(_CONTEXT, self.HEADERS[section])
        return None

    def entry_id(self, row: int) -> str | None:
        if self.judged is None or not 0 <= row < len(self.rows):
            return None
        return self.judged.entries[self.rows[row]].id

    def cell(self, row: int, column: int) -> str:
        assert self.judged is not None
        shown = self._shown.get(row)
        if shown is not None:
            return shown[column]
        position = self.rows[row]
        texts = self._texts.get(position)
        if texts is None:
            entry = self.judged.entries[position]
            if entry.proxy_id is None:
                who = THEM.text()
            else:
                who = self.proxy_names.get(entry.proxy_id, tr(_CONTEXT, "Someone else"))
            texts = self._texts[position] = (
                format_datetime(entry.occurred_at),
                who,
                label(entry.channel),
                self.judged.judgements[position].brief,
                label(entry.response),
            )
        self._shown[row] = texts
        return texts[column]

    # What the table's LineDelegate paints (ui/table_model.py).
    def cell_text(self, row: int, column: int) -> str:
        if self.judged is None or not 0 <= row < len(self.rows):
            return ""
        return self.cell(row, column)

    def row_texts(self, row: int) -> Sequence[str]:
        shown = self._shown.get(row)
        if shown is None:
            self.cell(row, 0)
            shown = self._shown[row]
        return shown

    def cell_font(self, row: int, column: int) -> QFont | None:
        return None

    def row_fonts(self, row: int) -> Sequence[QFont | None] | None:
        return None

    def right_aligned(self, column: int) -> bool:
        return False

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        role = int(role)
        if role not in (_DISPLAY, _TOOLTIP) or not index.isValid():
            return None
        if self.judged is None or not 0 <= index.row() < len(self.rows):
            return None
        if role == _TOOLTIP and index.column() == 3:
            position = self.rows[index.row()]
            response = self.judged.entries[position].response
            return self.judged.judgements[position].text(response)
        return self.cell(index.row(), index.column())


class _EnterOpens(QObject):
    """Enter in the entries table opens the entry there, and goes no further (a wizard
    would otherwise take it as its default button)."""

    def __init__(self, view: ComplianceView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.view._activated(self.view.entries.currentIndex())
            return True
        return False


class ComplianceView(QWidget):
    """The contact log judged against the orders: filters, counts per month, entries."""

    entry_activated = Signal(str)

    def __init__(self, store: PlanStore | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compliance-view")
        self.store = store
        self.index: ComplianceIndex | None = None
        self.proxy_names: dict[str, str] = {}
        self._stale = True
        self._generation = 0  # which judging of the log is the latest asked for

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)

        bar_host = QWidget(self)
        bar_host.setObjectName("compliance-filters")
        bar = FlowLayout(bar_host)
        self.who = self._combo(bar_host, bar, "who", tr(_CONTEXT, "Who"))
        self.channel = self._combo(bar_host, bar, "channel", tr(_CONTEXT, "How"))
        self.first_day = self._date(bar_host, bar, "from", tr(_CONTEXT, "From"))
        self.last_day = self._date(bar_host, bar, "to", tr(_CONTEXT, "To"))
        self.verdict = self._combo(bar_host, bar, "verdict", tr(_CONTEXT, "Inside or outside"))
        self.clear_button = QPushButton(tr(_CONTEXT, "Show all"), bar_host)
        self.clear_button.setObjectName("compliance-clear")
        self.clear_button.setAutoDefault(False)
        _names(self.clear_button, tr(_CONTEXT, "Show all"), tr(_CONTEXT, "Clear every filter."))
        self.clear_button.clicked.connect(self.clear_filters)
        bar.addWidget(self.clear_button)
        layout.addWidget(bar_host)

        self.status = WrapLabel("", self)
        self.status.setObjectName("compliance-status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)

        self.counts_model = _CountsModel(self)
        self.counts = self._table("compliance-counts", tr(_CONTEXT, "Counts per month"))
        self.counts.setModel(self.counts_model)
        # One line per cell, painted without the style's text engine (ui/table_model.py).
        self.counts.setItemDelegate(LineDelegate(self.counts))
        # Widths from the headers and a sample count, once: sizing to the contents would
        # measure every month again at each filter step.
        self.counts.horizontalHeader().setStretchLastSection(False)
        head = self.counts.horizontalHeader().fontMetrics()
        cell = self.counts.fontMetrics()
        months = [month_label(date(2026, month, 1)) for month in range(1, 13)]
        for column, header in enumerate(self.counts_model.headers):
            widest = max(head.horizontalAdvance(line) for line in header.split("\n"))
            sample = max(
                cell.horizontalAdvance(text) for text in (months if column == 0 else ["99,999"])
            )
            self.counts.setColumnWidth(column, max(widest, sample) + 16)
        self.proxies = WrapLabel("", self)
        self.proxies.setObjectName("compliance-proxies")
        self.proxies.setTextFormat(Qt.TextFormat.PlainText)
        self.entries_model = _EntriesModel(self)
        self.entries = self._table("compliance-entries", tr(_CONTEXT, "Contacts, judged"))
        self.entries.setModel(self.entries_model)
        self.entries.setItemDelegate(LineDelegate(self.entries))
        # Widths from sample texts (never from the rows: there may be 50,000 of them).
        metrics = self.entries.fontMetrics()
        samples = (
            dates.localise_sample("2026-12-31 23:59"),
            "M" * 14,  # a name: room for about 18 ordinary letters
            tr("ContactChannel", "Through someone else"),
            tr("compliance", "Outside: through someone else"),
        )
        for column, text in enumerate(samples):
            self.entries.setColumnWidth(column, metrics.horizontalAdvance(text) + 24)
        self.entries.doubleClicked.connect(self._activated)
        self.entries.installEventFilter(_EnterOpens(self))

        counts_host = QWidget(self)
        counts_layout = QVBoxLayout(counts_host)
        counts_layout.setContentsMargins(0, 0, 0, 0)
        counts_layout.addWidget(self.counts, 1)
        counts_layout.addWidget(self.proxies)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("compliance-splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(counts_host)
        splitter.addWidget(self.entries)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)

        self._fill_choices()
        for combo in (self.who, self.channel, self.verdict):
            combo.currentIndexChanged.connect(self._filters_changed)
        for edit in (self.first_day, self.last_day):
            edit.textChanged.connect(self._filters_changed)
        if store is not None:
            store.changed.connect(self._store_changed)

    # -- building ------------------------------------------------------------------------
    def _combo(self, host: QWidget, bar: FlowLayout, key: str, caption: str) -> QComboBox:
        pair = QWidget(host)
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        text = QLabel(caption, pair)
        combo = QComboBox(pair)
        combo.setObjectName(f"compliance-{key}")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        _names(combo, caption)
        text.setBuddy(combo)
        row.addWidget(text)
        row.addWidget(combo)
        bar.addWidget(pair)
        return combo

    def _date(self, host: QWidget, bar: FlowLayout, key: str, caption: str) -> QLineEdit:
        pair = QWidget(host)
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        text = QLabel(caption, pair)
        picker = DateInput(caption, f"compliance-{key}", parent=pair)
        edit = picker.edit
        edit.setObjectName(f"compliance-{key}")
        edit.setFixedWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24)
        _names(edit, caption, tr(_CONTEXT, "A date; may be empty."))
        text.setBuddy(edit)
        row.addWidget(text)
        row.addWidget(picker)
        bar.addWidget(pair)
        return edit

    def _table(self, name: str, caption: str) -> QTableView:
        table = LineTable(self)  # one-line cells, painted in one pass (table_model.py)
        table.setObjectName(name)
        _names(table, caption)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        # Fixed row heights: the view never measures rows it does not show.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.horizontalHeader().setStretchLastSection(True)
        table.setTabKeyNavigation(False)
        return table

    def _fill_choices(self) -> None:
        """The choices of the filter bar; kept when the lists are filled again."""
        for combo in (self.who, self.channel, self.verdict):
            combo.blockSignals(True)
        kept = (self.who.currentData(), self.channel.currentData(), self.verdict.currentData())
        self.who.clear()
        self.who.addItem(tr(_CONTEXT, "Everyone"), _ANY)
        self.who.addItem(THEM_DIRECTLY.text(), HIM)
        for proxy_id, name in self.proxy_names.items():
            self.who.addItem(name, proxy_id)
        self.channel.clear()
        self.channel.addItem(tr(_CONTEXT, "Any way"), _ANY)
        for channel in ContactChannel:
            self.channel.addItem(label(channel), channel.value)
        self.verdict.clear()
        self.verdict.addItem(tr(_CONTEXT, "Inside and outside"), _ANY)
        self.verdict.addItem(tr(_CONTEXT, "Inside the order"), Verdict.INSIDE.value)
        self.verdict.addItem(tr(_CONTEXT, "Outside any order"), Verdict.OUTSIDE.value)
        self.verdict.addItem(tr(_CONTEXT, "Not sure: topic not marked"), Verdict.UNSURE.value)
        for combo, data in zip((self.who, self.channel, self.verdict), kept, strict=True):
            combo.setCurrentIndex(max(0, combo.findData(data)) if data is not None else 0)
            combo.blockSignals(False)

    # -- data ----------------------------------------------------------------------------
    def _store_changed(self, change: object) -> None:
        # A change notice names the kind of record that changed (or is that kind).
        kind = getattr(change, "kind", change)
        # OTHER_PERSON: "Him, directly" in the filter and the table follows the choice.
        if kind in (ContactLogEntry, MandatedObligation, SuspectedProxy, OTHER_PERSON):
            self._stale = True
            if self.isVisible():
                QTimer.singleShot(0, self.refresh)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.store is not None:
            self.refresh()

    def refresh(self) -> None:
        """Judge the log again from the plan (after a change, or when first shown). A long
        log is judged on a worker thread (ui/ops.py), so the window keeps answering."""
        store = self.store
        if store is None or store.closed:
            return
        plan = store.snapshot()
        names = {
            proxy.id: proxy.name.strip() or tr(_CONTEXT, "(no name yet)") for proxy in plan.proxies
        }
        if len(plan.contact_log) < BACKGROUND_FROM:
            self.show_index(ComplianceIndex.of_plan(plan), names)
            return
        self._generation += 1
        generation = self._generation
        self.status.setText(tr(_CONTEXT, "Comparing each contact with the orders…"))

        def judged(index: ComplianceIndex) -> None:
            if generation == self._generation:  # nothing changed again meanwhile
                self.show_index(index, names)

        from workbook.ui.ops import Op

        Op(
            self, lambda _progress: ComplianceIndex.of_plan(plan), success=judged
        ).run_in_background()

    def show_index(self, index: ComplianceIndex, proxy_names: dict[str, str]) -> None:
        self.index = index
        self.proxy_names = dict(proxy_names)
        self.entries_model.proxy_names = self.proxy_names
        self.entries_model.forget_texts()
        self._stale = False
        self._fill_choices()
        self._filters_changed()

    def _read_filter(self) -> tuple[Filter, str]:
        problems = []
        days: list[date | None] = []
        for edit in (self.first_day, self.last_day):
            text = edit.text().strip()
            day = None
            if text:
                try:
                    day = dates.parse_date(text)
                except dates.DateInputError as error:
                    problems.append(error.message)
            days.append(day)
        who = self.who.currentData()
        channel = self.channel.currentData()
        verdict = self.verdict.currentData()
        wanted = Filter(
            person=None if who in (None, _ANY) else str(who),
            channel=None if channel in (None, _ANY) else ContactChannel(channel),
            first_day=days[0],
            last_day=days[1],
            verdict=None if verdict in (None, _ANY) else Verdict(verdict),
        )
        return wanted, (problems[0] if problems else "")

    def _filters_changed(self) -> None:
        wanted, problem = self._read_filter()
        self.apply(wanted, problem)

    def clear_filters(self) -> None:
        for combo in (self.who, self.channel, self.verdict):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for edit in (self.first_day, self.last_day):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        self._filters_changed()

    def apply(self, wanted: Filter, problem: str = "") -> None:
        """Show what `wanted` lets through: the entries, the counts per month, the proxies."""
        index = self.index
        if index is None:
            self.entries_model.set_rows(None, [])
            self.counts_model.set_counts([])
            self.status.setText("")
            return
        rows = index.selection(wanted)
        self.entries_model.set_rows(index, rows)
        self.counts_model.set_counts(index.monthly_counts(wanted))
        total = len(index)
        if not total:
            text = tr(_CONTEXT, "No contacts in the log yet.")
        elif len(rows) == total:
            text = plural(_CONTEXT, _SHOWING_ALL, total, "Showing the 1 contact.")
        else:
            text = plural(_CONTEXT, _SHOWING, total, "Showing {shown} of 1 contact.")
            text = text.format(shown=QLocale().toString(len(rows)))
        if problem:
            text = f"{text} {problem}"
        self.status.setText(text)
        self.status.setAccessibleName(text)
        carried = [
            tr(_CONTEXT, "{name}: {count:,}").format(
                name=self.proxy_names.get(proxy_id, tr(_CONTEXT, "Someone else")), count=count
            )
            for proxy_id, count in index.proxy_counts(wanted).items()
            if count
        ]
        self.proxies.setText(
            tr(_CONTEXT, "Through someone else: {people}.").format(people=", ".join(carried))
            if carried
            else ""
        )
        self.proxies.setVisible(bool(carried))

    def _activated(self, model_index: QModelIndex | QPersistentModelIndex) -> None:
        entry_id = self.entries_model.entry_id(model_index.row())
        if entry_id is not None:
            self.entry_activated.emit(entry_id)


def install_on(page: Any) -> ComplianceView:
    """Put the compliance view beside a contact-log page's list of entries, as a second tab.

    `page` is the log page: a WizardPageBase with `store`, `body` (its layout) and `records`
    (the RecordListWidget of the entries). Activating an entry in the compliance view shows
    it selected in the list."""
    records: QWidget = page.records
    body = page.body
    position = body.indexOf(records)
    tabs = QTabWidget(page)
    tabs.setDocumentMode(True)  # the tables have frames of their own
    tabs.setObjectName("tabs-contact-log")
    _names(tabs, tr(_CONTEXT, "Contact log"), tr(_CONTEXT, "The entries, and how they stand."))
    entries_tab = QWidget(tabs)
    entries_tab.setObjectName("tab-contact-log-entries")
    entries_layout = QVBoxLayout(entries_tab)
    entries_layout.setContentsMargins(0, 6, 0, 0)
    body.removeWidget(records)
    records.setParent(entries_tab)
    entries_layout.addWidget(records)
    compliance_tab = QWidget(tabs)
    compliance_tab.setObjectName("tab-contact-log-compliance")
    compliance_layout = QVBoxLayout(compliance_tab)
    compliance_layout.setContentsMargins(0, 6, 0, 0)
    view = ComplianceView(page.store, compliance_tab)
    compliance_layout.addWidget(view)
    tabs.addTab(entries_tab, tr(_CONTEXT, "Entries"))
    tabs.addTab(compliance_tab, tr(_CONTEXT, "Inside or outside the orders"))
    body.insertWidget(max(position, 0), tabs, 1)

    def show_entry(entry_id: str) -> None:
        tabs.setCurrentIndex(0)
        page.records.select_id(entry_id)
        page.records.table.setFocus()

    view.entry_activated.connect(show_entry)
    page.tabs = tabs  # as other pages with tabs name theirs
    return view
