"""The contract every field keeps: adding one is the model line, a migration step and a registry
entry (domain/fields.py), and this test names whatever else is still missing.

For every field of every kind it checks: the registry describes it (and nothing the model does
not have); the schema made by running every migration on a fresh database has its column; the
editor has a widget for it; each export the registry lets show it does show it, read back from
the PDF with pypdf, and no other export does; docs/plan-format.md has its row, and the row
agrees with the registry; the test data (tests/strategies.py, tests/hostile.py) can fill it.
And the labels a person reads in the form are the labels the PDF prints.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import hostile
import pypdf
import pytest
import strategies
from sqlalchemy import create_engine

from workbook.domain.fields import (
    MAX_SHORT,
    MAX_TEXT,
    NOT_FIELDS,
    Field,
    Reader,
    Widget,
    fields_of,
    kinds,
    voice_for,
)
from workbook.domain.labels import label
from workbook.domain.model import (
    LIST_NAMES,
    AboutMe,
    BackupPlan,
    OtherPerson,
    PersonalStatements,
    Plan,
)
from workbook.domain.other_person import speaking_of
from workbook.domain.schedule import Repeat, Schedule
from workbook.export.pdf import export_pdf
from workbook.export.pdf_content import HEADING_FIELDS, LOG_COLUMNS, Content
from workbook.storage import migrations

DOCS = Path(__file__).parent.parent / "docs" / "plan-format.md"
EVERY_FIELD = [(kind, entry) for kind in kinds() for entry in fields_of(kind)]
IDS = [f"{kind.__name__}.{entry.name}" for kind, entry in EVERY_FIELD]

# Where a field is stored when it is not a column of its kind's own table.
TABLES: dict[type[Any], str] = {
    **LIST_NAMES,
    PersonalStatements: "plan_info",
    AboutMe: "plan_info",
    Plan: "plan_info",
}
STORED_ELSEWHERE: dict[tuple[type[Any], str], tuple[str, str]] = {
    (BackupPlan, "contact_ids"): ("backup_plan_contacts", "contact_id"),
    (Plan, "section_changed"): ("section_changes", "changed_at"),
    **{(AboutMe, name): ("plan_info", f"me_{name}") for name in ("name", "phone", "whereabouts")},
}
# Edited on a page of its own rather than by a record editor (checked in that page's code).
EDITED_ON_A_PAGE: dict[tuple[type[Any], str], tuple[str, str]] = {
    (Plan, "next_review"): ("workbook/ui/page_review.py", "set_next_review"),
    (Plan, "other_person"): ("workbook/ui/other_person_box.py", "set_other_person"),
    (Plan, "other_person_name"): ("workbook/ui/other_person_box.py", "set_other_person"),
    **{
        (AboutMe, name): ("workbook/ui/about_me.py", "fields_of(AboutMe)")
        for name in ("name", "phone", "whereabouts")
    },
}


def squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


# ----------------------------------------------------------------------- the registry


def test_the_registry_describes_every_field_of_every_kind_and_no_other() -> None:
    problems = []
    for kind in kinds():
        model = {f.name for f in dataclasses.fields(kind)} - NOT_FIELDS[kind]
        registered = {entry.name for entry in fields_of(kind)}
        problems += [f"{kind.__name__}.{n}: not in the field registry" for n in model - registered]
        problems += [f"{kind.__name__}.{n}: not in the model" for n in registered - model]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("kind", "entry"), EVERY_FIELD, ids=IDS)
def test_registry_information_is_complete(kind: type[Any], entry: Field) -> None:
    assert entry.kind is kind
    assert entry.label.strip(), "a label"
    assert entry.readers <= frozenset(Reader)
    assert not entry.readers or Reader.PLAN in entry.readers, "the person sees all they wrote"
    if entry.is_text:
        assert entry.limit > 0, "a text needs its length limit"
    if entry.widget in (Widget.ENUM, Widget.FLAGS):
        assert entry.enum is not None
        missing = [member for member in entry.enum if not label(member).strip()]
        assert not missing, f"choices without words: {missing}"
    if entry.widget in (Widget.REF, Widget.REFS):
        assert entry.target is not None and entry.target in kinds()
    if entry.widget is Widget.INT:
        assert entry.minimum < entry.maximum and entry.unit


# ----------------------------------------------------------------------- the schema


@pytest.fixture(scope="module")
def schema() -> dict[str, set[str]]:
    """Every table's columns, from PRAGMA table_info, after all migrations on a fresh file."""
    engine = create_engine("sqlite://")
    with engine.connect() as connection:
        version = migrations.upgrade(connection)
        assert version == len(migrations.MIGRATIONS)
        tables = [
            name
            for (name,) in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            )
        ]
        columns = {
            table: {row[1] for row in connection.exec_driver_sql(f"PRAGMA table_info({table})")}
            for table in tables
        }
    engine.dispose()
    return columns


