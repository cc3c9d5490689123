"""The command line speaks the language the window would: the choice kept in the data folder,
else the system's; English loads no Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from workbook.language import save_language


def _run(args: list[str], lang: str, folder: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG=lang, WORKBOOK_DATA_DIR=str(folder), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "workbook", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_help_and_refusals_follow_the_system_language(tmp_path: Path) -> None:
    spanish = _run(["export", "--help"], "es_ES.UTF-8", tmp_path)
    assert spanish.returncode == 0, spanish.stderr
    assert "Guarda el plan en un archivo" in spanish.stdout
    assert "sustituir FILE si ya existe" in spanish.stdout
    refused = _run(["export", "--out", str(tmp_path / "x.json")], "es_ES.UTF-8", tmp_path)
    assert refused.returncode == 1
    assert "No hay ningún cuaderno en" in refused.stderr
    assert "No workbook" not in refused.stderr
    wrong = _run(["export", "--out", "x.pdf", "--page-size", "A5"], "fr_FR.UTF-8", tmp_path)
    assert wrong.returncode == 2
    assert "choisissez A4 ou Letter" in wrong.stderr


def test_the_choice_in_the_data_folder_wins(tmp_path: Path) -> None:
    save_language(tmp_path, "ar")
    said = _run(["verify"], "es_ES.UTF-8", tmp_path)
    assert said.returncode == 1
    assert "لا يوجد دفتر عمل في" in said.stderr
    save_language(tmp_path, "en")
    said = _run(["verify"], "es_ES.UTF-8", tmp_path)
    assert "No workbook in" in said.stderr


def test_english_help_loads_no_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from workbook.cli import main\n"
        "try:\n"
        "    main(['export', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('QT', any(m.startswith('PySide6') for m in sys.modules), file=sys.stderr)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG="en_GB.UTF-8", WORKBOOK_DATA_DIR=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert "Save the plan to a file" in done.stdout
    assert "QT False" in done.stderr
