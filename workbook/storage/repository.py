"""Domain records in and out of the database: one transaction per user change.

The UI never touches rows; it hands domain objects to this class. Rows and records share
field names, so the mapping is generic; the only special case is the ordered list of contacts
a backup plan calls, which lives in a link table so the database drops a link by itself when
its contact goes.
"""

from __future__ import annotations

import builtins
import dataclasses
import enum
import gc
import os
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Engine,
    Insert,
    Select,
    Table,
    Update,
    bindparam,
    delete,
    func,
    insert,
    literal_column,
    select,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import CursorResult
from sqlalchemy.exc import DatabaseError, SQLAlchemyError
from sqlalchemy.orm import InstrumentedAttribute, Session

from workbook.domain import chain
from workbook.domain.completeness import PlanSummary
from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.domain.model import (
    RECORD_TYPES,
    SECTION_OF,
    AboutMe,
    Attachment,
    BackupPlan,
    BoundaryCommitment,
    CheckInAgreement,
    CheckInLogEntry,
    ContactLogEntry,
    MandatedObligation,
    OtherPerson,
    PersonalStatements,
    Plan,
    Record,
    Section,
    SuspectedProxy,
    TrustedContact,
    now,
)
from workbook.domain.references import REFERENCE_FIELDS
from workbook.files import make_private, remove_stale_temp_files
from workbook.paths import database_path
from workbook.storage import freshness, integrity, migrations, older_copy
from workbook.storage.backups import (
    AutomaticBackups,
    Runner,
    list_backups,
    needs_startup_backup,
    run_on_thread,
    take_backup,
)
from workbook.storage.blobs import StoredBlob
from workbook.storage.engine import create_engine
from workbook.storage.errors import DatabaseDamagedError, SaveFailedError, StorageError
from workbook.storage.rekey import finish_interrupted_rekey
from workbook.storage.summary import read_summary
from workbook.storage.tables import (
    AttachmentRow,
    BackupPlanContactRow,
    BackupPlanRow,
    Base,
    CheckInAgreementRow,
    CheckInLogRow,
    CommitmentRow,
    ContactLogRow,
    ContactRow,
    DraftRow,
    ObligationRow,
    PlanInfoRow,
    ProxyRow,
    SectionChangeRow,
    SettingRow,
)

R = TypeVar("R", bound=Record)

# Messages for the person: English source texts, translated by StorageError (context "Storage").
_CANNOT_OPEN_FOR_WRITING = QT_TRANSLATE_NOOP(
    "Storage",
    "Your workbook can be read but not saved to. Please check that the drive it is on is "
    "connected and that its folder is not read-only, then open Workbook again.",
)
_FILE_GONE = QT_TRANSLATE_NOOP(
    "Storage",
    "Your workbook file can no longer be found, so your last change could not be saved. It is "
    "still in the form. Please check that the drive it is on is still connected.",
)

ROW_OF: dict[type[Record], type[Base]] = {
    MandatedObligation: ObligationRow,
    BoundaryCommitment: CommitmentRow,
    TrustedContact: ContactRow,
    BackupPlan: BackupPlanRow,
    CheckInAgreement: CheckInAgreementRow,
    CheckInLogEntry: CheckInLogRow,
    SuspectedProxy: ProxyRow,
    ContactLogEntry: ContactLogRow,
}

TABLE_OF: dict[type[Any], Table] = {
    kind: typing.cast(Table, row.__table__) for kind, row in ROW_OF.items()
}

# Record kinds in an order that inserts every referenced row before the rows pointing at it.
INSERT_ORDER: tuple[type[Record], ...] = tuple(
    sorted(RECORD_TYPES, key=lambda kind: Base.metadata.sorted_tables.index(TABLE_OF[kind]))
)

# Fields kept outside the record's own row.
_LINKED_FIELDS: dict[type[Record], str] = {BackupPlan: "contact_ids"}

PLAN_INFO_ID = 1


class LogKeptError(StorageError):
    """A change the contact log never takes: it is append-only (docs/record.md)."""

    message = QT_TRANSLATE_NOOP(
        "Storage",
        "Entries in your contact log are never changed or removed once written. You can "
        "correct an entry or withdraw it; the earlier version stays in the record.",
    )


# The settings row that notes the contact log's end ("<entries> <latest hash>"), so that
# entries removed from the end are noticed too (domain/chain.py).
LOG_END_SETTING = "contact_log_end"
# Noted once every entry of the log was given its sealed bytes (after the step that added
# them), so that opening the workbook need not look for entries without them again.
LOG_BYTES_SETTING = "contact_log_sealed_bytes"

_LOG_CORRECT_CURRENT = QT_TRANSLATE_NOOP(
    "Storage",
    "Only the latest version of a log entry can be corrected or withdrawn. Please open the "
    "entry again and correct it there.",
)
_LOG_KEEPS_IT = QT_TRANSLATE_NOOP(
    "Storage",
    "This stays in your plan because entries in your contact log refer to it, and the log "
    "keeps every entry exactly as it was written.",
)
_LOG_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Storage",
    "Your contact log already holds entries, and they are never removed or replaced. A plan "
    "file can be imported into a workbook whose contact log is still empty.",
)
_NO_SUCH_ATTACHMENT = QT_TRANSLATE_NOOP(
    "Storage", "This evidence file is not in the workbook (any more)."
)
_LOG_IMPORT_BROKEN = QT_TRANSLATE_NOOP(
    "Storage",
    "The contact log in this plan does not hold together, so nothing was imported. {problem}",
)

