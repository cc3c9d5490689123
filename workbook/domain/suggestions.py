"""The No Contact commitments of PRODUCT.md §2, offered on the boundaries page to adopt,
rewrite or drop. Keys are stable so that a suggestion is offered once, whatever the user
later does with its text."""

from __future__ import annotations

from workbook.domain.model import BoundaryCommitment, CommitmentStatus

SUGGESTED_COMMITMENTS: tuple[tuple[str, str], ...] = (
    (
        "keep-mandated",
        "I keep exactly the contact that a court or official requires: never less, never more. "
        "If a ruling needs to change, I ask through the proper channels.",
    ),
    (
        "no-replies",
        "I do not answer his messages, whatever their tone: pleading, romantic, nostalgic, "
        "flattering or threatening.",
    ),
    ("return-gifts", "I return his gifts unopened."),
    ("no-entry", "I do not let him in, and I do not answer the intercom when it is him."),
    (
        "no-phone",
        "I do not talk with him on the phone. If I hear his voice, I say my one firm sentence "
        "and hang up.",
    ),
    (
        "no-visits",
        "No letters and no visits: not on birthdays or holidays, and not in a hospital.",
    ),
    (
        "no-third-party",
        "I do not answer requests he passes on through other people.",
    ),
    ("ask-nothing", "I do not ask him for anything, even when I am in need."),
    (
        "forced-meeting",
        "When a meeting cannot be avoided, I keep to the agenda: no personal matters (mine or "
        "his), no closeness, no going back to shared memories.",
    ),
    (
        "professionals",
        "Wherever I can, I leave unavoidable contact to a professional: my lawyer, an "
        "accountant or a mediator.",
    ),
    (
        "children",
        "I do not discuss him with the children, and I do not gossip about him.",
    ),
    (
        "no-secrecy",
        "I write down what happens and tell the people who should know. At the first "
        "transgression I act fully; I do not wait for a second.",
    ),
    (
        "consistent",
        "I stay firm, polite and consistent: no negotiating, no giving in to pressure, no "
        "saying one thing and doing another.",
    ),
)


def suggested_commitments() -> list[BoundaryCommitment]:
    """Fresh, undecided copies of every suggestion, in the order of the method."""
    return [
        BoundaryCommitment(text=text, status=CommitmentStatus.SUGGESTED, suggestion_key=key)
        for key, text in SUGGESTED_COMMITMENTS
    ]
