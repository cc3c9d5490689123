"""What the commands of the `workbook` command line share (workbook/cli.py and
workbook/cli_protection.py): exit codes, the one error a command raises, which folder is
meant, and reading a passphrase. Standard library only; nothing but `sys` at load time.
"""

from __future__ import annotations

import sys

from workbook.domain.i18n import tr

TYPE_CHECKING = False  # not typing's: this loads before the private-memory relaunch (cli.py)
if TYPE_CHECKING:
    import argparse
    from pathlib import Path

_CONTEXT = "cli"
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

# A passphrase or password file is read this far at most: a mistyped path such as /dev/zero
# or a huge file must not fill memory.
MAX_SECRET_FILE_BYTES = 64 * 1024


class CommandFailed(Exception):
    """A command could not do its work; the message is shown as is and says what to do."""


def folder(args: argparse.Namespace) -> Path:
    """The data folder the command line names (workbook/paths.py says how)."""
    from workbook.paths import data_dir

    return data_dir(args.data_dir)


def read_secret_file(path: Path) -> str:
    """The start of a passphrase or password file as text (OSError, UnicodeDecodeError)."""
    with open(path, "rb") as handle:
        return handle.read(MAX_SECRET_FILE_BYTES).decode("utf-8")


def first_line(path: Path, unreadable: str) -> str:
    """The first line of a passphrase or password file ("" when it has none); CommandFailed
    saying `unreadable` (a sentence with {path}) when the file cannot be read as text."""
    try:
        lines = read_secret_file(path).splitlines()
    except (OSError, UnicodeDecodeError):
        raise CommandFailed(unreadable.format(path=path)) from None
    return lines[0] if lines else ""


def read_passphrase(args: argparse.Namespace, prompt: str, *, confirm: bool = False) -> str:
    """From --passphrase-file, else asked for in the terminal (never echoed); never from an
    argument value or the environment, where other programs and the history can see it."""
    path: Path | None = getattr(args, "passphrase_file", None)
    if path is not None:
        return first_line(path, tr(_CONTEXT, "The passphrase file {path} could not be read."))
    if not sys.stdin.isatty():
        raise CommandFailed(
            tr(
                _CONTEXT,
                "This needs the workbook's passphrase. Run the command in a terminal to be asked "
                "for it, or give --passphrase-file FILE (a file only you can read).",
            )
        )
    import getpass

    passphrase = getpass.getpass(prompt)
    if confirm and getpass.getpass(tr(_CONTEXT, "Type it again: ")) != passphrase:
        raise CommandFailed(
            tr(_CONTEXT, "The two passphrases were not the same. Nothing was changed.")
        )
    return passphrase
