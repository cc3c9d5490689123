"""Locking really locks: a memory scan of the app while it is locked.

A child process runs the app as `run_app` does: it unlocks with a passphrase typed key by
key, types canary strings into a saved contact and into an editor left open (a draft), looks
at them in the wizard, locks, unlocks again on the lock screen, locks again, and then reads
its own memory (/proc/self/mem, every readable region that is not a read-only file
mapping) looking for each canary and the passphrase in UTF-8, UTF-16 (how Qt keeps text)
and UCS-4 (one of Python's string layouts), and for the data key, raw and as hex text.

The child never builds a canary or the passphrase as one Python string itself: it gets them
as lists of numbers and types them one key at a time, and the search patterns live in
bytearrays whose own addresses are left out of the scan. So whatever is found was made by
Workbook (or the libraries under it).
"""

from __future__ import annotations

import json
import os
import secrets
import string
import subprocess
import sys
from pathlib import Path

import pytest

from workbook.storage import keys
from workbook.storage.keys import PassphraseKdf
from workbook.ui.protection.private_memory import private_memory_environment

FAST = PassphraseKdf(memory_kib=64, iterations=1, lanes=1)
OFFSET = 7  # the child gets code points + OFFSET, so no secret appears in its argv or stdin

CHILD = r"""
import ctypes, gc, json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from workbook.domain.model import OtherPerson, TrustedContact
from workbook.ui import app as app_module
from workbook.ui.editor import RecordEditor
from workbook.ui.protection.install import decorate_window
from workbook.ui.protection.layer import ProtectionLayer
from workbook.ui.protection.session import ProtectedSession
from workbook.ui.protection.startup import open_protected
from workbook.ui.protection.unlock import UnlockDialog

folder = Path(sys.argv[1])
spec = json.loads(sys.stdin.read())
OFFSET = spec["offset"]
passphrase_codes = [c - OFFSET for c in spec["passphrase"]]
canary_codes = [[c - OFFSET for c in canary] for canary in spec["canaries"]]
key_codes = [c - OFFSET for c in spec["key"]]
FIELDS = ["name", "relationship", "code_word", "best_times", "notes"]
report = {}


def type_codes(widget, codes):
    widget.setFocus()
    for code in codes:
        QTest.keyClick(widget, chr(code))  # one-character strings are shared by Python


def type_passphrase(dialog):
    type_codes(dialog.passphrase, passphrase_codes)
    QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)


def unlock_at_start():
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, UnlockDialog):
        QTimer.singleShot(20, unlock_at_start)
        return
    type_passphrase(dialog)


app = app_module.make_application()
QTimer.singleShot(50, unlock_at_start)
layer = ProtectionLayer(app, folder)
opened = open_protected(app, folder, app_module.open_repository, layer=layer)
assert opened.repository is not None, "could not unlock"
app_module.window_hooks[:] = [lambda window: decorate_window(window, layer)]
session = ProtectedSession(
    layer, folder, app_module.open_repository, lambda repo: app_module.WorkbookApp(repo, folder)
)
session.start(opened.repository)
del opened


def fill(editor, canaries):
    for name, codes in zip(FIELDS, canaries):
        widget = editor.widgets[name].focus_widget()
        type_codes(widget, codes)


def step_edit():
    workbook = session.workbook
    workbook.show_wizard(None)
    parent = workbook.wizard
    saved = RecordEditor(workbook.store, TrustedContact, None, parent)
    saved.show()
    fill(saved, canary_codes[0:5])
    saved.accept()
    workbook.wizard.go_to("contacts")  # the saved contact on screen
    draft = RecordEditor(workbook.store, TrustedContact, None, parent)
    draft.show()
    fill(draft, canary_codes[5:10])
    # The name chosen for the other person, which every page's words then carry.
    welcome = workbook.wizard.welcome_page.other_person
    welcome.buttons[OtherPerson.NAME].click()
    type_codes(welcome.name, canary_codes[10])
    welcome.save()
    report["named"] = [ord(c) for c in workbook.store.plan.other_person_name] == canary_codes[10]
    QTimer.singleShot(1500, step_lock)  # the draft is written meanwhile


def step_lock():
    layer.lock()
    QTimer.singleShot(300, step_unlock)


def step_unlock():
    report["closed_while_locked"] = session.repository is None
    screen = layer.lock_screen
    type_passphrase(screen)
    QTimer.singleShot(50, wait_unlocked)


def wait_unlocked():
    if layer.is_locked:
        if layer.lock_screen._task is not None:
            QTimer.singleShot(50, wait_unlocked)
            return
        report["second_unlock"] = False
        QTimer.singleShot(0, step_lock_again)
        return
    report["second_unlock"] = True
    workbook = session.workbook
    workbook.show_wizard(None)
    workbook.wizard.go_to("contacts")
    report["reopened_contacts"] = len(workbook.store.records(TrustedContact))
    report["draft_kept"] = workbook.store.draft_ids("TrustedContact")
    QTimer.singleShot(300, step_lock_again)


def step_lock_again():
    layer.lock()
    QTimer.singleShot(500, scan_now)


def pattern(codes, width):
    # Built piece by piece: no bytes or str object holding the whole secret is ever made.
    data = bytearray()
    for code in codes:
        data += code.to_bytes(width, "little")
    return data


def hex_pattern(codes, template):
    data = bytearray()
    for code in codes:
        data += template % code
    return data


def patterns():
    found = {}
    for label, codes in [("passphrase", passphrase_codes)] + [
        (f"canary{i}", c) for i, c in enumerate(canary_codes)
    ]:
        found[f"{label}/utf-8"] = pattern(codes, 1)
        found[f"{label}/utf-16"] = pattern(codes, 2)
        found[f"{label}/ucs-4"] = pattern(codes, 4)
    found["key/raw"] = pattern(key_codes, 1)
    found["key/hex"] = hex_pattern(key_codes, b"%02x")
    found["key/HEX"] = hex_pattern(key_codes, b"%02X")
    found["key/hex-utf-16"] = pattern(list(hex_pattern(key_codes, b"%02x")), 2)
    return found


def address(buffer):
    return ctypes.addressof((ctypes.c_char * len(buffer)).from_buffer(buffer))


def scan_now():
    gc.collect()
    chunk = bytearray(8 << 20)
    found = patterns()
    skip = [(address(chunk), len(chunk))] + [(address(b), len(b)) for b in found.values()]
    hits = {name: [] for name in found}
    overlap = max(len(b) for b in found.values())
    with open("/proc/self/maps") as maps:
        regions = maps.read().splitlines()
    with open("/proc/self/mem", "rb", buffering=0) as mem:
        for line in regions:
            parts = line.split(maxsplit=5)
            span, perms = parts[0], parts[1]
            path = parts[5] if len(parts) > 5 else ""
            if perms[0] != "r" or path in ("[vvar]", "[vsyscall]", "[vdso]", "[vvar_vclock]"):
                continue
            if path.startswith("/") and perms[1] != "w":
                continue  # program and library code and constants
            start, end = (int(x, 16) for x in span.split("-"))
            position = start
            while position < end:
                size = min(len(chunk), end - position)
                try:
                    mem.seek(position)
                    got = mem.readinto(memoryview(chunk)[:size])
                except OSError:
                    break
                if not got:
                    break
                for name, pattern in found.items():
                    at = chunk.find(pattern, 0, got)
                    while at != -1:
                        where = position + at
                        if not any(s <= where < s + n for s, n in skip):
                            hits[name].append(path or "anonymous")
                        at = chunk.find(pattern, at + 1, got)
                if position + got >= end:
                    break
                position += got - overlap if got > overlap else got
    report["hits"] = {name: where for name, where in hits.items() if where}
    print("REPORT " + json.dumps(report), flush=True)
    os._exit(0)


QTimer.singleShot(100, step_edit)
app.exec()
"""


