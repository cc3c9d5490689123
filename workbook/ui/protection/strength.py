"""A rough, offline estimate of how hard a passphrase is to guess, in plain words.

Not a precise measure (no estimate is): it counts the kinds of characters used, gives
little credit for repeats, runs like "1234" or "qwerty", and for the passwords everybody
uses, and a lot of credit for several words in a row. It exists to steer a tired person
towards "four or five ordinary words", not to grade them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.storage.keys import MIN_PASSPHRASE_CHARS, normalize_passphrase

_CONTEXT = "protection"
_TOO_SHORT = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "Please use at least %n characters — a few ordinary words in a row work well.",
    "",
    0,
)

# The passwords that top every leaked list, and words people reach for first.
_COMMON = frozenset(
    {
        "password",
        "passw0rd",
        "password1",
        "password123",
        "123456",
        "1234567",
        "12345678",
        "123456789",
        "1234567890",
        "qwerty",
        "qwertyuiop",
        "qwerty123",
        "abc123",
        "111111",
        "000000",
        "iloveyou",
        "letmein",
        "welcome",
        "welcome1",
        "admin",
        "monkey",
        "dragon",
        "football",
        "baseball",
        "sunshine",
        "princess",
        "trustno1",
        "master",
        "secret",
        "changeme",
        "default",
        "starwars",
        "whatever",
        "freedom",
        "shadow",
        "superman",
        "batman",
        "charlie",
        "loveyou",
        "lovely",
        "hello123",
        "michael",
        "jennifer",
        "jordan",
        "hunter2",
        "summer",
        "winter",
    }
)
_RUNS = ("0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl", "zxcvbnm")


@dataclass(frozen=True)
class Strength:
    score: int  # 0 too easy .. 4 strong
    label: str
    advice: str
    acceptable: bool  # may it be used at all


def _run_length(text: str) -> int:
    """Characters that merely continue a keyboard or alphabet run or repeat the previous one."""
    lowered = text.lower()
    wasted = 0
    for index in range(1, len(lowered)):
        pair = lowered[index - 1 : index + 1]
        if pair[0] == pair[1] or any(pair in run or pair[::-1] in run for run in _RUNS):
            wasted += 1
    return wasted


def estimate_bits(passphrase: str) -> float:
    text = normalize_passphrase(passphrase).decode("utf-8")
    if not text:
        return 0.0
    if text.lower() in _COMMON or text.lower().rstrip("0123456789!") in _COMMON:
        return 10.0
    words = [word for word in re.split(r"[\s\-_.,]+", text) if word]
    if len(words) >= 3 and all(len(word) >= 2 for word in words):
        # Several words: credit each like a word drawn from a ~7,000-word vocabulary
        # (a cautious guess for words people pick themselves), plus a little for the rest.
        return len(words) * 12.8 + 0.5 * max(0, len(text) - 5 * len(words))
    pool = 0
    if re.search(r"[a-z]", text):
        pool += 26
    if re.search(r"[A-Z]", text):
        pool += 26
    if re.search(r"[0-9]", text):
        pool += 10
    if re.search(r"[^A-Za-z0-9]", text):
        pool += 33
    if any(ord(char) > 127 for char in text):
        pool += 60
    effective = max(1, len(text) - _run_length(text))
    # People's passwords are far from random: count only about 60% of the naive figure.
    return 0.6 * effective * math.log2(max(pool, 2))


def rate(passphrase: str) -> Strength:
    """The verdict in the interface's language (built when asked, never at import)."""
    text = normalize_passphrase(passphrase).decode("utf-8")
    if not text:
        return Strength(0, "", "", False)
    if len(text) < MIN_PASSPHRASE_CHARS:
        from workbook.ui.common import plural  # (its Qt types are not needed by the first window)

        return Strength(
            0,
            tr(_CONTEXT, "Too short"),
            plural(
                _CONTEXT,
                _TOO_SHORT,
                MIN_PASSPHRASE_CHARS,
                "Please use at least 1 character — a few ordinary words in a row work well.",
            ),
            False,
        )
    bits = estimate_bits(text)
    if bits < 28:
        return Strength(
            0,
            tr(_CONTEXT, "Too easy to guess"),
            tr(
                _CONTEXT,
                "This is one of the passphrases people try first. "
                "Try three or four ordinary words that mean something only to you.",
            ),
            False,
        )
    if bits < 40:
        return Strength(
            1,
            tr(_CONTEXT, "Weak"),
            tr(
                _CONTEXT,
                "Someone with time could guess this. Adding another word or two helps most.",
            ),
            True,
        )
    if bits < 50:
        return Strength(
            2,
            tr(_CONTEXT, "Fair"),
            tr(_CONTEXT, "Good start. One more word would make it much harder to guess."),
            True,
        )
    if bits < 65:
        return Strength(
            3,
            tr(_CONTEXT, "Good"),
            tr(_CONTEXT, "Hard to guess. Make sure you can remember it."),
            True,
        )
    return Strength(
        4,
        tr(_CONTEXT, "Strong"),
        tr(_CONTEXT, "Very hard to guess. Make sure you can remember it."),
        True,
    )
