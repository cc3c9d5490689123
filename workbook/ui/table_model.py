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
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionRange,
    QLineF,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QStaticText,
    QTextOption,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

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

    def row_texts(self, row: int) -> Sequence[str]:
        """Every cell's text in a row, in one call (what a `LineTable` paints a row from)."""
        ...

    def row_fonts(self, row: int) -> Sequence[QFont | None] | None:
        """Every cell's font in a row (None for the table's own), or None when all are the
        table's own."""
        ...


# The option's state as a plain number: a Python flag operation per cell costs more than
# the cell's text.
_SELECTED = QStyle.StateFlag.State_Selected.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_FOCUSED = QStyle.StateFlag.State_HasFocus.value
_RTL = Qt.LayoutDirection.RightToLeft
_LTR = Qt.LayoutDirection.LeftToRight
_ACTIVE_GROUP = QPalette.ColorGroup.Active
_INACTIVE_GROUP = QPalette.ColorGroup.Inactive
_HIGHLIGHT = QPalette.ColorRole.Highlight
_HIGHLIGHTED_TEXT = QPalette.ColorRole.HighlightedText
_TEXT = QPalette.ColorRole.Text
_ELIDE_RIGHT = Qt.TextElideMode.ElideRight
_PLAIN = Qt.TextFormat.PlainText
_PAD = 4  # pixels between a cell's edge and its text, as Fusion leaves
_DISABLED_GROUP = QPalette.ColorGroup.Disabled
_ALTERNATE_BASE = QPalette.ColorRole.AlternateBase
_DECORATION_SELECTED = QStyle.StyleHint.SH_ItemView_ShowDecorationSelected
_GRID_COLOUR = QStyle.StyleHint.SH_Table_GridLineColor
_LEFT_TOP_GRID = QStyle.StyleHint.SH_Table_AlwaysDrawLeftTopGridLines
_FOCUS_FRAME = QStyle.PrimitiveElement.PE_FrameFocusRect
_SOLID = Qt.PenStyle.SolidLine
_KEPT = 4_000  # lines remembered (about 2 KB each); past that the oldest goes first

# A line as the delegate draws it: the laid-out text (None: drawn with drawText, for a
# struck-through or underlined font, whose lines QStaticText places a pixel apart), the
# text as shown, its width, and the font's height and ascent.
_Line = tuple[QStaticText | None, str, int, int, int]


