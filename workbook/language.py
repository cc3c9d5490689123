"""Which language the person reads, without Qt: the offered languages, the choice kept in the
data folder, and the system's language as the environment names it.

The window (`workbook.ui.i18n`) and the command line share this. The command line asks it
first, so that a person who reads English never waits for Qt to load: only when the answer
is another language, or cannot be told from the environment, is Qt's translator loaded
(`workbook.cli_language`). Standard library only.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

# The languages the workbook is offered in: code -> the language's own name.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "ar": "العربية",
    "fr": "Français",
}
RIGHT_TO_LEFT = frozenset({"ar"})
SETTING_FILE = "language"
DEFAULT = "en"

# POSIX order: LANGUAGE (a list, for messages) wins, then LC_ALL, LC_MESSAGES, LANG.
_ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def chosen_language(folder: Path | None) -> str | None:
    """The language the person chose on the Welcome page, or None."""
    if folder is None:
        return None
    try:
        code = (folder / SETTING_FILE).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return code if code in LANGUAGES else None


def save_language(folder: Path, code: str) -> None:
    """Keep the person's choice for the next start ("" or None-like code: follow the system)."""
    path = folder / SETTING_FILE
    if code in LANGUAGES:
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text(code + "\n", encoding="utf-8")
    else:
        path.unlink(missing_ok=True)


def environment_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The offered language the environment asks for (`es_ES.UTF-8` -> "es"; "C" and
    "POSIX" -> English), or None when the environment names no language (as on Windows and
    macOS, where the system says it through other means)."""
    env = os.environ if environ is None else environ
    for name in _ENVIRONMENT:
        value = env.get(name, "")
        if not value:
            continue
        for item in value.split(":"):
            code = item.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
            if code in ("c", "posix"):
                return DEFAULT
            if code in LANGUAGES:
                return code
        if name != "LANGUAGE":  # a set locale variable decides, even for a language not offered
            return DEFAULT
    return None