def _random_word(length: int) -> list[int]:
    return [ord(secrets.choice(string.ascii_lowercase)) for _ in range(length)]


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="reads /proc/self/mem (Linux)")
def test_while_locked_no_plan_text_passphrase_or_key_remains_in_memory(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    passphrase = "".join(map(chr, _random_word(24)))
    created = keys.create_keys(folder, passphrase, kdf=FAST)
    canaries = [_random_word(18) for _ in range(11)]
    spec = {
        "offset": OFFSET,
        "passphrase": [ord(c) + OFFSET for c in passphrase],
        "canaries": [[c + OFFSET for c in canary] for canary in canaries],
        "key": [b + OFFSET for b in created.data_key],
    }
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder)],
        input=json.dumps(spec),
        capture_output=True,
        text=True,
        timeout=240,
        # As the app runs after relaunch_with_private_memory (protection/private_memory.py).
        env={**private_memory_environment(dict(os.environ)), "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("REPORT ")]
    assert lines, result.stdout + result.stderr
    report = json.loads(lines[0][len("REPORT ") :])
    for name, where in sorted(report["hits"].items()):
        regions = ", ".join(f"{r} x{where.count(r)}" for r in sorted(set(where)))
        print(f"while locked, found {name}: {len(where)} ({regions})")
    assert report["closed_while_locked"] and report["second_unlock"]
    assert report["named"], "the other person's name was chosen and saved"
    assert report["reopened_contacts"] == 1 and report["draft_kept"] == ["new"]
    # No plan text, no passphrase and no data key, in any of the encodings, anywhere.
    assert report["hits"] == {}
