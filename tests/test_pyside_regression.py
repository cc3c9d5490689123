"""PySide6 6.12.0 aborts CPython 3.11 after ~5,000 calls of a method returning void (a None
reference-count bug), which is why pyproject.toml keeps 6.12 off Python 3.11. This runs the
calls in a child process, so an abort shows up as a failed test, not a dead test run."""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 20_000

SCRIPT = f"""
import sys
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv[:1])
widget = QWidget()
for _ in range({CALLS}):
    widget.update()
print("made", {CALLS}, "calls", flush=True)
"""


def test_many_void_calls_do_not_abort_the_interpreter() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == 0, (result.returncode, result.stderr[-2000:])
    assert result.stdout.strip() == f"made {CALLS} calls"
