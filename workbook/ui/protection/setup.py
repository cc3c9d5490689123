"""First start: what the protection can and cannot do, a passphrase, the recovery code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.storage import keys
from workbook.storage.keys import CreatedKeys, KeysError, PassphraseKdf
from workbook.ui.help_now import HelpNowBox
from workbook.ui.protection.widgets import (
    NOTE_STYLE,
    QUICK_EXIT_KEY_TEXT,
    WINDOW_TITLE,
    fit_to_screen,
    heading,
    message_label,
    paragraph,
    replace_placeholder,
)

TYPE_CHECKING = False
if TYPE_CHECKING:  # loaded when first needed, after the first page is on show
    from workbook.ui.protection.background import BackgroundTask
    from workbook.ui.protection.chooser import PassphraseChooser

_CONTEXT = "protection"

# The first-run notice, one translatable text per paragraph or point (the HTML around them
# is built in `notice_html`, at display time, in the interface's language).
_NOTICE_KEEPS = QT_TRANSLATE_NOOP(
    _CONTEXT, "Workbook keeps everything on this computer. It never uses the internet."
)
_NOTICE_PROTECTS = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "<b>What your passphrase protects.</b> Everything you write is locked with a passphrase "
    "you choose. Someone who picks up this computer, copies its files or takes out the disk "
    "cannot read your plan without it.",
)
_NOTICE_CANNOT = QT_TRANSLATE_NOOP(_CONTEXT, "<b>What it cannot protect against.</b>")
_NOTICE_SPYING = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "<b>Spying software</b> (“stalkerware”). If the other person ever had this computer in "
    "their hands, set it up for you, or knows your account password, they may have installed "
    "a program that records what you type or what is on the screen. No app can hide from "
    "that. If you are not sure, use a device they have never touched, for example a library "
    "computer or a new phone or laptop.",
)
_NOTICE_WATCHING = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "<b>Someone watching the screen</b> while the workbook is open. Press <b>{key}</b> or the "
    "<b>Quick exit</b> button to hide it at once. It also locks itself when you leave it "
    "alone for a few minutes.",
)
_NOTICE_COPIES = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "<b>Copies the computer makes by itself</b>, which Workbook cannot remove: memory written "
    "to the disk (swap, hibernation), screenshots, thumbnails and “recent files” lists for "
    "files you export or print, and backups of this computer.",
)
_NOTICE_SHARED = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "<b>On a shared computer</b> other people can see that Workbook is installed, but not "
    "what is in it. Exported files and printouts are not locked: keep them where only you "
    "can reach them.",
)


def notice_html() -> str:
    """What the passphrase protects and what it cannot, in the interface's language."""
    points = "".join(
        f'<li style="margin-bottom: 6px;">{text}</li>'
        for text in (
            tr(_CONTEXT, _NOTICE_SPYING),
            tr(_CONTEXT, _NOTICE_WATCHING).format(key=QUICK_EXIT_KEY_TEXT),
            tr(_CONTEXT, _NOTICE_COPIES),
        )
    )
    return (
        f"<p>{tr(_CONTEXT, _NOTICE_KEEPS)}</p>"
        f"<p>{tr(_CONTEXT, _NOTICE_PROTECTS)}</p>"
        f"<p>{tr(_CONTEXT, _NOTICE_CANNOT)}</p>"
        f'<ul style="margin-top: 0px;">{points}</ul>'
        f"<p>{tr(_CONTEXT, _NOTICE_SHARED)}</p>"
    )


PASSPHRASE_TEXT = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "You will type this passphrase each time you open Workbook. A few ordinary words in a "
    "row, like a short odd sentence only you would think of, are easier to remember and "
    "harder to guess than a short password full of symbols. Avoid anything the other person "
    "knows or could guess: birthdays, pet names, passwords you have used before. If you "
    "ever forget it, the recovery code on the next page opens your workbook instead.",
)

RECOVERY_TEXT = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "If you ever forget your passphrase, this code opens your workbook instead. "
    "It is shown only this once.",
)

