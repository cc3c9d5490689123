"""The record editor: messages next to the field as the person types, nothing saved while
something is wrong (Save then shows every problem and goes to the first), and drafts that
survive closing the editor and the app."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import add_list_item, click, find, raise_failures, type_into, when_modal

from workbook.domain.dates import not_a_date_message
from workbook.domain.model import MandatedObligation, TrustedContact
from workbook.domain.validation import MSG_NAME_EMPTY, MSG_PHONE


def _go(qtbot: QtBot, session: Any, slug: str) -> QWidget:
    """Open a page the way the overview's Open buttons do."""
    session.app.show_wizard(None)
    wizard = session.wizard
    wizard.go_to(slug)
    assert wizard.isVisible()
    page: QWidget = wizard.currentPage()
    assert page.objectName() == f"page-{slug}"
    return page


def test_invalid_field_shows_its_message_and_saves_nothing(qtbot: QtBot, open_session) -> None:  # type: ignore[no-untyped-def]
    session = open_session()
    page = _go(qtbot, session, "contacts")
    seen: dict[str, object] = {}

    def act(dialog: QWidget) -> None:
        p = "editor-contacts"
        save = find(dialog, QPushButton, "button-editor-save")
        name_error = find(dialog, QLabel, f"{p}-name-error")
        # An empty new form does not scold, but the line by Save says what it needs.
        assert save.isEnabled()  # a disabled button can be neither found nor asked why
        assert not name_error.isVisible()
        assert "Name" in find(dialog, QLabel, "editor-summary").text()
        type_into(qtbot, dialog, f"{p}-name-edit", "R")
        qtbot.keyClick(find(dialog, QWidget, f"{p}-name-edit"), Qt.Key.Key_Backspace)
        assert name_error.isVisible() and name_error.text() == MSG_NAME_EMPTY
        type_into(qtbot, dialog, f"{p}-name-edit", "Rosa Example")
        assert not name_error.isVisible()
        assert not find(dialog, QLabel, "editor-summary").text()
        add_list_item(qtbot, dialog, p, "phones", "call me maybe")
        phone_error = find(dialog, QLabel, f"{p}-phones-error")
        assert phone_error.isVisible()
        assert phone_error.text() == f"Phone number 1: {MSG_PHONE}"
        summary = find(dialog, QLabel, "editor-summary").text()
        assert "Phone numbers" in summary
        seen["checked"] = True
        # Enter presses Save: nothing is saved, and the focus goes to the problem.
        qtbot.keyClick(find(dialog, QWidget, f"{p}-email-edit"), Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert dialog.focusWidget() is find(dialog, QWidget, f"{p}-phones-item-1")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    when_modal(act)
    click(qtbot, page, "button-contacts-add")
    raise_failures()
    assert seen == {"checked": True}
    assert session.repo.list(TrustedContact) == []
    assert find(page, QTableView, "table-contacts").model().rowCount() == 0


def test_unreadable_date_is_explained_and_blocks_save(qtbot: QtBot, open_session) -> None:  # type: ignore[no-untyped-def]
    session = open_session()
    page = _go(qtbot, session, "mandated")

    def act(dialog: QWidget) -> None:
        type_into(qtbot, dialog, "editor-mandated-start_date-edit", "2026-13-40")
        error = find(dialog, QLabel, "editor-mandated-start_date-error")
        assert error.isVisible() and error.text() == "There is no month 13: months go from 1 to 12."
        click(qtbot, dialog, "button-editor-save")
        assert dialog.isVisible()
        assert dialog.focusWidget() is find(dialog, QWidget, "editor-mandated-start_date-edit")
        type_into(qtbot, dialog, "editor-mandated-start_date-edit", "2026-03-01")
        type_into(qtbot, dialog, "editor-mandated-end_date-edit", "2026-02-01")
        end_error = find(dialog, QLabel, "editor-mandated-end_date-error")
        assert end_error.isVisible() and "before the start date" in end_error.text()
        click(qtbot, dialog, "button-editor-save")
        assert dialog.isVisible()
        click(qtbot, dialog, "button-editor-discard")  # asks first: answered below

    def forget(box: QWidget) -> None:
        find(box, QPushButton, "button-message-choice-0").click()

    def chain(dialog: QWidget) -> None:
        when_modal(forget, after=dialog)  # answers the "Forget what you typed?" question
        act(dialog)

    when_modal(chain)
    click(qtbot, page, "button-mandated-add")
    raise_failures()
    assert session.repo.list(MandatedObligation) == []
    assert session.app.store.draft_ids("MandatedObligation") == []


def test_closing_mid_editor_keeps_a_draft_that_comes_back(qtbot: QtBot, open_session) -> None:  # type: ignore[no-untyped-def]
    session = open_session()
    page = _go(qtbot, session, "contacts")

    def type_and_escape(dialog: QWidget) -> None:
        type_into(qtbot, dialog, "editor-contacts-name-edit", "Half-typed Na")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    when_modal(type_and_escape)
    click(qtbot, page, "button-contacts-add")
    raise_failures()
    assert session.repo.list(TrustedContact) == [], "a draft is not a saved record"
    assert find(page, QWidget, "draft-note-contacts").isVisible()
    session.close()

    # The app is started again: the draft is still there, and Continue it restores it.
    again = open_session()
    page = _go(qtbot, again, "contacts")
    assert find(page, QWidget, "draft-note-contacts").isVisible()
    restored: list[str] = []

    def finish(dialog: QWidget) -> None:
        restored.append(find(dialog, QWidget, "editor-contacts-name-edit").text())  # type: ignore[attr-defined]
        assert find(dialog, QLabel, "editor-restored-note").isVisible()
        type_into(qtbot, dialog, "editor-contacts-name-edit", "Half-typed Name")
        click(qtbot, dialog, "button-editor-save")

    when_modal(finish)
    click(qtbot, page, "button-contacts-continue-draft")
    raise_failures()
    assert restored == ["Half-typed Na"]
    assert [c.name for c in again.repo.list(TrustedContact)] == ["Half-typed Name"]
    assert again.app.store.draft_ids("TrustedContact") == []
    assert not find(page, QWidget, "draft-note-contacts").isVisible()


def test_editing_an_existing_record_and_escaping_keeps_the_saved_version(
    qtbot: QtBot,
    demo_folder,
    open_session,  # type: ignore[no-untyped-def]
) -> None:
    session = open_session()
    page = _go(qtbot, session, "contacts")
    table = find(page, QTableView, "table-contacts")
    table.selectRow(0)
    original = session.repo.list(TrustedContact)[0]

    def change_and_escape(dialog: QWidget) -> None:
        type_into(qtbot, dialog, "editor-contacts-best_times-edit", "Mornings only")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    when_modal(change_and_escape)
    click(qtbot, page, "button-contacts-edit")
    raise_failures()
    assert session.repo.list(TrustedContact)[0] == original
    assert session.app.store.draft_ids("TrustedContact") == [original.id]

    def check_restored(dialog: QWidget) -> None:
        text = find(dialog, QWidget, "editor-contacts-best_times-edit").text()  # type: ignore[attr-defined]
        assert text == "Mornings only"
        click(qtbot, dialog, "button-editor-save")

    table.selectRow(0)
    when_modal(check_restored)
    click(qtbot, page, "button-contacts-edit")
    raise_failures()
    assert session.repo.list(TrustedContact)[0].best_times == "Mornings only"


def test_statements_save_as_typed_and_keep_an_unsaveable_text_as_a_draft(
    qtbot: QtBot,
    open_session,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QPlainTextEdit, QTabWidget

    from workbook.domain.validation import MSG_CONTROL

    session = open_session()
    page = _go(qtbot, session, "boundaries")
    find(page, QTabWidget, "tabs-boundaries").setCurrentIndex(1)
    type_into(qtbot, page, "statements-third_party_reply-edit", "Please do not pass anything on.")
    qtbot.waitUntil(
        lambda: (
            session.repo.load_statements().third_party_reply == "Please do not pass anything on."
        ),
        timeout=3000,
    )
    # A pasted text with an invisible control character cannot be saved: it is explained
    # next to the field and kept as a draft, while the saved statement stays as it was.
    field = find(page, QPlainTextEdit, "statements-gift_return-edit")
    field.setPlainText("By post\x07 to his lawyer")
    error = find(page, QLabel, "statements-gift_return-error")
    assert error.isVisible() and error.text() == MSG_CONTROL
    click(qtbot, session.wizard, "button-wizard-next")  # leaving the page flushes
    assert session.repo.load_statements().gift_return == ""
    session.close()

    again = open_session()
    page = _go(qtbot, again, "boundaries")
    field = find(page, QPlainTextEdit, "statements-gift_return-edit")
    assert field.toPlainText() == "By post\x07 to his lawyer"
    assert find(page, QPlainTextEdit, "statements-third_party_reply-edit").toPlainText() == (
        "Please do not pass anything on."
    )
    type_into(qtbot, page, "statements-gift_return-edit", "By post to his lawyer")
    click(qtbot, again.wizard, "button-wizard-next")
    assert again.repo.load_statements().gift_return == "By post to his lawyer"
    assert again.app.store.draft_ids("PersonalStatements") == []


def test_a_failed_save_says_so_kindly_and_keeps_the_typing(
    qtbot: QtBot,
    open_session,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from workbook.storage.errors import SaveFailedError
    from workbook.ui import dialogs

    session = open_session()
    page = _go(qtbot, session, "contacts")
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        dialogs, "inform", lambda _parent, text, detail="": told.append((text, detail))
    )

    def refuse(_record: object) -> None:
        raise SaveFailedError()

    monkeypatch.setattr(session.repo, "save", refuse)
    still_open: list[bool] = []

    def act(dialog: QWidget) -> None:
        type_into(qtbot, dialog, "editor-contacts-name-edit", "Kept Name")
        click(qtbot, dialog, "button-editor-save")
        still_open.append(dialog.isVisible())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    when_modal(act)
    click(qtbot, page, "button-contacts-add")
    raise_failures()
    assert still_open == [True]
    assert told and told[0][0] == "This entry could not be saved just now."
    assert told[0][1] == SaveFailedError.message
    assert "Kept Name" not in told[0][1]
    assert session.app.store.plan.contacts == []
    draft = session.app.store.load_draft("TrustedContact", None)
    assert draft is not None and draft["fields"]["name"] == "Kept Name"


def test_list_fields_are_one_box_per_item_with_remove_and_move(
    qtbot: QtBot,
    open_session,  # type: ignore[no-untyped-def]
) -> None:
    from workbook.domain.model import BackupPlan
    from workbook.ui.editor import RecordEditor

    session = open_session()
    plan = BackupPlan(title="Threats", steps=["Call Maya", "Save the messages", "Leave"])
    session.app.store.save(plan)
    editor = RecordEditor(session.app.store, BackupPlan, plan, session.window)
    qtbot.addWidget(editor)
    editor.show()
    p = "editor-backup-plans"
    steps = editor.widgets["steps"]

    def boxes() -> list[str]:
        return steps.raw()  # type: ignore[no-any-return]

    assert boxes() == ["Call Maya", "Save the messages", "Leave"]
    # The first step cannot move up, the last cannot move down.
    assert not find(editor, QWidget, f"{p}-steps-up-1").isEnabled()
    assert not find(editor, QWidget, f"{p}-steps-down-3").isEnabled()
    click(qtbot, editor, f"{p}-steps-down-1")
    assert boxes() == ["Save the messages", "Call Maya", "Leave"]
    # Focus follows the step, so pressing again keeps moving it.
    assert editor.focusWidget() is find(editor, QWidget, f"{p}-steps-down-2")
    click(qtbot, editor, f"{p}-steps-remove-3")
    assert boxes() == ["Save the messages", "Call Maya"]
    # Tab walks each box and its buttons in order, then Add.
    chain = []
    widget = find(editor, QWidget, f"{p}-steps-item-1")
    for _ in range(8):
        chain.append(widget.objectName())
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled()):
            widget = widget.nextInFocusChain()
    assert chain == [
        f"{p}-steps-item-1",
        f"{p}-steps-down-1",
        f"{p}-steps-remove-1",
        f"{p}-steps-item-2",
        f"{p}-steps-up-2",
        f"{p}-steps-remove-2",
        f"{p}-steps-add",
        chain[-1],  # whatever field comes next
    ]
    # Removing every step leaves one empty box to type into, never none.
    click(qtbot, editor, f"{p}-steps-remove-2")
    click(qtbot, editor, f"{p}-steps-remove-1")
    assert boxes() == [""]
    assert not find(editor, QWidget, f"{p}-steps-remove-1").isEnabled()
    # Add with an empty box waiting goes to that box instead of adding another.
    click(qtbot, editor, f"{p}-steps-add")
    assert boxes() == [""]
    add_list_item(qtbot, editor, p, "steps", "Ring the police")
    add_list_item(qtbot, editor, p, "steps", "Go to Rosa's")
    assert steps.value() == ["Ring the police", "Go to Rosa's"]
    # Enter in a step is the editor's Save, like any one-line field.
    qtbot.keyClick(find(editor, QWidget, f"{p}-steps-item-2"), Qt.Key.Key_Return)
    assert not editor.isVisible()
    assert session.repo.get(BackupPlan, plan.id).steps == ["Ring the police", "Go to Rosa's"]


def test_people_to_call_are_rows_with_their_own_move_and_remove(
    qtbot: QtBot,
    open_session,  # type: ignore[no-untyped-def]
) -> None:
    from workbook.domain.model import BackupPlan
    from workbook.ui.editor import RecordEditor

    session = open_session()
    store = session.app.store
    people = [
        TrustedContact(name=name) for name in ("Maya Example", "Rosa Example", "Ines Example")
    ]
    for person in people:
        store.save(person)
    plan = BackupPlan(title="Threats", contact_ids=[people[0].id, people[1].id])
    store.save(plan)
    editor = RecordEditor(store, BackupPlan, plan, session.window)
    qtbot.addWidget(editor)
    editor.show()
    p = "editor-backup-plans-contact_ids"
    field = editor.widgets["contact_ids"]

    def shown() -> list[str]:
        return [find(editor, QLabel, f"{p}-item-{n}").text() for n in range(1, len(field.rows) + 1)]

    assert shown() == ["Maya Example", "Rosa Example"]
    assert find(editor, QWidget, f"{p}-remove-1").accessibleName() == "Remove Maya Example"
    # Only the one not chosen yet is offered; adding it puts it last.
    choice = find(editor, QWidget, f"{p}-choice")
    assert [choice.itemText(i) for i in range(choice.count())] == ["Ines Example"]
    click(qtbot, editor, f"{p}-add")
    assert shown() == ["Maya Example", "Rosa Example", "Ines Example"]
    assert choice.count() == 0 and not find(editor, QWidget, f"{p}-add").isEnabled()
    assert not find(editor, QWidget, f"{p}-up-1").isEnabled()
    assert not find(editor, QWidget, f"{p}-down-3").isEnabled()
    # Moving keeps the focus on the moved person's button, so pressing again moves on.
    click(qtbot, editor, f"{p}-up-3")
    assert shown() == ["Maya Example", "Ines Example", "Rosa Example"]
    assert editor.focusWidget() is find(editor, QWidget, f"{p}-up-2")
    click(qtbot, editor, f"{p}-up-2")
    assert shown() == ["Ines Example", "Maya Example", "Rosa Example"]
    click(qtbot, editor, f"{p}-remove-2")
    assert shown() == ["Ines Example", "Rosa Example"]
    assert editor.focusWidget() is find(editor, QWidget, f"{p}-remove-2")
    assert not find(editor, QWidget, f"{p}-empty").isVisible()
    click(qtbot, editor, "button-editor-save")
    assert session.repo.get(BackupPlan, plan.id).contact_ids == [people[2].id, people[1].id]


def _editor(qtbot: QtBot, session: Any, kind: type, record: Any = None) -> Any:
    from workbook.ui.editor import RecordEditor

    editor = RecordEditor(session.app.store, kind, record, session.window)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitActive(editor)
    return editor


def test_alt_s_on_an_empty_form_points_at_the_problem_and_types_nothing(
    qtbot: QtBot,
    open_session,  # type: ignore[no-untyped-def]
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    """Alt+S, Alt+S on an empty new contact used to type an "s" (Save was disabled, so no
    shortcut took the key) and then save a contact named "s"."""
    import workbook.ui.editor as editor_module

    said: list[tuple[str, bool]] = []
    monkeypatch.setattr(
        editor_module, "announce", lambda _w, text, assertive=False: said.append((text, assertive))
    )
    session = open_session()
    editor = _editor(qtbot, session, TrustedContact)
    p = "editor-contacts"
    name = find(editor, QWidget, f"{p}-name-edit")
    relationship = find(editor, QWidget, f"{p}-relationship-edit")
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    relationship.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is relationship)
    for _ in range(2):
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
        # The button's shortcut clicks it a moment later (it shows being pressed).
        qtbot.waitUntil(lambda: editor.focusWidget() is name)  # the first (and only) problem
        assert editor.isVisible()
        assert name.text() == "" and relationship.text() == ""  # type: ignore[attr-defined]
    error = find(editor, QLabel, f"{p}-name-error")
    assert error.isVisible() and error.text() == MSG_NAME_EMPTY  # next to the field
    assert MSG_NAME_EMPTY in name.accessibleDescription()  # linked to the field
    assert said and said[-1] == ("Before saving, please look at: Name.", True)
    assert session.repo.list(TrustedContact) == []
    # Typing in the field after that is ordinary typing.
    qtbot.keyClicks(name, "Sam Example")
    qtbot.keyClick(name, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert [c.name for c in session.repo.list(TrustedContact)] == ["Sam Example"]


def test_a_new_problem_is_read_out_once_typing_pauses(
    qtbot: QtBot,
    open_session,  # type: ignore[no-untyped-def]
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    import workbook.ui.editor as editor_module

    said: list[tuple[str, bool]] = []
    monkeypatch.setattr(
        editor_module, "announce", lambda _w, text, assertive=False: said.append((text, assertive))
    )
    session = open_session()
    editor = _editor(qtbot, session, MandatedObligation)
    type_into(qtbot, editor, "editor-mandated-start_date-edit", "2026-1")
    assert said == []  # not while typing
    qtbot.waitUntil(lambda: said == [(not_a_date_message(), False)], timeout=3000)


def test_a_contact_in_the_future_asks_but_saves(qtbot: QtBot, open_session) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime, timedelta

    from workbook.domain.model import ContactLogEntry

    session = open_session()
    editor = _editor(qtbot, session, ContactLogEntry)
    p = "editor-contact-log"
    later = (datetime.now() + timedelta(days=365)).strftime("%Y-%m-%d %H:%M")
    type_into(qtbot, editor, f"{p}-occurred_at-edit", later)
    notice = find(editor, QLabel, f"{p}-occurred_at-error")
    assert notice.isVisible() and "in the future. Is this right?" in notice.text()
    assert not find(editor, QLabel, "editor-summary").text()  # not a problem
    click(qtbot, editor, "button-editor-save")
    assert not editor.isVisible()
    assert len(session.repo.list(ContactLogEntry)) == 1


def test_a_grace_period_of_days_asks_but_saves(qtbot: QtBot, open_session) -> None:  # type: ignore[no-untyped-def]
    from workbook.domain.model import CheckInAgreement

    session = open_session()
    editor = _editor(qtbot, session, CheckInAgreement)
    p = "editor-checkins"
    notice = find(editor, QLabel, f"{p}-grace_minutes-error")
    type_into(qtbot, editor, f"{p}-grace_minutes-spin", "90")
    assert not notice.isVisible()
    type_into(qtbot, editor, f"{p}-grace_minutes-spin", "9999")
    assert notice.isVisible() and "That is 167 hours" in notice.text()
    click(qtbot, editor, "button-editor-save")
    assert [a.grace_minutes for a in session.repo.list(CheckInAgreement)] == [9999]


def test_each_phone_box_describes_the_current_problem(qtbot: QtBot, open_session) -> None:  # type: ignore[no-untyped-def]
    """A screen reader on any phone box hears the help and the problem shown under the list,
    and stops hearing the problem once it is fixed."""
    session = open_session()
    editor = _editor(qtbot, session, TrustedContact)
    p = "editor-contacts"
    add_list_item(qtbot, editor, p, "phones", "call me maybe")
    add_list_item(qtbot, editor, p, "phones", "+1 555 0100")
    first = find(editor, QWidget, f"{p}-phones-item-1")
    second = find(editor, QWidget, f"{p}-phones-item-2")
    for box in (first, second):
        assert f"Phone number 1: {MSG_PHONE}" in box.accessibleDescription()
    type_into(qtbot, editor, f"{p}-phones-item-1", "+1 555 0199")
    for box in (first, second):
        assert MSG_PHONE not in box.accessibleDescription()
