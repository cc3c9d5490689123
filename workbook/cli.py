"""The `workbook` command: the app's window by default, and a few plain subcommands.

    workbook [--data-dir DIR]                     open the workbook window
    workbook demo                                 write a fictional example plan
    workbook export --out FILE [--format json|pdf] [--force]
                    [--page-size A4|Letter] [--pdf-password-file FILE]
    workbook import FILE [--replace]
    workbook verify [FILE.json]                   check the contact log's hash chain

Every subcommand also takes --data-dir DIR and --passphrase-file FILE (without it, the
passphrase is asked for in the terminal). Everything that opens the workbook goes through
_open_repository.

Exit codes: 0 done, 1 not done (a refusal, a file with problems, a storage error; the
message says why and what to do), 2 the command line itself was wrong.

Messages never repeat what is inside the plan: a terminal's scroll-back can be read by the
wrong person too.

Start-up: this module imports nothing but the standard library's argparse until it knows the
command. Each command is one `_run_<name>` function that imports what it needs inside it, so
the window (the default command) shows before the storage, PDF or JSON code is loaded, and
`workbook --help` stays instant. Keep it that way when adding a command: add its parser in
`_build_parser`, its function, and its entry in `_COMMANDS`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from workbook.paths import DATA_DIR_ENV, data_dir

if TYPE_CHECKING:
    from workbook.domain.model import Plan
    from workbook.storage.repository import PlanRepository

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

# Far beyond any real plan (the demo is ~17 kB); stops a wrong file from filling memory.
MAX_IMPORT_BYTES = 64 * 1024 * 1024


class CommandFailed(Exception):
    """A command could not do its work; the message is shown as is and says what to do."""


class _ArgumentParser(argparse.ArgumentParser):
    """argparse, but a wrong command line gets one line, not a usage block, and options are
    never abbreviated: ``--passphrase SECRET`` must not pass as ``--passphrase-file``, which
    would then name the secret in its message."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


