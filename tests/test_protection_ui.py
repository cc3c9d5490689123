"""Protection screens and the layer: set-up, unlock, auto-lock (fake clock), quick exit,
clipboard, wipe confirmation."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from workbook.domain.model import TrustedContact
from workbook.storage import keys
from workbook.storage.errors import StorageError
from workbook.storage.keys import PassphraseKdf
from workbook.storage.repository import PlanRepository
from workbook.ui.protection import traces
from workbook.ui.protection.layer import (
    IDLE_SETTING,
    KEEP_RUNNING_SETTING,
    ProtectionLayer,
)
from workbook.ui.protection.panel import ProtectionPanel
from workbook.ui.protection.setup import SetupDialog
from workbook.ui.protection.strength import rate
from workbook.ui.protection.unlock import WRONG_PASSPHRASE, UnlockDialog
from workbook.ui.protection.wipe_dialog import CONFIRM_WORDS, WipeDialog

FAST = PassphraseKdf(memory_kib=64, iterations=1, lanes=1)
GOOD = "copper lanterns in the orchard"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


class MemorySettings:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get_setting(self, name: str) -> str | None:
        return self.values.get(name)

    def set_setting(self, name: str, value: str) -> None:
        self.values[name] = value


def advance(layer: ProtectionLayer, seconds: int) -> None:
    """Let time pass as the running app sees it: one tick a second."""
    clock = layer.fake_clock  # type: ignore[attr-defined]
    for _ in range(seconds):
        clock.now += 1
        layer.tick()


def folder_hashes(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def layer(qapp: QApplication, tmp_path: Path):  # type: ignore[no-untyped-def]
    clock = FakeClock()
    created = keys.create_keys(tmp_path, GOOD, kdf=FAST)
    made = ProtectionLayer(qapp, tmp_path, clock=clock, tick_ms=60_000, kdf=FAST)
    made.fake_clock = clock  # type: ignore[attr-defined]
    made.data_key = created.data_key  # type: ignore[attr-defined]
    made.install()
    made.attach(created.data_key, MemorySettings())
    quits: list[bool] = []
    made.app.quit = lambda: quits.append(True)  # type: ignore[method-assign]
    made.quits = quits  # type: ignore[attr-defined]
    yield made
    made.uninstall()
    if made.lock_screen is not None:
        made.lock_screen.hide()
        made.lock_screen.deleteLater()
    del made.app.quit


# --------------------------------------------------------------------------- strength


def test_strength_feedback_is_plain_and_blocks_only_the_worst() -> None:
    assert not rate("short").acceptable
    assert not rate("password123").acceptable
    assert not rate("aaaaaaaaaaaa").acceptable
    assert rate("Tr0ub4dor&3x").acceptable
    assert rate(GOOD).score >= 3
    assert rate("correct horse battery staple").label in {"Good", "Strong"}
    assert "word" in rate("password123").advice


# --------------------------------------------------------------------------- set-up


def test_first_run_setup_creates_keys_and_shows_the_code_once(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SetupDialog(tmp_path, kdf=FAST)
    qtbot.addWidget(dialog)
    dialog.show()
    notice = dialog.findChild(QWidget, "setup-notice-text")
    text = notice.text()  # type: ignore[union-attr]
    for words in ("stalkerware", "watching the screen", "swap", "screenshots", "thumbnails"):
        assert words in text
    assert "shared computer" in text.lower()
    qtbot.mouseClick(dialog.notice_continue, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1
    qtbot.keyClicks(dialog.chooser.first, "password1")
    qtbot.keyClicks(dialog.chooser.second, "password1")
    assert not dialog.create_button.isEnabled()
    assert "Too easy" in dialog.chooser.verdict.text()
    dialog.chooser.first.clear()
    dialog.chooser.second.clear()
    qtbot.keyClicks(dialog.chooser.first, GOOD)
    qtbot.keyClicks(dialog.chooser.second, GOOD + "x")
    assert not dialog.create_button.isEnabled()
    assert "don't match" in dialog.chooser.match.text()
    qtbot.keyClick(dialog.chooser.second, Qt.Key.Key_Backspace)
    assert dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    dialog.wait_for_task()
    assert dialog.created is not None
    assert dialog.pages.currentIndex() == 2
    code_label = dialog.findChild(QWidget, "recovery-code")
    shown = code_label.text()  # type: ignore[union-attr]
    assert shown == dialog.created.recovery_code
    assert code_label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction  # type: ignore[union-attr]
    # The fields were cleared once the keys existed.
    assert dialog.chooser.first.text() == "" and dialog.chooser.second.text() == ""
    assert not dialog.finish_button.isEnabled()
    dialog.written.setChecked(True)
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert keys.unlock_with_passphrase(tmp_path, GOOD) == dialog.created.data_key
    assert keys.unlock_with_recovery_code(tmp_path, shown) == dialog.created.data_key


# --------------------------------------------------------------------------- unlock


def _workbook(folder: Path) -> keys.CreatedKeys:
    created = keys.create_keys(folder, GOOD, kdf=FAST)
    repo = PlanRepository.open(folder, created.data_key)
    repo.save(TrustedContact(name="Robin Example", phones=["555-0199"]))
    repo.close()
    return created


def test_wrong_passphrase_gets_a_kind_message_and_changes_no_file(
    qtbot: QtBot, tmp_path: Path
) -> None:
    created = _workbook(tmp_path)
    before = folder_hashes(tmp_path)
    dialog = UnlockDialog(tmp_path, kdf=FAST)
    qtbot.addWidget(dialog)
    dialog.show()
    for attempt in ("copper lanterns in the orchid", "", "COPPER LANTERNS IN THE ORCHARD"):
        dialog.passphrase.setText(attempt)
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        dialog.wait_for_task()
        assert dialog.message.isVisible()
        assert dialog.data_key is None
    assert dialog.message.text() == WRONG_PASSPHRASE
    assert folder_hashes(tmp_path) == before
    dialog.passphrase.setText(GOOD)
    with qtbot.waitSignal(dialog.unlocked, timeout=5000) as blocker:
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        dialog.wait_for_task()
    assert blocker.args == [created.data_key]
    assert dialog.passphrase.text() == ""


def test_recovery_code_opens_and_a_new_passphrase_can_be_set(qtbot: QtBot, tmp_path: Path) -> None:
    created = _workbook(tmp_path)
    dialog = UnlockDialog(tmp_path, kdf=FAST)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.findChild(QWidget, "unlock-forgot"), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    assert dialog.pages.currentIndex() == 1
    dialog.code.setText("AAAA-BBBB")
    qtbot.mouseClick(dialog.code_button, Qt.MouseButton.LeftButton)
    dialog.wait_for_task()
    assert "doesn't look like a recovery code" in dialog.code_message.text()
    qtbot.keyClicks(dialog.code, created.recovery_code.lower().replace("-", " "))
    dialog.code.setText(created.recovery_code.lower().replace("-", " "))
    qtbot.mouseClick(dialog.code_button, Qt.MouseButton.LeftButton)
    dialog.wait_for_task()
    assert dialog.pages.currentIndex() == 2
    new = "saffron kites over the harbour"
    qtbot.keyClicks(dialog.chooser.first, new)
    qtbot.keyClicks(dialog.chooser.second, new)
    old_key_file = (tmp_path / "keys.json").read_bytes()
    with qtbot.waitSignal(dialog.unlocked, timeout=5000) as blocker:
        qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
        dialog.wait_for_task()
    # The new passphrase gave the plan a new data key; the recovery code keeps working.
    new_key = keys.unlock_with_passphrase(tmp_path, new)
    assert blocker.args == [new_key] and new_key != created.data_key
    assert keys.unlock_with_recovery_code(tmp_path, created.recovery_code) == new_key
    repo = PlanRepository.open(tmp_path, new_key)
    assert [c.name for c in repo.list(TrustedContact)] == ["Robin Example"]
    repo.close()
    # An older copy of the key file (with the forgotten passphrase) opens nothing now.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keys.json").write_bytes(old_key_file)
    with pytest.raises(StorageError):
        PlanRepository.open(tmp_path, keys.unlock_with_passphrase(elsewhere, GOOD)).close()


# --------------------------------------------------------------------------- auto-lock


def _window(qtbot: QtBot, name: str) -> QMainWindow:
    window = QMainWindow()
    window.setObjectName(name)
    window.setCentralWidget(QLineEdit())
    qtbot.addWidget(window)
    window.show()
    return window


def test_idle_lock_with_a_fake_clock(qtbot: QtBot, layer: ProtectionLayer) -> None:
    window = _window(qtbot, "main")
    assert layer.idle_minutes == 5
    advance(layer, 299)
    assert not layer.is_locked and window.isVisible()
    # Input resets the idle time.
    QApplication.sendEvent(
        window,
        QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(5, 5),
            QPointF(5, 5),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    advance(layer, 299)
    assert not layer.is_locked
    advance(layer, 1)
    assert layer.is_locked
    assert not window.isVisible()
    assert layer.lock_screen is not None and layer.lock_screen.isVisible()
    assert layer.lock_screen.windowTitle() == "Workbook"
    # Unlocking with the passphrase brings the window back.
    layer.lock_screen.passphrase.setText(GOOD)
    layer.lock_screen.try_passphrase()
    layer.lock_screen.wait_for_task()
    assert not layer.is_locked and window.isVisible()
    assert not layer.lock_screen.isVisible()


def test_idle_lock_can_be_changed_or_switched_off(qtbot: QtBot, layer: ProtectionLayer) -> None:
    _window(qtbot, "main")
    layer.set_idle_minutes(0)
    assert layer.settings.get_setting(IDLE_SETTING) == "0"  # type: ignore[union-attr]
    advance(layer, 3 * 3600)  # hours without input
    assert not layer.is_locked
    layer.set_idle_minutes(1)
    advance(layer, 59)
    assert not layer.is_locked
    advance(layer, 1)
    assert layer.is_locked


def test_sleep_locks_even_with_idle_lock_off(qtbot: QtBot, layer: ProtectionLayer) -> None:
    clock = layer.fake_clock  # type: ignore[attr-defined]
    window = _window(qtbot, "main")
    layer.set_idle_minutes(0)
    layer.tick()
    clock.now += 3600  # one tick, an hour later: the machine was asleep
    layer.tick()
    assert layer.is_locked and not window.isVisible()


def test_screen_lock_signal_locks(qtbot: QtBot, layer: ProtectionLayer) -> None:
    _window(qtbot, "main")
    layer._screensaver_active(False)
    assert not layer.is_locked
    layer._screensaver_active(True)
    assert layer.is_locked


def test_wrong_passphrase_on_lock_screen_keeps_it_locked(
    qtbot: QtBot, layer: ProtectionLayer
) -> None:
    window = _window(qtbot, "main")
    layer.lock()
    assert layer.lock_screen is not None
    layer.lock_screen.passphrase.setText("not it at all, sorry")
    layer.lock_screen.try_passphrase()
    layer.lock_screen.wait_for_task()
    assert layer.is_locked and not window.isVisible()
    assert layer.lock_screen.message.text() == WRONG_PASSPHRASE


# --------------------------------------------------------------------------- quick exit


def test_quick_exit_key_hides_every_window_even_from_a_modal_dialog(
    qtbot: QtBot, layer: ProtectionLayer
) -> None:
    windows = [_window(qtbot, f"w{i}") for i in range(3)]
    dialog = QDialog(windows[0])
    field = QLineEdit(dialog)
    seen: dict[str, object] = {}

    def press() -> None:
        field.setFocus()
        seen["visible_before"] = [w.isVisible() for w in windows] + [dialog.isVisible()]
        qtbot.keyClick(field, Qt.Key.Key_F12)
        seen["visible_after"] = [w.isVisible() for w in QApplication.topLevelWidgets()]

    QTimer.singleShot(50, press)
    dialog.exec()  # returns because hiding ends the modal loop
    assert seen["visible_before"] == [True, True, True, True]
    assert not any(seen["visible_after"])  # type: ignore[arg-type]
    assert layer.quits == [True]  # type: ignore[attr-defined]
    assert layer.quit_requested


def test_quick_exit_button_and_keep_running(qtbot: QtBot, layer: ProtectionLayer) -> None:
    layer.set_keep_running(True)
    assert layer.settings.get_setting(KEEP_RUNNING_SETTING) == "1"  # type: ignore[union-attr]
    window = _window(qtbot, "main")
    button = layer.quick_exit_button(window)
    window.setMenuWidget(button)
    assert button.text() == "Quick exit (F12)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    assert layer.is_locked and layer.quits == []  # type: ignore[attr-defined]
    assert layer.lock_screen is not None and layer.lock_screen.isMinimized()


def test_quick_exit_before_unlock_quits(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    made = ProtectionLayer(qapp, tmp_path, kdf=FAST)
    made.install()
    quits: list[bool] = []
    qapp.quit = lambda: quits.append(True)  # type: ignore[method-assign]
    try:
        dialog = SetupDialog(tmp_path, kdf=FAST)
        qtbot.addWidget(dialog)
        QTimer.singleShot(30, lambda: qtbot.keyClick(dialog, Qt.Key.Key_F12))
        dialog.exec()
        assert not dialog.isVisible() and quits == [True] and made.quit_requested
    finally:
        made.uninstall()
        del qapp.quit


# --------------------------------------------------------------------------- clipboard


def test_clipboard_text_is_marked_secret_and_cleared(qtbot: QtBot) -> None:
    clipboard = QGuiApplication.clipboard()
    guard = traces.SecretClipboard(clear_after_ms=100)
    guard.copy("555-0142")
    data = clipboard.mimeData()
    assert data.text() == "555-0142"
    assert bytes(data.data(traces.KDE_SECRET_HINT).data()) == b"secret"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
    # Something the person copied afterwards is never touched.
    guard.copy("555-0143")
    clipboard.setText("my own text")
    guard.clear_if_ours()
    assert clipboard.text() == "my own text"


def test_lock_clears_our_clipboard(qtbot: QtBot, layer: ProtectionLayer) -> None:
    _window(qtbot, "main")
    traces.copy_secret("Robin Example")
    layer.lock()
    assert QGuiApplication.clipboard().text() == ""


# --------------------------------------------------------------------------- panel & wipe


def test_panel_changes_settings(qtbot: QtBot, layer: ProtectionLayer) -> None:
    panel = ProtectionPanel(layer)
    qtbot.addWidget(panel)
    assert panel.idle.currentData() == 5
    panel.idle.setCurrentIndex(panel.idle.findData(15))
    assert layer.idle_minutes == 15
    panel.idle.setCurrentIndex(panel.idle.findData(0))
    assert layer.idle_minutes == 0
    panel.keep.setChecked(True)
    assert layer.keep_running
    panel.sleep.setChecked(False)
    assert not layer.lock_on_sleep


def test_wipe_needs_typed_words_and_can_be_cancelled(qtbot: QtBot) -> None:
    dialog = WipeDialog(seconds=3)
    qtbot.addWidget(dialog)
    dialog.show()
    fired: list[bool] = []
    dialog.confirmed.connect(lambda: fired.append(True))
    qtbot.keyClicks(dialog.typed, "wipe")
    assert not dialog.start_button.isEnabled()
    qtbot.keyClicks(dialog.typed, " Everything")
    assert dialog.start_button.isEnabled()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert "3 seconds" in dialog.count_label.text()
    dialog._tick()
    assert "2 seconds" in dialog.count_label.text()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert fired == [] and not dialog.timer.isActive()
    # Again, to the end this time.
    dialog2 = WipeDialog(seconds=2)
    qtbot.addWidget(dialog2)
    dialog2.confirmed.connect(lambda: fired.append(True))
    dialog2.typed.setText(CONFIRM_WORDS)
    dialog2.start()
    dialog2._tick()
    assert fired == []
    dialog2._tick()
    assert fired == [True]


def test_wipe_everything_from_the_layer(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    created = _workbook(folder)
    repo = PlanRepository.open(folder, created.data_key)
    made = ProtectionLayer(qapp, folder, kdf=FAST)
    made.install()
    made.attach(created.data_key, repo)
    window = _window(qtbot, "main")
    try:
        report = made.wipe_everything()
        assert report.complete and report.left_alone == []
        assert list(folder.iterdir()) == []
        assert not window.isVisible()
        # Something writing on the way out (an editor flushing a draft) fails, and whatever
        # file the attempt created is wiped again at quit.
        with pytest.raises(StorageError):
            repo.save_draft("editor:x:new", "late draft")
        made._wipe_again()
        assert list(folder.iterdir()) == []
    finally:
        made.uninstall()
        qapp.aboutToQuit.disconnect(made._wipe_again)


DBUS_CHILD = """
import os, subprocess, tempfile
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from workbook.storage import keys
from workbook.ui.protection.layer import ProtectionLayer
app = QApplication([])
folder = Path(tempfile.mkdtemp())
fast = keys.PassphraseKdf(memory_kib=64, iterations=1, lanes=1)
created = keys.create_keys(folder, "copper lanterns in the orchard", kdf=fast)
layer = ProtectionLayer(app, folder, kdf=fast)
layer.install()
layer.attach(created.data_key, None)
window = QMainWindow()
window.show()
def send():
    subprocess.run(["dbus-send", "--session", "--type=signal", "/org/freedesktop/ScreenSaver",
                    "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true"], check=True)
