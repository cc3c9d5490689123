"""One Qt table model for every kind of record, driven by the columns of its KindSpec.

The model holds the plan's own list (no copy) and computes cell text only when the view
asks for a visible cell, so a page with thousands of records opens as fast as an empty one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from workbook.domain.model import Plan, Record
from workbook.ui.specs import KindSpec

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value


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

    def set_plan(self, plan: Plan) -> None:
        self.beginResetModel()
        self.plan = plan
        self._records = plan.records_of(self.spec.kind)
        self._texts.clear()
        self.endResetModel()

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
        if role not in (_DISPLAY, _TOOLTIP):
            return None
        key = (index.row(), index.column())
        text = self._texts.get(key)
        if text is None:
            row = key[0]
            if not 0 <= row < len(self._records):
                return None
            text = self._columns[key[1]].value(self._records[row], self.plan)
            self._texts[key] = text
        return text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header
        return str(section + 1)
