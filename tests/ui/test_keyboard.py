"""Keyboard-only use: Tab walks the editor's fields in order, Alt+letter jumps to a field,
Enter saves, and the record tables open and remove with Enter and Delete."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import FAILURES, answer_message, find, raise_failures, when_modal

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


def _alt(qtbot: QtBot, window: QWidget, key: Qt.Key) -> None:
    qtbot.keyClick(_focus(qtbot), key, Qt.KeyboardModifier.AltModifier)


def _activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


@pytest.fixture
def focus_ring() -> Iterator[Any]:
    """The app's focus ring (theme.install), for one test."""
    from workbook.ui import theme

    app = QApplication.instance()
    keeper = theme._RingKeeper()
    app.focusChanged.connect(keeper.focus_changed)
    yield keeper
    app.focusChanged.disconnect(keeper.focus_changed)


def test_keyboard_only_through_one_page_of_each_kind(
    qtbot: QtBot,
    open_session,  # type: ignore[no-untyped-def]
    focus_ring: Any,
) -> None:
    """The overview (Tab, Enter), a list page (Alt+A, type, Enter; the detail pane), a
    tabbed page with text boxes (Alt+letter of a tab and a label) and the review page (a date
    typed), without touching the mouse."""
    from datetime import date

    from PySide6.QtWidgets import QTextBrowser

    from workbook.domain.model import MandatedObligation

    session = open_session()
    session.app.store.save(MandatedObligation(mandated_by_name="Family court"))
    session.app.show_overview()
    overview = session.app.overview
    _activate(qtbot, overview)
    # Overview: Tab to "Open Trusted contacts", Enter opens it (Space used to be the only way).
    target = find(overview, QWidget, "button-overview-open-contacts")
    for _ in range(40):
        if _focus(qtbot) is target:
            break
        qtbot.keyClick(_focus(qtbot), Qt.Key.Key_Tab)
    assert _focus(qtbot) is target
    qtbot.keyClick(target, Qt.Key.Key_Return)
    wizard = session.wizard
    qtbot.waitUntil(wizard.isVisible)
    assert wizard.currentPage().objectName() == "page-contacts"
    _activate(qtbot, wizard)

    # A list page: Alt+A opens a new entry, typing fills the first field, Enter saves.
    def fill(dialog: QWidget) -> None:
        name = find(dialog, QWidget, "editor-contacts-name-edit")
        qtbot.waitUntil(lambda: QApplication.focusWidget() is name)  # the first field
        qtbot.keyClicks(name, "Kim Example")
        qtbot.keyClick(name, Qt.Key.Key_Tab)
        qtbot.keyClicks(_focus(qtbot), "My neighbour")
        qtbot.keyClick(_focus(qtbot), Qt.Key.Key_Return)

    when_modal(fill)
    table = find(wizard.currentPage(), QTableView, "table-contacts")
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    _alt(qtbot, wizard, Qt.Key.Key_A)
    qtbot.waitUntil(
        lambda: bool(FAILURES) or len(session.repo.list(TrustedContact)) == 1, timeout=3000
    )
    raise_failures()
    assert [(c.name, c.relationship) for c in session.repo.list(TrustedContact)] == [
        ("Kim Example", "My neighbour")
    ]
    _activate(qtbot, wizard)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)  # back where it was
    # The new row is selected; Tab reaches its whole text in the detail pane.
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    details = find(wizard.currentPage(), QTextBrowser, "details-contacts")
    assert _focus(qtbot) is details
    # The focus ring is around it, beside the splitter, never inside it as a third part.
    assert wizard.currentPage().records.splitter.count() == 2
    ring = focus_ring.ring
    assert ring is not None and ring.isVisible()
    assert ring.geometry().contains(details.mapTo(ring.parentWidget(), details.rect().center()))
    assert "My neighbour" in details.toPlainText()

    # A tabbed page with text boxes: Alt+Y shows "My own words", Alt+F the firm sentence.
    wizard.go_to("boundaries")
    page = wizard.currentPage()
    page.records.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.records.table)
    _alt(qtbot, wizard, Qt.Key.Key_Y)
    assert page.tabs.currentIndex() == 1
    _alt(qtbot, wizard, Qt.Key.Key_F)
    firm = page.statements.fields["firm_sentence"].focus_widget()
    assert _focus(qtbot) is firm
    qtbot.keyClicks(firm, "I will not talk with you.")
    # The Adopt button of the hidden tab has Alt+D: it types nothing here.
    _alt(qtbot, wizard, Qt.Key.Key_D)
    assert firm.toPlainText() == "I will not talk with you."  # type: ignore[attr-defined]
    qtbot.waitUntil(
        lambda: session.repo.load_plan().statements.firm_sentence == "I will not talk with you.",
        timeout=3000,
    )

    # The review page: Alt+R reaches the date, typed as it reads.
    wizard.go_to("review")
    _activate(qtbot, wizard)
    _alt(qtbot, wizard, Qt.Key.Key_R)
    review = find(wizard.currentPage(), QWidget, "review-next-review")
    assert _focus(qtbot) is review
    _alt(qtbot, wizard, Qt.Key.Key_Q)  # no shortcut has Q: nothing is typed either
    assert review.text() == ""  # type: ignore[attr-defined]
    qtbot.keyClicks(review, "2027-01-15")
    assert session.repo.load_plan().next_review == date(2027, 1, 15)


def test_enter_presses_a_button_added_to_the_overview_corner(
    qtbot: QtBot,
    demo_folder,  # type: ignore[no-untyped-def]
    open_session,  # type: ignore[no-untyped-def]
) -> None:
    """The Quick exit button is added by the protection layer; Enter presses it too."""
    from PySide6.QtWidgets import QPushButton

    session = open_session()
    overview = session.app.overview
    corner = QPushButton("Corner", overview)
    pressed: list[bool] = []
    corner.clicked.connect(lambda: pressed.append(True))
    overview.add_corner_widget(corner)
    _activate(qtbot, overview)
    corner.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is corner)
    qtbot.keyClick(corner, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pressed == [True], timeout=2000)