def check():
    print("LOCKED", layer.is_locked, window.isVisible())
    app.exit(0)
QTimer.singleShot(300, send)
QTimer.singleShot(1500, check)
app.exec()
"""


@pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("dbus-send")), reason="needs D-Bus"
)
def test_screen_lock_reported_over_dbus_locks_the_workbook() -> None:
    result = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-c", DBUS_CHILD],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert "LOCKED True False" in result.stdout, result.stdout + result.stderr


def test_wipe_from_the_panel_empties_the_folder_and_closes(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbook.ui import dialogs

    folder = tmp_path / "data"
    created = _workbook(folder)
    repo = PlanRepository.open(folder, created.data_key)
    made = ProtectionLayer(qapp, folder, kdf=FAST)
    made.install()
    made.attach(created.data_key, repo)
    told: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda _parent, text, detail="": told.append(text))
    quits: list[bool] = []
    monkeypatch.setattr(qapp, "quit", lambda: quits.append(True))
    panel = ProtectionPanel(made)
    qtbot.addWidget(panel)
    panel.show()

    def confirm_quickly() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WipeDialog)
        dialog.typed.setText("Wipe  everything")
        dialog.seconds = 1
        dialog.start()
        dialog._tick()

    QTimer.singleShot(50, confirm_quickly)
    try:
        panel.wipe()
        assert told == ["Everything is wiped. Workbook will close now."]
        assert quits == [True]
        assert folder.is_dir() and list(folder.iterdir()) == []
    finally:
        made.uninstall()
        qapp.aboutToQuit.disconnect(made._wipe_again)


def test_escape_on_the_lock_screen_does_not_close_workbook(
    qtbot: QtBot, layer: ProtectionLayer
) -> None:
    _window(qtbot, "main")
    layer.lock()
    assert layer.lock_screen is not None
    qtbot.keyClick(layer.lock_screen, Qt.Key.Key_Escape)
    assert layer.lock_screen.isVisible() and layer.quits == []  # type: ignore[attr-defined]
    layer.lock_screen.close()  # the window's close button: leave
    assert layer.quits == [True]  # type: ignore[attr-defined]


def test_quick_exit_also_closes_an_open_drop_down(qtbot: QtBot, layer: ProtectionLayer) -> None:
    from PySide6.QtWidgets import QComboBox

    window = QMainWindow()
    combo = QComboBox()
    combo.addItems(["Court", "Counselor", "Mediator"])
    window.setCentralWidget(combo)
    qtbot.addWidget(window)
    window.show()
    combo.showPopup()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=2000)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_F12)
    assert QApplication.activePopupWidget() is None
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets())
    assert layer.quits == [True]  # type: ignore[attr-defined]


def test_the_notice_can_be_read_again_from_the_panel(qtbot: QtBot, layer: ProtectionLayer) -> None:
    panel = ProtectionPanel(layer)
    qtbot.addWidget(panel)
    panel.show()
    seen: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.objectName() == "protection-notice"
        assert dialog.windowTitle() == "Workbook"
        seen.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        dialog.accept()  # type: ignore[attr-defined]

    QTimer.singleShot(50, read_and_close)
    qtbot.mouseClick(panel.findChild(QPushButton, "protection-about"), Qt.MouseButton.LeftButton)
    assert "stalkerware" in seen[0] and "thumbnails" in seen[0]


# --------------------------------------------------------------------------- session & re-key


class _Workbook:
    """Stands in for app.WorkbookApp: holds the store the windows would use."""

    def __init__(self, repo: PlanRepository) -> None:
        from workbook.ui.store import PlanStore

        self.store = PlanStore(repo)
        self.started = 0

    def start(self) -> None:
        self.started += 1


def _session(qapp: QApplication, folder: Path, data_key: bytes):  # type: ignore[no-untyped-def]
    from workbook.ui.app import open_repository
    from workbook.ui.protection.session import ProtectedSession

    made = ProtectionLayer(qapp, folder, kdf=FAST)
    made.install()
    repo = PlanRepository.open(folder, data_key)
    made.attach(data_key, repo)
    session = ProtectedSession(made, folder, open_repository, _Workbook)
    session.start(repo)
    return made, session


def _old_key_file_opens(folder: Path, old_key_file: Path, secret: str, code: bool) -> bool:
    copy = folder.parent / "copy"
    copy.mkdir(exist_ok=True)
    (copy / "keys.json").write_bytes(old_key_file.read_bytes())
    unlock = keys.unlock_with_recovery_code if code else keys.unlock_with_passphrase
    old_key = unlock(copy, secret)
    try:
        repo = PlanRepository.open(folder, old_key)
    except StorageError:
        return False
    repo.close()
    return True


def test_locking_closes_the_workbook_and_unlocking_opens_it_again(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    created = _workbook(folder)
    made, session = _session(qapp, folder, created.data_key)
    try:
        window = QMainWindow()  # destroyed by the lock, so not handed to qtbot
        window.show()
        repo = session.repository
        made.lock()
        qtbot.waitUntil(lambda: session.repository is None, timeout=3000)
        assert session.workbook is None and repo.closed
        assert not shiboken6.isValid(window), "the windows are destroyed, not only hidden"
        assert made._key_digest is not None and created.data_key not in vars(made).values()
        screen = made.lock_screen
        assert screen is not None
        screen.passphrase.setText(GOOD)
        screen.try_passphrase()
        screen.wait_for_task()
        assert not made.is_locked and session.repository is not None
        assert session.workbook.started == 1
        assert [c.name for c in session.repository.list(TrustedContact)] == ["Robin Example"]
        assert screen.data_key is None, "the lock screen keeps no copy of the key"
    finally:
        made.uninstall()
        session.close()


def test_changing_the_passphrase_rekeys_and_the_old_key_file_opens_nothing(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbook.ui import dialogs
    from workbook.ui.protection.panel import REKEYED_PASSPHRASE, ChangePassphraseDialog

    folder = tmp_path / "data"
    created = _workbook(folder)
    old_key_file = tmp_path / "old-keys.json"
    old_key_file.write_bytes((folder / "keys.json").read_bytes())
    made, session = _session(qapp, folder, created.data_key)
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "inform", lambda _p, text, detail="": told.append((text, detail)))
    try:
        store = session.workbook.store
        dialog = ChangePassphraseDialog(made)
        qtbot.addWidget(dialog)
        dialog.current.setText(GOOD)
        dialog.chooser.first.setText("amber tides over quiet fields")
        dialog.chooser.second.setText("amber tides over quiet fields")
        dialog.go()
        dialog.wait_for_task()  # the current passphrase is checked
        dialog.wait_for_task()  # the workbook is re-keyed
        assert told == [("Your new passphrase is set.", REKEYED_PASSPHRASE)]
        assert "cannot undo" in REKEYED_PASSPHRASE
        # The windows' store works on, under the new key.
        assert not store.closed and not session.repository.closed
        store.save(TrustedContact(name="Sam Example"))
        new_key = keys.unlock_with_passphrase(folder, "amber tides over quiet fields")
        assert new_key != created.data_key and made._same_key(new_key)
        assert keys.unlock_with_recovery_code(folder, created.recovery_code) == new_key
        # The old key file with the old passphrase opens nothing any more.
        assert not _old_key_file_opens(folder, old_key_file, GOOD, code=False)
    finally:
        made.uninstall()
        session.close()


def test_a_new_recovery_code_rekeys_and_the_old_code_opens_nothing(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    from workbook.ui.protection.panel import NewRecoveryCodeDialog

    folder = tmp_path / "data"
    created = _workbook(folder)
    old_key_file = tmp_path / "old-keys.json"
    old_key_file.write_bytes((folder / "keys.json").read_bytes())
    made, session = _session(qapp, folder, created.data_key)
    try:
        dialog = NewRecoveryCodeDialog(made)
        qtbot.addWidget(dialog)
        dialog.current.setText(GOOD)
        dialog.go()
        dialog.wait_for_task()
        dialog.wait_for_task()
        assert dialog.code is not None and dialog.code != created.recovery_code
        shown = dialog.findChild(QLabel, "recovery-code")
        assert shown is not None and shown.text() == dialog.code
        new_key = keys.unlock_with_recovery_code(folder, dialog.code)
        assert keys.unlock_with_passphrase(folder, GOOD) == new_key and made._same_key(new_key)
        assert not session.repository.closed
        with pytest.raises(keys.WrongSecret):
            keys.unlock_with_recovery_code(folder, created.recovery_code)
        assert not _old_key_file_opens(folder, old_key_file, created.recovery_code, code=True)
    finally:
        made.uninstall()
        session.close()


def test_an_older_copy_is_named_and_the_person_chooses(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbook.storage import backups
    from workbook.ui import dialogs
    from workbook.ui.app import open_repository
    from workbook.ui.protection.older_copy import OLDER, QUIT, USE_BACKUP, USE_OLDER

    folder = tmp_path / "data"
    created = _workbook(folder)
    key = created.data_key
    old = tmp_path / "old.db"
    old.write_bytes((folder / "workbook.db").read_bytes())
    repo = PlanRepository.open(folder, key)
    for name in ("Sam Example", "Alex Example"):
        repo.save(TrustedContact(name=name))
    repo.close()
    asked: list[tuple[str, list[str], str]] = []
    answers: list[str] = []

    def ask(_parent, text, choices, detail="", default=0):  # type: ignore[no-untyped-def]
        asked.append((text, list(choices), detail))
        return list(choices).index(answers.pop(0))

    monkeypatch.setattr(dialogs, "ask", ask)
    monkeypatch.setattr(dialogs, "inform", lambda *_a, **_k: None)

    def put_back_the_old_copy() -> None:
        for side in ("workbook.db-wal", "workbook.db-shm"):
            (folder / side).unlink(missing_ok=True)
        (folder / "workbook.db").write_bytes(old.read_bytes())

    put_back_the_old_copy()
    answers.append(QUIT)
    assert open_repository(folder, key) is None
    text, choices, detail = asked[-1]
    assert text == OLDER and choices[-1] == QUIT and USE_OLDER in choices
    assert "last changed" in detail and "2 saved changes behind" in detail

    answers.append(USE_OLDER)
    repo = open_repository(folder, key)
    assert repo is not None
    try:
        assert [c.name for c in repo.list(TrustedContact)] == ["Robin Example"]
    finally:
        repo.close()
    assert any(p.name.startswith("workbook-older-") for p in folder.iterdir()), "kept aside"
    assert (USE_BACKUP in choices) == any(
        p.suffix == ".db" for p in backups.list_backups(folder)
    ) or USE_BACKUP not in choices


def test_locking_during_a_rekey_waits_for_it_and_the_new_passphrase_unlocks(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbook.ui import dialogs
    from workbook.ui.protection.panel import ChangePassphraseDialog

    folder = tmp_path / "data"
    created = _workbook(folder)
    made, session = _session(qapp, folder, created.data_key)
    monkeypatch.setattr(dialogs, "inform", lambda *_a, **_k: None)
    new = "amber tides over quiet fields"
    try:
        parent = QMainWindow()  # destroyed by the lock, so not handed to qtbot
        parent.show()
        dialog = ChangePassphraseDialog(made, parent)
        dialog.current.setText(GOOD)
        dialog.chooser.first.setText(new)
        dialog.chooser.second.setText(new)
        dialog.go()
        dialog.wait_for_task()  # checked; the workbook is closed and being re-keyed
        assert session.rekeying
        made.lock()  # the screen locks meanwhile
        # Locking does not tear the re-key's dialog down while the re-key runs; once the
        # re-key is done (on a fast machine within the wait below) it may go.
        assert shiboken6.isValid(dialog), "the re-key's dialog lives until it is done"
        qtbot.wait(300)
        if shiboken6.isValid(dialog):
            dialog.wait_for_task()
        qtbot.waitUntil(lambda: not shiboken6.isValid(parent), timeout=3000)
        assert session.repository is None and made.is_locked
        screen = made.lock_screen
        assert screen is not None
        screen.passphrase.setText(new)
        screen.try_passphrase()
        screen.wait_for_task()
        assert not made.is_locked and session.repository is not None
    finally:
        made.uninstall()
        session.close()
