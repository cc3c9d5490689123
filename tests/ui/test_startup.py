"""Start-up stays lean (no PDF machinery, no plan loaded for the overview), the plan is read
ahead in small steps, and Export is wired to the export dialog."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from ui_helpers import click

from workbook.domain.model import TrustedContact

LEAN_START = """
import sys
from pathlib import Path
from workbook.ui.app import WorkbookApp, make_application, open_repository
app = make_application()
repo = open_repository(Path(sys.argv[1]))
window = WorkbookApp(repo, Path(sys.argv[1])).start()
app.processEvents()
print(window.objectName(), "reportlab" in sys.modules, "workbook.ui.editor" in sys.modules)
repo.close()
"""


def test_start_up_does_not_import_reportlab_or_the_editors(demo_folder: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", LEAN_START, str(demo_folder)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.split()
    assert out == ["overview", "False", "False"]


def test_export_buttons_call_the_export_dialog_with_the_store(
    qtbot: QtBot,
    demo_folder,
    open_session,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from workbook.ui import export_dialog

    calls: list[tuple[object, object]] = []
    monkeypatch.setattr(export_dialog, "export_plan_pdf", lambda p, r: calls.append((p, r)))
    session = open_session()
    click(qtbot, session.window, "button-overview-export")
    session.app.show_wizard(None)
    session.wizard.go_to("review")
    click(qtbot, session.wizard.currentPage(), "button-review-export")
    assert [store for _parent, store in calls] == [session.app.store, session.app.store]
    assert calls[0][0] is session.window


class CountingRepository:
    """The real repository, counting whole-plan loads and per-kind reads."""

    def __init__(self, repo: Any) -> None:
        self._repo = repo
        self.whole_loads = 0
        self.kinds_read: list[str] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._repo, name)

    def load_plan(self, already_read: Any = None) -> Any:
        self.whole_loads += 1
        return self._repo.load_plan(already_read)

    def list(self, kind: Any, start: int = 0, limit: int | None = None) -> Any:
        self.kinds_read.append(kind.__name__)
        return self._repo.list(kind, start, limit)


def test_the_overview_shows_counts_without_loading_the_plan_then_reads_it_ahead(
    qtbot: QtBot, demo_folder: Path
) -> None:
    from workbook.domain.model import RECORD_TYPES, Section
    from workbook.storage.repository import PlanRepository
    from workbook.ui.app import WorkbookApp

    repo = PlanRepository.open(demo_folder)
    counting = CountingRepository(repo)
    app = WorkbookApp(counting, demo_folder)
    try:
        with qtbot.waitSignal(app.overview.first_painted, timeout=5000):
            window = app.start()
        qtbot.addWidget(window)
        # Painted from SQL counts alone: nothing of the plan was read for it.
        assert counting.whole_loads == 0
        state = window.findChild(QLabel, "overview-state-contacts")
        assert state.text().startswith(f"Looks complete · {len(repo.list(TrustedContact))} entries")
        # Then one kind per turn of the event loop, and the rest in one last read.
        qtbot.waitUntil(lambda: app.store._plan is not None, timeout=5000)
        assert counting.kinds_read == [kind.__name__ for kind in RECORD_TYPES]
        assert counting.whole_loads == 1
        assert app.store.plan == repo.load_plan()
        app.show_wizard(Section.CONTACTS)
        assert counting.whole_loads == 1
    finally:
        for window in (app._wizard, app._overview):
            if window is not None:
                window.hide()
        repo.close()


def test_a_change_while_reading_ahead_is_in_the_plan(qtbot: QtBot, demo_folder: Path) -> None:
    from workbook.domain import chain
    from workbook.domain.model import RECORD_TYPES
    from workbook.storage.repository import PlanRepository
    from workbook.ui.store import PlanStore

    repo = PlanRepository.open(demo_folder)
    try:
        store = PlanStore(repo, demo_folder)
        for _ in range(RECORD_TYPES.index(TrustedContact) + 1):
            assert not store.read_ahead()  # contacts (and what comes before) read, not all
        added = TrustedContact(name="Ines", phones=["+1 555 0177"])
        store.save(added)  # reads the rest of the plan first
        first = store.plan.contact_log[0]
        edited = chain.correction(first, dataclasses.replace(first, what_happened="Edited"))
        store.save(edited)  # the log takes a correction, never an edit in place
        assert store.read_ahead()
        assert store.plan == repo.load_plan()
        assert store.plan.contacts[-1] == added
        assert store.plan.contact_log[-1].what_happened == "Edited"
    finally:
        repo.close()


def test_reading_ahead_in_small_parts_gives_the_same_plan_even_with_a_change_midway(
    demo_folder: Path, monkeypatch: Any
) -> None:
    from workbook.domain.model import RECORD_TYPES, BoundaryCommitment
    from workbook.storage.repository import PlanRepository
    from workbook.ui import store as store_module

    monkeypatch.setattr(store_module, "READ_AHEAD_ROWS", 2)
    repo = PlanRepository.open(demo_folder)
    try:
        store = store_module.PlanStore(repo, demo_folder)
        counts = {kind: len(repo.list(kind)) for kind in RECORD_TYPES}
        steps = 0
        while not store.read_ahead():
            steps += 1
        # n records in parts of 2 take n // 2 + 1 reads (the last one short), then one more
        # step reads the statements and the rest.
        assert steps == sum(n // 2 + 1 for n in counts.values())
        assert store.plan == repo.load_plan()

        again = store_module.PlanStore(repo, demo_folder)
        for _ in range(counts[RECORD_TYPES[0]] // 2 + 2):
            assert not again.read_ahead()  # now part of the way through the commitments
        assert again._reading is not None and again._reading[0] is BoundaryCommitment
        first = dataclasses.replace(repo.list(BoundaryCommitment)[0], text="Rewritten midway")
        again.save(first)
        assert again.read_ahead()
        assert again.plan == repo.load_plan()
        assert again.plan.commitments[0].text == "Rewritten midway"
    finally:
        repo.close()


def test_reading_ahead_stops_once_the_workbook_is_closed(qtbot: QtBot, demo_folder: Path) -> None:
    """A wipe closes the repository while the app still runs; a read scheduled before must
    not reconnect (SQLAlchemy would, re-creating the wiped file)."""
    from workbook.storage.repository import PlanRepository
    from workbook.ui.app import WorkbookApp

    repo = PlanRepository.open(demo_folder)
    counting = CountingRepository(repo)
    app = WorkbookApp(counting, demo_folder)
    window = app.start()
    qtbot.addWidget(window)
    repo.close()
    assert counting.closed
    qtbot.wait(100)  # the first paint and any read-ahead steps it would schedule
    window.hide()
    assert counting.kinds_read == [] and counting.whole_loads == 0
    assert app.store._plan is None


PRELOAD = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
import workbook.cli, workbook.ui.app
from workbook.ui.app import load_storage_meanwhile
before = "sqlalchemy" in sys.modules or "workbook.ui.store" in sys.modules
op = load_storage_meanwhile()
op.wait(60)
loaded = "workbook.storage.repository" in sys.modules and "workbook.ui.store" in sys.modules
print(before, op.done, loaded, "reportlab" in sys.modules)
"""


