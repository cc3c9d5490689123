"""What is still missing in each section, in words a person can act on.

Nothing here blocks anything: the review page and the overview only show these hints, each
with a way to jump to the page. The hints are the field registry's `NEEDS` (domain/fields.py),
worked out from `PlanFacts`: counts the repository takes with SQL (storage/summary.py), so the
overview can show them at start-up without loading every record of a large plan.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

from workbook.domain.fields import NEEDS, Check, Need, Rule, need_holds, needs_of
from workbook.domain.i18n import QT_TRANSLATE_NOOP, plural, tr
from workbook.domain.model import (
    LIST_NAMES,
    SECTION_OF,
    BoundaryCommitment,
    CommitmentStatus,
    PersonalStatements,
    Plan,
    Section,
)

NOT_STARTED = QT_TRANSLATE_NOOP("Completeness", "Not started")
STARTED = QT_TRANSLATE_NOOP("Completeness", "Started")
COMPLETE = QT_TRANSLATE_NOOP("Completeness", "Looks complete")

# Which section each kind's hints belong to (the statements sit on the boundaries page).
SECTION_OF_KIND: dict[type[Any], Section] = {**SECTION_OF, PersonalStatements: Section.BOUNDARIES}


@dataclass(frozen=True)
class PlanFacts:
    """The counts the completeness hints are made from: how many records each kind has
    (`records`, by the kind's class name) and, for each `Need` of the field registry, how many
    records its test holds for (`needs`, by `Need.key`). Counts of zero are left out, so
    `PlanFacts()` is the empty plan. "Blank" means empty once leading and trailing whitespace
    is ignored (what `str.strip` removes)."""

    records: Mapping[str, int] = field(default_factory=dict)
    needs: Mapping[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, records: Mapping[str, int], needs: Mapping[str, int]) -> PlanFacts:
        return cls(
            MappingProxyType({k: n for k, n in records.items() if n}),
            MappingProxyType({k: n for k, n in needs.items() if n}),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PlanFacts):
            return NotImplemented
        return dict(self.records) == dict(other.records) and dict(self.needs) == dict(other.needs)

    def __hash__(self) -> int:
        return hash((frozenset(self.records.items()), frozenset(self.needs.items())))

    def count(self, kind: type[Any]) -> int:
        return self.records.get(kind.__name__, 0)

    def holds(self, need: Need) -> int:
        """How many records `need`'s test holds for."""
        return self.needs.get(need.key, 0)


def facts_of(plan: Plan) -> PlanFacts:
    """The facts read straight off the records (storage/summary.py counts the same in SQL)."""
    records = {kind.__name__: len(plan.records_of(kind)) for kind in LIST_NAMES}
    needs: dict[str, int] = {}
    for need in NEEDS:
        if need.kind is PersonalStatements:
            chosen: list[Any] = [plan.statements]
        else:
            chosen = list(plan.records_of(need.kind))
        needs[need.key] = sum(need_holds(need, record) for record in chosen)
    return PlanFacts.of(records, needs)


@dataclass(frozen=True)
class PlanSummary:
    """What the overview shows: the facts, the next review and when each section changed."""

    facts: PlanFacts
    next_review: date | None = None
    section_changed: dict[Section, datetime] = field(default_factory=dict)


@dataclass(frozen=True)
class SectionStatus:
    section: Section
    count: int
    missing: tuple[str, ...]
    state: str

    @property
    def summary(self) -> str:
        entries = plural("Completeness", _ENTRIES, self.count, "1 entry")
        return f"{tr('Completeness', self.state)} · {entries}"


_ENTRIES = QT_TRANSLATE_NOOP("Completeness", "%n entries", "", 0)


def missing_in(facts: PlanFacts, section: Section) -> tuple[int, list[str]]:
    """(number of records, what is missing) for one section, in the registry's order."""
    missing: list[str] = []
    for need in NEEDS:
        if SECTION_OF_KIND[need.kind] is not section:
            continue
        count = facts.holds(need)
        if (need.rule is Rule.EACH and count) or (need.rule is Rule.SOME and not count):
            missing.append(need.message(count))
    records = sum(facts.count(kind) for kind, where in SECTION_OF.items() if where is section)
    return records, missing


def _adopted_or_dropped(facts: PlanFacts) -> int:
    """Commitments decided on: all of them but those still only suggested."""
    suggested = next(
        need
        for need in needs_of(BoundaryCommitment)
        if need.check is Check.IS and need.value is CommitmentStatus.SUGGESTED
    )
    return facts.count(BoundaryCommitment) - facts.holds(suggested)


def _has_firm_sentence(facts: PlanFacts) -> bool:
    need = next(n for n in needs_of(PersonalStatements) if n.fields == ("firm_sentence",))
    return facts.holds(need) > 0


def section_status(facts: PlanFacts, section: Section) -> SectionStatus:
    count, missing = missing_in(facts, section)
    if section is Section.BOUNDARIES:
        # Suggestions alone are Workbook's words: the page is started once the person decides.
        started = _adopted_or_dropped(facts) > 0 or _has_firm_sentence(facts)
    else:
        started = count > 0
    if not missing and (count or section in (Section.PROXIES, Section.CONTACT_LOG)):
        state = COMPLETE
    elif started:
        state = STARTED
    else:
        state = NOT_STARTED
    return SectionStatus(section, count, tuple(missing), state)


def plan_status(facts: PlanFacts) -> list[SectionStatus]:
    return [section_status(facts, section) for section in Section]
