"""One Workbook app per workbook: a lock file in the data folder, a second start that brings
the first forward instead of opening the workbook twice, stale locks after a crash, and the
command line refusing to change a workbook the app has open."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLockFile

from workbook.domain.model import TrustedContact
from workbook.instance_lock import LOCK_FILE_NAME, app_holding, lock_path, read_lock
from workbook.storage import keys
from workbook.storage.keys import PassphraseKdf
from workbook.storage.repository import PlanRepository
from workbook.ui.single_instance import SingleInstance, server_name

FAST = PassphraseKdf(memory_kib=64, iterations=1, lanes=1)
PASSPHRASE = "quiet harbour under amber lamps"


def test_the_socket_name_is_per_user_and_folder_and_never_shows_the_path(tmp_path: Path) -> None:
    one = server_name(tmp_path / "Robin Example")
    assert one == server_name(tmp_path / "Robin Example")
    assert one != server_name(tmp_path / "other")
    assert "Robin" not in one and str(tmp_path) not in one
    assert server_name(tmp_path / "x" / ".." / "Robin Example") == one  # the absolute path


def test_the_command_line_reads_qts_lock_file(qapp: object, tmp_path: Path) -> None:
    assert app_holding(tmp_path) is None
    lock = QLockFile(str(lock_path(tmp_path)))
    assert lock.tryLock(0)
    try:
        owner = read_lock(tmp_path)
        assert owner is not None and owner.pid == os.getpid()
        assert owner.host == socket.gethostname()
        assert app_holding(tmp_path) == os.getpid()
    finally:
        lock.unlock()
    assert app_holding(tmp_path) is None


def test_a_lock_left_by_a_dead_process_or_an_earlier_boot_holds_nothing(tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    host = socket.gethostname()
    lock_path(tmp_path).write_text(f"{dead.pid}\npython3\n{host}\nmachine\nboot\n")
    assert app_holding(tmp_path) is None
    boot = Path("/proc/sys/kernel/random/boot_id")
    if boot.exists():
        lock_path(tmp_path).write_text(f"{os.getpid()}\npython3\n{host}\nmachine\nold-boot\n")
        assert app_holding(tmp_path) is None, "a lock from before the last start holds nothing"
    # Written on another computer (a shared folder): cannot be checked, so it counts.
    lock_path(tmp_path).write_text(f"{dead.pid}\npython3\nelsewhere.example.org\n")
    assert app_holding(tmp_path) == dead.pid
    # Damaged or hostile content is no lock.
    for junk in (b"", b"\xff\xfe" * 5000, b"not a pid\n", b"[" * 100_000):
        lock_path(tmp_path).write_bytes(junk)
        assert app_holding(tmp_path) is None


def test_a_second_claim_in_the_same_folder_is_refused(qapp: object, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    second = SingleInstance(tmp_path)
    try:
        assert first.claim()
        assert not second.claim()
        first.release()
        assert second.claim()
    finally:
        first.release()
        second.release()


APP_CHILD = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from workbook.domain.model import TrustedContact
from workbook.ui import app as app_module
from workbook.ui import single_instance
from workbook.ui.protection.unlock import UnlockDialog

folder = Path(sys.argv[1])
name = sys.argv[2]
app = app_module.make_application()
shown = single_instance.bring_forward

def spy():
    print("SHOWN", flush=True)
    shown()
    QTimer.singleShot(100, save_after_show)

single_instance.bring_forward = spy

def unlock():
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, UnlockDialog):
        QTimer.singleShot(20, unlock)
        return
    dialog.passphrase.setText(sys.stdin.readline().rstrip("\n"))
    QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    QTimer.singleShot(50, ready)

def store():
    for widget in QApplication.topLevelWidgets():
        if hasattr(widget, "store") and widget.isVisible():
            return widget.store
    return None

def ready():
    if store() is None:
        QTimer.singleShot(50, ready)
        return
    store().save(TrustedContact(name=name + " before"))
    print("READY", flush=True)
    if name == "typing":
        from workbook.ui.editor import RecordEditor
        editor = RecordEditor(store(), TrustedContact, None, None)
        editor.show()
        QTest.keyClicks(editor.widgets["name"].focus_widget(), "Kim Example")
        print("TYPED", flush=True)

def save_after_show():
    store().save(TrustedContact(name=name + " after"))
    print("SAVED", flush=True)
    QTimer.singleShot(100, app.quit)

QTimer.singleShot(20, unlock)
sys.exit(app_module.run_app(folder))
"""


def _workbook(folder: Path) -> bytes:
    created = keys.create_keys(folder, PASSPHRASE, kdf=FAST)
    PlanRepository.open(folder, created.data_key).close()
    return created.data_key


def _start(folder: Path, name: str) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", APP_CHILD, str(folder), name],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert child.stdin is not None
    child.stdin.write(PASSPHRASE + "\n")
    child.stdin.flush()
    return child


def _wait_for(child: subprocess.Popen[str], word: str, seconds: float = 60) -> None:
    assert child.stdout is not None
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        line = child.stdout.readline()
        if line.strip() == word:
            return
        if not line and child.poll() is not None:
            break
    child.kill()
    raise AssertionError(f"never saw {word}: {child.communicate()[1][-2000:]}")


