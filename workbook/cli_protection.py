"""The command line's protection commands and checks (workbook/cli.py wires them in).

    workbook change-passphrase [--passphrase-file OLD] [--new-passphrase-file NEW]
    workbook new-recovery-code [--passphrase-file FILE]

Both give the plan a new data key, exactly as the app does (storage/rekey.py): afterwards no
earlier copy of the key file opens the workbook or its backups. Passphrases come from files or
a hidden prompt, never from an argument value or the environment. A new recovery code is
printed once, to the terminal's error stream, like the one made at set-up.

Also here: the refusal of ``export``/``import`` on a folder without a workbook, and what the
command line says when the workbook on disk is older than the newest version seen
(``--accept-older-copy``). This module imports only the standard library at load time.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbook.cli_base import first_line
from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr

if TYPE_CHECKING:
    from workbook.storage.repository import PlanRepository

ACCEPT_OLDER_OPTION = "--accept-older-copy"
_CONTEXT = "cli"


def add_common_options(common: argparse.ArgumentParser) -> None:
    common.add_argument(
        ACCEPT_OLDER_OPTION,
        action="store_true",
        help=tr(
            _CONTEXT,
            "when the workbook on disk is older than the newest version seen (a backup or "
            "an old copy put in its place, or its log lost), keep working with it; the files "
            "there now are kept aside, not deleted",
        ),
    )


def add_commands(
    commands: argparse._SubParsersAction[Any],
    common: argparse.ArgumentParser,
) -> None:
    change = commands.add_parser(
        "change-passphrase",
        parents=[common],
        help=tr(_CONTEXT, "choose a new passphrase (the plan gets a new key)"),
        description=tr(
            _CONTEXT,
            "Choose a new passphrase. The plan is encrypted again under a new key, so no "
            "earlier copy of the key file opens it or its backups any more; your recovery "
            "code keeps working. The current passphrase comes from --passphrase-file, the new "
            "one from --new-passphrase-file; without them both are asked for in the terminal.",
        ),
    )
    change.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        type=Path,
        help=tr(_CONTEXT, "read the new passphrase from the first line of FILE"),
    )
    commands.add_parser(
        "new-recovery-code",
        parents=[common],
        help=tr(_CONTEXT, "make a new recovery code (the old one stops working)"),
        description=tr(
            _CONTEXT,
            "Make a new recovery code and show it once. The plan is encrypted again under a "
            "new key, so the old code opens nothing any more, not even through an earlier "
            "copy of the key file. Your passphrase keeps working.",
        ),
    )


def no_workbook(folder: Path) -> str:
    return tr(
        _CONTEXT,
        "No workbook in {folder}. Please check the folder name, or give the right one with "
        "--data-dir. Nothing was created. (To make a new workbook, open the Workbook app or "
        "run 'workbook demo' for an example.)",
    ).format(folder=folder)


def require_workbook(folder: Path) -> None:
    """CommandFailed, creating nothing, unless `folder` holds a workbook (a key file, or a
    database from before protection was set up)."""
    from workbook.cli_base import CommandFailed
    from workbook.paths import KEY_FILE_NAME, database_path

    try:
        has_keys = (folder / KEY_FILE_NAME).is_file()
        database = database_path(folder)
        has_database = database.is_file() and database.stat().st_size > 0
    except OSError:
        has_keys = has_database = False
    if not has_keys and not has_database:
        raise CommandFailed(no_workbook(folder))
    refuse_if_open_in_app(folder)


def refuse_if_open_in_app(folder: Path) -> None:
    """CommandFailed while the desktop app has this workbook open (workbook/instance_lock.py):
    two programs changing one workbook would save older copies over newer ones."""
    from workbook.cli_base import CommandFailed
    from workbook.instance_lock import app_holding, open_in_app_message

    pid = app_holding(folder)
    if pid is not None:
        raise CommandFailed(open_in_app_message(folder, pid))


def open_repository(args: argparse.Namespace, folder: Path, data_key: bytes) -> PlanRepository:
    """PlanRepository.open, explaining an older copy (and keeping it when asked to)."""
    from workbook.storage.errors import OlderCopyError
    from workbook.storage.repository import PlanRepository

    try:
        return PlanRepository.open(folder, data_key)
    except OlderCopyError as error:
        _accept_or_refuse(args, folder, data_key, error)
    return PlanRepository.open(folder, data_key)


def _accept_or_refuse(
    args: argparse.Namespace, folder: Path, data_key: bytes, error: Exception
) -> None:
    from workbook.cli_base import CommandFailed
    from workbook.storage.older_copy import accept_older_copy

    if not getattr(args, "accept_older_copy", False):
        raise CommandFailed(
            tr(
                _CONTEXT,
                "{error}\nTo keep working with the copy on disk, run the command again with "
                "{option} (the files there now are kept aside, not deleted). To go back to the "
                "newest good backup instead, open the Workbook app.",
            ).format(error=error, option=ACCEPT_OLDER_OPTION)
        ) from None
    moved = accept_older_copy(folder, data_key)
    print(
        tr(
            _CONTEXT,
            "Kept working with the older copy; the files that were there are kept as {name}.",
        ).format(name=moved.name),
        file=sys.stderr,
    )


def _read_first_line(path: Path) -> str:
    """The new passphrase from its file."""
    return first_line(path, tr(_CONTEXT, "The new passphrase file {path} could not be read."))


def _unlock(args: argparse.Namespace, folder: Path) -> bytes:
    from workbook.cli_base import CommandFailed
    from workbook.cli_base import read_passphrase as _read_passphrase
    from workbook.storage import keys
    from workbook.ui.protection.hardening import disable_core_dumps  # no Qt in there

    require_workbook(folder)
    if not keys.has_keys(folder):
        raise CommandFailed(
            tr(
                _CONTEXT,
                "The workbook in {folder} is not protected by a passphrase yet. Open it once "
                "(for example with 'workbook export') to set one.",
            ).format(folder=folder)
        )
    disable_core_dumps()
    try:
        typed = _read_passphrase(args, tr(_CONTEXT, "Current passphrase: "))
        return keys.unlock_with_passphrase(folder, typed)
    except keys.KeysError as error:
        raise CommandFailed(str(error)) from None


def _rekey(
    args: argparse.Namespace,
    folder: Path,
    data_key: bytes,
    *,
    new_passphrase: str | None = None,
    new_recovery_code: bool = False,
) -> str | None:
    from workbook.cli_base import CommandFailed
    from workbook.storage import keys
    from workbook.storage.errors import OlderCopyError
    from workbook.storage.rekey import rekey

    refuse_if_open_in_app(folder)
    for attempt in (1, 2):
        try:
            result = rekey(
                folder,
                data_key,
                new_passphrase=new_passphrase,
                new_recovery_code=new_recovery_code,
            )
        except OlderCopyError as error:
            if attempt == 2:
                raise
            _accept_or_refuse(args, folder, data_key, error)
            continue
        except keys.KeysError as error:
            raise CommandFailed(
                tr(_CONTEXT, "{error} Nothing was changed.").format(error=error)
            ) from None
        return result.recovery_code
    return None  # not reached


_PASSPHRASE_SET = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "Your new passphrase is set. No earlier copy of the key file opens this workbook or its "
    "backups any more. Copies of the workbook itself made before now still open with the key "
    "file that was beside them.",
)
_CODE_SET = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "A new recovery code is set. No earlier copy of the key file opens this workbook or its "
    "backups any more. Copies of the workbook itself made before now still open with the key "
    "file that was beside them.",
)


def _show_code(code: str) -> None:
    said = tr(
        _CONTEXT,
        "Your new recovery code opens the workbook if you ever forget the passphrase. It is "
        "shown only now: write it on paper, then clear this terminal. The old code no longer "
        "opens anything.",
    )
    print(f"{said}\n\n    {code}\n", file=sys.stderr)


def run_change_passphrase(args: argparse.Namespace) -> int:
    from workbook.cli_base import EXIT_OK, CommandFailed
    from workbook.cli_base import folder as _folder
    from workbook.storage import keys

    folder = _folder(args)
    require_workbook(folder)
    new_file: Path | None = args.new_passphrase_file
    if new_file is None and getattr(args, "passphrase_file", None) is not None:
        raise CommandFailed(
            tr(
                _CONTEXT,
                "Please give the new passphrase in a file too, with --new-passphrase-file FILE.",
            )
        )
    data_key = _unlock(args, folder)
    if new_file is not None:
        new = _read_first_line(new_file)
    else:
        import getpass

        new = getpass.getpass(tr(_CONTEXT, "New passphrase: "))
        if getpass.getpass(tr(_CONTEXT, "Type it again: ")) != new:
            raise CommandFailed(
                tr(_CONTEXT, "The two passphrases were not the same. Nothing was changed.")
            )
    try:
        keys.check_passphrase_acceptable(new)
    except keys.WeakPassphrase as error:
        raise CommandFailed(
            tr(_CONTEXT, "{error} Nothing was changed.").format(error=error)
        ) from None
    code = _rekey(args, folder, data_key, new_passphrase=new)
    print(tr(_CONTEXT, _PASSPHRASE_SET))
    if code is not None:  # a key file from an earlier Workbook gets a new code as well
        _show_code(code)
    return EXIT_OK


def run_new_recovery_code(args: argparse.Namespace) -> int:
    from workbook.cli_base import EXIT_OK
    from workbook.cli_base import folder as _folder

    folder = _folder(args)
    data_key = _unlock(args, folder)
    code = _rekey(args, folder, data_key, new_recovery_code=True)
    assert code is not None
    _show_code(code)
    print(tr(_CONTEXT, _CODE_SET))
    return EXIT_OK
