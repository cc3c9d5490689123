"""Help now: the country chosen once, its numbers wherever help matters, and never a network."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import click, find, raise_failures, when_modal

from workbook.domain import helplines
from workbook.ui import help_now
from workbook.ui.help_now import (
    COUNTRY_SETTING,
    HelpNowBox,
    HelpNowDialog,
    chosen_country,
    danger_sentence,
)


@pytest.fixture(autouse=True)
def _no_pending_country(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(help_now, "_pending", None)
    monkeypatch.setattr(help_now, "system_country", lambda: None)
    # What the app notes for the plan PDF goes back to "nothing said" after each test.
    monkeypatch.setattr(helplines, "_preferred", None)
    monkeypatch.setattr(helplines, "_app_said", False)


def _pick(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_the_panel_says_whom_to_call(qtbot: QtBot) -> None:
    dialog = HelpNowDialog(None, None, "DE")
    qtbot.addWidget(dialog)
    assert dialog.danger.text() == "If you are in danger now, call 112."
    assert dialog.police.text() == "Police: 110"
    phones = [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.objectName().startswith("help-now-phone-")
    ]
    assert phones == ["116 016"]
    # Where the numbers come from: plain addresses, never links that would open a browser.
    assert dialog.sources.textFormat() == Qt.TextFormat.PlainText
    assert not dialog.sources.openExternalLinks()
    dialog.sources_button.setChecked(True)
    assert "hilfetelefon.de" in dialog.sources.text()
    assert "libphonenumber" in dialog.sources.text()


def test_a_country_without_a_checked_helpline_says_so_plainly(qtbot: QtBot) -> None:
    dialog = HelpNowDialog(None, None, "NG")
    qtbot.addWidget(dialog)
    assert dialog.danger.text() == "If you are in danger now, call 199."
    note = find(dialog, QLabel, "help-now-no-helpline")
    assert "Nigeria" in note.text()
    assert "could be checked" in note.text()
    assert not dialog.police.isVisibleTo(dialog)


def test_where_the_police_number_is_not_known_every_service_is_named() -> None:
    angola = helplines.country_help("AO")
    assert angola is not None and angola.all_services
    assert danger_sentence(angola) == (
        "If you are in danger now, call one of these emergency numbers: 112, 113 or 115."
    )
    assert "choose your country" in danger_sentence(None).lower()


def test_the_country_is_chosen_once_and_kept_in_the_workbook(
    qtbot: QtBot, open_session, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(help_now, "system_country", lambda: "GB")
    session = open_session()
    wizard = session.wizard
    page = wizard.currentPage()
    assert page.objectName() == "page-welcome"
    box = find(page, HelpNowBox, "welcome-help-now")
    # Until the person chooses, the system's country is shown, and nothing is stored.
    assert box.danger.text() == "If you are in danger now, call 999 (or 112)."
    assert "0808 2000 247" in box.lines.text()
    assert session.app.store.setting(COUNTRY_SETTING) is None

    _pick(find(box, QComboBox, "help-now-country"), "ES")
    assert session.app.store.setting(COUNTRY_SETTING) == "ES"
    assert box.danger.text() == "If you are in danger now, call 112."
    assert "016" in box.lines.text()
    # Every other Help now shows the new country at once (the backup plans page here).
    backup = find(wizard, HelpNowBox, "backup-plans-help-now")
    assert "016" in backup.lines.text()
    session.close()

    # Another start on the same workbook: the choice is still there, whatever the locale.
    again = open_session()
    assert chosen_country(again.app.store) == "ES"


def test_help_now_is_one_press_away_everywhere(qtbot: QtBot, open_session) -> None:
    session = open_session()
    wizard = session.wizard
    seen: list[str] = []

    def look(dialog: QWidget) -> None:
        seen.append(dialog.objectName())
        dialog.reject()  # type: ignore[attr-defined]

    # In the wizard's button row, on every page.
    for _ in range(len(wizard.pages) - 1):
        button = find(wizard, QPushButton, "button-help-now")
        assert button.isVisible(), wizard.currentPage().objectName()
        click(qtbot, wizard, "button-wizard-next")
        if wizard.currentPage().objectName() == "page-boundaries":
            click(qtbot, wizard, "button-wizard-next")  # from the commitments to own words
    when_modal(look)
    click(qtbot, wizard, "button-help-now")
    raise_failures()
    # F1 opens it too.
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    when_modal(look)
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_F1)
    raise_failures()
    # And on the overview, at the top.
    click(qtbot, wizard, "button-wizard-overview")
    overview = session.app._overview
    assert overview is not None and overview.isVisible()
    line = overview.help_now
    assert line.isVisible()
    qtbot.waitUntil(lambda: line.label.text().startswith("In danger now?"))
    when_modal(look)
    click(qtbot, overview, "button-help-now")
    raise_failures()
    assert seen == ["help-now", "help-now", "help-now"]


def test_the_first_run_notice_shows_help_and_keeps_the_choice(qtbot: QtBot, tmp_path: Path) -> None:
    from workbook.storage.repository import PlanRepository
    from workbook.ui.protection.setup import SetupDialog
    from workbook.ui.store import PlanStore

    dialog = SetupDialog(tmp_path)
    qtbot.addWidget(dialog)
    box = find(dialog, HelpNowBox, "setup-help-now")
    assert "local emergency number" in box.danger.text()
    _pick(find(box, QComboBox, "help-now-country"), "FR")
    assert box.danger.text() == "If you are in danger now, call 112."
    assert "3919" in box.lines.text()
    # No workbook exists yet; the first one opened keeps the choice.
    repo = PlanRepository.open(tmp_path / "plan")
    try:
        store = PlanStore(repo)
        assert chosen_country(store) == "FR"
        assert store.setting(COUNTRY_SETTING) == "FR"
    finally:
        repo.close()


def test_help_now_never_loads_networking() -> None:
    """The panel, its sources and the list, in a fresh process: Qt's network module is never
    loaded and no label opens links."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([])\n"
        "from workbook.ui.help_now import HelpNowBox, HelpNowDialog\n"
        "for code in ('US', 'DE', 'NG', None):\n"
        "    dialog = HelpNowDialog(None, None, code)\n"
        "    dialog.sources_button.setChecked(True)\n"
        "    assert not any(l.openExternalLinks() for l in dialog.findChildren(QLabel))\n"
        "HelpNowBox(None, None, with_picker=True)\n"
        "assert 'PySide6.QtNetwork' not in sys.modules, 'QtNetwork was loaded'\n"
        "print('ok')\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ok")


def test_the_app_notes_its_country_for_the_plan_pdf(qtbot: QtBot, open_session) -> None:
    session = open_session()
    box = find(session.wizard.currentPage(), HelpNowBox, "welcome-help-now")
    # No country known: the PDF must not guess one from the locale either.
    assert helplines.preferred_country("en_US.UTF-8") is None
    _pick(find(box, QComboBox, "help-now-country"), "IT")
    chosen = helplines.preferred_country("en_US.UTF-8")
    assert chosen is not None and chosen.code == "IT"
