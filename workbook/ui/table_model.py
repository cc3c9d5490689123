"""One Qt table model for every kind of record, driven by the columns of its KindSpec.

The model holds the plan's own list (no copy) and computes cell text only when the view
asks for a visible cell, so a page with thousands of records opens as fast as an empty one.

Rows keep one line each (uniform heights: a log of 50,000 entries is never measured row by
row); what a cell cuts short is whole in its tooltip (wrapped) and in the detail pane beside
the table (`record_details`). A screen reader hears each cell as a sentence about its whole
row ("My decision: Adopted; Commitment: …"), not only the cell under the cursor.
"""

from __future__ import annotations

import html
import typing
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from workbook.domain.i18n import tr
from workbook.domain.labels import label
from workbook.domain.model import Plan, Record
from workbook.ui.common import plain
from workbook.ui.specs import BOOL, REF, REFS, FieldSpec, KindSpec, spec_for
from workbook.ui.store import format_date, format_datetime

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_SPOKEN = Qt.ItemDataRole.AccessibleTextRole.value
_CONTEXT = "Lists"
_WRAP_TIP = 60  # longer tooltips are rich text, which Qt wraps


def field_text(spec: FieldSpec, record: Record, plan: Plan) -> str:
    """A field's whole value in words (empty when there is nothing)."""
    value = getattr(record, spec.name, None)
    if spec.kind == REF:
        found = plan.find(spec.target, value) if value and spec.target else None
        return spec_for(spec.target).title(found, plan) if found and spec.target else ""
    if spec.kind == REFS:
        titles = []
        for record_id in value or []:
            found = plan.find(spec.target, record_id) if spec.target else None
            if found is not None and spec.target is not None:
                titles.append(spec_for(spec.target).title(found, plan))
        return "; ".join(titles)
    if spec.kind == BOOL:
        return tr(_CONTEXT, "Yes") if value else tr(_CONTEXT, "No")
    if isinstance(value, StrEnum):
        return label(value)
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, list):
        items = [label(v) if isinstance(v, StrEnum) else str(v) for v in value]
        if len(items) > 1 and not isinstance(value[0], StrEnum):
            return "\n".join(f"{n}. {item}" for n, item in enumerate(items, 1))
        return ", ".join(items)
    return "" if value is None else str(value).strip()


def wrapped_tooltip(text: str) -> str | None:
    """A tooltip that shows `text` whole: a long one as rich text, which Qt wraps (the
    person's words escaped, never read as markup)."""
    if not text:
        return None
    if len(text) <= _WRAP_TIP and "\n" not in text:
        return text
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def row_sentence(pairs: list[tuple[str, str]]) -> str:
    """A table row as one sentence for a screen reader: "Header: text; Header: text"."""
    cell = tr(_CONTEXT, "{header}: {text}")
    empty = tr(_CONTEXT, "empty")
    return tr(_CONTEXT, "; ").join(
        cell.format(header=header, text=text or empty) for header, text in pairs
    )


def record_details(spec: KindSpec, record: Record, plan: Plan) -> list[tuple[str, str]]:
    """(label, whole text) for every field of the record that holds something."""
    details = []
    for field_spec in spec.fields:
        text = field_text(field_spec, record, plan)
        if text:
            details.append((plain(field_spec.label), text))
    return details


