"""Small building blocks shared by the protection screens."""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QStackedWidget, QWidget

from workbook.domain.i18n import tr
from workbook.ui.qt_names import KEY_F12, set_properties
from workbook.ui.theme import MessageLabel, directed, tone_style

WINDOW_TITLE = "Workbook"  # neutral: never shows anything from the plan
QUICK_EXIT_KEY = KEY_F12  # Qt.Key.Key_F12, as QKeyEvent.key() gives it (qt_names.py)
QUICK_EXIT_KEY_TEXT = "F12"

# Colours for the palette in use when the protection screens load (light or dark): each
# reaches 4.5:1 against the window (workbook/ui/theme.py).
ERROR_STYLE = tone_style("error")
NOTE_STYLE = tone_style("note")


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(directed(text), parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    set_properties(label, textInteractionFlags="NoTextInteraction")
    return label


def paragraph(text: str, parent: QWidget | None = None, *, rich: bool = False) -> QLabel:
    label = QLabel(parent)
    set_properties(label, textFormat="RichText" if rich else "PlainText")
    label.setText(text if rich else directed(text))
    label.setWordWrap(True)
    label.setAccessibleName(text if not rich else "")
    set_properties(label, alignment="AlignLeft|AlignTop")
    return label


def message_label(parent: QWidget | None = None) -> MessageLabel:
    """The app's kind message next to a field in the protection screens' look (the text in
    its tone, no band); hidden while empty; read out when it changes."""
    label = MessageLabel(parent, band=False)
    label.hide()
    return label


class PassphraseEdit(QLineEdit):
    """A password field: hidden text, no context menu (so no "Copy"), no prediction."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setAccessibleName(accessible_name)
        set_properties(
            self,
            inputMethodHints="ImhHiddenText|ImhNoPredictiveText|ImhSensitiveData"
            "|ImhNoAutoUppercase",
            contextMenuPolicy="NoContextMenu",
        )
        self.setMinimumWidth(260)

    def wipe(self) -> None:
        """Forget the typed text (as far as Python strings allow)."""
        self.clear()


class ShowTextBox(QCheckBox):
    """ "Show what I type" for one or more passphrase fields (off again after each use)."""

    def __init__(self, edits: list[QLineEdit], parent: QWidget | None = None) -> None:
        super().__init__(tr("protection", "Show what I type"), parent)
        self._edits = edits
        self.setAccessibleName(tr("protection", "Show what I type"))
        self.toggled.connect(self._apply)

    def _apply(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in self._edits:
            edit.setEchoMode(mode)


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to the wanted size, but never larger than the screen's free area."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, area.width() - 24)
        height = min(height, area.height() - 24)
    widget.resize(width, height)


def replace_placeholder(pages: QStackedWidget, index: int, page: QWidget) -> None:
    """Put `page` where the placeholder at `index` stood: a page the screen builds only when
    it is first shown, so the first window waits for nothing it does not show."""
    placeholder = pages.widget(index)
    assert placeholder is not None  # made with the screen
    pages.insertWidget(index, page)
    pages.removeWidget(placeholder)
    placeholder.deleteLater()
