"""The unlock screen: at every start, and as the lock screen.

A wrong passphrase only reads the key file (nothing on disk changes) and gets a kind
message; there is no limit on tries and nothing is ever wiped after failures. "I forgot my
passphrase" switches to the recovery code, after which a new passphrase can be chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QEnterEvent, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.storage import keys
from workbook.storage.keys import KeyFileDamaged, KeyFileMissing, KeysError, WrongSecret
from workbook.ui.protection.widgets import (
    NOTE_STYLE,
    QUICK_EXIT_KEY_TEXT,
    WINDOW_TITLE,
    PassphraseEdit,
    ShowTextBox,
    fit_to_screen,
    heading,
    message_label,
    paragraph,
    replace_placeholder,
)
from workbook.ui.qt_names import set_properties

if TYPE_CHECKING:  # loaded when first needed, after the screen is on show
    from workbook.storage.rekey import Rekeyed
    from workbook.ui.protection.background import BackgroundTask
    from workbook.ui.protection.chooser import PassphraseChooser
    from workbook.ui.theme import MessageLabel

WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "protection",
    "That passphrase doesn't open this workbook. Please check that Caps Lock is off and "
    "try again. There is no limit on how many times you can try.",
)
WRONG_CODE = QT_TRANSLATE_NOOP(
    "protection",
    "That recovery code doesn't open this workbook. Please check each group of four and try again.",
)
NEW_AFTER_RECOVERY = QT_TRANSLATE_NOOP(
    "protection",
    "Your workbook is open. Please choose a new passphrase now, so you won't need the "
    "recovery code next time. Your recovery code keeps working too.",
)


class UnlockDialog(QDialog):
    """`unlocked(data_key)` is emitted once the passphrase or code is right (and any new
    passphrase is set). As a lock screen it is shown non-modally; at start, exec()."""

    unlocked = Signal(bytes)
    chooser: PassphraseChooser  # on the new-passphrase page, built when it is first shown

    def __init__(
        self,
        folder: Path,
        parent: QWidget | None = None,
        *,
        locked: bool = False,
        accept_key: Callable[[bytes], bool] | None = None,
        kdf: keys.PassphraseKdf = keys.DEFAULT_KDF,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("protection-lock" if locked else "protection-unlock")
        self.setWindowTitle(WINDOW_TITLE)
        self.folder = folder
        self.kdf = kdf
        self.data_key: bytes | None = None
        self._accept_key = accept_key
        self._task: BackgroundTask | None = None
        self.quit_requested = False
        self._with_code = False
        self._closing = False

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._passphrase_page(locked))
        self.pages.addWidget(self._recovery_page())
        # The new-passphrase page (only after the recovery code) is built when first shown:
        # the screen appears sooner.
        self.pages.addWidget(QWidget())
        self._new_page_built = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        hint = paragraph(
            tr("protection", "{key} hides Workbook at once.").format(key=QUICK_EXIT_KEY_TEXT)
        )
        hint.setStyleSheet(NOTE_STYLE)
        hint.setObjectName("unlock-quick-exit-hint")
        layout.addWidget(hint)
        fit_to_screen(self, 560, 360)

    # -- pages -------------------------------------------------------------------------
    def _passphrase_page(self, locked: bool) -> QWidget:
        page = QWidget()
        self.passphrase = PassphraseEdit(tr("protection", "Passphrase"), page)
        self.passphrase.setObjectName("unlock-passphrase")
        self.passphrase.returnPressed.connect(self.try_passphrase)
        self.message = message_label(page)
        self.message.setObjectName("unlock-message")
        self.open_button = QPushButton(
            tr("protection", "Unlock") if locked else tr("protection", "Open")
        )
        self.open_button.setObjectName("unlock-open")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.try_passphrase)
        forgot = LinkButton(tr("protection", "I forgot my passphrase"))
        forgot.setObjectName("unlock-forgot")
        forgot.clicked.connect(lambda: self._go(1))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            heading(
                tr("protection", "Workbook is locked")
                if locked
                else tr("protection", "Welcome back")
            )
        )
        layout.addWidget(
            paragraph(tr("protection", "Please type your passphrase to open your workbook."))
        )
        layout.addWidget(self.passphrase)
        layout.addWidget(ShowTextBox([self.passphrase], page))
        layout.addWidget(self.message)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(forgot)
        row.addStretch(1)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        return page

    def _recovery_page(self) -> QWidget:
        page = QWidget()
        self.code = QLineEdit(page)
        self.code.setObjectName("unlock-code")
        self.code.setAccessibleName(tr("protection", "Recovery code"))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        set_properties(self.code, inputMethodHints="ImhSensitiveData|ImhNoPredictiveText")
        self.code.returnPressed.connect(self.try_code)
        self.code_message = message_label(page)
        self.code_message.setObjectName("unlock-code-message")
        self.code_button = QPushButton(tr("protection", "Open with the code"))
        self.code_button.setObjectName("unlock-code-open")
        self.code_button.clicked.connect(self.try_code)
        back = LinkButton(tr("protection", "Back to the passphrase"))
        back.clicked.connect(lambda: self._go(0))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(tr("protection", "Open with your recovery code")))
        layout.addWidget(
            paragraph(
                tr(
                    "protection",
                    "Type the recovery code you wrote down when you set up Workbook. "
                    "Spaces, dashes and small or capital letters don't matter.",
                )
            )
        )
        layout.addWidget(self.code)
        layout.addWidget(self.code_message)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self.code_button)
        layout.addLayout(row)
        return page

    def _new_passphrase_page(self) -> QWidget:
        from workbook.ui.protection.chooser import PassphraseChooser

        page = QWidget()
        self.chooser = PassphraseChooser(page, first_label=tr("protection", "New passphrase:"))
        self.new_message = message_label(page)
        self.new_message.setObjectName("unlock-new-message")
        self.set_button = QPushButton(tr("protection", "Use this passphrase"))
        self.set_button.setObjectName("unlock-set-passphrase")
        self.set_button.setEnabled(False)
        self.set_button.clicked.connect(self.set_new_passphrase)
        self.chooser.ready_changed.connect(self.set_button.setEnabled)
        later = QPushButton(tr("protection", "Not now"))
        later.setObjectName("unlock-not-now")
        later.setAutoDefault(False)
        later.clicked.connect(self._finish)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(tr("protection", "Choose a new passphrase")))
        layout.addWidget(paragraph(tr("protection", NEW_AFTER_RECOVERY)))
        layout.addWidget(self.chooser)
        layout.addWidget(self.new_message)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(later)
        row.addStretch(1)
        row.addWidget(self.set_button)
        layout.addLayout(row)
        return page

    # -- behaviour ---------------------------------------------------------------------
    def _go(self, index: int) -> None:
        if index == 2 and not self._new_page_built:
            replace_placeholder(self.pages, 2, self._new_passphrase_page())
            self._new_page_built = True
        self.pages.setCurrentIndex(index)
        (self.chooser.first if index == 2 else (self.passphrase, self.code)[index]).setFocus()

    def reset(self) -> None:
        """Back to an empty passphrase field (each time the lock screen is shown)."""
        self.passphrase.wipe()
        self.code.clear()
        if self._new_page_built:
            self.chooser.wipe()
        self.data_key = None
        self.message.show_message("")
        self.code_message.show_message("")
        self._go(0)

    def _busy(self, busy: bool, label: MessageLabel, text: str = "") -> None:
        for button in (self.open_button, self.code_button):
            button.setEnabled(not busy)
        for field in (self.passphrase, self.code):  # read-only, not disabled: keeps focus
            field.setReadOnly(busy)
        if busy:
            from PySide6.QtCore import Qt

            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            label.show_message(text, "note")
        else:
            QGuiApplication.restoreOverrideCursor()

    def try_passphrase(self) -> None:
        if self._task is not None:
            return
        if not self.passphrase.text().strip():
            self.message.show_message(tr("protection", "Please type your passphrase first."))
            return
        typed = self.passphrase.text()
        self._busy(True, self.message, tr("protection", "Opening…"))
        self._with_code = False
        self._start(lambda: keys.unlock_with_passphrase(self.folder, typed), self.message)

    def try_code(self) -> None:
        if self._task is not None:
            return
        typed = self.code.text()
        self._busy(True, self.code_message, tr("protection", "Opening…"))
        self._with_code = True
        self._start(lambda: keys.unlock_with_recovery_code(self.folder, typed), self.code_message)

    def _start(self, work: Callable[[], bytes], label: MessageLabel) -> None:
        from workbook.ui.protection.background import BackgroundTask

        self._task = BackgroundTask(
            work, self._opened, lambda error: self._failed(error, label), self
        )
        self._task.start()

    def wait_for_task(self) -> None:
        if self._task is not None:
            self._task.wait()

    def _opened(self, data_key: bytes) -> None:
        self._task = None
        self._busy(False, self.message)
        if self._accept_key is not None and not self._accept_key(data_key):
            self._failed(WrongSecret(tr("protection", WRONG_PASSPHRASE)), self.message)
            return
        self.data_key = data_key
        keys.remove_stale_temp_files(self.folder)
        self.message.show_message("")
        self.code_message.show_message("")
        if self._with_code:
            self.code.clear()
            self._go(2)
            return
        self._finish()

    def _failed(self, error: BaseException, label: MessageLabel) -> None:
        self._task = None
        self._busy(False, label)
        if isinstance(error, WrongSecret):
            text = tr("protection", WRONG_PASSPHRASE) if label is self.message else str(error)
            # Something that is not a code at all keeps the storage's own explanation.
            if label is self.code_message and keys.normalize_recovery_code(self.code.text()):
                text = tr("protection", WRONG_CODE)
            self.passphrase.selectAll()
        elif isinstance(error, (KeyFileDamaged, KeyFileMissing, KeysError)):
            text = str(error)
        else:
            text = tr("protection", "Something went wrong while opening. Please try again.")
        label.show_message(text)
        (self.passphrase if label is self.message else self.code).setFocus()

    def set_new_passphrase(self) -> None:
        if self.data_key is None or not self.chooser.is_ready() or self._task is not None:
            return
        from workbook.storage.rekey import rekey
        from workbook.ui.protection.background import BackgroundTask

        data_key, passphrase = self.data_key, self.chooser.passphrase()
        folder, kdf = self.folder, self.kdf
        self.set_button.setEnabled(False)
        self.new_message.show_message(tr("protection", "Saving your new passphrase…"), "note")
        # A new passphrase gives the plan a new data key (storage/rekey.py), so an older
        # copy of the key file with the forgotten passphrase opens nothing any more.
        self._task = BackgroundTask(
            lambda: rekey(folder, data_key, new_passphrase=passphrase, kdf=kdf),
            self._new_set,
            self._new_failed,
            self,
        )
        self._task.start()

    def _new_set(self, result: Rekeyed) -> None:
        self._task = None
        self.chooser.wipe()
        self.data_key = result.data_key
        if result.recovery_code is not None:
            # A key file from an earlier Workbook: its recovery slot could not be kept.
            show_new_recovery_code(self, result.recovery_code)
        self._finish()

    def _new_failed(self, error: BaseException) -> None:
        from workbook.storage.errors import StorageError  # (not needed before)

        self._task = None
        self.set_button.setEnabled(self.chooser.is_ready())
        if isinstance(error, KeysError):
            text = str(error)
        elif isinstance(error, StorageError):
            text = error.message
        else:
            text = tr(
                "protection",
                "The new passphrase could not be saved. Your recovery code still works.",
            )
        self.new_message.show_message(text)

    def _finish(self) -> None:
        assert self.data_key is not None
        key = self.data_key
        self.passphrase.wipe()
        if self._new_page_built:
            self.chooser.wipe()
        if self.objectName() == "protection-lock":
            self.data_key = None  # the lock screen hands the key on and keeps no copy
        self.unlocked.emit(key)
        if self.isModal():
            self.accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the unlock window means "leave": the caller quits the app.
        self.quit_requested = True
        self._closing = True
        super().closeEvent(event)
        self._closing = False

    def reject(self) -> None:
        # On the lock screen a stray Escape must not close Workbook; its window button does.
        if self.objectName() == "protection-lock" and not self._closing:
            return
        super().reject()


class LinkButton(QPushButton):
    """A quiet secondary action that reads like a link (still a button for the keyboard).
    The pointing hand comes when the pointer first comes over it: a cursor shape is a value
    of Qt's `Qt` namespace, which the first window does without (workbook/ui/qt_names.py)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setFlat(True)
        self.setAutoDefault(False)
        self.setStyleSheet(
            "QPushButton { border: none; padding: 2px 0px; color: palette(link);"
            " text-decoration: underline; text-align: left; }"
        )
        self._pointing = False

    def enterEvent(self, event: QEnterEvent) -> None:
        if not self._pointing:
            from PySide6.QtCore import Qt

            self._pointing = True
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        super().enterEvent(event)


def show_new_recovery_code(parent: QWidget | None, code: str) -> None:
    """The new recovery code, once, with the same advice as at set-up."""
    from workbook.ui.protection.setup import RECOVERY_ADVICE, recovery_code_label

    dialog = QDialog(parent)
    dialog.setObjectName("protection-new-code-shown")
    dialog.setWindowTitle(WINDOW_TITLE)
    layout = QVBoxLayout(dialog)
    layout.addWidget(heading(tr("protection", "Write down your new recovery code")))
    layout.addWidget(
        paragraph(
            tr(
                "protection",
                "Your key file was made by an earlier version of Workbook, so your recovery "
                "code had to be replaced too: the old code no longer opens this workbook. The "
                "new one is shown only this once.",
            )
        )
    )
    layout.addWidget(recovery_code_label(code, dialog))
    advice = paragraph(tr("protection", RECOVERY_ADVICE))
    advice.setStyleSheet(NOTE_STYLE)
    layout.addWidget(advice)
    done = QPushButton(tr("protection", "I have written it down"), dialog)
    done.setDefault(True)
    done.clicked.connect(dialog.accept)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(done)
    layout.addLayout(row)
    fit_to_screen(dialog, 600, 420)
    dialog.exec()
