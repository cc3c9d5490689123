"""Small building blocks shared by the overview and the wizard pages (kept light so the
overview can be shown without loading the editors)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QRadioButton,
    QWidget,
    QWidgetItem,
)

from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.ui.qt_names import KEY_ENTER, KEY_RETURN, set_properties

# Help now, on the set-up screen, uses this module: nothing here loads Qt's `Qt` namespace
# before it is needed (workbook/ui/qt_names.py).
if TYPE_CHECKING:  # the model loads after the first window (help now uses this module)
    from PySide6.QtCore import Qt

    from workbook.domain.model import Record, Section


def section_slug(section: Section) -> str:
    """The name a section's page and widgets go by in objectNames: "backup-plans"."""
    return section.value.replace("_", "-")


def kind_slug(kind: type[Record]) -> str:
    """The name a kind of record's list, table and editor go by in objectNames: its
    section's ("contacts"), or for a second kind in one section (the check-in log beside the
    agreements) its list's in the plan ("checkin-log"). Written nowhere else."""
    from workbook.domain.model import LIST_NAMES, RECORD_TYPES, SECTION_OF

    section = SECTION_OF[kind]
    first = next(other for other in RECORD_TYPES if SECTION_OF[other] is section)
    return section_slug(section) if kind is first else LIST_NAMES[kind].replace("_", "-")


_CONTEXT = "Common"
# The English source text; `save_failed()` gives it in the person's language.
SAVE_FAILED = QT_TRANSLATE_NOOP(
    _CONTEXT, "This could not be saved just now. Nothing else was changed; please try again."
)


def save_failed() -> str:
    """The general "could not be saved" sentence, translated."""
    return tr(_CONTEXT, SAVE_FAILED)


def storage_message(error: Exception) -> str:
    """The plain message a storage error carries (never user content), or a general one."""
    message = getattr(error, "message", None)
    return str(message) if isinstance(message, str) and message else save_failed()


def plural(context: str, source: str, count: int, english_one: str) -> str:
    """`source` ("%n steps") in the plural form for `count`, with `%n` filled in. Mark the
    source where it is written with `QT_TRANSLATE_NOOP(context, "%n steps", "", 0)` (lupdate
    makes it a plural entry only for a number literal). English has no translation installed,
    so Qt would keep the source's one form for every count: for one, `english_one` is used."""
    from workbook.ui.i18n import DEFAULT, current_language

    if count == 1 and current_language() == DEFAULT:
        return english_one.replace("%n", "1")
    return tr(context, source, "", count)


_MNEMONIC = re.compile(r"&(&|(?=\S))")


def plain(text: str) -> str:
    """A label's text without its mnemonic marker ("&Save" -> "Save", "&&" -> "&"; a lone
    "&" between words stays), as a screen reader should say it."""
    return _MNEMONIC.sub(lambda match: match.group(1) if match.group(1) == "&" else "", text)


def announce(widget: QWidget, message: str, *, assertive: bool = False) -> None:
    """Have a screen reader say `message` now (Qt's accessible announcement), on behalf of
    `widget`. Polite waits for the reader to finish; assertive interrupts it."""
    if not message:
        return
    # Here, not at load time: QAccessible's enum types cost the set-up screen's first paint.
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    event = QAccessibleAnnouncementEvent(widget, message)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    QAccessible.updateAccessibility(event)


_ENTER_KEYS = (KEY_RETURN, KEY_ENTER)  # Qt.Key.Key_Return and Key_Enter, as event.key() gives them


class _KeyboardRules(QObject):
    """Two rules for the keyboard, installed on the widgets they concern:

    * on a button, Enter presses it, as Space does (in a window that is not a dialog, Qt
      only answers Space; in a dialog, Enter would press the default button instead);
    * in a text field, Alt+letter never types the letter. Qt tries shortcuts first, so this
      only happens when no shortcut took the key (its button is disabled or hidden), and
      then the letter must not slip into what the person wrote. AltGr (Ctrl+Alt on
      Windows) still types, as it must for many keyboards."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        from PySide6.QtCore import Qt

        modifiers = event.modifiers()
        if isinstance(watched, QAbstractButton):
            if isinstance(watched, QCheckBox | QRadioButton):
                return False  # Enter on a tick box belongs to the window (Save)
            plain_key = not modifiers & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() in _ENTER_KEYS and plain_key and watched.isEnabled():
                watched.animateClick()
                return True
            return False
        alt = bool(modifiers & Qt.KeyboardModifier.AltModifier)
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        return alt and not ctrl and bool(event.text()) and event.text().isprintable()


_RULES: list[_KeyboardRules] = []  # one filter object for every widget, made when first needed


def keyboard_rules() -> _KeyboardRules:
    if not _RULES:
        _RULES.append(_KeyboardRules())
    return _RULES[0]


def enter_presses(button: QAbstractButton) -> None:
    """Enter presses this button when it has the focus."""
    button.installEventFilter(keyboard_rules())


def no_alt_typing(widget: QWidget) -> None:
    """Alt+letter never types into this text field."""
    widget.installEventFilter(keyboard_rules())


def make_button(text: str, name: str, description: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAutoDefault(False)
    button.setAccessibleName(plain(text))
    button.setAccessibleDescription(description)
    enter_presses(button)
    return button


class WrapLabel(QLabel):
    """A word-wrapped label that remembers its height for each width.

    Qt asks a wrapping label for its height at a given width many times whenever a page is
    shown (once per layout level, and again for the wizard's minimum size), and QLabel lays
    the whole text out afresh each time. Remembering the answer until the text, font or
    style changes makes switching pages noticeably quicker and changes nothing on screen."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._heights: dict[int, int] = {}
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        self._heights.clear()
        super().setText(text)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) > 16:
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        self._heights.clear()
        super().changeEvent(event)


def intro_label(text: str, parent: QWidget, name: str) -> QLabel:
    label = WrapLabel(text, parent)
    label.setObjectName(name)
    set_properties(label, textFormat="PlainText")
    label.setAccessibleName(text)
    return label


class FlowLayout(QLayout):
    """Lays buttons out left to right and wraps them onto a new line when the window is
    narrow or the font is large, so no button text is ever squeezed or clipped."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        # Answers since the last change (Qt asks many times each time a page is shown).
        self._heights: dict[int, int] = {}
        self._minimum: QSize | None = None
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insertWidget(self, index: int, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        from PySide6.QtCore import Qt

        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return height

    def invalidate(self) -> None:
        self._heights.clear()
        self._minimum = None
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        if self._minimum is None:
            size = QSize()
            for item in self._items:
                size = size.expandedTo(item.minimumSize())
            margins = self.contentsMargins()
            extra = QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
            self._minimum = size + extra
        return QSize(self._minimum)

    def _direction(self) -> Qt.LayoutDirection:
        host = self.parentWidget()
        return host.layoutDirection() if host is not None else QApplication.layoutDirection()

    def _arrange(self, rect: QRect, move: bool) -> int:
        from PySide6.QtWidgets import QStyle  # (its many enum types: not at load time)

        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._items:
            if item.isEmpty():  # a hidden button takes no room
                continue
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line_height > 0:
                x = rect.x()
                y += line_height + self._spacing
                line_height = 0
            if move:  # right to left (Arabic) mirrors each line: the first button at the right
                item.setGeometry(
                    QStyle.visualRect(self._direction(), rect, QRect(QPoint(x, y), hint))
                )
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()
