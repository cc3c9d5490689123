"""Dates the person's way in the interface: the locale's style, date fields that take the
local short form and ISO (or a day picked from the calendar) with a kind message next to the
field, and the database that keeps ISO whatever was typed."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTime, QTimer
from PySide6.QtWidgets import QCalendarWidget, QLabel, QLineEdit, QPushButton, QTimeEdit
from pytestqt.qtbot import QtBot
from test_dates import STYLES
from test_editor import _editor
from ui_helpers import find, type_into

from workbook.domain import dates
from workbook.domain.model import CheckInLogEntry, MandatedObligation
from workbook.ui.locale_dates import apply_locale, locale_for, style_for


def _type(qtbot: QtBot, root: Any, name: str, text: str) -> None:
    """Type like a person; text in another script arrives as an input method gives it
    (Qt's test keyboard knows only ASCII keys)."""
    if text.isascii():
        type_into(qtbot, root, name, text)
        return
    edit = find(root, QLineEdit, name)
    edit.setFocus()
    edit.setText(text)


@pytest.mark.parametrize("name", sorted(STYLES))
def test_the_style_is_what_qt_says_of_the_locale(name: str) -> None:
    """The domain tests' styles are written out by hand; Qt's locale gives the same."""
    built, wanted = style_for(QLocale(name)), STYLES[name]
    assert (built.date_pattern, built.time_pattern, built.digits, built.am, built.pm) == (
        wanted.date_pattern,
        wanted.time_pattern,
        wanted.digits,
        wanted.am,
        wanted.pm,
    )
    if wanted.months is not None:
        assert built.months == wanted.months
    assert built.months is not None and len(built.months) == 12


def test_the_locale_follows_the_chosen_language() -> None:
    mexico = QLocale("es_MX")
    assert locale_for("es", mexico).name() == "es_MX"  # the system's country is kept
    assert locale_for("fr", mexico).name() == "fr_FR"
    assert locale_for("ar", QLocale("en_US")).name() == "ar_EG"
    assert locale_for("en", QLocale(QLocale.Language.C)) is None  # C.UTF-8 is not "US"
    try:
        assert apply_locale("fr") is not None
        assert dates.short_date(date(2026, 2, 3)) == "03/02/2026"
        assert QLocale().name() == "fr_FR"  # Qt's own widgets (the calendar) follow
    finally:
        QLocale.setDefault(QLocale.system())
        dates.configure(None)


@pytest.mark.parametrize("name", ["es_ES", "ar_EG", "en_US"])
def test_a_date_field_takes_the_local_form_and_iso_and_stores_iso(
    qtbot: QtBot,
    open_session,  # type: ignore[no-untyped-def]
    name: str,
) -> None:
    dates.configure(style_for(QLocale(name)))
    session = open_session()
    editor = _editor(qtbot, session, MandatedObligation)
    p = "editor-mandated"
    error = find(editor, QLabel, f"{p}-start_date-error")
    local = {"es_ES": "14/3/2026", "ar_EG": "١٤/٣/٢٠٢٦", "en_US": "3/14/2026"}[name]
    _type(qtbot, editor, f"{p}-start_date-edit", local)
    assert not error.isVisible()
    assert editor.widgets["start_date"].value() == date(2026, 3, 14)
    # A day that does not exist: said next to the field, with the month's name.
    nonexistent = {"es_ES": "31/2/2026", "ar_EG": "٣١/٢/٢٠٢٦", "en_US": "2/31/2026"}[name]
    _type(qtbot, editor, f"{p}-start_date-edit", nonexistent)
    assert error.isVisible()
    february = QLocale(name).standaloneMonthName(2)
    assert february in error.text()
    assert ("٣١" if name == "ar_EG" else "31") in error.text()  # in the locale's digits
    # Text that is not a date at all: an example in the person's own way, and ISO.
    _type(qtbot, editor, f"{p}-end_date-edit", "next week")
    end_error = find(editor, QLabel, f"{p}-end_date-error")
    assert end_error.isVisible()
    assert dates.short_date(date.today()) in end_error.text()
    assert date.today().isoformat() in end_error.text()
    # ISO is read in every locale.
    _type(qtbot, editor, f"{p}-start_date-edit", "2026-03-14")
    _type(qtbot, editor, f"{p}-end_date-edit", local.replace("14", "28").replace("١٤", "٢٨"))
    assert not error.isVisible() and not end_error.isVisible()
    record, problems = editor.build()
    assert "start_date" not in problems and "end_date" not in problems
    assert (record.start_date, record.end_date) == (date(2026, 3, 14), date(2026, 3, 28))
    record.reference = "Example order"
    session.app.store.save(record)
    editor.close()
    with session.repo.engine.connect() as connection:
        stored = connection.exec_driver_sql(
            "SELECT start_date, end_date FROM obligations WHERE id = ?", (record.id,)
        ).one()
    assert tuple(stored) == ("2026-03-14", "2026-03-28")


def test_a_saved_date_is_shown_the_local_way(qtbot: QtBot, open_session) -> None:  # type: ignore[no-untyped-def]
    dates.configure(style_for(QLocale("es_ES")))
    session = open_session()
    moment = datetime(2026, 2, 3, 18, 5)
    entry = CheckInLogEntry(at=moment)
    editor = _editor(qtbot, session, CheckInLogEntry, entry)
    shown = find(editor, QLineEdit, "editor-checkin-log-at-edit")
    assert shown.text() == "3/2/2026 18:05"
    assert editor.widgets["at"].value() == moment


def test_the_calendar_writes_the_day_in_the_local_way(qtbot: QtBot, open_session) -> None:  # type: ignore[no-untyped-def]
    dates.configure(style_for(QLocale("es_ES")))
    session = open_session()
    editor = _editor(qtbot, session, MandatedObligation)
    field = editor.widgets["review_date"]
    calendar = field.input.calendar
    assert isinstance(calendar, QCalendarWidget)
    field.input.menu.aboutToShow.emit()
    calendar.setSelectedDate(QDate(2027, 1, 9))
    calendar.clicked.emit(QDate(2027, 1, 9))
    assert field.input.edit.text() == "9/1/2027"
    assert field.value() == date(2027, 1, 9)
    # A date and time: the calendar's day with the time box's time, on "Use".
    log = _editor(qtbot, session, CheckInLogEntry)
    moment = log.widgets["at"].input
    moment.menu.aboutToShow.emit()
    moment.calendar.setSelectedDate(QDate(2026, 12, 24))
    find(log, QTimeEdit, "editor-checkin-log-at-calendar-time").setTime(QTime(7, 45))
    find(log, QPushButton, "editor-checkin-log-at-calendar-done").click()
    assert log.widgets["at"].value() == datetime(2026, 12, 24, 7, 45)
    assert moment.edit.text() == "24/12/2026 7:45"
    # Emptied: a request with an example, not "cannot read this".
    moment.edit.clear()
    error = find(log, QLabel, "editor-checkin-log-at-error")
    assert error.isVisible()
    assert error.text().startswith("Please write when it was, for example ")
    assert error.text().endswith(" 18:30, or press Now.")


def test_alt_down_opens_the_calendar(qtbot: QtBot, open_session) -> None:  # type: ignore[no-untyped-def]
    session = open_session()
    editor = _editor(qtbot, session, MandatedObligation)
    field = editor.widgets["review_date"]
    opened: list[bool] = []
    field.input.menu.aboutToShow.connect(lambda: opened.append(True))
    # The menu runs its own loop while open: close it from that loop, once it is up.
    field.input.menu.aboutToShow.connect(lambda: QTimer.singleShot(50, field.input.menu.close))
    qtbot.keyClick(field.input.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert opened == [True]


def test_the_restored_from_backup_message_is_one_sentence_in_the_language(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not an English sentence around a Spanish month: the sentence and the date are both
    the person's."""
    from test_restore import _damaged_workbook_with_backup

    from workbook.ui import app as app_module
    from workbook.ui import dialogs, i18n

    folder = tmp_path / "data"
    _damaged_workbook_with_backup(folder)
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "ask", lambda *_a, **_kw: 0)
    monkeypatch.setattr(dialogs, "inform", lambda _p, text, detail="": told.append((text, detail)))
    try:
        i18n.install_language("es")
        repo = app_module.open_repository(folder)
        assert repo is not None
        repo.close()
        taken = datetime.now().astimezone()
        month = QLocale().monthName(taken.month)  # the Spanish locale's own month name
    finally:
        i18n.install_language("en")
    [(title, detail)] = told
    assert title == "Tu cuaderno se ha restaurado desde una copia de seguridad."
    assert detail.startswith("Contiene tu plan tal como estaba el ")
    assert f" de {month} de {taken.year}" in detail
    assert "It holds" not in detail and "Changes" not in detail
