"""The Welcome page asks once how the workbook speaks of the other person; the choice is kept in
the workbook and every page's words follow at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QRadioButton, QTableView, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import Session, find

from workbook.domain.model import OtherPerson
from workbook.domain.other_person import Voice, current_voice, set_voice
from workbook.ui.page_boundaries import offer_suggestions


def _header(table: QTableView, column: int) -> str:
    return str(table.model().headerData(column, Qt.Orientation.Horizontal))


def test_the_choice_is_saved_and_every_page_follows_at_once(
    qtbot: QtBot, open_session: Callable[[], Session]
) -> None:
    session = open_session()
    wizard = session.wizard
    box = find(wizard, QWidget, "welcome-other-person")
    example = find(box, QLabel, "other-person-example")
    name = find(box, QLineEdit, "other-person-name")
    proxies_intro = find(wizard, QLabel, "intro-proxies")
    boundaries_intro = find(wizard, QLabel, "intro-boundaries")
    proxies_table = find(find(wizard, QWidget, "page-proxies"), QTableView, "table-proxies")
    # Neutral until the person chooses; the name field waits for its choice.
    assert find(box, QRadioButton, "other-person-they").isChecked()
    assert example.text() == "For example: “They turn up at home or work”"
    assert proxies_intro.text().startswith("The other person may send people")
    assert not name.isEnabled()

    offer_suggestions(session.app.store)  # as the boundaries page does when first shown
    qtbot.mouseClick(find(box, QRadioButton, "other-person-she"), Qt.MouseButton.LeftButton)
    assert session.app.store.plan.other_person is OtherPerson.SHE
    gifts = next(
        c for c in session.app.store.plan.commitments if c.suggestion_key == "return-gifts"
    )
    assert gifts.text == "I return her gifts unopened.", "an undecided suggestion follows"
    assert example.text() == "For example: “She turns up at home or work”"
    assert proxies_intro.text().startswith("She may send other people")
    assert "if you ever hear her voice" in boundaries_intro.text()
    assert _header(proxies_table, 1) == "Connection to her"
    assert session.repo.load_other_person() == (OtherPerson.SHE, "")

    qtbot.mouseClick(find(box, QRadioButton, "other-person-name"), Qt.MouseButton.LeftButton)
    assert name.isEnabled()
    assert wizard.focusWidget() is name
    # Until a name is typed, a name choice speaks neutrally.
    assert example.text() == "For example: “They turn up at home or work”"
    qtbot.keyClicks(name, "<b>Robin</b> {0}")
    qtbot.waitUntil(lambda: session.repo.load_other_person()[1] == "<b>Robin</b> {0}")
    assert example.text() == "For example: “<b>Robin</b> {0} turns up at home or work”"
    assert example.textFormat() is Qt.TextFormat.PlainText
    assert proxies_intro.text().startswith("<b>Robin</b> {0} may send other people")
    assert _header(proxies_table, 1) == "Connection to <b>Robin</b> {0}"
    assert current_voice() == Voice(OtherPerson.NAME, "<b>Robin</b> {0}")
    set_voice(Voice())


def test_the_choice_is_there_again_after_the_workbook_is_reopened(
    qtbot: QtBot, open_session: Callable[[], Session]
) -> None:
    session = open_session()
    box = find(session.wizard, QWidget, "welcome-other-person")
    qtbot.mouseClick(find(box, QRadioButton, "other-person-he"), Qt.MouseButton.LeftButton)
    session.close()
    set_voice(Voice())  # as a new process starts
    again = open_session()
    assert current_voice() == Voice(OtherPerson.HE)
    box = find(again.wizard, QWidget, "welcome-other-person")
    assert find(box, QRadioButton, "other-person-he").isChecked()
    assert find(again.wizard, QLabel, "intro-proxies").text().startswith("He may send")
    set_voice(Voice())
