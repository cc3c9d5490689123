"""Back and Next lose nothing; the review page lists what is missing and jumps there; the
overview and the wizard open on the right pages; window titles never show user content."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import click, find, type_into

from workbook.ui.wizard import PAGE_CLASSES

PAGE_NAMES = [
    "page-welcome",
    "page-mandated",
    "page-boundaries",
    "page-contacts",
    "page-backup-plans",
    "page-checkins",
    "page-proxies",
    "page-contact-log",
    "page-review",
]


def test_pages_are_in_order_with_stable_names(qtbot: QtBot, open_session) -> None:  # type: ignore[no-untyped-def]
    session = open_session()
    wizard = session.wizard
    assert [page.objectName() for page in wizard.pages] == PAGE_NAMES
    assert len(PAGE_CLASSES) == 9
    for page in wizard.pages:
        assert page.title()
        assert page.accessibleDescription()


def test_back_and_next_round_trips_lose_nothing(
    qtbot: QtBot,
    demo_folder,
    open_session,  # type: ignore[no-untyped-def]
) -> None:
    session = open_session()
    before = session.repo.load_plan()
    session.app.show_wizard(None)
    wizard = session.wizard
    wizard.go_to("boundaries")
    page = wizard.currentPage()
    find(page, QTabWidget, "tabs-boundaries").setCurrentIndex(1)
    type_into(qtbot, page, "statements-firm_sentence-edit", "No. Goodbye.")
    for _round in range(2):
        for name in PAGE_NAMES[3:]:
            click(qtbot, wizard, "button-wizard-next")
            assert wizard.currentPage().objectName() == name
        for name in reversed(PAGE_NAMES[:-1]):
            click(qtbot, wizard, "button-wizard-back")
            assert wizard.currentPage().objectName() == name
        for name in PAGE_NAMES[1:3]:
            click(qtbot, wizard, "button-wizard-next")
            assert wizard.currentPage().objectName() == name
    field = find(page, QPlainTextEdit, "statements-firm_sentence-edit")
    assert field.toPlainText() == "No. Goodbye."
    after = session.repo.load_plan()
    assert after.statements.firm_sentence == "No. Goodbye."
    after.statements.firm_sentence = before.statements.firm_sentence
    for name in (
        "obligations",
        "commitments",
        "contacts",
        "backup_plans",
        "checkin_agreements",
        "checkin_log",
        "proxies",
        "contact_log",
    ):
        assert getattr(after, name) == getattr(before, name), name


def test_review_lists_what_is_missing_and_jumps_there(qtbot: QtBot, open_session) -> None:  # type: ignore[no-untyped-def]
    session = open_session()
    wizard = session.wizard
    wizard.go_to("review")
    page = wizard.currentPage()
    checkins = find(page, QLabel, "review-missing-checkins").text()
    assert "No check-in partner yet" in checkins
    assert "No trusted contact yet" in find(page, QLabel, "review-missing-contacts").text()
    click(qtbot, page, "button-review-goto-checkins")
    assert wizard.currentPage().objectName() == "page-checkins"
    click(qtbot, wizard, "button-wizard-back")
    assert wizard.currentPage().objectName() == "page-backup-plans"


def test_overview_and_wizard_switch_without_losing_the_place(
    qtbot: QtBot,
    demo_folder,
    open_session,  # type: ignore[no-untyped-def]
) -> None:
    session = open_session()
    overview = session.app.overview
    assert session.window is overview
    state = find(overview, QLabel, "overview-state-contacts").text()
    assert "6 entries" in state and "last changed" in state
    assert "Next review: 2026-04-01" in find(overview, QLabel, "overview-next-review").text()
    click(qtbot, overview, "button-overview-open-proxies")
    wizard = session.wizard
    assert wizard.isVisible() and not overview.isVisible()
    assert wizard.currentPage().objectName() == "page-proxies"
    click(qtbot, wizard, "button-wizard-back")  # history goes back through the pages
    assert wizard.currentPage().objectName() == "page-checkins"
    click(qtbot, wizard, "button-wizard-overview")
    assert overview.isVisible() and not wizard.isVisible()
    click(qtbot, overview, "button-overview-wizard")
    assert wizard.currentPage().objectName() == "page-welcome"


def test_window_titles_are_neutral_and_every_control_is_named(
    qtbot: QtBot,
    demo_folder,
    open_session,  # type: ignore[no-untyped-def]
) -> None:
    session = open_session()
    session.app.show_wizard(None)
    for name in PAGE_NAMES:
        session.wizard.go_to(name.removeprefix("page-"))
    from workbook.ui.app import top_level_windows

    windows = top_level_windows()
    assert {w.objectName() for w in windows} >= {"wizard", "overview"}
    unnamed = []
    for window in windows:
        assert window.windowTitle() == "Workbook"
        controls = window.findChildren(QWidget)
        for control in controls:
            if not isinstance(
                control,
                QAbstractButton | QLineEdit | QPlainTextEdit | QComboBox | QAbstractItemView,
            ):
                continue
            if control.objectName().startswith("qt_") or not control.objectName():
                # Qt's own internals (scroll bars, the wizard's hidden buttons, tab bars)
                if (
                    isinstance(control, QAbstractButton)
                    and control.isVisible()
                    and not (control.parent() and control.parent().objectName().startswith("qt_"))
                ):
                    unnamed.append(f"{type(control).__name__} {control.text()!r}")
                continue
            if not control.accessibleName():
                unnamed.append(control.objectName())
    assert unnamed == []
    from workbook.ui.app import make_application

    assert make_application().applicationName() == "Workbook"


def _unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for control in root.findChildren(QWidget):
        if not isinstance(
            control, QAbstractButton | QLineEdit | QPlainTextEdit | QComboBox | QAbstractItemView
        ):
            continue
        if control.objectName().startswith("qt_") or (
            control.parent() is not None and control.parent().objectName().startswith("qt_")
        ):
            continue
        if control.window() is not root:  # a combo box's own popup list
            continue
        if not control.objectName() or not control.accessibleName():
            missing.append(f"{type(control).__name__} {control.objectName()!r}")
    return missing


def test_every_editor_control_has_a_name_and_a_mnemonic_label(
    qtbot: QtBot,
    demo_folder,
    open_session,  # type: ignore[no-untyped-def]
) -> None:
    from workbook.ui.editor import RecordEditor
    from workbook.ui.specs import SPECS

    session = open_session()
    for kind, spec in SPECS.items():
        record = session.app.store.plan.records_of(kind)[0]
        editor = RecordEditor(session.app.store, kind, record, session.window)
        qtbot.addWidget(editor)
        assert editor.windowTitle() == "Workbook"
        assert _unnamed_controls(editor) == [], spec.slug
        labels = [
            label for label in editor.findChildren(QLabel) if label.objectName().endswith("-label")
        ]
        assert len(labels) == len(spec.fields)
        keys = [label.text().split("&")[1][0].lower() for label in labels if "&" in label.text()]
        assert len(keys) == len(set(keys)), f"mnemonics clash in {spec.slug}"
        assert all(label.buddy() is not None for label in labels)
        editor.deleteLater()


def test_overview_names_an_unfinished_entry_and_continues_it(
    qtbot: QtBot,
    demo_folder,  # type: ignore[no-untyped-def]
    open_session,  # type: ignore[no-untyped-def]
) -> None:
    from ui_helpers import raise_failures, when_modal

    session = open_session()
    store = session.app.store
    store.save_draft("TrustedContact", None, {"fields": {"name": "Half typed"}})
    overview = session.app.overview
    overview.refresh()
    row = find(overview, QWidget, "overview-draft-TrustedContact")
    assert row.isVisible()
    text = find(overview, QLabel, "overview-draft-text-TrustedContact").text()
    assert text == "You have an unfinished entry on Trusted contacts."
    opened: list[str] = []

    def look(dialog: QWidget) -> None:
        opened.append(find(dialog, QLineEdit, "editor-contacts-name-edit").text())
        dialog.reject()  # keeps the draft

    when_modal(look)
    click(qtbot, overview, "button-overview-continue-TrustedContact")
    qtbot.waitUntil(lambda: bool(opened), timeout=3000)
    raise_failures()
    assert opened == ["Half typed"]
    assert session.wizard.currentPage().objectName() == "page-contacts"
    # Once the draft is gone, so is the line.
    store.discard_draft("TrustedContact", None)
    overview.refresh()
    assert (
        overview.findChild(QWidget, "overview-draft-TrustedContact") is None or not row.isVisible()
    )


def test_a_passed_order_review_shows_on_the_overview(qtbot: QtBot, open_session) -> None:  # type: ignore[no-untyped-def]
    from datetime import date, timedelta

    from workbook.domain.model import MandatedObligation

    session = open_session()
    store = session.app.store
    passed = date.today() - timedelta(days=3)
    store.save(
        MandatedObligation(mandated_by_name="Family court", reference="FC-0101", review_date=passed)
    )
    store.save(MandatedObligation(mandated_by_name="Mediator", review_date=date.today()))
    session.app.show_overview()
    label = find(session.app.overview, QLabel, "overview-order-reviews")
    qtbot.waitUntil(label.isVisible, timeout=3000)
    assert label.text() == (
        f"Review of the order from Family court (FC-0101): {passed.isoformat()} — that day has "
        "passed; a good moment to look at it, with your lawyer if you have one."
    )


def test_columns_follow_content_and_whole_texts_are_in_reach(
    qtbot: QtBot,
    demo_folder,  # type: ignore[no-untyped-def]
    open_session,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView, QTextBrowser

    from workbook.domain.model import MandatedObligation

    session = open_session()
    long_text = "Handovers at the library on Saturdays, 10:00. " * 8 + "\nSecond line, kept."
    order = MandatedObligation(mandated_by_name="Family court", requirement=long_text)
    session.app.store.save(order)
    session.app.show_wizard(None)
    session.wizard.resize(800, 600)
    session.wizard.go_to("boundaries")
    table = find(session.wizard.currentPage(), QTableView, "table-boundaries")
    qtbot.waitUntil(lambda: table.columnWidth(0) > 0)
    header = table.horizontalHeader()
    decision_width = header.fontMetrics().horizontalAdvance("My decision") + 24
    assert decision_width <= table.columnWidth(0) < 160  # a one-word column, not 200 px
    session.wizard.go_to("mandated")
    page = session.wizard.currentPage()
    table = find(page, QTableView, "table-mandated")
    model = table.model()
    row = model.row_of(order.id)
    cell = model.data(model.index(row, 1))
    assert cell.endswith("…") and len(cell) < len(long_text)
    tip = model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole)
    assert "Second line, kept." in tip and "white-space:pre-wrap" in tip  # whole, wrapped
    table.selectRow(row)
    details = find(page, QTextBrowser, "details-mandated")
    assert details.isVisible()
    assert "Second line, kept." in details.toPlainText()
    assert details.toPlainText().count("Handovers at the library") == 8


def test_the_welcome_page_names_the_whole_path(
    qtbot: QtBot,
    tmp_path,  # type: ignore[no-untyped-def]
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from pathlib import Path

    from ui_helpers import Session

    monkeypatch.chdir(tmp_path)
    session = Session(qtbot, Path("relative-folder"))
    try:
        session.app.show_wizard(None)
        text = find(session.wizard, QLabel, "welcome-where").text()
        whole = (tmp_path / "relative-folder").absolute()
        assert str(whole) in text
    finally:
        session.close()