class _VersionAction(argparse.Action):
    """--version, looking the version up only when asked (importlib.metadata is slow)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        from workbook import __version__

        print(f"workbook {__version__}")
        parser.exit()


def _build_parser() -> argparse.ArgumentParser:
    data_dir_help = (
        f"the folder that holds the workbook (default: ${DATA_DIR_ENV}, else your user data folder)"
    )
    parser = _ArgumentParser(
        prog="workbook",
        description=(
            "A private, offline workbook for a No Contact safety plan. "
            "Without a command it opens the workbook window."
        ),
        epilog="Everything stays on this computer; Workbook never uses the network.",
    )
    parser.add_argument(
        "--version", nargs=0, action=_VersionAction, help="show the version and exit"
    )
    parser.add_argument("--data-dir", metavar="DIR", help=data_dir_help)

    # Each subcommand takes --data-dir too, so that it can come before or after the command;
    # SUPPRESS keeps a subcommand from overwriting one given before it.
    common = _ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=data_dir_help)
    common.add_argument(
        "--passphrase-file",
        metavar="FILE",
        type=Path,
        help="read the workbook's passphrase from the first line of FILE instead of asking "
        "for it (never give it on the command line or in the environment)",
    )
    from workbook import cli_protection  # standard library only

    cli_protection.add_common_options(common)

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser(
        "demo",
        parents=[common],
        help="write a complete, fictional example plan to look around in",
        description=(
            "Write a complete, fictional example plan into an empty workbook, to look around "
            "before typing in your own. It never overwrites a plan."
        ),
    )

    export = commands.add_parser(
        "export",
        parents=[common],
        help="save the plan, or a version of it for one reader, as a file",
        description=(
            "Save the plan to a file: the whole plan (JSON or PDF), or a PDF for your lawyer "
            "or for a court, a card for a check-in partner, or your calendar. The file is "
            "not encrypted, unless it is a PDF protected with --pdf-password-file."
        ),
    )
    export.add_argument(
        "--out",
        metavar="FILE",
        required=True,
        type=Path,
        help="the file to write (with --for partner and no --partner: a folder, one card "
        "per check-in partner)",
    )
    export.add_argument(
        "--for",
        dest="reader",
        choices=READERS,
        default="plan",
        help="plan: everything (default); lawyer: leaves out code words, check-ins, safe "
        "places and what to take; court: also leaves out every address, trusted contacts' "
        "details, backup plans and proxies' notes; partner: a one-page card for a check-in "
        "partner; calendar: check-in times, mandated contact and review dates (.ics)",
    )
    export.add_argument(
        "--partner",
        metavar="NAME",
        help="with --for partner: the check-in partner's name as in the plan",
    )
    export.add_argument(
        "--calendar-names",
        action="store_true",
        help="with --for calendar: name partners and orders in event titles (calendars sync "
        "to other devices; by default every title is neutral)",
    )
    export.add_argument(
        "--format",
        choices=("json", "pdf"),
        help="json (to move the plan or keep a copy) or pdf (to print); "
        "default: from the file name, else json",
    )
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")
    export.add_argument(
        "--page-size",
        type=_page_size,
        metavar="A4|Letter",  # workbook.export.pdf.PAGE_SIZES (tests/test_cli.py checks)
        help="the PDF's paper size (default: from your locale)",
    )
    export.add_argument(
        "--pdf-password-file",
        metavar="FILE",
        type=Path,
        help="protect the PDF with the password on the first line of FILE "
        "(a file, so the password stays out of the shell history)",
    )

    import_ = commands.add_parser(
        "import",
        parents=[common],
        help="load a plan from a JSON file made by 'workbook export'",
        description=(
            "Load a plan from a JSON file. The whole file is checked first; if anything is "
            "wrong, every problem is listed and nothing is changed."
        ),
    )
    import_.add_argument("file", metavar="FILE", type=Path, help="the JSON file to load")
    import_.add_argument(
        "--replace",
        action="store_true",
        help="replace the plan already in the workbook (it is lost)",
    )
    cli_protection.add_commands(commands, common)

    verify = commands.add_parser(
        "verify",
        parents=[common],
        help="check that the contact log was not changed, and print its latest hash",
        description=(
            "Check the contact log's hash chain (docs/record.md) in the workbook, or in a "
            "plan file made by 'workbook export'. Prints the number of entries and the latest "
            "hash, or names the first entry that was changed, removed or moved (exit code 1)."
        ),
    )
    verify.add_argument(
        "file",
        metavar="FILE.json",
        type=Path,
        nargs="?",
        help="an exported plan file to check instead of the workbook",
    )
    return parser


def _page_size(value: str) -> str:
    from workbook.export.pdf import PAGE_SIZES

    for name in PAGE_SIZES:
        if value.strip().lower() == name.lower():
            return name
    raise argparse.ArgumentTypeError(f"choose {' or '.join(PAGE_SIZES)}")


def _folder(args: argparse.Namespace) -> Path:
    return data_dir(args.data_dir)


def _open_repository(args: argparse.Namespace) -> PlanRepository:
    """The one place the command line opens the workbook (creating the folder if needed)."""
    from workbook import cli_protection

    folder = _folder(args)
    if args.command != "demo":  # only demo (and the app's first start) make a workbook
        cli_protection.require_workbook(folder)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise CommandFailed(
            f"The folder {folder} could not be created ({error.strerror or error}). "
            "Please choose another one with --data-dir."
        ) from None
    return cli_protection.open_repository(args, folder, _data_key(args, folder))


def _read_passphrase(args: argparse.Namespace, prompt: str, *, confirm: bool = False) -> str:
    """From --passphrase-file, else asked for in the terminal (never echoed); never from an
    argument value or the environment, where other programs and the history can see it."""
    path: Path | None = getattr(args, "passphrase_file", None)
    if path is not None:
        from workbook.cli_protection import read_secret_file

        try:
            lines = read_secret_file(path).splitlines()
        except (OSError, UnicodeDecodeError):
            raise CommandFailed(f"The passphrase file {path} could not be read.") from None
        return lines[0] if lines else ""
    if not sys.stdin.isatty():
        raise CommandFailed(
            "This needs the workbook's passphrase. Run the command in a terminal to be asked "
            "for it, or give --passphrase-file FILE (a file only you can read)."
        )
    import getpass

    passphrase = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != passphrase:
        raise CommandFailed("The two passphrases were not the same. Nothing was changed.")
    return passphrase


def _data_key(args: argparse.Namespace, folder: Path) -> bytes:
    """The key that opens the workbook (storage/keys.py); a new workbook is protected from
    its first byte, with the recovery code shown once."""
    from workbook.paths import database_path
    from workbook.storage import keys
    from workbook.ui.protection.hardening import disable_core_dumps  # no Qt in there

    disable_core_dumps()  # the plan is about to be in this process's memory
    database = database_path(folder)
    try:
        if keys.has_keys(folder):
            data_key = keys.unlock_with_passphrase(folder, _read_passphrase(args, "Passphrase: "))
            keys.remove_stale_temp_files(folder)
        else:
            passphrase = _read_passphrase(
                args, "Choose a passphrase for this workbook: ", confirm=True
            )
            created = keys.create_keys(folder, passphrase)
            data_key = created.data_key
            print(
                "Your recovery code opens the workbook if you ever forget the passphrase. "
                "It is shown only now: write it on paper, then clear this terminal.\n\n"
                f"    {created.recovery_code}\n",
                file=sys.stderr,
            )
        if keys.is_plain_sqlite(database):  # written before protection was set up
            keys.encrypt_plain_database(database, data_key)
    except keys.KeysError as error:
        raise CommandFailed(str(error)) from None
    return data_key


def _run_demo(args: argparse.Namespace) -> int:
    from workbook.domain.demo import demo_plan

    repo = _open_repository(args)
    try:
        if repo.has_plan():
            raise CommandFailed(
                f"The workbook in {_folder(args)} already holds a plan, so the example was not "
                "written and nothing was changed. To look at the example, give an empty folder, "
                "for example: workbook demo --data-dir ~/workbook-example"
            )
        repo.replace_plan(demo_plan())
    finally:
        repo.close()
    print(f"Wrote a fictional example plan to {_folder(args)}.")
    print(f"Open it with: workbook --data-dir {_folder(args)}")
    return EXIT_OK


READERS = ("plan", "lawyer", "court", "partner", "calendar")


def _export_format(args: argparse.Namespace) -> str:
    if args.reader == "calendar":
        if args.format:
            raise CommandFailed("--for calendar writes an iCalendar file; leave out --format.")
        return "ics"
    if args.reader != "plan":
        if args.format == "json":
            raise CommandFailed("Only the whole plan (--for plan) can be saved as JSON.")
        return "pdf"
    if args.format:
        return str(args.format)
    return "pdf" if args.out.suffix.lower() == ".pdf" else "json"


def _pdf_password(args: argparse.Namespace) -> str | None:
    path: Path | None = args.pdf_password_file
    if path is None:
        return None
    from workbook.cli_protection import read_secret_file

    try:
        lines = read_secret_file(path).splitlines()
    except (OSError, UnicodeDecodeError):
        raise CommandFailed(f"The password file {path} could not be read.") from None
    if not lines or not lines[0]:
        raise CommandFailed(f"The first line of {path} is empty; it should hold the password.")
    return lines[0]


def _run_export(args: argparse.Namespace) -> int:
    from workbook.export.pdf import export_pdf
    from workbook.export.plan_json import plan_to_json
    from workbook.files import EXPORT_TEMP_PREFIX, atomic_write

    out: Path = args.out
    kind = _export_format(args)
    if kind != "pdf" and (args.page_size or args.pdf_password_file):
        raise CommandFailed("--page-size and --pdf-password-file only apply to a PDF.")
    if args.partner is not None and args.reader != "partner":
        raise CommandFailed("--partner goes with --for partner.")
    if args.calendar_names and args.reader != "calendar":
        raise CommandFailed("--calendar-names goes with --for calendar.")
    if kind in ("pdf", "ics"):  # what the window would write: in the person's language
        from workbook.cli_language import install_export_language

        install_export_language(_folder(args))
    if args.reader == "partner" and args.partner is None:
        return _export_cards(args, out)
    if out.is_dir():
        raise CommandFailed(f"{out} is a folder. Please give a file name, e.g. {out / 'plan.json'}")
    if out.exists() and not args.force:
        raise CommandFailed(f"{out} already exists. Add --force to replace it.")
    if not out.parent.is_dir():
        raise CommandFailed(f"The folder {out.parent} does not exist. Please create it first.")
    password = _pdf_password(args) if kind == "pdf" else None
    from workbook import cli_protection
    from workbook.files import remove_stale_temp_files

    cli_protection.require_workbook(_folder(args))
    remove_stale_temp_files(out.parent)  # what an export killed before its rename left
    repo = _open_repository(args)
    try:
        plan = repo.load_plan()
    finally:
        repo.close()
    if args.reader in ("partner", "calendar"):
        return _export_for_one(args, repo_plan=plan, out=out, password=password)
    if kind == "json":
        try:
            # Private (0600), fsynced, renamed into place: never half a plan on disk.
            atomic_write(out, plan_to_json(plan).encode("utf-8"), EXPORT_TEMP_PREFIX)
        except OSError as error:
            raise CommandFailed(
                f"{out} could not be written ({error.strerror or error})."
            ) from None
        print(f"Saved the plan to {out}.")
    else:
        from workbook.domain.fields import Reader

        reader = Reader(args.reader)
        report = export_pdf(plan, out, page_size=args.page_size, password=password, reader=reader)
        pages = "1 page" if report.pages == 1 else f"{report.pages} pages"
        whom = {
            "plan": "the plan",
            "lawyer": "the plan for your lawyer",
            "court": "the plan for court",
        }
        print(f"Saved {whom[args.reader]} to {out} ({pages}, {report.page_size}).")
        _print_undrawable(report.undrawable_places)
    if password:
        print("The PDF is protected with your password.")
    else:
        print("The file is not encrypted: keep it somewhere only you can reach.")
    return EXIT_OK


def _print_undrawable(places: Sequence[tuple[str, str, int]]) -> None:
    """Each character no font could draw, with its field and page (it shows as a mark)."""
    for char, field_label, page in places:
        where = f"in “{field_label}”" if field_label else "in a text"
        print(
            f"Character U+{ord(char):04X} {where} on page {page} could not be drawn; it shows as �."
        )


def _emergency_number(repo: PlanRepository) -> str | None:
    import locale

    from workbook.domain import helplines

    saved = repo.get_setting(helplines.COUNTRY_SETTING)
    country = helplines.country_for(saved, locale.getlocale()[0])
    return country.emergency[0] if country is not None and country.emergency else None


def _export_cards(args: argparse.Namespace, out: Path) -> int:
    """--for partner without --partner: one card per check-in partner into folder `out`."""
    from workbook import cli_protection
    from workbook.export.partner_card import export_partner_card, partners
    from workbook.export.pdf import default_page_size

    if out.exists() and not out.is_dir():
        raise CommandFailed(f"{out} is a file. Give a folder for the cards, or add --partner NAME.")
    cli_protection.require_workbook(_folder(args))
    password = _pdf_password(args)
    repo = _open_repository(args)
    try:
        plan = repo.load_plan()
        emergency = _emergency_number(repo)
    finally:
        repo.close()
    people = partners(plan)
    if not people:
        raise CommandFailed("No trusted contact is the partner of a check-in agreement yet.")
    out.mkdir(mode=0o700, exist_ok=True)
    for number, partner in enumerate(people, start=1):
        target = out / f"check-in-card-{number}.pdf"
        if target.exists() and not args.force:
            raise CommandFailed(f"{target} already exists. Add --force to replace it.")
        report = export_partner_card(
            plan,
            partner.id,
            target,
            emergency=emergency,
            page_size=args.page_size or default_page_size(),
            password=password,
        )
        print(f"Saved the card for {partner.name or 'a partner without a name'} to {target}.")
        if report.pages > 1:
            print(f"  It did not fit one page even in small type; it has {report.pages} pages.")
    return EXIT_OK


def _export_for_one(
    args: argparse.Namespace, *, repo_plan: Plan, out: Path, password: str | None
) -> int:
    """--for partner --partner NAME, or --for calendar."""
    if args.reader == "calendar":
        from workbook.export.calendar import export_calendar

        report = export_calendar(repo_plan, out, details=args.calendar_names)
        print(f"Saved {report.events} calendar event(s) to {out}.")
        for note in report.notes:
            print(f"  {note}")
        if args.calendar_names:
            print("Titles name people and orders: calendars sync to other devices.")
        else:
            print("Every title is neutral (“Workbook: check-in”); nothing else is in the file.")
        return EXIT_OK
    from workbook.export.partner_card import export_partner_card, partners
    from workbook.export.pdf import default_page_size

    wanted = args.partner.strip().casefold()
    matches = [c for c in partners(repo_plan) if c.name.strip().casefold() == wanted]
    if not matches:
        names = ", ".join(c.name for c in partners(repo_plan)) or "none yet"
        raise CommandFailed(f"No check-in partner is called {args.partner!r}. Partners: {names}.")
    repo = _open_repository(args)
    try:
        emergency = _emergency_number(repo)
    finally:
        repo.close()
    card = export_partner_card(
        repo_plan,
        matches[0].id,
        out,
        emergency=emergency,
        page_size=args.page_size or default_page_size(),
        password=password,
    )
    print(f"Saved the card for {matches[0].name} to {out} ({card.pages} page(s)).")
    if password:
        print("The PDF is protected with your password.")
    else:
        print("The file is not encrypted: give it to your partner and keep no other copy.")
    return EXIT_OK


def _read_import_file(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_IMPORT_BYTES + 1)
    except FileNotFoundError:
        raise CommandFailed(f"There is no file {path}. Please check the name.") from None
    except IsADirectoryError:
        raise CommandFailed(f"{path} is a folder. Please give the plan file itself.") from None
    except OSError as error:
        raise CommandFailed(f"{path} could not be read ({error.strerror or error}).") from None
    if len(data) > MAX_IMPORT_BYTES:
        raise CommandFailed(
            f"{path} is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB, far larger than "
            "any plan. Nothing was imported."
        )
    return data


def _run_import(args: argparse.Namespace) -> int:
    from workbook.export.plan_json import PlanImportError, plan_from_bytes

    path: Path = args.file
    # Everything is checked before the workbook is even opened: a file with problems leaves
    # the workbook's files exactly as they were.
    try:
        plan = plan_from_bytes(_read_import_file(path))
    except PlanImportError as error:
        count = len(error.problems) + error.more
        heading = "a problem" if count == 1 else f"{count:,} problems"
        lines = [f"{path}:{p.line}: {p.path}: {p.message}" for p in error.problems]
        if error.more:
            lines.append(f"and {error.more:,} more")
        raise CommandFailed(
            f"{path} has {heading}, so nothing was imported:\n" + "\n".join(lines)
        ) from None
    repo = _open_repository(args)
    try:
        if repo.has_plan() and not args.replace:
            raise CommandFailed(
                f"The workbook in {_folder(args)} already holds a plan, so nothing was imported "
                "and nothing was changed. To replace that plan with the file, add --replace "
                "(the plan there now will be lost)."
            )
        repo.replace_plan(plan)
    finally:
        repo.close()
    print(f"Imported the plan from {path} into {_folder(args)}.")
    return EXIT_OK


def _run_verify(args: argparse.Namespace) -> int:
    from workbook.domain.chain import ChainCheck
    from workbook.domain.chain import verify as verify_chain

    check: ChainCheck
    if args.file is not None:
        from workbook.export.plan_json import PlanImportError, plan_from_bytes

        path: Path = args.file
        try:
            plan = plan_from_bytes(_read_import_file(path))
        except PlanImportError as error:
            lines = [f"{path}:{p.line}: {p.path}: {p.message}" for p in error.problems]
            raise CommandFailed(f"{path} did not pass the check:\n" + "\n".join(lines)) from None
        log = plan.contact_log
        if log and not any(entry.entry_hash for entry in log):
            raise CommandFailed(
                f"The contact log in {path} has no hashes: it was written before Workbook "
                "kept them, so there is nothing to check."
            )
        check = verify_chain(log, (len(log), log[-1].entry_hash) if log else None)
        where = str(path)
    else:
        repo = _open_repository(args)
        try:
            check = repo.verify_log()
        finally:
            repo.close()
        where = f"the workbook in {_folder(args)}"
    if check.problem is not None:
        entry = f" (id {check.problem.entry_id})" if check.problem.entry_id else ""
        print(
            f"The contact log in {where} was altered. {check.problem.message}{entry}",
            file=sys.stderr,
        )
        print(f"Latest hash in it now: {check.latest_hash or '(none)'}")
        return EXIT_FAILED
    entries = "1 entry" if check.count == 1 else f"{check.count} entries"
    print(f"The contact log in {where} is intact: {entries}, each unchanged since written.")
    print(f"Latest hash: {check.latest_hash or '(the log is empty)'}")
    return EXIT_OK


def _run_change_passphrase(args: argparse.Namespace) -> int:
    from workbook.cli_protection import run_change_passphrase

    return run_change_passphrase(args)


def _run_new_recovery_code(args: argparse.Namespace) -> int:
    from workbook.cli_protection import run_new_recovery_code

    return run_new_recovery_code(args)


def _run_app(args: argparse.Namespace) -> int:
    # On Linux the app starts again at once with memory that is overwritten when freed, so
    # nothing of the plan lingers while it is locked (docs/security.md).
    from workbook.ui.protection.private_memory import relaunch_with_private_memory

    relaunch_with_private_memory()
    from workbook.ui.app import run_app  # only the window needs Qt

    return run_app(_folder(args))


_COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    "demo": _run_demo,
    "export": _run_export,
    "import": _run_import,
    "verify": _run_verify,
    "change-passphrase": _run_change_passphrase,
    "new-recovery-code": _run_new_recovery_code,
    None: _run_app,
}


def _plain_failures() -> tuple[type[Exception], ...]:
    """Errors whose message is written for the person; imported only once one was raised."""
    failures: list[type[Exception]] = [CommandFailed]
    from workbook.storage.errors import StorageError

    failures.append(StorageError)
    if "workbook.export.pdf" in sys.modules:
        from workbook.export.pdf import PdfExportError

        failures.append(PdfExportError)
    return tuple(failures)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, --version, or a wrong command line
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    try:
        return _COMMANDS[args.command](args)
    except Exception as error:
        if not isinstance(error, _plain_failures()):
            raise
        print(f"workbook: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
