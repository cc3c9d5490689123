"""The plan as the UI sees it: the repository plus one in-memory copy of the plan.

Every change goes to the repository at once (one transaction each) and then to the
in-memory copy, so that pages switch without touching the database. The copy is loaded when a
page first asks for it: the overview, shown at start-up, only needs `summary()`, which the
repository counts in SQL, so a large plan opens as fast as a small one.

`changed` carries a typed notice, `Change(kind, ids, action)`: which kind of record (or
STATEMENTS / REVIEW), which records, and what happened, so a page refreshes what
changed. A removal that detaches references sends one notice for the removed record and one
UPDATED notice per kind whose records lost the reference; those references are mirrored in
memory with the same domain rules the repository applies.

The UI reaches the database only through this class: pages, dialogs and the app never use the
repository directly.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from workbook.collector import collector_paused
from workbook.domain.completeness import PlanSummary
from workbook.domain.dates import short_date, short_datetime
from workbook.domain.model import (
    RECORD_TYPES,
    SECTION_OF,
    AboutMe,
    Attachment,
    ContactLogEntry,
    OtherPerson,
    PersonalStatements,
    Plan,
    Record,
    Section,
    now,
)
from workbook.domain.other_person import Voice, clean_name, set_voice
from workbook.domain.references import detach, references_to

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from workbook.storage.blobs import StoredBlob
    from workbook.storage.repository import PlanRepository

# The pages' names for the short date forms (workbook/domain/dates.py).
format_date = short_date
format_datetime = short_datetime

STATEMENTS = "statements"
ABOUT_ME = "about_me"
OTHER_PERSON = "other_person"  # how the workbook speaks of the other person
READ_AHEAD_ROWS = 500  # records per read-ahead step: ~3 ms for the widest kind
REVIEW = "review"


class Action(StrEnum):
    SAVED = "saved"  # added or edited
    REMOVED = "removed"
    MOVED = "moved"
    UPDATED = "updated"  # changed as a consequence (a reference to a removed record dropped)


@dataclass(frozen=True)
class Change:
    """What changed: a record type (or STATEMENTS / REVIEW), which records (empty for the
    statements and the review date), and what happened."""

    kind: type[Record] | str
    ids: tuple[str, ...] = ()
    action: Action = Action.SAVED


def _draft_id_list(raw: str | None) -> list[str]:
    """A kind's list of draft ids as kept (JSON); anything unreadable counts as none."""
    try:
        ids = json.loads(raw) if raw else []
    except ValueError:
        return []
    return [str(i) for i in ids] if isinstance(ids, list) else []


