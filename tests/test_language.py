"""The language the person reads, told without Qt (workbook/language.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from workbook import language


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "es_ES.UTF-8"}, "es"),
        ({"LANG": "ar_EG.UTF-8"}, "ar"),
        ({"LC_ALL": "fr_CA.UTF-8", "LANG": "es_ES.UTF-8"}, "fr"),
        ({"LC_MESSAGES": "ar_SA", "LANG": "en_GB.UTF-8"}, "ar"),
        ({"LANGUAGE": "de:es", "LANG": "de_DE.UTF-8"}, "es"),
        ({"LANGUAGE": "de", "LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LC_ALL": "POSIX", "LANG": "es_ES.UTF-8"}, "en"),
        ({"LANG": "sr_RS@latin"}, "en"),
        ({"LANG": "es"}, "es"),
        ({}, None),
        ({"LANG": ""}, None),
    ],
)
def test_the_environment_names_the_language(environ: dict[str, str], expected: str | None) -> None:
    assert language.environment_language(environ) == expected


def test_the_choice_is_kept_in_the_data_folder(tmp_path: Path) -> None:
    assert language.chosen_language(tmp_path) is None
    language.save_language(tmp_path, "ar")
    assert language.chosen_language(tmp_path) == "ar"
    (tmp_path / language.SETTING_FILE).write_bytes(b"\xff\xfe")
    assert language.chosen_language(tmp_path) is None
    language.save_language(tmp_path, "")
    assert not (tmp_path / language.SETTING_FILE).exists()


def test_it_loads_no_qt() -> None:
    code = "import sys, workbook.language; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
