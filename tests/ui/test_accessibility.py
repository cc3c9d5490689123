"""Every window as a screen reader and a keyboard user meet it: each window's accessibility
tree (QAccessible) has no focusable control without a name and no raw "&" in a name; no
scroll area is a silent Tab stop; no Alt letter is used twice in a window; table rows read
as sentences."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from workbook.domain import model
from workbook.ui.editor import RecordEditor

KINDS = [
    model.MandatedObligation,
    model.BoundaryCommitment,
    model.TrustedContact,
    model.BackupPlan,
    model.CheckInAgreement,
    model.CheckInLogEntry,
    model.SuspectedProxy,
    model.ContactLogEntry,
]
_NAME = QAccessible.Text.Name


def _tree(iface: QAccessibleInterface, depth: int = 0) -> Iterator[QAccessibleInterface]:
    yield iface
    if depth > 40:
        return
    for index in range(iface.childCount()):
        child = iface.child(index)
        if child is not None and child.isValid():
            yield from _tree(child, depth + 1)


def _where(iface: QAccessibleInterface) -> str:
    obj = iface.object()
    name = obj.objectName() if obj is not None else ""
    return f"{type(obj).__name__ if obj is not None else iface.role()}:{name or '?'}"


def tree_problems(window: QWidget) -> list[str]:
    """Focusable controls a screen reader cannot name, and names with a raw "&"."""
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None and root.isValid()
    problems = []
    for iface in _tree(root):
        state = iface.state()
        if state.invisible or state.offscreen:
            continue
        name = iface.text(_NAME) or ""
        if state.focusable and not name.strip():
            problems.append(f"unnamed focusable {_where(iface)}")
        if re.search(r"&\w", name):
            problems.append(f"'&' in the name {name!r} of {_where(iface)}")
    return problems


def silent_scroll_areas(window: QWidget) -> list[str]:
    """Scroll areas (other than lists and text boxes, which are controls) that take Tab and
    say nothing: no name. (A page of text may be a Tab stop, to scroll it with the keys,
    when it says what it is.)"""
    return [
        area.objectName() or type(area).__name__
        for area in window.findChildren(QAbstractScrollArea)
        if area.isVisible()
        and not isinstance(area, QAbstractItemView)
        and not isinstance(area, QPlainTextEdit | QTextEdit)  # text to read or write
        and area.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not area.accessibleName()
    ]


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def duplicate_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt letters used by more than one visible control of the window."""
    owners: dict[str, list[str]] = {}

    def add(text: str, who: str) -> None:
        letter = _mnemonic(text)
        if letter:
            owners.setdefault(letter, []).append(f"{who} {text!r}")

    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            add(widget.text(), widget.objectName())
        elif isinstance(widget, QGroupBox):
            add(widget.title(), widget.objectName())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget.tabText(index), widget.objectName() or "tab")
    return {letter: who for letter, who in owners.items() if len(who) > 1}


def check_window(window: QWidget, where: str) -> None:
    assert tree_problems(window) == [], where
    assert silent_scroll_areas(window) == [], where
    assert duplicate_mnemonics(window) == {}, where


def test_every_window_and_page(qtbot: QtBot, demo_folder: Any, open_session: Any) -> None:
    session = open_session()
    overview = session.app.overview
    qtbot.waitExposed(overview)
    check_window(overview, "overview")
    session.app.show_wizard(None)
    wizard = session.wizard
    qtbot.waitExposed(wizard)
    for slug in wizard.page_ids:
        wizard.go_to(slug)
        page = wizard.currentPage()
        tabs = getattr(page, "tabs", None)
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
            QApplication.processEvents()
            check_window(wizard, f"page {slug}, tab {index}")


def test_every_editor_new_and_filled(qtbot: QtBot, demo_folder: Any, open_session: Any) -> None:
    session = open_session()
    plan = session.app.store.plan
    for kind in KINDS:
        records = plan.records_of(kind)
        for record in (None, records[0] if records else None):
            editor = RecordEditor(session.app.store, kind, record, session.window)
            qtbot.addWidget(editor)
            editor.show()
            qtbot.waitExposed(editor)
            if record is None:
                editor.accept()  # Save tried on an empty form: every problem shows
            check_window(editor, f"editor {kind.__name__} {'filled' if record else 'new'}")
            editor.reject()
            editor.deleteLater()


def test_the_export_dialog(qtbot: QtBot) -> None:
    from workbook.ui.export_dialog import ExportOptionsDialog

    dialog = ExportOptionsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.protect.setChecked(True)
    check_window(dialog, "export options")