# Start-up statements avoid the ORM classes: the first ORM statement configures every mapper,
# which is better spent after the overview is on screen (storage/summary.py reads the rest).
# Whether anything was entered yet: any record, or any of the person's own sentences.
_HAS_PLAN = "SELECT " + " OR ".join(
    [
        *(f"EXISTS (SELECT 1 FROM {TABLE_OF[kind].name})" for kind in RECORD_TYPES),
        "EXISTS (SELECT 1 FROM plan_info"
        " WHERE firm_sentence != '' OR third_party_reply != '' OR gift_return != '')",
    ]
)
_CREATE_PLAN_INFO = (
    sqlite_insert(typing.cast(Table, PlanInfoRow.__table__))
    .values(id=PLAN_INFO_ID, created_at=bindparam("created_at"))
    .on_conflict_do_nothing(index_elements=["id"])
)


_CODECS: dict[type[Any], dict[str, Callable[[Any], Any] | None]] = {}


def _codecs(kind: type[Any]) -> dict[str, Callable[[Any], Any] | None]:
    """For each stored field of `kind`, how to turn a column value back into a field value
    (None: the column already holds it). Loading a large plan spends its time here, so enum
    members are looked up in a dict rather than constructed through Enum.__call__."""
    known = _CODECS.get(kind)
    if known is not None:
        return known
    hints = typing.get_type_hints(kind)
    decoders: dict[str, Callable[[Any], Any] | None] = {}
    for item in fields(kind):
        if item.name == _LINKED_FIELDS.get(kind):
            continue
        hint = hints[item.name]
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            decoders[item.name] = _members(hint).__getitem__
        elif typing.get_origin(hint) is list:
            (inner,) = typing.get_args(hint)
            if isinstance(inner, type) and issubclass(inner, enum.Enum):
                decoders[item.name] = _enum_list_decoder(inner)
            else:
                decoders[item.name] = list
        else:
            decoders[item.name] = None
    _CODECS[kind] = decoders
    return decoders


def _members(member_type: type[enum.Enum]) -> dict[Any, enum.Enum]:
    return {member.value: member for member in member_type}


def _enum_list_decoder(member_type: type[enum.Enum]) -> Callable[[Any], Any]:
    lookup = _members(member_type)

    def decode(values: Any) -> Any:
        return [lookup[v] for v in values]

    return decode


def _encode(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list):
        return [_encode(v) for v in value]
    return value


def _row_values(record: Record) -> dict[str, Any]:
    values = {name: _encode(getattr(record, name)) for name in _codecs(type(record))}
    if isinstance(record, ContactLogEntry):  # what it is read from (chain.decode)
        values[_SEALED] = chain.sealed_bytes(record)
    return values


@dataclass(frozen=True)
class _Statements:
    update: Update
    insert: Insert
    last_position: Select[tuple[Any]]


_STATEMENTS: dict[type[Any], _Statements] = {}
_SEALED = "sealed"  # the contact log's column of sealed bytes (tables.ContactLogRow)
# Columns written beside a kind's fields.
_EXTRA: dict[type[Any], tuple[str, ...]] = {ContactLogEntry: (_SEALED,)}


def _log_copy_differs() -> str:
    """SQL that is 1 when a contact-log row's columns do not hold the entry its sealed bytes
    hold (or the bytes are not JSON), 0 when they do; SQLite's own JSON functions, in C.

    The bytes' members, taken out in field order (a member left out, being empty, as null),
    against an array of the columns, each written as the canonical bytes write it: a time as
    ISO 8601 (its stored '.000000' left out), a list as JSON, true or nothing, an empty text
    or list as nothing. SQLite writes both arrays, so they are equal text exactly when every
    field is equal."""
    hints = typing.get_type_hints(ContactLogEntry)
    paths, columns = [], []
    for name in chain.HASHED_FIELDS:
        hint = hints[name]
        paths.append(f"'$.{name}'")
        if datetime in typing.get_args(hint) or hint is datetime:
            columns.append(
                f"CASE WHEN {name} IS NOT NULL THEN replace(substr({name}, 1, 19), ' ', 'T')"
                f" || CASE WHEN substr({name}, 20) IN ('', '.000000') THEN ''"
                f" ELSE substr({name}, 20) END END"
            )
        elif typing.get_origin(hint) is list:
            columns.append(f"json(nullif(json({name}), '[]'))")
        elif hint is bool:
            columns.append(f"CASE WHEN {name} THEN json('true') END")
        else:
            columns.append(f"nullif({name}, '')")
    text = f"CAST({_SEALED} AS TEXT)"
    return (
        f"CASE WHEN json_valid({text}) THEN json_extract({text}, {', '.join(paths)})"
        f" IS NOT json_array({', '.join(columns)}) ELSE 1 END"
    )


_LOG_COPY_DIFFERS: ColumnElement[int] = literal_column(_log_copy_differs())


def _statements_for(kind: type[Any]) -> _Statements:
    """Statements built once per kind: building them anew on every save costs more than
    running them."""
    known = _STATEMENTS.get(kind)
    if known is None:
        table = TABLE_OF[kind]
        names = list(_codecs(kind))
        known = _Statements(
            update=update(table)
            .where(table.c.id == bindparam("record_id"))
            .values({name: bindparam(name) for name in names if name != "id"}),
            insert=insert(table).values(
                {name: bindparam(name) for name in [*names, *_EXTRA.get(kind, ()), "position"]}
            ),
            last_position=select(func.max(table.c.position)),
        )
        _STATEMENTS[kind] = known
    return known


