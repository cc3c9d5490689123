"""No core dumps, crash output without content, neutral names (each in a child process, so
the test run itself keeps its normal hooks)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from workbook.storage.keys import PassphraseKdf

FAST = PassphraseKdf(memory_kib=64, iterations=1, lanes=1)


def run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux rlimit/prctl")
def test_core_dumps_are_switched_off() -> None:
    result = run(
        """
        import resource
        from workbook.ui.protection.hardening import disable_core_dumps, is_dumpable
        print(is_dumpable())
        print(disable_core_dumps())
        print(resource.getrlimit(resource.RLIMIT_CORE), is_dumpable())
        """
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "True"
    assert lines[1] == "{'rlimit_core': True, 'not_dumpable': True}"
    assert lines[2] == "(0, 0) False"


def test_crash_output_names_the_place_but_never_the_message() -> None:
    result = run(
        """
        import threading
        from workbook.ui.protection.hardening import install_crash_guard
        install_crash_guard()

        def in_thread():
            raise KeyError("Robin Example lives at 12 Example Road")

        thread = threading.Thread(target=in_thread)
        thread.start()
        thread.join()
        raise ValueError("Robin Example, 555-0142, code word blue umbrella")
        """
    )
    assert result.returncode == 1
    assert "Robin" not in result.stderr and "555-0142" not in result.stderr
    assert "umbrella" not in result.stderr and "Example Road" not in result.stderr
    assert "builtins.ValueError" in result.stderr
    assert "builtins.KeyError" in result.stderr
    assert "Nothing you typed is shown here" in result.stderr
    assert "line 12, in <module>" in result.stderr


def test_exceptions_in_qt_slots_are_reported_without_content() -> None:
    result = run(
        """
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from workbook.ui.protection.hardening import install_crash_guard
        app = QApplication([])
        install_crash_guard()

        def slot():
            raise RuntimeError("Maya Example 555-0199")

        QTimer.singleShot(0, slot)
        QTimer.singleShot(50, app.quit)
        app.exec()
        """
    )
    assert "Maya" not in result.stderr and "555-0199" not in result.stderr
    assert "builtins.RuntimeError" in result.stderr


def test_nothing_is_ever_handed_to_the_os_to_open() -> None:
    """Exported files are never opened through the OS (a viewer would list them as recent),
    and no settings go to QSettings (the plan's settings live in the encrypted database)."""
    from pathlib import Path

    import workbook

    root = Path(workbook.__file__).parent
    forbidden = ("openUrl", "QDesktopServices", "startfile", "xdg-open", "webbrowser")
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for word in forbidden:
            assert word not in text, f"{word} in {path.relative_to(root)}"
        if path.name != "traces.py":  # which only removes Qt's own file-dialog history
            assert "QSettings" not in text, path.relative_to(root)


# --------------------------------------------------------------------------- the data folder


@pytest.mark.parametrize("value", ["", "relative/share", "."])
def test_the_data_folder_is_absolute_whatever_xdg_data_home_says(
    value: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """appdirs joins an empty XDG_DATA_HOME into the relative 'Workbook'; the XDG spec says
    an empty value means ~/.local/share and a relative one is ignored."""
    from workbook.paths import data_dir

    monkeypatch.setenv("XDG_DATA_HOME", value)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("WORKBOOK_DATA_DIR", raising=False)
    monkeypatch.chdir(tmp_path)
    folder = data_dir()
    assert folder.is_absolute()
    if sys.platform.startswith("linux"):
        assert folder == tmp_path / ".local" / "share" / "Workbook"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert data_dir() == tmp_path / "xdg" / "Workbook"
    assert data_dir("relative-folder") == tmp_path / "relative-folder"
    monkeypatch.setenv("WORKBOOK_DATA_DIR", "from-env")
    assert data_dir() == tmp_path / "from-env"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_data_folder_and_its_files_become_private_whatever_they_were(tmp_path: Path) -> None:
    from workbook.storage import keys
    from workbook.storage.repository import PlanRepository

    folder = tmp_path / "data"
    created = keys.create_keys(folder, "blue kettle under the stairs", kdf=FAST)
    PlanRepository.open(folder, created.data_key).close()
    (folder / "backups").mkdir(exist_ok=True)
    (folder / "backups" / "keys.json").write_bytes((folder / "keys.json").read_bytes())
    outside = tmp_path / "outside.txt"
    outside.write_text("not Workbook's")
    outside.chmod(0o644)
    (folder / "link-to-outside").symlink_to(outside)
    folder.chmod(0o777)
    (folder / "backups").chmod(0o777)
    for path in (folder / "keys.json", folder / "workbook.db", folder / "backups" / "keys.json"):
        path.chmod(0o666)
    PlanRepository.open(folder, created.data_key).close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "backups").stat().st_mode) == 0o700
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert stat.S_IMODE(outside.stat().st_mode) == 0o644  # links are not followed


