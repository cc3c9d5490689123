"""Export the plan as a PDF from the window: options, where to save, progress, cancel.

All file choosers and message boxes go through `workbook.ui.dialogs`. The PDF is made off the
UI thread through `workbook.ui.ops`; its progress dialog keeps the window responsive and can
cancel. The finished file is never opened through the operating system (that could leave
traces in "recent files" lists); the person is told where it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workbook.ui import dialogs
from workbook.ui.common import announce, no_alt_typing
from workbook.ui.ops import Op, Progress
from workbook.ui.theme import MessageLabel

if TYPE_CHECKING:
    from workbook.domain.model import Plan
    from workbook.export.pdf import PdfReport
    from workbook.ui.store import PlanStore


@dataclass
class ExportOptions:
    page_size: str
    password: str | None


SHORT_PASSWORD = 10  # shorter ones get advice (never a refusal)


def default_file_name(today: date | None = None) -> str:
    """Only the date: a recent-files list or a glance at the folder says nothing more."""
    return f"{(today or date.today()).isoformat()}.pdf"


class ExportOptionsDialog(QDialog):
    """Page size and an optional password (typed twice)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from workbook.export.pdf import PAGE_SIZES, default_page_size

        self.setObjectName("export-options")
        self.setWindowTitle(dialogs.WINDOW_TITLE)
        layout = QVBoxLayout(self)
        intro = QLabel(
            "The PDF holds your whole plan, ready to print or to hand to someone you trust. "
            "You can protect it with a password."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.page_size = QComboBox()
        self.page_size.setObjectName("export-page-size")
        self.page_size.addItems(list(PAGE_SIZES))
        self.page_size.setCurrentText(default_page_size())
        form.addRow("Paper si&ze:", self.page_size)  # P is the password's
        self.protect = QCheckBox("Protect the PDF with a &password")
        self.protect.setObjectName("export-protect")
        form.addRow(self.protect)
        self.password = QLineEdit()
        self.password.setObjectName("export-password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("export-password-again")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow("Pass&word:", self.password)
        form.addRow("Password &again:", self.again)
        for edit in (self.password, self.again):
            no_alt_typing(edit)  # Alt+C while it waits for the password types no "c"
        self.message = MessageLabel()
        self.message.setObjectName("export-password-message")
        self.message.hide()
        form.addRow(self.message)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Choose where to save…")
        ok.setObjectName("export-ok")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for signal in (self.protect.toggled, self.password.textChanged, self.again.textChanged):
            signal.connect(self._check)
        self._check()

    def _check(self) -> None:
        on = self.protect.isChecked()
        self.password.setEnabled(on)
        self.again.setEnabled(on)
        problem = ""
        if on and not self.password.text():
            problem = "Please type the password you want to use."
        elif on and self.password.text() != self.again.text():
            problem = "The two passwords are not the same yet."
        advice = ""
        if on and not problem and len(self.password.text()) < SHORT_PASSWORD:
            advice = (
                "This password is short, so it is easy to guess. A longer one, such as a few "
                "words only you would put together, protects the PDF much better. You can "
                "still use this one."
            )
        message = problem or advice
        if message != self.message.text():
            self.message.setText(message)
            self.message.setAccessibleName(message)
            announce(self.message, message)
        self.message.set_tone("error" if problem else "warning")
        self.message.setVisible(bool(message))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)

    def options(self) -> ExportOptions:
        password = self.password.text() if self.protect.isChecked() else None
        return ExportOptions(page_size=self.page_size.currentText(), password=password or None)

    def clear_passwords(self) -> None:
        self.password.clear()
        self.again.clear()


def ask_options(parent: QWidget | None) -> ExportOptions | None:
    dialog = ExportOptionsDialog(parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.options()
    finally:
        dialog.clear_passwords()
        dialog.deleteLater()


def start_export(
    parent: QWidget | None,
    plan: Plan,
    out: Path,
    options: ExportOptions,
    success: Callable[[PdfReport], None] | None = None,
) -> Op[PdfReport]:
    """Make the PDF off the UI thread behind a progress dialog with Cancel (ui/ops.py). A
    failure is told plainly; a cancelled export leaves no file and no message."""
    from workbook.export.pdf import PdfExportError, export_pdf

    password, options.password = options.password, None

    def work(progress: Progress) -> PdfReport:
        return export_pdf(
            plan,
            out,
            page_size=options.page_size,
            password=password,
            progress=progress.update,
            cancelled=lambda: progress.cancelled,
        )

    return (
        Op(parent, work, success=success, plain=(PdfExportError,), name="workbook-export")
        .with_progress("Making the PDF…", object_name="export-progress")
        .run_in_background()
    )


def export_plan_pdf(parent: QWidget, store: PlanStore) -> Op[PdfReport] | None:
    """The Export button: options, a place to save, then the PDF with progress."""
    options = ask_options(parent)
    if options is None:
        return None
    path = dialogs.save_file_path(parent, default_file_name(), "PDF documents (*.pdf)")
    if path is None:
        return None
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    return start_export(
        parent, store.snapshot(), path, options, lambda report: _saved(parent, path, report)
    )


def _saved(parent: QWidget, path: Path, report: PdfReport) -> None:
    detail = f"It has {report.pages} pages."
    if report.encrypted:
        detail += " It opens only with the password you chose."
    else:
        detail += " It is not protected by a password: keep it somewhere only you can reach."
    if report.undrawable:
        detail += (
            f" {len(report.undrawable)} kinds of characters could not be drawn with the "
            "fonts available and show as empty boxes."
        )
    dialogs.inform(parent, f"The PDF is saved as {path.name} in {path.parent}.", detail)
