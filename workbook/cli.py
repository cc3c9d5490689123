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

import sys
from collections.abc import Callable, Sequence

# What the protection commands share with these (standard library only, nothing heavy).
from workbook.cli_base import EXIT_FAILED, EXIT_OK, EXIT_USAGE, CommandFailed, first_line
from workbook.cli_base import folder as _folder
from workbook.cli_base import read_passphrase as _read_passphrase
from workbook.command_line import data_dir_named, opens_the_window
from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr

# Not typing.TYPE_CHECKING: the window's start (`main`) loads nothing it does not need before
# it starts again, not even the typing module (mypy reads this name the same way).
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from pathlib import Path
    from typing import Any

    from workbook.domain.model import Plan
    from workbook.storage.repository import PlanRepository

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "CommandFailed", "main"]

_CONTEXT = "cli"

# Texts with a count (`%n`), marked as Qt plural entries; said through `_counted`.
_SAVED_PLAN = QT_TRANSLATE_NOOP(_CONTEXT, "Saved the plan to {out} (%n pages, {size}).", "", 0)
_SAVED_LAWYER = QT_TRANSLATE_NOOP(
    _CONTEXT, "Saved the plan for your lawyer to {out} (%n pages, {size}).", "", 0
)
_SAVED_COURT = QT_TRANSLATE_NOOP(
    _CONTEXT, "Saved the plan for court to {out} (%n pages, {size}).", "", 0
)
_CARD_PAGES = QT_TRANSLATE_NOOP(
    _CONTEXT, "  It did not fit one page even in small type; it has %n pages.", "", 0
)
_EVENTS = QT_TRANSLATE_NOOP(_CONTEXT, "Saved %n calendar events to {out}.", "", 0)
_CARD_SAVED = QT_TRANSLATE_NOOP(_CONTEXT, "Saved the card for {name} to {out} (%n pages).", "", 0)
# (These two say {count}, written with thousands separators; the count picks the form.)
_PROBLEMS = QT_TRANSLATE_NOOP(
    _CONTEXT, "{path} has {count} problems, so nothing was imported:", "", 0
)
_MORE = QT_TRANSLATE_NOOP(_CONTEXT, "and {count} more", "", 0)
_INTACT_FILE = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "The contact log in {path} is intact: %n entries, each unchanged since written.",
    "",
    0,
)
_INTACT_WORKBOOK = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "The contact log in the workbook in {folder} is intact: %n entries, each unchanged since "
    "written.",
    "",
    0,
)


def _counted(text: str, count: int, english_one: str) -> str:
    """`text` in the plural form its language needs for `count` (`%n` becomes the number).
    English has no translation installed, and Qt's way then keeps the source's one form:
    for one, the English singular `english_one` is said instead."""
    said = tr(_CONTEXT, text, "", count)
    return english_one if count == 1 and said == text.replace("%n", "1") else said


# Far beyond any real plan (the demo is ~17 kB); stops a wrong file from filling memory.
MAX_IMPORT_BYTES = 64 * 1024 * 1024