def test_export_advises_on_a_short_password_and_names_the_file_by_date(qtbot: QtBot) -> None:
    from datetime import date

    from PySide6.QtWidgets import QDialogButtonBox

    from workbook.ui.export_dialog import ExportOptionsDialog, default_file_name

    assert default_file_name(date(2026, 11, 27)) == "2026-11-27.pdf"
    dialog = ExportOptionsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.protect.setChecked(True)
    assert not ok.isEnabled() and "Please type" in dialog.message.text()
    dialog.password.setText("abc")
    dialog.again.setText("abc")
    assert "short" in dialog.message.text() and dialog.message.isVisible()
    assert ok.isEnabled()  # advice, not a refusal
    assert dialog.options().password == "abc"
    dialog.password.setText("a much longer passphrase")
    dialog.again.setText("a much longer passphrase")
    assert not dialog.message.isVisible()


def test_table_rows_read_as_sentences(qtbot: QtBot, demo_folder: Any, open_session: Any) -> None:
    """Moving down the commitments table used to read only "Adopted, Adopted…"."""
    session = open_session()
    session.app.show_wizard(None)
    session.wizard.go_to("boundaries")
    table = session.wizard.currentPage().findChild(QTableView, "table-boundaries")
    model_ = table.model()
    first = model_.data(model_.index(0, 0), Qt.ItemDataRole.AccessibleTextRole)
    second = model_.data(model_.index(1, 0), Qt.ItemDataRole.AccessibleTextRole)
    record = model_.record_at(0)
    assert first.startswith("My decision: ")
    assert record.text in first  # the whole commitment, not a cut line
    assert first != second
    # Qt's table cell hands that sentence to the screen reader.
    table.setFocus()
    table.selectRow(1)
    iface = QAccessible.queryAccessibleInterface(table)
    names = [iface.child(i).text(_NAME) for i in range(iface.childCount())]
    assert second in names
    assert "Adopted" not in names  # no cell says only its own word


def test_the_change_passphrase_dialog_has_one_current_passphrase_label(qtbot: QtBot) -> None:
    from workbook.ui.protection.panel import ChangePassphraseDialog

    dialog = ChangePassphraseDialog(None)  # type: ignore[arg-type]  # the layer acts on Continue
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    labels = [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.isVisible() and "Current passphrase" in label.text()
    ]
    assert labels == ["Current passphrase:"]
    check_window(dialog, "change passphrase")


def test_the_protection_windows(qtbot: QtBot, tmp_path: Any) -> None:
    """Set-up, unlock, wipe and a new recovery code: the windows before and around the plan."""
    from workbook.storage import keys
    from workbook.ui.protection.panel import NewRecoveryCodeDialog
    from workbook.ui.protection.setup import SetupDialog
    from workbook.ui.protection.unlock import UnlockDialog
    from workbook.ui.protection.wipe_dialog import WipeDialog

    fast = keys.PassphraseKdf(memory_kib=64, iterations=1, lanes=1)
    locked = tmp_path / "locked"
    locked.mkdir()
    keys.create_keys(locked, "correct horse battery staple", kdf=fast)
    windows = {
        "set-up": SetupDialog(tmp_path / "new", kdf=fast),
        "unlock": UnlockDialog(locked, kdf=fast),
        "wipe": WipeDialog(seconds=3),
        "new recovery code": NewRecoveryCodeDialog(None),  # type: ignore[arg-type]
    }
    for where, window in windows.items():
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        check_window(window, where)
        window.hide()


def test_protection_messages_are_read_out(qtbot: QtBot, monkeypatch: Any) -> None:
    """A wrong passphrase used to make no announcement: every message the protection screens
    show is said once (errors at once, notes politely)."""
    from workbook.ui import common
    from workbook.ui.protection import widgets

    said: list[tuple[str, bool]] = []
    # (the protection screens take `announce` from ui/common.py when a message is shown)
    monkeypatch.setattr(
        common, "announce", lambda _w, text, assertive=False: said.append((text, assertive))
    )
    label = widgets.message_label()
    qtbot.addWidget(label)
    label.show_message("That passphrase did not open the workbook.")
    label.show_message("That passphrase did not open the workbook.")  # no repeat
    label.show_message("One moment…", "note")
    label.show_message("")
    assert said == [
        ("That passphrase did not open the workbook.", True),
        ("One moment…", False),
    ]
