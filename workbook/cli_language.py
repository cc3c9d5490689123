"""The command line's exports in the person's language.

`workbook export` writes the same PDF (and calendar) the window does, so it speaks the
language the window would: the person's choice on the Welcome page (the plain `language`
file in the data folder), else the system's locale. Only QtCore is loaded (a
QCoreApplication and Qt's QTranslator with the workbook's `.qm`): no widgets, no display.
Called only by the commands that write something a person reads; `workbook --help` and the
other commands load none of it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

# The application object made here and the translator installed stay alive for the rest of
# the command (Qt does not own them); a second call replaces the translator.
_kept: dict[str, Any] = {}


def install_export_language(folder: Path | None) -> str:
    """Install the translator for the language the window would use; returns its code
    ("en" when the texts stay English: English chosen, or no translation found)."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from workbook.domain import i18n
    from workbook.ui.i18n import DEFAULT, pick_language, translations_folder

    old = _kept.pop("translator", None)
    if old is not None:
        QCoreApplication.removeTranslator(old)
    i18n.set_translator(None)
    code = pick_language(folder)
    if code == DEFAULT:
        return DEFAULT
    app = QCoreApplication.instance()
    if app is None:
        app = _kept["app"] = QCoreApplication(["workbook"])
    translator = QTranslator(app)
    if not translator.load(f"workbook_{code}", str(translations_folder())):
        return DEFAULT
    QCoreApplication.installTranslator(translator)
    _kept["translator"] = translator
    i18n.set_translator(QCoreApplication.translate)
    return code
