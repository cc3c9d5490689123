"""The pages, lists and editors speak the chosen language: headings and intros declared on the
page classes, per-kind texts rather than a noun glued into a sentence, counts with Qt's plural
forms (and the English singular without a translation), and button rows mirrored for Arabic."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import Session, find

from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.domain.model import BackupPlan, TrustedContact
from workbook.ui import i18n
from workbook.ui.common import FlowLayout, plural
from workbook.ui.editor import RecordEditor
from workbook.ui.specs import SPECS, spec_for


@pytest.fixture
def spanish(qapp: object) -> Iterator[None]:
    i18n.install_language("es")
    try:
        yield
    finally:
        i18n.install_language("en")


def test_every_kind_has_its_whole_texts() -> None:
    """No kind of record falls back to an empty heading or question (a kind added later
    needs its own texts, never a noun glued into a shared sentence)."""
    for spec in SPECS.values():
        texts = (spec.name, spec.list_name, spec.new_title, spec.edit_title)
        assert all(texts), spec.slug
        assert spec.remove_question.endswith("?"), spec.slug


def test_english_counts_say_one_in_the_singular() -> None:
    source = QT_TRANSLATE_NOOP("Specs", "%n steps", "", 0)
    assert plural("Specs", source, 1, "1 step") == "1 step"
    assert plural("Specs", source, 3, "1 step") == "3 steps"
    assert plural("Specs", source, 0, "1 step") == "0 steps"


def test_spanish_counts_take_qt_plural_forms(spanish: None) -> None:
    source = QT_TRANSLATE_NOOP("Specs", "%n steps", "", 0)
    assert plural("Specs", source, 1, "1 step") == "1 paso"
    assert plural("Specs", source, 4, "1 step") == "4 pasos"


def test_pages_lists_and_editor_speak_spanish(
    qtbot: QtBot, demo_folder: Path, spanish: None
) -> None:
    session = Session(qtbot, demo_folder)
    try:
        session.app.show_wizard(None)
        wizard = session.wizard
        welcome = wizard.pages[0]
        assert welcome.title() == "Bienvenida"  # a class-level heading, translated when built
        assert "Contacto Cero" in find(welcome, QWidget, "intro-welcome").accessibleName()
        wizard.go_to("contacts")
        page = wizard.currentPage()
        assert page.title() == "Personas de confianza"  # the section's title
        add = find(page, QPushButton, "button-contacts-add")
        assert add.text() == "&Añadir…"
        assert add.accessibleDescription() == "Añade una entrada nueva a esta lista."
        table = find(page, QWidget, "table-contacts")
        assert table.accessibleName() == "Personas de confianza"
        contact = session.app.store.plan.contacts[0]
        editor = RecordEditor(session.app.store, TrustedContact, contact, wizard)
        qtbot.addWidget(editor)
        assert editor.accessibleName() == "Editar persona de confianza"
        assert find(editor, QPushButton, "button-editor-save").text() == "&Guardar"
        editor.reject()
        assert spec_for(BackupPlan).new_title == "Nuevo plan alternativo"
    finally:
        session.close()


def test_button_rows_start_at_the_right_when_right_to_left(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    row = FlowLayout(host)
    first, second = QPushButton("first", host), QPushButton("second", host)
    row.addWidget(first)
    row.addWidget(second)
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        host.setLayoutDirection(direction)
        row.setGeometry(QRect(0, 0, 400, 100))
        left_to_right = direction == Qt.LayoutDirection.LeftToRight
        assert (first.geometry().x() < second.geometry().x()) == left_to_right
        edge = first.geometry().left() if left_to_right else 399 - first.geometry().right()
        assert edge == 0  # the first button at the start of the line, whichever side that is


def test_phone_numbers_and_email_stay_left_to_right_in_arabic(
    qtbot: QtBot, demo_folder: Path, qapp: object
) -> None:
    from PySide6.QtWidgets import QLineEdit

    i18n.install_language("ar")
    session = Session(qtbot, demo_folder)
    try:
        contact = session.app.store.plan.contacts[0]
        editor = RecordEditor(session.app.store, TrustedContact, contact, None)
        qtbot.addWidget(editor)
        assert editor.isRightToLeft()
        phone = find(editor, QLineEdit, "editor-contacts-phones-item-1")
        email = find(editor, QLineEdit, "editor-contacts-email-edit")
        name = find(editor, QLineEdit, "editor-contacts-name-edit")
        assert phone.text().startswith("+")
        assert not phone.isRightToLeft() and not email.isRightToLeft()
        assert name.isRightToLeft()  # any other text follows the interface
        editor.reject()
    finally:
        session.close()
        i18n.install_language("en")
