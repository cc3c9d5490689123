"""Small building blocks shared by the overview and the wizard pages (kept light so the
overview can be shown without loading the editors)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QPushButton, QWidget, QWidgetItem

from workbook.domain.model import Section

SECTION_SLUGS: dict[Section, str] = {
    Section.MANDATED: "mandated",
    Section.BOUNDARIES: "boundaries",
    Section.CONTACTS: "contacts",
    Section.BACKUP_PLANS: "backup-plans",
    Section.CHECKINS: "checkins",
    Section.PROXIES: "proxies",
    Section.CONTACT_LOG: "contact-log",
}


SAVE_FAILED = "This could not be saved just now. Nothing else was changed; please try again."


def storage_message(error: Exception) -> str:
    """The plain message a storage error carries (never user content), or a general one."""
    message = getattr(error, "message", None)
    return str(message) if isinstance(message, str) and message else SAVE_FAILED


def make_button(text: str, name: str, description: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAutoDefault(False)
    button.setAccessibleName(text.replace("&", ""))
    button.setAccessibleDescription(description)
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

    def setText(self, text: str) -> None:  # type: ignore[override]
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
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(text)
    return label


_NO_DIRECTION = Qt.Orientation(0)


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

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return _NO_DIRECTION

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

    def _arrange(self, rect: QRect, move: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._items:
            if item.isEmpty():  # a hidden button takes no room
                continue
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line_height > 0:
                x = rect.x()
                y += line_height + self._spacing
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()