_STAMP_INSERT = sqlite_insert(SectionChangeRow).values(
    section=bindparam("section"), changed_at=bindparam("changed_at")
)
_STAMP = _STAMP_INSERT.on_conflict_do_update(
    index_elements=["section"], set_={"changed_at": _STAMP_INSERT.excluded.changed_at}
)


def _rowcount(result: Any) -> int:
    return typing.cast(CursorResult[Any], result).rowcount


def _record_from(kind: type[R], values: typing.Mapping[Any, Any]) -> R:
    return kind(
        **{
            name: values[name] if decode is None else decode(values[name])
            for name, decode in _codecs(kind).items()
        }
    )


def _other_person(info: PlanInfoRow) -> tuple[OtherPerson, str]:
    """The stored choice; a value this version does not know reads as the neutral one."""
    try:
        choice = OtherPerson(info.other_person)
    except ValueError:
        choice = OtherPerson.THEY
    return choice, info.other_person_name


def _records_from(kind: type[R], rows: Iterable[Sequence[Any]]) -> builtins.list[R]:
    """Records from rows whose columns come in the order of _codecs(kind)."""
    codecs = _codecs(kind)
    names = tuple(codecs)
    decoding = [(i, decode) for i, decode in enumerate(codecs.values()) if decode is not None]
    records = []
    for row in rows:
        values = list(row)
        for index, decode in decoding:
            values[index] = decode(values[index])
        records.append(kind(**dict(zip(names, values, strict=True))))
    return records


