"""The messages of the Qt-free layers reach the person in their language: validation next to
a field, storage and key-file problems, the PDF export's refusals. The shipped translations
are installed the way the app and the command line install them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from workbook.domain import validation
from workbook.domain.i18n import tr
from workbook.domain.model import CheckInAgreement, TrustedContact
from workbook.storage import keys
from workbook.storage.errors import OLDER_HEADING, OlderCopyError, SaveFailedError, StorageError


@pytest.fixture
def language(qapp: object, tmp_path: Path) -> Iterator[Callable[[str], str]]:
    from workbook import cli_language
    from workbook.ui.i18n import save_language

    def install(code: str) -> str:
        folder = tmp_path / f"data-{code}"
        save_language(folder, code)
        return cli_language.install_export_language(folder)

    try:
        yield install
    finally:
        english = tmp_path / "data-en"
        save_language(english, "en")
        cli_language.install_export_language(english)


def test_validation_messages_in_spanish(language: Callable[[str], str]) -> None:
    assert language("es") == "es"
    errors = validation.validate(TrustedContact(name=" ", phones=["call me"]))
    assert errors["name"].startswith("Escribe un nombre")
    assert errors["phones[0]"].startswith("Esto todavía no parece un número de teléfono")
    long = validation.check_text("x" * 20, limit=10)
    assert long == "Este texto es muy largo (20 caracteres). Intenta que no pase de 10."
    assert validation.validate(CheckInAgreement(grace_minutes=0))["grace_minutes"] == (
        "El margen de espera tiene que ser de al menos un minuto."
    )


def test_validation_messages_stay_english_without_a_translation() -> None:
    assert validation.validate(TrustedContact(name=""))["name"] == validation.MSG_NAME_EMPTY


def test_storage_messages_in_arabic(language: Callable[[str], str]) -> None:
    assert language("ar") == "ar"
    assert SaveFailedError().message == tr("Storage", SaveFailedError.message)
    assert SaveFailedError().message.startswith("تعذّر حفظ آخر تغيير")
    given = StorageError("There is no workbook in this folder to protect with a new key.")
    assert given.message == "لا يوجد في هذا المجلد دفتر عمل لحمايته بمفتاح جديد."
    assert str(given) == given.message


def test_the_older_copy_message_is_whole_sentences_in_french(
    language: Callable[[str], str],
) -> None:
    assert language("fr") == "fr"
    error = OlderCopyError(
        last_changed=datetime(2026, 3, 2, 18, 0).astimezone(),
        this_copy_changed=datetime(2026, 3, 2, 15, 30).astimezone(),
        changes_missing=3,
        newest_backup=None,
        newest_backup_time=None,
    )
    heading = tr("Storage", OLDER_HEADING)
    assert heading.startswith("Cette copie de votre classeur")
    assert error.message.startswith(heading)
    assert not error.detail.startswith(heading)  # the dialog's heading says it already
    assert "2 heures plus ancienne" in error.detail
    assert "Il manque 3 modifications enregistrées à cette copie." in error.detail
    assert "Aucune des sauvegardes automatiques" in error.detail
    for english in ("older", "behind", "backup", "hours"):
        assert english not in error.message


def test_key_file_messages_in_spanish(language: Callable[[str], str], tmp_path: Path) -> None:
    folder = tmp_path / "workbook"
    keys.create_keys(folder, "quiet harbour lantern seven", kdf=keys.PassphraseKdf(64, 1, 1))
    assert language("es") == "es"
    with pytest.raises(keys.WrongSecret) as wrong:
        keys.unlock_with_passphrase(folder, "not the passphrase")
    assert str(wrong.value) == "Eso no abre este cuaderno. Revísalo e inténtalo de nuevo."
    with pytest.raises(keys.WeakPassphrase) as weak:
        keys.check_passphrase_acceptable("short")
    assert str(weak.value).startswith(f"Usa al menos {keys.MIN_PASSPHRASE_CHARS} caracteres.")


def test_pdf_export_refusals_in_arabic(language: Callable[[str], str], tmp_path: Path) -> None:
    from workbook.domain.model import Plan
    from workbook.export.pdf import PdfExportError, export_pdf

    assert language("ar") == "ar"
    with pytest.raises(PdfExportError) as missing:
        export_pdf(Plan(), tmp_path / "nowhere" / "plan.pdf")
    assert str(missing.value) == "المجلد المخصص لملف PDF غير موجود. يُرجى اختيار مجلد آخر."
