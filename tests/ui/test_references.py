"""Removing a record that others point at says which ones, asks, and leaves nothing dangling."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import answer_message, click, find, raise_failures

from workbook.domain.model import BackupPlan, CheckInAgreement, MandatedObligation, TrustedContact
from workbook.domain.references import dangling_references, references_to


def _contacts_page(session) -> QWidget:  # type: ignore[no-untyped-def]
    session.app.show_wizard(None)
    session.wizard.go_to("contacts")
    page: QWidget = session.wizard.currentPage()
    return page


def test_removing_a_referenced_contact_names_the_holders_and_detaches_them(
    qtbot: QtBot,
    demo_folder,
    open_session,  # type: ignore[no-untyped-def]
) -> None:
    session = open_session()
    plan_before = session.repo.load_plan()
    maya = plan_before.contacts[0]
    holders = references_to(plan_before, TrustedContact, maya.id)
    assert len(holders) >= 3
    page = _contacts_page(session)
    table = find(page, QTableView, "table-contacts")
    table.selectRow(0)

    seen: list[str] = []
    answer_message(1, seen)  # "Keep it" first: nothing changes
    click(qtbot, page, "button-contacts-remove")
    raise_failures()
    assert f"used in {len(holders)} other entries" in seen[0]
    assert "Mandated contact: County Family Court: FC-2031-0457" in seen[0]
    assert "Backup plan: He is outside the flat or at my workplace" in seen[0]
    assert "Check-in agreement: With Maya Lindqvist" in seen[0]
    assert session.repo.get(TrustedContact, maya.id) is not None
    assert session.repo.load_plan() == plan_before

    answer_message(0)  # "Remove it and clear those links"
    table.selectRow(0)
    click(qtbot, page, "button-contacts-remove")
    raise_failures()

    stored = session.repo.load_plan()
    assert session.repo.get(TrustedContact, maya.id) is None
    assert references_to(stored, TrustedContact, maya.id) == []
    assert dangling_references(stored) == []
    # The entries that pointed at Maya are all still there.
    for kind in (MandatedObligation, BackupPlan, CheckInAgreement):
        assert len(stored.records_of(kind)) == len(plan_before.records_of(kind))
    # What the UI shows matches what is stored.
    assert session.app.store.plan.obligations == stored.obligations
    assert session.app.store.plan.backup_plans == stored.backup_plans
    assert table.model().rowCount() == len(plan_before.contacts) - 1
    handover = stored.obligations[0]
    assert handover.handled_by_id is None
    session.wizard.go_to("mandated")
    mandated_table = find(session.wizard.currentPage(), QTableView, "table-mandated")
    assert mandated_table.model().index(0, 4).data() == "nobody yet"


def test_removing_an_unreferenced_record_asks_first(
    qtbot: QtBot,
    demo_folder,
    open_session,  # type: ignore[no-untyped-def]
) -> None:
    session = open_session()
    page = _contacts_page(session)
    table = find(page, QTableView, "table-contacts")
    neighbour = session.repo.list(TrustedContact)[-1]
    assert references_to(session.repo.load_plan(), TrustedContact, neighbour.id) == []
    table.selectRow(table.model().rowCount() - 1)
    seen: list[str] = []
    answer_message(0, seen)
    click(qtbot, page, "button-contacts-remove")
    raise_failures()
    assert seen and seen[0].startswith("Remove this trusted contact?")
    assert session.repo.get(TrustedContact, neighbour.id) is None
