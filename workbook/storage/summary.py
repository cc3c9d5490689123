"""What the overview shows, read with plain SQL: the counts behind the completeness hints
(domain/completeness.py), the next review date and when each section last changed.

The overview shows them on every start; counting in SQL means a plan of thousands of records
is not loaded record by record just to say which sections look complete, and plain SQL text
costs SQLAlchemy no statement compilation while the person waits for the first window.
tests/test_summary.py checks these counts against the records themselves.
"""

from __future__ import annotations

from typing import Any

from workbook.domain.completeness import PlanFacts, PlanSummary
from workbook.domain.fields import NEEDS, Check, Need, Widget, field_of
from workbook.domain.model import (
    LIST_NAMES,
    BackupPlan,
    PersonalStatements,
    Section,
)
from workbook.storage.tables import parse_date, parse_datetime

# Every character str.isspace() accepts (what str.strip() removes), so "blank" means the same
# here as in the domain; tests/test_summary.py keeps the list exact.
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)

# Each list of records is a table of the same name; the statements live in plan_info.
TABLES: dict[type[Any], str] = {**LIST_NAMES, PersonalStatements: "plan_info"}
# Lists of references kept in a link table (table, column naming the record that owns the row).
LINK_TABLES: dict[tuple[type[Any], str], tuple[str, str]] = {
    (BackupPlan, "contact_ids"): ("backup_plan_contacts", "plan_id"),
}


def _blank(need: Need, name: str) -> str:
    """SQL that is true where the field is blank, as `fields.is_blank` says it in Python."""
    widget = field_of(need.kind, name).widget
    if (need.kind, name) in LINK_TABLES:
        table, owner = LINK_TABLES[need.kind, name]
        return f"NOT EXISTS (SELECT 1 FROM {table} AS l WHERE l.{owner} = t.id)"
    if widget in (Widget.LINE, Widget.TEXT):
        return f"trim(t.{name}, :ws) = ''"
    if widget in (Widget.LINES, Widget.STEPS, Widget.FLAGS):
        return f"json_array_length(t.{name}) = 0"
    if widget in (Widget.REF, Widget.DATE, Widget.DATETIME):
        return f"t.{name} IS NULL"
    raise ValueError(f"{need.key}: no SQL for a blank {widget.value} field")


def _condition(need: Need, index: int) -> str:
    if need.check is Check.ANY:
        return "1"
    if need.check in (Check.BLANK, Check.FILLED):
        blank = " AND ".join(_blank(need, name) for name in need.fields)
        return f"({blank})" if need.check is Check.BLANK else f"NOT ({blank})"
    (name,) = need.fields
    if need.check is Check.IS:
        return f"t.{name} = :value{index}"
    return f"EXISTS (SELECT 1 FROM json_each(t.{name}) AS j WHERE j.value = :value{index})"


def _facts_sql() -> tuple[str, dict[str, str], list[tuple[str, str]]]:
    """One SELECT of every count (plain SQL text: nothing for SQLAlchemy to compile), its
    parameters, and which result column is which count."""
    columns: list[str] = []
    names: list[tuple[str, str]] = []
    parameters = {"ws": WHITESPACE}
    for index, kind in enumerate(LIST_NAMES):
        columns.append(f"(SELECT count(*) FROM {TABLES[kind]}) AS r{index}")
        names.append(("records", kind.__name__))
    for index, need in enumerate(NEEDS):
        condition = _condition(need, index)
        columns.append(
            f"(SELECT count(*) FROM {TABLES[need.kind]} AS t WHERE {condition}) AS n{index}"
        )
        names.append(("needs", need.key))
        if need.value is not None:
            parameters[f"value{index}"] = need.value.value
    return "SELECT\n  " + ",\n  ".join(columns), parameters, names


_FACTS_SQL, _PARAMETERS, _COLUMNS = _facts_sql()


def read_summary(connection: Any, plan_info_id: int) -> PlanSummary:
    """The summary of the plan on `connection` (a SQLAlchemy Connection, in a transaction)."""
    next_review = connection.exec_driver_sql(
        "SELECT next_review FROM plan_info WHERE id = ?", (plan_info_id,)
    ).scalar()
    known = {section.value for section in Section}
    changed = {
        Section(name): parse_datetime(at)
        for name, at in connection.exec_driver_sql(
            "SELECT section, changed_at FROM section_changes"
        )
        if name in known
    }
    return PlanSummary(read_facts(connection), parse_date(next_review), changed)


def read_facts(connection: Any) -> PlanFacts:
    row = connection.exec_driver_sql(_FACTS_SQL, _PARAMETERS).one()
    counts: dict[str, dict[str, int]] = {"records": {}, "needs": {}}
    for (group, key), value in zip(_COLUMNS, row, strict=True):
        counts[group][key] = int(value)
    return PlanFacts.of(counts["records"], counts["needs"])
