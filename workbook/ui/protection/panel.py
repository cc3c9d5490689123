"""Protection settings, shown on the Welcome page: quick exit, auto-lock, passphrase,
recovery code and wipe."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.storage import keys
from workbook.storage.errors import StorageError
from workbook.storage.keys import KeysError, WrongSecret
from workbook.storage.rekey import Rekeyed
from workbook.ui.common import plural
from workbook.ui.protection.background import BackgroundTask
from workbook.ui.protection.chooser import PassphraseChooser
from workbook.ui.protection.layer import IDLE_CHOICES, ProtectionLayer
from workbook.ui.protection.setup import RECOVERY_ADVICE, notice_html, recovery_code_label
from workbook.ui.protection.unlock import WRONG_PASSPHRASE
from workbook.ui.protection.widgets import (
    NOTE_STYLE,
    QUICK_EXIT_KEY_TEXT,
    WINDOW_TITLE,
    PassphraseEdit,
    fit_to_screen,
    heading,
    message_label,
    paragraph,
)
from workbook.ui.protection.wipe_dialog import WipeDialog

REKEYED_PASSPHRASE = QT_TRANSLATE_NOOP(
    "protection",
    "Your workbook now has a new key. The old passphrase no longer opens it or its automatic "
    "backups, not even with an older copy of the key file. Your recovery code keeps working. "
    "What this cannot undo: a copy of the workbook folder taken before this change still "
    "opens with the old passphrase, wherever that copy is now.",
)
REKEYED_CODE = QT_TRANSLATE_NOOP(
    "protection",
    "Your workbook now has a new key: the old code no longer opens it or its automatic "
    "backups, not even with an older copy of the key file. What this cannot undo: a copy of "
    "the workbook folder taken before now still opens with the old code.",
)
REOPEN_AFTER_CHANGE = QT_TRANSLATE_NOOP(
    "protection",
    "Your workbook could not be opened again just now: please close Workbook and start it again.",
)
PASSPHRASE_SET_REOPEN = QT_TRANSLATE_NOOP(
    "protection",
    "Your new passphrase is set. Your workbook could not be opened again just now: please "
    "close Workbook and start it again.",
)
QUICK_EXIT_TEXT = QT_TRANSLATE_NOOP(
    "protection",
    "Quick exit: press {key} (on some laptops Fn + {key}) or the Quick exit button at any "
    "time, on any page, to hide Workbook at once. What you were typing is kept.",
)


_MINUTES = QT_TRANSLATE_NOOP("protection", "%n minutes", "", 0)


def _idle_text(minutes: int) -> str:
    if minutes == 0:
        return tr("protection", "Never")
    return plural("protection", _MINUTES, minutes, "1 minute")


class ProtectionPanel(QWidget):
    def __init__(self, layer: ProtectionLayer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("protection-panel")
        self.layer = layer
        quick = paragraph(tr("protection", QUICK_EXIT_TEXT).format(key=QUICK_EXIT_KEY_TEXT), self)
        quick.setObjectName("protection-quick-exit-text")

        self.idle = QComboBox(self)
        self.idle.setObjectName("protection-idle")
        self.idle.setAccessibleName(tr("protection", "Lock after this long without use"))
        self.idle.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.idle.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        current = layer.idle_minutes
        choices = sorted(set(IDLE_CHOICES) | {current})
        for minutes in choices:
            self.idle.addItem(_idle_text(minutes), minutes)
        self.idle.setCurrentIndex(choices.index(current))
        self.idle.currentIndexChanged.connect(
            lambda _i: layer.set_idle_minutes(int(self.idle.currentData()))
        )
        self.sleep = QCheckBox(
            tr("protection", "Also lock when the screen locks or the computer sleeps"), self
        )
        self.sleep.setObjectName("protection-lock-on-sleep")
        self.sleep.setChecked(layer.lock_on_sleep)
        self.sleep.toggled.connect(layer.set_lock_on_sleep)
        self.keep = QCheckBox(
            tr(
                "protection",
                "After a quick exit, keep Workbook running (locked) instead of closing it",
            ),
            self,
        )
        self.keep.setObjectName("protection-keep-running")
        self.keep.setChecked(layer.keep_running)
        self.keep.toggled.connect(layer.set_keep_running)

        form = QFormLayout()
        form.addRow(tr("protection", "Lock after this long without use:"), self.idle)

        change = QPushButton(tr("protection", "Change passphrase…"), self)
        change.setObjectName("protection-change-passphrase")
        change.clicked.connect(self.change_passphrase)
        code = QPushButton(tr("protection", "New recovery code…"), self)
        code.setObjectName("protection-new-code")
        code.clicked.connect(self.new_recovery_code)
        about = QPushButton(tr("protection", "What this protects…"), self)
        about.setObjectName("protection-about")
        about.clicked.connect(self.show_notice)
        wipe = QPushButton(tr("protection", "Wipe everything…"), self)
        wipe.setObjectName("protection-wipe")
        wipe.clicked.connect(self.wipe)
        for button in (change, code, about, wipe):
            button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(change)
        row.addWidget(code)
        row.addWidget(about)
        row.addStretch(1)
        row.addWidget(wipe)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(quick)
        layout.addLayout(form)
        layout.addWidget(self.sleep)
        layout.addWidget(self.keep)
        layout.addLayout(row)

    def show_notice(self) -> None:
        """The first-run notice again: what the passphrase protects and what it cannot."""
        dialog = QDialog(self.window())
        dialog.setObjectName("protection-notice")
        dialog.setWindowTitle(WINDOW_TITLE)
        text = paragraph(notice_html(), dialog, rich=True)
        text.setAccessibleName(tr("protection", "What Workbook protects and what it cannot"))
        text.setAccessibleDescription(text.text())
        close = QPushButton(tr("protection", "Close"), dialog)
        close.setDefault(True)
        close.clicked.connect(dialog.accept)
        layout = QVBoxLayout(dialog)
        layout.addWidget(heading(tr("protection", "What Workbook protects, and what it cannot")))
        layout.addWidget(text, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        fit_to_screen(dialog, 720, 520)
        dialog.exec()

    def change_passphrase(self) -> None:
        ChangePassphraseDialog(self.layer, self.window()).exec()

    def new_recovery_code(self) -> None:
        NewRecoveryCodeDialog(self.layer, self.window()).exec()

    def wipe(self) -> None:
        dialog = WipeDialog(self.window())
        dialog.confirmed.connect(self._wipe_now)
        dialog.exec()

    def _wipe_now(self) -> None:
        from workbook.ui import dialogs

        report = self.layer.wipe_everything()
        if report.complete and not report.left_alone:
            text, detail = tr("protection", "Everything is wiped. Workbook will close now."), ""
        elif report.complete:
            text = tr("protection", "Your workbook is wiped. Workbook will close now.")
            detail = tr(
                "protection",
                "Some files in the folder were not made by Workbook and were left alone: {files}",
            ).format(files=", ".join(report.left_alone))
        else:
            text = tr("protection", "Your keys are destroyed, so nothing can be read back.")
            detail = tr(
                "protection",
                "A few files could not be removed; you can delete them yourself: {files}",
            ).format(files=", ".join(report.failed))
        dialogs.inform(None, text, detail)
        self.layer.finish_after_wipe()


class _PassphraseCheck(QDialog):
    """Base: ask for the current passphrase, then do something with the data key."""

    def __init__(self, layer: ProtectionLayer, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(WINDOW_TITLE)
        self.layer = layer
        self._task: BackgroundTask | None = None
        self.current = PassphraseEdit(tr("protection", "Current passphrase"), self)
        self.current.setObjectName("protection-current-passphrase")
        self.message = message_label(self)
        self.message.setObjectName("protection-message")
        self.ok = QPushButton(tr("protection", "Continue"), self)
        self.ok.setObjectName("protection-ok")
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.go)
        cancel = QPushButton(tr("protection", "Cancel"), self)
        cancel.clicked.connect(self.reject)
        self.cancel_button = cancel
        self.pages = QStackedWidget(self)
        first = QWidget()
        self.first_layout = QVBoxLayout(first)
        self.first_layout.setContentsMargins(0, 0, 0, 0)
        self.first_layout.addWidget(heading(title))
        self.form = QFormLayout()
        self.form.addRow(tr("protection", "Current passphrase:"), self.current)
        self.first_layout.addLayout(self.form)
        self.pages.addWidget(first)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(cancel)
        row.addStretch(1)
        row.addWidget(self.ok)
        layout.addLayout(row)
        fit_to_screen(self, 600, 520)

    def go(self) -> None:
        raise NotImplementedError

    def _run(self, work, done, failed=None) -> None:  # type: ignore[no-untyped-def]
        self.ok.setEnabled(False)
        self.message.show_message(tr("protection", "One moment…"), "note")
        self._task = BackgroundTask(work, done, failed or self._failed, self)
        self._task.start()

    # -- re-keying: every change of secret gives the plan a new data key (storage/rekey.py)
    def _rekey(self, typed: str, **change: object) -> None:
        """Check the current passphrase, close the workbook, re-key it and open it again
        with the new key — the slow parts off the GUI thread. Then `_rekeyed` or `_failed`."""
        folder = self.layer.folder
        self._run(
            lambda: keys.unlock_with_passphrase(folder, typed),
            lambda data_key: self._rekey_with(data_key, change),
        )

    def _rekey_with(self, data_key: bytes, change: dict[str, object]) -> None:
        from workbook.storage.rekey import rekey

        self._task = None
        self.current.wipe()
        session = self.layer.session
        if session is not None:
            session.suspend()  # re-keying copies the whole workbook: it must be closed
        folder, kdf = self.layer.folder, self.layer.kdf
        self.message.show_message(tr("protection", "Giving your workbook its new key…"), "note")

        def failed(error: BaseException) -> None:
            if session is not None:
                session.resume(data_key)  # nothing was changed: the old key still opens it
            self._failed(error)

        self._run(
            lambda: rekey(folder, data_key, kdf=kdf, **change),  # type: ignore[arg-type]
            self._rekeyed_with_session,
            failed,
        )

    def _rekeyed_with_session(self, result: Rekeyed) -> None:
        self._task = None
        session = self.layer.session
        reopened = session.resume(result.data_key) if session is not None else True
        if session is None:
            self.layer.attach(result.data_key, self.layer.settings)
        self.message.show_message("")
        self._rekeyed(result, reopened)

    def _rekeyed(self, result: Rekeyed, reopened: bool) -> None:
        raise NotImplementedError

    def _show_code(self, code: str, title: str, text: str) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(heading(title))
        layout.addWidget(paragraph(text))
        layout.addWidget(recovery_code_label(code))
        advice = paragraph(tr("protection", RECOVERY_ADVICE))
        advice.setStyleSheet(NOTE_STYLE)
        layout.addWidget(advice)
        layout.addStretch(1)
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        self.ok.setText(tr("protection", "I have written it down"))
        self.ok.setEnabled(True)
        self.cancel_button.hide()  # the change is made: there is nothing left to cancel
        self.ok.setFocus(Qt.FocusReason.OtherFocusReason)

    def wait_for_task(self) -> None:
        if self._task is not None:
            self._task.wait()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self.ok.setEnabled(True)
        if isinstance(error, WrongSecret):
            text = tr("protection", WRONG_PASSPHRASE)
        elif isinstance(error, KeysError):
            text = str(error)
        elif isinstance(error, StorageError):
            text = error.message
        else:
            text = tr(
                "protection", "That did not work just now. Nothing was changed; please try again."
            )
        self.message.show_message(text)
        self.current.setFocus()


class ChangePassphraseDialog(_PassphraseCheck):
    def __init__(self, layer: ProtectionLayer, parent: QWidget | None = None) -> None:
        super().__init__(layer, parent, tr("protection", "Change your passphrase"))
        self.setObjectName("protection-change")
        self.chooser = PassphraseChooser(self, first_label=tr("protection", "New passphrase:"))
        # One form for all three fields, so the labels line up.
        # (PySide's takeRow result does not hand back the label: find it first.)
        old_label = self.form.labelForField(self.current)
        self.form.takeRow(self.current)
        if old_label is not None:
            old_label.hide()
            old_label.deleteLater()
        self.chooser.form.insertRow(0, tr("protection", "Current passphrase:"), self.current)
        self.first_layout.addWidget(self.chooser)
        self.first_layout.addWidget(
            paragraph(
                tr(
                    "protection",
                    "Your workbook is given a new key and copied under it (a few seconds for "
                    "a long contact log). Your recovery code keeps working.",
                )
            )
        )
        self.first_layout.addStretch(1)
        self.ok.setText(tr("protection", "Change passphrase"))
        self.ok.setEnabled(False)
        self.chooser.ready_changed.connect(self.ok.setEnabled)

    def go(self) -> None:
        if self.pages.currentIndex() > 0:  # the new recovery code was shown
            self.accept()
            return
        if not self.chooser.is_ready() or self._task is not None:
            return
        new = self.chooser.passphrase()
        self.chooser.wipe()
        self._rekey(self.current.text(), new_passphrase=new)

    def _rekeyed(self, result: Rekeyed, reopened: bool) -> None:
        from workbook.ui import dialogs

        if result.recovery_code is not None:
            # A key file from an earlier Workbook: its recovery slot could not be kept.
            self._show_code(
                result.recovery_code,
                tr("protection", "Your passphrase is changed. Write down your new recovery code"),
                tr(
                    "protection",
                    "Your key file was made by an earlier version of Workbook, so your recovery "
                    "code had to be replaced too: the old code no longer opens this workbook. "
                    "The new one is shown only this once.",
                ),
            )
            return
        self.accept()
        dialogs.inform(
            self.parentWidget(),
            tr("protection", "Your new passphrase is set.")
            if reopened
            else tr("protection", PASSPHRASE_SET_REOPEN),
            tr("protection", REKEYED_PASSPHRASE),
        )


class NewRecoveryCodeDialog(_PassphraseCheck):
    def __init__(self, layer: ProtectionLayer, parent: QWidget | None = None) -> None:
        super().__init__(layer, parent, tr("protection", "Make a new recovery code"))
        self.setObjectName("protection-new-code-dialog")
        self.first_layout.addWidget(
            paragraph(
                tr(
                    "protection",
                    "The new code replaces the old one, and your workbook is given a new key. "
                    "Use this if you lost the paper, or someone else may have seen it.",
                )
            )
        )
        self.first_layout.addStretch(1)
        self.code: str | None = None

    def go(self) -> None:
        if self._task is not None:
            return
        if self.code is not None:
            self.accept()
            return
        self._rekey(self.current.text(), new_recovery_code=True)

    def _rekeyed(self, result: Rekeyed, reopened: bool) -> None:
        assert result.recovery_code is not None
        self.code = result.recovery_code
        self._show_code(
            self.code,
            tr("protection", "Write down your new recovery code"),
            " ".join(
                [tr("protection", "It is shown only this once."), tr("protection", REKEYED_CODE)]
                + ([] if reopened else [tr("protection", REOPEN_AFTER_CHANGE)])
            ),
        )