@pytest.mark.parametrize(("kind", "entry"), EVERY_FIELD, ids=IDS)
def test_the_schema_has_a_column_for_it(
    kind: type[Any], entry: Field, schema: dict[str, set[str]]
) -> None:
    table, column = STORED_ELSEWHERE.get((kind, entry.name), (TABLES[kind], entry.name))
    assert table in schema, f"no table {table}"
    assert column in schema[table], (
        f"{kind.__name__}.{entry.name}: no column {table}.{column} after the migrations "
        "(add a migration step)"
    )


# ----------------------------------------------------------------------- the editor


@pytest.mark.parametrize(("kind", "entry"), EVERY_FIELD, ids=IDS)
def test_the_editor_has_a_widget_for_it(kind: type[Any], entry: Field, qtbot: Any) -> None:
    if not entry.editable:
        return  # kept by the program: nothing to type
    where = EDITED_ON_A_PAGE.get((kind, entry.name))
    if where is not None:
        source = (Path(__file__).parent.parent / where[0]).read_text(encoding="utf-8")
        assert where[1] in source, f"{where[0]} no longer edits {entry.name}"
        return
    from workbook.ui.fields import make_field
    from workbook.ui.specs import SPECS, STATEMENT_FIELDS

    specs = STATEMENT_FIELDS if kind is PersonalStatements else SPECS[kind].fields
    spec = next((s for s in specs if s.name == entry.name), None)
    assert spec is not None, f"{kind.__name__}.{entry.name}: no field in the editor's spec"
    widget = make_field(spec, "contract", Plan(), lambda *args: None)
    qtbot.addWidget(widget)
    assert widget.focus_widget().accessibleName(), "the widget is named for screen readers"


# ----------------------------------------------------------------------- the exports


def _canary(kind: type[Any], entry: Field, number: int) -> Any:
    """A value of this field found nowhere else in the plan."""
    tag = f"Qz{kind.__name__}{entry.name.replace('_', '')}Qz"
    widget = entry.widget
    if widget in (Widget.LINE, Widget.TEXT):
        if (kind, entry.name) == (strategies.TrustedContact, "phones"):
            return f"+1 555 01{number:02d}"
        if entry.name == "email":
            return f"{tag.lower()}@example.org"
        return tag
    if widget is Widget.LINES:
        return [f"+1 555 0{100 + number}"] if entry.name == "phones" else [tag]
    if widget is Widget.STEPS:
        return [tag]
    if (kind, entry.name) == (Plan, "other_person"):
        return OtherPerson.NAME  # so the chosen name is printed wherever a text speaks of them
    if widget in (Widget.ENUM, Widget.FLAGS):
        assert entry.enum is not None
        default = getattr(kind(), entry.name) if kind is not Plan else None
        chosen = next(m for m in entry.enum if m not in (default, ""))
        return chosen if widget is Widget.ENUM else [chosen]
    if widget is Widget.BOOL:
        return True
    if widget is Widget.DATE:
        return date(2090, 1, 1) + timedelta(days=number)
    if widget is Widget.DATETIME:
        return datetime(2080, 1, 1, 7, 13) + timedelta(days=number)
    if widget is Widget.INT:
        return min(entry.minimum + 1000 + number, entry.maximum - 1)
    if widget is Widget.SCHEDULE:
        return Schedule(Repeat.WEEKLY, weekdays=(2,), times=(time(13, number % 60),), minutes=7)
    return None  # references are wired below; what the program keeps stays at its default


