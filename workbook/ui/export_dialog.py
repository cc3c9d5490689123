"""Export the plan as a PDF from the window: options, where to save, progress, cancel.

All file choosers and message boxes go through `workbook.ui.dialogs`. The PDF is made in a
worker thread; a progress dialog keeps the window responsive and can cancel. The finished
file is never opened through the operating system (that could leave traces in "recent
files" lists); the person is told where it is.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from workbook.ui import dialogs


@dataclass
class ExportOptions:
    page_size: str
    password: str | None


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
        form.addRow("&Paper size:", self.page_size)
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
        self.message = QLabel("")
        self.message.setObjectName("export-password-message")
        self.message.setWordWrap(True)
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
        self.message.setText(problem)
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


class _Worker(QObject):
    progressed = Signal(int)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, plan: Any, out: Path, options: ExportOptions) -> None:
        super().__init__()
        self.plan = plan
        self.out = out
        self.options = options
        self.cancel = threading.Event()

    def run(self) -> None:
        from workbook.export.pdf import PdfExportError, export_pdf

        try:
            report = export_pdf(
                self.plan,
                self.out,
                page_size=self.options.page_size,
                password=self.options.password,
                progress=lambda done, total: self.progressed.emit(done * 100 // total),
                cancelled=self.cancel.is_set,
            )
        except PdfExportError as error:
            self.failed.emit(str(error))
        except Exception:  # never a traceback in front of the person; no content either
            self.failed.emit(
                "Something went wrong while making the PDF, and nothing was saved. "
                "Your plan itself is safe. Please try again."
            )
        else:
            self.done.emit(report)
        finally:
            self.options.password = None


def run_export(parent: QWidget | None, plan: Any, out: Path, options: ExportOptions) -> Any:
    """Make the PDF in a worker thread behind a progress dialog; returns the PdfReport, or
    None when it failed or was cancelled (the person has been told)."""
    progress = QProgressDialog("Making the PDF…", "Cancel", 0, 100, parent)
    progress.setObjectName("export-progress")
    progress.setWindowTitle(dialogs.WINDOW_TITLE)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    worker = _Worker(plan, out, options)
    thread = QThread()
    worker.moveToThread(thread)
    result: dict[str, Any] = {}
    loop = QEventLoop()
    thread.started.connect(worker.run)
    worker.progressed.connect(progress.setValue)
    worker.done.connect(lambda report: result.update(report=report))
    worker.failed.connect(lambda message: result.update(error=message))
    worker.done.connect(thread.quit)
    worker.failed.connect(thread.quit)
    thread.finished.connect(loop.quit)
    progress.canceled.connect(worker.cancel.set)
    thread.start()
    loop.exec()
    thread.wait()
    progress.close()
    progress.deleteLater()
    if "error" in result:
        if not worker.cancel.is_set():
            dialogs.inform(parent, result["error"])
        return None
    return result.get("report")


def export_plan_pdf(parent: QWidget, repo: Any) -> None:
    """The Export button: options, a place to save, then the PDF with progress."""
    options = ask_options(parent)
    if options is None:
        return
    path = dialogs.save_file_path(parent, "safety-plan.pdf", "PDF documents (*.pdf)")
    if path is None:
        return
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    plan = repo.load_plan()
    report = run_export(parent, plan, path, options)
    if report is None:
        return
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
