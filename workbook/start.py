"""The `workbook` command's entry point (pyproject's console script, `python -m workbook`).

A command line that opens the window is started again at once with private memory
(workbook/ui/protection/private_memory.py, Linux): everything this first process loads is
paid twice, so it loads nothing but this module and that one, both standard library only,
before it does. Everything else (every other command, and the window in the second start)
goes on in `workbook.cli.main`.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # not typing's: this runs before the private-memory relaunch
if TYPE_CHECKING:
    from collections.abc import Sequence


def opens_the_window(words: Sequence[str]) -> bool:
    """Whether this command line opens the window: nothing but --data-dir DIR (the only
    option before a command; abbreviations are off). Read by hand, so that the window's
    start can begin again with private memory before argparse or anything else is loaded.
    A value that begins with "-" is left to argparse, which refuses it as the window would."""
    rest = iter(words)
    for word in rest:
        if word == "--data-dir":
            value = next(rest, None)
            if value is None or value.startswith("-"):
                return False
        elif not word.startswith("--data-dir="):
            return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    if opens_the_window(sys.argv[1:] if argv is None else argv):
        from workbook.ui.protection.private_memory import relaunch_with_private_memory

        relaunch_with_private_memory()
    from workbook.cli import main as run_command

    return run_command(argv)
