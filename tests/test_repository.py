"""The repository keeps every record exactly, in the user's order, one transaction per change."""

from __future__ import annotations

import dataclasses
import os
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from workbook.domain.demo import demo_plan
from workbook.domain.model import (
    RECORD_TYPES,
    BackupPlan,
    CheckInAgreement,
    CheckInLogEntry,
    ContactLogEntry,
    ContactRole,
    MandatedObligation,
    PersonalStatements,
    Plan,
    Record,
    Section,
    SuspectedProxy,
    TrustedContact,
)
from workbook.domain.references import dangling_references
from workbook.paths import database_path
from workbook.storage.errors import SaveFailedError
from workbook.storage.repository import LogKeptError, PlanRepository


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2031, 3, 4, 9, 0, 0)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def repo(tmp_path: Path, clock: FakeClock) -> PlanRepository:
    repository = PlanRepository.open(tmp_path / "data", clock=clock)
    yield repository
    repository.close()


def test_demo_plan_round_trips_exactly(repo: PlanRepository) -> None:
    plan = demo_plan(date(2031, 3, 1))
    repo.replace_plan(plan)
    assert repo.load_plan() == plan


# The contact log is append-only: tests/test_log_append_only.py tries every way to change it.
@pytest.mark.parametrize(
    "kind", [k for k in RECORD_TYPES if k is not ContactLogEntry], ids=lambda kind: kind.__name__
)
def test_every_record_type_saves_loads_updates_and_deletes(
    repo: PlanRepository, kind: type[Record]
) -> None:
    plan = demo_plan(date(2031, 3, 1))
    plan.contact_log.clear()  # the log keeps the proxies and orders it names
    repo.replace_plan(plan)
    original = plan.records_of(kind)[0]
    assert repo.get(kind, original.id) == original

    edited = dataclasses.replace(original)
    text_field = next(
        f.name
        for f in dataclasses.fields(kind)
        if type(getattr(original, f.name)) is str and not f.name.endswith("id")
    )
    setattr(edited, text_field, "Zmiana: żółć — Правка — Αλλαγή — שינוי — تعديل")
    repo.save(edited)
    assert repo.get(kind, original.id) == edited

    fresh = kind()
    repo.save(fresh)
    assert repo.list(kind)[-1] == fresh

    repo.delete(kind, original.id)
    assert repo.get(kind, original.id) is None
    assert dangling_references(repo.load_plan()) == []


def test_new_records_append_and_move_reorders(repo: PlanRepository) -> None:
    names = ["Ash", "Birch", "Cedar", "Dogwood"]
    contacts = [TrustedContact(name=name) for name in names]
    for contact in contacts:
        repo.save(contact)
    assert [c.name for c in repo.list(TrustedContact)] == names

    repo.move(TrustedContact, contacts[3].id, 0)
    assert [c.name for c in repo.list(TrustedContact)] == ["Dogwood", "Ash", "Birch", "Cedar"]
    repo.move(TrustedContact, contacts[3].id, 99)  # clamped to the end
    assert [c.name for c in repo.list(TrustedContact)] == names


def test_lists_inside_records_keep_their_order(repo: PlanRepository) -> None:
    first, second = TrustedContact(name="First"), TrustedContact(name="Second")
    repo.save(first)
    repo.save(second)
    plan = BackupPlan(steps=["three", "one", "two"], contact_ids=[second.id, first.id])
    plan.title = "Own"
    repo.save(plan)
    loaded = repo.get(BackupPlan, plan.id)
    assert loaded is not None
    assert loaded.steps == ["three", "one", "two"]
    assert loaded.contact_ids == [second.id, first.id]


def test_deleting_a_contact_detaches_every_reference(repo: PlanRepository) -> None:
    plan = demo_plan(date(2031, 3, 1))
    repo.replace_plan(plan)
    sister = plan.contacts[0]  # handles an obligation, is called in backup plans, is a partner
    repo.delete(TrustedContact, sister.id)
    after = repo.load_plan()
    assert all(o.handled_by_id != sister.id for o in after.obligations)
    assert all(sister.id not in p.contact_ids for p in after.backup_plans)
    assert all(a.partner_id != sister.id for a in after.checkin_agreements)
    assert len(after.obligations) == len(plan.obligations)
    assert len(after.backup_plans) == len(plan.backup_plans)


def test_a_proxy_or_obligation_the_log_names_is_kept_with_the_log(repo: PlanRepository) -> None:
    plan = demo_plan(date(2031, 3, 1))
    repo.replace_plan(plan)
    proxy = next(e.proxy_id for e in plan.contact_log if e.proxy_id)
    obligation = next(e.obligation_id for e in plan.contact_log if e.obligation_id)
    assert proxy and obligation
    with pytest.raises(LogKeptError, match="refer to it"):
        repo.delete(SuspectedProxy, proxy)
    with pytest.raises(LogKeptError, match="refer to it"):
        repo.delete(MandatedObligation, obligation)
    assert repo.load_plan() == plan
    unnamed = SuspectedProxy(name="Dana Example")
    repo.save(unnamed)
    repo.delete(SuspectedProxy, unnamed.id)  # one the log never names goes as before
    assert repo.get(SuspectedProxy, unnamed.id) is None


