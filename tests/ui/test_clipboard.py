"""The clipboard: every Copy and Cut from a field goes through `copy_secret` (marked secret
for clipboard managers), and what Workbook put there is cleared after the timeout, on lock
and at quit — never what another program copied since."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPlainTextEdit
from pytestqt.qtbot import QtBot

from workbook.ui import clipboard
from workbook.ui.clipboard import (
    KDE_SECRET_HINT,
    MAC_CONCEALED_MIME,
    WINDOWS_NO_HISTORY,
    is_marked_secret,
    secret_clipboard,
)

SHORT_MS = 300


@pytest.fixture
def guarded(qapp: QApplication) -> Iterator[clipboard.SecretClipboard]:
    board = clipboard.install(qapp, clear_after_ms=SHORT_MS)
    QGuiApplication.clipboard().clear()
    yield board
    clipboard.uninstall(qapp)
    board.set_clear_after(clipboard.CLEAR_AFTER_MS)
    board.clear_if_ours()
    QGuiApplication.clipboard().clear()


def assert_secret(text: str) -> None:
    data = QGuiApplication.clipboard().mimeData()
    assert data is not None and data.text() == text
    assert is_marked_secret(data)
    assert bytes(data.data(KDE_SECRET_HINT).data()) == b"secret"
    for windows_format in WINDOWS_NO_HISTORY:
        assert data.hasFormat(windows_format)
    assert bytes(data.data(WINDOWS_NO_HISTORY[1]).data()) == b"\0\0\0\0"
    assert data.hasFormat(MAC_CONCEALED_MIME)


def line(qtbot: QtBot, text: str) -> QLineEdit:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.setText(text)
    edit.show()
    edit.setFocus()
    return edit


def test_ctrl_c_in_a_line_field_is_marked_secret(qtbot: QtBot, guarded: object) -> None:
    edit = line(qtbot, "Code word: bluebell")
    edit.setSelection(11, 8)
    qtbot.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert_secret("bluebell")
    assert edit.text() == "Code word: bluebell"


def test_ctrl_x_in_a_text_field_is_marked_secret_and_removes_the_text(
    qtbot: QtBot, guarded: object
) -> None:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText("first line\nsecond line")
    edit.show()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert_secret("first line\nsecond line")
    assert edit.toPlainText() == ""
    edit.undo()  # like Qt's own Cut, it can be undone
    assert edit.toPlainText() == "first line\nsecond line"


def test_a_real_plan_field_copies_through_copy_secret(qtbot: QtBot, guarded: object) -> None:
    from workbook.domain.model import TrustedContact
    from workbook.ui.fields import LineField
    from workbook.ui.specs import spec_for

    spec = next(f for f in spec_for(TrustedContact).fields if f.name == "code_word")
    field = LineField(spec, "test")
    qtbot.addWidget(field)
    field.set_raw("lighthouse")
    field.show()
    edit = field.focus_widget()
    assert isinstance(edit, QLineEdit)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert_secret("lighthouse")


def test_context_menu_copy_and_cut_are_marked_secret(qtbot: QtBot, guarded: object) -> None:
    edit = line(qtbot, "555-0142")
    edit.selectAll()
    QApplication.sendEvent(
        edit,
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, QPoint(5, 5), edit.mapToGlobal(QPoint(5, 5))
        ),
    )
    menu = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible())
    actions = {a.objectName(): a for a in menu.actions()}
    assert actions["edit-copy"].isEnabled() and actions["edit-cut"].isEnabled()
    actions["edit-copy"].trigger()
    menu.close()
    assert_secret("555-0142")

    QGuiApplication.clipboard().clear()
    menu = clipboard.secure_menu(edit.createStandardContextMenu(), edit)
    next(a for a in menu.actions() if a.objectName() == "edit-cut").trigger()
    assert_secret("555-0142")
    assert edit.text() == ""


def test_password_fields_copy_nothing(qtbot: QtBot, guarded: object) -> None:
    edit = line(qtbot, "violet trams hum at midnight")
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == ""
    assert edit.text() == "violet trams hum at midnight"


def test_cleared_after_the_timeout(qtbot: QtBot, guarded: clipboard.SecretClipboard) -> None:
    edit = line(qtbot, "Robin Example")
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "Robin Example"
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=SHORT_MS * 10)
    assert not guarded.holds_ours()


def test_text_copied_elsewhere_afterwards_is_not_touched(
    qtbot: QtBot, guarded: clipboard.SecretClipboard
) -> None:
    edit = line(qtbot, "Robin Example")
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    # Something else is copied over it (in this headless test from the same process; the
    # X11 test below uses a second program).
    QGuiApplication.clipboard().setText("shopping list")
    qtbot.wait(SHORT_MS * 2)
    guarded.clear_if_ours()
    assert QGuiApplication.clipboard().text() == "shopping list"


def test_the_shared_copy_secret_is_the_same_guard(guarded: clipboard.SecretClipboard) -> None:
    from workbook.ui.protection import traces

    assert secret_clipboard() is guarded
    traces.copy_secret("Robin Example")
    assert_secret("Robin Example")
    assert guarded.holds_ours()


X11_CHILD = r"""
import sys
from PySide6.QtCore import QProcess, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from workbook.ui import clipboard

