"""The words for each reader of an export (PRODUCT.md §4): what the version is called, whom it
is for, and what it leaves out. The export dialog shows them before anything is saved, and
the first page of every PDF says them again, so a reader always knows what they hold.

Which fields each version shows is the field registry's `readers` (domain/fields.py); these
sentences describe that choice in plain words and must agree with it (tests/test_readers.py
checks the fields each sentence names are hidden from that reader).
"""

from __future__ import annotations

from dataclasses import dataclass

from workbook.domain.fields import Reader
from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr

_CONTEXT = "Readers"


@dataclass(frozen=True)
class ReaderText:
    title: str  # the version's name, as a heading
    for_whom: str  # a sentence: whom it is for
    leaves_out: str  # a sentence: what it leaves out ("" for the full plan)
    choice: str  # the short name in "Who is this for?"


_TEXTS: dict[Reader, tuple[str, str, str, str]] = {
    Reader.PLAN: (
        QT_TRANSLATE_NOOP(_CONTEXT, "Safety plan"),
        QT_TRANSLATE_NOOP(_CONTEXT, "For me: my whole plan."),
        QT_TRANSLATE_NOOP(_CONTEXT, "It leaves nothing out. Keep it somewhere only you can reach."),
        QT_TRANSLATE_NOOP(_CONTEXT, "Me (the whole plan)"),
    ),
    Reader.LAWYER: (
        QT_TRANSLATE_NOOP(_CONTEXT, "Safety plan for my lawyer"),
        QT_TRANSLATE_NOOP(
            _CONTEXT,
            "For my lawyer or advocate: mandated contact, the contact log with its check of "
            "what the orders allow and how to verify it, the evidence list, suspected "
            "proxies and my boundaries.",
        ),
        QT_TRANSLATE_NOOP(
            _CONTEXT,
            "It leaves out code words, check-in arrangements, safe places and what I would "
            "take if I had to leave.",
        ),
        QT_TRANSLATE_NOOP(_CONTEXT, "My lawyer or advocate"),
    ),
    Reader.COURT: (
        QT_TRANSLATE_NOOP(_CONTEXT, "Contact record for the court"),
        QT_TRANSLATE_NOOP(
            _CONTEXT,
            "For filing with a court (the other side's lawyer will read it too): mandated "
            "contact, the contact log with its check of what the orders allow and how to "
            "verify it, and the evidence list.",
        ),
        QT_TRANSLATE_NOOP(
            _CONTEXT,
            "It leaves out every address and safe place, my trusted contacts' details (they "
            "are named only by their role), code words, check-ins, backup plans and my notes "
            "on suspected proxies.",
        ),
        QT_TRANSLATE_NOOP(_CONTEXT, "A court filing"),
    ),
    Reader.PARTNER: (
        QT_TRANSLATE_NOOP(_CONTEXT, "Check-in card"),
        QT_TRANSLATE_NOOP(
            _CONTEXT,
            "For one check-in partner: when I check in, what the code word means, what to do "
            "if I miss a check-in, my name, phone and where I stay, and the emergency number.",
        ),
        QT_TRANSLATE_NOOP(
            _CONTEXT,
            "It leaves out everyone else's details and code words, and the contact log.",
        ),
        QT_TRANSLATE_NOOP(_CONTEXT, "A check-in partner (a one-page card)"),
    ),
}

CALENDAR = ReaderText(
    title=QT_TRANSLATE_NOOP(_CONTEXT, "Calendar"),
    for_whom=QT_TRANSLATE_NOOP(
        _CONTEXT,
        "For my own calendar: check-in times, mandated contact dates and times, and review "
        "dates, each with a reminder.",
    ),
    leaves_out=QT_TRANSLATE_NOOP(
        _CONTEXT,
        "Every event is called only “Workbook: …” and holds nothing else, because calendars "
        "sync to other devices and accounts.",
    ),
    choice=QT_TRANSLATE_NOOP(_CONTEXT, "My calendar (.ics file)"),
)


def reader_text(reader: Reader) -> ReaderText:
    """The translated words for `reader`."""
    title, for_whom, leaves_out, choice = _TEXTS[reader]
    return ReaderText(
        tr(_CONTEXT, title), tr(_CONTEXT, for_whom), tr(_CONTEXT, leaves_out), tr(_CONTEXT, choice)
    )


def calendar_text() -> ReaderText:
    return ReaderText(
        tr(_CONTEXT, CALENDAR.title),
        tr(_CONTEXT, CALENDAR.for_whom),
        tr(_CONTEXT, CALENDAR.leaves_out),
        tr(_CONTEXT, CALENDAR.choice),
    )
