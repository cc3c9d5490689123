"""Export from the window: who it is for, what that version leaves out, a preview, where to
save, progress and cancel.

"Who is this for?" offers each reader of PRODUCT.md §4 (domain/readers.py gives the words
that say what each version leaves out; the field registry decides what it shows): my whole
plan, my lawyer, a court filing, a card for one check-in partner, or my calendar (.ics). The
preview renders the first pages in memory (pypdfium2), never on disk.

All file choosers and message boxes go through `workbook.ui.dialogs`. The work is done off
the UI thread through `workbook.ui.ops`; its progress dialog keeps the window responsive and
can cancel. The finished file is never opened through the operating system (that could leave
traces in "recent files" lists); the person is told where it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.fields import Reader
from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.domain.readers import calendar_text, reader_text
from workbook.ui import dialogs
from workbook.ui.common import announce, no_alt_typing, plural
from workbook.ui.ops import Op, Progress
from workbook.ui.theme import MessageLabel

if TYPE_CHECKING:
    from workbook.domain.model import Plan
    from workbook.ui.store import PlanStore

CALENDAR = "calendar"
PREVIEW_PAGES = 2
PREVIEW_WIDTH = 260  # pixels of one page image


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


@dataclass
class ExportOptions:
    page_size: str
    password: str | None
    reader: Reader | str = Reader.PLAN  # or CALENDAR
    partner_id: str | None = None
    calendar_names: bool = False
    evidence: bool = False  # lawyer / court: the evidence files as numbered exhibits too
    emergency: str | None = None
    extras: dict[str, Any] = field(default_factory=dict)


SHORT_PASSWORD = 10  # shorter ones get advice (never a refusal)


def default_file_name(today: date | None = None, suffix: str = ".pdf") -> str:
    """Only the date: a recent-files list or a glance at the folder says nothing more."""
    return f"{(today or date.today()).isoformat()}{suffix}"


class ExportOptionsDialog(QDialog):
    """Who it is for, what that version leaves out, a preview, page size and an optional
    password (typed twice)."""

    def __init__(self, parent: QWidget | None = None, plan: Plan | None = None) -> None:
        super().__init__(parent)
        from workbook.export.partner_card import partners
        from workbook.export.pdf import PAGE_SIZES, default_page_size

        self.plan = plan
        self.setObjectName("export-options")
        self.setWindowTitle(dialogs.WINDOW_TITLE)
        outer = QHBoxLayout(self)
        layout = QVBoxLayout()
        outer.addLayout(layout, 3)
        # -- who is this for? ----------------------------------------------------------
        question = QLabel(_tr("Who is this for?"))
        question.setObjectName("export-reader-question")
        layout.addWidget(question)
        self.readers = QButtonGroup(self)
        self._choices: list[Reader | str] = [*Reader, CALENDAR]
        letters = {
            Reader.PLAN: "m",
            Reader.LAWYER: "l",
            Reader.COURT: "u",
            Reader.PARTNER: "k",
            CALENDAR: "d",
        }
        for index, choice in enumerate(self._choices):
            text = (
                reader_text(choice).choice if isinstance(choice, Reader) else calendar_text().choice
            )
            letter = letters[choice]
            at = text.lower().find(letter)
            shown = f"{text[:at]}&{text[at:]}" if at >= 0 else text
            button = QRadioButton(shown)
            button.setObjectName(f"export-for-{getattr(choice, 'value', choice)}")
            button.setAccessibleName(text)
            self.readers.addButton(button, index)
            layout.addWidget(button)
        self.readers.button(0).setChecked(True)
        self.about = QLabel()
        self.about.setObjectName("export-leaves-out")
        self.about.setWordWrap(True)
        # Wrapped text asks for height at its width: give it a width to wrap at.
        self.about.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.about)
        form = QFormLayout()
        self.partner = QComboBox()
        self.partner.setObjectName("export-partner")
        for contact in partners(plan) if plan is not None else []:
            self.partner.addItem(contact.name or _tr("(a partner without a name)"), contact.id)
        self.partner_label = QLabel(_tr("Check-in pa&rtner:"))
        self.partner_label.setBuddy(self.partner)
        form.addRow(self.partner_label, self.partner)
        self.names = QCheckBox(_tr("Put &names in the event titles"))
        self.names.setObjectName("export-calendar-names")
        form.addRow(self.names)
        self.names_warning = MessageLabel(tone="warning")
        self.names_warning.setObjectName("export-calendar-warning")
        self.names_warning.setText(
            _tr(
                "Calendars copy their events to phones, online accounts and anyone the "
                "calendar is shared with. With names, anyone who sees your calendar can read "
                "who you check in with and which order a date belongs to."
            )
        )
        form.addRow(self.names_warning)
        has_files = plan is not None and bool(plan.attachments)
        self.evidence = QCheckBox(_tr("Also save the &evidence files, numbered, in a folder"))
        self.evidence.setObjectName("export-evidence")
        self.evidence.setChecked(has_files)
        self.evidence.setEnabled(has_files)
        form.addRow(self.evidence)
        self.page_size = QComboBox()
        self.page_size.setObjectName("export-page-size")
        self.page_size.addItems(list(PAGE_SIZES))
        self.page_size.setCurrentText(default_page_size(system_locale=QLocale.system().name()))
        self.page_size_label = QLabel(_tr("Paper si&ze:"))  # P is the password's
        self.page_size_label.setBuddy(self.page_size)
        form.addRow(self.page_size_label, self.page_size)
        self.protect = QCheckBox(_tr("Protect the PDF with a &password"))
        self.protect.setObjectName("export-protect")
        form.addRow(self.protect)
        self.password = QLineEdit()
        self.password.setObjectName("export-password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("export-password-again")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label = QLabel(_tr("Pass&word:"))
        self.password_label.setBuddy(self.password)
        self.again_label = QLabel(_tr("Password &again:"))
        self.again_label.setBuddy(self.again)
        form.addRow(self.password_label, self.password)
        form.addRow(self.again_label, self.again)
        for edit in (self.password, self.again):
            no_alt_typing(edit)  # Alt+C while it waits for the password types no "c"
        self.message = MessageLabel()
        self.message.setObjectName("export-password-message")
        self.message.hide()
        form.addRow(self.message)
        layout.addLayout(form)
        layout.addStretch(1)  # the choices stay together at the top; the buttons at the foot
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_tr("&Choose where to save…"))
        ok.setObjectName("export-ok")
        self.preview_button = QPushButton(_tr("Pre&view the first pages"))
        self.preview_button.setObjectName("export-preview")
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.clicked.connect(self.show_preview)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # -- preview: the first pages, drawn in memory ---------------------------------------
        self.preview_area = QScrollArea()
        self.preview_area.setObjectName("export-preview-area")
        self.preview_area.setAccessibleName(_tr("Preview of the first pages"))
        self.preview_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview_area.setWidgetResizable(True)
        self.preview_pages = QWidget()
        self.preview_layout = QVBoxLayout(self.preview_pages)
        self.preview_area.setWidget(self.preview_pages)
        self.preview_area.setMinimumWidth(PREVIEW_WIDTH + 30)
        self.preview_area.hide()
        outer.addWidget(self.preview_area, 2)
        self._preview_op: Op[list[QImage]] | None = None
        for signal in (self.protect.toggled, self.password.textChanged, self.again.textChanged):
            signal.connect(self._check)
        self.readers.idToggled.connect(self._toggled)
        self.partner.currentIndexChanged.connect(self._hide_preview)
        self._reader_changed()
        self._check()

    # -- who is this for ----------------------------------------------------------------
    def _toggled(self, _id: int, on: bool) -> None:
        if on:
            self._reader_changed()

    def reader(self) -> Reader | str:
        return self._choices[max(self.readers.checkedId(), 0)]

    def _reader_changed(self) -> None:
        reader = self.reader()
        words = reader_text(reader) if isinstance(reader, Reader) else calendar_text()
        self.about.setText(f"{words.for_whom}\n{words.leaves_out}")
        pdf = reader != CALENDAR
        partner = reader is Reader.PARTNER
        self.partner_label.setVisible(partner)
        self.partner.setVisible(partner)
        self.names.setVisible(reader == CALENDAR)
        self.names_warning.setVisible(reader == CALENDAR)
        self.evidence.setVisible(reader in (Reader.LAWYER, Reader.COURT))
        for widget in (
            self.page_size_label,
            self.page_size,
            self.protect,
            self.password_label,
            self.password,
            self.again_label,
            self.again,
            self.preview_button,
        ):
            widget.setVisible(pdf)
        self._hide_preview()
        self._check()
        self.adjustSize()  # the rows shown differ from one reader to another

    def _hide_preview(self) -> None:
        self.preview_area.hide()

    # -- preview -------------------------------------------------------------------------
    def show_preview(self) -> None:
        """Draw the first pages of this version in memory, off the UI thread, and show them."""
        if self.plan is None or self.reader() == CALENDAR:
            return
        options = self.options()
        plan = self.plan

        def work(progress: Progress) -> list[QImage]:
            return preview_images(plan, options)

        def show(images: list[QImage]) -> None:
            while self.preview_layout.count():
                item = self.preview_layout.takeAt(0)
                old = item.widget() if item is not None else None
                if old is not None:
                    old.deleteLater()
            for number, image in enumerate(images, start=1):
                picture = QLabel()
                picture.setObjectName(f"export-preview-page-{number}")
                picture.setPixmap(QPixmap.fromImage(image))
                picture.setAccessibleName(_tr("Page {number} of the preview").format(number=number))
                self.preview_layout.addWidget(picture)
            self.preview_layout.addStretch(1)
            self.preview_area.show()
            self.adjustSize()
            announce(self.preview_area, _tr("The preview is shown beside the choices."))

        from workbook.export.pdf import PdfExportError

        self._preview_op = Op(
            self, work, success=show, plain=(PdfExportError,), name="workbook-preview"
        ).run_in_background()

    def _check(self) -> None:
        on = self.protect.isChecked()
        self.password.setEnabled(on)
        self.again.setEnabled(on)
        problem = ""
        if on and not self.password.text():
            problem = _tr("Please type the password you want to use.")
        elif on and self.password.text() != self.again.text():
            problem = _tr("The two passwords are not the same yet.")
        advice = ""
        if on and not problem and len(self.password.text()) < SHORT_PASSWORD:
            advice = _tr(
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
        no_partner = self.reader() is Reader.PARTNER and self.partner.count() == 0
        if no_partner:
            problem = _tr(
                "No trusted contact is the partner of a check-in agreement yet. Add one on "
                "the Check-ins page first."
            )
            self.message.setText(problem)
            self.message.set_tone("error")
            self.message.setVisible(True)
        ok.setEnabled(not problem)
        self.preview_button.setEnabled(not problem)

    def options(self) -> ExportOptions:
        reader = self.reader()
        pdf = reader != CALENDAR
        password = self.password.text() if pdf and self.protect.isChecked() else None
        return ExportOptions(
            page_size=self.page_size.currentText(),
            password=password or None,
            reader=reader,
            partner_id=self.partner.currentData() if reader is Reader.PARTNER else None,
            calendar_names=reader == CALENDAR and self.names.isChecked(),
            evidence=reader in (Reader.LAWYER, Reader.COURT) and self.evidence.isChecked(),
        )

    def clear_passwords(self) -> None:
        self.password.clear()
        self.again.clear()


def preview_images(plan: Plan, options: ExportOptions) -> list[QImage]:
    """The first pages of the version `options` describes, drawn in memory (never on disk):
    the PDF is built into bytes and rendered by pdfium. Runs on a worker thread."""
    import pypdfium2

    from workbook.export.partner_card import build_partner_card
    from workbook.export.pdf_template import build_pdf

    if options.reader is Reader.PARTNER:
        if options.partner_id is None:
            return []
        data, _ = build_partner_card(
            plan, options.partner_id, emergency=options.emergency, page_size=options.page_size
        )
    else:
        from datetime import datetime

        data = build_pdf(
            plan,
            page_size=options.page_size,
            made_at=datetime.now().replace(microsecond=0),
            reader=Reader(options.reader),
        ).data
    document = pypdfium2.PdfDocument(data)
    images: list[QImage] = []
    try:
        for index in range(min(PREVIEW_PAGES, len(document))):
            page = document[index]
            scale = PREVIEW_WIDTH / page.get_width()
            bitmap = page.render(scale=scale)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_BGR888,
            ).copy()  # own the pixels before pdfium frees its buffer
            images.append(image)
            bitmap.close()
            page.close()
    finally:
        document.close()
    return images


def ask_options(parent: QWidget | None, plan: Plan | None = None) -> ExportOptions | None:
    dialog = ExportOptionsDialog(parent, plan)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.options()
    finally:
        dialog.clear_passwords()
        dialog.deleteLater()


@dataclass
class ExportResult:
    path: Path
    report: Any  # PdfReport or CalendarReport
    evidence: Path | None = None
    exhibits: int = 0


def start_export(
    parent: QWidget | None,
    plan: Plan,
    out: Path,
    options: ExportOptions,
    success: Callable[[ExportResult], None] | None = None,
    *,
    secrets: dict[str, tuple[str, bytes]] | None = None,
    data_folder: Path | None = None,
) -> Op[ExportResult]:
    """Make the chosen version off the UI thread behind a progress dialog with Cancel
    (ui/ops.py). A failure is told plainly; a cancelled export leaves no file and no
    message. `secrets` (attachment id -> blob, key), read on the UI thread, let the worker
    write the evidence files without touching the database."""
    from workbook.export.calendar import CalendarExportError
    from workbook.export.pdf import PdfExportError, export_pdf
    from workbook.storage.blobs import EvidenceError

    password, options.password = options.password, None

    def work(progress: Progress) -> ExportResult:
        if options.reader == CALENDAR:
            from workbook.export.calendar import export_calendar

            return ExportResult(out, export_calendar(plan, out, details=options.calendar_names))
        report = export_pdf(
            plan,
            out,
            page_size=options.page_size,
            password=password,
            progress=progress.update,
            cancelled=lambda: progress.cancelled,
            reader=Reader(options.reader),
            partner_id=options.partner_id,
            emergency=options.emergency,
        )
        result = ExportResult(out, report)
        if options.evidence and secrets and data_folder is not None:
            from workbook.export.evidence import export_evidence

            folder = out.with_name(f"{out.stem} evidence")
            written = export_evidence(
                plan, data_folder, folder, lambda attachment: secrets[attachment.id]
            )
            result.evidence, result.exhibits = folder, len(written.exhibits)
        return result

    label = _tr("Making the calendar…") if options.reader == CALENDAR else _tr("Making the PDF…")
    return (
        Op(
            parent,
            work,
            success=success,
            plain=(PdfExportError, CalendarExportError, EvidenceError),
            name="workbook-export",
        )
        .with_progress(label, object_name="export-progress")
        .run_in_background()
    )


def export_plan_pdf(parent: QWidget, store: PlanStore) -> Op[ExportResult] | None:
    """The Export button: who it is for, a place to save, then the file with progress."""
    from workbook.ui.help_now import chosen_country

    plan = store.snapshot()
    options = ask_options(parent, plan)
    if options is None:
        return None
    calendar = options.reader == CALENDAR
    suffix = ".ics" if calendar else ".pdf"
    kind = _tr("Calendar files (*.ics)") if calendar else _tr("PDF documents (*.pdf)")
    path = dialogs.save_file_path(parent, default_file_name(suffix=suffix), kind)
    if path is None:
        return None
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    if options.reader is Reader.PARTNER:
        from workbook.domain import helplines

        country = helplines.country_help(chosen_country(store))
        options.emergency = country.emergency[0] if country and country.emergency else None
    secrets: dict[str, tuple[str, bytes]] = {}
    if options.evidence:
        secrets = {a.id: store.attachment_secret(a.id) for a in plan.attachments}
    return start_export(
        parent,
        plan,
        path,
        options,
        lambda result: _saved(parent, result),
        secrets=secrets,
        data_folder=store.folder if options.evidence else None,
    )


def _saved(parent: QWidget, result: ExportResult) -> None:
    path, report = result.path, result.report
    if not hasattr(report, "pages"):  # the calendar
        detail = plural(
            "Export",
            QT_TRANSLATE_NOOP("Export", "%n events, each with a reminder.", "", 0),
            report.events,
            "1 event, with a reminder.",
        )
        if report.notes:
            detail += "\n\n" + "\n".join(report.notes)
        dialogs.inform(
            parent,
            _tr("The calendar is saved as {name} in {folder}.").format(
                name=path.name, folder=path.parent
            ),
            detail,
        )
        return
    detail = plural(
        "Export",
        QT_TRANSLATE_NOOP("Export", "It has %n pages.", "", 0),
        report.pages,
        "It has 1 page.",
    )
    if report.encrypted:
        detail += " " + _tr("It opens only with the password you chose.")
    else:
        detail += " " + _tr(
            "It is not protected by a password: keep it somewhere only you can reach."
        )
    for char, where, page in report.undrawable_places:
        detail += " " + _tr(
            "A character in “{field}” on page {page} (U+{code}) could not be drawn and shows "
            "as a marked box."
        ).format(field=where or _tr("a text"), page=page, code=f"{ord(char):04X}")
    if result.evidence is not None:
        detail += " " + plural(
            "Export",
            QT_TRANSLATE_NOOP(
                "Export",
                "%n evidence files are in the folder “{folder}” beside it, numbered as in "
                "the PDF, with SHA256SUMS and MANIFEST.csv to check them.",
                "",
                0,
            ),
            result.exhibits,
            "1 evidence file is in the folder “{folder}” beside it, numbered as in the PDF, "
            "with SHA256SUMS and MANIFEST.csv to check it.",
        ).format(folder=result.evidence.name)
    dialogs.inform(
        parent,
        _tr("The PDF is saved as {name} in {folder}.").format(name=path.name, folder=path.parent),
        detail,
    )
