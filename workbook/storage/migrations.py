"""Numbered schema steps tracked in PRAGMA user_version.

Each step is frozen SQL: once released it never changes, so a database made by any earlier
version upgrades through exactly the steps that built today's schema. tables.py describes the
result; tests/test_migrations.py checks that the two agree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import Connection, text
from sqlcipher3.dbapi2 import complete_statement

from workbook.storage.errors import SchemaTooNewError

SCHEMA_V1 = """
CREATE TABLE backup_plans (
    situation VARCHAR(32) NOT NULL,
    title TEXT NOT NULL,
    warning_signs TEXT NOT NULL,
    steps JSON NOT NULL,
    safe_places TEXT NOT NULL,
    what_to_take TEXT NOT NULL,
    emergency_numbers TEXT NOT NULL,
    protective_order TEXT NOT NULL,
    id VARCHAR(32) NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_backup_plans_position ON backup_plans (position);
CREATE TABLE commitments (
    text TEXT NOT NULL,
    status VARCHAR(32) NOT NULL,
    suggestion_key VARCHAR(64),
    notes TEXT NOT NULL,
    id VARCHAR(32) NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_commitments_position ON commitments (position);
CREATE TABLE contacts (
    name TEXT NOT NULL,
    relationship TEXT NOT NULL,
    roles JSON NOT NULL,
    phones JSON NOT NULL,
    email TEXT NOT NULL,
    knows_situation BOOLEAN NOT NULL,
    code_word TEXT NOT NULL,
    best_times TEXT NOT NULL,
    notes TEXT NOT NULL,
    id VARCHAR(32) NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_contacts_position ON contacts (position);
CREATE TABLE drafts (
    "key" VARCHAR(200) NOT NULL,
    payload TEXT NOT NULL,
    saved_at DATETIME NOT NULL,
    PRIMARY KEY ("key")
);
CREATE TABLE plan_info (
    id INTEGER NOT NULL,
    created_at DATETIME NOT NULL,
    next_review DATE,
    firm_sentence TEXT NOT NULL,
    third_party_reply TEXT NOT NULL,
    gift_return TEXT NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE proxies (
    name TEXT NOT NULL,
    connection_to_him TEXT NOT NULL,
    connection_to_me TEXT NOT NULL,
    behaviours JSON NOT NULL,
    what_they_did TEXT NOT NULL,
    dates_and_evidence TEXT NOT NULL,
    awareness VARCHAR(32) NOT NULL,
    decision VARCHAR(32) NOT NULL,
    done_on DATE,
    notes TEXT NOT NULL,
    id VARCHAR(32) NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_proxies_position ON proxies (position);
CREATE TABLE section_changes (
    section VARCHAR(32) NOT NULL,
    changed_at DATETIME NOT NULL,
    PRIMARY KEY (section)
);
CREATE TABLE settings (
    name VARCHAR(100) NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (name)
);
CREATE TABLE backup_plan_contacts (
    plan_id VARCHAR(32) NOT NULL,
    contact_id VARCHAR(32) NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (plan_id, contact_id),
    FOREIGN KEY(plan_id) REFERENCES backup_plans (id) ON DELETE CASCADE,
    FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE CASCADE
);
CREATE INDEX ix_backup_plan_contacts_contact_id ON backup_plan_contacts (contact_id);
CREATE TABLE checkin_agreements (
    partner_id VARCHAR(32),
    schedule TEXT NOT NULL,
    method VARCHAR(32) NOT NULL,
    grace_minutes INTEGER NOT NULL,
    escalation_steps JSON NOT NULL,
    danger_code_word TEXT NOT NULL,
    notes TEXT NOT NULL,
    id VARCHAR(32) NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(partner_id) REFERENCES contacts (id) ON DELETE SET NULL
);
CREATE INDEX ix_checkin_agreements_partner_id ON checkin_agreements (partner_id);
CREATE INDEX ix_checkin_agreements_position ON checkin_agreements (position);
CREATE TABLE obligations (
    mandated_by VARCHAR(32) NOT NULL,
    mandated_by_name TEXT NOT NULL,
    reference TEXT NOT NULL,
    requirement TEXT NOT NULL,
    schedule TEXT NOT NULL,
    location TEXT NOT NULL,
    channel VARCHAR(32) NOT NULL,
    topics_allowed TEXT NOT NULL,
    handled_by_id VARCHAR(32),
    start_date DATE,
    end_date DATE,
    review_date DATE,
    notes TEXT NOT NULL,
    id VARCHAR(32) NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(handled_by_id) REFERENCES contacts (id) ON DELETE SET NULL
);
CREATE INDEX ix_obligations_handled_by_id ON obligations (handled_by_id);
CREATE INDEX ix_obligations_position ON obligations (position);
CREATE TABLE checkin_log (
    at DATETIME NOT NULL,
    agreement_id VARCHAR(32),
    note TEXT NOT NULL,
    id VARCHAR(32) NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(agreement_id) REFERENCES checkin_agreements (id) ON DELETE SET NULL
);
CREATE INDEX ix_checkin_log_agreement_id ON checkin_log (agreement_id);
CREATE INDEX ix_checkin_log_position ON checkin_log (position);
CREATE TABLE contact_log (
    occurred_at DATETIME NOT NULL,
    proxy_id VARCHAR(32),
    channel VARCHAR(32) NOT NULL,
    what_happened TEXT NOT NULL,
    response VARCHAR(32) NOT NULL,
    response_detail TEXT NOT NULL,
    evidence_ref TEXT NOT NULL,
    obligation_id VARCHAR(32),
    id VARCHAR(32) NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(proxy_id) REFERENCES proxies (id) ON DELETE SET NULL,
    FOREIGN KEY(obligation_id) REFERENCES obligations (id) ON DELETE SET NULL
);
CREATE INDEX ix_contact_log_obligation_id ON contact_log (obligation_id);
CREATE INDEX ix_contact_log_position ON contact_log (position);
CREATE INDEX ix_contact_log_proxy_id ON contact_log (proxy_id);
"""

# The contact log becomes the record that holds up (docs/record.md): new fields, both times,
# corrections and withdrawals as new entries, a hash chain, and triggers that refuse to change,
# remove or replace (INSERT OR REPLACE) an entry. Entries written before this step get the
# moment of the upgrade as the latest time they can have been written down;
# PlanRepository.open seals them into the chain (the one UPDATE the trigger lets through:
# setting the hashes of an entry that has none).
# A later step that rebuilds this table must drop and re-create the three triggers.
CONTACT_LOG_RECORD = """
ALTER TABLE contact_log ADD COLUMN exact_words TEXT NOT NULL DEFAULT '';
ALTER TABLE contact_log ADD COLUMN witnesses TEXT NOT NULL DEFAULT '';
ALTER TABLE contact_log ADD COLUMN reported_to JSON NOT NULL DEFAULT '[]';
ALTER TABLE contact_log ADD COLUMN report_reference TEXT NOT NULL DEFAULT '';
ALTER TABLE contact_log ADD COLUMN recorded_at DATETIME;
ALTER TABLE contact_log ADD COLUMN recorded_before_log BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE contact_log ADD COLUMN corrects_id VARCHAR(32) REFERENCES contact_log (id);
ALTER TABLE contact_log ADD COLUMN correction_note TEXT NOT NULL DEFAULT '';
ALTER TABLE contact_log ADD COLUMN withdrawn_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE contact_log ADD COLUMN previous_hash VARCHAR(64) NOT NULL DEFAULT '';
ALTER TABLE contact_log ADD COLUMN entry_hash VARCHAR(64) NOT NULL DEFAULT '';
CREATE UNIQUE INDEX ix_contact_log_corrects_id ON contact_log (corrects_id);
UPDATE contact_log
    SET recorded_at = strftime('%Y-%m-%d %H:%M:%S.000000', 'now', 'localtime'),
        recorded_before_log = 1;
CREATE TRIGGER contact_log_entries_are_never_changed
    BEFORE UPDATE ON contact_log
    WHEN NOT (
        OLD.entry_hash = '' AND NEW.entry_hash != ''
        AND NEW.occurred_at IS OLD.occurred_at
        AND NEW.proxy_id IS OLD.proxy_id
        AND NEW.channel IS OLD.channel
        AND NEW.what_happened IS OLD.what_happened
        AND NEW.response IS OLD.response
        AND NEW.response_detail IS OLD.response_detail
        AND NEW.evidence_ref IS OLD.evidence_ref
        AND NEW.obligation_id IS OLD.obligation_id
        AND NEW.topic_within IS OLD.topic_within
        AND NEW.id IS OLD.id
        AND NEW.position IS OLD.position
        AND NEW.exact_words IS OLD.exact_words
        AND NEW.witnesses IS OLD.witnesses
        AND NEW.reported_to IS OLD.reported_to
        AND NEW.report_reference IS OLD.report_reference
        AND NEW.recorded_at IS OLD.recorded_at
        AND NEW.recorded_before_log IS OLD.recorded_before_log
        AND NEW.corrects_id IS OLD.corrects_id
        AND NEW.correction_note IS OLD.correction_note
        AND NEW.withdrawn_reason IS OLD.withdrawn_reason
    )
BEGIN
    SELECT RAISE(ABORT, 'contact log entries are never changed');
END;
CREATE TRIGGER contact_log_entries_are_never_removed
    BEFORE DELETE ON contact_log
BEGIN
    SELECT RAISE(ABORT, 'contact log entries are never removed');
END;
CREATE TRIGGER contact_log_entries_are_never_replaced
    BEFORE INSERT ON contact_log
    WHEN EXISTS (SELECT 1 FROM contact_log WHERE id = NEW.id)
        OR (NEW.corrects_id IS NOT NULL
            AND EXISTS (SELECT 1 FROM contact_log WHERE corrects_id = NEW.corrects_id))
BEGIN
    SELECT RAISE(ABORT, 'contact log entries are never replaced');
END;
"""

# Structured schedules (domain/schedule.py) beside the free-text ones, which stay as notes:
# a mandated contact's days and times, a check-in agreement's times (or the mandated contact
# it checks in around), and the person's own mark on each contact-log entry of whether its
# topic stayed within what the order allows ('' is "not sure", so no entry's hash changes).
SCHEDULES = (
    "ALTER TABLE obligations ADD COLUMN timetable TEXT;\n"
    "ALTER TABLE checkin_agreements ADD COLUMN timetable TEXT;\n"
    # One line: SQLAlchemy reads ON DELETE back from the table's SQL only when it is.
    "ALTER TABLE checkin_agreements ADD COLUMN around_obligation_id VARCHAR(32)"
    " REFERENCES obligations (id) ON DELETE SET NULL;\n"
    "CREATE INDEX ix_checkin_agreements_around_obligation_id"
    " ON checkin_agreements (around_obligation_id);\n"
    "ALTER TABLE contact_log ADD COLUMN topic_within VARCHAR(32) NOT NULL DEFAULT '';\n"
)

# Index i holds the SQL that takes a database from version i to version i + 1.
# Evidence files (storage/blobs.py) and the rest of what the exports for each reader need:
# the SHA-256 of each attached file in its entry (so the chain covers the files), the files'
# own rows (never changed or removed), a check-in the app logged as missed, and "about me".
# The contact log's update trigger is re-created to cover the new column.
EVIDENCE_AND_ABOUT_ME = """
ALTER TABLE checkin_log ADD COLUMN missed BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE plan_info ADD COLUMN me_name TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_info ADD COLUMN me_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_info ADD COLUMN me_whereabouts TEXT NOT NULL DEFAULT '';
ALTER TABLE contact_log ADD COLUMN attachment_hashes JSON NOT NULL DEFAULT '[]';
CREATE TABLE attachments (
    id VARCHAR(32) NOT NULL,
    entry_id VARCHAR(32) NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    media_type VARCHAR(200) NOT NULL,
    size INTEGER NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    added_at DATETIME NOT NULL,
    blob VARCHAR(32) NOT NULL,
    "key" BLOB NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(entry_id) REFERENCES contact_log (id)
);
CREATE INDEX ix_attachments_entry_id ON attachments (entry_id);
DROP TRIGGER contact_log_entries_are_never_changed;
CREATE TRIGGER contact_log_entries_are_never_changed
    BEFORE UPDATE ON contact_log
    WHEN NOT (
        OLD.entry_hash = '' AND NEW.entry_hash != ''
        AND NEW.occurred_at IS OLD.occurred_at
        AND NEW.proxy_id IS OLD.proxy_id
        AND NEW.channel IS OLD.channel
        AND NEW.what_happened IS OLD.what_happened
        AND NEW.response IS OLD.response
        AND NEW.response_detail IS OLD.response_detail
        AND NEW.evidence_ref IS OLD.evidence_ref
        AND NEW.obligation_id IS OLD.obligation_id
        AND NEW.topic_within IS OLD.topic_within
        AND NEW.id IS OLD.id
        AND NEW.position IS OLD.position
        AND NEW.exact_words IS OLD.exact_words
        AND NEW.witnesses IS OLD.witnesses
        AND NEW.reported_to IS OLD.reported_to
        AND NEW.report_reference IS OLD.report_reference
        AND NEW.recorded_at IS OLD.recorded_at
        AND NEW.recorded_before_log IS OLD.recorded_before_log
        AND NEW.corrects_id IS OLD.corrects_id
        AND NEW.correction_note IS OLD.correction_note
        AND NEW.withdrawn_reason IS OLD.withdrawn_reason
        AND NEW.attachment_hashes IS OLD.attachment_hashes
    )
BEGIN
    SELECT RAISE(ABORT, 'contact log entries are never changed');
END;
CREATE TRIGGER attachments_are_never_changed
    BEFORE UPDATE ON attachments
BEGIN
    SELECT RAISE(ABORT, 'evidence files are never changed');
END;
CREATE TRIGGER attachments_are_never_removed
    BEFORE DELETE ON attachments
BEGIN
    SELECT RAISE(ABORT, 'evidence files are never removed');
END;
CREATE TRIGGER attachments_are_never_replaced
    BEFORE INSERT ON attachments
    WHEN EXISTS (SELECT 1 FROM attachments WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'evidence files are never replaced');
END;
"""

# Version 5: how the workbook speaks of the other person (him / her / them / a chosen name).
OTHER_PERSON = """
ALTER TABLE plan_info ADD COLUMN other_person VARCHAR(16) NOT NULL DEFAULT 'they';
ALTER TABLE plan_info ADD COLUMN other_person_name TEXT NOT NULL DEFAULT '';
"""

# Version 6: each contact-log entry keeps the exact bytes it was sealed over, and is read
# from them (domain/chain.py), so checking the chain hashes stored bytes. Entries written
# before get theirs when the workbook is opened (PlanRepository._keep_sealed_bytes): the
# update trigger lets `sealed` be filled once, while the entry and its hashes stay as they are.
SEALED_BYTES = """
ALTER TABLE contact_log ADD COLUMN sealed BLOB NOT NULL DEFAULT X'';
DROP TRIGGER contact_log_entries_are_never_changed;
CREATE TRIGGER contact_log_entries_are_never_changed
    BEFORE UPDATE ON contact_log
    WHEN NOT (
        (
            (OLD.entry_hash = '' AND NEW.entry_hash != '')
            OR (length(OLD.sealed) = 0
                AND NEW.entry_hash IS OLD.entry_hash
                AND NEW.previous_hash IS OLD.previous_hash)
        )
        AND (length(OLD.sealed) = 0 OR NEW.sealed IS OLD.sealed)
        AND NEW.occurred_at IS OLD.occurred_at
        AND NEW.proxy_id IS OLD.proxy_id
        AND NEW.channel IS OLD.channel
        AND NEW.what_happened IS OLD.what_happened
        AND NEW.response IS OLD.response
        AND NEW.response_detail IS OLD.response_detail
        AND NEW.evidence_ref IS OLD.evidence_ref
        AND NEW.obligation_id IS OLD.obligation_id
        AND NEW.topic_within IS OLD.topic_within
        AND NEW.id IS OLD.id
        AND NEW.position IS OLD.position
        AND NEW.exact_words IS OLD.exact_words
        AND NEW.witnesses IS OLD.witnesses
        AND NEW.reported_to IS OLD.reported_to
        AND NEW.report_reference IS OLD.report_reference
        AND NEW.recorded_at IS OLD.recorded_at
        AND NEW.recorded_before_log IS OLD.recorded_before_log
        AND NEW.corrects_id IS OLD.corrects_id
        AND NEW.correction_note IS OLD.correction_note
        AND NEW.withdrawn_reason IS OLD.withdrawn_reason
        AND NEW.attachment_hashes IS OLD.attachment_hashes
    )
BEGIN
    SELECT RAISE(ABORT, 'contact log entries are never changed');
END;
"""

MIGRATIONS: Sequence[str] = (
    SCHEMA_V1,
    SCHEDULES,
    CONTACT_LOG_RECORD,
    EVIDENCE_AND_ABOUT_ME,
    OTHER_PERSON,
    SEALED_BYTES,
)

LATEST_VERSION = len(MIGRATIONS)


def schema_version(connection: Connection) -> int:
    return int(connection.exec_driver_sql("PRAGMA user_version").scalar_one())


def pending_steps(connection: Connection, migrations: Sequence[str] = MIGRATIONS) -> range:
    """The steps still to run; refuses a database newer than this program, changing nothing."""
    current = schema_version(connection)
    if current > len(migrations):
        raise SchemaTooNewError()
    return range(current, len(migrations))


def upgrade(
    connection: Connection,
    migrations: Sequence[str] = MIGRATIONS,
    before_upgrade: Callable[[int], None] | None = None,
) -> int:
    """Bring the schema up to date, each step in its own transaction; returns the version.

    `before_upgrade(current_version)` runs once before the first step on a database that
    already holds a schema, so a backup can be taken first.
    """
    steps = pending_steps(connection, migrations)
    connection.rollback()  # end the read transaction so each step can begin its own
    if steps and steps.start > 0 and before_upgrade is not None:
        before_upgrade(steps.start)
    for step in steps:
        with connection.begin():
            for statement in _statements(migrations[step]):
                connection.execute(text(statement))
            connection.exec_driver_sql(f"PRAGMA user_version = {step + 1}")
    return schema_version(connection)


def _statements(script: str) -> list[str]:
    # Split at semicolons, but keep a trigger's body (which holds its own) in one piece.
    statements: list[str] = []
    pending = ""
    for part in script.split(";"):
        pending += part + ";"
        if complete_statement(pending):
            if pending.strip(" \t\n;"):
                statements.append(pending.strip()[:-1].strip())
            pending = ""
    if pending.strip(" \t\n;"):
        statements.append(pending.strip().rstrip(";").strip())
    return statements
