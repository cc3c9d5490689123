"""What the overview shows, read with plain SQL: the counts behind the completeness hints
(domain/completeness.py), the next review date and when each section last changed.

The overview shows them on every start; counting in SQL means a plan of thousands of records
is not loaded record by record just to say which sections look complete, and plain SQL text
costs SQLAlchemy no statement compilation while the person waits for the first window.
tests/test_summary.py checks these counts against the records themselves.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from workbook.domain.completeness import PlanFacts, PlanSummary
from workbook.domain.model import CommitmentStatus, ContactRole, ProxyDecision, Section
from workbook.storage.tables import parse_date, parse_datetime

# Every character str.isspace() accepts (what str.strip() removes), so "blank" means the same
# here as in the domain's validators; tests/storage/test_summary.py keeps the list exact.
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)

_FACTS_SQL = """
SELECT
  (SELECT count(*) FROM obligations) AS obligations,
  (SELECT count(*) FROM obligations WHERE handled_by_id IS NULL)
    AS obligations_without_handler,
  (SELECT count(*) FROM obligations WHERE trim(requirement, :ws) = '')
    AS obligations_without_requirement,
  (SELECT count(*) FROM commitments) AS commitments,
  (SELECT count(*) FROM commitments WHERE status = :adopted) AS commitments_adopted,
  (SELECT count(*) FROM commitments WHERE status = :suggested) AS commitments_suggested,
  coalesce((SELECT trim(firm_sentence, :ws) != '' FROM plan_info), 0) AS has_firm_sentence,
  coalesce((SELECT trim(third_party_reply, :ws) != '' FROM plan_info), 0)
    AS has_third_party_reply,
  coalesce((SELECT trim(gift_return, :ws) != '' FROM plan_info), 0) AS has_gift_return,
  (SELECT count(*) FROM contacts) AS contacts,
  EXISTS (SELECT 1 FROM contacts AS c, json_each(c.roles) AS r WHERE r.value = :partner)
    AS has_check_in_partner_role,
  EXISTS (SELECT 1 FROM contacts AS c, json_each(c.roles) AS r WHERE r.value = :emergency)
    AS has_emergency_contact_role,
  (SELECT count(*) FROM contacts WHERE json_array_length(phones) = 0 AND trim(email, :ws) = '')
    AS contacts_unreachable,
  (SELECT count(*) FROM backup_plans) AS backup_plans,
  (SELECT count(*) FROM backup_plans WHERE json_array_length(steps) = 0)
    AS backup_plans_without_steps,
  (SELECT count(*) FROM backup_plans AS p
    WHERE NOT EXISTS (SELECT 1 FROM backup_plan_contacts AS l WHERE l.plan_id = p.id))
    AS backup_plans_without_contacts,
  (SELECT count(*) FROM checkin_agreements) AS agreements,
  (SELECT count(*) FROM checkin_agreements WHERE partner_id IS NOT NULL)
    AS agreements_with_partner,
  (SELECT count(*) FROM checkin_agreements WHERE trim(danger_code_word, :ws) = '')
    AS agreements_without_code_word,
  (SELECT count(*) FROM checkin_agreements WHERE json_array_length(escalation_steps) = 0)
    AS agreements_without_escalation,
  (SELECT count(*) FROM checkin_log) AS checkins_logged,
  (SELECT count(*) FROM proxies) AS proxies,
  (SELECT count(*) FROM proxies WHERE decision = :undecided) AS proxies_undecided,
  (SELECT count(*) FROM contact_log) AS contact_log
"""

_PARAMETERS = {
    "ws": WHITESPACE,
    "adopted": CommitmentStatus.ADOPTED.value,
    "suggested": CommitmentStatus.SUGGESTED.value,
    "partner": ContactRole.CHECK_IN_PARTNER.value,
    "emergency": ContactRole.EMERGENCY_CONTACT.value,
    "undecided": ProxyDecision.UNDECIDED.value,
}


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
    row = connection.exec_driver_sql(_FACTS_SQL, _PARAMETERS).one()._mapping
    values: dict[str, Any] = {
        name: bool(row[name]) if name in _YES_NO else int(row[name]) for name in _NAMES
    }
    return PlanFacts(**values)


_NAMES = [item.name for item in fields(PlanFacts)]
_YES_NO = {item.name for item in fields(PlanFacts) if isinstance(item.default, bool)}
