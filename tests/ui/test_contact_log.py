"""The contact-log page as a person uses it: both times and the gap, a correction that keeps
the version it corrects, a withdrawal with its reason, the history, and the chain's check and
latest hash."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QTableView, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from ui_helpers import click, find, raise_failures, type_into, when_modal

from workbook.domain.model import ContactLogEntry


def open_log(open_session: Any) -> tuple[Any, QWidget]:
    session = open_session()
    session.app.show_wizard(None)
    session.wizard.go_to("contact-log")
    page = session.wizard.currentPage()
    assert page.objectName() == "page-contact-log"
    QApplication.processEvents()  # the chain is checked once the page is on screen
    return session, page


WRITTEN, STATUS = "Written down", "Corrected or withdrawn"


def table_text(page: QWidget, row: int, header: str) -> str:
    model = find(page, QTableView, "table-contact-log").model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return str(model.index(row, headers.index(header)).data())


def select_row(page: QWidget, row: int) -> None:
    find(page, QTableView, "table-contact-log").selectRow(row)


def status(page: QWidget) -> str:
    return find(page, QLabel, "log-chain-status").text()


def test_the_log_shows_both_times_and_the_checked_chain(
    qtbot: QtBot, demo_folder: Any, open_session: Any
) -> None:
    session, page = open_log(open_session)
    assert status(page) == (
        "Record intact: 6 entries, each unchanged since it was written. "
        "Every entry was checked again just now."
    )
    latest = session.repo.verify_log().latest_hash
    assert find(page, QLineEdit, "log-latest-hash").text() == latest
    table = find(page, QTableView, "table-contact-log")
    assert table.model().rowCount() == 6
    assert table_text(page, 0, WRITTEN) == "written 1 hour after"  # demo: 70 minutes later
    assert table_text(page, 5, WRITTEN) == "written 26 hours after"
    click(qtbot, page, "button-log-copy-hash")
    assert QApplication.clipboard().text() == latest


def test_a_correction_keeps_the_version_it_corrects(
    qtbot: QtBot, demo_folder: Any, open_session: Any
) -> None:
    session, page = open_log(open_session)
    select_row(page, 1)
    before = session.repo.list(ContactLogEntry)

    def note(dialog: QWidget) -> None:
        assert dialog.objectName() == "dialog-log-reason"
        assert "Witnesses" in dialog.accessibleDescription()  # says what changed
        type_into(qtbot, dialog, "log-reason-edit", "Ruth reminded me she was there.")
        click(qtbot, dialog, "button-log-reason-ok")

    def edit(dialog: QWidget) -> None:
        assert dialog.objectName() == "editor-contact-log"
        assert find(dialog, QLabel, "editor-heading").text() == "Correct this entry"
        type_into(qtbot, dialog, "editor-contact-log-witnesses-edit", "Ruth, my neighbour")
        when_modal(note, after=dialog)
        click(qtbot, dialog, "button-editor-save")

    when_modal(edit)
    click(qtbot, page, "button-contact-log-correct")
    raise_failures()

    after = session.repo.list(ContactLogEntry)
    assert after[: len(before)] == before  # nothing changed or vanished
    correction = after[-1]
    assert correction.corrects_id == before[1].id
    assert correction.witnesses == "Ruth, my neighbour"
    assert correction.correction_note == "Ruth reminded me she was there."
    assert find(page, QTableView, "table-contact-log").model().rowCount() == 6
    assert table_text(page, 1, STATUS).startswith("Corrected on ")
    qtbot.waitUntil(lambda: status(page).startswith("Record intact: 7 entries"))

    seen: list[str] = []

    def look(dialog: QWidget) -> None:
        seen.append(find(dialog, QWidget, "log-history-text").toPlainText())  # type: ignore[attr-defined]
        click(qtbot, dialog, "button-log-history-close")

    select_row(page, 1)
    when_modal(look)
    click(qtbot, page, "button-contact-log-history")
    raise_failures()
    (history,) = seen
    assert "Version 1: first written" in history
    assert "Version 2: corrected on" in history
    assert "Changed: Witnesses" in history
    assert "Ruth reminded me she was there." in history


def test_a_withdrawal_needs_a_reason_and_stays_in_the_record(
    qtbot: QtBot, demo_folder: Any, open_session: Any
) -> None:
    session, page = open_log(open_session)
    select_row(page, 2)

    def withdraw(dialog: QWidget) -> None:
        ok = find(dialog, QWidget, "button-log-reason-ok")
        assert not ok.isEnabled()  # a reason first
        type_into(qtbot, dialog, "log-reason-edit", "It was the school calling, not him.")
        assert ok.isEnabled()
        click(qtbot, dialog, "button-log-reason-ok")

    when_modal(withdraw)
    click(qtbot, page, "button-contact-log-withdraw")
    raise_failures()

    log = session.repo.list(ContactLogEntry)
    assert len(log) == 7
    assert log[-1].withdrawn_reason == "It was the school calling, not him."
    assert log[-1].corrects_id == log[2].id and log[-1].what_happened == log[2].what_happened
    assert table_text(page, 2, STATUS).startswith("Withdrawn on ")
    select_row(page, 2)
    assert not find(page, QWidget, "button-contact-log-correct").isEnabled()
    assert not find(page, QWidget, "button-contact-log-withdraw").isEnabled()
    assert find(page, QWidget, "button-contact-log-history").isEnabled()


def test_cancel_and_an_unchanged_correction_write_nothing(
    qtbot: QtBot, demo_folder: Any, open_session: Any
) -> None:
    session, page = open_log(open_session)
    before = session.repo.list(ContactLogEntry)
    select_row(page, 0)

    def cancel(dialog: QWidget) -> None:
        find(dialog, QPlainTextEdit, "log-reason-edit").setPlainText("no")
        click(qtbot, dialog, "button-log-reason-cancel")

    when_modal(cancel)
    click(qtbot, page, "button-contact-log-withdraw")
    raise_failures()

    def unchanged(dialog: QWidget) -> None:
        def told(message: QWidget) -> None:
            message.accept()  # type: ignore[attr-defined]

        when_modal(told, after=dialog)
        click(qtbot, dialog, "button-editor-save")
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
        click(qtbot, dialog, "button-editor-discard")

    when_modal(unchanged)
    click(qtbot, page, "button-contact-log-correct")
    raise_failures()
    assert session.repo.list(ContactLogEntry) == before


def test_a_log_changed_outside_the_app_names_the_entry(
    qtbot: QtBot, demo_folder: Any, open_session: Any
) -> None:
    from workbook.storage.repository import PlanRepository

    repo = PlanRepository.open(demo_folder, automatic_backups=False)
    # Checked whole once, so that the next check trusts its beginning...
    repo.set_setting("contact_log_verified", f"6 {repo.verify_log().latest_hash}")
    with repo.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER contact_log_entries_are_never_changed"))
        connection.execute(
            text("UPDATE contact_log SET what_happened = 'Nothing.' WHERE position = 2")
        )
    repo.close()
    # ...and still finds the change, in the full check that follows the first.
    _session, page = open_log(open_session)
    qtbot.waitUntil(lambda: "Entry 3" in status(page))
    assert status(page) == (
        "The record was changed outside Workbook. Entry 3 was changed after it was "
        "written: its content no longer matches its hash."
    )


def test_changed_sealed_bytes_are_named_on_the_page(
    qtbot: QtBot, demo_folder: Any, open_session: Any
) -> None:
    """The page reads each entry from the bytes it was sealed over: the bytes changed (the
    columns left as they were) are named too."""
    from workbook.storage.repository import PlanRepository

    repo = PlanRepository.open(demo_folder, automatic_backups=False)
    with repo.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER contact_log_entries_are_never_changed"))
        connection.execute(
            text(
                "UPDATE contact_log SET sealed = CAST(json_set(CAST(sealed AS TEXT),"
                " '$.what_happened', 'Nothing.') AS BLOB) WHERE position = 2"
            )
        )
    repo.close()
    _session, page = open_log(open_session)
    qtbot.waitUntil(lambda: "Entry 3" in status(page))
    assert status(page) == (
        "The record was changed outside Workbook. Entry 3 was changed after it was "
        "written: its content no longer matches its hash."
    )


def test_a_long_log_is_checked_in_steps(
    qtbot: QtBot, demo_folder: Any, open_session: Any, monkeypatch: Any
) -> None:
    from workbook.ui import page_contact_log

    monkeypatch.setattr(page_contact_log, "CHECK_STEP", 2)  # six entries: three steps
    _session, page = open_log(open_session)
    assert status(page) == "Checking every entry of the record (6)…"
    assert find(page, QLineEdit, "log-latest-hash").text() == ""  # nothing claimed yet
    qtbot.waitUntil(lambda: status(page).startswith("Record intact"))
    assert status(page).endswith("Every entry was checked again just now.")


def test_a_change_in_the_last_step_of_the_check_is_found(
    qtbot: QtBot, demo_folder: Any, open_session: Any, monkeypatch: Any
) -> None:
    from workbook.storage.repository import PlanRepository
    from workbook.ui import page_contact_log

    repo = PlanRepository.open(demo_folder, automatic_backups=False)
    with repo.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER contact_log_entries_are_never_changed"))
        connection.execute(text("UPDATE contact_log SET witnesses = 'Nobody' WHERE position = 5"))
    repo.close()
    monkeypatch.setattr(page_contact_log, "CHECK_STEP", 2)
    _session, page = open_log(open_session)
    qtbot.waitUntil(lambda: "Entry 6" in status(page))
    assert status(page) == (
        "The record was changed outside Workbook. Entry 6 was changed after it was "
        "written: its content no longer matches its hash."
    )
    assert find(page, QLineEdit, "log-latest-hash").text()  # the stored latest hash, as found


def test_a_withdrawn_entry_in_a_script_without_italics_stays_readable(qtbot: QtBot) -> None:
    """Withdrawn entries are shown in italics, but a system's italic face often lacks
    Arabic, Hebrew or Thai letters, and Qt then draws empty boxes: such a text stays
    upright (and "What happened" is still struck through)."""
    from datetime import datetime

    from PySide6.QtGui import QFont, QFontMetrics

    from workbook.domain import chain
    from workbook.domain.model import Plan
    from workbook.ui.page_contact_log import LogTableModel

    italic = QFont()
    italic.setItalic(True)
    has = QFontMetrics(italic).inFontUcs4
    arabic = "رسالة طويلة في الليل"
    latin = "Three texts late at night"
    withdrawn = []
    for number, words in enumerate((arabic, latin)):
        entry = chain.seal(
            ContactLogEntry(
                id=f"e{number}", occurred_at=datetime(2031, 3, 1, 19, 10), what_happened=words
            ),
            "",
        )
        withdrawn.append(chain.withdrawal(entry, "Logged twice by mistake."))
    model = LogTableModel(Plan(contact_log=withdrawn))
    assert model.rowCount() == 2
    for row in range(2):
        fonts = model.row_fonts(row)
        assert fonts is not None
        for column, shown in enumerate(model.row_texts(row)):
            font = fonts[column]
            slanted = all(has(ord(c)) for c in shown if not c.isspace())
            assert (font is not None and font.italic()) == slanted, (row, column, shown)
            if column == 4:  # "What happened", struck through either way
                assert font is not None and font.strikeOut()
    # Latin text keeps its italics wherever the italic face has its letters.
    latin_row = next(r for r in range(2) if model.rows[r].what_happened == latin)
    latin_fonts = model.row_fonts(latin_row)
    assert latin_fonts is not None and latin_fonts[4] is not None
    assert latin_fonts[4].italic() == all(has(ord(c)) for c in latin if c != " ")
    arabic_row = 1 - latin_row
    arabic_fonts = model.row_fonts(arabic_row)
    assert arabic_fonts is not None and arabic_fonts[4] is not None
    if not has(ord("ر")):  # this system's italic face has no Arabic: drawn upright
        assert not arabic_fonts[4].italic() and arabic_fonts[4].strikeOut()