class PlanStore(QObject):
    """Holds the repository and the plan; every method saves at once."""

    changed = Signal(object)  # a Change

    def __init__(self, repo: PlanRepository, folder: Path | None = None) -> None:
        super().__init__()
        self._repo = repo
        self.folder = folder
        self._plan: Plan | None = None
        self._read_ahead: dict[type[Record], list[Record]] = {}  # kinds read whole
        self._reading: tuple[type[Record], list[Record]] | None = None  # a kind read in part
        self._draft_index: dict[str, list[str]] = {}  # read once, then kept in step
        self._draft_indexes_read = False
        # Every text that speaks of the other person follows the plan's choice (one row).
        set_voice(Voice(*repo.load_other_person()))

    @property
    def plan(self) -> Plan:
        """The whole plan, read from the database the first time it is needed. Every change
        below reads it before saving, so the copy never misses a change."""
        return self._plan if self._plan is not None else self._read_the_rest()

    def _read_the_rest(self) -> Plan:
        # The plan lives as long as the workbook is open (a long log is hundreds of thousands
        # of objects): read it with the cycle collector paused and set it aside from later
        # collections, which would otherwise walk all of it again, a scroll or a keystroke
        # at a time (workbook/collector.py; locking sets it back before the plan is freed).
        with collector_paused(freeze=True):
            self._plan = self._repo.load_plan(self._read_ahead)
        self._read_ahead = {}
        self._reading = None
        return self._plan

    def read_ahead(self) -> bool:
        """Read up to READ_AHEAD_ROWS more records while the person looks at the overview, so
        the first page they open does not wait for the whole plan; True once it is all in
        memory. Each step is one short read (a few ms), so the window answers input between
        steps. Safe to mix with changes: every change reads the rest of the plan first
        (through `plan`), and nothing else writes records."""
        if self._plan is not None:
            return True
        if self._reading is None:
            missing = [kind for kind in RECORD_TYPES if kind not in self._read_ahead]
            if not missing:
                self._read_the_rest()  # the statements, review date and last changes
                return True
            self._reading = (missing[0], [])
        kind, records = self._reading
        part = self._repo.list(kind, start=len(records), limit=READ_AHEAD_ROWS)
        records.extend(part)
        if len(part) < READ_AHEAD_ROWS:
            self._read_ahead[kind] = records
            self._reading = None
        return False

    def records_if_read(self, kind: type[Record]) -> list[Record] | None:
        """The records of `kind` if they are in memory already (the plan, or read ahead),
        else None: never a database read (for the overview, while the plan is read ahead)."""
        if self._plan is not None:
            return self._plan.records_of(kind)
        return self._read_ahead.get(kind)

    def summary(self) -> PlanSummary:
        """Completeness counts, next review and last changes, straight from the database."""
        summary: PlanSummary = self._repo.summary()
        return summary

    # -- the workbook ------------------------------------------------------------------
    def has_plan(self) -> bool:
        """Whether anything has been entered yet (answered in SQL, nothing loaded)."""
        return self._repo.has_plan()

    @property
    def closed(self) -> bool:
        """True once the workbook was closed (wiped, or the app is on its way out)."""
        return bool(self._repo.closed)

    def use_repository(self, repo: PlanRepository) -> None:
        """The same workbook opened again, under a new key after a change of passphrase or
        recovery code (ui/protection/session.py); the plan in memory stays valid."""
        self._repo = repo

    def snapshot(self) -> Plan:
        """A copy of the plan to hand to work on another thread (ui/ops.py): its own lists
        and dicts, so changes made meanwhile never reach it. Records are values the store
        replaces, never edits, so they are shared."""
        plan = self.plan
        copies: dict[str, Any] = {
            field.name: type(value)(value)
            for field in dataclasses.fields(plan)
            if isinstance(value := getattr(plan, field.name), (list, dict))
        }
        return dataclasses.replace(plan, **copies)

    def notify(self, change: Change) -> None:
        """Tell the pages about a change made elsewhere (ui/ops.py `Op.changes`)."""
        self.changed.emit(change)

    # -- records -----------------------------------------------------------------------
    def records(self, kind: type[Record]) -> list[Record]:
        return self.plan.records_of(kind)

    def save(self, record: Record) -> None:
        records = self.plan.records_of(type(record))
        self._repo.save(record)
        for index, existing in enumerate(records):
            if existing.id == record.id:
                records[index] = record
                break
        else:
            records.append(record)
        self._stamp(SECTION_OF[type(record)])
        self.changed.emit(Change(type(record), (record.id,), Action.SAVED))

    def delete(self, kind: type[Record], record_id: str) -> None:
        holders = references_to(self.plan, kind, record_id)
        self._repo.delete(kind, record_id)
        for reference in holders:
            detach(reference, record_id)
        records = self.plan.records_of(kind)
        records[:] = [r for r in records if r.id != record_id]
        self.discard_drafts_for(kind, record_id)
        self._stamp(SECTION_OF[kind])
        touched: dict[type[Record], list[str]] = {}
        for reference in holders:
            ids = touched.setdefault(type(reference.holder), [])
            if reference.holder.id not in ids:
                ids.append(reference.holder.id)
        for holder_kind in touched:
            self._stamp(SECTION_OF[holder_kind])
        self.changed.emit(Change(kind, (record_id,), Action.REMOVED))
        for holder_kind, ids in touched.items():
            self.changed.emit(Change(holder_kind, tuple(ids), Action.UPDATED))

    def move(self, kind: type[Record], record_id: str, new_index: int) -> None:
        records = self.plan.records_of(kind)
        new_index = max(0, min(new_index, len(records) - 1))
        self._repo.move(kind, record_id, new_index)
        record = next(r for r in records if r.id == record_id)
        records.remove(record)
        records.insert(new_index, record)
        self._stamp(SECTION_OF[kind])
        self.changed.emit(Change(kind, (record_id,), Action.MOVED))

    def log_end(self) -> tuple[int, str] | None:
        """The contact log's end as the database notes it: (entries, latest hash)."""
        end: tuple[int, str] | None = self._repo.log_end()
        return end

    # -- statements and review ---------------------------------------------------------
    def save_statements(self, statements: PersonalStatements) -> None:
        plan = self.plan
        self._repo.save_statements(statements)
        plan.statements = statements
        self._stamp(Section.BOUNDARIES)
        self.changed.emit(Change(STATEMENTS))

    def append_log_with_files(
        self, entry: ContactLogEntry, attachments: Sequence[tuple[Attachment, StoredBlob]]
    ) -> None:
        """Write a contact-log entry with its evidence files (already stored encrypted, see
        ui/attachments.py) in one transaction: their hashes go into the entry's chain."""
        plan = self.plan
        self._repo.append_log(entry, attachments)
        plan.contact_log.append(entry)
        plan.attachments.extend(attachment for attachment, _stored in attachments)
        self._stamp(Section.CONTACT_LOG)
        self.changed.emit(Change(ContactLogEntry, (entry.id,), Action.SAVED))

    def attachment_secret(self, attachment_id: str) -> tuple[str, bytes]:
        """(blob name, key) of one evidence file (storage/blobs.py)."""
        secret: tuple[str, bytes] = self._repo.attachment_secret(attachment_id)
        return secret

    def save_about_me(self, about_me: AboutMe) -> None:
        plan = self.plan
        self._repo.save_about_me(about_me)
        plan.about_me = about_me
        self.changed.emit(Change(ABOUT_ME))

    def set_other_person(self, choice: OtherPerson, name: str) -> None:
        """How the workbook speaks of the other person; every text follows at once (pages
        listen for the OTHER_PERSON notice)."""
        plan = self.plan
        name = clean_name(name)
        before = Voice.of(plan)
        self._repo.set_other_person(choice, name)
        plan.other_person, plan.other_person_name = choice, name
        set_voice(Voice.of(plan))
        self.changed.emit(Change(OTHER_PERSON))
        # Suggestions not decided on yet are still Workbook's words: they follow too.
        from workbook.domain.suggestions import revoiced

        for commitment in revoiced(plan.commitments, before, Voice.of(plan)):
            self.save(commitment)

    def set_next_review(self, when: date | None) -> None:
        plan = self.plan
        self._repo.set_next_review(when)
        plan.next_review = when
        self.changed.emit(Change(REVIEW))

    def _stamp(self, section: Section) -> None:
        # The moment the repository wrote, so the copy in memory equals the workbook's.
        self.plan.section_changed[section] = self._repo.last_stamp or now()

    # -- settings ----------------------------------------------------------------------
    def setting(self, name: str) -> str | None:
        value: str | None = self._repo.get_setting(name)
        return value

    def set_setting(self, name: str, value: str) -> None:
        self._repo.set_setting(name, value)

    # -- drafts: unfinished editor contents, kept in the (encrypted) database ------------
    @staticmethod
    def _draft_key(kind_name: str, record_id: str | None) -> str:
        return f"editor:{kind_name}:{record_id or 'new'}"

    @staticmethod
    def _index_key(kind_name: str) -> str:
        return f"editor-index:{kind_name}"

    def draft_ids(self, kind_name: str) -> list[str]:
        """Ids ("new" for an unsaved record) that have a draft waiting, oldest first. Every
        kind's list is read in one go the first time (the overview asks for all of them)."""
        if not self._draft_indexes_read:
            self._draft_indexes_read = True
            prefix = self._index_key("")
            for key, raw in self._repo.load_drafts(prefix).items():
                self._draft_index.setdefault(key.removeprefix(prefix), _draft_id_list(raw))
        return list(self._draft_index.setdefault(kind_name, []))

    def save_draft(self, kind_name: str, record_id: str | None, payload: dict[str, Any]) -> None:
        key = record_id or "new"
        self._repo.save_draft(self._draft_key(kind_name, record_id), json.dumps(payload))
        ids = self.draft_ids(kind_name)
        if key not in ids:
            ids.append(key)
            self._repo.save_draft(self._index_key(kind_name), json.dumps(ids))
            self._draft_index[kind_name] = ids

    def load_draft(self, kind_name: str, record_id: str | None) -> dict[str, Any] | None:
        raw = self._repo.load_draft(self._draft_key(kind_name, record_id))
        if not raw:
            return None
        try:
            payload = json.loads(raw)
        except ValueError:
            return None
        return payload if isinstance(payload, dict) else None

    def discard_draft(self, kind_name: str, record_id: str | None) -> None:
        key = record_id or "new"
        self._repo.discard_draft(self._draft_key(kind_name, record_id))
        ids = self.draft_ids(kind_name)
        if key in ids:
            ids.remove(key)
            if ids:
                self._repo.save_draft(self._index_key(kind_name), json.dumps(ids))
            else:
                self._repo.discard_draft(self._index_key(kind_name))
            self._draft_index[kind_name] = ids

    def discard_drafts_for(self, kind: type[Record], record_id: str) -> None:
        if record_id in self.draft_ids(kind.__name__):
            self.discard_draft(kind.__name__, record_id)
