"""The plan as plain data: one dataclass per kind of record of PRODUCT.md §3.

Records refer to each other by id (a UUID string), never by object, so that they can be
stored, exported and validated independently. Lists that the user orders (steps, records
within a page) keep their order as list order; nothing here knows about positions in a table.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from workbook.domain.schedule import Schedule


def new_id() -> str:
    return uuid.uuid4().hex


def now() -> datetime:
    """Local wall-clock time to the second: what a person reads and types."""
    return datetime.now().replace(microsecond=0)


class Section(StrEnum):
    """The pages of the wizard that hold data, in wizard order."""

    MANDATED = "mandated"
    BOUNDARIES = "boundaries"
    CONTACTS = "contacts"
    BACKUP_PLANS = "backup_plans"
    CHECKINS = "checkins"
    PROXIES = "proxies"
    CONTACT_LOG = "contact_log"


class Mandator(StrEnum):
    COURT = "court"
    COUNSELOR = "counselor"
    EVALUATOR = "evaluator"
    MEDIATOR = "mediator"
    GUARDIAN = "guardian"
    LAW_ENFORCEMENT = "law_enforcement"
    OTHER = "other"


class MandateChannel(StrEnum):
    IN_PERSON = "in_person"
    VIA_LAWYER = "via_lawyer"
    SUPERVISED = "supervised"
    WRITTEN = "written"
    APP = "app"


class CommitmentStatus(StrEnum):
    SUGGESTED = "suggested"  # preloaded, not yet decided on
    ADOPTED = "adopted"
    DROPPED = "dropped"


class ContactRole(StrEnum):
    CHECK_IN_PARTNER = "check_in_partner"
    EMERGENCY_CONTACT = "emergency_contact"
    LAWYER = "lawyer"
    ACCOUNTANT = "accountant"
    ADVOCATE = "advocate"
    POLICE_CONTACT = "police_contact"
    COLLEAGUE = "colleague"
    NEIGHBOUR = "neighbour"
    OTHER = "other"


class Situation(StrEnum):
    TURNS_UP = "turns_up"
    THREATS = "threats"
    FORCED_MEETING = "forced_meeting"
    LEAVE_NOW = "leave_now"
    CHILDREN_AT_RISK = "children_at_risk"
    PROXIES_HARASS = "proxies_harass"
    ONLINE_STALKING = "online_stalking"
    OWN = "own"  # the user's own situation, described in BackupPlan.title


class CheckInMethod(StrEnum):
    CALL = "call"
    TEXT = "text"
    MESSAGE_APP = "message_app"


class ProxyBehaviour(StrEnum):
    SPYING = "spying"
    HARASSING = "harassing"
    PERSUADING = "persuading"
    FLATTERING = "flattering"
    CARRYING_MESSAGES = "carrying_messages"


class Awareness(StrEnum):
    UNKNOWN = "unknown"
    KNOWING = "knowing"
    UNWITTING = "unwitting"


class ProxyDecision(StrEnum):
    UNDECIDED = "undecided"
    CUT_OFF = "cut_off"
    INFORM_AND_EXPOSE = "inform_and_expose"
    LIMIT = "limit"
    WATCH = "watch"


class ContactChannel(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    TEXT = "text"
    EMAIL = "email"
    MESSAGE_APP = "message_app"
    SOCIAL_MEDIA = "social_media"
    LETTER = "letter"
    GIFT = "gift"
    VIA_THIRD_PARTY = "via_third_party"
    OTHER = "other"


class ReportedTo(StrEnum):
    POLICE = "police"
    LAWYER = "lawyer"
    OTHER = "other"


class TopicFit(StrEnum):
    """Whether what a contact was about stayed within what the order allows: the person's
    own judgement. "Not sure" is the empty value, so an entry written before this was asked
    keeps its hash (domain/chain.py leaves empty values out)."""

    NOT_SURE = ""
    YES = "yes"
    NO = "no"


class OtherPerson(StrEnum):
    """How the workbook speaks of the other person (the Welcome page; domain/other_person.py).
    "They" is the neutral way, used until the person chooses."""

    THEY = "they"
    HE = "he"
    SHE = "she"
    NAME = "name"  # a name the person chooses, in Plan.other_person_name


class ResponseKind(StrEnum):
    NO_RESPONSE = "no_response"
    FIRM_SENTENCE = "firm_sentence"
    FORWARDED_TO_LAWYER = "forwarded_to_lawyer"
    MANDATED_REPLY = "mandated_reply"  # replied within what the order requires
    OTHER = "other"


@dataclass
class MandatedObligation:
    """Contact that a court or official requires: kept exactly, never less, never more."""

    mandated_by: Mandator = Mandator.COURT
    mandated_by_name: str = ""  # e.g. the court's or counselor's name
    reference: str = ""  # reference or case number
    requirement: str = ""  # what exactly is required
    schedule: str = ""  # when and how often, in the order's words (a note beside timetable)
    timetable: Schedule | None = None  # the same, structured (domain/schedule.py)
    location: str = ""
    channel: MandateChannel = MandateChannel.IN_PERSON
    topics_allowed: str = ""
    handled_by_id: str | None = None  # -> TrustedContact
    start_date: date | None = None
    end_date: date | None = None
    review_date: date | None = None
    notes: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class BoundaryCommitment:
    """One No Contact commitment; preloaded ones carry the key of their suggestion."""

    text: str = ""
    status: CommitmentStatus = CommitmentStatus.ADOPTED
    suggestion_key: str | None = None
    notes: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class PersonalStatements:
    """The user's own words on the boundaries page (one per plan, not a list)."""

    firm_sentence: str = ""
    third_party_reply: str = ""
    gift_return: str = ""


