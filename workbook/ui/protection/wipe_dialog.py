"""Wipe everything: a typed confirmation, then a countdown that can still be cancelled.

Enter in the confirmation field starts the countdown (the same as the Wipe everything
button). Once it runs, only the Stop button or Escape cancels it: a second Enter, the
keys that press a focused default button, or closing the window do not.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.ui.common import plural
from workbook.ui.protection.widgets import (
    ERROR_STYLE,
    WINDOW_TITLE,
    fit_to_screen,
    heading,
    paragraph,
)
from workbook.ui.theme import tone_colour

_CONTEXT = "protection"
# The words to type, in the interface's language (the English ones are accepted too).
CONFIRM_WORDS = QT_TRANSLATE_NOOP(_CONTEXT, "wipe everything")
COUNTDOWN_SECONDS = 10
_COUNTDOWN = QT_TRANSLATE_NOOP(_CONTEXT, "Wiping everything in %n seconds…", "", 0)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

WIPE_EXPLANATION = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "This destroys your whole workbook on this computer: your plan, every draft, the "
    "settings and the automatic backups. The key that unlocks them is destroyed first, so "
    "nothing can be read back afterwards — not with your passphrase, not with your recovery "
    "code, not by anyone. It cannot be undone.\n\n"
    "Files you exported or printed are not touched; delete those yourself if you need to. "
    "If you may want your plan later, export it first and keep the file somewhere safe.",
)


def confirm_words() -> str:
    return " ".join(tr(_CONTEXT, CONFIRM_WORDS).lower().split())


class WipeDialog(QDialog):
    """Emits `confirmed` when the countdown runs out; nothing happens before that."""

    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None, seconds: int = COUNTDOWN_SECONDS) -> None:
        super().__init__(parent)
        self.setObjectName("protection-wipe")
        self.setWindowTitle(WINDOW_TITLE)
        self.seconds = seconds
        self.remaining = seconds
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._confirm_page())
        self.pages.addWidget(self._countdown_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        fit_to_screen(self, 600, 420)

    def _confirm_page(self) -> QWidget:
        page = QWidget()
        self.typed = QLineEdit(page)
        self.typed.setObjectName("wipe-typed")
        words = confirm_words()
        self.typed.setAccessibleName(tr(_CONTEXT, "Type {words} to confirm").format(words=words))
        self.typed.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.typed.textChanged.connect(self._typed)
        # Enter is taken here (QLineEdit would pass it on to the dialog, whose default
        # button is "Keep my workbook"): it starts the countdown once the words are typed.
        self.typed.installEventFilter(self)
        self.start_button = QPushButton(tr(_CONTEXT, "Wipe everything"))
        self.start_button.setObjectName("wipe-start")
        self.start_button.setEnabled(False)
        warn = tone_colour("error", on=QPalette.ColorRole.Button).name()  # ui/theme.py
        self.start_button.setStyleSheet(f"QPushButton:enabled {{ color: {warn}; }}")
        self.start_button.clicked.connect(self.start)
        keep = QPushButton(tr(_CONTEXT, "Keep my workbook"))
        keep.setObjectName("wipe-keep")
        keep.setDefault(True)
        keep.clicked.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(tr(_CONTEXT, "Wipe everything?")))
        layout.addWidget(paragraph(tr(_CONTEXT, WIPE_EXPLANATION)))
        prompt = QLabel(
            tr(_CONTEXT, "To go ahead, type  <b>{words}</b>  below:").format(words=words), page
        )
        prompt.setTextFormat(Qt.TextFormat.RichText)
        prompt.setAccessibleName(
            tr(_CONTEXT, "To go ahead, type {words} below").format(words=words)
        )
        layout.addWidget(prompt)
        layout.addWidget(self.typed)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addStretch(1)
        row.addWidget(keep)
        layout.addLayout(row)
        return page

    def _countdown_page(self) -> QWidget:
        page = QWidget()
        self.count_label = heading("")
        self.count_label.setObjectName("wipe-countdown")
        self.count_label.setStyleSheet(ERROR_STYLE)
        self.cancel_button = QPushButton(tr(_CONTEXT, "Stop — keep my workbook"))
        self.cancel_button.setObjectName("wipe-cancel")
        # Not a default button: the Enter that started the countdown (or a second one) must
        # not stop it. Clicking it, or Space while it has focus, does.
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(page)
        layout.addWidget(self.count_label)
        layout.addWidget(
            paragraph(
                tr("protection", "Nothing has been deleted yet. To stop it, press Stop or Escape.")
            )
        )
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        return page

    @property
    def counting(self) -> bool:
        return self.pages.currentIndex() == 1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.typed
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER_KEYS
        ):
            self.start()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER_KEYS:
            # QDialog would click the default button ("Keep my workbook" on the first page,
            # nothing useful on the countdown): Enter does nothing here.
            event.accept()
            return
        super().keyPressEvent(event)

    def _typed(self, text: str) -> None:
        typed = " ".join(text.lower().split())
        self.start_button.setEnabled(typed in (confirm_words(), CONFIRM_WORDS))

    def start(self) -> None:
        if not self.start_button.isEnabled() or self.counting:
            return
        self.remaining = self.seconds
        self._show_count()
        self.pages.setCurrentIndex(1)
        self.cancel_button.setFocus()
        self.timer.start()

    def _show_count(self) -> None:
        text = plural(_CONTEXT, _COUNTDOWN, self.remaining, "Wiping everything in 1 second…")
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)

    def _tick(self) -> None:
        self.remaining -= 1
        if self.remaining > 0:
            self._show_count()
            return
        self.timer.stop()
        self.count_label.setText(tr(_CONTEXT, "Wiping…"))
        self.cancel_button.setEnabled(False)
        self.confirmed.emit()
        self.accept()

    def cancel(self) -> None:
        """The Stop button and Escape."""
        self.timer.stop()
        super().reject()

    def reject(self) -> None:
        # Escape (QDialog calls reject) stops the countdown; "Keep my workbook" on the first
        # page closes the dialog.
        self.cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.counting and self.timer.isActive():
            event.ignore()  # the window's close button does not stop a running countdown
            return
        super().closeEvent(event)
