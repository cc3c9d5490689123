"""No core dumps, crash output without content, neutral names (each in a child process, so
the test run itself keeps its normal hooks)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest


def run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux rlimit/prctl")
def test_core_dumps_are_switched_off() -> None:
    result = run(
        """
        import resource
        from workbook.ui.protection.hardening import disable_core_dumps, is_dumpable
        print(is_dumpable())
        print(disable_core_dumps())
        print(resource.getrlimit(resource.RLIMIT_CORE), is_dumpable())
        """
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "True"
    assert lines[1] == "{'rlimit_core': True, 'not_dumpable': True}"
    assert lines[2] == "(0, 0) False"


def test_crash_output_names_the_place_but_never_the_message() -> None:
    result = run(
        """
        import threading
        from workbook.ui.protection.hardening import install_crash_guard
        install_crash_guard()

        def in_thread():
            raise KeyError("Robin Example lives at 12 Example Road")

        thread = threading.Thread(target=in_thread)
        thread.start()
        thread.join()
        raise ValueError("Robin Example, 555-0142, code word blue umbrella")
        """
    )
    assert result.returncode == 1
    assert "Robin" not in result.stderr and "555-0142" not in result.stderr
    assert "umbrella" not in result.stderr and "Example Road" not in result.stderr
    assert "builtins.ValueError" in result.stderr
    assert "builtins.KeyError" in result.stderr
    assert "Nothing you typed is shown here" in result.stderr
    assert "line 12, in <module>" in result.stderr


def test_exceptions_in_qt_slots_are_reported_without_content() -> None:
    result = run(
        """
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from workbook.ui.protection.hardening import install_crash_guard
        app = QApplication([])
        install_crash_guard()

        def slot():
            raise RuntimeError("Maya Example 555-0199")

        QTimer.singleShot(0, slot)
        QTimer.singleShot(50, app.quit)
        app.exec()
        """
    )
    assert "Maya" not in result.stderr and "555-0199" not in result.stderr
    assert "builtins.RuntimeError" in result.stderr


def test_nothing_is_ever_handed_to_the_os_to_open() -> None:
    """Exported files are never opened through the OS (a viewer would list them as recent),
    and no settings go to QSettings (the plan's settings live in the encrypted database)."""
    from pathlib import Path

    import workbook

    root = Path(workbook.__file__).parent
    forbidden = ("openUrl", "QDesktopServices", "startfile", "xdg-open", "webbrowser")
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for word in forbidden:
            assert word not in text, f"{word} in {path.relative_to(root)}"
        if path.name != "traces.py":  # which only removes Qt's own file-dialog history
            assert "QSettings" not in text, path.relative_to(root)