READER = '''
import sys
from PySide6.QtGui import QClipboard, QGuiApplication
app = QGuiApplication([])
board = app.clipboard()
modes = (("CLIPBOARD", QClipboard.Mode.Clipboard), ("PRIMARY", QClipboard.Mode.Selection))
for name, mode in modes:
    data = board.mimeData(mode)
    text = data.text() if data is not None else ""
    hint = bytes(data.data("x-kde-passwordManagerHint").data()) if data is not None else b""
    print(name, repr(text), hint.decode() or "-")
'''
WRITER = '''
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
app.clipboard().setText(sys.argv[1])
print("SET", flush=True)
QTimer.singleShot(int(sys.argv[2]), app.quit)
app.exec()
'''

readers = []

def other_program(code, then, *args):
    # A separate process, run without blocking: Workbook must keep answering its requests.
    process = QProcess()
    readers.append(process)
    process.setProgram(sys.executable)
    process.setArguments(["-c", code, *args])
    process.finished.connect(lambda *_: (print(bytes(process.readAllStandardOutput()).decode(),
                                               flush=True), then()))
    process.start()

app = QApplication([])
clipboard.install(app, clear_after_ms=1500)
edit = QLineEdit()
edit.setText("Code word: bluebell")
edit.show()
edit.activateWindow()
edit.setFocus()

def step1():
    # Selecting with the keyboard sets PRIMARY on X11; Ctrl+C sets CLIPBOARD.
    QTest.keyClick(edit, Qt.Key.Key_End)
    for _ in range(8):
        QTest.keyClick(edit, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    print("AFTER COPY", flush=True)
    other_program(READER, lambda: QTimer.singleShot(2000, step2))

def step2():
    print("AFTER TIMEOUT", flush=True)
    other_program(READER, step3)

def step3():
    # Copy again, then another program copies something: Workbook leaves it alone.
    QTest.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    writer = QProcess()
    readers.append(writer)
    writer.setProgram(sys.executable)
    writer.setArguments(["-c", WRITER, "shopping list", "8000"])
    writer.start()
    writer.waitForReadyRead(30000)
    QTimer.singleShot(2000, step4)

def step4():
    print("AFTER OTHER PROGRAM", flush=True)
    other_program(READER, app.quit)

QTimer.singleShot(300, step1)
app.exec()
"""


def _x11_available(env: dict[str, str]) -> bool:
    """Xvfb is installed and Qt's xcb plugin loads (it needs several libxcb-* packages)."""
    if not shutil.which("xvfb-run"):
        return False
    probe = subprocess.run(
        [
            "xvfb-run",
            "-a",
            sys.executable,
            "-c",
            "from PySide6.QtGui import QGuiApplication\nQGuiApplication([])",
        ],
        capture_output=True,
        timeout=60,
        env=env,
        check=False,
    )
    return probe.returncode == 0


def test_on_x11_both_clipboard_and_primary_are_secret_cleared_and_others_left_alone(
    tmp_path: Path,
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    if not _x11_available(env):
        pytest.skip("needs Xvfb and Qt's xcb platform plugin")
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 800x600x24", sys.executable, "-c", X11_CHILD],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    out = result.stdout
    assert "AFTER OTHER PROGRAM" in out, out + result.stderr
    after_copy, rest = out.split("AFTER TIMEOUT")
    after_timeout, after_other = rest.split("AFTER OTHER PROGRAM")
    assert "CLIPBOARD 'bluebell' secret" in after_copy, out
    assert "PRIMARY 'bluebell' secret" in after_copy, out
    assert "CLIPBOARD '' -" in after_timeout, out
    assert "PRIMARY '' -" in after_timeout, out
    assert "CLIPBOARD 'shopping list' -" in after_other, out