class LineDelegate(QStyledItemDelegate):
    """Paints every cell as one line of plain text, cut with "…" where it does not fit: what
    the default delegate shows for a one-line cell without an icon, at a fraction of its
    cost. The default asks the model for eight roles per cell through Python and lays each
    text out with the style's full text engine; on a 50,000-entry log that was most of
    every scroll step (bench/bench_log.py). Here a text is measured, cut and laid out once
    (a QStaticText, drawn pixel for pixel as drawText draws it) and only drawn again after
    that, so a row scrolled back into view or a label met on every row costs a blit of its
    glyphs. Selection, the focused cell and right-to-left layouts look as they do with the
    default; the alternating rows are the view's own. In a `LineTable` the view paints its
    cells in one pass through `draw_line`, and `paint` is only what other painters call."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        # The model is asked through each index, never kept here: a reference from the
        # delegate to a model owned by the view's parent would make a cycle that only the
        # garbage collector breaks, deleting widgets at any moment (even mid-paint).
        # (text, room, font, right to left) -> the line as drawn
        self._lines: OrderedDict[tuple[str, int, str, bool], _Line] = OrderedDict()

    def forget(self) -> None:
        """Texts changed (a language, a font): measure them again."""
        self._lines.clear()

    def _line(self, text: str, room: int, font: QFont, rtl: bool) -> _Line:
        """`text` measured, cut with "…" when wider than `room`, and laid out."""
        metrics = QFontMetrics(font)
        wide = metrics.horizontalAdvance(text)
        shown = text
        if wide > room:
            shown = metrics.elidedText(text, _ELIDE_RIGHT, max(room, 0))
            wide = metrics.horizontalAdvance(shown)
        laid: QStaticText | None = None
        if not (font.strikeOut() or font.underline() or font.overline()):
            laid = QStaticText(shown)
            laid.setTextFormat(_PLAIN)
            direction = QTextOption()
            direction.setTextDirection(_RTL if rtl else _LTR)  # as the painter's
            laid.setTextOption(direction)
            laid.prepare(QTransform(), font)
        return laid, shown, wide, metrics.height(), metrics.ascent()

    def line(self, text: str, room: int, font: QFont, own_font: bool, rtl: bool) -> _Line:
        """`text` as drawn in `room` pixels, measured and laid out once."""
        key = (text, room, font.key() if own_font else "", rtl)
        lines = self._lines
        line = lines.get(key)
        if line is None:
            if len(lines) >= _KEPT:
                lines.popitem(last=False)
            line = lines[key] = self._line(text, room, font, rtl)
        return line

    def draw_line(
        self,
        painter: QPainter,
        cell: tuple[int, int, int, int],
        text: str,
        font: QFont,
        *,
        own_font: bool,
        rtl: bool,
        right_aligned: bool,
    ) -> None:
        """`text` in the cell (left, top, width, height), in the painter's pen and in `font`
        (`own_font`: not the view's, so it is told apart in the cache)."""
        left, top, width, height = cell
        laid, shown, wide, high, ascent = self.line(text, width - 2 * _PAD, font, own_font, rtl)
        # Where the line starts: its end at the right edge, or its start at the left.
        x = left + width - _PAD - wide if rtl != right_aligned else left + _PAD
        y = top + (height - high) // 2
        # The painter already has the viewport's direction (QPainter.begin takes it).
        if laid is not None:
            painter.drawStaticText(x, y, laid)
        else:
            painter.drawText(x, y + ascent, shown)

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
            self.draw_line(
                painter,
                (rect.left(), rect.top(), rect.width(), rect.height()),
                text,
                font,
                own_font=own is not None,
                rtl=option.direction is _RTL,
                right_aligned=cells.right_aligned(column),
            )
        if state & _FOCUSED:
            view = self.parent()
            if isinstance(view, QAbstractItemView):
                view.style().drawPrimitive(
                    QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, view
                )


class LineTable(QTableView):
    """A table of one-line cells (a `LineCells` model drawn by a `LineDelegate`), painted in
    one pass.

    QTableView paints cell by cell, and for each cell of a Python model it goes through
    Python several times: the model's row and column counts (to make the index), the
    delegate, and the delegate's questions back (its text, its colours, its font). On a
    50,000-entry log that was most of a scroll step (bench/bench_log.py). This view paints
    what QTableView paints, in the same order and at the same pixels, from one Python call:
    each cell's background (the alternating rows as the style's item-view row, the
    selection), its line of text (`LineDelegate.draw_line`), the focused cell's frame, the
    grid. Anything it does not expect (another delegate, hidden or moved sections) is left to
    QTableView. tests/ui/test_line_table.py compares the two, pixel for pixel."""

    def paintEvent(self, event: QPaintEvent) -> None:
        delegate = self.itemDelegate()
        model = self.model()
        rows, columns = self.verticalHeader(), self.horizontalHeader()
        if (
            not isinstance(delegate, LineDelegate)
            or not hasattr(model, "cell_text")
            or rows.sectionsHidden()
            or columns.sectionsHidden()
            or rows.sectionsMoved()
            or columns.sectionsMoved()
        ):
            super().paintEvent(event)
            return
        painter = QPainter(self.viewport())
        try:
            if rows.count() and columns.count():
                self._paint_cells(painter, event, typing.cast(LineCells, model), delegate)
        finally:
            painter.end()

    def _paint_cells(
        self, painter: QPainter, event: QPaintEvent, cells: LineCells, delegate: LineDelegate
    ) -> None:
        # As QTableView::paintEvent and QTableViewPrivate::drawCell do, for a table without
        # spans, hidden or moved sections, whose items are all enabled.
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        style = self.style()
        rows, columns = self.verticalHeader(), self.horizontalHeader()
        viewport = self.viewport()
        rtl = self.isRightToLeft()
        grid = self.showGrid()
        grid_size = 1 if grid else 0
        alternate = self.alternatingRowColors()
        state = option.state.value
        palette = option.palette
        font = option.font
        # The item-view row's colours (QCommonStyle's PE_PanelItemViewRow), then the
        # delegate's own.
        if not self.isEnabled():
            back_group = _DISABLED_GROUP
        else:
            back_group = _ACTIVE_GROUP if state & _ACTIVE else _INACTIVE_GROUP
        group = _ACTIVE_GROUP if state & _ACTIVE else _INACTIVE_GROUP
        alternate_base = palette.color(back_group, _ALTERNATE_BASE)
        row_highlight = None
        if style.styleHint(_DECORATION_SELECTED, option, self):
            row_highlight = palette.color(back_group, _HIGHLIGHT)
        highlight = palette.color(group, _HIGHLIGHT)
        text_pen = palette.color(group, _TEXT)
        selected_pen = palette.color(group, _HIGHLIGHTED_TEXT)
        ranges = [
            (part.top(), part.bottom(), part.left(), part.right())
            for part in typing.cast(
                Iterable[QItemSelectionRange], self.selectionModel().selection()
            )
        ]
        current = self.currentIndex()
        focused_cell = (-1, -1)
        if current.isValid() and (self.hasFocus() or viewport.hasFocus()):
            focused_cell = (current.row(), current.column())
        aligned = [cells.right_aligned(column) for column in range(columns.count())]

        x_end = columns.length() - columns.offset() - (0 if rtl else 1)
        y_end = rows.length() - rows.offset() - 1
        first_row = max(rows.visualIndexAt(0), 0)
        last_row = rows.visualIndexAt(rows.height())
        if last_row == -1:
            last_row = rows.count() - 1
        first_column = columns.visualIndexAt(0)
        last_column = columns.visualIndexAt(columns.width())
        if rtl:
            first_column, last_column = last_column, first_column
        if first_column == -1:
            first_column = 0
        if last_column == -1:
            last_column = columns.count() - 1
        drawn: set[tuple[int, int]] | None = None  # with more than one dirty rectangle
        region = typing.cast(Iterable[QRect], event.region())
        if event.region().rectCount() > 1:
            drawn = set()
        pen: QColor | None = None
        painted_font: QFont | None = None
        row_texts, row_fonts = cells.row_texts, cells.row_fonts
        lines, make_line = delegate._lines, delegate.line
        fill, draw_static = painter.fillRect, painter.drawStaticText
        for dirty in region:
            top_px, bottom_px = dirty.top(), min(dirty.bottom(), y_end)
            left_px, right_px = dirty.left(), dirty.right()
            if rtl:
                left_px = max(left_px, viewport.width() - x_end)
            else:
                right_px = min(right_px, x_end)
            if left_px > right_px or top_px > bottom_px:
                continue
            left = columns.visualIndexAt(left_px)
            right = columns.visualIndexAt(right_px)
            if rtl:
                left, right = right, left
            if left == -1:
                left = 0
            if right == -1:
                right = columns.count() - 1
            bottom = rows.visualIndexAt(bottom_px)
            if bottom == -1:
                bottom = rows.count() - 1
            top = rows.visualIndexAt(top_px)
            if top == -1 or top > bottom:
                continue
            # Each column: where it is, how wide, the room for its text, its alignment.
            places = []
            for column in range(max(left, first_column), min(right, last_column) + 1):
                wide = self.columnWidth(column) - grid_size
                x = self.columnViewportPosition(column) + (1 if grid and rtl else 0)
                places.append((column, x, wide, wide - 2 * _PAD, rtl != aligned[column]))
            for row in range(max(top, first_row), min(bottom, last_row) + 1):
                y = self.rowViewportPosition(row)
                high = self.rowHeight(row) - grid_size
                alternate_row = alternate and bool(row & 1)  # no hidden rows: row parity
                texts = row_texts(row)
                fonts = row_fonts(row)
                for column, x, wide, room, at_end in places:
                    if drawn is not None:
                        if (row, column) in drawn:
                            continue
                        drawn.add((row, column))
                    selected = False
                    for first, last, start, end in ranges:
                        if first <= row <= last and start <= column <= end:
                            selected = True
                            break
                    if selected:
                        if row_highlight is not None:
                            fill(x, y, wide, high, row_highlight)
                        elif alternate_row:
                            fill(x, y, wide, high, alternate_base)
                        fill(x, y, wide, high, highlight)
                        colour = selected_pen
                    else:
                        if alternate_row:
                            fill(x, y, wide, high, alternate_base)
                        colour = text_pen
                    if colour is not pen:
                        painter.setPen(colour)
                        pen = colour
                    text = texts[column]
                    if text:
                        own = fonts[column] if fonts is not None else None
                        line_font = font if own is None else own
                        if line_font is not painted_font:
                            painter.setFont(line_font)
                            painted_font = line_font
                        line = None if own is not None else lines.get((text, room, "", rtl))
                        if line is None:
                            line = make_line(text, room, line_font, own is not None, rtl)
                        laid, shown, width, height, ascent = line
                        # As LineDelegate.draw_line places it.
                        start_x = x + wide - _PAD - width if at_end else x + _PAD
                        start_y = y + (high - height) // 2
                        if laid is not None:
                            draw_static(start_x, start_y, laid)
                        else:
                            painter.drawText(start_x, start_y + ascent, shown)
                    if (row, column) == focused_cell:
                        frame = QStyleOptionViewItem(option)
                        frame.rect = QRect(x, y, wide, high)
                        value = state | _FOCUSED | (_SELECTED if selected else 0)
                        frame.state = QStyle.StateFlag(value)
                        style.drawPrimitive(_FOCUS_FRAME, frame, painter, self)
                        pen = painted_font = None  # the style may have changed them
            if grid:
                edges = (left_px, top_px, right_px, bottom_px)
                self._paint_grid(painter, option, edges, (top, bottom, left, right), rtl)
                pen = None

    def _paint_grid(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        edges: tuple[int, int, int, int],
        sections: tuple[int, int, int, int],
        rtl: bool,
    ) -> None:
        """The grid over one dirty rectangle (its edges, its rows and columns), as
        QTableView draws it."""
        left_px, top_px, right_px, bottom_px = edges
        top, bottom, left, right = sections
        style = self.style()
        colour = QColor.fromRgba(style.styleHint(_GRID_COLOUR, option, self) & 0xFFFFFFFF)
        solid = self.gridStyle() is _SOLID
        painter.setPen(QPen(colour, 1, self.gridStyle()))
        # A solid line one pixel wide along a row of pixels is that row of pixels: filled
        # as a rectangle, it costs a tenth of drawing it as a line.
        for row in range(top, bottom + 1):
            y = self.rowViewportPosition(row) + self.rowHeight(row) - 1
            if solid:
                painter.fillRect(left_px, y, right_px - left_px + 1, 1, colour)
            else:
                painter.drawLine(QLineF(left_px + 0.5, y + 0.5, right_px + 0.5, y + 0.5))
        for column in range(left, right + 1):
            x = self.columnViewportPosition(column)
            if not rtl:
                x += self.columnWidth(column) - 1
            if solid:
                painter.fillRect(x, top_px, 1, bottom_px - top_px + 1, colour)
            else:
                painter.drawLine(QLineF(x + 0.5, top_px + 0.5, x + 0.5, bottom_px + 0.5))
        if style.styleHint(_LEFT_TOP_GRID, option, self):
            if self.horizontalHeader().isHidden():
                y = self.rowViewportPosition(top)
                if y == top_px:
                    painter.drawLine(left_px, y, right_px, y)
            if self.verticalHeader().isHidden():
                x = self.columnViewportPosition(left)
                if rtl:
                    x += self.columnWidth(left) - 1
                if x == (right_px if rtl else left_px):
                    painter.drawLine(x, top_px, x, bottom_px)
