"""How the workbook speaks of the other person: him, her, them, or a name the person chooses.

The choice is asked once, on the Welcome page, and kept in the plan (`Plan.other_person`,
`Plan.other_person_name`; the name is sensitive like everything else in the workbook, stored
encrypted with it). Until a choice is made the workbook speaks neutrally: "the other person",
"them".

Every text that speaks of the other person is written once per variant, as whole sentences,
and each variant is its own source text for Qt's translation tools, told apart by the
disambiguation "he", "she", "they" or "name". A language then gives each variant the grammar
it needs (gender agreement of verbs and adjectives in Spanish, French and Arabic) without any
sentence being glued together from pieces. The "name" variant says `{name}` where the name
goes; the name is filled in after translation and never translated.

    TURNS_UP = Voiced(
        "Situation",
        QT_TRANSLATE_NOOP("Situation", "He turns up at home or work", "he"),
        QT_TRANSLATE_NOOP("Situation", "She turns up at home or work", "she"),
        QT_TRANSLATE_NOOP("Situation", "The other person turns up at home or work", "they"),
        QT_TRANSLATE_NOOP("Situation", "{name} turns up at home or work", "name"),
    )
    TURNS_UP.text()          # the variant of the current voice, translated, name filled in

Each variant is written out as a literal `QT_TRANSLATE_NOOP(context, text, variant)` so that
`lupdate` collects all four. The voice in use is the plan's: the UI sets it for the whole
process (`set_voice`) when the plan is read and whenever the person changes it; an export
made on another thread or by the command line says whose plan it is with `speaking_of`,
which holds only for the thread (context) it runs in.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.domain.model import OtherPerson, Plan

NAME_LIMIT = 100  # characters of the chosen name: a first name or a nickname
_BREAKS = frozenset({"Cc", "Zl", "Zp"})  # control characters, line and paragraph separators


@dataclass(frozen=True)
class Voice:
    """How to speak of the other person: the choice, and the name for OtherPerson.NAME."""

    choice: OtherPerson = OtherPerson.THEY
    name: str = ""

    @property
    def variant(self) -> OtherPerson:
        """The variant a text is said in: NAME only when there is a name to say."""
        if self.choice is OtherPerson.NAME and not self.name.strip():
            return OtherPerson.THEY
        return self.choice

    @classmethod
    def of(cls, plan: Plan) -> Voice:
        return cls(plan.other_person, plan.other_person_name)


NEUTRAL = Voice()

_process_voice: Voice = NEUTRAL
_context_voice: ContextVar[Voice | None] = ContextVar("workbook_voice", default=None)


def current_voice() -> Voice:
    """The voice in use here: the one `speaking_of` set for this thread, else the process's."""
    voice = _context_voice.get()
    return voice if voice is not None else _process_voice


def set_voice(voice: Voice) -> None:
    """Speak of the other person this way from now on (the UI, when the plan is read and when
    the person changes the choice)."""
    global _process_voice  # noqa: PLW0603 - one plan open per process
    _process_voice = voice


@contextmanager
def speaking_of(voice: Voice) -> Iterator[Voice]:
    """Use `voice` in this thread (or task) only, until the block ends (an export)."""
    token = _context_voice.set(voice)
    try:
        yield voice
    finally:
        _context_voice.reset(token)


@dataclass(frozen=True)
class Voiced:
    """One text that speaks of the other person, in each variant (English source texts, each
    marked with its variant as disambiguation). Plain data: the field registry, the choice
    labels and the suggestions hold these."""

    context: str
    he: str
    she: str
    they: str
    name: str

    def __post_init__(self) -> None:
        if "{name}" not in self.name:
            raise ValueError(f"the name variant of {self.they!r} must say {{name}}")

    def source(self, variant: OtherPerson) -> str:
        """The English source text of one variant."""
        return {
            OtherPerson.HE: self.he,
            OtherPerson.SHE: self.she,
            OtherPerson.THEY: self.they,
            OtherPerson.NAME: self.name,
        }[variant]

    def sources(self) -> tuple[str, str, str, str]:
        return (self.he, self.she, self.they, self.name)

    def text(self, voice: Voice | None = None, **values: Any) -> str:
        """This text in the person's language, in the voice in use (or `voice`), with the
        name and any other `{placeholders}` filled in after translation."""
        voice = voice if voice is not None else current_voice()
        variant = voice.variant
        source = self.source(variant)
        translated = tr(self.context, source, variant.value)
        try:
            return translated.format(name=voice.name, **values)
        except (KeyError, IndexError, ValueError):
            # A translation with a broken placeholder: the English words still say it.
            return source.format(name=voice.name, **values)


def about_them(
    context: str, *, he: str, she: str, they: str, name: str, voice: Voice | None = None
) -> str:
    """The variant of a sentence that fits the voice in use, translated, the name filled in.
    Write each variant as a literal `QT_TRANSLATE_NOOP(context, text, "he")` (and "she",
    "they", "name") so `lupdate` collects it."""
    return Voiced(context, he, she, they, name).text(voice)


def clean_name(name: str) -> str:
    """The chosen name as it is kept: one line, no surrounding spaces, at most NAME_LIMIT
    characters (no control characters, so it cannot break a line of the PDF or a label)."""
    one_line = "".join(" " if unicodedata.category(ch) in _BREAKS else ch for ch in name)
    return " ".join(one_line.split())[:NAME_LIMIT]


# Words that name the other person on their own, shared by the pages and the PDF.
THEM = Voiced(
    "OtherPerson",
    QT_TRANSLATE_NOOP("OtherPerson", "Him", "he"),
    QT_TRANSLATE_NOOP("OtherPerson", "Her", "she"),
    QT_TRANSLATE_NOOP("OtherPerson", "The other person", "they"),
    QT_TRANSLATE_NOOP("OtherPerson", "{name}", "name"),
)
THEM_DIRECTLY = Voiced(
    "OtherPerson",
    QT_TRANSLATE_NOOP("OtherPerson", "Him, directly", "he"),
    QT_TRANSLATE_NOOP("OtherPerson", "Her, directly", "she"),
    QT_TRANSLATE_NOOP("OtherPerson", "The other person, directly", "they"),
    QT_TRANSLATE_NOOP("OtherPerson", "{name}, directly", "name"),
)
