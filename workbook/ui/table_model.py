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


class RecordTableModel(QAbstractTableModel):
    def __init__(self, spec: KindSpec, plan: Plan, parent: Any = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.plan = plan
        self._columns = spec.columns

    @property
    def records(self) -> list[Record]:
        return self.plan.records_of(self.spec.kind)

    def set_plan(self, plan: Plan) -> None:
        self.beginResetModel()
        self.plan = plan
        self.endResetModel()

    def refresh(self) -> None:
        """The list changed (added, removed, moved or a reference detached): show it again."""
        self.beginResetModel()
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
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        records = self.records
        row = index.row()
        if not 0 <= row < len(records):
            return None
        return self._columns[index.column()].value(records[row], self.plan)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header
        return str(section + 1)
