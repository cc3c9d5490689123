"""Suggestions drawn from the method (PRODUCT.md §2), so a frightened person never starts from
a blank page.

* The No Contact commitments, offered on the boundaries page to adopt, rewrite or drop.
  Keys are stable so that a suggestion is offered once, whatever the user later does with
  its text.
* Example sentences to pick from for the firm sentence, the reply to people who pass on
  messages, and how gifts go back.
* For each backup-plan situation, warning signs and steps in order. The person adopts the
  ones that fit (they go into the plan's own fields, where they can be rewritten) and
  leaves the others; nothing is added without their choice.

Every text is English source text marked for Qt's translation tools.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.domain.model import BoundaryCommitment, CommitmentStatus, Situation

SUGGESTED_COMMITMENTS: tuple[tuple[str, str], ...] = (
    (
        "keep-mandated",
        QT_TRANSLATE_NOOP(
            "Suggestions",
            "I keep exactly the contact that a court or official requires: never less, never "
            "more. If a ruling needs to change, I ask through the proper channels.",
        ),
    ),
    (
        "no-replies",
        QT_TRANSLATE_NOOP(
            "Suggestions",
            "I do not answer his messages, whatever their tone: pleading, romantic, nostalgic, "
            "flattering or threatening.",
        ),
    ),
    ("return-gifts", QT_TRANSLATE_NOOP("Suggestions", "I return his gifts unopened.")),
    (
        "no-entry",
        QT_TRANSLATE_NOOP(
            "Suggestions", "I do not let him in, and I do not answer the intercom when it is him."
        ),
    ),
    (
        "no-phone",
        QT_TRANSLATE_NOOP(
            "Suggestions",
            "I do not talk with him on the phone. If I hear his voice, I say my one firm "
            "sentence and hang up.",
        ),
    ),
    (
        "no-visits",
        QT_TRANSLATE_NOOP(
            "Suggestions",
            "No letters and no visits: not on birthdays or holidays, and not in a hospital.",
        ),
    ),
    (
        "no-third-party",
        QT_TRANSLATE_NOOP(
            "Suggestions", "I do not answer requests he passes on through other people."
        ),
    ),
    (
        "ask-nothing",
        QT_TRANSLATE_NOOP("Suggestions", "I do not ask him for anything, even when I am in need."),
    ),
    (
        "forced-meeting",
        QT_TRANSLATE_NOOP(
            "Suggestions",
            "When a meeting cannot be avoided, I keep to the agenda: no personal matters (mine "
            "or his), no closeness, no going back to shared memories.",
        ),
    ),
    (
        "professionals",
        QT_TRANSLATE_NOOP(
            "Suggestions",
            "Wherever I can, I leave unavoidable contact to a professional: my lawyer, an "
            "accountant or a mediator.",
        ),
    ),
    (
        "children",
        QT_TRANSLATE_NOOP(
            "Suggestions", "I do not discuss him with the children, and I do not gossip about him."
        ),
    ),
    (
        "no-secrecy",
        QT_TRANSLATE_NOOP(
            "Suggestions",
            "I write down what happens and tell the people who should know. At the first "
            "transgression I act fully; I do not wait for a second.",
        ),
    ),
    (
        "consistent",
        QT_TRANSLATE_NOOP(
            "Suggestions",
            "I stay firm, polite and consistent: no negotiating, no giving in to pressure, no "
            "saying one thing and doing another.",
        ),
    ),
)


def suggested_commitments() -> list[BoundaryCommitment]:
    """Fresh, undecided copies of every suggestion, in the order of the method."""
    return [
        BoundaryCommitment(text=text, status=CommitmentStatus.SUGGESTED, suggestion_key=key)
        for key, text in SUGGESTED_COMMITMENTS
    ]


# -- example sentences for the boundaries page's own words ------------------------------

FIRM_SENTENCE_EXAMPLES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Suggestions", "I will not talk with you. Goodbye."),
    QT_TRANSLATE_NOOP("Suggestions", "I have nothing more to say to you. I am hanging up now."),
    QT_TRANSLATE_NOOP("Suggestions", "I am not discussing this. Please contact my lawyer."),
    QT_TRANSLATE_NOOP("Suggestions", "All contact goes through my lawyer. Goodbye."),
)

THIRD_PARTY_REPLY_EXAMPLES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "Suggestions", "I don't talk about him, and I won't pass on any messages. Thank you."
    ),
    QT_TRANSLATE_NOOP(
        "Suggestions",
        "Please don't bring me messages from him. If it is about the children, he can "
        "contact my lawyer.",
    ),
)

GIFT_RETURN_EXAMPLES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Suggestions", "Unopened, by post to his lawyer, with no note."),
    QT_TRANSLATE_NOOP(
        "Suggestions", "Unopened, handed back through a friend he does not know, with no note."
    ),
)

STATEMENT_EXAMPLES: dict[str, tuple[str, ...]] = {
    "firm_sentence": FIRM_SENTENCE_EXAMPLES,
    "third_party_reply": THIRD_PARTY_REPLY_EXAMPLES,
    "gift_return": GIFT_RETURN_EXAMPLES,
}


# -- backup plans: warning signs and steps for each situation ---------------------------


@dataclass(frozen=True)
class SituationSuggestions:
    """What to offer for one situation: a one-line explanation, warning signs, and steps in
    the order they are taken."""

    explanation: str
    warning_signs: tuple[str, ...]
    steps: tuple[str, ...]


_DANGER_STEP = QT_TRANSLATE_NOOP(
    "Suggestions", "If I am in danger, call the emergency number at once."
)
_LOG_STEP = QT_TRANSLATE_NOOP(
    "Suggestions", "Write down what happened, with the time, in the contact log."
)
_PARTNER_STEP = QT_TRANSLATE_NOOP(
    "Suggestions", "Call my check-in partner and tell them where I am and how I am."
)

SITUATION_SUGGESTIONS: dict[Situation, SituationSuggestions] = {
    Situation.TURNS_UP: SituationSuggestions(
        explanation=QT_TRANSLATE_NOOP(
            "Suggestions", "He comes to my door, my workplace, or somewhere he knows I go."
        ),
        warning_signs=(
            QT_TRANSLATE_NOOP(
                "Suggestions", "He says he is “in the area” or wants to “just talk for a minute”."
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions", "His car, or someone close to him, is seen near my home or work."
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions", "His messages mention where I live, where I work or where I go."
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "Someone mentions that he asked about my routine or my new address.",
            ),
        ),
        steps=(
            QT_TRANSLATE_NOOP("Suggestions", "Do not open the door; do not answer the intercom."),
            QT_TRANSLATE_NOOP(
                "Suggestions", "Stay inside, away from the door, in a room I can lock."
            ),
            _DANGER_STEP,
            _PARTNER_STEP,
            QT_TRANSLATE_NOOP(
                "Suggestions", "At work, ask reception or security not to let him in."
            ),
            _LOG_STEP,
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "Tell my lawyer. If a protective order forbids this, report it to the police.",
            ),
        ),
    ),
    Situation.THREATS: SituationSuggestions(
        explanation=QT_TRANSLATE_NOOP(
            "Suggestions",
            "He threatens me, the children or himself, or tries to force me with secrets.",
        ),
        warning_signs=(
            QT_TRANSLATE_NOOP("Suggestions", "He hints at “consequences” if I do not answer him."),
            QT_TRANSLATE_NOOP(
                "Suggestions", "He threatens to share private photos, messages or secrets."
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "He threatens to take the children, or to harm himself, me or someone I love.",
            ),
            QT_TRANSLATE_NOOP("Suggestions", "His messages come more often, or grow angrier."),
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Suggestions", "Do not answer, do not negotiate, and do not give in."
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions", "Keep the message: take a screenshot that shows the date and time."
            ),
            _LOG_STEP,
            QT_TRANSLATE_NOOP(
                "Suggestions", "Tell the people who should know: my lawyer and my check-in partner."
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions", "Report the threat to the police and note the incident number."
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "If he threatens to harm someone now, call the emergency number at once.",
            ),
        ),
    ),
    Situation.FORCED_MEETING: SituationSuggestions(
        explanation=QT_TRANSLATE_NOOP(
            "Suggestions",
            "A meeting I cannot avoid (a handover, mediation, a hearing) starts to go wrong.",
        ),
        warning_signs=(
            QT_TRANSLATE_NOOP(
                "Suggestions", "He arrives early, late, or with someone he did not announce."
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "He brings up personal matters, shared memories or our relationship.",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions", "He raises his voice, blocks my way or will not let me leave."
            ),
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Suggestions", "Keep to the agenda: no personal matters, no shared memories."
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions", "Say one short, firm sentence that the meeting is over, and leave."
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "Go to the professional who is there (mediator, supervisor, lawyer) or to a "
                "public place.",
            ),
            _DANGER_STEP,
            _PARTNER_STEP,
            _LOG_STEP,
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "Ask my lawyer whether future meetings can be supervised or left to professionals.",
            ),
        ),
    ),
    Situation.LEAVE_NOW: SituationSuggestions(
        explanation=QT_TRANSLATE_NOOP(
            "Suggestions", "I have to get out of where I am, quickly and safely."
        ),
        warning_signs=(
            QT_TRANSLATE_NOOP(
                "Suggestions", "Threats against my life, or violence that is getting worse."
            ),
            QT_TRANSLATE_NOOP("Suggestions", "He has found out where I am, or he is on his way."),
            QT_TRANSLATE_NOOP("Suggestions", "My instinct tells me I am not safe here."),
        ),
        steps=(
            _DANGER_STEP,
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "Take the children and the bag I packed in advance, if it is safe to do so.",
            ),
            QT_TRANSLATE_NOOP("Suggestions", "Go to my safe place."),
            _PARTNER_STEP,
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "Call a domestic-abuse helpline if I need a shelter place for tonight.",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "Once I am safe, write down what happened, with the time, in the contact log, "
                "and tell my lawyer.",
            ),
        ),
    ),
    Situation.CHILDREN_AT_RISK: SituationSuggestions(
        explanation=QT_TRANSLATE_NOOP(
            "Suggestions", "Something during his time with the children puts them in danger."
        ),
        warning_signs=(
            QT_TRANSLATE_NOOP(
                "Suggestions", "The children come back frightened, withdrawn or hurt."
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "He questions the children about me, or uses them to carry messages.",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions", "He does not bring the children back at the agreed time."
            ),
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Suggestions", "If a child is in danger now, call the emergency number at once."
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions", "Keep exactly to what the court orders; do not break them."
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "Listen to the children and reassure them; do not discuss him with them.",
            ),
            _LOG_STEP,
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "Call my lawyer: rulings change only through the proper channels.",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "Tell the professionals involved (guardian, school, child services) what I saw.",
            ),
        ),
    ),
    Situation.PROXIES_HARASS: SituationSuggestions(
        explanation=QT_TRANSLATE_NOOP(
            "Suggestions",
            "People he sends, or who speak for him, keep pressing, watching or persuading me.",
        ),
        warning_signs=(
            QT_TRANSLATE_NOOP(
                "Suggestions", "Friends or relatives pass on messages or requests from him."
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "Someone asks unusual questions about where I live, my plans or my new life.",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions", "People repeat things that only he could have told them."
            ),
        ),
        steps=(
            QT_TRANSLATE_NOOP("Suggestions", "Do not answer requests passed on by other people."),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "Say my sentence for people who pass on messages, and end the conversation.",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "Cut off those who knowingly spy for him; tell the unwitting ones how they are "
                "being used.",
            ),
            QT_TRANSLATE_NOOP("Suggestions", "Note the person on the suspected proxies page."),
            _LOG_STEP,
        ),
    ),
    Situation.ONLINE_STALKING: SituationSuggestions(
        explanation=QT_TRANSLATE_NOOP(
            "Suggestions",
            "He follows, watches or contacts me online, or gets into my accounts.",
        ),
        warning_signs=(
            QT_TRANSLATE_NOOP("Suggestions", "He knows things I only wrote or did online."),
            QT_TRANSLATE_NOOP(
                "Suggestions", "New or unknown accounts follow me or send me messages."
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions", "My accounts show sign-ins or changes I did not make."
            ),
        ),
        steps=(
            QT_TRANSLATE_NOOP("Suggestions", "Do not answer, from any account."),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "Take screenshots that show the date and time before blocking or reporting.",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "Change my passwords from a device he has never touched, and turn on two-step "
                "sign-in.",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "Make my profiles private and check which apps can see my location.",
            ),
            _LOG_STEP,
            QT_TRANSLATE_NOOP(
                "Suggestions", "Tell my lawyer, and report threats or harassment to the police."
            ),
        ),
    ),
    Situation.OWN: SituationSuggestions(
        explanation=QT_TRANSLATE_NOOP(
            "Suggestions", "Something else that worries me; I describe it in my own words."
        ),
        warning_signs=(),
        steps=(
            _DANGER_STEP,
            QT_TRANSLATE_NOOP(
                "Suggestions", "Say one short, firm sentence, then hang up or leave."
            ),
            _PARTNER_STEP,
            _LOG_STEP,
            QT_TRANSLATE_NOOP("Suggestions", "Tell the people who should know, such as my lawyer."),
        ),
    ),
}


def situation_suggestions(situation: Situation) -> SituationSuggestions:
    return SITUATION_SUGGESTIONS[situation]


def adopt_step(steps: list[str], suggestions: tuple[str, ...], text: str) -> list[str]:
    """`steps` with the suggested step `text` added where the method's order puts it: before
    the first later suggestion already adopted, else at the end. Steps the person wrote
    themselves keep their places."""
    if text in steps:
        return list(steps)
    later = set(suggestions[suggestions.index(text) + 1 :]) if text in suggestions else set()
    result = list(steps)
    for index, step in enumerate(result):
        if step in later:
            result.insert(index, text)
            return result
    result.append(text)
    return result


def adopt_line(text_block: str, line: str) -> str:
    """`text_block` with `line` added as a line of its own (once)."""
    lines = text_block.splitlines()
    if line in (existing.strip() for existing in lines):
        return text_block
    stripped = text_block.rstrip("\n")
    return f"{stripped}\n{line}" if stripped else line


def drop_line(text_block: str, line: str) -> str:
    """`text_block` without the lines that are exactly `line` (an edited line stays)."""
    return "\n".join(existing for existing in text_block.splitlines() if existing.strip() != line)
