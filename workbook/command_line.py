"""What a `workbook` command line asks for, read by hand: whether it opens the window and
which data folder it names. Standard library only, nothing but the module itself at load
time: the command's entry point (workbook/start.py) reads it before the private-memory
relaunch, and workbook/cli.py before argparse.
"""

from __future__ import annotations

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


def data_dir_named(words: Sequence[str]) -> str | None:
    """The last --data-dir on the command line, read by hand (before argparse)."""
    found: str | None = None
    rest = iter(words)
    for word in rest:
        if word == "--data-dir":
            found = next(rest, found)
        elif word.startswith("--data-dir="):
            found = word.partition("=")[2]
    return found
