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

Every text is English source text marked for Qt's translation tools. A text that speaks of
the other person is a `Voiced` set of whole sentences, one per way the workbook may speak of
them (domain/other_person.py). The functions below give the texts as the person reads them:
translated, in the plan's voice (`say`); a suggestion adopted into the plan is copied in those
words, and is the person's own text from then on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.domain.model import BoundaryCommitment, CommitmentStatus, OtherPerson, Situation
from workbook.domain.other_person import Voice, Voiced, current_voice

_CONTEXT = "Suggestions"
# A suggestion's text: plain English source text, or one that speaks of the other person.
Text = str | Voiced


def say(text: Text) -> str:
    """A suggestion as the person reads it: translated, and in the plan's voice."""
    return text.text() if isinstance(text, Voiced) else tr(_CONTEXT, text)


SUGGESTED_COMMITMENTS: tuple[tuple[str, Text], ...] = (
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
        Voiced(
            "Suggestions",
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "I do not answer his messages, whatever their tone: pleading, romantic, "
                "nostalgic, flattering or threatening.",
                "he",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "I do not answer her messages, whatever their tone: pleading, romantic, "
                "nostalgic, flattering or threatening.",
                "she",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "I do not answer the other person's messages, whatever their tone: "
                "pleading, romantic, nostalgic, flattering or threatening.",
                "they",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "I do not answer {name}'s messages, whatever their tone: pleading, "
                "romantic, nostalgic, flattering or threatening.",
                "name",
            ),
        ),
    ),
    (
        "return-gifts",
        Voiced(
            "Suggestions",
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "I return his gifts unopened.",
                "he",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "I return her gifts unopened.",
                "she",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "I return the other person's gifts unopened.",
                "they",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "I return {name}'s gifts unopened.",
                "name",
            ),
        ),
    ),
    (
        "no-entry",
        Voiced(
            "Suggestions",
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "I do not let him in, and I do not answer the intercom when it is him.",
                "he",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "I do not let her in, and I do not answer the intercom when it is her.",
                "she",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "I do not let the other person in, and I do not answer the intercom when "
                "it is them.",
                "they",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "I do not let {name} in, and I do not answer the intercom when it is {name}.",
                "name",
            ),
        ),
    ),
    (
        "no-phone",
        Voiced(
            "Suggestions",
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "I do not talk with him on the phone. If I hear his voice, I say my one "
                "firm sentence and hang up.",
                "he",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "I do not talk with her on the phone. If I hear her voice, I say my one "
                "firm sentence and hang up.",
                "she",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "I do not talk with the other person on the phone. If I hear their voice, "
                "I say my one firm sentence and hang up.",
                "they",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "I do not talk with {name} on the phone. If I hear {name}'s voice, I say "
                "my one firm sentence and hang up.",
                "name",
            ),
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
        Voiced(
            "Suggestions",
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "I do not answer requests he passes on through other people.",
                "he",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "I do not answer requests she passes on through other people.",
                "she",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "I do not answer requests the other person passes on through other people.",
                "they",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "I do not answer requests {name} passes on through other people.",
                "name",
            ),
        ),
    ),
    (
        "ask-nothing",
        Voiced(
            "Suggestions",
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "I do not ask him for anything, even when I am in need.",
                "he",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "I do not ask her for anything, even when I am in need.",
                "she",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "I do not ask the other person for anything, even when I am in need.",
                "they",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "I do not ask {name} for anything, even when I am in need.",
                "name",
            ),
        ),
    ),
    (
        "forced-meeting",
        Voiced(
            "Suggestions",
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "When a meeting cannot be avoided, I keep to the agenda: no personal "
                "matters (mine or his), no closeness, no going back to shared memories.",
                "he",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "When a meeting cannot be avoided, I keep to the agenda: no personal "
                "matters (mine or hers), no closeness, no going back to shared memories.",
                "she",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "When a meeting cannot be avoided, I keep to the agenda: no personal "
                "matters (mine or theirs), no closeness, no going back to shared memories.",
                "they",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "When a meeting cannot be avoided, I keep to the agenda: no personal "
                "matters (mine or {name}'s), no closeness, no going back to shared "
                "memories.",
                "name",
            ),
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
        Voiced(
            "Suggestions",
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "I do not discuss him with the children, and I do not gossip about him.",
                "he",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "I do not discuss her with the children, and I do not gossip about her.",
                "she",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "I do not discuss the other person with the children, and I do not gossip "
                "about them.",
                "they",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "I do not discuss {name} with the children, and I do not gossip about {name}.",
                "name",
            ),
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


def revoiced(
    commitments: list[BoundaryCommitment], old: Voice, new: Voice
) -> list[BoundaryCommitment]:
    """Copies of the undecided suggested commitments that still hold Workbook's own words, in
    any way of speaking of the other person (`old` gives the name used before), in the words
    of the `new` one (a workbook made before the choice existed spoke only of "him"). A
    commitment the person adopted, dropped or rewrote is theirs, and never changed."""
    texts = dict(SUGGESTED_COMMITMENTS)
    changed = []
    for commitment in commitments:
        text = texts.get(commitment.suggestion_key or "")
        if commitment.status is not CommitmentStatus.SUGGESTED or not isinstance(text, Voiced):
            continue
        before = {text.text(Voice(choice, old.name)) for choice in OtherPerson}
        if commitment.text in before and text.text(new) != commitment.text:
            changed.append(replace(commitment, text=text.text(new)))
    return changed


def suggested_commitments() -> list[BoundaryCommitment]:
    """Fresh, undecided copies of every suggestion, in the order of the method."""
    return [
        BoundaryCommitment(text=say(text), status=CommitmentStatus.SUGGESTED, suggestion_key=key)
        for key, text in SUGGESTED_COMMITMENTS
    ]


# -- example sentences for the boundaries page's own words ------------------------------

FIRM_SENTENCE_EXAMPLES: tuple[Text, ...] = (
    QT_TRANSLATE_NOOP("Suggestions", "I will not talk with you. Goodbye."),
    QT_TRANSLATE_NOOP("Suggestions", "I have nothing more to say to you. I am hanging up now."),
    QT_TRANSLATE_NOOP("Suggestions", "I am not discussing this. Please contact my lawyer."),
    QT_TRANSLATE_NOOP("Suggestions", "All contact goes through my lawyer. Goodbye."),
)

THIRD_PARTY_REPLY_EXAMPLES: tuple[Text, ...] = (
    Voiced(
        "Suggestions",
        QT_TRANSLATE_NOOP(
            "Suggestions",
            "I don't talk about him, and I won't pass on any messages. Thank you.",
            "he",
        ),
        QT_TRANSLATE_NOOP(
            "Suggestions",
            "I don't talk about her, and I won't pass on any messages. Thank you.",
            "she",
        ),
        QT_TRANSLATE_NOOP(
            "Suggestions",
            "I don't talk about them, and I won't pass on any messages. Thank you.",
            "they",
        ),
        QT_TRANSLATE_NOOP(
            "Suggestions",
            "I don't talk about {name}, and I won't pass on any messages. Thank you.",
            "name",
        ),
    ),
    Voiced(
        "Suggestions",
        QT_TRANSLATE_NOOP(
            "Suggestions",
            "Please don't bring me messages from him. If it is about the children, he can "
            "contact my lawyer.",
            "he",
        ),
        QT_TRANSLATE_NOOP(
            "Suggestions",
            "Please don't bring me messages from her. If it is about the children, she can "
            "contact my lawyer.",
            "she",
        ),
        QT_TRANSLATE_NOOP(
            "Suggestions",
            "Please don't bring me messages from them. If it is about the children, they "
            "can contact my lawyer.",
            "they",
        ),
        QT_TRANSLATE_NOOP(
            "Suggestions",
            "Please don't bring me messages from {name}. If it is about the children, "
            "{name} can contact my lawyer.",
            "name",
        ),
    ),
)

GIFT_RETURN_EXAMPLES: tuple[Text, ...] = (
    Voiced(
        "Suggestions",
        QT_TRANSLATE_NOOP(
            "Suggestions",
            "Unopened, by post to his lawyer, with no note.",
            "he",
        ),
        QT_TRANSLATE_NOOP(
            "Suggestions",
            "Unopened, by post to her lawyer, with no note.",
            "she",
        ),
        QT_TRANSLATE_NOOP(
            "Suggestions",
            "Unopened, by post to their lawyer, with no note.",
            "they",
        ),
        QT_TRANSLATE_NOOP(
            "Suggestions",
            "Unopened, by post to {name}'s lawyer, with no note.",
            "name",
        ),
    ),
    Voiced(
        "Suggestions",
        QT_TRANSLATE_NOOP(
            "Suggestions",
            "Unopened, handed back through a friend he does not know, with no note.",
            "he",
        ),
        QT_TRANSLATE_NOOP(
            "Suggestions",
            "Unopened, handed back through a friend she does not know, with no note.",
            "she",
        ),
        QT_TRANSLATE_NOOP(
            "Suggestions",
            "Unopened, handed back through a friend they do not know, with no note.",
            "they",
        ),
        QT_TRANSLATE_NOOP(
            "Suggestions",
            "Unopened, handed back through a friend {name} does not know, with no note.",
            "name",
        ),
    ),
)

STATEMENT_EXAMPLES: dict[str, tuple[Text, ...]] = {
    "firm_sentence": FIRM_SENTENCE_EXAMPLES,
    "third_party_reply": THIRD_PARTY_REPLY_EXAMPLES,
    "gift_return": GIFT_RETURN_EXAMPLES,
}


def statement_examples(name: str) -> tuple[str, ...]:
    """The example sentences for one of the boundaries page's own-words fields, as the
    person reads them."""
    return tuple(say(text) for text in STATEMENT_EXAMPLES.get(name, ()))


# -- backup plans: warning signs and steps for each situation ---------------------------


@dataclass(frozen=True)
class SituationSuggestions:
    """What to offer for one situation: a one-line explanation, warning signs, and steps in
    the order they are taken."""

    explanation: str
    warning_signs: tuple[str, ...]
    steps: tuple[str, ...]


@dataclass(frozen=True)
class _Offer:
    """The same, as written in the table below: English source texts, some of them speaking
    of the other person (`Voiced`)."""

    explanation: Text
    warning_signs: tuple[Text, ...]
    steps: tuple[Text, ...]


_DANGER_STEP = QT_TRANSLATE_NOOP(
    "Suggestions", "If I am in danger, call the emergency number at once."
)
_LOG_STEP = QT_TRANSLATE_NOOP(
    "Suggestions", "Write down what happened, with the time, in the contact log."
)
_PARTNER_STEP = QT_TRANSLATE_NOOP(
    "Suggestions", "Call my check-in partner and tell them where I am and how I am."
)

SITUATION_SUGGESTIONS: dict[Situation, _Offer] = {
    Situation.TURNS_UP: _Offer(
        explanation=Voiced(
            "Suggestions",
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "He comes to my door, my workplace, or somewhere he knows I go.",
                "he",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "She comes to my door, my workplace, or somewhere she knows I go.",
                "she",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "The other person comes to my door, my workplace, or somewhere they know I go.",
                "they",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "{name} comes to my door, my workplace, or somewhere {name} knows I go.",
                "name",
            ),
        ),
        warning_signs=(
            Voiced(
                "Suggestions",
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "He says he is “in the area” or wants to “just talk for a minute”.",
                    "he",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "She says she is “in the area” or wants to “just talk for a minute”.",
                    "she",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "The other person says they are “in the area” or wants to “just talk "
                    "for a minute”.",
                    "they",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "{name} says they are “in the area” or wants to “just talk for a minute”.",
                    "name",
                ),
            ),
            Voiced(
                "Suggestions",
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "His car, or someone close to him, is seen near my home or work.",
                    "he",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "Her car, or someone close to her, is seen near my home or work.",
                    "she",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "The other person's car, or someone close to them, is seen near my "
                    "home or work.",
                    "they",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "{name}'s car, or someone close to {name}, is seen near my home or work.",
                    "name",
                ),
            ),
            Voiced(
                "Suggestions",
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "His messages mention where I live, where I work or where I go.",
                    "he",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "Her messages mention where I live, where I work or where I go.",
                    "she",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "The other person's messages mention where I live, where I work or where I go.",
                    "they",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "{name}'s messages mention where I live, where I work or where I go.",
                    "name",
                ),
            ),
            Voiced(
                "Suggestions",
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "Someone mentions that he asked about my routine or my new address.",
                    "he",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "Someone mentions that she asked about my routine or my new address.",
                    "she",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "Someone mentions that the other person asked about my routine or my "
                    "new address.",
                    "they",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "Someone mentions that {name} asked about my routine or my new address.",
                    "name",
                ),
            ),
        ),
        steps=(
            QT_TRANSLATE_NOOP("Suggestions", "Do not open the door; do not answer the intercom."),
            QT_TRANSLATE_NOOP(
                "Suggestions", "Stay inside, away from the door, in a room I can lock."
            ),
            _DANGER_STEP,
            _PARTNER_STEP,
            Voiced(
                "Suggestions",
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "At work, ask reception or security not to let him in.",
                    "he",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "At work, ask reception or security not to let her in.",
                    "she",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "At work, ask reception or security not to let the other person in.",
                    "they",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "At work, ask reception or security not to let {name} in.",
                    "name",
                ),
            ),
            _LOG_STEP,
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "Tell my lawyer. If a protective order forbids this, report it to the police.",
            ),
        ),
    ),
    Situation.THREATS: _Offer(
        explanation=Voiced(
            "Suggestions",
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "He threatens me, the children or himself, or tries to force me with secrets.",
                "he",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "She threatens me, the children or herself, or tries to force me with secrets.",
                "she",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "The other person threatens me, the children or themselves, or tries to "
                "force me with secrets.",
                "they",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "{name} threatens me, the children or themselves, or tries to force me "
                "with secrets.",
                "name",
            ),
        ),
        warning_signs=(
            Voiced(
                "Suggestions",
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "He hints at “consequences” if I do not answer him.",
                    "he",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "She hints at “consequences” if I do not answer her.",
                    "she",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "The other person hints at “consequences” if I do not answer them.",
                    "they",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "{name} hints at “consequences” if I do not answer.",
                    "name",
                ),
            ),
            Voiced(
                "Suggestions",
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "He threatens to share private photos, messages or secrets.",
                    "he",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "She threatens to share private photos, messages or secrets.",
                    "she",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "The other person threatens to share private photos, messages or secrets.",
                    "they",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "{name} threatens to share private photos, messages or secrets.",
                    "name",
                ),
            ),
            Voiced(
                "Suggestions",
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "He threatens to take the children, or to harm himself, me or someone I love.",
                    "he",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "She threatens to take the children, or to harm herself, me or someone I love.",
                    "she",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "The other person threatens to take the children, or to harm "
                    "themselves, me or someone I love.",
                    "they",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "{name} threatens to take the children, or to harm themselves, me or "
                    "someone I love.",
                    "name",
                ),
            ),
            Voiced(
                "Suggestions",
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "His messages come more often, or grow angrier.",
                    "he",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "Her messages come more often, or grow angrier.",
                    "she",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "The other person's messages come more often, or grow angrier.",
                    "they",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "{name}'s messages come more often, or grow angrier.",
                    "name",
                ),
            ),
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
            Voiced(
                "Suggestions",
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "If he threatens to harm someone now, call the emergency number at once.",
                    "he",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "If she threatens to harm someone now, call the emergency number at once.",
                    "she",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "If the other person threatens to harm someone now, call the emergency "
                    "number at once.",
                    "they",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "If {name} threatens to harm someone now, call the emergency number at once.",
                    "name",
                ),
            ),
        ),
    ),
    Situation.FORCED_MEETING: _Offer(
        explanation=QT_TRANSLATE_NOOP(
            "Suggestions",
            "A meeting I cannot avoid (a handover, mediation, a hearing) starts to go wrong.",
        ),
        warning_signs=(
            Voiced(
                "Suggestions",
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "He arrives early, late, or with someone he did not announce.",
                    "he",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "She arrives early, late, or with someone she did not announce.",
                    "she",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "The other person arrives early, late, or with someone they did not announce.",
                    "they",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "{name} arrives early, late, or with someone {name} did not announce.",
                    "name",
                ),
            ),
            Voiced(
                "Suggestions",
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "He brings up personal matters, shared memories or our relationship.",
                    "he",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "She brings up personal matters, shared memories or our relationship.",
                    "she",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "The other person brings up personal matters, shared memories or our "
                    "relationship.",
                    "they",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "{name} brings up personal matters, shared memories or our relationship.",
                    "name",
                ),
            ),
            Voiced(
                "Suggestions",
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "He raises his voice, blocks my way or will not let me leave.",
                    "he",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "She raises her voice, blocks my way or will not let me leave.",
                    "she",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "The other person raises their voice, blocks my way or will not let me leave.",
                    "they",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "{name} raises their voice, blocks my way or will not let me leave.",
                    "name",
                ),
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
    Situation.LEAVE_NOW: _Offer(
        explanation=QT_TRANSLATE_NOOP(
            "Suggestions", "I have to get out of where I am, quickly and safely."
        ),
        warning_signs=(
            QT_TRANSLATE_NOOP(
                "Suggestions", "Threats against my life, or violence that is getting worse."
            ),
            Voiced(
                "Suggestions",
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "He has found out where I am, or he is on his way.",
                    "he",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "She has found out where I am, or she is on her way.",
                    "she",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "The other person has found out where I am, or is on their way.",
                    "they",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "{name} has found out where I am, or is on the way.",
                    "name",
                ),
            ),
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
    Situation.CHILDREN_AT_RISK: _Offer(
        explanation=Voiced(
            "Suggestions",
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "Something during his time with the children puts them in danger.",
                "he",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "Something during her time with the children puts them in danger.",
                "she",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "Something during the other person's time with the children puts them in danger.",
                "they",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "Something during {name}'s time with the children puts them in danger.",
                "name",
            ),
        ),
        warning_signs=(
            QT_TRANSLATE_NOOP(
                "Suggestions", "The children come back frightened, withdrawn or hurt."
            ),
            Voiced(
                "Suggestions",
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "He questions the children about me, or uses them to carry messages.",
                    "he",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "She questions the children about me, or uses them to carry messages.",
                    "she",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "The other person questions the children about me, or uses them to "
                    "carry messages.",
                    "they",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "{name} questions the children about me, or uses them to carry messages.",
                    "name",
                ),
            ),
            Voiced(
                "Suggestions",
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "He does not bring the children back at the agreed time.",
                    "he",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "She does not bring the children back at the agreed time.",
                    "she",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "The other person does not bring the children back at the agreed time.",
                    "they",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "{name} does not bring the children back at the agreed time.",
                    "name",
                ),
            ),
        ),
        steps=(
            QT_TRANSLATE_NOOP(
                "Suggestions", "If a child is in danger now, call the emergency number at once."
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions", "Keep exactly to what the court orders; do not break them."
            ),
            Voiced(
                "Suggestions",
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "Listen to the children and reassure them; do not discuss him with them.",
                    "he",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "Listen to the children and reassure them; do not discuss her with them.",
                    "she",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "Listen to the children and reassure them; do not discuss the other "
                    "person with them.",
                    "they",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "Listen to the children and reassure them; do not discuss {name} with them.",
                    "name",
                ),
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
    Situation.PROXIES_HARASS: _Offer(
        explanation=Voiced(
            "Suggestions",
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "People he sends, or who speak for him, keep pressing, watching or persuading me.",
                "he",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "People she sends, or who speak for her, keep pressing, watching or persuading me.",
                "she",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "People the other person sends, or who speak for them, keep pressing, "
                "watching or persuading me.",
                "they",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "People {name} sends, or who speak for {name}, keep pressing, watching or "
                "persuading me.",
                "name",
            ),
        ),
        warning_signs=(
            Voiced(
                "Suggestions",
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "Friends or relatives pass on messages or requests from him.",
                    "he",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "Friends or relatives pass on messages or requests from her.",
                    "she",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "Friends or relatives pass on messages or requests from the other person.",
                    "they",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "Friends or relatives pass on messages or requests from {name}.",
                    "name",
                ),
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "Someone asks unusual questions about where I live, my plans or my new life.",
            ),
            Voiced(
                "Suggestions",
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "People repeat things that only he could have told them.",
                    "he",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "People repeat things that only she could have told them.",
                    "she",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "People repeat things that only the other person could have told them.",
                    "they",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "People repeat things that only {name} could have told them.",
                    "name",
                ),
            ),
        ),
        steps=(
            QT_TRANSLATE_NOOP("Suggestions", "Do not answer requests passed on by other people."),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "Say my sentence for people who pass on messages, and end the conversation.",
            ),
            Voiced(
                "Suggestions",
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "Cut off those who knowingly spy for him; tell the unwitting ones how "
                    "they are being used.",
                    "he",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "Cut off those who knowingly spy for her; tell the unwitting ones how "
                    "they are being used.",
                    "she",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "Cut off those who knowingly spy for the other person; tell the "
                    "unwitting ones how they are being used.",
                    "they",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "Cut off those who knowingly spy for {name}; tell the unwitting ones "
                    "how they are being used.",
                    "name",
                ),
            ),
            QT_TRANSLATE_NOOP("Suggestions", "Note the person on the suspected proxies page."),
            _LOG_STEP,
        ),
    ),
    Situation.ONLINE_STALKING: _Offer(
        explanation=Voiced(
            "Suggestions",
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "He follows, watches or contacts me online, or gets into my accounts.",
                "he",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "She follows, watches or contacts me online, or gets into my accounts.",
                "she",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "The other person follows, watches or contacts me online, or gets into my "
                "accounts.",
                "they",
            ),
            QT_TRANSLATE_NOOP(
                "Suggestions",
                "{name} follows, watches or contacts me online, or gets into my accounts.",
                "name",
            ),
        ),
        warning_signs=(
            Voiced(
                "Suggestions",
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "He knows things I only wrote or did online.",
                    "he",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "She knows things I only wrote or did online.",
                    "she",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "The other person knows things I only wrote or did online.",
                    "they",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "{name} knows things I only wrote or did online.",
                    "name",
                ),
            ),
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
            Voiced(
                "Suggestions",
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "Change my passwords from a device he has never touched, and turn on "
                    "two-step sign-in.",
                    "he",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "Change my passwords from a device she has never touched, and turn on "
                    "two-step sign-in.",
                    "she",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "Change my passwords from a device the other person has never touched, "
                    "and turn on two-step sign-in.",
                    "they",
                ),
                QT_TRANSLATE_NOOP(
                    "Suggestions",
                    "Change my passwords from a device {name} has never touched, and turn "
                    "on two-step sign-in.",
                    "name",
                ),
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
    Situation.OWN: _Offer(
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
    """What to offer for `situation`, as the person reads it (translated, in the plan's
    voice): plain texts only."""
    raw = SITUATION_SUGGESTIONS[situation]
    return SituationSuggestions(
        explanation=say(raw.explanation),
        warning_signs=tuple(say(text) for text in raw.warning_signs),
        steps=tuple(say(text) for text in raw.steps),
    )


def wordings(text: Text) -> frozenset[str]:
    """Every wording in which the suggestion `text` may have been adopted: each way of
    speaking of the other person (a name as it is now), in the person's language and in
    English. A suggestion adopted before the person changed how the workbook speaks of the
    other person (or its language) is recognised as adopted, and never added a second time."""
    if not isinstance(text, Voiced):
        return frozenset({tr(_CONTEXT, text), text})
    name = current_voice().name
    found: set[str] = set()
    for choice in OtherPerson:
        voice = Voice(choice, name)
        found.add(text.text(voice))
        found.add(text.source(voice.variant).format(name=voice.name))
    return frozenset(found)


@dataclass(frozen=True)
class SituationWordings:
    """For each of a situation's warning signs and steps, in the order `situation_suggestions`
    gives them: every wording it may have been adopted in (`wordings`)."""

    warning_signs: tuple[frozenset[str], ...]
    steps: tuple[frozenset[str], ...]


def situation_wordings(situation: Situation) -> SituationWordings:
    raw = SITUATION_SUGGESTIONS[situation]
    return SituationWordings(
        warning_signs=tuple(wordings(text) for text in raw.warning_signs),
        steps=tuple(wordings(text) for text in raw.steps),
    )


def adopted(existing: Sequence[str], wording: frozenset[str]) -> bool:
    """Whether one of `existing` (steps, lines) is the suggestion in one of its wordings."""
    return any(item.strip() in wording for item in existing)


def adopt_step(
    steps: list[str],
    suggestions: tuple[str, ...],
    text: str,
    words: Sequence[frozenset[str]] = (),
) -> list[str]:
    """`steps` with the suggested step `text` added where the method's order puts it: before
    the first later suggestion already adopted, else at the end. Steps the person wrote
    themselves keep their places. `words` (`situation_wordings(...).steps`) tells each
    suggestion's other wordings: a step already adopted in one of them is not added again."""
    if text in steps:
        return list(steps)
    place = suggestions.index(text) if text in suggestions else None
    if place is None:
        later: set[str] = set()
    elif len(words) == len(suggestions):
        if adopted(steps, words[place]):
            return list(steps)
        later = set().union(*words[place + 1 :], suggestions[place + 1 :])
    else:
        later = set(suggestions[place + 1 :])
    result = list(steps)
    for index, step in enumerate(result):
        if step.strip() in later:
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