def canary_plan() -> tuple[Plan, dict[tuple[type[Any], str], Any]]:
    """One record of each kind, every field holding its canary, every reference pointing at
    the one record of its target kind."""
    plan = Plan()
    values: dict[tuple[type[Any], str], Any] = {}
    number = 0
    records: dict[type[Any], Any] = {}
    for kind in kinds():
        if kind is Plan:
            record: Any = plan
        elif kind is PersonalStatements:
            record = plan.statements
        elif kind is AboutMe:
            record = plan.about_me
        else:
            record = kind()
            plan.records_of(kind).append(record)
        records[kind] = record
        for entry in fields_of(kind):
            number += 1
            value = _canary(kind, entry, number)
            if value is not None:
                setattr(record, entry.name, value)
                values[kind, entry.name] = value
    plan.section_changed = {}
    values.pop((Plan, "section_changed"), None)
    for kind, record in records.items():
        for entry in fields_of(kind):
            if entry.widget is Widget.REF and entry.target is not None:
                setattr(record, entry.name, records[entry.target].id)
                values[kind, entry.name] = records[entry.target].id
            elif entry.widget is Widget.REFS and entry.target is not None:
                setattr(record, entry.name, [records[entry.target].id])
                values[kind, entry.name] = [records[entry.target].id]
    return plan, values


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[Reader, str]:
    plan, _ = canary_plan()
    folder = tmp_path_factory.mktemp("contract")
    texts = {}
    for reader in Reader:
        out = folder / f"{reader.value}.pdf"
        export_pdf(plan, out, page_size="A4", made_at=datetime(2026, 3, 2), reader=reader)
        pages = pypdf.PdfReader(out).pages
        texts[reader] = squash("".join(page.extract_text() for page in pages))
    return texts


def _shown_as(kind: type[Any], entry: Field, reader: Reader) -> str:
    """The words the PDF shows for the canary: the value, as the PDF for `reader` writes it,
    after its label where the field is a labelled row."""
    plan, values = canary_plan()
    content = Content(plan, "A4", datetime(2026, 3, 2), reader=reader)
    with speaking_of(voice_for(plan, reader)):  # as the export speaks of the other person
        value = content.value(entry, values[kind, entry.name])
        label_text = entry.text_label
    text = value if isinstance(value, str) else "".join(value)
    if entry.widget in (Widget.ENUM, Widget.FLAGS, Widget.BOOL, Widget.REF, Widget.REFS):
        # A choice's words can be anywhere: look for them after the field's label.
        in_a_row = kind not in LOG_COLUMNS and entry.name not in HEADING_FIELDS.get(kind, ())
        if in_a_row:
            return label_text + text
    return text


@pytest.mark.parametrize(("kind", "entry"), EVERY_FIELD, ids=IDS)
def test_each_export_that_may_show_it_shows_it_and_no_other(
    kind: type[Any], entry: Field, exports: dict[Reader, str]
) -> None:
    _, values = canary_plan()
    if (kind, entry.name) not in values:
        return  # kept by the program (an internal key), and never shown
    for reader in Reader:
        shown = squash(_shown_as(kind, entry, reader))
        if not shown:
            continue
        if reader in entry.readers:
            assert shown in exports[reader], f"the {reader.value} export does not show it"
        elif entry.widget not in (Widget.ENUM, Widget.FLAGS, Widget.BOOL, Widget.REF):
            assert shown not in exports[reader], f"the {reader.value} export shows it"


def test_form_labels_and_pdf_labels_agree_for_every_field(exports: dict[Reader, str]) -> None:
    """The label beside each value in the person's own PDF is the form's label."""
    from workbook.ui.about_me import FIELDS as ABOUT_ME_FIELDS
    from workbook.ui.specs import SPECS, STATEMENT_FIELDS

    plan, values = canary_plan()
    content = Content(plan, "A4", datetime(2026, 3, 2), reader=Reader.PLAN)
    text = exports[Reader.PLAN]
    differ = []
    # The form and the PDF speak of the other person the same way (here: by the chosen name).
    speaking = speaking_of(voice_for(plan, Reader.PLAN))
    speaking.__enter__()
    for kind, entry in EVERY_FIELD:
        if kind is Plan or not entry.editable or (kind, entry.name) not in values:
            continue
        specs = {PersonalStatements: STATEMENT_FIELDS, AboutMe: ABOUT_ME_FIELDS}.get(kind)
        specs = specs if specs is not None else SPECS[kind].fields
        form = next(s.label for s in specs if s.name == entry.name)
        if entry.name in HEADING_FIELDS.get(kind, ()):
            continue  # a heading shows the value alone
        value = content.value(entry, values[kind, entry.name])
        shown = value if isinstance(value, str) else "".join(value)
        found = (
            squash(form) in text
            if kind in LOG_COLUMNS
            else squash(form + shown) in text or squash(f"{form}: {shown}") in text
        )
        if not found:
            differ.append(f"{kind.__name__}.{entry.name}: form says {form!r}")
    speaking.__exit__(None, None, None)
    assert not differ, "\n".join(differ)


