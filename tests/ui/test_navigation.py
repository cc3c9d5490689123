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
