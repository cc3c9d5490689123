"""Hypothesis strategies shared by the tests: valid plans with references between records and
hostile text everywhere. All fictional."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from hypothesis import strategies as st

from workbook.domain import model
from workbook.domain.model import (
    BackupPlan,
    BoundaryCommitment,
    CheckInAgreement,
    CheckInLogEntry,
    ContactLogEntry,
    MandatedObligation,
    PersonalStatements,
    Plan,
    Section,
    SuspectedProxy,
    TrustedContact,
)

# Text that has broken naive exporters: quotes, escapes, markup, bidi controls, JSON inside
# JSON, separators JavaScript treats as line ends, combining marks, astral-plane emoji.
HOSTILE = (
    '"',
    "\\",
    '\\"',
    "\\u0041",
    '{"format": "workbook-plan"}',
    "</script><script>alert(1)</script>",
    "\u202eevil\u202c",
    "line\u2028separator\u2029paragraph",
    "Z\u0351\u0352\u0353algo",
    "👩‍👧‍👦🔑",
    "null",
    "tab\there\r\nwindows line",
    "اللغة العربية",
    "\ufeffbom inside",
    " ",
)
CONTROL = {chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F)}
_texts = st.one_of(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters=CONTROL),
        max_size=60,
    ),
    st.sampled_from(HOSTILE),
)
_names = _texts.filter(lambda s: bool(s.strip()))
_ids = st.uuids().map(lambda u: u.hex)
_dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31))
_moments = st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2099, 12, 31))
_phones = st.from_regex(r"\+?1 555 01[0-9]{2}( x[0-9]{1,3})?", fullmatch=True)
_emails = st.one_of(
    st.just(""), st.from_regex(r"[a-z]{1,12}\.[a-z]{1,12}@example\.org", fullmatch=True)
)


def _enum_list(kind: Any) -> st.SearchStrategy[list[Any]]:
    return st.lists(st.sampled_from(list(kind)), unique=True, max_size=4)


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    """Valid plans with references between records and hostile text everywhere."""
    contacts = draw(
        st.lists(
            st.builds(
                TrustedContact,
                name=_names,
                relationship=_texts,
                roles=_enum_list(model.ContactRole),
                phones=st.lists(_phones, max_size=3),
                email=_emails,
                knows_situation=st.booleans(),
                code_word=_texts,
                best_times=_texts,
                notes=_texts,
                id=_ids,
            ),
            max_size=4,
            unique_by=lambda c: c.id,
        )
    )
    contact_id = st.none() | st.sampled_from([c.id for c in contacts]) if contacts else st.none()
    some_contacts = (
        st.lists(st.sampled_from([c.id for c in contacts]), unique=True)
        if contacts
        else st.just([])
    )

    def obligation(dates: tuple[date | None, date | None]) -> st.SearchStrategy[Any]:
        return st.builds(
            MandatedObligation,
            mandated_by=st.sampled_from(list(model.Mandator)),
            mandated_by_name=_texts,
            reference=_texts,
            requirement=_texts,
            schedule=_texts,
            location=_texts,
            channel=st.sampled_from(list(model.MandateChannel)),
            topics_allowed=_texts,
            handled_by_id=contact_id,
            start_date=st.just(dates[0]),
            end_date=st.just(dates[1]),
            review_date=st.none() | _dates,
            notes=_texts,
            id=_ids,
        )

    def ordered(pair: tuple[date | None, date | None]) -> tuple[date | None, date | None]:
        start, end = pair
        if start is not None and end is not None and end < start:
            return end, start
        return pair

    obligations = draw(
        st.lists(
            st.tuples(st.none() | _dates, st.none() | _dates).map(ordered).flatmap(obligation),
            max_size=3,
        )
    )
    commitments = draw(
        st.lists(
            st.builds(
                BoundaryCommitment,
                text=_names,
                status=st.sampled_from(list(model.CommitmentStatus)),
                suggestion_key=st.none() | st.from_regex(r"[a-z-]{1,20}", fullmatch=True),
                notes=_texts,
                id=_ids,
            ),
            max_size=3,
        )
    )
    backup_plans = draw(
        st.lists(
            st.builds(
                BackupPlan,
                situation=st.sampled_from(
                    [s for s in model.Situation if s is not model.Situation.OWN]
                ),
                title=_texts,
                warning_signs=_texts,
                steps=st.lists(_texts, max_size=4),
                contact_ids=some_contacts,
                safe_places=_texts,
                what_to_take=_texts,
                emergency_numbers=_texts,
                protective_order=_texts,
                id=_ids,
            ),
            max_size=3,
        )
    )
    agreements = draw(
        st.lists(
            st.builds(
                CheckInAgreement,
                partner_id=contact_id,
                schedule=_texts,
                method=st.sampled_from(list(model.CheckInMethod)),
                grace_minutes=st.integers(1, 7 * 24 * 60),
                escalation_steps=st.lists(_texts, max_size=4),
                danger_code_word=_texts,
                notes=_texts,
                id=_ids,
            ),
            max_size=2,
        )
    )
    agreement_id = (
        st.none() | st.sampled_from([a.id for a in agreements]) if agreements else st.none()
    )
    checkins = draw(
        st.lists(
            st.builds(
                CheckInLogEntry, at=_moments, agreement_id=agreement_id, note=_texts, id=_ids
            ),
            max_size=3,
        )
    )
    proxies = draw(
        st.lists(
            st.builds(
                SuspectedProxy,
                name=_names,
                connection_to_him=_texts,
                connection_to_me=_texts,
                behaviours=_enum_list(model.ProxyBehaviour),
                what_they_did=_texts,
                dates_and_evidence=_texts,
                awareness=st.sampled_from(list(model.Awareness)),
                decision=st.sampled_from(list(model.ProxyDecision)),
                done_on=st.none() | _dates,
                notes=_texts,
                id=_ids,
            ),
            max_size=2,
        )
    )
    proxy_id = st.none() | st.sampled_from([p.id for p in proxies]) if proxies else st.none()
    obligation_id = (
        st.none() | st.sampled_from([o.id for o in obligations]) if obligations else st.none()
    )
    contact_log = draw(
        st.lists(
            st.builds(
                ContactLogEntry,
                occurred_at=_moments,
                proxy_id=proxy_id,
                channel=st.sampled_from(list(model.ContactChannel)),
                what_happened=_texts,
                response=st.sampled_from(list(model.ResponseKind)),
                response_detail=_texts,
                evidence_ref=_texts,
                obligation_id=obligation_id,
                id=_ids,
            ),
            max_size=3,
        )
    )
    return Plan(
        obligations=obligations,
        commitments=commitments,
        statements=draw(
            st.builds(
                PersonalStatements,
                firm_sentence=_texts,
                third_party_reply=_texts,
                gift_return=_texts,
            )
        ),
        contacts=contacts,
        backup_plans=backup_plans,
        checkin_agreements=agreements,
        checkin_log=checkins,
        proxies=proxies,
        contact_log=contact_log,
        created_at=draw(_moments),
        next_review=draw(st.none() | _dates),
        section_changed=draw(st.dictionaries(st.sampled_from(list(Section)), _moments)),
    )