def test_each_change_stamps_the_sections_it_touched(
    repo: PlanRepository, clock: FakeClock
) -> None:
    contact = TrustedContact(name="Rowan", roles=[ContactRole.CHECK_IN_PARTNER])
    repo.save(contact)
    stamped = repo.section_changed()[Section.CONTACTS]
    agreement = CheckInAgreement(partner_id=contact.id)
    repo.save(agreement)
    before = repo.section_changed()
    assert before[Section.CHECKINS] > stamped
    repo.delete(TrustedContact, contact.id)  # also changes the agreement
    after = repo.section_changed()
    assert after[Section.CONTACTS] > before[Section.CONTACTS]
    assert after[Section.CHECKINS] > before[Section.CHECKINS]


def test_statements_review_date_drafts_and_settings(repo: PlanRepository) -> None:
    assert not repo.has_plan()
    statements = PersonalStatements("I will not talk with you.", "Please pass nothing on.", "")
    repo.save_statements(statements)
    assert repo.load_statements() == statements
    assert repo.has_plan()

    repo.set_next_review(date(2031, 6, 1))
    assert repo.next_review() == date(2031, 6, 1)

    assert repo.load_draft("contact:new") is None
    repo.save_draft("contact:new", '{"name": "Half typed"}')
    repo.save_draft("contact:new", '{"name": "Half typed, more"}')
    assert repo.load_draft("contact:new") == '{"name": "Half typed, more"}'
    repo.discard_draft("contact:new")
    assert repo.load_draft("contact:new") is None

    repo.set_setting("autolock_minutes", "5")
    repo.set_setting("autolock_minutes", "10")
    assert repo.get_setting("autolock_minutes") == "10"


def test_drafts_are_read_by_prefix_in_one_go(repo: PlanRepository) -> None:
    """LIKE's wildcards and its blindness to case do not widen the prefix."""
    repo.save_draft("editor-index:TrustedContact", '["new"]')
    repo.save_draft("editor-index:Proxy_Suspect", "[]")
    repo.save_draft("EDITOR-INDEX:Other", "[]")
    repo.save_draft("editor-indexX:Other", "[]")
    repo.save_draft("editor:TrustedContact:new", "{}")
    assert repo.load_drafts("editor-index:") == {
        "editor-index:TrustedContact": '["new"]',
        "editor-index:Proxy_Suspect": "[]",
    }
    assert repo.load_drafts("editor-index:Proxy_") == {"editor-index:Proxy_Suspect": "[]"}
    assert repo.load_drafts("editor-index:%") == {}
    assert repo.load_drafts("nothing:") == {}


def test_everything_survives_reopening(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    plan = demo_plan(date(2031, 3, 1))
    first = PlanRepository.open(folder)
    first.replace_plan(plan)
    first.save(CheckInLogEntry(at=datetime(2031, 3, 2, 21, 0), note="Fine"))
    first.close()
    second = PlanRepository.open(folder)
    loaded = second.load_plan()
    second.close()
    assert loaded.contacts == plan.contacts
    assert loaded.checkin_log[-1].note == "Fine"


def test_a_failed_change_rolls_back_whole_and_says_so_kindly(repo: PlanRepository) -> None:
    repo.save(TrustedContact(name="Kept"))
    broken = BackupPlan(title="Own", contact_ids=["no-such-contact"])
    with pytest.raises(SaveFailedError) as raised:
        repo.save(broken)
    assert "no-such-contact" not in str(raised.value)
    assert "could not be saved" in raised.value.message
    assert repo.get(BackupPlan, broken.id) is None
    assert [c.name for c in repo.list(TrustedContact)] == ["Kept"]
    repo.save(TrustedContact(name="Still works"))  # the session is usable afterwards
    assert len(repo.list(TrustedContact)) == 2


def test_replace_plan_is_all_or_nothing(repo: PlanRepository) -> None:
    plan = demo_plan(date(2031, 3, 1))
    plan.contact_log.clear()  # a log is never replaced (tests/test_log_append_only.py)
    repo.replace_plan(plan)
    bad = Plan(contacts=[TrustedContact(name="X")])
    bad.checkin_agreements.append(CheckInAgreement(partner_id="missing"))
    with pytest.raises(SaveFailedError):
        repo.replace_plan(bad)
    assert repo.load_plan() == plan


def test_file_is_private_and_uses_wal_full_and_foreign_keys(repo: PlanRepository) -> None:
    path = Path(repo.engine.url.database or "")
    assert path == database_path(path.parent)
    if os.name == "posix":
        assert path.stat().st_mode & 0o077 == 0
        assert path.parent.stat().st_mode & 0o077 == 0
    with repo.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_encrypted_file_round_trips_and_hides_its_contents(tmp_path: Path) -> None:
    key = bytes(range(32))
    folder = tmp_path / "secret"
    repository = PlanRepository.open(folder, key)
    repository.save(TrustedContact(name="Quillon Marsh-Vey"))
    repository.close()
    raw = b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())
    assert b"Quillon" not in raw
    assert not database_path(folder).read_bytes().startswith(b"SQLite format 3")
    reopened = PlanRepository.open(folder, key)
    assert [c.name for c in reopened.list(TrustedContact)] == ["Quillon Marsh-Vey"]
    reopened.close()
