"""The words a person sees for each choice and section, shared by the wizard and the PDF.

The tables hold English source texts, marked for Qt's lupdate with one translation context per
enum (its class name); `label()` and `section_title()` give them translated."""

from __future__ import annotations

from enum import StrEnum

from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.domain.model import (
    Awareness,
    CheckInMethod,
    CommitmentStatus,
    ContactChannel,
    ContactRole,
    MandateChannel,
    Mandator,
    OtherPerson,
    ProxyBehaviour,
    ProxyDecision,
    ReportedTo,
    ResponseKind,
    Section,
    Situation,
    TopicFit,
)
from workbook.domain.other_person import Voiced

SECTION_TITLES: dict[Section, str] = {
    Section.MANDATED: QT_TRANSLATE_NOOP("Section", "Mandated contact"),
    Section.BOUNDARIES: QT_TRANSLATE_NOOP("Section", "My boundaries"),
    Section.CONTACTS: QT_TRANSLATE_NOOP("Section", "Trusted contacts"),
    Section.BACKUP_PLANS: QT_TRANSLATE_NOOP("Section", "Backup plans"),
    Section.CHECKINS: QT_TRANSLATE_NOOP("Section", "Whereabouts check-ins"),
    Section.PROXIES: QT_TRANSLATE_NOOP("Section", "Suspected proxies"),
    Section.CONTACT_LOG: QT_TRANSLATE_NOOP("Section", "Contact log"),
}

