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
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; returns it unchanged."""
    del context
    return text


def _identity(context: str, text: str) -> str:
    del context
    return text


_translate: Translator = _identity


def tr(context: str, text: str) -> str:
    """`text` (an English source text) in the person's language, once a translator is set."""
    return _translate(context, text)


def set_translator(translate: Translator | None) -> None:
    """Install the function `tr` calls (Qt's `QCoreApplication.translate`), or None to go
    back to the English source texts."""
    global _translate  # noqa: PLW0603 - one translator for the whole process
    _translate = _identity if translate is None else translate
