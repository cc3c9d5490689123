"""Which records point at which, so that removing one never leaves a reference dangling."""

from __future__ import annotations

from dataclasses import dataclass

from workbook.domain.model import (
    BackupPlan,
    CheckInAgreement,
    CheckInLogEntry,
    ContactLogEntry,
    MandatedObligation,
    Plan,
    Record,
    SuspectedProxy,
    TrustedContact,
)


@dataclass(frozen=True)
class Reference:
    """`holder` points at the target through its field `field_name`."""

    holder: Record
    field_name: str


# (holder type, field, target type, field holds a list of ids)
REFERENCE_FIELDS: tuple[tuple[type[Record], str, type[Record], bool], ...] = (
    (MandatedObligation, "handled_by_id", TrustedContact, False),
    (BackupPlan, "contact_ids", TrustedContact, True),
    (CheckInAgreement, "partner_id", TrustedContact, False),
    (CheckInAgreement, "around_obligation_id", MandatedObligation, False),
    (CheckInLogEntry, "agreement_id", CheckInAgreement, False),
    (ContactLogEntry, "proxy_id", SuspectedProxy, False),
    (ContactLogEntry, "obligation_id", MandatedObligation, False),
    (ContactLogEntry, "corrects_id", ContactLogEntry, False),  # a correction, a withdrawal
)


def references_to(plan: Plan, kind: type[Record], record_id: str) -> list[Reference]:
    """Every record in `plan` that points at the record `record_id` of type `kind`."""
    found: list[Reference] = []
    for holder_kind, field_name, target_kind, is_list in REFERENCE_FIELDS:
        if target_kind is not kind:
            continue
        for holder in plan.records_of(holder_kind):
            value = getattr(holder, field_name)
            if (is_list and record_id in value) or (not is_list and value == record_id):
                found.append(Reference(holder, field_name))
    return found


def detach(reference: Reference, record_id: str) -> None:
    """Make the holder stop pointing at `record_id` (None for a single id, removed from a list)."""
    value = getattr(reference.holder, reference.field_name)
    if isinstance(value, list):
        setattr(reference.holder, reference.field_name, [v for v in value if v != record_id])
    else:
        setattr(reference.holder, reference.field_name, None)


def dangling_references(plan: Plan) -> list[tuple[Reference, str]]:
    """References to records that do not exist, with the id that is missing."""
    missing: list[tuple[Reference, str]] = []
    for holder_kind, field_name, target_kind, is_list in REFERENCE_FIELDS:
        known = plan.ids_of(target_kind)
        for holder in plan.records_of(holder_kind):
            value = getattr(holder, field_name)
            ids: list[str] = list(value) if is_list else ([] if value is None else [value])
            missing.extend((Reference(holder, field_name), i) for i in ids if i not in known)
    return missing