@dataclass
class AboutMe:
    """The person's own details, entered once on the Welcome page (one per plan). Shown only
    in their own plan and on the card they give each check-in partner, who needs them to
    call for help."""

    name: str = ""
    phone: str = ""
    whereabouts: str = ""  # where I live or stay


@dataclass
class TrustedContact:
    name: str = ""
    relationship: str = ""
    roles: list[ContactRole] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    email: str = ""
    knows_situation: bool = False
    code_word: str = ""
    best_times: str = ""
    notes: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class BackupPlan:
    situation: Situation = Situation.OWN
    title: str = ""  # required for Situation.OWN, optional refinement otherwise
    warning_signs: str = ""
    steps: list[str] = field(default_factory=list)  # in the order they are taken
    contact_ids: list[str] = field(default_factory=list)  # -> TrustedContact, in call order
    safe_places: str = ""
    what_to_take: str = ""
    emergency_numbers: str = ""
    protective_order: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class CheckInAgreement:
    partner_id: str | None = None  # -> TrustedContact
    schedule: str = ""  # daily times, or before/after a named event (a note beside timetable)
    timetable: Schedule | None = None  # the same, structured (domain/schedule.py)
    around_obligation_id: str | None = None  # -> MandatedObligation, for AROUND_CONTACT
    method: CheckInMethod = CheckInMethod.TEXT
    grace_minutes: int = 30
    escalation_steps: list[str] = field(default_factory=list)  # if I miss one, in order
    danger_code_word: str = ""  # means "I am not safe"
    notes: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class CheckInLogEntry:
    at: datetime = field(default_factory=now)
    agreement_id: str | None = None  # -> CheckInAgreement
    note: str = ""
    missed: bool = False  # logged by the app: the check-in due `at` did not happen in time
    id: str = field(default_factory=new_id)


@dataclass
class SuspectedProxy:
    name: str = ""
    connection_to_him: str = ""
    connection_to_me: str = ""
    behaviours: list[ProxyBehaviour] = field(default_factory=list)
    what_they_did: str = ""
    dates_and_evidence: str = ""
    awareness: Awareness = Awareness.UNKNOWN
    decision: ProxyDecision = ProxyDecision.UNDECIDED
    done_on: date | None = None
    notes: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class ContactLogEntry:
    """One contact or attempt. proxy_id None means it came from him directly;
    obligation_id None means no order allowed it (not mandated).

    The log is append-only and hash-chained (docs/record.md, domain/chain.py): an entry is
    never changed once written. A correction is a new entry whose `corrects_id` names the
    entry it replaces; a withdrawal is a new entry with a `withdrawn_reason`. The fields
    after `obligation_id` are set by the app when the entry is written, never typed."""

    occurred_at: datetime = field(default_factory=now)
    proxy_id: str | None = None  # -> SuspectedProxy
    channel: ContactChannel = ContactChannel.TEXT
    what_happened: str = ""
    exact_words: str = ""  # what was said or written, word for word
    witnesses: str = ""
    response: ResponseKind = ResponseKind.NO_RESPONSE
    response_detail: str = ""
    reported_to: list[ReportedTo] = field(default_factory=list)
    report_reference: str = ""  # e.g. the police incident number
    evidence_ref: str = ""
    topic_within: TopicFit = TopicFit.NOT_SURE  # the person's judgement
    obligation_id: str | None = None  # -> MandatedObligation
    recorded_at: datetime | None = None  # when it was written down; None until it is
    # Written before Workbook kept that time: recorded_at is then the latest it can have been.
    recorded_before_log: bool = False
    corrects_id: str | None = None  # -> the ContactLogEntry this one corrects or withdraws
    correction_note: str = ""  # the person's own words on what changed and why
    withdrawn_reason: str = ""  # not empty: this entry withdraws the one it corrects
    attachment_hashes: list[str] = field(default_factory=list)  # SHA-256 of each evidence file
    previous_hash: str = ""  # entry_hash of the entry before it in the log ("" for the first)
    entry_hash: str = ""  # SHA-256 over this entry, previous_hash included
    id: str = field(default_factory=new_id)