# Shown with each new recovery code (set-up, a new code, a re-key); translate with tr().
RECOVERY_ADVICE = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "Write it on paper by hand, and keep the paper where the other person cannot reach "
    "it: with someone you trust, with your lawyer, or in a place only you know. Please "
    "don't photograph it, save it in a file or email it to yourself — copies on a phone or "
    "computer are easier to find. Letters and digits that look alike (O and 0, I and 1) are "
    "treated the same, so you can't get those wrong.",
)


def recovery_code_label(code: str, parent: QWidget | None = None) -> QLabel:
    from PySide6.QtCore import Qt  # (after the first page: workbook/ui/qt_names.py)

    label = QLabel(code, parent)
    label.setObjectName("recovery-code")
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.6)
    font.setBold(True)
    font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.5)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(12)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)  # no copying
    label.setAccessibleName(
        tr(_CONTEXT, "Recovery code: {code}").format(code=" ".join(code.replace("-", " ")))
    )
    return label


class SetupDialog(QDialog):
    """Three steps; `created` holds the new keys once the passphrase step is done."""

    chooser: PassphraseChooser  # on the passphrase page, built when it is first shown

    def __init__(
        self,
        folder: Path,
        parent: QWidget | None = None,
        *,
        kdf: PassphraseKdf = keys.DEFAULT_KDF,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("protection-setup")
        self.setWindowTitle(WINDOW_TITLE)
        self.folder = folder
        self.kdf = kdf
        self.created: CreatedKeys | None = None
        self._task: BackgroundTask | None = None

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._notice_page())
        # The passphrase page is built when first shown (the notice shows sooner), the
        # recovery page once the code exists.
        self.pages.addWidget(QWidget())
        self.pages.addWidget(QWidget())
        self._passphrase_page_built = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        fit_to_screen(self, 720, 560)

    # -- pages -------------------------------------------------------------------------
    def _notice_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("setup-notice")
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(
            heading(tr(_CONTEXT, "Before you start: keeping your workbook private"))
        )
        notice = paragraph(notice_html(), rich=True)
        notice.setObjectName("setup-notice-text")
        notice.setAccessibleName(tr(_CONTEXT, "What Workbook protects and what it cannot"))
        notice.setAccessibleDescription(notice.text())
        body_layout.addWidget(notice)
        # Help now: the emergency number and helplines, before anything else is asked.
        body_layout.addWidget(
            HelpNowBox(None, body, with_picker=True, title=True, name="setup-help-now")
        )
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        # A Tab stop, so the notice scrolls with the keys; a screen reader hears what it is.
        scroll.setAccessibleName(tr(_CONTEXT, "What Workbook protects and what it cannot"))
        scroll.setAccessibleDescription(
            tr(_CONTEXT, "Scroll with the arrow keys to read all of it.")
        )
        self.notice_continue = QPushButton(tr(_CONTEXT, "I understand — continue"))
        self.notice_continue.setObjectName("setup-notice-continue")
        self.notice_continue.setDefault(True)
        self.notice_continue.clicked.connect(lambda: self._go(1))
        layout = QVBoxLayout(page)
        layout.addWidget(scroll, 1)
        layout.addLayout(_buttons(self.notice_continue))
        return page

    def _passphrase_page(self) -> QWidget:
        from workbook.ui.protection.chooser import PassphraseChooser

        page = QWidget()
        page.setObjectName("setup-passphrase")
        self.chooser = PassphraseChooser(page)
        self.chooser.ready_changed.connect(self._ready_changed)
        self.setup_message = message_label(page)
        self.setup_message.setObjectName("setup-message")
        self.back = QPushButton(tr(_CONTEXT, "Back"))
        self.back.clicked.connect(lambda: self._go(0))
        self.create_button = QPushButton(tr(_CONTEXT, "Continue"))
        self.create_button.setObjectName("setup-create")
        self.create_button.setEnabled(False)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create)
        self.chooser.second.returnPressed.connect(self.create)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(tr(_CONTEXT, "Choose a passphrase")))
        layout.addWidget(paragraph(tr(_CONTEXT, PASSPHRASE_TEXT)))
        layout.addSpacing(8)
        layout.addWidget(self.chooser)
        layout.addWidget(self.setup_message)
        layout.addStretch(1)
        layout.addLayout(_buttons(self.create_button, self.back))
        return page

    def _recovery_page(self, code: str) -> QWidget:
        page = QWidget()
        page.setObjectName("setup-recovery")
        self.written = QCheckBox(
            tr(_CONTEXT, "I have written the code down and put it somewhere safe")
        )
        self.written.setObjectName("setup-recovery-written")
        self.finish_button = QPushButton(tr(_CONTEXT, "Open my workbook"))
        self.finish_button.setObjectName("setup-finish")
        self.finish_button.setEnabled(False)
        self.finish_button.setDefault(True)
        self.written.toggled.connect(self.finish_button.setEnabled)
        self.finish_button.clicked.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(tr(_CONTEXT, "Write down your recovery code")))
        layout.addWidget(paragraph(tr(_CONTEXT, RECOVERY_TEXT)))
        layout.addSpacing(6)
        layout.addWidget(recovery_code_label(code))
        layout.addSpacing(6)
        advice = paragraph(tr(_CONTEXT, RECOVERY_ADVICE))
        advice.setStyleSheet(NOTE_STYLE)
        layout.addWidget(advice)
        layout.addStretch(1)
        layout.addWidget(self.written)
        layout.addLayout(_buttons(self.finish_button))
        return page

    # -- behaviour ---------------------------------------------------------------------
    def _go(self, index: int) -> None:
        if index == 1 and not self._passphrase_page_built:
            replace_placeholder(self.pages, 1, self._passphrase_page())
            self._passphrase_page_built = True
        self.pages.setCurrentIndex(index)
        if index == 1:
            self.chooser.first.setFocus()

    def _ready_changed(self, ready: bool) -> None:
        self.create_button.setEnabled(ready and self._task is None)

    def create(self) -> None:  # type: ignore[override]  # not QWidget.create
        if not self.chooser.is_ready() or self._task is not None:
            return
        passphrase = self.chooser.passphrase()
        self.create_button.setEnabled(False)
        self.back.setEnabled(False)
        self.setup_message.show_message(tr(_CONTEXT, "Setting up your workbook…"), "note")
        from PySide6.QtCore import Qt

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        from workbook.ui.protection.background import BackgroundTask

        self._task = BackgroundTask(
            lambda: keys.create_keys(self.folder, passphrase, kdf=self.kdf),
            self._created,
            self._failed,
            self,
        )
        self._task.start()

    def _created(self, created: CreatedKeys) -> None:
        QGuiApplication.restoreOverrideCursor()
        self.created = created
        self.chooser.wipe()
        recovery = self._recovery_page(created.recovery_code)
        old = self.pages.widget(2)
        assert old is not None  # the placeholder made in __init__
        self.pages.removeWidget(old)
        old.deleteLater()
        self.pages.addWidget(recovery)
        self.pages.setCurrentIndex(2)
        self.written.setFocus()

    def _failed(self, error: BaseException) -> None:
        QGuiApplication.restoreOverrideCursor()
        self._task = None
        self.back.setEnabled(True)
        self.create_button.setEnabled(self.chooser.is_ready())
        if isinstance(error, KeysError):
            text = str(error)
        elif isinstance(error, OSError):
            text = tr(
                _CONTEXT,
                "Your workbook could not be set up because its folder could not be written. "
                "Please check that the disk is not full.",
            )
        else:
            text = tr(_CONTEXT, "Something went wrong while setting up. Please try again.")
        self.setup_message.show_message(text)

    def wait_for_task(self) -> None:
        if self._task is not None:
            self._task.wait()

    # Once the keys exist the dialog can no longer be abandoned silently: the code would be
    # lost. Closing on the last page counts as finishing (a new code can be made later).
    def reject(self) -> None:
        if self.created is not None:
            self.accept()
        elif self._task is None:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._task is not None and self.created is None:
            event.ignore()
            return
        super().closeEvent(event)


def _buttons(primary: QPushButton, secondary: QPushButton | None = None) -> QHBoxLayout:
    row = QHBoxLayout()
    if secondary is not None:
        row.addWidget(secondary)
    row.addStretch(1)
    row.addWidget(primary)
    return row