class PlanRepository:
    """The workbook file. Every public method is one transaction."""

    def __init__(
        self,
        engine: Engine,
        clock: Callable[[], datetime] = now,
        backups: AutomaticBackups | None = None,
    ) -> None:
        self._engine = engine
        self._clock = clock
        self.last_stamp: datetime | None = None  # when a section was last stamped changed
        self._session = Session(engine, autobegin=False, expire_on_commit=False)
        self._backups = backups
        self._closed = False
        self._path: Path | None = None  # set by open(): the file saves must keep reaching
        self._identity: integrity.FileIdentity | None = None
        # Records each change outside the database (storage/freshness.py).
        self._seen: freshness.RecordWriter | None = None

    @classmethod
    def open(
        cls,
        folder: Path,
        key: bytes | None = None,
        *,
        clock: Callable[[], datetime] = now,
        before_upgrade: Callable[[int], None] | None = None,
        automatic_backups: bool = True,
        backup_runner: Runner = run_on_thread,
    ) -> PlanRepository:
        """Open (creating if needed) the workbook in `folder` and bring its schema up to date.

        First the file is checked read-only (storage/integrity.py): a damaged or truncated
        database or log raises DatabaseDamagedError before anything is written, and the app
        can offer storage.restore.restore_newest_good_backup. A backup is taken before any
        migration, at start-up when the workbook changed since the newest backup, and then
        every few changes (storage/backups.py); `automatic_backups=False` turns off the last
        two (tests, benchmarks); `backup_runner` runs those two in the background (the app
        passes its own, workbook/ui/ops.py).
        """
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as error:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "The folder for your workbook could not be created. Please check that the "
                    "drive is connected and writable.",
                )
            ) from error
        make_private(folder)
        finish_interrupted_rekey(folder)  # storage/rekey.py: a change of key cut short
        remove_stale_temp_files(folder)
        path = database_path(folder)
        _version, on_disk = integrity.check_database_state(path, key)
        startup_backup = automatic_backups and needs_startup_backup(folder)
        if list_backups(folder) and (not path.exists() or path.stat().st_size == 0):
            # Backups exist, so there was a workbook here: an empty file is a lost one.
            raise DatabaseDamagedError(
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "Your workbook file is missing or empty. You can restore it from the "
                    "newest automatic backup.",
                )
            )
        # OlderCopyError, nothing written; then a new workbook's record, before any change.
        if key is not None and older_copy.check_not_older(folder, key, on_disk) is None:
            older_copy.start_record(folder, key)
        if before_upgrade is None:

            def before_upgrade(_version: int) -> None:
                take_backup(folder, key)

        if os.name == "posix" and not path.exists():
            # Only the owner may read the file, even before the first write creates it.
            path.touch(mode=0o600)
        engine = create_engine(path, key)
        try:
            with engine.connect() as connection:
                migrations.upgrade(connection, before_upgrade=before_upgrade)
        except StorageError:
            engine.dispose()
            raise
        except DatabaseError as error:
            engine.dispose()
            if integrity.is_damage(error):
                raise DatabaseDamagedError() from error
            raise StorageError(_CANNOT_OPEN_FOR_WRITING) from error
        except SQLAlchemyError as error:
            engine.dispose()
            raise StorageError() from error
        repository = cls(engine, clock)
        try:
            repository._ensure_plan_info()
            repository._seal_unsealed_log()
            repository._keep_sealed_bytes()
        except StorageError as error:
            repository.close()
            if error.__cause__ is not None and integrity.is_damage(error.__cause__):
                raise DatabaseDamagedError() from error  # e.g. a column name damaged
            raise StorageError(_CANNOT_OPEN_FOR_WRITING) from error
        repository._path = path
        repository._identity = integrity.identity(path)
        repository._seen = None if key is None else freshness.RecordWriter(folder, key)
        backups = AutomaticBackups(folder, key, runner=backup_runner) if automatic_backups else None
        repository._backups = backups  # attached after set-up, so only real changes count
        if backups is not None and startup_backup:
            backups.backup_at_startup_in_background()
        return repository

    @property
    def engine(self) -> Engine:
        return self._engine

    @property
    def backups(self) -> AutomaticBackups | None:
        """The automatic backup schedule; its `last_error` says if the last backup failed."""
        return self._backups

    @property
    def closed(self) -> bool:
        """Whether close() was called. SQLAlchemy would quietly reconnect a closed
        repository (re-creating a wiped file), so work scheduled for later checks this."""
        return self._closed

    def close(self) -> None:
        self._closed = True
        if self._seen is not None:
            self._seen.close()
        if self._backups is not None:
            self._backups.close()
        self._session.close()
        self._engine.dispose()

    # -- transactions -------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[Session]:
        if self._path is not None and integrity.identity(self._path) != self._identity:
            # The folder was removed or its drive disconnected: SQLite would carry on writing
            # into a file nobody can find again.
            raise SaveFailedError(_FILE_GONE)
        seen = self._seen
        try:
            with self._session.begin():
                yield self._session
                if seen is not None:  # the change counter moves in the same transaction
                    connection = self._session.connection()
                    changes = connection.exec_driver_sql(freshness.BUMP_CHANGES).scalar_one()
                    moment = freshness.utc_now()
                    connection.exec_driver_sql(
                        freshness.STAMP_CHANGED_AT, (freshness.stamp(moment),)
                    )
        except StorageError:
            raise
        except SQLAlchemyError as error:
            raise SaveFailedError() from error
        except UnicodeEncodeError as error:  # a lone surrogate cannot be stored as UTF-8
            raise SaveFailedError() from error
        if seen is not None:
            # After the commit, so the record never runs ahead of the database.
            seen.note(freshness.State(int(changes), moment))
        if self._backups is not None:
            self._backups.note_change()

    @contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with self._session.begin():
                yield self._session
        except SQLAlchemyError as error:
            if isinstance(error, DatabaseError) and integrity.is_damage(error):
                raise DatabaseDamagedError() from error
            raise StorageError() from error
        except (ValueError, TypeError, LookupError) as error:
            # A value that no longer decodes (a choice, a date, JSON) can only come from a
            # file damaged from outside; unencrypted files have no checksums to catch it
            # sooner (storage/integrity.py).
            raise DatabaseDamagedError() from error

    def _stamp(self, session: Session, *sections: Section) -> None:
        moment = self._clock()
        self.last_stamp = moment  # the store shows the same moment (ui/store.py)
        for section in set(sections):
            session.execute(_STAMP, {"section": section.value, "changed_at": moment})

    def _ensure_plan_info(self) -> None:
        with self._write() as session:
            session.execute(_CREATE_PLAN_INFO, {"created_at": self._clock()})

    def _plan_info(self, session: Session) -> PlanInfoRow:
        row = session.get(PlanInfoRow, PLAN_INFO_ID)
        if row is None:  # only a file damaged from outside can lose this row
            raise DatabaseDamagedError()
        return row

    # -- records ------------------------------------------------------------------------

    def list(self, kind: type[R], start: int = 0, limit: int | None = None) -> builtins.list[R]:
        """The records of one kind in the user's order; `start` and `limit` read a part."""
        with self._read() as session:
            return self._list(session, kind, start, limit)

    def _list(
        self, session: Session, kind: type[R], start: int = 0, limit: int | None = None
    ) -> builtins.list[R]:
        if kind is ContactLogEntry:
            return typing.cast(builtins.list[R], self._log(session, start, limit))
        return self._list_columns(session, kind, start, limit)

    def _log(
        self,
        session: Session,
        start: int = 0,
        limit: int | None = None,
        where: ColumnElement[bool] | None = None,
    ) -> builtins.list[ContactLogEntry]:
        """Log entries, each decoded from the bytes it was sealed over (chain.decode), which
        it keeps, so a check of the chain hashes those bytes; SQLite compares each with the
        row's other columns as it reads them. An entry whose bytes are not an entry's, or
        whose columns hold something else, is read from its columns and marked so that the
        check names it as changed; one without bytes (they were removed) is read from its
        columns and checked by its fields."""
        table = TABLE_OF[ContactLogEntry]
        query = select(table.c[_SEALED], table.c.entry_hash, _LOG_COPY_DIFFERS).order_by(
            table.c.position, table.c.id
        )
        if where is not None:
            query = query.where(where)
        if start or limit is not None:
            query = query.offset(start).limit(limit)
        rows = session.execute(query).all()
        decode = chain.decode
        entries: builtins.list[ContactLogEntry | None] = []
        unread: dict[int, bool] = {}  # index -> its stored bytes were not the entry's
        collecting = gc.isenabled()
        # Decoding makes a few objects per entry, none of them in a cycle: Python's cycle
        # collector, run again and again meanwhile, took a third of the time.
        gc.disable()
        try:
            for index, (data, stored, differs) in enumerate(rows):
                entry = None if differs else decode(data, stored)
                if entry is None:
                    unread[index] = bool(data)
                entries.append(entry)
        finally:
            if collecting:
                gc.enable()
        if unread:
            columns = self._list_columns(session, ContactLogEntry, start, limit, where)
            for index, broken in unread.items():
                record = columns[index]
                entries[index] = chain.unreadable(record) if broken else record
        return typing.cast(builtins.list[ContactLogEntry], entries)

    def _list_columns(
        self,
        session: Session,
        kind: type[R],
        start: int = 0,
        limit: int | None = None,
        where: ColumnElement[bool] | None = None,
    ) -> builtins.list[R]:
        table = TABLE_OF[kind]
        columns = [table.c[name] for name in _codecs(kind)]
        # The id settles ties, so reading in parts gives the same order as reading at once.
        query = select(*columns).order_by(table.c.position, table.c.id)
        if where is not None:
            query = query.where(where)
        if start or limit is not None:
            query = query.offset(start).limit(limit)
        rows = session.execute(query).all()
        records = _records_from(kind, rows)
        if kind is BackupPlan:
            links = self._backup_plan_links(session)
            for plan in records:
                typing.cast(BackupPlan, plan).contact_ids = links.get(plan.id, [])
        return records

    def _backup_plan_links(self, session: Session) -> dict[str, builtins.list[str]]:
        links: dict[str, builtins.list[str]] = {}
        rows = session.execute(
            select(BackupPlanContactRow.plan_id, BackupPlanContactRow.contact_id).order_by(
                BackupPlanContactRow.plan_id, BackupPlanContactRow.position
            )
        )
        for plan_id, contact_id in rows:
            links.setdefault(plan_id, []).append(contact_id)
        return links

    def get(self, kind: type[R], record_id: str) -> R | None:
        with self._read() as session:
            table = TABLE_OF[kind]
            if kind is ContactLogEntry:  # read from its sealed bytes, as the whole log is
                found = self._log(session, where=table.c.id == record_id)
                return typing.cast(R, found[0]) if found else None
            values = (
                session.execute(select(table).where(table.c.id == record_id)).mappings().first()
            )
            if values is None:
                return None
            record = _record_from(kind, values)
            if isinstance(record, BackupPlan):
                record.contact_ids = self._backup_plan_links(session).get(record_id, [])
            return record

    def save(self, record: Record) -> None:
        """Insert the record at the end of its list, or update it in place. A contact-log
        entry is appended (append_log): an entry already in the log is refused."""
        if isinstance(record, ContactLogEntry):
            self.append_log(record)
            return
        kind = type(record)
        statements = _statements_for(kind)
        values = _row_values(record)
        with self._write() as session:
            # One prepared UPDATE in the common case (an edit), rather than loading an object,
            # keeps a save within a screen frame (bench/bench_save.py).
            changed = session.execute(statements.update, {"record_id": record.id, **values})
            if _rowcount(changed) == 0:
                last = session.execute(statements.last_position).scalar()
                session.execute(statements.insert, {"position": (last or 0) + 1, **values})
            if isinstance(record, BackupPlan):
                self._replace_links(session, record)
            self._stamp(session, SECTION_OF[kind])

    def _replace_links(self, session: Session, plan: BackupPlan) -> None:
        session.execute(delete(BackupPlanContactRow).where(BackupPlanContactRow.plan_id == plan.id))
        unique_ids = list(dict.fromkeys(plan.contact_ids))
        if unique_ids:
            session.execute(
                insert(BackupPlanContactRow),
                [
                    {"plan_id": plan.id, "contact_id": contact_id, "position": index}
                    for index, contact_id in enumerate(unique_ids)
                ],
            )

    def delete(self, kind: type[Record], record_id: str) -> None:
        """Remove a record; the database detaches every reference to it (SET NULL/CASCADE).
        Contact-log entries, and the records they refer to, are never removed (LogKeptError)."""
        if kind is ContactLogEntry:
            raise LogKeptError()
        with self._write() as session:
            touched = [SECTION_OF[kind]]
            for holder_kind, field_name, target_kind, is_list in REFERENCE_FIELDS:
                if target_kind is not kind:
                    continue
                if holder_kind is ContactLogEntry:
                    named = TABLE_OF[holder_kind].c[field_name]
                    if session.execute(select(named).where(named == record_id).limit(1)).first():
                        raise LogKeptError(_LOG_KEEPS_IT)
                    continue
                column: ColumnElement[Any] | InstrumentedAttribute[str]
                if is_list:  # backup plan -> contacts, through the link table
                    column = BackupPlanContactRow.contact_id
                else:
                    column = TABLE_OF[holder_kind].c[field_name]
                hit = session.execute(select(column).where(column == record_id).limit(1)).first()
                if hit is not None:
                    touched.append(SECTION_OF[holder_kind])
            table = TABLE_OF[kind]
            session.execute(delete(table).where(table.c.id == record_id))
            self._stamp(session, *touched)

    def move(self, kind: type[Record], record_id: str, new_index: int) -> None:
        """Move a record to `new_index` in its list (clamped to the list's ends). The contact
        log's order is the order it was written in, and never moves (LogKeptError)."""
        if kind is ContactLogEntry:
            raise LogKeptError()
        table = TABLE_OF[kind]
        with self._write() as session:
            ids = list(session.execute(select(table.c.id).order_by(table.c.position)).scalars())
            if record_id not in ids:
                return
            ids.remove(record_id)
            ids.insert(max(0, min(new_index, len(ids))), record_id)
            # The ORM class (not the table) makes this a bulk UPDATE by primary key.
            session.execute(
                update(ROW_OF[kind]),
                [{"id": rid, "position": position} for position, rid in enumerate(ids)],
            )
            self._stamp(session, SECTION_OF[kind])

    # -- the contact log: append-only and hash-chained (docs/record.md) -------------------

    def append_log(
        self,
        entry: ContactLogEntry,
        attachments: Sequence[tuple[Attachment, StoredBlob]] = (),
    ) -> ContactLogEntry:
        """Write `entry` at the end of the contact log and return it.

        The app sets when it was written down (now, never typed) and seals it into the hash
        chain after the last entry; those fields are filled in on `entry` itself. An id
        already in the log is refused (LogKeptError): a correction or a withdrawal is a new
        entry whose `corrects_id` names the latest version of the entry it replaces.
        """
        table = TABLE_OF[ContactLogEntry]
        statements = _statements_for(ContactLogEntry)
        if entry.withdrawn_reason and entry.corrects_id is None:
            raise LogKeptError(_LOG_CORRECT_CURRENT)
        with self._write() as session:
            if session.execute(select(table.c.id).where(table.c.id == entry.id)).first():
                raise LogKeptError()
            if entry.corrects_id is not None:
                target = entry.corrects_id
                exists = session.execute(select(table.c.id).where(table.c.id == target)).first()
                later = session.execute(
                    select(table.c.id).where(table.c.corrects_id == target).limit(1)
                ).first()
                if exists is None or later is not None:
                    raise LogKeptError(_LOG_CORRECT_CURRENT)
            # The last entry, through the position index (the chain's order: position, id).
            top = select(func.max(table.c.position)).scalar_subquery()
            last = session.execute(
                select(table.c.position, table.c.entry_hash)
                .where(table.c.position == top)
                .order_by(table.c.id.desc())
                .limit(1)
            ).first()
            entry.recorded_at = self._clock().replace(microsecond=0)
            entry.recorded_before_log = False
            # The files' hashes are part of the entry, so the chain covers the files.
            entry.attachment_hashes = [stored.sha256 for _, stored in attachments]
            chain.seal(entry, "" if last is None else last.entry_hash)
            position = 1 if last is None else last.position + 1
            session.execute(statements.insert, {"position": position, **_row_values(entry)})
            for index, (attachment, stored) in enumerate(attachments):
                attachment.entry_id = entry.id
                attachment.size = stored.size
                attachment.sha256 = stored.sha256
                session.add(
                    AttachmentRow(
                        id=attachment.id,
                        entry_id=entry.id,
                        position=index,
                        name=attachment.name,
                        media_type=attachment.media_type,
                        size=stored.size,
                        sha256=stored.sha256,
                        added_at=attachment.added_at.replace(microsecond=0),
                        blob=stored.blob,
                        key=stored.key,
                    )
                )
            end = self._log_end(session)
            if end is not None and last is not None and end[1] == last.entry_hash:
                count = end[0] + 1
            else:  # no note yet, or one that does not match: count the entries
                count = session.execute(select(func.count()).select_from(table)).scalar_one()
            self._note_log_end(session, count, entry.entry_hash)
            self._stamp(session, Section.CONTACT_LOG)
        return entry

    def verify_log(self) -> chain.ChainCheck:
        """Check the whole contact log's hash chain, every entry's sealed bytes hashed again
        (and compared with its columns as it is read), and its noted end (domain/chain.py)."""
        with self._read() as session:
            log = self._list(session, ContactLogEntry)
            end = self._log_end(session)
        return chain.verify(log, end)

    def log_end(self) -> tuple[int, str] | None:
        """(entries, latest hash) as noted when the last entry was written."""
        with self._read() as session:
            return self._log_end(session)

    def _log_end(self, session: Session) -> tuple[int, str] | None:
        row = session.get(SettingRow, LOG_END_SETTING)
        if row is None:
            return None
        count, _space, latest = row.value.partition(" ")
        if not count.isdigit():
            return (-1, row.value)  # damaged: never equal to a real end
        return int(count), latest

    def _note_log_end(self, session: Session, count: int, latest: str) -> None:
        value = f"{count} {latest}"
        row = session.get(SettingRow, LOG_END_SETTING)
        if row is None:
            session.add(SettingRow(name=LOG_END_SETTING, value=value))
        else:
            row.value = value

    def _seal_unsealed_log(self) -> None:
        """Seal a log that has no hashes yet (entries written before the record was kept,
        just upgraded): each becomes a link of the chain in its order. A log holding any
        hash is never sealed again; an entry without one is then reported by verify_log."""
        table = TABLE_OF[ContactLogEntry]
        with self._write() as session:
            sealed = session.execute(
                select(table.c.id).where(table.c.entry_hash != "").limit(1)
            ).first()
            if sealed is not None:
                return
            entries = self._list_columns(session, ContactLogEntry)
            if not entries:
                return
            previous = ""
            for entry in entries:
                chain.seal(entry, previous)
                previous = entry.entry_hash
            session.execute(
                update(table)
                .where(table.c.id == bindparam("entry_id"))
                .values(
                    previous_hash=bindparam("previous"),
                    entry_hash=bindparam("entry_hash"),
                    sealed=bindparam("data"),
                ),
                [
                    {
                        "entry_id": e.id,
                        "previous": e.previous_hash,
                        "entry_hash": e.entry_hash,
                        "data": chain.sealed_bytes(e),
                    }
                    for e in entries
                ],
            )
            self._note_log_end(session, len(entries), previous)

    def _keep_sealed_bytes(self) -> None:
        """Once, after the step that added them: give each sealed entry written before then
        the bytes of its fields, which it is read from from then on. An entry changed before
        then gets bytes that do not match its hash, so the check names it. (An entry whose
        bytes are removed later is read from its columns and checked by them.)"""
        table = TABLE_OF[ContactLogEntry]
        with self._write() as session:
            if session.get(SettingRow, LOG_BYTES_SETTING) is not None:
                return
            lacking = (func.length(table.c[_SEALED]) == 0) & (table.c.entry_hash != "")
            entries = self._list_columns(session, ContactLogEntry, where=lacking)
            if entries:
                session.execute(
                    update(table)
                    .where(table.c.id == bindparam("entry_id"))
                    .values(sealed=bindparam("data")),
                    [{"entry_id": e.id, "data": chain.canonical_bytes(e)} for e in entries],
                )
            session.add(SettingRow(name=LOG_BYTES_SETTING, value="1"))

    def _log_to_import(
        self, entries: builtins.list[ContactLogEntry]
    ) -> builtins.list[ContactLogEntry]:
        """The log of a plan being imported, ready to insert (copies; see replace_plan)."""
        log = [dataclasses.replace(e) for e in entries]
        sealed = [e for e in log if e.entry_hash]
        if sealed and len(sealed) == len(log):
            check = chain.verify(log)
            if check.problem is not None:
                raise LogKeptError(
                    tr("Storage", _LOG_IMPORT_BROKEN).format(problem=check.problem.message)
                )
            return log
        if sealed:
            raise LogKeptError(
                tr("Storage", _LOG_IMPORT_BROKEN).format(
                    problem=tr("Storage", "Some of its entries have no hash.")
                )
            )
        moment = self._clock().replace(microsecond=0)
        previous = ""
        for entry in log:
            if entry.recorded_at is None:
                entry.recorded_at = moment
                entry.recorded_before_log = True
            chain.seal(entry, previous)
            previous = entry.entry_hash
        return log

    # -- the plan as a whole ------------------------------------------------------------

    def load_plan(
        self, already_read: typing.Mapping[type[Record], builtins.list[Record]] | None = None
    ) -> Plan:
        """The whole plan. `already_read` holds record lists read earlier with `list()` and
        not changed since; they are used as they are."""
        already_read = already_read or {}
        with self._read() as session:
            plan = Plan()
            for kind in RECORD_TYPES:
                records = already_read.get(kind)
                plan.records_of(kind).extend(
                    self._list(session, kind) if records is None else records
                )
            info = self._plan_info(session)
            plan.created_at = info.created_at
            plan.next_review = info.next_review
            plan.statements = PersonalStatements(
                info.firm_sentence, info.third_party_reply, info.gift_return
            )
            plan.about_me = AboutMe(info.me_name, info.me_phone, info.me_whereabouts)
            plan.other_person, plan.other_person_name = _other_person(info)
            plan.attachments = self._attachments(session)
            plan.section_changed = self._section_changed(session)
            return plan

    def replace_plan(self, plan: Plan) -> None:
        """Make the workbook hold exactly `plan` (import, demo), in one transaction.

        The one bulk path into the contact log, and only into an empty one (LogKeptError
        otherwise). Entries that carry hashes must form an intact chain and are kept exactly
        as they are; a log without any hashes (an older export, a plan typed by hand) is
        sealed here in its order, each entry without a written-down time getting this moment
        as the latest it can have been written (recorded_before_log)."""
        log = self._log_to_import(plan.contact_log)
        with self._write() as session:
            log_table = TABLE_OF[ContactLogEntry]
            if session.execute(select(log_table.c.id).limit(1)).first() is not None:
                raise LogKeptError(_LOG_NOT_EMPTY)
            session.expunge_all()
            session.execute(delete(BackupPlanContactRow))
            for kind in reversed(INSERT_ORDER):
                session.execute(delete(TABLE_OF[kind]))
            session.execute(delete(SectionChangeRow))
            for kind in INSERT_ORDER:
                records = log if kind is ContactLogEntry else plan.records_of(kind)
                if records:
                    session.execute(
                        insert(TABLE_OF[kind]),
                        [
                            {"id": r.id, "position": i, **_row_values(r)}
                            for i, r in enumerate(records)
                        ],
                    )
            if log:
                self._note_log_end(session, len(log), log[-1].entry_hash)
            for backup_plan in plan.backup_plans:
                self._replace_links(session, backup_plan)
            info = self._plan_info(session)
            info.created_at = plan.created_at
            info.next_review = plan.next_review
            self._copy_statements(info, plan.statements)
            self._copy_about_me(info, plan.about_me)
            info.other_person = plan.other_person.value
            info.other_person_name = plan.other_person_name
            changed = dict(plan.section_changed)
            moment = self._clock()
            for kind in RECORD_TYPES:
                if plan.records_of(kind):
                    changed.setdefault(SECTION_OF[kind], moment)
            for section, changed_at in changed.items():
                session.add(SectionChangeRow(section=section.value, changed_at=changed_at))

    def has_plan(self) -> bool:
        """Whether anything has been entered yet."""
        with self._read() as session:
            return bool(session.connection().exec_driver_sql(_HAS_PLAN).scalar())

    # -- single values ------------------------------------------------------------------

    def load_statements(self) -> PersonalStatements:
        with self._read() as session:
            info = self._plan_info(session)
            return PersonalStatements(info.firm_sentence, info.third_party_reply, info.gift_return)

    def save_statements(self, statements: PersonalStatements) -> None:
        with self._write() as session:
            self._copy_statements(self._plan_info(session), statements)
            self._stamp(session, Section.BOUNDARIES)

    @staticmethod
    def _copy_statements(info: PlanInfoRow, statements: PersonalStatements) -> None:
        info.firm_sentence = statements.firm_sentence
        info.third_party_reply = statements.third_party_reply
        info.gift_return = statements.gift_return

    def save_about_me(self, about_me: AboutMe) -> None:
        with self._write() as session:
            self._copy_about_me(self._plan_info(session), about_me)

    @staticmethod
    def _copy_about_me(info: PlanInfoRow, about_me: AboutMe) -> None:
        info.me_name = about_me.name
        info.me_phone = about_me.phone
        info.me_whereabouts = about_me.whereabouts

    def load_other_person(self) -> tuple[OtherPerson, str]:
        """How the workbook speaks of the other person, and the name chosen for it."""
        with self._read() as session:
            return _other_person(self._plan_info(session))

    def set_other_person(self, choice: OtherPerson, name: str) -> None:
        with self._write() as session:
            info = self._plan_info(session)
            info.other_person = choice.value
            info.other_person_name = name

    # -- evidence files of the contact log (storage/blobs.py) -----------------------------

    @staticmethod
    def _attachments(session: Session, entry_id: str | None = None) -> builtins.list[Attachment]:
        log = TABLE_OF[ContactLogEntry]
        query = (
            select(
                AttachmentRow.id,
                AttachmentRow.entry_id,
                AttachmentRow.name,
                AttachmentRow.media_type,
                AttachmentRow.size,
                AttachmentRow.sha256,
                AttachmentRow.added_at,
            )
            .join(log, log.c.id == AttachmentRow.entry_id)
            .order_by(log.c.position, log.c.id, AttachmentRow.position)
        )
        if entry_id is not None:
            query = query.where(AttachmentRow.entry_id == entry_id)
        return [
            Attachment(
                id=row.id,
                entry_id=row.entry_id,
                name=row.name,
                media_type=row.media_type,
                size=row.size,
                sha256=row.sha256,
                added_at=row.added_at,
            )
            for row in session.execute(query)
        ]

    def attachments_of(self, entry_id: str) -> builtins.list[Attachment]:
        with self._read() as session:
            return self._attachments(session, entry_id)

    def attachment_secret(self, attachment_id: str) -> tuple[str, bytes]:
        """(blob name, key) of one evidence file, to read it (storage/blobs.py)."""
        with self._read() as session:
            row = session.get(AttachmentRow, attachment_id)
            if row is None:
                raise LogKeptError(_NO_SUCH_ATTACHMENT)
            return row.blob, bytes(row.key)

    def next_review(self) -> date | None:
        with self._read() as session:
            return self._plan_info(session).next_review

    def summary(self) -> PlanSummary:
        """What the overview shows, counted in SQL rather than by loading every record."""
        with self._read() as session:
            return read_summary(session.connection(), PLAN_INFO_ID)

    def set_next_review(self, when: date | None) -> None:
        with self._write() as session:
            self._plan_info(session).next_review = when

    def created_at(self) -> datetime:
        with self._read() as session:
            return self._plan_info(session).created_at

    def section_changed(self) -> dict[Section, datetime]:
        with self._read() as session:
            return self._section_changed(session)

    @staticmethod
    def _section_changed(session: Session) -> dict[Section, datetime]:
        rows = session.execute(select(SectionChangeRow.section, SectionChangeRow.changed_at))
        known = {section.value for section in Section}
        return {Section(name): at for name, at in rows if name in known}

    # -- drafts and settings ------------------------------------------------------------

    def save_draft(self, key: str, payload: str) -> None:
        with self._write() as session:
            row = session.get(DraftRow, key)
            if row is None:
                session.add(DraftRow(key=key, payload=payload, saved_at=self._clock()))
            else:
                row.payload = payload
                row.saved_at = self._clock()

    def load_draft(self, key: str) -> str | None:
        with self._read() as session:
            row = session.get(DraftRow, key)
            return None if row is None else row.payload

    def load_drafts(self, prefix: str) -> dict[str, str]:
        """Every draft whose key starts with `prefix`, by key, in one read."""
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        with self._read() as session:
            rows = session.execute(
                select(DraftRow.key, DraftRow.payload).where(
                    DraftRow.key.like(escaped + "%", escape="\\")
                )
            )
            return {key: payload for key, payload in rows if key.startswith(prefix)}

    def discard_draft(self, key: str) -> None:
        with self._write() as session:
            session.execute(delete(DraftRow).where(DraftRow.key == key))

    def get_setting(self, name: str) -> str | None:
        with self._read() as session:
            row = session.get(SettingRow, name)
            return None if row is None else row.value

    def set_setting(self, name: str, value: str) -> None:
        with self._write() as session:
            row = session.get(SettingRow, name)
            if row is None:
                session.add(SettingRow(name=name, value=value))
            else:
                row.value = value