@dataclass
class Attachment:
    """An evidence file attached to a contact-log entry (a screenshot, a photo, a recording,
    a letter). The file itself is stored encrypted beside the database (storage/blobs.py);
    its SHA-256 is also in the entry's `attachment_hashes`, so the hash chain covers it.
    Written once, with its entry; never changed."""

    entry_id: str = ""  # -> ContactLogEntry
    name: str = ""  # the file's original name, as the person chose it
    media_type: str = ""  # e.g. "image/png", guessed from the name
    size: int = 0  # bytes
    sha256: str = ""
    added_at: datetime = field(default_factory=now)
    id: str = field(default_factory=new_id)


Record = (
    MandatedObligation
    | BoundaryCommitment
    | TrustedContact
    | BackupPlan
    | CheckInAgreement
    | CheckInLogEntry
    | SuspectedProxy
    | ContactLogEntry
)

RECORD_TYPES: tuple[type[Record], ...] = (
    MandatedObligation,
    BoundaryCommitment,
    TrustedContact,
    BackupPlan,
    CheckInAgreement,
    CheckInLogEntry,
    SuspectedProxy,
    ContactLogEntry,
)

# The Plan attribute that holds each kind of record, in wizard order.
LIST_NAMES: dict[type[Record], str] = {
    MandatedObligation: "obligations",
    BoundaryCommitment: "commitments",
    TrustedContact: "contacts",
    BackupPlan: "backup_plans",
    CheckInAgreement: "checkin_agreements",
    CheckInLogEntry: "checkin_log",
    SuspectedProxy: "proxies",
    ContactLogEntry: "contact_log",
}

SECTION_OF: dict[type[Record], Section] = {
    MandatedObligation: Section.MANDATED,
    BoundaryCommitment: Section.BOUNDARIES,
    TrustedContact: Section.CONTACTS,
    BackupPlan: Section.BACKUP_PLANS,
    CheckInAgreement: Section.CHECKINS,
    CheckInLogEntry: Section.CHECKINS,
    SuspectedProxy: Section.PROXIES,
    ContactLogEntry: Section.CONTACT_LOG,
}


@dataclass
class Plan:
    """The whole workbook. Lists are in the user's order."""

    obligations: list[MandatedObligation] = field(default_factory=list)
    commitments: list[BoundaryCommitment] = field(default_factory=list)
    statements: PersonalStatements = field(default_factory=PersonalStatements)
    about_me: AboutMe = field(default_factory=AboutMe)
    attachments: list[Attachment] = field(default_factory=list)  # of contact-log entries
    contacts: list[TrustedContact] = field(default_factory=list)
    backup_plans: list[BackupPlan] = field(default_factory=list)
    checkin_agreements: list[CheckInAgreement] = field(default_factory=list)
    checkin_log: list[CheckInLogEntry] = field(default_factory=list)
    proxies: list[SuspectedProxy] = field(default_factory=list)
    contact_log: list[ContactLogEntry] = field(default_factory=list)
    created_at: datetime = field(default_factory=now)
    next_review: date | None = None
    section_changed: dict[Section, datetime] = field(default_factory=dict)
    # How the workbook speaks of the other person, and the name it uses for NAME.
    other_person: OtherPerson = OtherPerson.THEY
    other_person_name: str = ""

    def records_of(self, kind: type[Record]) -> list[Record]:
        """The list that holds records of `kind` (the same list object, not a copy)."""
        records: list[Record] = getattr(self, LIST_NAMES[kind])
        return records

    def ids_of(self, kind: type[Record]) -> set[str]:
        return {record.id for record in self.records_of(kind)}

    def find(self, kind: type[Record], record_id: str) -> Record | None:
        return next((r for r in self.records_of(kind) if r.id == record_id), None)
