"""Shared test set-up: no test may touch the real user's workbook, and Qt runs headless."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from workbook.domain.demo import demo_plan
from workbook.domain.model import Plan
from workbook.storage.repository import PlanRepository

# Before anything imports Qt: `pytest` run by hand behaves like `make test`.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# A fixed day keeps the demo plan's dates (relative to "today") the same in every run.
DEMO_DAY = date(2026, 3, 2)


@pytest.fixture(autouse=True)
def _private_data_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point every way of finding the data folder (WORKBOOK_DATA_DIR, and the XDG folders
    appdirs reads) into a temporary directory, so a test that forgets --data-dir writes
    there and never into the workbook of the person running the tests."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("WORKBOOK_DATA_DIR", str(home / "workbook-data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


@pytest.fixture(autouse=True)
def _dates_written_iso() -> Iterator[None]:
    """Each test starts with dates written year-month-day; one that installs a language
    (and with it the locale's way of writing dates) does not change the next test's."""
    from workbook.domain import dates

    dates.configure(None)
    yield
    dates.configure(None)


@pytest.fixture
def demo() -> Plan:
    """The complete fictional example plan (every page, references between records)."""
    return demo_plan(DEMO_DAY)


@pytest.fixture
def data_folder(tmp_path: Path) -> Path:
    """A workbook folder that does not exist yet."""
    return tmp_path / "workbook"


@pytest.fixture
def repo(data_folder: Path) -> Iterator[PlanRepository]:
    """A fresh, unencrypted workbook, closed after the test."""
    repository = PlanRepository.open(data_folder)
    try:
        yield repository
    finally:
        repository.close()


@pytest.fixture
def translator(qapp: object) -> Iterator[object]:
    """`translator("es")` installs the shipped translation of that language (its `.qm`,
    through Qt's QTranslator, for Qt and the domain's `tr` alike); "en" removes it."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from workbook.domain import i18n
    from workbook.ui.i18n import translations_folder

    app = QCoreApplication.instance()
    assert app is not None
    installed: list[QTranslator] = []

    def install(language: str) -> None:
        for old in installed:
            app.removeTranslator(old)
        installed.clear()
        if language != "en":
            qm = QTranslator()
            assert qm.load(f"workbook_{language}", str(translations_folder())), language
            app.installTranslator(qm)
            installed.append(qm)
        i18n.set_translator(QCoreApplication.translate if installed else None)

    yield install
    for old in installed:
        app.removeTranslator(old)
    i18n.set_translator(None)
