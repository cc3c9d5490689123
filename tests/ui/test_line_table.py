"""The one-pass table of one-line cells (ui/table_model.py, `LineTable`) paints exactly what
QTableView paints with the same model and the same one-line delegate: pixel for pixel, left
to right and right to left, with a selected row, the current cell focused, withdrawn rows in
their own fonts, a scrolled table, a part of it repainted, a disabled table, a dotted grid and
none."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView
from pytestqt.qtbot import QtBot

from workbook.ui.table_model import LineDelegate, LineTable

_Index = QModelIndex | QPersistentModelIndex
_KEPT: list[Any] = []  # each test's tables, until Qt has deleted them

TEXTS = (
    "2026-03-14 09:30",
    "A message that goes on much longer than its column can show, so it is cut short",
    "",
    "رسالة من الشخص الآخر",
    "Email",
    "«42» ✓ — 12,345",
)


@pytest.fixture(autouse=True)
def _tables_outlive_their_test(qapp: QApplication) -> Iterator[None]:
    yield
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    _KEPT.clear()


class _Cells(QAbstractTableModel):
    """Cells for the one-line delegate: some cut short, some empty, some right to left, a
    right-aligned column of numbers, and every seventh row in italics with its second column
    struck through (as a withdrawn log entry)."""

    def __init__(self) -> None:
        super().__init__()
        italic, struck = QFont(), QFont()
        italic.setItalic(True)
        struck.setItalic(True)
        struck.setStrikeOut(True)
        self.fonts = (italic, struck)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 400

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if int(role) == Qt.ItemDataRole.DisplayRole.value:
            return self.cell_text(index.row(), index.column())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and int(role) == 0:
            return f"Column {section}"
        return None

    def cell_text(self, row: int, column: int) -> str:
        if column == 4:
            return f"{row * 37:,}"
        return TEXTS[(row + column) % len(TEXTS)]

    def cell_font(self, row: int, column: int) -> QFont | None:
        return self.fonts[column == 1] if row % 7 == 3 else None

    def right_aligned(self, column: int) -> bool:
        return column == 4

    def row_texts(self, row: int) -> list[str]:
        return [self.cell_text(row, column) for column in range(5)]

    def row_fonts(self, row: int) -> list[QFont | None] | None:
        return [self.cell_font(row, column) for column in range(5)] if row % 7 == 3 else None


def _table(qtbot: QtBot, kind: type[QTableView], rtl: bool) -> QTableView:
    table = kind()
    qtbot.addWidget(table)
    _KEPT.append(table)
    model = _Cells()
    _KEPT.append(model)
    table.setModel(model)
    table.setItemDelegate(LineDelegate(table))
    # As the contact log and the compliance view set up their tables.
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate((130, 220, 90, 150)):
        table.setColumnWidth(column, width)
    table.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    table.resize(760, 420)
    table.show()
    qtbot.waitExposed(table)
    return table


def _pixels(table: QTableView, part: QRect | None = None) -> QImage:
    viewport = table.viewport()
    image = viewport.grab(part if part is not None else QRect(0, 0, -1, -1)).toImage()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


@pytest.mark.parametrize("rtl", [False, True], ids=["left-to-right", "right-to-left"])
@pytest.mark.parametrize(
    "case", ["plain", "selected", "scrolled", "part", "disabled", "dotted grid", "no grid"]
)
def test_the_one_pass_table_paints_what_qtableview_paints(
    qtbot: QtBot, rtl: bool, case: str
) -> None:
    ours = _table(qtbot, LineTable, rtl)
    theirs = _table(qtbot, QTableView, rtl)
    for table in (ours, theirs):
        if case == "selected":
            table.selectRow(3)  # a row in its own fonts, the current cell on it
            table.setCurrentIndex(table.model().index(3, 1))
            table.setFocus()
        elif case in ("scrolled", "part"):
            table.verticalScrollBar().setValue(137)
            table.selectRow(140)
        elif case == "disabled":
            table.selectRow(2)
            table.setEnabled(False)
        elif case == "dotted grid":
            table.setGridStyle(Qt.PenStyle.DotLine)
        elif case == "no grid":
            table.setShowGrid(False)
            table.selectRow(5)
    part = QRect(40, 30, 300, 90) if case == "part" else None
    mine, qts = _pixels(ours, part), _pixels(theirs, part)
    assert mine.size() == qts.size()
    assert not mine.isNull()
    assert mine == qts
    # It did paint rows (not an empty viewport matching an empty one).
    colours = {mine.pixel(x, y) for x in range(0, mine.width(), 7) for y in range(mine.height())}
    assert len(colours) > 4


def test_another_delegate_is_left_to_qtableview(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QStyledItemDelegate

    ours = _table(qtbot, LineTable, False)
    theirs = _table(qtbot, QTableView, False)
    for table in (ours, theirs):
        table.setItemDelegate(QStyledItemDelegate(table))
    assert _pixels(ours) == _pixels(theirs)


@pytest.mark.parametrize("rtl", [False, True], ids=["left-to-right", "right-to-left"])
@pytest.mark.parametrize("right_aligned", [False, True], ids=["start", "end"])
def test_a_line_is_drawn_as_drawtext_draws_it(
    qapp: QApplication, rtl: bool, right_aligned: bool
) -> None:
    """A line laid out once (QStaticText) lands on the very pixels drawText gives it: cut
    with "…" where it does not fit, at the cell's start or end, in the view's font, in
    italics and struck through."""
    from PySide6.QtGui import QColor, QFontMetrics, QPainter

    italic, struck = QFont(), QFont()
    italic.setItalic(True)
    struck.setItalic(True)
    struck.setStrikeOut(True)
    delegate = LineDelegate(QTableView())
    _KEPT.append(delegate)
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    for font in (qapp.font(), italic, struck):
        for text in TEXTS[:2] + TEXTS[3:]:
            images = []
            for reference in (False, True):
                image = QImage(260, 28, QImage.Format.Format_ARGB32)
                image.fill(QColor(255, 255, 255))
                painter = QPainter(image)
                painter.setLayoutDirection(direction)
                painter.setFont(font)
                painter.setPen(QColor(0, 0, 0))
                for _ in range(2):  # measured and laid out, then drawn from the cache
                    if reference:  # what the delegate drew before: drawText, every time
                        metrics = QFontMetrics(font)
                        shown, wide = text, metrics.horizontalAdvance(text)
                        if wide > 242:
                            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, 242)
                            wide = metrics.horizontalAdvance(shown)
                        x = 250 - 4 - wide if rtl != right_aligned else 4
                        y = (28 - metrics.height()) // 2 + metrics.ascent()
                        painter.drawText(x, y, shown)
                    else:
                        delegate.draw_line(
                            painter,
                            (0, 0, 250, 28),
                            text,
                            font,
                            own_font=font is not qapp.font(),
                            rtl=rtl,
                            right_aligned=right_aligned,
                        )
                painter.end()
                images.append(image)
            assert images[0] == images[1], (text, font.italic(), font.strikeOut())