# Pairs, not a dict keyed by the choice: a StrEnum member equals its string value, so
# ContactRole.OTHER, ResponseKind.OTHER and ReportedTo.OTHER ("other") would be one key
# and every one of them would read "Someone else".
_PAIRS: tuple[tuple[StrEnum, str], ...] = (
    (Mandator.COURT, QT_TRANSLATE_NOOP("Mandator", "Court")),
    (Mandator.COUNSELOR, QT_TRANSLATE_NOOP("Mandator", "Counselor")),
    (Mandator.EVALUATOR, QT_TRANSLATE_NOOP("Mandator", "Evaluator")),
    (Mandator.MEDIATOR, QT_TRANSLATE_NOOP("Mandator", "Mediator")),
    (Mandator.GUARDIAN, QT_TRANSLATE_NOOP("Mandator", "Guardian")),
    (Mandator.LAW_ENFORCEMENT, QT_TRANSLATE_NOOP("Mandator", "Law enforcement")),
    (Mandator.OTHER, QT_TRANSLATE_NOOP("Mandator", "Other")),
    (MandateChannel.IN_PERSON, QT_TRANSLATE_NOOP("MandateChannel", "In person")),
    (MandateChannel.VIA_LAWYER, QT_TRANSLATE_NOOP("MandateChannel", "Via lawyer")),
    (MandateChannel.SUPERVISED, QT_TRANSLATE_NOOP("MandateChannel", "Supervised")),
    (MandateChannel.WRITTEN, QT_TRANSLATE_NOOP("MandateChannel", "Written")),
    (MandateChannel.APP, QT_TRANSLATE_NOOP("MandateChannel", "App")),
    (CommitmentStatus.SUGGESTED, QT_TRANSLATE_NOOP("CommitmentStatus", "Not decided yet")),
    (CommitmentStatus.ADOPTED, QT_TRANSLATE_NOOP("CommitmentStatus", "Adopted")),
    (CommitmentStatus.DROPPED, QT_TRANSLATE_NOOP("CommitmentStatus", "Dropped")),
    (ContactRole.CHECK_IN_PARTNER, QT_TRANSLATE_NOOP("ContactRole", "Check-in partner")),
    (ContactRole.EMERGENCY_CONTACT, QT_TRANSLATE_NOOP("ContactRole", "Emergency contact")),
    (ContactRole.LAWYER, QT_TRANSLATE_NOOP("ContactRole", "Lawyer")),
    (ContactRole.ACCOUNTANT, QT_TRANSLATE_NOOP("ContactRole", "Accountant")),
    (ContactRole.ADVOCATE, QT_TRANSLATE_NOOP("ContactRole", "Advocate")),
    (ContactRole.POLICE_CONTACT, QT_TRANSLATE_NOOP("ContactRole", "Police contact")),
    (ContactRole.COLLEAGUE, QT_TRANSLATE_NOOP("ContactRole", "Colleague")),
    (ContactRole.NEIGHBOUR, QT_TRANSLATE_NOOP("ContactRole", "Neighbour")),
    (ContactRole.OTHER, QT_TRANSLATE_NOOP("ContactRole", "Other")),
    (Situation.TURNS_UP, QT_TRANSLATE_NOOP("Situation", "They turn up at home or work", "they")),
    (Situation.THREATS, QT_TRANSLATE_NOOP("Situation", "Threats or blackmail")),
    (Situation.FORCED_MEETING, QT_TRANSLATE_NOOP("Situation", "A forced meeting goes wrong")),
    (Situation.LEAVE_NOW, QT_TRANSLATE_NOOP("Situation", "I must leave now")),
    (Situation.CHILDREN_AT_RISK, QT_TRANSLATE_NOOP("Situation", "The children are at risk")),
    (Situation.PROXIES_HARASS, QT_TRANSLATE_NOOP("Situation", "Proxies harass me")),
    (Situation.ONLINE_STALKING, QT_TRANSLATE_NOOP("Situation", "Online stalking")),
    (Situation.OWN, QT_TRANSLATE_NOOP("Situation", "My own situation")),
    (CheckInMethod.CALL, QT_TRANSLATE_NOOP("CheckInMethod", "Call")),
    (CheckInMethod.TEXT, QT_TRANSLATE_NOOP("CheckInMethod", "Text message")),
    (CheckInMethod.MESSAGE_APP, QT_TRANSLATE_NOOP("CheckInMethod", "Message app")),
    (ProxyBehaviour.SPYING, QT_TRANSLATE_NOOP("ProxyBehaviour", "Spying")),
    (ProxyBehaviour.HARASSING, QT_TRANSLATE_NOOP("ProxyBehaviour", "Harassing")),
    (ProxyBehaviour.PERSUADING, QT_TRANSLATE_NOOP("ProxyBehaviour", "Persuading")),
    (ProxyBehaviour.FLATTERING, QT_TRANSLATE_NOOP("ProxyBehaviour", "Flattering")),
    (ProxyBehaviour.CARRYING_MESSAGES, QT_TRANSLATE_NOOP("ProxyBehaviour", "Carrying messages")),
    (Awareness.UNKNOWN, QT_TRANSLATE_NOOP("Awareness", "Not sure yet")),
    (Awareness.KNOWING, QT_TRANSLATE_NOOP("Awareness", "Knowing")),
    (Awareness.UNWITTING, QT_TRANSLATE_NOOP("Awareness", "Unwitting")),
    (ProxyDecision.UNDECIDED, QT_TRANSLATE_NOOP("ProxyDecision", "Not decided yet")),
    (ProxyDecision.CUT_OFF, QT_TRANSLATE_NOOP("ProxyDecision", "Cut off")),
    (
        ProxyDecision.INFORM_AND_EXPOSE,
        QT_TRANSLATE_NOOP("ProxyDecision", "Inform and show how they are used"),
    ),
    (ProxyDecision.LIMIT, QT_TRANSLATE_NOOP("ProxyDecision", "Limit contact")),
    (ProxyDecision.WATCH, QT_TRANSLATE_NOOP("ProxyDecision", "Watch")),
    (ContactChannel.IN_PERSON, QT_TRANSLATE_NOOP("ContactChannel", "In person")),
    (ContactChannel.PHONE, QT_TRANSLATE_NOOP("ContactChannel", "Phone call")),
    (ContactChannel.TEXT, QT_TRANSLATE_NOOP("ContactChannel", "Text message")),
    (ContactChannel.EMAIL, QT_TRANSLATE_NOOP("ContactChannel", "Email")),
    (ContactChannel.MESSAGE_APP, QT_TRANSLATE_NOOP("ContactChannel", "Message app")),
    (ContactChannel.SOCIAL_MEDIA, QT_TRANSLATE_NOOP("ContactChannel", "Social media")),
    (ContactChannel.LETTER, QT_TRANSLATE_NOOP("ContactChannel", "Letter")),
    (ContactChannel.GIFT, QT_TRANSLATE_NOOP("ContactChannel", "Gift")),
    (ContactChannel.VIA_THIRD_PARTY, QT_TRANSLATE_NOOP("ContactChannel", "Through someone else")),
    (ContactChannel.OTHER, QT_TRANSLATE_NOOP("ContactChannel", "Other")),
    (ResponseKind.NO_RESPONSE, QT_TRANSLATE_NOOP("ResponseKind", "No response")),
    (ResponseKind.FIRM_SENTENCE, QT_TRANSLATE_NOOP("ResponseKind", "My firm sentence")),
    (ResponseKind.FORWARDED_TO_LAWYER, QT_TRANSLATE_NOOP("ResponseKind", "Forwarded to my lawyer")),
    (
        ResponseKind.MANDATED_REPLY,
        QT_TRANSLATE_NOOP("ResponseKind", "Replied as the order requires"),
    ),
    (ResponseKind.OTHER, QT_TRANSLATE_NOOP("ResponseKind", "Other")),
    (ReportedTo.POLICE, QT_TRANSLATE_NOOP("ReportedTo", "The police")),
    (ReportedTo.LAWYER, QT_TRANSLATE_NOOP("ReportedTo", "My lawyer")),
    (ReportedTo.OTHER, QT_TRANSLATE_NOOP("ReportedTo", "Someone else")),
    (TopicFit.NOT_SURE, QT_TRANSLATE_NOOP("TopicFit", "Not sure")),
    (TopicFit.YES, QT_TRANSLATE_NOOP("TopicFit", "Yes")),
    (TopicFit.NO, QT_TRANSLATE_NOOP("TopicFit", "No")),
    (OtherPerson.HE, QT_TRANSLATE_NOOP("OtherPerson", "Him (he)")),
    (OtherPerson.SHE, QT_TRANSLATE_NOOP("OtherPerson", "Her (she)")),
    (OtherPerson.THEY, QT_TRANSLATE_NOOP("OtherPerson", "Them (they)")),
    (OtherPerson.NAME, QT_TRANSLATE_NOOP("OtherPerson", "A name I choose")),
)
LABELS: dict[tuple[type[StrEnum], StrEnum], str] = {(type(k), k): v for k, v in _PAIRS}

# Choices whose words speak of the other person: each variant (domain/other_person.py). The
# table above holds their neutral variant.
VOICED: dict[tuple[type[StrEnum], StrEnum], Voiced] = {
    (Situation, Situation.TURNS_UP): Voiced(
        "Situation",
        QT_TRANSLATE_NOOP("Situation", "He turns up at home or work", "he"),
        QT_TRANSLATE_NOOP("Situation", "She turns up at home or work", "she"),
        QT_TRANSLATE_NOOP("Situation", "They turn up at home or work", "they"),
        QT_TRANSLATE_NOOP("Situation", "{name} turns up at home or work", "name"),
    ),
}


def label(value: StrEnum) -> str:
    """The words for one choice, in the person's language (and the plan's way of speaking of
    the other person)."""
    voiced = VOICED.get((type(value), value))
    if voiced is not None:
        return voiced.text()
    return tr(type(value).__name__, LABELS[(type(value), value)])


def section_title(section: Section) -> str:
    """A section's title, in the person's language."""
    return tr("Section", SECTION_TITLES[section])
