"""Suggestions wherever a person might freeze: backup plans start from a situation with
suggested warning signs and steps to adopt, rewrite or drop; example firm sentences; the
firm sentence reached by Next."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QPlainTextEdit, QPushButton, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import choose, click, find, raise_failures, type_into, when_modal

from workbook.domain import helplines
from workbook.domain.model import BackupPlan, Situation
from workbook.domain.suggestions import (
    FIRM_SENTENCE_EXAMPLES,
    SITUATION_SUGGESTIONS,
    adopt_line,
    adopt_step,
    drop_line,
    situation_suggestions,
)
from workbook.ui import help_now
from workbook.ui.page_backup_plans import SITUATION_ORDER

TURNS_UP = situation_suggestions(Situation.TURNS_UP)


@pytest.fixture(autouse=True)
def _country_noted_for_the_pdf_is_reset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(helplines, "_preferred", None)
    monkeypatch.setattr(helplines, "_app_said", False)


# -- the method's suggestions, without Qt -----------------------------------------------


def test_every_situation_has_suggestions_faithful_to_the_method() -> None:
    assert set(SITUATION_SUGGESTIONS) == set(Situation)
    assert set(SITUATION_ORDER) == set(Situation)
    assert SITUATION_ORDER[-1] is Situation.OWN, "the person's own situation comes last"
    for situation in SITUATION_SUGGESTIONS:
        suggestions = situation_suggestions(situation)  # as the person reads them
        assert suggestions.explanation
        assert len(suggestions.steps) >= 4, situation
        assert len(set(suggestions.steps)) == len(suggestions.steps), situation
        assert any("contact log" in step for step in suggestions.steps), (
            "No secrecy: every plan writes down what happened"
        )
        if situation is not Situation.OWN:
            assert len(suggestions.warning_signs) >= 3, situation
    assert TURNS_UP.steps[0] == "Do not open the door; do not answer the intercom."
    assert any(
        "one short, firm sentence" in step
        for step in situation_suggestions(Situation.FORCED_MEETING).steps
    )


def test_an_adopted_step_goes_where_the_method_puts_it() -> None:
    suggested = ("a", "b", "c", "d")
    assert adopt_step([], suggested, "c") == ["c"]
    assert adopt_step(["c"], suggested, "a") == ["a", "c"]
    assert adopt_step(["a", "c"], suggested, "b") == ["a", "b", "c"]
    assert adopt_step(["a", "mine", "c"], suggested, "d") == ["a", "mine", "c", "d"]
    assert adopt_step(["mine", "d"], suggested, "b") == ["mine", "b", "d"]
    assert adopt_step(["a"], suggested, "a") == ["a"], "never twice"
    assert adopt_step(["mine"], suggested, "unknown") == ["mine", "unknown"]


def test_lines_are_adopted_once_and_dropped_only_when_unchanged() -> None:
    assert adopt_line("", "x") == "x"
    assert adopt_line("mine", "x") == "mine\nx"
    assert adopt_line("mine\nx", "x") == "mine\nx"
    assert drop_line("mine\nx", "x") == "mine"
    assert drop_line("mine\nx, reworded", "x") == "mine\nx, reworded"


# -- backup plans -----------------------------------------------------------------------


@pytest.fixture
def backup_page(open_session: Any, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, QWidget]:
    monkeypatch.setattr(help_now, "_pending", None)
    monkeypatch.setattr(help_now, "system_country", lambda: "DE")
    session = open_session()
    session.wizard.go_to("backup-plans")
    page = session.wizard.currentPage()
    assert page.objectName() == "page-backup-plans"
    return session, page


def _start_plan(
    qtbot: QtBot, page: QWidget, situation_text: str, work: Any, seen: list[str]
) -> None:
    """Add: pick `situation_text` in the chooser, then run `work` on the editor."""

    def on_editor(dialog: QWidget) -> None:
        try:
            work(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()  # type: ignore[attr-defined]

    def on_chooser(chooser: QWidget) -> None:
        seen.append(chooser.objectName())
        situations = find(chooser, QListWidget, "situation-chooser-list")
        texts = [situations.item(i).text() for i in range(situations.count())]
        assert texts[0].startswith("They turn up at home or work")
        assert texts[-1].startswith("My own situation")
        situations.setCurrentRow(next(i for i, t in enumerate(texts) if situation_text in t))
        when_modal(on_editor, after=chooser)
        click(qtbot, chooser, "situation-chooser-continue")

    when_modal(on_chooser)
    click(qtbot, page, "button-backup-plans-add")
    raise_failures()


def _tick(qtbot: QtBot, suggestion_list: QListWidget, text: str) -> None:
    """Select a suggestion and press Space, as a keyboard user would."""
    row = next(i for i in range(suggestion_list.count()) if suggestion_list.item(i).text() == text)
    suggestion_list.setFocus()
    suggestion_list.setCurrentRow(row)
    qtbot.keyClick(suggestion_list, Qt.Key.Key_Space)


def test_a_new_plan_starts_from_a_situation_with_suggestions_to_adopt(
    qtbot: QtBot, backup_page: tuple[Any, QWidget]
) -> None:
    session, page = backup_page
    seen: list[str] = []
    p = "editor-backup-plans"

    def work(dialog: QWidget) -> None:
        seen.append(dialog.objectName())
        assert find(dialog, QWidget, f"{p}-situation-combo").currentText() == (  # type: ignore[attr-defined]
            "They turn up at home or work"
        )
        # The country's numbers are at hand in the editor too.
        assert "112" in find(dialog, QWidget, "help-now-line-text").text()  # type: ignore[attr-defined]
        signs = find(dialog, QListWidget, "suggestions-warning-signs-list")
        steps = find(dialog, QListWidget, "suggestions-steps-list")
        assert [signs.item(i).text() for i in range(signs.count())] == list(TURNS_UP.warning_signs)
        assert [steps.item(i).text() for i in range(steps.count())] == list(TURNS_UP.steps)

        # Adopt: a sign goes into the plan's own field, where it can be reworded.
        _tick(qtbot, signs, TURNS_UP.warning_signs[1])
        sign_edit = find(dialog, QPlainTextEdit, f"{p}-warning_signs-edit")
        assert sign_edit.toPlainText() == TURNS_UP.warning_signs[1]
        # Steps ticked out of order still land in the method's order.
        _tick(qtbot, steps, TURNS_UP.steps[3])
        _tick(qtbot, steps, TURNS_UP.steps[0])
        editor = dialog
        assert editor.widgets["steps"].value() == [TURNS_UP.steps[0], TURNS_UP.steps[3]]  # type: ignore[attr-defined]
        # Drop: unticking takes it out again.
        _tick(qtbot, steps, TURNS_UP.steps[3])
        assert editor.widgets["steps"].value() == [TURNS_UP.steps[0]]  # type: ignore[attr-defined]
        # Typing a suggestion by hand ticks it (and typing over one drops it).
        assert TURNS_UP.warning_signs[2].isascii()  # QTest types ASCII only
        type_into(qtbot, dialog, f"{p}-warning_signs-edit", TURNS_UP.warning_signs[2])
        assert signs.item(2).checkState() == Qt.CheckState.Checked
        assert signs.item(1).checkState() == Qt.CheckState.Unchecked
        # Add all, in order, keeping what is there.
        click(qtbot, dialog, "button-suggestions-add-all-steps")
        assert editor.widgets["steps"].value() == list(TURNS_UP.steps)  # type: ignore[attr-defined]
        assert not find(dialog, QPushButton, "button-suggestions-add-all-steps").isEnabled()
        # The country's numbers go into the plan with one press.
        click(qtbot, dialog, "button-backup-add-country-numbers")
        numbers = find(dialog, QPlainTextEdit, f"{p}-emergency_numbers-edit").toPlainText()
        assert "Emergency: 112" in numbers
        assert "Police: 110" in numbers
        assert "116 016" in numbers
        # No title is demanded for a named situation: Save works at once.
        assert find(dialog, QPushButton, "button-editor-save").isEnabled()
        click(qtbot, dialog, "button-editor-save")

    _start_plan(qtbot, page, "They turn up", work, seen)
    assert seen == ["situation-chooser", "editor-backup-plans"]
    plans = session.app.store.plan.backup_plans
    assert len(plans) == 1
    plan: BackupPlan = plans[0]
    assert plan.situation is Situation.TURNS_UP
    assert plan.title == ""
    assert plan.warning_signs == TURNS_UP.warning_signs[2]
    assert plan.steps == list(TURNS_UP.steps)


def test_changing_the_situation_changes_the_suggestions(
    qtbot: QtBot, backup_page: tuple[Any, QWidget]
) -> None:
    _session, page = backup_page
    seen: list[str] = []

    def work(dialog: QWidget) -> None:
        steps = find(dialog, QListWidget, "suggestions-steps-list")
        assert steps.item(0).text() == situation_suggestions(Situation.THREATS).steps[0]
        choose(dialog, "editor-backup-plans-situation-combo", "Online stalking")
        online = situation_suggestions(Situation.ONLINE_STALKING)
        assert [steps.item(i).text() for i in range(steps.count())] == list(online.steps)
        # The person's own situation has no warning signs to suggest, only general steps.
        choose(dialog, "editor-backup-plans-situation-combo", "My own situation")
        assert not find(dialog, QWidget, "suggestions-warning-signs").isVisibleTo(dialog)
        assert steps.count() == len(situation_suggestions(Situation.OWN).steps)

    _start_plan(qtbot, page, "Threats", work, seen)
    assert seen == ["situation-chooser"]


def test_an_unfinished_new_plan_comes_back_without_asking_again(
    qtbot: QtBot, backup_page: tuple[Any, QWidget]
) -> None:
    session, page = backup_page
    seen: list[str] = []

    def leave_unfinished(dialog: QWidget) -> None:
        type_into(qtbot, dialog, "editor-backup-plans-safe_places-edit", "My sister's flat")
        dialog.reject()  # type: ignore[attr-defined]  # Escape keeps a draft

    _start_plan(qtbot, page, "I must leave now", leave_unfinished, seen)
    assert session.app.store.draft_ids("BackupPlan") == ["new"]

    opened: list[str] = []

    def again(dialog: QWidget) -> None:
        opened.append(dialog.objectName())
        assert find(dialog, QWidget, "editor-backup-plans-situation-combo").currentText() == (  # type: ignore[attr-defined]
            "I must leave now"
        )
        dialog.reject()  # type: ignore[attr-defined]

    when_modal(again)
    click(qtbot, page, "button-backup-plans-add")
    raise_failures()
    assert opened == ["editor-backup-plans"], "no situation chooser in between"


def test_cancelling_the_chooser_adds_nothing(
    qtbot: QtBot, backup_page: tuple[Any, QWidget]
) -> None:
    session, page = backup_page

    def cancel(chooser: QWidget) -> None:
        click(qtbot, chooser, "situation-chooser-cancel")

    when_modal(cancel)
    click(qtbot, page, "button-backup-plans-add")
    raise_failures()
    assert session.app.store.plan.backup_plans == []
    assert session.app.store.draft_ids("BackupPlan") == []


# -- boundaries -------------------------------------------------------------------------


def test_next_reaches_the_firm_sentence_and_examples_fill_it(
    qtbot: QtBot, open_session: Any
) -> None:
    session = open_session()
    wizard = session.wizard
    wizard.go_to("boundaries")
    page = wizard.currentPage()
    tabs = find(page, QTabWidget, "tabs-boundaries")
    assert tabs.currentIndex() == 0
    # Next from the commitments opens my own words on the same page, at the firm sentence.
    click(qtbot, wizard, "button-wizard-next")
    assert wizard.currentPage() is page
    assert tabs.currentIndex() == 1
    edit = find(page, QPlainTextEdit, "statements-firm_sentence-edit")
    assert page.focusWidget() is edit

    # An example fills the empty field; the person can then change it.
    click(qtbot, page, "button-statements-firm_sentence-example-0")
    assert edit.toPlainText() == FIRM_SENTENCE_EXAMPLES[0]
    # A sentence the person wrote is replaced only when they agree.
    type_into(qtbot, page, "statements-firm_sentence-edit", "My own words.")

    def keep_mine(dialog: QWidget) -> None:
        buttons = {b.text().replace("&", ""): b for b in dialog.findChildren(QPushButton)}
        buttons["Keep mine"].click()

    when_modal(keep_mine)
    click(qtbot, page, "button-statements-firm_sentence-example-1")
    raise_failures()
    assert edit.toPlainText() == "My own words."

    # From my own words, Next moves on; the sentence is saved.
    click(qtbot, wizard, "button-wizard-next")
    assert wizard.currentPage().objectName() == "page-contacts"
    assert session.app.store.plan.statements.firm_sentence == "My own words."


def test_going_to_a_later_section_walks_past_the_boundaries_page(open_session: Any) -> None:
    session = open_session()
    wizard = session.wizard
    wizard.go_to("contact-log")
    assert wizard.currentPage().objectName() == "page-contact-log"
    tabs = find(wizard, QTabWidget, "tabs-boundaries")
    assert tabs.currentIndex() == 0, "walking past does not switch the tab"


def test_a_suggestion_adopted_as_him_stays_adopted_once_the_plan_says_them(
    qtbot: QtBot, backup_page: tuple[Any, QWidget]
) -> None:
    from workbook.domain.model import OtherPerson
    from workbook.domain.other_person import Voice, set_voice

    _session, page = backup_page
    seen: list[str] = []
    p = "editor-backup-plans"

    def work(dialog: Any) -> None:
        signs = find(dialog, QListWidget, "suggestions-warning-signs-list")
        steps = find(dialog, QListWidget, "suggestions-steps-list")
        try:
            set_voice(Voice(OtherPerson.HE))
            dialog.show_suggestions()
            as_him = situation_suggestions(Situation.TURNS_UP)
            _tick(qtbot, signs, as_him.warning_signs[0])
            _tick(qtbot, steps, as_him.steps[4])
            assert dialog.widgets["steps"].value() == [as_him.steps[4]]

            set_voice(Voice())  # the person now has the workbook speak of "them"
            dialog.show_suggestions()
            as_them = situation_suggestions(Situation.TURNS_UP)
            assert steps.item(4).text() == as_them.steps[4] != as_him.steps[4]
            assert steps.item(4).checkState() == Qt.CheckState.Checked
            assert signs.item(0).checkState() == Qt.CheckState.Checked
            assert steps.item(0).checkState() == Qt.CheckState.Unchecked
            # Adding every step adds the others, not this one a second time.
            click(qtbot, dialog, "button-suggestions-add-all-steps")
            added = dialog.widgets["steps"].value()
            assert added == [*as_them.steps[:4], as_him.steps[4], *as_them.steps[5:]]
            assert not find(dialog, QPushButton, "button-suggestions-add-all-steps").isEnabled()
            # Unticking takes out the words it was adopted in.
            _tick(qtbot, steps, as_them.steps[4])
            assert as_him.steps[4] not in dialog.widgets["steps"].value()
            assert len(dialog.widgets["steps"].value()) == len(as_them.steps) - 1
            _tick(qtbot, signs, as_them.warning_signs[0])
            assert find(dialog, QPlainTextEdit, f"{p}-warning_signs-edit").toPlainText() == ""
        finally:
            set_voice(Voice())

    _start_plan(qtbot, page, "They turn up", work, seen)
    assert seen == ["situation-chooser"]
