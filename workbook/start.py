"""The `workbook` command's entry point (pyproject's console script, `python -m workbook`).

A command line that opens the window is started again at once with private memory
(workbook/ui/protection/private_memory.py, Linux): everything this first process loads is
paid twice, so before it does it loads nothing but this module, workbook/command_line.py
(which reads the command line) and the relaunch, all three standard library only.
Everything else (every other command, and the window in the second start) goes on in
`workbook.cli.main`.
"""

from __future__ import annotations

import sys

from workbook.command_line import opens_the_window

TYPE_CHECKING = False  # not typing's: this runs before the private-memory relaunch
if TYPE_CHECKING:
    from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    if opens_the_window(sys.argv[1:] if argv is None else argv):
        from workbook.ui.protection.private_memory import relaunch_with_private_memory

        relaunch_with_private_memory()
    from workbook.cli import main as run_command

    return run_command(argv)
