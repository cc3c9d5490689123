"""The interface's language, through Qt's own translation tools.

At start-up, before the first window is built, `install_language` picks the language,
loads the workbook's `workbook_<lang>.qm` (compiled from `resources/translations/*.ts` with
Qt's `lrelease`) and Qt's own `qtbase_<lang>.qm` (so Qt's buttons, "Cancel", "OK", speak
it too), installs both translators, hands `QCoreApplication.translate` to
`workbook.domain.i18n` so the field registry's labels translate, and sets the layout right
to left for Arabic.

The language is the person's choice on the Welcome page (`workbook.ui.language_box`), kept
in a small plain file `language` in the workbook's folder (the workbook itself is encrypted
and cannot be read before it is unlocked, and the unlock screen must already speak the
person's language); without a choice it follows the system's locale. A choice takes effect
at the next start.
"""

from __future__ import annotations

from pathlib import Path

import workbook_resources
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from workbook.domain import i18n as domain_i18n

# The offered languages and the kept choice are Qt-free, shared with the command line.
from workbook.language import (
    DEFAULT,
    LANGUAGES,
    RIGHT_TO_LEFT,
    SETTING_FILE,
    chosen_language,
    save_language,
)

__all__ = [
    "DEFAULT",
    "LANGUAGES",
    "RIGHT_TO_LEFT",
    "SETTING_FILE",
    "chosen_language",
    "current_language",
    "install_language",
    "pick_language",
    "save_language",
    "system_language",
    "translations_folder",
]


def translations_folder() -> Path:
    """Where the compiled `.qm` files are (a source checkout, a wheel, a frozen app)."""
    return Path(workbook_resources.__file__).parent / "translations"


def system_language(locale: QLocale | None = None) -> str:
    """The offered language closest to the system's locale; English otherwise."""
    loc = locale if locale is not None else QLocale.system()
    for name in loc.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT


def pick_language(folder: Path | None) -> str:
    return chosen_language(folder) or system_language()


class Installed:
    """The language installed and the translators that carry it."""

    def __init__(self, language: str, translators: list[QTranslator]) -> None:
        self.language = language
        self.translators = translators


_installed: Installed | None = None


def install_language(
    code: str, app: QCoreApplication | None = None, *, dates_now: bool = True
) -> Installed:
    """Install the translators for `code` (replacing any installed before) and set the
    layout direction. English installs Qt's own translations only where they exist.
    `dates_now=False` makes the language's locale Qt's default but leaves the dates the app
    shows to the caller's `locale_dates.apply_locale(code)` (the app does it once the first
    window is painted: that window shows no date)."""
    global _installed  # noqa: PLW0603 - one interface language per process
    app = app if app is not None else QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    if _installed is not None:
        for old in _installed.translators:
            app.removeTranslator(old)
    translators: list[QTranslator] = []
    if code != DEFAULT:
        own = QTranslator(app)
        if own.load(f"workbook_{code}", str(translations_folder())):
            translators.append(own)
        qt = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{code}", qt_folder):
            translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    domain_i18n.set_translator(QCoreApplication.translate if translators else None)
    from workbook.ui.locale_dates import apply_locale, set_default_locale

    (apply_locale if dates_now else set_default_locale)(code)  # dates the local way
    from PySide6.QtGui import QGuiApplication  # here: the command line's exports need QtCore only

    direction = "RightToLeft" if code in RIGHT_TO_LEFT else "LeftToRight"
    if isinstance(app, QGuiApplication):  # by name: the first window is built next (qt_names.py)
        from workbook.ui.qt_names import set_properties

        set_properties(app, layoutDirection=direction)
    else:
        from PySide6.QtCore import Qt

        QGuiApplication.setLayoutDirection(getattr(Qt.LayoutDirection, direction))
    _installed = Installed(code, translators)
    return _installed


def current_language() -> str:
    return _installed.language if _installed is not None else DEFAULT