def test_the_storage_libraries_load_on_a_side_thread_while_the_unlock_screen_waits() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PRELOAD],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.split()
    # Not loaded by the command or the app module; loaded off the UI thread; no PDF machinery.
    assert out == ["False", "True", "True", "False"]


def test_a_read_error_while_reading_ahead_stops_it_quietly(qtbot: QtBot, demo_folder: Path) -> None:
    """Reading ahead saves nothing, so a read that fails (a drive gone) must not pop up the
    "could not be saved" notice; the page that needs the plan reads it and says what is wrong."""
    from workbook.storage.errors import StorageError
    from workbook.storage.repository import PlanRepository
    from workbook.ui.app import WorkbookApp

    class FailingReads(CountingRepository):
        def list(self, kind: Any, start: int = 0, limit: int | None = None) -> Any:
            super().list(kind, start, limit)
            raise StorageError("Your workbook could not be read.")

    repo = PlanRepository.open(demo_folder)
    failing = FailingReads(repo)
    app = WorkbookApp(failing, demo_folder)
    try:
        with qtbot.waitSignal(app.overview.first_painted, timeout=5000):
            window = app.start()
        qtbot.addWidget(window)
        qtbot.wait(50)
        assert failing.kinds_read == ["MandatedObligation"]  # tried once, then stopped
        assert app.store._plan is None
    finally:
        window.hide()
        repo.close()
