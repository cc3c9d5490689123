"""A person walks the whole wizard with the keyboard and mouse, fills every page, leaves,
and finds every value again when the app starts on the same folder."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QListWidget, QTableView, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import (
    add_list_item,
    choose,
    click,
    find,
    raise_failures,
    tick,
    type_into,
    when_modal,
)

from workbook.domain.model import (
    Awareness,
    CheckInMethod,
    CommitmentStatus,
    ContactChannel,
    ContactRole,
    MandateChannel,
    Mandator,
    ProxyBehaviour,
    ProxyDecision,
    ResponseKind,
    Situation,
)


def _next(qtbot: QtBot, wizard: QWidget, expected_page: str) -> None:
    click(qtbot, wizard, "button-wizard-next")
    assert wizard.currentPage().objectName() == expected_page


def _run_editor(qtbot: QtBot, open_button: str, root: QWidget, fill) -> None:  # type: ignore[no-untyped-def]
    """Press `open_button`, fill the editor that opens, press Save; wait until it closed."""
    done: list[bool] = []

    def action(dialog: QWidget) -> None:
        fill(dialog)
        save = find(dialog, QWidget, "button-editor-save")
        assert save.isEnabled(), find(dialog, QWidget, "editor-summary").text()  # type: ignore[attr-defined]
        click(qtbot, dialog, "button-editor-save")
        done.append(True)

    when_modal(action)
    click(qtbot, root, open_button)
    raise_failures()
    assert done == [True]


def _fill_contact_maya(qtbot: QtBot, dialog: QWidget) -> None:
    p = "editor-contacts"
    type_into(qtbot, dialog, f"{p}-name-edit", "Maya Example")
    type_into(qtbot, dialog, f"{p}-relationship-edit", "Sister")
    tick(qtbot, dialog, f"{p}-roles-check_in_partner")
    tick(qtbot, dialog, f"{p}-roles-emergency_contact")
    add_list_item(qtbot, dialog, p, "phones", "+1 555 0142")
    add_list_item(qtbot, dialog, p, "phones", "555-0199")
    type_into(qtbot, dialog, f"{p}-email-edit", "maya@example.org")
    tick(qtbot, dialog, f"{p}-knows_situation-check")
    type_into(qtbot, dialog, f"{p}-code_word-edit", "blue umbrella")
    type_into(qtbot, dialog, f"{p}-best_times-edit", "Evenings")
    type_into(qtbot, dialog, f"{p}-notes-edit", "Has a spare key.")


def test_walk_the_whole_wizard_then_find_everything_again(qtbot: QtBot, open_session) -> None:  # type: ignore[no-untyped-def]
    session = open_session()
    wizard = session.wizard
    assert session.window is wizard, "the very first start goes straight into the wizard"
    assert wizard.currentPage().objectName() == "page-welcome"
    assert wizard.windowTitle() == "Workbook"

    # -- Mandated contact, with its handler added from the picker ------------------------
    _next(qtbot, wizard, "page-mandated")
    page = wizard.currentPage()

    def fill_obligation(dialog: QWidget) -> None:
        p = "editor-mandated"
        choose(dialog, f"{p}-mandated_by-combo", "Court")
        type_into(qtbot, dialog, f"{p}-mandated_by_name-edit", "County Family Court")
        type_into(qtbot, dialog, f"{p}-reference-edit", "FC-0001")
        type_into(qtbot, dialog, f"{p}-requirement-edit", "Hand over the children.")
        type_into(qtbot, dialog, f"{p}-schedule-edit", "Every other Friday at 5 pm")
        type_into(qtbot, dialog, f"{p}-location-edit", "Community centre car park")
        choose(dialog, f"{p}-channel-combo", "Supervised")
        type_into(qtbot, dialog, f"{p}-topics_allowed-edit", "Logistics only")
        nested: list[bool] = []

        def fill_handler(contact_dialog: QWidget) -> None:
            _fill_contact_maya(qtbot, contact_dialog)
            click(qtbot, contact_dialog, "button-editor-save")
            nested.append(True)

        when_modal(fill_handler, after=dialog)
        click(qtbot, dialog, f"{p}-handled_by_id-new")
        raise_failures()
        assert nested == [True]
        assert find(dialog, QWidget, f"{p}-handled_by_id-combo").currentText() == "Maya Example"  # type: ignore[attr-defined]
        type_into(qtbot, dialog, f"{p}-start_date-edit", "2026-01-05")
        type_into(qtbot, dialog, f"{p}-end_date-edit", "2026-12-20")
        type_into(qtbot, dialog, f"{p}-review_date-edit", "2026-06-01")
        type_into(qtbot, dialog, f"{p}-notes-edit", "Maya waits in the car.")

    _run_editor(qtbot, "button-mandated-add", page, fill_obligation)
    assert find(page, QTableView, "table-mandated").model().rowCount() == 1

    # -- My boundaries -----------------------------------------------------------------
    _next(qtbot, wizard, "page-boundaries")
    page = wizard.currentPage()
    table = find(page, QTableView, "table-boundaries")
    assert table.model().rowCount() == 13, "the suggestions are preloaded"
    table.selectRow(0)
    click(qtbot, page, "button-boundaries-adopt")
    table.selectRow(1)
    click(qtbot, page, "button-boundaries-drop")
    table.selectRow(2)

    def rewrite(dialog: QWidget) -> None:
        type_into(qtbot, dialog, "editor-boundaries-text-edit", "I send his gifts back unopened.")
        choose(dialog, "editor-boundaries-status-combo", "Adopted")

    _run_editor(qtbot, "button-boundaries-edit", page, rewrite)

    def own(dialog: QWidget) -> None:
        type_into(qtbot, dialog, "editor-boundaries-text-edit", "I keep a record of every contact.")
        choose(dialog, "editor-boundaries-status-combo", "Adopted")
        type_into(qtbot, dialog, "editor-boundaries-notes-edit", "My own.")

    _run_editor(qtbot, "button-boundaries-add", page, own)
    find(page, QTabWidget, "tabs-boundaries").setCurrentIndex(1)
    type_into(qtbot, page, "statements-firm_sentence-edit", "I will not talk with you. Goodbye.")
    type_into(qtbot, page, "statements-third_party_reply-edit", "I am not taking messages.")
    type_into(qtbot, page, "statements-gift_return-edit", "By post to his lawyer.")

    # -- Trusted contacts --------------------------------------------------------------
    _next(qtbot, wizard, "page-contacts")
    page = wizard.currentPage()
    assert find(page, QTableView, "table-contacts").model().rowCount() == 1

    def fill_lawyer(dialog: QWidget) -> None:
        p = "editor-contacts"
        type_into(qtbot, dialog, f"{p}-name-edit", "Daniel Lawyer")
        type_into(qtbot, dialog, f"{p}-relationship-edit", "My lawyer")
        tick(qtbot, dialog, f"{p}-roles-lawyer")
        add_list_item(qtbot, dialog, p, "phones", "+1 555 0110")

    _run_editor(qtbot, "button-contacts-add", page, fill_lawyer)

    # -- Backup plans ------------------------------------------------------------------
    _next(qtbot, wizard, "page-backup-plans")
    page = wizard.currentPage()

    def fill_plan(dialog: QWidget) -> None:
        p = "editor-backup-plans"
        choose(dialog, f"{p}-situation-combo", "Threats or blackmail")
        type_into(qtbot, dialog, f"{p}-title-edit", "Threat messages")
        type_into(qtbot, dialog, f"{p}-warning_signs-edit", "Late-night texts")
        add_list_item(qtbot, dialog, p, "steps", "Call Daniel")
        add_list_item(qtbot, dialog, p, "steps", "Save the messages")
        # The second step should come first: select it and move it up.
        click(qtbot, dialog, f"{p}-steps-up-2")
        choose(dialog, f"{p}-contact_ids-choice", "Maya Example")
        click(qtbot, dialog, f"{p}-contact_ids-add")
        choose(dialog, f"{p}-contact_ids-choice", "Daniel Lawyer")
        click(qtbot, dialog, f"{p}-contact_ids-add")
        click(qtbot, dialog, f"{p}-contact_ids-up-2")  # Daniel first
        type_into(qtbot, dialog, f"{p}-safe_places-edit", "Maya's house")
        type_into(qtbot, dialog, f"{p}-what_to_take-edit", "Phone, charger")
        type_into(qtbot, dialog, f"{p}-emergency_numbers-edit", "911")
        type_into(qtbot, dialog, f"{p}-protective_order-edit", "Order FC-0001")

    # A new plan starts from the situation the person picks, then the editor opens.
    done: list[bool] = []

    def fill_and_save(dialog: QWidget) -> None:
        fill_plan(dialog)
        click(qtbot, dialog, "button-editor-save")
        done.append(True)

    def pick_situation(chooser: QWidget) -> None:
        situations = find(chooser, QListWidget, "situation-chooser-list")
        texts = [situations.item(i).text() for i in range(situations.count())]
        situations.setCurrentRow(next(i for i, t in enumerate(texts) if "Threats" in t))
        when_modal(fill_and_save, after=chooser)
        click(qtbot, chooser, "situation-chooser-continue")

    when_modal(pick_situation)
    click(qtbot, page, "button-backup-plans-add")
    raise_failures()
    assert done == [True]

    # -- Whereabouts check-ins ---------------------------------------------------------
    _next(qtbot, wizard, "page-checkins")
    page = wizard.currentPage()

    def fill_agreement(dialog: QWidget) -> None:
        p = "editor-checkins"
        choose(dialog, f"{p}-partner_id-combo", "Maya Example")
        type_into(qtbot, dialog, f"{p}-schedule-edit", "Every day at 9 pm")
        choose(dialog, f"{p}-method-combo", "Call")
        type_into(qtbot, dialog, f"{p}-grace_minutes-spin", "45")
        add_list_item(qtbot, dialog, p, "escalation_steps", "Call me twice")
        add_list_item(qtbot, dialog, p, "escalation_steps", "Call the police")
        type_into(qtbot, dialog, f"{p}-danger_code_word-edit", "green teapot")
        type_into(qtbot, dialog, f"{p}-notes-edit", "Text first.")

    _run_editor(qtbot, "button-checkins-add", page, fill_agreement)

    def fill_checkin(dialog: QWidget) -> None:
        type_into(qtbot, dialog, "editor-checkin-log-note-edit", "All fine")
        assert find(dialog, QWidget, "editor-checkin-log-at-edit").text()  # type: ignore[attr-defined]

    _run_editor(qtbot, "button-checkins-checked-in", page, fill_checkin)

    # -- Suspected proxies -------------------------------------------------------------
    _next(qtbot, wizard, "page-proxies")
    page = wizard.currentPage()

    def fill_proxy(dialog: QWidget) -> None:
        p = "editor-proxies"
        type_into(qtbot, dialog, f"{p}-name-edit", "Carol Example")
        type_into(qtbot, dialog, f"{p}-connection_to_him-edit", "Cousin")
        type_into(qtbot, dialog, f"{p}-connection_to_me-edit", "Old friend")
        tick(qtbot, dialog, f"{p}-behaviours-spying")
        tick(qtbot, dialog, f"{p}-behaviours-carrying_messages")
        type_into(qtbot, dialog, f"{p}-what_they_did-edit", "Passed on a letter")
        type_into(qtbot, dialog, f"{p}-dates_and_evidence-edit", "Screenshots 1-3")
        choose(dialog, f"{p}-awareness-combo", "Knowing")
        choose(dialog, f"{p}-decision-combo", "Cut off")
        type_into(qtbot, dialog, f"{p}-done_on-edit", "2026-02-01")
        type_into(qtbot, dialog, f"{p}-notes-edit", "Blocked everywhere.")

    _run_editor(qtbot, "button-proxies-add", page, fill_proxy)

    # -- Contact log -------------------------------------------------------------------
    _next(qtbot, wizard, "page-contact-log")
    page = wizard.currentPage()

    def fill_log(dialog: QWidget) -> None:
        p = "editor-contact-log"
        type_into(qtbot, dialog, f"{p}-occurred_at-edit", "2026-02-03 19:10")
        choose(dialog, f"{p}-proxy_id-combo", "Carol Example")
        choose(dialog, f"{p}-channel-combo", "Through someone else")
        type_into(qtbot, dialog, f"{p}-what_happened-edit", "Carol brought a letter.")
        choose(dialog, f"{p}-response-combo", "Forwarded to my lawyer")
        type_into(qtbot, dialog, f"{p}-response_detail-edit", "Gave it to Daniel unopened.")
        type_into(qtbot, dialog, f"{p}-evidence_ref-edit", "Letter held by Daniel")
        choose(dialog, f"{p}-obligation_id-combo", "County Family Court: FC-0001")

    _run_editor(qtbot, "button-contact-log-add", page, fill_log)

    # -- Review ------------------------------------------------------------------------
    _next(qtbot, wizard, "page-review")
    page = wizard.currentPage()
    type_into(qtbot, page, "review-next-review", "2027-01-31")
    click(qtbot, wizard, "button-wizard-finish")
    assert session.app.overview.isVisible()
    session.close()

    # -- Start again on the same folder: the overview, and every value -------------------
    again = open_session()
    assert again.window is again.app.overview, "later starts open on the overview"
    plan = again.app.store.plan

    (obligation,) = plan.obligations
    maya, daniel = plan.contacts
    assert (maya.name, maya.relationship, maya.roles) == (
        "Maya Example",
        "Sister",
        [ContactRole.CHECK_IN_PARTNER, ContactRole.EMERGENCY_CONTACT],
    )
    assert maya.phones == ["+1 555 0142", "555-0199"]
    assert (maya.email, maya.knows_situation, maya.code_word) == (
        "maya@example.org",
        True,
        "blue umbrella",
    )
    assert (maya.best_times, maya.notes) == ("Evenings", "Has a spare key.")
    assert (daniel.name, daniel.relationship, daniel.roles, daniel.phones) == (
        "Daniel Lawyer",
        "My lawyer",
        [ContactRole.LAWYER],
        ["+1 555 0110"],
    )
    assert obligation.mandated_by is Mandator.COURT
    assert obligation.mandated_by_name == "County Family Court"
    assert obligation.reference == "FC-0001"
    assert obligation.requirement == "Hand over the children."
    assert obligation.schedule == "Every other Friday at 5 pm"
    assert obligation.location == "Community centre car park"
    assert obligation.channel is MandateChannel.SUPERVISED
    assert obligation.topics_allowed == "Logistics only"
    assert obligation.handled_by_id == maya.id
    assert (obligation.start_date, obligation.end_date, obligation.review_date) == (
        date(2026, 1, 5),
        date(2026, 12, 20),
        date(2026, 6, 1),
    )
    assert obligation.notes == "Maya waits in the car."

    commitments = plan.commitments
    assert len(commitments) == 14
    assert commitments[0].status is CommitmentStatus.ADOPTED
    assert commitments[1].status is CommitmentStatus.DROPPED
    assert commitments[2].text == "I send his gifts back unopened."
    assert commitments[2].status is CommitmentStatus.ADOPTED
    assert commitments[2].suggestion_key == "return-gifts"
    assert commitments[3].status is CommitmentStatus.SUGGESTED
    assert (commitments[-1].text, commitments[-1].notes) == (
        "I keep a record of every contact.",
        "My own.",
    )
    assert plan.statements.firm_sentence == "I will not talk with you. Goodbye."
    assert plan.statements.third_party_reply == "I am not taking messages."
    assert plan.statements.gift_return == "By post to his lawyer."

    (backup,) = plan.backup_plans
    assert backup.situation is Situation.THREATS
    assert (backup.title, backup.warning_signs) == ("Threat messages", "Late-night texts")
    assert backup.steps == ["Save the messages", "Call Daniel"]
    assert backup.contact_ids == [daniel.id, maya.id]
    assert (backup.safe_places, backup.what_to_take) == ("Maya's house", "Phone, charger")
    assert (backup.emergency_numbers, backup.protective_order) == ("911", "Order FC-0001")

    (agreement,) = plan.checkin_agreements
    assert agreement.partner_id == maya.id
    assert agreement.schedule == "Every day at 9 pm"
    assert agreement.method is CheckInMethod.CALL
    assert agreement.grace_minutes == 45
    assert agreement.escalation_steps == ["Call me twice", "Call the police"]
    assert (agreement.danger_code_word, agreement.notes) == ("green teapot", "Text first.")
    (checkin,) = plan.checkin_log
    assert (checkin.agreement_id, checkin.note) == (agreement.id, "All fine")
    assert abs((datetime.now() - checkin.at).total_seconds()) < 600

    (proxy,) = plan.proxies
    assert (proxy.name, proxy.connection_to_him, proxy.connection_to_me) == (
        "Carol Example",
        "Cousin",
        "Old friend",
    )
    assert proxy.behaviours == [ProxyBehaviour.SPYING, ProxyBehaviour.CARRYING_MESSAGES]
    assert (proxy.what_they_did, proxy.dates_and_evidence) == (
        "Passed on a letter",
        "Screenshots 1-3",
    )
    assert (proxy.awareness, proxy.decision) == (Awareness.KNOWING, ProxyDecision.CUT_OFF)
    assert (proxy.done_on, proxy.notes) == (date(2026, 2, 1), "Blocked everywhere.")

    (entry,) = plan.contact_log
    assert entry.occurred_at == datetime(2026, 2, 3, 19, 10)
    assert (entry.proxy_id, entry.obligation_id) == (proxy.id, obligation.id)
    assert entry.channel is ContactChannel.VIA_THIRD_PARTY
    assert entry.what_happened == "Carol brought a letter."
    assert entry.response is ResponseKind.FORWARDED_TO_LAWYER
    assert entry.response_detail == "Gave it to Daniel unopened."
    assert entry.evidence_ref == "Letter held by Daniel"
    assert plan.next_review == date(2027, 1, 31)

    # The overview opens any page directly, pre-filled.
    click(qtbot, again.window, "button-overview-open-backup-plans")
    wizard = again.app.wizard
    assert wizard.isVisible()
    assert wizard.currentPage().objectName() == "page-backup-plans"
    table = find(wizard.currentPage(), QTableView, "table-backup-plans")
    assert table.model().index(0, 1).data() == "Threat messages"