class RecordTableModel(QAbstractTableModel):
    def __init__(self, spec: KindSpec, plan: Plan, parent: Any = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.plan = plan
        self._columns = spec.columns
        self._records = plan.records_of(spec.kind)
        # Cell texts already computed; cleared whenever anything in the plan changes.
        self._texts: dict[tuple[int, int], str] = {}

    @property
    def records(self) -> list[Record]:
        return self._records

    def refresh(self) -> None:
        """The plan changed (added, removed, moved, renamed, a reference detached): show it
        again."""
        self.beginResetModel()
        self._records = self.plan.records_of(self.spec.kind)
        self._texts.clear()
        self.endResetModel()

    def record_at(self, row: int) -> Record | None:
        records = self.records
        return records[row] if 0 <= row < len(records) else None

    def row_of(self, record_id: str) -> int:
        for row, record in enumerate(self.records):
            if record.id == record_id:
                return row
        return -1

    # -- Qt model API -----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = int(role)
        if role == _DISPLAY:
            return self._cell(index.row(), index.column())
        if role == _TOOLTIP:
            return self._tooltip(index.row(), index.column())
        if role == _SPOKEN:
            return self.sentence(index.row())
        return None

    def _cell(self, row: int, column: int) -> str | None:
        key = (row, column)
        text = self._texts.get(key)
        if text is None:
            row = key[0]
            if not 0 <= row < len(self._records):
                return None
            text = self._columns[key[1]].value(self._records[row], self.plan)
            self._texts[key] = text
        return text

    def whole_text(self, row: int, column: int) -> str:
        """The cell's text, or the whole field it was cut from (a long text is shown by its
        first line, ending in "…"); only worked out when asked (a tooltip)."""
        text = self._cell(row, column) or ""
        record = self.record_at(row)
        if record is None or not text:
            return text
        prefix = text.removesuffix("…")
        for field_spec in self.spec.fields:
            value = getattr(record, field_spec.name, None)
            if not isinstance(value, str):
                continue
            value = value.strip()
            cut = text.endswith("…") or "\n" in value
            if cut and len(value) > len(prefix) and value.startswith(prefix):
                return value
        return text

    def _tooltip(self, row: int, column: int) -> str | None:
        return wrapped_tooltip(self.whole_text(row, column))

    def sentence(self, row: int) -> str | None:
        """The row as one sentence for a screen reader: "Header: text; Header: text"."""
        if not 0 <= row < len(self._records):
            return None
        return row_sentence(
            [(c.header, self._cell(row, n) or "") for n, c in enumerate(self._columns)]
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header
        return str(section + 1)


class LineCells(Protocol):
    """What `LineDelegate` asks of its view's model: the text of a cell, without a Qt call per
    role."""

    def cell_text(self, row: int, column: int) -> str: ...

    def cell_font(self, row: int, column: int) -> QFont | None:
        """The font of a cell when it is not the table's own (None)."""
        ...

    def right_aligned(self, column: int) -> bool: ...


# The option's state as a plain number: a Python flag operation per cell costs more than
# the cell's text.
_SELECTED = QStyle.StateFlag.State_Selected.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_FOCUSED = QStyle.StateFlag.State_HasFocus.value
_RTL = Qt.LayoutDirection.RightToLeft
_ACTIVE_GROUP = QPalette.ColorGroup.Active
_INACTIVE_GROUP = QPalette.ColorGroup.Inactive
_HIGHLIGHT = QPalette.ColorRole.Highlight
_HIGHLIGHTED_TEXT = QPalette.ColorRole.HighlightedText
_TEXT = QPalette.ColorRole.Text
_PAD = 4  # pixels between a cell's edge and its text, as Fusion leaves
_KEPT = 20_000  # cut texts remembered; more are forgotten all at once


class LineDelegate(QStyledItemDelegate):
    """Paints every cell as one line of plain text, cut with "…" where it does not fit: what
    the default delegate shows for a one-line cell without an icon, at a fraction of its
    cost. The default asks the model for eight roles per cell through Python and lays each
    text out with the style's full text engine; on a 50,000-entry log that was most of
    every scroll step (bench/bench_log.py). Selection, the focused cell and right-to-left
    layouts look as they do with the default; the alternating rows are the view's own."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        # The model is asked through each index, never kept here: a reference from the
        # delegate to a model owned by the view's parent would make a cycle that only the
        # garbage collector breaks, deleting widgets at any moment (even mid-paint).
        # (text, room, font) -> (the text as shown, its width, the font's height and ascent)
        self._fitted: dict[tuple[str, int, str], tuple[str, int, int, int]] = {}

    def forget(self) -> None:
        """Texts changed (a language, a font): measure them again."""
        self._fitted.clear()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        cells = typing.cast(LineCells, index.model())
        row, column = index.row(), index.column()
        text = cells.cell_text(row, column)
        rect = option.rect
        state = option.state.value
        palette = option.palette
        group = _ACTIVE_GROUP if state & _ACTIVE else _INACTIVE_GROUP
        if state & _SELECTED:
            # A colour, not the brush: PySide's overload check for a brush builds enum
            # types on first use (slow, and it can set the garbage collector off mid-paint).
            painter.fillRect(rect, palette.color(group, _HIGHLIGHT))
            painter.setPen(palette.color(group, _HIGHLIGHTED_TEXT))
        else:
            painter.setPen(palette.color(group, _TEXT))
        if text:
            own = cells.cell_font(row, column)
            font = own if own is not None else option.font
            painter.setFont(font)
            room = rect.width() - 2 * _PAD
            key = (text, room, "" if own is None else font.key())
            fitted = self._fitted.get(key)
            if fitted is None:
                metrics = QFontMetrics(font)
                wide = metrics.horizontalAdvance(text)
                shown = text
                if wide > room:
                    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(room, 0))
                    wide = metrics.horizontalAdvance(shown)
                if len(self._fitted) > _KEPT:
                    self._fitted.clear()
                fitted = self._fitted[key] = (shown, wide, metrics.height(), metrics.ascent())
            shown, wide, high, ascent = fitted
            direction = option.direction
            if (direction is _RTL) != cells.right_aligned(column):
                x = rect.right() - _PAD - wide + 1  # the line's end: the right edge
            else:
                x = rect.left() + _PAD
            # The painter already has the viewport's direction (QPainter.begin takes it).
            painter.drawText(x, rect.top() + (rect.height() - high) // 2 + ascent, shown)
        if state & _FOCUSED:
            view = self.parent()
            if isinstance(view, QAbstractItemView):
                view.style().drawPrimitive(
                    QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, view
                )
