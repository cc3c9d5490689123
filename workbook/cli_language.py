"""The command line's exports in the person's language.

`workbook export` writes the same PDF (and calendar) the window does, so it speaks the
language the window would: the person's choice on the Welcome page (the plain `language`
file in the data folder), else the system's. English told by the choice or the environment
loads no Qt at all (`workbook.language`); any other language, or a system whose language
only Qt can tell (Windows, macOS), loads QtCore alone: a QCoreApplication, Qt's QTranslator
with the workbook's `.qm`, and the locale's way of writing dates
(`workbook.ui.locale_dates`). No widgets, no display.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from workbook.language import DEFAULT, chosen_language, environment_language

# The application object made here and the translator installed stay alive for the rest of
# the command (Qt does not own them); a second call replaces the translator.
_kept: dict[str, Any] = {}


def install_export_language(folder: Path | None) -> str:
    """Install the translator for the language the window would use, and its way of writing
    dates; returns its code ("en" when the texts stay English: English chosen, or no
    translation found)."""
    from workbook.domain import dates, i18n

    code = chosen_language(folder) or environment_language()
    if code == DEFAULT and "translator" not in _kept:
        i18n.set_translator(None)
        dates.configure(None)
        return DEFAULT
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from workbook.ui.i18n import pick_language, translations_folder
    from workbook.ui.locale_dates import apply_locale

    old = _kept.pop("translator", None)
    if old is not None:
        QCoreApplication.removeTranslator(old)
    i18n.set_translator(None)
    code = code or pick_language(folder)
    if code == DEFAULT:
        QLocale.setDefault(QLocale.system())
        dates.configure(None)
        return DEFAULT
    app = QCoreApplication.instance()
    if app is None:
        app = _kept["app"] = QCoreApplication(["workbook"])
    translator = QTranslator(app)
    if not translator.load(f"workbook_{code}", str(translations_folder())):
        dates.configure(None)
        return DEFAULT
    QCoreApplication.installTranslator(translator)
    _kept["translator"] = translator
    i18n.set_translator(QCoreApplication.translate)
    apply_locale(code)
    return code
