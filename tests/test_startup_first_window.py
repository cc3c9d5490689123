"""The first window, started as a person starts it (`workbook`, `python -m workbook`): the
first process loads nothing but the entry point before it starts again with private memory,
and nothing heavy is loaded before the set-up or unlock screen is painted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from workbook import cli, command_line, start
from workbook.storage import keys

# Loaded only once the first window is on screen (or once the workbook is opened).
HEAVY = (
    "sqlalchemy",
    "sqlcipher3",
    "cryptography",
    "argon2",
    "reportlab",
    "PySide6.QtNetwork",
    "workbook.storage.repository",
    "workbook.domain.model",
    "workbook.domain.dates",
    "workbook.ui.store",
    "workbook.ui.overview",
    "workbook.ui.wizard",
    "workbook.ui.ops",  # the unlock and set-up screens' work starts after Enter
    "workbook.ui.protection.chooser",  # pages not shown first are built when first shown
    "workbook.ui.protection.strength",
    "workbook.export.pdf",
    "importlib.metadata",
    "importlib.resources",  # the resources are read from their package's folder
    "workbook.storage.errors",  # (and datetime with it) needed once something failed
)

# Runs `workbook.start.main` as the console script does. In the first process the relaunch
# (os.execve) is caught to list what was loaded before it; the second start (with private
# memory) lists what is loaded when the first window has been painted, then ends.
PROBE = r"""
import os, sys
folder, wanted = sys.argv[1], sys.argv[2].split(",")
if os.environ.get("WORKBOOK_PRIVATE_MEMORY") != "1":
    execve = os.execve
    def noted(path, argv, env):
        loaded = sorted(m for m in sys.modules if m.startswith("workbook") or m == "argparse")
        print("before-relaunch", ",".join(loaded), flush=True)
        print("first-process", os.getpid(), flush=True)
        execve(path, argv, env)
    os.execve = noted
else:
    memory = os.environ.get("PYTHONMALLOC"), os.environ.get("GLIBC_TUNABLES")
    print("second-start", os.getpid(), *memory, flush=True)
    import workbook.ui.first_paint as first_paint
    def painted(self):
        heavy = [name for name in wanted if name in sys.modules]
        print("at-first-paint", ",".join(heavy) or "-", flush=True)
        os._exit(0)
    first_paint._FirstPaint._done = painted
from workbook.start import main
sys.exit(main(["--data-dir", folder]))
"""


def _start(folder: Path, probe: str = PROBE, **env_vars: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env_vars)
    env.pop("WORKBOOK_PRIVATE_MEMORY", None)
    out = subprocess.run(
        [sys.executable, "-c", probe, str(folder), ",".join(HEAVY)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    return dict(line.split(" ", 1) for line in out.stdout.splitlines())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the relaunch is Linux only")
@pytest.mark.parametrize("screen", ["set-up", "unlock"])
def test_the_first_window_loads_nothing_heavy_and_the_first_start_almost_nothing(
    tmp_path: Path, screen: str
) -> None:
    folder = tmp_path / "workbook"
    if screen == "unlock":
        folder.mkdir(mode=0o700)
        keys.create_keys(
            folder, "a passphrase only for this test", kdf=keys.PassphraseKdf(64, 1, 1)
        )
    said = _start(folder)
    # The first process: the entry point and the relaunch, not the command line's modules.
    assert said["before-relaunch"].split(",") == [
        "workbook",
        "workbook.command_line",
        "workbook.start",
        "workbook.ui",
        "workbook.ui.protection",
        "workbook.ui.protection.private_memory",
    ]
    assert said["at-first-paint"] == "-"
    # The same process, started again with the private-memory allocator settings.
    pid, malloc, tunables = said["second-start"].split()
    assert pid == said["first-process"]
    assert malloc == "malloc"
    assert "glibc.malloc.perturb=85" in tunables.split(":")
    assert "glibc.malloc.tcache_count=0" in tunables.split(":")


# The same start, on until the first paint's callbacks have run: the date style is set then.
DATES_PROBE = r"""
import os, sys
if os.environ.get("WORKBOOK_PRIVATE_MEMORY") == "1":
    import workbook.ui.first_paint as first_paint
    done = first_paint._FirstPaint._done
    def painted(self):
        from workbook.domain import dates
        print("at-first-paint", dates.current_style().date_pattern, flush=True)
        done(self)
        print("after-first-paint", dates.current_style().date_pattern, flush=True)
        os._exit(0)
    first_paint._FirstPaint._done = painted
from workbook.start import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the relaunch is Linux only")
def test_dates_follow_the_locale_once_the_first_window_is_painted(tmp_path: Path) -> None:
    us = {"LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8", "LANGUAGE": "en"}
    said = _start(tmp_path / "workbook", DATES_PROBE, **us)
    assert said["at-first-paint"] == "yyyy-MM-dd"  # not configured before: nothing shows a date
    assert said["after-first-paint"] == "M/d/yyyy"


def test_the_window_command_line_is_read_without_argparse(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    opened: list[str | None] = []
    monkeypatch.setenv("WORKBOOK_PRIVATE_MEMORY", "1")  # as in the second start
    monkeypatch.setattr(cli, "_build_parser", lambda: pytest.fail("argparse was used"))
    monkeypatch.setattr(cli, "_run_window", lambda data_dir: opened.append(data_dir) or 0)
    assert cli.main(["--data-dir", str(tmp_path)]) == 0
    assert cli.main([f"--data-dir={tmp_path}", "--data-dir", "second"]) == 0
    assert cli.main([]) == 0
    assert opened == [str(tmp_path), "second", None]


@pytest.mark.parametrize(
    ("words", "window"),
    [
        ([], True),
        (["--data-dir", "d"], True),
        (["--data-dir=d"], True),
        (["--data-dir"], False),  # argparse says what is missing
        (["--data-dir", "--help"], False),  # a value that looks like an option: argparse
        (["--help"], False),
        (["demo"], False),
        (["--data-dir", "d", "export"], False),
        (["--data"], False),  # never abbreviated
    ],
)
def test_which_command_lines_open_the_window(words: list[str], window: bool) -> None:
    assert command_line.opens_the_window(words) is window


def test_a_missing_data_dir_value_is_refused_by_argparse(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["--data-dir", "--help"]) == cli.EXIT_USAGE
    assert "--data-dir" in capsys.readouterr().err


def test_the_installed_command_starts_at_the_entry_point() -> None:
    import tomllib

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    scripts = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts["workbook"] == "workbook.start:main"
    main_module = Path(start.__file__).with_name("__main__.py").read_text(encoding="utf-8")
    assert "from workbook.start import main" in main_module
