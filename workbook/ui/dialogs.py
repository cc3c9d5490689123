"""The one place the workbook talks to QMessageBox and QFileDialog.

Every question, notice and file chooser of the UI goes through these functions, so that
tests patch one module and the protection layer (history cleaning, quick exit) has one
place to hook into. Message boxes are built by hand rather than with the static helpers so
that each gets a neutral window title, an objectName and keyboard-friendly buttons. File
dialogs are Qt's own (non-native) dialogs, which keep no recent-files history in the
desktop's shared lists.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from workbook.domain.i18n import tr

WINDOW_TITLE = "Workbook"  # the app's name, the same in every language
_CONTEXT = "Dialogs"


def _box(
    parent: QWidget | None, icon: QMessageBox.Icon, text: str, detail: str = ""
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("message-box")
    box.setWindowTitle(WINDOW_TITLE)
    box.setIcon(icon)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    box.setAccessibleName(WINDOW_TITLE)
    box.setAccessibleDescription(text)
    return box


def inform(parent: QWidget | None, text: str, detail: str = "") -> None:
    """A notice with one OK button."""
    box = _box(parent, QMessageBox.Icon.Information, text, detail)
    ok = box.addButton(tr(_CONTEXT, "OK"), QMessageBox.ButtonRole.AcceptRole)
    ok.setObjectName("button-message-ok")
    box.setDefaultButton(ok)
    box.setEscapeButton(ok)
    box.exec()


def confirm(
    parent: QWidget | None,
    text: str,
    detail: str = "",
    yes: str = "",
    no: str = "",
) -> bool:
    """A yes/no question; Escape and closing the box answer no. The buttons say Yes and No
    unless `yes` and `no` (translated) say more."""
    choices = [yes or tr(_CONTEXT, "&Yes"), no or tr(_CONTEXT, "&No")]
    return ask(parent, text, choices, detail=detail, default=1) == 0


def ask(
    parent: QWidget | None,
    text: str,
    choices: Sequence[str],
    detail: str = "",
    default: int = 0,
) -> int:
    """A question with several answers; returns the index chosen, or the last one on Escape.

    The last choice should always be the harmless one ("Keep it", "Cancel").
    """
    box = _box(parent, QMessageBox.Icon.Question, text, detail)
    buttons = []
    for index, choice in enumerate(choices):
        role = (
            QMessageBox.ButtonRole.RejectRole
            if index == len(choices) - 1
            else QMessageBox.ButtonRole.AcceptRole
        )
        button = box.addButton(choice, role)
        button.setObjectName(f"button-message-choice-{index}")
        buttons.append(button)
    box.setDefaultButton(buttons[default])
    box.setEscapeButton(buttons[-1])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else len(choices) - 1


def save_file_path(
    parent: QWidget | None,
    suggested_name: str,
    name_filter: str = "",
    folder: Path | None = None,
) -> Path | None:
    """Ask where to save a file (a PDF unless `name_filter` says otherwise); None when the
    person cancels."""
    name_filter = name_filter or tr(_CONTEXT, "PDF documents (*.pdf)")
    dialog = QFileDialog(parent)
    dialog.setObjectName("file-dialog-save")
    dialog.setWindowTitle(WINDOW_TITLE)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(name_filter)
    dialog.setHistory([])
    if folder is not None:
        dialog.setDirectory(str(folder))
    dialog.selectFile(suggested_name)
    accepted = dialog.exec()
    files = dialog.selectedFiles()
    from workbook.ui.protection.traces import forget_file_dialog  # not before the first window

    forget_file_dialog(dialog)  # Qt saves its folder history when the dialog is destroyed
    if not accepted:
        return None
    return Path(files[0]) if files else None


def open_file_paths(
    parent: QWidget | None, name_filter: str = "", folder: Path | None = None
) -> list[Path]:
    """Ask for one or more existing files to open; [] when the person cancels."""
    name_filter = name_filter or tr(_CONTEXT, "All files (*)")
    dialog = QFileDialog(parent)
    dialog.setObjectName("file-dialog-open-several")
    dialog.setWindowTitle(WINDOW_TITLE)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setNameFilter(name_filter)
    dialog.setHistory([])
    if folder is not None:
        dialog.setDirectory(str(folder))
    accepted = dialog.exec()
    files = dialog.selectedFiles()
    from workbook.ui.protection.traces import forget_file_dialog  # not before the first window

    forget_file_dialog(dialog)  # Qt saves its folder history when the dialog is destroyed
    return [Path(name) for name in files] if accepted else []
