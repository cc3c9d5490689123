"""Helpers for driving the wizard like a person: find things by objectName, type, click."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from workbook.storage.repository import PlanRepository
from workbook.ui.app import WorkbookApp

W = TypeVar("W", bound=QWidget)


def find(root: QWidget, kind: type[W], name: str) -> W:
    found = root.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found


def click(qtbot: QtBot, root: QWidget, name: str) -> None:
    button = find(root, QAbstractButton, name)  # type: ignore[type-abstract]
    assert button.isEnabled(), f"{name} is disabled"
    assert button.isVisible(), f"{name} is not visible"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, root: QWidget, name: str, text: str) -> None:
    """Type like a person: focus the field, select what is there, type over it."""
    widget = root.findChild(QWidget, name)
    assert widget is not None, f"no field named {name!r}"
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()
        if widget.text():
            qtbot.keyClick(widget, Qt.Key.Key_Delete)
    elif isinstance(widget, QPlainTextEdit):
        widget.selectAll()
        if widget.toPlainText():
            qtbot.keyClick(widget, Qt.Key.Key_Delete)
    elif isinstance(widget, QSpinBox):
        widget.selectAll()
    qtbot.keyClicks(widget, text)


def choose(root: QWidget, name: str, text: str) -> None:
    combo = find(root, QComboBox, name)
    index = combo.findText(text)
    assert index >= 0, (
        f"{text!r} is not offered in {name}: {[combo.itemText(i) for i in range(combo.count())]}"
    )
    combo.setCurrentIndex(index)


def tick(qtbot: QtBot, root: QWidget, name: str, on: bool = True) -> None:
    box = find(root, QCheckBox, name)
    if box.isChecked() != on:
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked() == on


def add_list_item(qtbot: QtBot, root: QWidget, prefix: str, field: str, text: str) -> None:
    """Press "Add …" under a list and type the new item into the box it opens."""
    click(qtbot, root, f"{prefix}-{field}-add")
    host = find(root, QWidget, f"{prefix}-{field}-list")
    edits = [
        e
        for e in host.findChildren(QWidget)
        if isinstance(e, QLineEdit | QPlainTextEdit) and e.isVisible()
    ]

    def text_of(edit: QWidget) -> str:
        return edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()  # type: ignore[attr-defined]

    empty = [e for e in edits if not text_of(e)]
    assert len(empty) == 1, "exactly one empty box should be waiting for the new item"
    assert root.focusWidget() is empty[0], "the new item's box should have the keyboard focus"
    assert empty[0] is edits[-1], "the new item goes at the end"
    qtbot.keyClicks(empty[0], text)
    items = [text_of(e) for e in edits]
    assert items[-1] == text, items


FAILURES: list[BaseException] = []


def when_modal(action: Callable[[QWidget], None], after: QWidget | None = None) -> None:
    """Run `action` on the next modal dialog that opens (other than `after`).

    If the action fails, the dialog is closed (so the test cannot hang on it) and the
    failure is kept in FAILURES for `raise_failures()`.
    """

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog is after or not dialog.isVisible():
            QTimer.singleShot(10, poll)
            return
        try:
            action(dialog)
        except BaseException as error:
            FAILURES.append(error)
            if dialog.isVisible():
                dialog.reject()  # type: ignore[attr-defined]

    QTimer.singleShot(0, poll)


def raise_failures() -> None:
    if FAILURES:
        error = FAILURES[0]
        FAILURES.clear()
        raise error


def answer_message(choice_index: int, seen: list[str] | None = None) -> None:
    """Answer the next message box by pressing its button number `choice_index`."""

    def action(dialog: QWidget) -> None:
        if seen is not None:
            seen.append(dialog.text() + "\n" + dialog.informativeText())  # type: ignore[attr-defined]
        button = find(dialog, QPushButton, f"button-message-choice-{choice_index}")
        button.click()

    when_modal(action)


class Session:
    """The app opened on a folder, closed again at the end of the test."""

    def __init__(self, qtbot: QtBot, folder: Path) -> None:
        self.repo = PlanRepository.open(folder)
        self.app = WorkbookApp(self.repo, folder)
        self.window = self.app.start()
        qtbot.addWidget(self.window)
        qtbot.waitExposed(self.window)

    @property
    def wizard(self) -> Any:
        return self.app.wizard

    def close(self) -> None:
        for window in (self.app._wizard, self.app._overview):
            if window is not None:
                window.hide()
        self.repo.close()
