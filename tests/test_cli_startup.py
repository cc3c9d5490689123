"""The `workbook` command loads nothing heavy before it knows what it is asked to do."""

from __future__ import annotations

import os
import subprocess
import sys

HEAVY = (
    "sqlalchemy",
    "sqlcipher3",
    "cryptography",
    "reportlab",
    "PySide6",
    "workbook.storage.repository",
    "workbook.domain.model",
    "workbook.export.pdf",
    "importlib.metadata",
)

PROBE = """
import sys
import workbook.cli
parser = workbook.cli._build_parser()
parser.parse_args([])
print(",".join(name for name in sys.argv[1:] if name in sys.modules))
"""


def test_the_command_line_module_and_its_parser_import_nothing_heavy() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *HEAVY],
        env=dict(os.environ),
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.strip()
    assert out == ""


def test_the_page_size_choices_named_in_the_help_are_the_pdf_exports() -> None:
    from workbook.cli import _build_parser
    from workbook.export.pdf import PAGE_SIZES

    help_text = _build_parser()._subparsers._group_actions[0].choices["export"].format_help()  # type: ignore[union-attr]
    assert "|".join(PAGE_SIZES) in help_text