# ----------------------------------------------------------------------- the docs


def _docs_tables() -> dict[str, dict[str, str]]:
    """docs/plan-format.md's field tables: section key -> field -> its row's value column."""
    tables: dict[str, dict[str, str]] = {}
    current = "document"
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"### `(\w+)`", line)
        if heading:
            current = heading.group(1)
        elif line.startswith("## ") and current != "document":
            current = line
        row = re.match(r"\| `(\w+)` \| (.*) \|", line)
        if row:
            tables.setdefault(current, {})[row.group(1)] = row.group(2)
    return tables


def _docs_section(kind: type[Any]) -> str:
    if kind is Plan:
        return "document"
    if kind is PersonalStatements:
        return "statements"
    if kind is AboutMe:
        return "about_me"
    return LIST_NAMES[kind]


@pytest.mark.parametrize(("kind", "entry"), EVERY_FIELD, ids=IDS)
def test_the_plan_format_docs_have_a_row_that_agrees_with_the_registry(
    kind: type[Any], entry: Field
) -> None:
    rows = _docs_tables().get(_docs_section(kind), {})
    assert entry.name in rows, f"docs/plan-format.md has no row for `{entry.name}`"
    row = rows[entry.name]
    widget = entry.widget
    if widget in (Widget.LINE, Widget.TEXT) and entry.limit == MAX_SHORT:
        assert "short text" in row
    if widget in (Widget.LINE, Widget.TEXT) and entry.limit == MAX_TEXT:
        assert row.startswith("text")
    if widget in (Widget.ENUM, Widget.FLAGS):
        assert entry.enum is not None
        for member in entry.enum:
            shown = f"`{member.value}`" if member.value else '`""`'
            assert shown in row, f"the choice {shown} is not listed"
    expected = {
        Widget.DATE: "date",
        Widget.DATETIME: "date and time",
        Widget.BOOL: "`true` or `false`",
        Widget.INT: "whole number",
        Widget.REF: "id",
        Widget.REFS: "list of ids",
        Widget.STEPS: "list of texts",
        Widget.SCHEDULE: "schedule",
    }.get(widget)
    if expected is not None:
        assert expected in row, f"the row should say {expected!r}"


def test_the_docs_list_no_field_the_registry_does_not_know() -> None:
    tables = _docs_tables()
    unknown = []
    for kind in kinds():
        if kind is Plan:
            continue
        names = {entry.name for entry in fields_of(kind)} | {"id"}
        unknown += [
            f"{kind.__name__}.{n}" for n in tables.get(_docs_section(kind), {}) if n not in names
        ]
    assert not unknown, unknown


# ----------------------------------------------------------------------- the test data


@pytest.mark.parametrize(("kind", "entry"), EVERY_FIELD, ids=IDS)
def test_the_test_data_can_fill_it(kind: type[Any], entry: Field) -> None:
    strategy = strategies.field_strategy(entry)
    assert strategy is not None
    if kind is Plan:
        return
    record: Any = hostile.record(kind, hostile._Tags())
    assert hasattr(record, entry.name)


def test_the_hostile_fixture_file_holds_the_hostile_plan() -> None:
    """tests/fixtures/hostile_plan.json is `python tests/hostile.py` run again: the same
    records and values, whatever the ids."""
    import json

    from workbook.export.plan_json import plan_to_dict

    fixture = Path(__file__).parent / "fixtures" / "hostile_plan.json"
    stored = json.loads(fixture.read_text(encoding="utf-8"))
    made = plan_to_dict(hostile.hostile_plan())

    def without_ids(value: Any) -> Any:
        if isinstance(value, dict):
            return {
                k: without_ids(v)
                for k, v in value.items()
                if not (k == "id" or k.endswith("_id") or k.endswith("_ids") or k == "generator")
            }
        if isinstance(value, list):
            return [without_ids(v) for v in value]
        return value

    assert without_ids(stored) == without_ids(made), (
        "run `python tests/hostile.py tests/fixtures/hostile_plan.json`"
    )
