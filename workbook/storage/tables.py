"""The current schema as typed ORM classes. Column names match the domain's field names, so
the repository maps records generically; migrations.py creates and upgrades the same schema.

No `from __future__ import annotations` here: SQLAlchemy would then evaluate every column's
annotation from its text, a tenth of this module's import time at every start-up.
"""

from datetime import date, datetime
from typing import Any, ClassVar, overload

from sqlalchemy import (
    JSON,
    Dialect,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from workbook.domain.schedule import Schedule, ScheduleFormatError, from_json, to_json


@overload
def parse_datetime(value: str) -> datetime: ...
@overload
def parse_datetime(value: None) -> None: ...
def parse_datetime(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


@overload
def parse_date(value: str) -> date: ...
@overload
def parse_date(value: None) -> None: ...
def parse_date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


class IsoDateTime(TypeDecorator[datetime]):
    """The text SQLAlchemy's SQLite DateTime writes ('2031-03-04 09:00:00.000000'), read back
    with the C fromisoformat instead of a regular expression: loading a large plan at
    start-up spent a tenth of its time parsing dates."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else value.isoformat(sep=" ", timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return parse_datetime(value)


class IsoDate(TypeDecorator[date]):
    """The text SQLAlchemy's SQLite Date writes ('2031-03-04'), read with fromisoformat."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: date | None, dialect: Dialect) -> str | None:
        return None if value is None else value.isoformat()

    def process_result_value(self, value: str | None, dialect: Dialect) -> date | None:
        return parse_date(value)


class ScheduleText(TypeDecorator[Schedule]):
    """A structured schedule as its documented, versioned JSON text (domain/schedule.py).
    One column rather than one per part: the lists of weekdays, times and dates vary in
    length, the schedule is always read and written whole, and SQL never looks inside it."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Schedule | None, dialect: Dialect) -> str | None:
        return None if value is None else to_json(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> Schedule | None:
        if value is None:
            return None
        try:
            return from_json(value)
        except ScheduleFormatError as error:
            raise ValueError(str(error)) from None  # the repository reports a damaged file


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        list[Any]: JSON,
        datetime: IsoDateTime,
        date: IsoDate,
    }


class OrderedRow:
    """Rows of a list the user orders; position only orders them (gaps are fine)."""

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, index=True)


class ObligationRow(OrderedRow, Base):
    __tablename__ = "obligations"
    mandated_by: Mapped[str] = mapped_column(String(32))
    mandated_by_name: Mapped[str] = mapped_column(Text, default="")
    reference: Mapped[str] = mapped_column(Text, default="")
    requirement: Mapped[str] = mapped_column(Text, default="")
    schedule: Mapped[str] = mapped_column(Text, default="")
    timetable: Mapped[Schedule | None] = mapped_column(ScheduleText)
    location: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(String(32))
    topics_allowed: Mapped[str] = mapped_column(Text, default="")
    handled_by_id: Mapped[str | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    review_date: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")


class CommitmentRow(OrderedRow, Base):
    __tablename__ = "commitments"
    text: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(32))
    suggestion_key: Mapped[str | None] = mapped_column(String(64))
    notes: Mapped[str] = mapped_column(Text, default="")


class ContactRow(OrderedRow, Base):
    __tablename__ = "contacts"
    name: Mapped[str] = mapped_column(Text, default="")
    relationship: Mapped[str] = mapped_column(Text, default="")
    roles: Mapped[list[Any]] = mapped_column(default=list)
    phones: Mapped[list[Any]] = mapped_column(default=list)
    email: Mapped[str] = mapped_column(Text, default="")
    knows_situation: Mapped[bool] = mapped_column(default=False)
    code_word: Mapped[str] = mapped_column(Text, default="")
    best_times: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class BackupPlanRow(OrderedRow, Base):
    __tablename__ = "backup_plans"
    situation: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(Text, default="")
    warning_signs: Mapped[str] = mapped_column(Text, default="")
    steps: Mapped[list[Any]] = mapped_column(default=list)
    safe_places: Mapped[str] = mapped_column(Text, default="")
    what_to_take: Mapped[str] = mapped_column(Text, default="")
    emergency_numbers: Mapped[str] = mapped_column(Text, default="")
    protective_order: Mapped[str] = mapped_column(Text, default="")


class BackupPlanContactRow(Base):
    """Which trusted contacts a backup plan calls, in call order. A link table rather than a
    JSON list so the database itself drops a link when its contact is removed."""

    __tablename__ = "backup_plan_contacts"
    plan_id: Mapped[str] = mapped_column(
        ForeignKey("backup_plans.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[str] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer)


class CheckInAgreementRow(OrderedRow, Base):
    __tablename__ = "checkin_agreements"
    partner_id: Mapped[str | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    schedule: Mapped[str] = mapped_column(Text, default="")
    timetable: Mapped[Schedule | None] = mapped_column(ScheduleText)
    around_obligation_id: Mapped[str | None] = mapped_column(
        ForeignKey("obligations.id", ondelete="SET NULL"), index=True
    )
    method: Mapped[str] = mapped_column(String(32))
    grace_minutes: Mapped[int] = mapped_column(Integer)
    escalation_steps: Mapped[list[Any]] = mapped_column(default=list)
    danger_code_word: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class CheckInLogRow(OrderedRow, Base):
    __tablename__ = "checkin_log"
    at: Mapped[datetime]
    agreement_id: Mapped[str | None] = mapped_column(
        ForeignKey("checkin_agreements.id", ondelete="SET NULL"), index=True
    )
    note: Mapped[str] = mapped_column(Text, default="")
    missed: Mapped[bool] = mapped_column(default=False)


class ProxyRow(OrderedRow, Base):
    __tablename__ = "proxies"
    name: Mapped[str] = mapped_column(Text, default="")
    connection_to_him: Mapped[str] = mapped_column(Text, default="")
    connection_to_me: Mapped[str] = mapped_column(Text, default="")
    behaviours: Mapped[list[Any]] = mapped_column(default=list)
    what_they_did: Mapped[str] = mapped_column(Text, default="")
    dates_and_evidence: Mapped[str] = mapped_column(Text, default="")
    awareness: Mapped[str] = mapped_column(String(32))
    decision: Mapped[str] = mapped_column(String(32))
    done_on: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")


class ContactLogRow(OrderedRow, Base):
    __tablename__ = "contact_log"
    occurred_at: Mapped[datetime]
    proxy_id: Mapped[str | None] = mapped_column(
        ForeignKey("proxies.id", ondelete="SET NULL"), index=True
    )
    channel: Mapped[str] = mapped_column(String(32))
    what_happened: Mapped[str] = mapped_column(Text, default="")
    response: Mapped[str] = mapped_column(String(32))
    response_detail: Mapped[str] = mapped_column(Text, default="")
    evidence_ref: Mapped[str] = mapped_column(Text, default="")
    topic_within: Mapped[str] = mapped_column(String(32), default="")
    obligation_id: Mapped[str | None] = mapped_column(
        ForeignKey("obligations.id", ondelete="SET NULL"), index=True
    )
    exact_words: Mapped[str] = mapped_column(Text, default="")
    witnesses: Mapped[str] = mapped_column(Text, default="")
    reported_to: Mapped[list[Any]] = mapped_column(default=list)
    report_reference: Mapped[str] = mapped_column(Text, default="")
    # Append-only and hash-chained (domain/chain.py); triggers refuse UPDATE and DELETE.
    recorded_at: Mapped[datetime | None]
    recorded_before_log: Mapped[bool] = mapped_column(default=False)
    corrects_id: Mapped[str | None] = mapped_column(ForeignKey("contact_log.id"), unique=True)
    correction_note: Mapped[str] = mapped_column(Text, default="")
    withdrawn_reason: Mapped[str] = mapped_column(Text, default="")
    previous_hash: Mapped[str] = mapped_column(String(64), default="")
    entry_hash: Mapped[str] = mapped_column(String(64), default="")
    attachment_hashes: Mapped[list[Any]] = mapped_column(default=list)
    # The exact bytes the entry was sealed over (domain/chain.py): what it is read from. The
    # columns above are a copy for the database's own rules (keys, triggers).
    sealed: Mapped[bytes] = mapped_column(LargeBinary, default=b"")


class AttachmentRow(Base):
    """An evidence file of a contact-log entry (domain Attachment). The file itself is in the
    evidence folder under `blob`, encrypted with `key` (storage/blobs.py). Written with its
    entry and never changed or removed (triggers refuse it)."""

    __tablename__ = "attachments"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    entry_id: Mapped[str] = mapped_column(ForeignKey("contact_log.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text, default="")
    media_type: Mapped[str] = mapped_column(String(200), default="")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime]
    blob: Mapped[str] = mapped_column(String(32))
    key: Mapped[bytes] = mapped_column(LargeBinary)


class PlanInfoRow(Base):
    """One row: the plan's own facts and the user's statements on the boundaries page."""

    __tablename__ = "plan_info"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime]
    next_review: Mapped[date | None]
    firm_sentence: Mapped[str] = mapped_column(Text, default="")
    third_party_reply: Mapped[str] = mapped_column(Text, default="")
    gift_return: Mapped[str] = mapped_column(Text, default="")
    # About me (domain AboutMe): shown only in the person's own plan and partners' cards.
    me_name: Mapped[str] = mapped_column(Text, default="")
    me_phone: Mapped[str] = mapped_column(Text, default="")
    me_whereabouts: Mapped[str] = mapped_column(Text, default="")
    # How the workbook speaks of the other person (domain OtherPerson), and the chosen name.
    other_person: Mapped[str] = mapped_column(String(16), default="they")
    other_person_name: Mapped[str] = mapped_column(Text, default="")


class SectionChangeRow(Base):
    __tablename__ = "section_changes"
    section: Mapped[str] = mapped_column(String(32), primary_key=True)
    changed_at: Mapped[datetime]


class DraftRow(Base):
    """What was typed into an editor that was closed before it could be saved."""

    __tablename__ = "drafts"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    payload: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime]


class SettingRow(Base):
    __tablename__ = "settings"
    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