@pytest.mark.skipif(os.name != "posix", reason="advisory file locks")
def test_stale_export_temp_files_are_removed_but_never_one_being_written(tmp_path: Path) -> None:
    import fcntl

    from workbook.files import EXPORT_TEMP_PREFIX, TEMP_SUFFIX, remove_stale_temp_files

    stale = tmp_path / f"{EXPORT_TEMP_PREFIX}abc{TEMP_SUFFIX}"
    stale.write_text('{"plan": "Dana Example, 555-0142"}')  # a killed export's plaintext
    busy = tmp_path / f"{EXPORT_TEMP_PREFIX}def{TEMP_SUFFIX}"
    busy.write_text("being written")
    other = tmp_path / "notes.tmp"
    other.write_text("not Workbook's")
    with open(busy, "rb") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        assert remove_stale_temp_files(tmp_path) == 1
    assert not stale.exists() and busy.exists() and other.exists()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_an_export_killed_before_its_rename_leaves_nothing_after_the_next_export(
    tmp_path: Path,
) -> None:
    """The child is killed right after the temp file is written and fsynced, before the
    rename; the next export to that folder, and the next start-up in the data folder,
    remove what it left."""
    from workbook.domain.demo import demo_plan
    from workbook.storage import keys
    from workbook.storage.repository import PlanRepository

    folder = tmp_path / "data"
    created = keys.create_keys(folder, "blue kettle under the stairs", kdf=FAST)
    repo = PlanRepository.open(folder, created.data_key)
    repo.replace_plan(demo_plan())
    repo.close()
    secret = tmp_path / "secret.txt"
    secret.write_text("blue kettle under the stairs\n")
    out = tmp_path / "exports" / "plan.json"
    out.parent.mkdir()
    result = run(
        f"""
        import os, signal
        from workbook.cli import main
        real_replace = os.replace
        def killed(source, target, *args, **kwargs):
            if str(target) == {str(out)!r}:
                os.kill(os.getpid(), signal.SIGKILL)
            return real_replace(source, target, *args, **kwargs)
        os.replace = killed
        main(["export", "--out", {str(out)!r}, "--data-dir", {str(folder)!r},
              "--passphrase-file", {str(secret)!r}])
        """
    )
    assert result.returncode == -9
    left = list(out.parent.glob(".workbook-*.tmp"))
    assert len(left) == 1 and b"workbook-plan" in left[0].read_bytes()  # a plaintext plan
    (folder / left[0].name).write_bytes(left[0].read_bytes())  # as if exported there
    from workbook.cli import main

    argv = ["export", "--out", str(out), "--data-dir", str(folder), "--passphrase-file"]
    assert main([*argv, str(secret)]) == 0
    assert list(out.parent.glob(".workbook-*.tmp")) == []
    assert list(folder.glob(".workbook-*.tmp")) == []  # start-up of the data folder


def test_every_export_removes_what_a_killed_export_left_in_its_folder(tmp_path: Path) -> None:
    """Exports from the app and the command line all write through files.atomic_write."""
    from workbook.files import EXPORT_TEMP_PREFIX, TEMP_SUFFIX, atomic_write

    stale = tmp_path / f"{EXPORT_TEMP_PREFIX}killed{TEMP_SUFFIX}"
    stale.write_text('{"plan": "Dana Example, 555-0142"}')
    atomic_write(tmp_path / "calendar.ics", b"BEGIN:VCALENDAR", EXPORT_TEMP_PREFIX)
    assert not stale.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["calendar.ics"]