def _workbook_command(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    passphrase_file = folder.parent / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n")
    common = ["--data-dir", str(folder), "--passphrase-file", str(passphrase_file)]
    return subprocess.run(
        [sys.executable, "-m", "workbook", *args, *common],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )


def test_a_second_start_brings_the_first_forward_and_nothing_is_lost(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    key = _workbook(folder)
    first = _start(folder, "Robin Example")
    try:
        _wait_for(first, "READY")
        assert app_holding(folder) == first.pid
        # The command line refuses to change the workbook meanwhile, and says why.
        for command in (["export", "--out", str(tmp_path / "plan.json")], ["new-recovery-code"]):
            refused = _workbook_command(folder, *command)
            assert refused.returncode == 1, refused.stderr
            assert "app has the workbook" in refused.stderr and str(first.pid) in refused.stderr
        assert not (tmp_path / "plan.json").exists()
        # A second start on the same folder hands over to the first and ends at once: it
        # never shows its own unlock screen (it would wait for a passphrase forever).
        second = subprocess.run(
            [sys.executable, "-m", "workbook", "--data-dir", str(folder)],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            check=False,
        )
        assert second.returncode == 0, second.stderr
        _wait_for(first, "SHOWN")
        _wait_for(first, "SAVED")
        assert first.wait(timeout=60) == 0
    finally:
        if first.poll() is None:
            first.kill()
    assert not (folder / LOCK_FILE_NAME).exists()
    repo = PlanRepository.open(folder, key)
    try:
        names = sorted(c.name for c in repo.list(TrustedContact))
    finally:
        repo.close()
    assert names == ["Robin Example after", "Robin Example before"]


def test_a_lock_left_by_a_killed_app_does_not_keep_the_workbook_shut(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    key = _workbook(folder)
    first = _start(folder, "Sam Example")
    _wait_for(first, "READY")
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=30)
    assert (folder / LOCK_FILE_NAME).exists(), "the killed app left its lock behind"
    assert app_holding(folder) is None
    again = _start(folder, "Alex Example")
    try:
        _wait_for(again, "READY")
        assert app_holding(folder) == again.pid
        again.send_signal(signal.SIGTERM)  # closes the ordinary way
        assert again.wait(timeout=60) == 0
    finally:
        if again.poll() is None:
            again.kill()
    repo = PlanRepository.open(folder, key)
    try:
        names = sorted(c.name for c in repo.list(TrustedContact))
    finally:
        repo.close()
    assert names == ["Alex Example before", "Sam Example before"]


def test_ctrl_c_in_the_terminal_closes_the_app_and_keeps_what_was_typed(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    key = _workbook(folder)
    child = _start(folder, "typing")
    try:
        _wait_for(child, "TYPED")
        child.send_signal(signal.SIGINT)
        assert child.wait(timeout=60) == 0
        _out, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert "Traceback" not in err and "KeyboardInterrupt" not in err and "eventFilter" not in err
    assert not (folder / LOCK_FILE_NAME).exists()
    repo = PlanRepository.open(folder, key)
    try:
        draft = repo.load_draft("editor:TrustedContact:new")
    finally:
        repo.close()
    assert draft is not None and "Kim Example" in draft


def test_the_app_starts_again_with_memory_that_is_overwritten_when_freed() -> None:
    code = (
        "import os, sys\n"
        "from workbook.ui.protection.private_memory import relaunch_with_private_memory\n"
        "relaunch_with_private_memory()\n"
        "print(os.getpid(), os.environ.get('PYTHONMALLOC'), os.environ.get('GLIBC_TUNABLES'))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONMALLOC", "GLIBC_TUNABLES")}
    env.pop("WORKBOOK_PRIVATE_MEMORY", None)
    child = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env
    )
    out, _ = child.communicate(timeout=60)
    if not sys.platform.startswith("linux"):
        assert "malloc" not in out
        return
    pid, allocator, tunables = out.split()
    assert int(pid) == child.pid  # the same process, started again in place
    assert allocator == "malloc"
    assert "glibc.malloc.perturb=85" in tunables and "glibc.malloc.tcache_count=0" in tunables


def test_coming_forward_shows_the_lock_screen_when_locked(qtbot: object, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from workbook.ui.protection.layer import ProtectionLayer
    from workbook.ui.single_instance import bring_forward

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    folder = tmp_path / "data"
    created = keys.create_keys(folder, PASSPHRASE, kdf=FAST)
    layer = ProtectionLayer(app, folder, kdf=FAST)
    layer.install()
    window = QMainWindow()
    try:
        layer.attach(created.data_key, None)
        window.show()
        layer.lock(minimized=True)  # as after a quick exit with "keep Workbook running"
        screen = layer.lock_screen
        assert screen is not None and screen.isMinimized() and not window.isVisible()
        bring_forward()
        assert screen.isVisible() and not screen.isMinimized()
        assert not window.isVisible(), "the plan stays hidden until unlocked"
    finally:
        layer.uninstall()
        window.close()
        if layer.lock_screen is not None:
            layer.lock_screen.hide()
