"""UI tests run headless (offscreen) on a fresh, real workbook folder each."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ui_helpers import Session


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "workbook-data"


@pytest.fixture
def open_session(qtbot: QtBot, folder: Path) -> Iterator[object]:
    sessions: list[Session] = []

    def start() -> Session:
        session = Session(qtbot, folder)
        sessions.append(session)
        return session

    yield start
    for session in sessions:
        session.close()


@pytest.fixture
def demo_folder(folder: Path) -> Path:
    """A workbook folder holding the complete fictional demo plan."""
    from datetime import date

    from workbook.domain.demo import demo_plan
    from workbook.storage.repository import PlanRepository

    repo = PlanRepository.open(folder)
    repo.replace_plan(demo_plan(date(2026, 3, 2)))
    repo.close()
    return folder
