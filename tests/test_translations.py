"""The translations: current, complete where shipped as complete, and working in the app."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("es", "ar", "fr")

_PLACEHOLDER = re.compile(r"\{\w*(?::[^{}]*)?\}")


def messages(code: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(FOLDER / f"workbook_{code}.ts").getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


# Qt's plural forms per language (QTranslator's numerus rules): Arabic has six.
PLURAL_FORMS = {"es": 2, "ar": 6, "fr": 2}


def forms(message: ET.Element) -> list[str]:
    """The translation's texts: one, or each plural form of a `%n` text."""
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_obsolete_message(code: str) -> None:
    stale = [
        (context, message.findtext("source"))
        for context, message in messages(code)
        if message.find("translation") is not None
        and message.find("translation").get("type") in ("vanished", "obsolete")  # type: ignore[union-attr]
    ]
    assert not stale, f"{code}: texts the code no longer has (run make translations): {stale}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_untranslated_message(code: str) -> None:
    """Every shipped language is complete: a text the code marks must be translated."""
    missing = [
        (context, message.findtext("source"))
        for context, message in messages(code)
        if (
            message.find("translation") is None
            or message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
            or not all(text.strip() for text in forms(message))
            or (message.get("numerus") == "yes" and len(forms(message)) != PLURAL_FORMS[code])
        )
    ]
    assert not missing, f"{code}: untranslated: {missing}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_keep_the_placeholders(code: str) -> None:
    wrong = []
    for context, message in messages(code):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            continue
        source = message.findtext("source") or ""
        # The same placeholders; a translation may name {name} once where English repeats it.
        expected = set(_PLACEHOLDER.findall(source))
        if any(set(_PLACEHOLDER.findall(text)) != expected for text in forms(message)):
            wrong.append((context, source))
    assert not wrong, f"{code}: placeholders changed: {wrong}"


def test_every_text_the_code_marks_is_in_the_ts_files(tmp_path: Path) -> None:
    """lupdate over today's code finds nothing the committed .ts files lack."""
    sys.path.insert(0, str(FOLDER))
    try:
        import update  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(FOLDER))
    fresh = tmp_path / "fresh.ts"
    with_contexts = tmp_path / "workbook"
    for source in (ROOT / "workbook").rglob("*.py"):
        target = with_contexts / source.relative_to(ROOT / "workbook")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(update.literal_contexts(source.read_text("utf-8")), "utf-8")
    subprocess.run(
        [
            update.tool("pyside6-lupdate"),
            "-silent",
            "-extensions",
            "py",
            "-locations",
            "none",
            "-tr-function-alias",
            "tr=QObject_tr_unused,translate+=tr",
            str(with_contexts),
            "-ts",
            str(fresh),
        ],
        check=True,
    )
    root = ET.parse(fresh).getroot()
    wanted = {
        (c.findtext("name"), m.findtext("source"))
        for c in root.iter("context")
        for m in c.iter("message")
    }
    for code in LANGUAGES:
        have = {(context, m.findtext("source")) for context, m in messages(code)}
        assert wanted == have, (
            f"{code}: run make translations; new: {sorted(wanted - have)[:5]}, "
            f"gone: {sorted(have - wanted)[:5]}"
        )


def test_committed_qm_files_are_compiled_from_the_ts_files(tmp_path: Path) -> None:
    sys.path.insert(0, str(FOLDER))
    try:
        import update
    finally:
        sys.path.remove(str(FOLDER))
    for qm in update.release(tmp_path):
        assert qm.read_bytes() == (FOLDER / qm.name).read_bytes(), (
            f"{qm.name}: run make translations"
        )


def test_arabic_lays_out_right_to_left_with_qt_buttons_translated(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QDialogButtonBox

    from workbook.domain import i18n as domain_i18n
    from workbook.ui import i18n

    try:
        installed = i18n.install_language("ar")
        assert len(installed.translators) == 2, "workbook_ar.qm and qtbase_ar.qm both load"
        assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.isRightToLeft()
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text()
        assert cancel.replace("&", "") == "ألغِ"  # Qt's own Arabic for "Cancel"
        assert domain_i18n.tr("Dates", "February") != "February"
        assert QCoreApplication.translate("Dates", "February") == domain_i18n.tr(
            "Dates", "February"
        )
    finally:
        i18n.install_language("en")
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert domain_i18n.tr("Dates", "February") == "February"


def test_spanish_translates_the_registry_and_qt(qapp: object) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from workbook.domain import i18n as domain_i18n
    from workbook.ui import i18n

    try:
        i18n.install_language("es")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == (
            "Cancelar"
        )
        assert not box.isRightToLeft()
        assert domain_i18n.tr("Dates", "February") == "febrero"
    finally:
        i18n.install_language("en")


def test_language_follows_the_choice_then_the_system(tmp_path: Path) -> None:
    from PySide6.QtCore import QLocale

    from workbook.ui import i18n

    assert i18n.chosen_language(tmp_path) is None
    assert i18n.system_language(QLocale("es_MX")) == "es"
    assert i18n.system_language(QLocale("ar_EG")) == "ar"
    assert i18n.system_language(QLocale("de_DE")) == "en"
    i18n.save_language(tmp_path, "ar")
    assert i18n.pick_language(tmp_path) == "ar"
    i18n.save_language(tmp_path, "")
    assert i18n.chosen_language(tmp_path) is None
    (tmp_path / i18n.SETTING_FILE).write_text("xx", "utf-8")
    assert i18n.chosen_language(tmp_path) is None


def test_welcome_language_choice_is_kept_for_the_next_start(qapp: object, tmp_path: Path) -> None:
    from workbook.ui import i18n
    from workbook.ui.language_box import LanguageBox

    box = LanguageBox(tmp_path)
    assert box.combo.currentData() == ""  # follows the computer until a choice is made
    box.combo.setCurrentIndex(box.combo.findData("ar"))
    assert i18n.chosen_language(tmp_path) == "ar"
    assert "next time" in box.note.text()
    assert LanguageBox(tmp_path).combo.currentData() == "ar"
    box.combo.setCurrentIndex(box.combo.findData(""))
    assert i18n.chosen_language(tmp_path) is None
    assert i18n.current_language() == "en"  # nothing changed in the running app
