"""The Export button's one entry point; the PDF machinery is imported only when pressed."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from workbook.ui.store import PlanStore


def export_pdf(parent: QWidget, store: PlanStore) -> None:
    """Hand over to `workbook.ui.export_dialog.export_plan_pdf`, imported only now so that
    reportlab never loads at start-up."""
    from workbook.ui.export_dialog import export_plan_pdf

    export_plan_pdf(parent, store)
