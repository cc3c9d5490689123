"""Everything Workbook puts on the clipboard is secret, and does not stay there.

`install(app)` (once, at start) makes `copy_secret` the one way text from Workbook reaches
the clipboard:

* Ctrl+C / Ctrl+X (whatever the platform's Copy and Cut keys are) in any text field, label
  or list is taken by an application-wide event filter and handed to `copy_secret`; the
  fields' own context menus get Copy and Cut entries that do the same. Password fields
  copy nothing, as Qt's own do.
* Text that reaches the clipboard some other way while Workbook owns it (on X11 the
  selection — PRIMARY — is set by selecting text with the mouse) is put back at once,
  in the same turn of the event loop, through `copy_secret`, so a clipboard manager never
  sees it unmarked.

`copy_secret` marks the text as secret for clipboard managers: `x-kde-passwordManagerHint:
secret` (KDE Klipper and several others on Linux), on Windows the formats that keep it
out of clipboard history and cloud clipboard, on macOS `org.nspasteboard.ConcealedType`
(the nspasteboard.org convention; needs Qt 6.5's QUtiMimeConverter, see `_MacConcealed`).
Thirty seconds later — and at once on lock and on quit — both the clipboard and the
selection are cleared, but only while they still hold what Workbook put there: something
copied in another program since is never touched.
"""

from __future__ import annotations

import contextlib
import sys
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QClipboard,
    QContextMenuEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

CLEAR_AFTER_MS = 30_000
KDE_SECRET_HINT = "x-kde-passwordManagerHint"
MAC_CONCEALED_MIME = "application/x-nspasteboard-concealed-type"
MAC_CONCEALED_UTI = "org.nspasteboard.ConcealedType"
WINDOWS_NO_HISTORY = (
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"',
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"',
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"',
)
# Platforms whose clipboard is another process's business, so that "do we still own it"
# can be asked. Elsewhere (offscreen, minimal) the clipboard lives in this process only.
_OWNERSHIP_PLATFORMS = ("xcb", "wayland", "windows", "cocoa")
_MODES = (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection)


def secret_mime_data(text: str) -> QMimeData:
    """The text with every platform's "do not keep this" marks (all of them on every
    platform: a mark another platform does not know is simply not offered there)."""
    data = QMimeData()
    data.setText(text)
    data.setData(KDE_SECRET_HINT, b"secret")
    # The first Windows format only needs to be present; the other two are DWORD 0 ("no").
    data.setData(WINDOWS_NO_HISTORY[0], b"")
    data.setData(WINDOWS_NO_HISTORY[1], b"\0\0\0\0")
    data.setData(WINDOWS_NO_HISTORY[2], b"\0\0\0\0")
    data.setData(MAC_CONCEALED_MIME, b"secret")
    return data


def is_marked_secret(data: QMimeData | None) -> bool:
    return data is not None and bytes(data.data(KDE_SECRET_HINT).data()) == b"secret"