def _build_parser() -> argparse.ArgumentParser:
    import argparse
    from pathlib import Path
    from typing import NoReturn

    from workbook.paths import DATA_DIR_ENV

    class _HelpFormatter(argparse.HelpFormatter):
        """argparse's help, its "usage:" in the person's language."""

        def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: Any = None) -> None:
            prefix = tr(_CONTEXT, "usage: ") if prefix is None else prefix
            super().add_usage(usage, actions, groups, prefix)

    class _ArgumentParser(argparse.ArgumentParser):
        """argparse, but a wrong command line gets one line, not a usage block, and options
        are never abbreviated: ``--passphrase SECRET`` must not pass as ``--passphrase-file``,
        which would then name the secret in its message. The help's own words ("usage:",
        "options:", -h) are in the person's language too; argparse's messages for a wrong
        command line stay English."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("allow_abbrev", False)
            kwargs.setdefault("formatter_class", _HelpFormatter)
            super().__init__(*args, **kwargs)
            self._positionals.title = tr(_CONTEXT, "positional arguments")
            self._optionals.title = tr(_CONTEXT, "options")
            for action in self._actions:
                if action.dest == "help":
                    action.help = tr(_CONTEXT, "show this help message and exit")

        def error(self, message: str) -> NoReturn:
            said = tr(_CONTEXT, "{prog}: {message} (see '{prog} --help')")
            self.exit(EXIT_USAGE, said.format(prog=self.prog, message=message) + "\n")

    class _VersionAction(argparse.Action):
        """--version, looking the version up only when asked (importlib.metadata is slow)."""

        def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
            from workbook import __version__

            print(f"workbook {__version__}")
            parser.exit()

    # Help texts in the person's language once `main` installed a translator (argparse's
    # messages for a wrong command line stay English).
    data_dir_help = tr(
        _CONTEXT,
        "the folder that holds the workbook (default: ${env}, else your user data folder)",
    ).format(env=DATA_DIR_ENV)
    parser = _ArgumentParser(
        prog="workbook",
        description=tr(
            _CONTEXT,
            "A private, offline workbook for a No Contact safety plan. "
            "Without a command it opens the workbook window.",
        ),
        epilog=tr(_CONTEXT, "Everything stays on this computer; Workbook never uses the network."),
    )
    parser.add_argument(
        "--version", nargs=0, action=_VersionAction, help=tr(_CONTEXT, "show the version and exit")
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
        help=tr(
            _CONTEXT,
            "read the workbook's passphrase from the first line of FILE instead of asking "
            "for it (never give it on the command line or in the environment)",
        ),
    )
    from workbook import cli_protection  # standard library only

    cli_protection.add_common_options(common)

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser(
        "demo",
        parents=[common],
        help=tr(_CONTEXT, "write a complete, fictional example plan to look around in"),
        description=tr(
            _CONTEXT,
            "Write a complete, fictional example plan into an empty workbook, to look around "
            "before typing in your own. It never overwrites a plan.",
        ),
    )

    export = commands.add_parser(
        "export",
        parents=[common],
        help=tr(_CONTEXT, "save the plan, or a version of it for one reader, as a file"),
        description=tr(
            _CONTEXT,
            "Save the plan to a file: the whole plan (JSON or PDF), or a PDF for your lawyer "
            "or for a court, a card for a check-in partner, or your calendar. The file is "
            "not encrypted, unless it is a PDF protected with --pdf-password-file.",
        ),
    )
    export.add_argument(
        "--out",
        metavar="FILE",
        required=True,
        type=Path,
        help=tr(
            _CONTEXT,
            "the file to write (with --for partner and no --partner: a folder, one card "
            "per check-in partner)",
        ),
    )
    export.add_argument(
        "--for",
        dest="reader",
        choices=READERS,
        default="plan",
        help=tr(
            _CONTEXT,
            "plan: everything (default); lawyer: leaves out code words, check-ins, safe "
            "places and what to take; court: also leaves out every address, trusted contacts' "
            "details, backup plans and proxies' notes; partner: a one-page card for a check-in "
            "partner; calendar: check-in times, mandated contact and review dates (.ics)",
        ),
    )
    export.add_argument(
        "--partner",
        metavar="NAME",
        help=tr(_CONTEXT, "with --for partner: the check-in partner's name as in the plan"),
    )
    export.add_argument(
        "--calendar-names",
        action="store_true",
        help=tr(
            _CONTEXT,
            "with --for calendar: name partners and orders in event titles (calendars sync "
            "to other devices; by default every title is neutral)",
        ),
    )
    export.add_argument(
        "--format",
        choices=("json", "pdf"),
        help=tr(
            _CONTEXT,
            "json (to move the plan or keep a copy) or pdf (to print); "
            "default: from the file name, else json",
        ),
    )
    export.add_argument(
        "--force", action="store_true", help=tr(_CONTEXT, "replace FILE if it exists")
    )
    export.add_argument(
        "--page-size",
        type=_page_size,
        metavar="A4|Letter",  # workbook.export.pdf.PAGE_SIZES (tests/test_cli.py checks)
        help=tr(_CONTEXT, "the PDF's paper size (default: from your locale)"),
    )
    export.add_argument(
        "--pdf-password-file",
        metavar="FILE",
        type=Path,
        help=tr(
            _CONTEXT,
            "protect the PDF with the password on the first line of FILE "
            "(a file, so the password stays out of the shell history)",
        ),
    )

    import_ = commands.add_parser(
        "import",
        parents=[common],
        help=tr(_CONTEXT, "load a plan from a JSON file made by 'workbook export'"),
        description=tr(
            _CONTEXT,
            "Load a plan from a JSON file. The whole file is checked first; if anything is "
            "wrong, every problem is listed and nothing is changed.",
        ),
    )
    import_.add_argument(
        "file", metavar="FILE", type=Path, help=tr(_CONTEXT, "the JSON file to load")
    )
    import_.add_argument(
        "--replace",
        action="store_true",
        help=tr(_CONTEXT, "replace the plan already in the workbook (it is lost)"),
    )
    cli_protection.add_commands(commands, common)

    verify = commands.add_parser(
        "verify",
        parents=[common],
        help=tr(_CONTEXT, "check that the contact log was not changed, and print its latest hash"),
        description=tr(
            _CONTEXT,
            "Check the contact log's hash chain (docs/record.md) in the workbook, or in a "
            "plan file made by 'workbook export'. Prints the number of entries and the latest "
            "hash, or names the first entry that was changed, removed or moved (exit code 1).",
        ),
    )
    verify.add_argument(
        "file",
        metavar="FILE.json",
        type=Path,
        nargs="?",
        help=tr(_CONTEXT, "an exported plan file to check instead of the workbook"),
    )
    return parser


def _page_size(value: str) -> str:
    import argparse

    from workbook.export.pdf import PAGE_SIZES

    for name in PAGE_SIZES:
        if value.strip().lower() == name.lower():
            return name
    first, second = PAGE_SIZES
    raise argparse.ArgumentTypeError(
        tr(_CONTEXT, "choose {first} or {second}").format(first=first, second=second)
    )


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
            tr(
                _CONTEXT,
                "The folder {folder} could not be created ({reason}). "
                "Please choose another one with --data-dir.",
            ).format(folder=folder, reason=error.strerror or error)
        ) from None
    return cli_protection.open_repository(args, folder, _data_key(args, folder))


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
            data_key = keys.unlock_with_passphrase(
                folder, _read_passphrase(args, tr(_CONTEXT, "Passphrase: "))
            )
            keys.remove_stale_temp_files(folder)
        else:
            passphrase = _read_passphrase(
                args, tr(_CONTEXT, "Choose a passphrase for this workbook: "), confirm=True
            )
            created = keys.create_keys(folder, passphrase)
            data_key = created.data_key
            print(
                tr(
                    _CONTEXT,
                    "Your recovery code opens the workbook if you ever forget the passphrase. "
                    "It is shown only now: write it on paper, then clear this terminal.",
                )
                + f"\n\n    {created.recovery_code}\n",
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
                tr(
                    _CONTEXT,
                    "The workbook in {folder} already holds a plan, so the example was not "
                    "written and nothing was changed. To look at the example, give an empty "
                    "folder, for example: workbook demo --data-dir ~/workbook-example",
                ).format(folder=_folder(args))
            )
        repo.replace_plan(demo_plan())
    finally:
        repo.close()
    print(tr(_CONTEXT, "Wrote a fictional example plan to {folder}.").format(folder=_folder(args)))
    print(tr(_CONTEXT, "Open it with: workbook --data-dir {folder}").format(folder=_folder(args)))
    return EXIT_OK


READERS = ("plan", "lawyer", "court", "partner", "calendar")


def _export_format(args: argparse.Namespace) -> str:
    if args.reader == "calendar":
        if args.format:
            raise CommandFailed(
                tr(_CONTEXT, "--for calendar writes an iCalendar file; leave out --format.")
            )
        return "ics"
    if args.reader != "plan":
        if args.format == "json":
            raise CommandFailed(
                tr(_CONTEXT, "Only the whole plan (--for plan) can be saved as JSON.")
            )
        return "pdf"
    if args.format:
        return str(args.format)
    return "pdf" if args.out.suffix.lower() == ".pdf" else "json"


def _pdf_password(args: argparse.Namespace) -> str | None:
    path: Path | None = args.pdf_password_file
    if path is None:
        return None
    password = first_line(path, tr(_CONTEXT, "The password file {path} could not be read."))
    if not password:
        raise CommandFailed(
            tr(_CONTEXT, "The first line of {path} is empty; it should hold the password.").format(
                path=path
            )
        )
    return password


def _run_export(args: argparse.Namespace) -> int:
    from workbook.export.pdf import export_pdf
    from workbook.export.plan_json import plan_to_json
    from workbook.files import EXPORT_TEMP_PREFIX, atomic_write

    out: Path = args.out
    kind = _export_format(args)
    if kind != "pdf" and (args.page_size or args.pdf_password_file):
        raise CommandFailed(
            tr(_CONTEXT, "--page-size and --pdf-password-file only apply to a PDF.")
        )
    if args.partner is not None and args.reader != "partner":
        raise CommandFailed(tr(_CONTEXT, "--partner goes with --for partner."))
    if args.calendar_names and args.reader != "calendar":
        raise CommandFailed(tr(_CONTEXT, "--calendar-names goes with --for calendar."))
    if kind in ("pdf", "ics"):  # what the window would write: in the person's language
        from workbook.cli_language import install_export_language

        install_export_language(_folder(args))
    if args.reader == "partner" and args.partner is None:
        return _export_cards(args, out)
    if out.is_dir():
        raise CommandFailed(
            tr(_CONTEXT, "{out} is a folder. Please give a file name, e.g. {example}").format(
                out=out, example=out / "plan.json"
            )
        )
    if out.exists() and not args.force:
        raise CommandFailed(
            tr(_CONTEXT, "{out} already exists. Add --force to replace it.").format(out=out)
        )
    if not out.parent.is_dir():
        raise CommandFailed(
            tr(_CONTEXT, "The folder {folder} does not exist. Please create it first.").format(
                folder=out.parent
            )
        )
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
                tr(_CONTEXT, "{out} could not be written ({reason}).").format(
                    out=out, reason=error.strerror or error
                )
            ) from None
        print(tr(_CONTEXT, "Saved the plan to {out}.").format(out=out))
    else:
        from workbook.domain.fields import Reader

        reader = Reader(args.reader)
        report = export_pdf(plan, out, page_size=args.page_size, password=password, reader=reader)
        saved = {
            "plan": (_SAVED_PLAN, "Saved the plan to {out} (1 page, {size})."),
            "lawyer": (_SAVED_LAWYER, "Saved the plan for your lawyer to {out} (1 page, {size})."),
            "court": (_SAVED_COURT, "Saved the plan for court to {out} (1 page, {size})."),
        }[args.reader]
        print(_counted(saved[0], report.pages, saved[1]).format(out=out, size=report.page_size))
        _print_undrawable(report.undrawable_places)
    if password:
        print(tr(_CONTEXT, "The PDF is protected with your password."))
    else:
        print(tr(_CONTEXT, "The file is not encrypted: keep it somewhere only you can reach."))
    return EXIT_OK


def _print_undrawable(places: Sequence[tuple[str, str, int]]) -> None:
    """Each character no font could draw, with its field and page (it shows as a mark)."""
    for char, field_label, page in places:
        code = f"{ord(char):04X}"
        if field_label:
            said = tr(
                _CONTEXT,
                "Character U+{code} in “{field}” on page {page} could not be drawn; it shows as �.",
            ).format(code=code, field=field_label, page=page)
        else:
            said = tr(
                _CONTEXT,
                "Character U+{code} in a text on page {page} could not be drawn; it shows as �.",
            ).format(code=code, page=page)
        print(said)


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
        raise CommandFailed(
            tr(
                _CONTEXT, "{out} is a file. Give a folder for the cards, or add --partner NAME."
            ).format(out=out)
        )
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
        raise CommandFailed(
            tr(_CONTEXT, "No trusted contact is the partner of a check-in agreement yet.")
        )
    out.mkdir(mode=0o700, exist_ok=True)
    for number, partner in enumerate(people, start=1):
        target = out / f"check-in-card-{number}.pdf"
        if target.exists() and not args.force:
            raise CommandFailed(
                tr(_CONTEXT, "{out} already exists. Add --force to replace it.").format(out=target)
            )
        report = export_partner_card(
            plan,
            partner.id,
            target,
            emergency=emergency,
            page_size=args.page_size or default_page_size(),
            password=password,
        )
        if partner.name:
            said = tr(_CONTEXT, "Saved the card for {name} to {target}.")
        else:
            said = tr(_CONTEXT, "Saved the card for a partner without a name to {target}.")
        print(said.format(name=partner.name, target=target))
        if report.pages > 1:
            print(tr(_CONTEXT, _CARD_PAGES, "", report.pages))
    return EXIT_OK


def _export_for_one(
    args: argparse.Namespace, *, repo_plan: Plan, out: Path, password: str | None
) -> int:
    """--for partner --partner NAME, or --for calendar."""
    if args.reader == "calendar":
        from workbook.export.calendar import export_calendar

        report = export_calendar(repo_plan, out, details=args.calendar_names)
        print(_counted(_EVENTS, report.events, "Saved 1 calendar event to {out}.").format(out=out))
        for note in report.notes:
            print(f"  {note}")
        if args.calendar_names:
            print(tr(_CONTEXT, "Titles name people and orders: calendars sync to other devices."))
        else:
            from workbook.export.calendar import TITLE_CHECKIN

            neutral = tr("calendar", TITLE_CHECKIN)
            print(
                tr(
                    _CONTEXT, "Every title is neutral (“{title}”); nothing else is in the file."
                ).format(title=neutral)
            )
        return EXIT_OK
    from workbook.export.partner_card import export_partner_card, partners
    from workbook.export.pdf import default_page_size

    wanted = args.partner.strip().casefold()
    matches = [c for c in partners(repo_plan) if c.name.strip().casefold() == wanted]
    if not matches:
        names = ", ".join(c.name for c in partners(repo_plan))
        said = (
            tr(_CONTEXT, "No check-in partner is called {name}. Partners: {names}.")
            if names
            else tr(
                _CONTEXT,
                "No check-in partner is called {name}. There are no check-in partners yet.",
            )
        )
        raise CommandFailed(said.format(name=repr(args.partner), names=names))
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
    one = "Saved the card for {name} to {out} (1 page)."
    print(_counted(_CARD_SAVED, card.pages, one).format(name=matches[0].name, out=out))
    if password:
        print(tr(_CONTEXT, "The PDF is protected with your password."))
    else:
        print(
            tr(
                _CONTEXT,
                "The file is not encrypted: give it to your partner and keep no other copy.",
            )
        )
    return EXIT_OK


def _read_import_file(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_IMPORT_BYTES + 1)
    except FileNotFoundError:
        raise CommandFailed(
            tr(_CONTEXT, "There is no file {path}. Please check the name.").format(path=path)
        ) from None
    except IsADirectoryError:
        raise CommandFailed(
            tr(_CONTEXT, "{path} is a folder. Please give the plan file itself.").format(path=path)
        ) from None
    except OSError as error:
        raise CommandFailed(
            tr(_CONTEXT, "{path} could not be read ({reason}).").format(
                path=path, reason=error.strerror or error
            )
        ) from None
    if len(data) > MAX_IMPORT_BYTES:
        raise CommandFailed(
            tr(
                _CONTEXT,
                "{path} is larger than {size} MB, far larger than any plan. Nothing was imported.",
            ).format(path=path, size=MAX_IMPORT_BYTES // (1024 * 1024))
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
        one = "{path} has a problem, so nothing was imported:"
        heading = _counted(_PROBLEMS, count, one).format(path=path, count=f"{count:,}")
        lines = [f"{path}:{p.line}: {p.path}: {p.message}" for p in error.problems]
        if error.more:
            lines.append(tr(_CONTEXT, _MORE, "", error.more).format(count=f"{error.more:,}"))
        raise CommandFailed(heading + "\n" + "\n".join(lines)) from None
    repo = _open_repository(args)
    try:
        if repo.has_plan() and not args.replace:
            raise CommandFailed(
                tr(
                    _CONTEXT,
                    "The workbook in {folder} already holds a plan, so nothing was imported "
                    "and nothing was changed. To replace that plan with the file, add --replace "
                    "(the plan there now will be lost).",
                ).format(folder=_folder(args))
            )
        repo.replace_plan(plan)
    finally:
        repo.close()
    print(
        tr(_CONTEXT, "Imported the plan from {path} into {folder}.").format(
            path=path, folder=_folder(args)
        )
    )
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
            heading = tr(_CONTEXT, "{path} did not pass the check:").format(path=path)
            raise CommandFailed(heading + "\n" + "\n".join(lines)) from None
        log = plan.contact_log
        if log and not any(entry.entry_hash for entry in log):
            raise CommandFailed(
                tr(
                    _CONTEXT,
                    "The contact log in {path} has no hashes: it was written before Workbook "
                    "kept them, so there is nothing to check.",
                ).format(path=path)
            )
        check = verify_chain(log, (len(log), log[-1].entry_hash) if log else None)
        altered = tr(_CONTEXT, "The contact log in {path} was altered. {problem}")
        intact = (
            _INTACT_FILE,
            "The contact log in {path} is intact: 1 entry, unchanged since written.",
        )
    else:
        repo = _open_repository(args)
        try:
            check = repo.verify_log()
        finally:
            repo.close()
        altered = tr(_CONTEXT, "The contact log in the workbook in {folder} was altered. {problem}")
        intact = (
            _INTACT_WORKBOOK,
            "The contact log in the workbook in {folder} is intact: 1 entry, unchanged since "
            "written.",
        )
    where = {"path": args.file, "folder": _folder(args)}
    if check.problem is not None:
        problem = check.problem.message
        if check.problem.entry_id:
            problem = tr(_CONTEXT, "{problem} (id {id})").format(
                problem=problem, id=check.problem.entry_id
            )
        print(altered.format(problem=problem, **where), file=sys.stderr)
        latest = check.latest_hash or tr(_CONTEXT, "(none)")
        print(tr(_CONTEXT, "Latest hash in it now: {hash}").format(hash=latest))
        return EXIT_FAILED
    print(_counted(intact[0], check.count, intact[1]).format(**where))
    latest = check.latest_hash or tr(_CONTEXT, "(the log is empty)")
    print(tr(_CONTEXT, "Latest hash: {hash}").format(hash=latest))
    return EXIT_OK


def _run_change_passphrase(args: argparse.Namespace) -> int:
    from workbook.cli_protection import run_change_passphrase

    return run_change_passphrase(args)


def _run_new_recovery_code(args: argparse.Namespace) -> int:
    from workbook.cli_protection import run_new_recovery_code

    return run_new_recovery_code(args)


def _run_app(args: argparse.Namespace) -> int:
    return _run_window(args.data_dir)


def _run_window(data_dir: str | None) -> int:
    """The window on the workbook in `data_dir` (workbook/paths.py says which folder)."""
    # On Linux the app runs with memory that is overwritten when freed, so nothing of the
    # plan lingers while it is locked (docs/security.md). `main` (or workbook/start.py, the
    # command's entry point) has started it again that way already for every command line
    # that opens the window; this catches any other.
    from workbook.ui.protection.private_memory import relaunch_with_private_memory

    relaunch_with_private_memory()
    from workbook.paths import data_dir as data_folder
    from workbook.ui.app import run_app  # only the window needs Qt

    return run_app(data_folder(data_dir))


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


def speak_the_persons_language(words: Sequence[str]) -> str:
    """Install the translator for the language the window would speak (the choice kept in the
    data folder, else the system's), so help texts, prompts and messages use it; returns its
    code. English, the common case, is told without loading Qt; any other language loads
    QtCore and the workbook's .qm (workbook/cli_language.py). argparse's own words ("usage:",
    "options:", its error messages) stay English."""
    from workbook.cli_language import install_export_language
    from workbook.paths import data_dir

    return install_export_language(data_dir(data_dir_named(words)))


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    if opens_the_window(words):
        # First of all: the second interpreter start costs least while nothing is loaded
        # (workbook/start.py, the command's entry point, has done it already). Then the
        # window, without argparse: the command line is nothing but --data-dir DIR.
        from workbook.ui.protection.private_memory import relaunch_with_private_memory

        relaunch_with_private_memory()
        return _run_command(_run_window, data_dir_named(words))
    if "--version" not in words:  # the window installs its own translators
        speak_the_persons_language(words)
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, --version, or a wrong command line
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    return _run_command(_COMMANDS[args.command], args)


def _run_command(run: Callable[[Any], int], argument: object) -> int:
    """`run(argument)`, its plain failures said in one line (exit 1), Ctrl+C exit 130."""
    try:
        return run(argument)
    except Exception as error:
        if not isinstance(error, _plain_failures()):
            raise
        print(f"workbook: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
