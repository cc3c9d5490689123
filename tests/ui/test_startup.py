"""Start-up stays lean (no PDF machinery) and Export is wired to the export dialog."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot
from ui_helpers import click

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


def test_export_buttons_call_the_export_dialog_with_the_repository(
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
    assert [repo for _parent, repo in calls] == [session.repo, session.repo]
    assert calls[0][0] is session.window
