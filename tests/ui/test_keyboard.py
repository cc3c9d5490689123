"""Keyboard-only use: Tab walks the editor's fields in order, Alt+letter jumps to a field,
Enter saves, and the record tables open and remove with Enter and Delete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import answer_message, find, raise_failures, when_modal

from workbook.domain.model import TrustedContact
from workbook.ui.editor import RecordEditor


def _focus(qtbot: QtBot) -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_tab_order_mnemonics_and_enter_in_the_editor(qtbot: QtBot, open_session) -> None:  # type: ignore[no-untyped-def]
    session = open_session()
    editor = RecordEditor(session.app.store, TrustedContact, None, session.window)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitActive(editor)
    name = find(editor, QWidget, "editor-contacts-name-edit")
    name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name)
    qtbot.keyClicks(name, "Tab Tester")
    visited = []
    for _ in range(4):
        qtbot.keyClick(_focus(qtbot), Qt.Key.Key_Tab)
        visited.append(_focus(qtbot).objectName())
    assert visited == [
        "editor-contacts-relationship-edit",
        "editor-contacts-roles-check_in_partner",
        "editor-contacts-roles-emergency_contact",
        "editor-contacts-roles-lawyer",
    ]
    # Alt+<letter> of the "Email" label jumps to the email field.
    email_label = find(editor, QWidget, "editor-contacts-email-label")
    letter = email_label.text().split("&")[1][0]  # type: ignore[attr-defined]
    qtbot.keyClick(editor, letter, Qt.KeyboardModifier.AltModifier)
    assert _focus(qtbot).objectName() == "editor-contacts-email-edit"
    qtbot.keyClicks(_focus(qtbot), "tab@example.org")
    qtbot.keyClick(_focus(qtbot), Qt.Key.Key_Return)  # Enter saves
    assert not editor.isVisible()
    assert [(c.name, c.email) for c in session.repo.list(TrustedContact)] == [
        ("Tab Tester", "tab@example.org")
    ]


def test_enter_opens_and_delete_removes_in_a_table(
    qtbot: QtBot,
    demo_folder,
    open_session,  # type: ignore[no-untyped-def]
) -> None:
    session = open_session()
    session.app.show_wizard(None)
    session.wizard.go_to("contacts")
    table = find(session.wizard.currentPage(), QTableView, "table-contacts")
    last = table.model().rowCount() - 1
    table.selectRow(last)
    opened: list[str] = []

    def look(dialog: QWidget) -> None:
        opened.append(find(dialog, QWidget, "editor-contacts-name-edit").text())  # type: ignore[attr-defined]
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    when_modal(look)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    raise_failures()
    assert opened == ["Tom Whitaker"]
    table.selectRow(last)
    answer_message(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    raise_failures()
    assert "Tom Whitaker" not in [c.name for c in session.repo.list(TrustedContact)]


def test_every_editor_label_gets_its_own_alt_letter() -> None:
    """Even the mandated-contact editor's 13 labels all get one (Start/End date used not
    to once the greedy choice had used up their letters), never S or D (Save, Discard)."""
    from workbook.domain import model
    from workbook.ui.editor import pick_mnemonics
    from workbook.ui.specs import spec_for

    kinds = [
        model.MandatedObligation,
        model.BoundaryCommitment,
        model.TrustedContact,
        model.BackupPlan,
        model.CheckInAgreement,
        model.CheckInLogEntry,
        model.SuspectedProxy,
        model.ContactLogEntry,
    ]
    for kind in kinds:
        labels = [f.label for f in spec_for(kind).fields]
        chosen = pick_mnemonics(labels, {"s", "d"})
        assert [text.replace("&", "") for text in chosen] == labels
        letters = [text[text.index("&") + 1].lower() for text in chosen if "&" in text]
        assert len(letters) == len(labels), chosen
        assert len(set(letters)) == len(letters), chosen
        assert not {"s", "d"} & set(letters), chosen
    # A label keeps the first letter of a word when nobody else needs it.
    assert pick_mnemonics(["Name", "Notes"], set()) == ["&Name", "N&otes"]


def test_check_in_log_buttons_answer_alt_letters_on_their_own_tab(
    qtbot: QtBot,
    demo_folder,
    open_session,  # type: ignore[no-untyped-def]
) -> None:
    session = open_session()
    session.app.show_wizard(None)
    session.wizard.go_to("checkins")
    page = session.wizard.currentPage()
    opened: list[str] = []

    def look(dialog: QWidget) -> None:
        opened.append(dialog.objectName())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    for count, (tab, expected) in enumerate(
        ((1, "editor-checkin-log"), (0, "editor-checkins")), start=1
    ):
        page.tabs.setCurrentIndex(tab)
        session.wizard.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is session.wizard)
        page.tabs.tabBar().setFocus()  # as after clicking the tab
        qtbot.waitUntil(lambda: QApplication.focusWidget() is page.tabs.tabBar())
        when_modal(look)
        qtbot.keyClick(session.wizard, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda n=count: len(opened) == n, timeout=3000)
        raise_failures()
        assert opened[-1] == expected