class SecretClipboard(QObject):
    """The one way Workbook puts text on the clipboard; clears it after `clear_after_ms`."""

    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS):
        super().__init__(parent)
        self._ours: dict[QClipboard.Mode, str] = {}
        self._setting = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)
        self._watching = False

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()

    @staticmethod
    def _modes() -> list[QClipboard.Mode]:
        board = QGuiApplication.clipboard()
        return [m for m in _MODES if m == QClipboard.Mode.Clipboard or board.supportsSelection()]

    def set_clear_after(self, milliseconds: int) -> None:
        self._timer.setInterval(milliseconds)

    def watch(self) -> None:
        """Mark (and time) text that reaches the clipboard or selection by other ways."""
        if not self._watching:
            self._clipboard().changed.connect(self._changed)
            self._watching = True

    def copy(self, text: str, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> None:
        if not text:
            return
        self._setting = True
        try:
            self._clipboard().setMimeData(secret_mime_data(text), mode)
        finally:
            self._setting = False
        self._ours[mode] = text
        self._timer.start()

    def _owns(self, mode: QClipboard.Mode) -> bool:
        board = self._clipboard()
        if mode == QClipboard.Mode.Selection:
            return board.ownsSelection()
        return board.ownsClipboard()

    @staticmethod
    def _knows_ownership() -> bool:
        return QGuiApplication.platformName() in _OWNERSHIP_PLATFORMS

    def holds_ours(self, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> bool:
        ours = self._ours.get(mode)
        if ours is None or self._clipboard().text(mode) != ours:
            return False
        return self._owns(mode) or not self._knows_ownership()

    def _changed(self, mode: QClipboard.Mode) -> None:
        if self._setting:
            return
        if not (self._knows_ownership() and self._owns(mode)):
            self._ours.pop(mode, None)  # another program's text now: never ours to clear
            return
        data = self._clipboard().mimeData(mode)
        if is_marked_secret(data):
            return
        text = data.text() if data is not None else ""
        if text:
            # Set by Qt itself (the selection, or a widget we did not catch): mark it now,
            # before the event loop lets any other program ask for it.
            self.copy(text, mode)

    def clear_if_ours(self) -> None:
        """Clear the clipboard and selection where they still hold what Workbook put there."""
        self._timer.stop()
        for mode in self._modes():
            if self.holds_ours(mode):
                self._setting = True
                try:
                    self._clipboard().clear(mode)
                finally:
                    self._setting = False
        self._ours.clear()


_shared: SecretClipboard | None = None


def secret_clipboard() -> SecretClipboard:
    """The app-wide instance (created on first use, parented to the application)."""
    global _shared  # noqa: PLW0603 - one clipboard guard per process
    if _shared is None or not shiboken6.isValid(_shared):
        _shared = SecretClipboard(QGuiApplication.instance())
    return _shared


def copy_secret(text: str) -> None:
    secret_clipboard().copy(text)


# -- taking Copy and Cut from the widgets ---------------------------------------------------


def _text_widget(watched: QObject) -> QWidget | None:
    """The text field a key or context-menu event is for (text edits get the menu event on
    their viewport)."""
    if isinstance(watched, (QLineEdit, QPlainTextEdit, QTextEdit, QLabel, QAbstractItemView)):
        return watched
    parent = watched.parent() if isinstance(watched, QWidget) else None
    if isinstance(parent, (QPlainTextEdit, QTextEdit)) and watched is parent.viewport():
        return parent
    return None


def selected_text(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        if widget.echoMode() != QLineEdit.EchoMode.Normal:
            return ""  # passwords are never copied
        return widget.selectedText()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.textCursor().selection().toPlainText()
    if isinstance(widget, QLabel):
        return widget.selectedText()
    if isinstance(widget, QAbstractItemView):
        index = widget.currentIndex()
        value: Any = index.data(Qt.ItemDataRole.DisplayRole) if index.isValid() else None
        return value if isinstance(value, str) else ("" if value is None else str(value))
    return ""


def copy_from(widget: QWidget) -> None:
    copy_secret(selected_text(widget))


def cut_from(widget: QWidget) -> None:
    text = selected_text(widget)
    if not text:
        return
    if isinstance(widget, QLineEdit) and not widget.isReadOnly():
        copy_secret(text)
        widget.del_()  # removes the selection, on the undo stack like Qt's own cut
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.isReadOnly():
        copy_secret(text)
        cursor = widget.textCursor()
        cursor.removeSelectedText()
        widget.setTextCursor(cursor)
    else:
        copy_secret(text)  # read-only: Cut copies, as Qt's own does not even offer


class ClipboardGuard(QObject):
    """The application-wide event filter that routes Copy and Cut through `copy_secret`."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            copying = event.matches(QKeySequence.StandardKey.Copy)
            cutting = event.matches(QKeySequence.StandardKey.Cut)
            if (copying or cutting) and isinstance(watched, QWidget):
                widget = _text_widget(watched)
                if widget is not None and widget is watched:
                    (cut_from if cutting else copy_from)(widget)
                    event.accept()
                    return True
        elif kind == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            widget = _text_widget(watched)
            if (
                isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit))
                and widget.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu
            ):
                self._show_menu(widget, event)
                event.accept()
                return True
        return False

    @staticmethod
    def _show_menu(
        widget: QLineEdit | QPlainTextEdit | QTextEdit, event: QContextMenuEvent
    ) -> None:
        if isinstance(widget, QLineEdit):
            menu = widget.createStandardContextMenu()
        else:
            menu = widget.createStandardContextMenu(widget.viewport().mapFrom(widget, event.pos()))
        secure_menu(menu, widget)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())


def secure_menu(menu: QMenu, widget: QWidget) -> QMenu:
    """Replace a standard text menu's Copy and Cut by ones that go through `copy_secret`."""
    for action in list(menu.actions()):
        name = action.objectName()
        if name not in ("edit-copy", "edit-cut"):
            continue
        replacement = QAction(action.icon(), action.text(), menu)
        replacement.setObjectName(name)
        replacement.setEnabled(action.isEnabled() and bool(selected_text(widget)))
        handler = copy_from if name == "edit-copy" else cut_from
        replacement.triggered.connect(lambda _=False, h=handler: h(widget))
        menu.insertAction(action, replacement)
        menu.removeAction(action)
    return menu


class _State:
    guard: ClipboardGuard | None = None
    mac_converter: object | None = None


def install(app: QApplication, clear_after_ms: int = CLEAR_AFTER_MS) -> SecretClipboard:
    """Route every Copy and Cut through `copy_secret`, watch the selection, clear at quit."""
    board = secret_clipboard()
    board.set_clear_after(clear_after_ms)
    if _State.guard is None or not shiboken6.isValid(_State.guard):
        _State.guard = ClipboardGuard(app)
        app.installEventFilter(_State.guard)
        board.watch()
        app.aboutToQuit.connect(board.clear_if_ours)
        _State.mac_converter = _mac_concealed_converter()
    return board


def uninstall(app: QApplication) -> None:
    if _State.guard is not None and shiboken6.isValid(_State.guard):
        app.removeEventFilter(_State.guard)
        with contextlib.suppress(RuntimeError, TypeError):
            app.aboutToQuit.disconnect(secret_clipboard().clear_if_ours)
    _State.guard = None


def _mac_concealed_converter() -> object | None:
    """On macOS, map our MIME mark to the pasteboard type `org.nspasteboard.ConcealedType`
    (Qt would otherwise store it under a private name). Needs Qt 6.5 or newer."""
    if sys.platform != "darwin":
        return None
    try:
        from PySide6.QtGui import QUtiMimeConverter  # type: ignore[attr-defined]
    except ImportError:
        return None

    class _MacConcealed(QUtiMimeConverter):  # type: ignore[misc]
        def mimeForUti(self, uti: str) -> str:
            return MAC_CONCEALED_MIME if uti == MAC_CONCEALED_UTI else ""

        def utiForMime(self, mime: str) -> str:
            return MAC_CONCEALED_UTI if mime == MAC_CONCEALED_MIME else ""

        def convertToMime(self, _mime: str, data: list[bytes], _uti: str) -> object:
            return bytes(data[0]) if data else b""

        def convertFromMime(self, _mime: str, data: object, _uti: str) -> list[bytes]:
            return [bytes(data)] if isinstance(data, (bytes, bytearray)) else [b"secret"]

    try:
        return _MacConcealed()
    except Exception:
        return None
