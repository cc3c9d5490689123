"""The one way Qt-free code makes a text translatable.

Two functions, named as Qt's tools expect them:

- `QT_TRANSLATE_NOOP(context, text)` returns `text` unchanged. It only marks a string in a
  data table (the field registry, the section titles, the choices' labels) so that Qt's
  `lupdate` collects it under `context`; the table keeps the English source text.
- `tr(context, text)` translates at display time. Until the UI installs Qt's translator with
  `set_translator(QCoreApplication.translate)` it returns `text` unchanged, so the domain,
  the exports and the command line work, and are tested, without Qt.

Sentences are translated whole, with `{name}` placeholders filled in after translation
(`tr("pdf", "Made on {date}").format(date=...)`), never glued together from pieces.

Both take Qt's two optional arguments:

- `disambiguation` tells apart texts that share their English words: the variants of a
  sentence that speaks of the other person ("he", "she", "they", "name",
  `workbook.domain.other_person`) are one source text each, told apart by it.
- `n` asks for the plural form that fits a count: the text says `%n` where the number goes
  and each language gives as many forms as its grammar needs (Arabic six). Qt's `lupdate`
  reads a Python plural only when the count is a number literal, so a plural text is marked
  `QT_TRANSLATE_NOOP(context, "%n plans have no steps yet", "", 0)` (which makes it a plural
  entry in the `.ts` files) and translated with `tr(context, text, "", n)`.
"""

from __future__ import annotations

from collections.abc import Callable

# Called as (context, text), or (context, text, disambiguation, n) when either is given.
Translator = Callable[..., str]


def QT_TRANSLATE_NOOP(
    context: str, text: str, disambiguation: str | None = None, n: int = -1
) -> str:
    """Mark `text` for translation in `context` (with a disambiguation, or as a plural when a
    number literal is given as `n`); returns it unchanged."""
    del context, disambiguation, n
    return text


def _identity(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    del context, disambiguation
    return text


_translate: Translator = _identity


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` (an English source text) in the person's language, once a translator is set.

    With `n` >= 0 the plural form for `n` is taken and `%n` becomes the number (`%Ln` the
    number with the locale's digit grouping, as Qt does); without a translator the English
    text is used, with `%n` filled in."""
    if disambiguation is None and n < 0:
        return _translate(context, text)
    translated = _translate(context, text, disambiguation, n)
    if n < 0 or "%" not in translated:
        return translated
    # Qt fills in `%n`, and `%Ln` with the locale's digit grouping; without Qt, English does.
    return translated.replace("%Ln", f"{n:,}").replace("%n", str(n))


def plural(context: str, source: str, n: int, english_one: str) -> str:
    """`source` ("%n plans have no steps yet", marked `QT_TRANSLATE_NOOP(context, source, "",
    0)`) in the plural form for `n`, with `%n` filled in. English is the source language, for
    which no translation is installed, so Qt would keep the source's one form for every count:
    without a translator, `english_one` ("%n plan has no steps yet") is used for one."""
    if n == 1 and _translate is _identity:
        return english_one.replace("%n", "1")
    return tr(context, source, "", n)


def set_translator(translate: Translator | None) -> None:
    """Install the function `tr` calls (Qt's `QCoreApplication.translate`), or None to go
    back to the English source texts."""
    global _translate  # noqa: PLW0603 - one translator for the whole process
    _translate = _identity if translate is None else translate
