"""Schema changes go through numbered steps; databases from earlier versions upgrade intact."""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect

from workbook.domain.demo import demo_plan
from workbook.domain.model import RECORD_TYPES, OtherPerson, Plan, TopicFit
from workbook.domain.other_person import Voice, speaking_of
from workbook.paths import database_path
from workbook.storage import migrations
from workbook.storage.engine import create_engine
from workbook.storage.errors import SchemaTooNewError
from workbook.storage.repository import PlanRepository
from workbook.storage.tables import Base

FIXTURES = Path(__file__).parent / "fixtures"
V1_FIXTURE = FIXTURES / "schema_v1.db"
V1_FIXTURE_DAY = date(2031, 3, 1)  # demo_plan(V1_FIXTURE_DAY) is what the fixture holds


def make_v1_fixture(path: Path) -> None:
    """How tests/fixtures/schema_v1.db was made (kept so it can be made again)."""
    engine = create_engine(path)
    with engine.connect() as connection:
        migrations.upgrade(connection, migrations.MIGRATIONS[:1])
    engine.dispose()
    repository = PlanRepository.open(path.parent)
    repository.replace_plan(demo_plan(V1_FIXTURE_DAY))
    repository.close()


def fresh_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(V1_FIXTURE, database_path(folder))
    return folder


def without_ids(plan: Plan) -> Any:
    """The plan with every id replaced by its record's place, so two demo plans made on the
    same day compare equal although their random ids differ."""
    places = {
        record.id: f"{kind.__name__}[{index}]"
        for kind in RECORD_TYPES
        for index, record in enumerate(plan.records_of(kind))
    }

    def swap(value: Any) -> Any:
        if isinstance(value, dict):
            return {key: swap(item) for key, item in value.items()}
        if isinstance(value, list):
            return [swap(item) for item in value]
        return places.get(value, value) if isinstance(value, str) else value

    return swap(dataclasses.asdict(plan))


def as_the_first_schema_held_it(plan: Plan) -> Plan:
    """The plan with every field that a later step added back at its default: what a
    database made by the first schema can hold."""
    for obligation in plan.obligations:
        obligation.timetable = None
    for agreement in plan.checkin_agreements:
        agreement.timetable = None
        agreement.around_obligation_id = None
    for entry in plan.contact_log:
        entry.topic_within = TopicFit.NOT_SURE
        # Set when an entry is written into the chain (tests/test_log_append_only.py).
        entry.recorded_at, entry.recorded_before_log = None, False
        entry.previous_hash = entry.entry_hash = ""
    return plan


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_migrated_schema_matches_the_tables_the_code_uses(tmp_path: Path) -> None:
    repository = PlanRepository.open(tmp_path)
    inspector = inspect(repository.engine)
    for table in Base.metadata.sorted_tables:
        columns = {c["name"] for c in inspector.get_columns(table.name)}
        assert columns == {c.name for c in table.columns}, table.name
        # What SQLite itself enforces: SQLAlchemy's reflection reads ON DELETE only from
        # table-level FOREIGN KEY clauses, not from a column that ALTER TABLE added.
        with repository.engine.connect() as connection:
            rows = connection.exec_driver_sql(f"PRAGMA foreign_key_list({table.name})").all()
        keys = {((row[3],), row[2], None if row[6] == "NO ACTION" else row[6]) for row in rows}
        expected = {
            (tuple(c.name for c in fk.columns), fk.referred_table.name, fk.ondelete)
            for fk in table.foreign_key_constraints
        }
        assert keys == expected, table.name
    repository.close()


def test_a_database_made_by_the_first_schema_opens_with_everything(tmp_path: Path) -> None:
    folder = fresh_copy(tmp_path)
    repository = PlanRepository.open(folder)
    with repository.engine.connect() as connection:
        assert migrations.schema_version(connection) == migrations.LATEST_VERSION
    loaded = repository.load_plan()
    # Each entry of the old log became a link of the chain, written before it was kept.
    assert loaded.contact_log and all(e.recorded_before_log for e in loaded.contact_log)
    assert repository.verify_log().intact
    # The first schema's workbook was made when Workbook spoke of the other person only as
    # "him": its suggested commitments hold those words.
    with speaking_of(Voice(OtherPerson.HE)):
        expected = as_the_first_schema_held_it(demo_plan(V1_FIXTURE_DAY))
    assert (loaded.other_person, loaded.other_person_name) == (OtherPerson.THEY, "")
    assert without_ids(as_the_first_schema_held_it(loaded)) == without_ids(expected)
    repository.close()


def test_a_later_step_upgrades_the_first_schema_and_backs_up_first(tmp_path: Path) -> None:
    folder = fresh_copy(tmp_path)
    later_step = "ALTER TABLE contacts ADD COLUMN pronouns TEXT NOT NULL DEFAULT ''"
    steps = (*migrations.MIGRATIONS, later_step)
    backed_up: list[int] = []
    engine = create_engine(database_path(folder))
    with engine.connect() as connection:
        version = migrations.upgrade(connection, steps, before_upgrade=backed_up.append)
        assert version == len(steps)
    engine.dispose()
    assert backed_up == [1]  # once, before the first step, at the version the file had
    # The data written under the first schema is all still there.
    with engine.connect() as connection:
        names = [row[0] for row in connection.exec_driver_sql("SELECT name FROM contacts")]
    assert sorted(names) == sorted(c.name for c in demo_plan(V1_FIXTURE_DAY).contacts)


def test_a_failing_step_leaves_the_database_at_its_previous_version(tmp_path: Path) -> None:
    folder = fresh_copy(tmp_path)
    broken_step = "CREATE TABLE half_done (x INTEGER); INSERT INTO no_such_table VALUES (1)"
    engine = create_engine(database_path(folder))
    with engine.connect() as connection, pytest.raises(Exception, match="no_such_table"):
        migrations.upgrade(connection, (*migrations.MIGRATIONS, broken_step))
    with engine.connect() as connection:
        assert migrations.schema_version(connection) == len(migrations.MIGRATIONS)
        assert not inspect(connection).has_table("half_done")
    engine.dispose()


def test_a_database_from_a_newer_workbook_is_refused_and_left_untouched(tmp_path: Path) -> None:
    folder = fresh_copy(tmp_path)
    engine = create_engine(database_path(folder))
    with engine.connect() as connection:
        connection.exec_driver_sql(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
        connection.commit()
    engine.dispose()
    before = digest(folder)
    with pytest.raises(SchemaTooNewError) as raised:
        PlanRepository.open(folder)
    assert "newer version" in raised.value.message
    assert digest(folder) == before
