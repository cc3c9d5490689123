"""The Export button's one entry point; the PDF machinery is imported only when pressed."""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtWidgets import QWidget

from workbook.ui import dialogs


def export_pdf(parent: QWidget, repo: Any) -> None:
    """Hand over to `workbook.ui.export_dialog.export_plan_pdf` (imported lazily so that
    reportlab never loads at start-up)."""
    try:
        module = importlib.import_module("workbook.ui.export_dialog")
    except ImportError:
        dialogs.inform(parent, "Exporting the plan as a PDF is not available in this version yet.")
        return
    module.export_plan_pdf(parent, repo)
