"""The first window (set-up or unlock) is painted before PySide builds Qt's `Qt` namespace
(workbook/ui/qt_names.py): about 95 enum types, 15 to 30 ms of a start that is measured
against a bare dialog (bench/bench_ui.py --first-window)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QEnterEvent, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit

from workbook.language import save_language
from workbook.storage import keys
from workbook.ui import qt_names
from workbook.ui.protection.unlock import LinkButton

# Started as the app starts (workbook.cli.main, in a fresh interpreter): at the first paint,
# says whether `Qt` had been built, and ends.
_PROBE = r"""
import os, sys
import workbook.ui.first_paint as first_paint

def done(self):
    import PySide6.QtCore
    built = PySide6.QtCore.__dict__.get("Qt") is not None
    print("built" if built else "not built", flush=True)
    os._exit(0)

first_paint._FirstPaint._done = done
from workbook.cli import main
main(["--data-dir", sys.argv[1]])
"""


def _run_probe(folder: Path, probe: str = _PROBE) -> str:
    """What `probe` printed, started on `folder` as the app starts (no relaunch)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WORKBOOK_PRIVATE_MEMORY="1")
    done = subprocess.run(
        [sys.executable, "-c", probe, str(folder)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.strip()


def _locked(folder: Path) -> Path:
    folder.mkdir(mode=0o700)
    keys.create_keys(
        folder,
        "a passphrase long enough",
        kdf=keys.PassphraseKdf(memory_kib=64, iterations=1, lanes=1),
    )
    return folder


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_unlock_screen_is_painted_without_the_qt_namespace(
    tmp_path: Path, language: str
) -> None:
    folder = _locked(tmp_path / "workbook")
    save_language(folder, language)  # Arabic: right to left, set by name too
    assert _run_probe(folder) == "not built"


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_set_up_screen_is_painted_without_the_qt_namespace(
    tmp_path: Path, language: str
) -> None:
    folder = tmp_path / "new"
    folder.mkdir(mode=0o700)
    save_language(folder, language)
    assert _run_probe(folder) == "not built"


def test_the_probe_sees_the_namespace_when_it_is_built(tmp_path: Path) -> None:
    """The check above can fail: the same probe, on a start that touches `Qt` first."""
    folder = tmp_path / "new"
    folder.mkdir(mode=0o700)
    touches = _PROBE.replace(
        "from workbook.cli import main",
        "from PySide6.QtCore import Qt\nfrom workbook.cli import main",
    )
    assert _run_probe(folder, touches) == "built"


# The focus ring is installed once the first window is painted (its first focus is not the
# keyboard's): after the first paint's callbacks, says whether the ring follows the focus.
_RING_PROBE = r"""
import os, sys
import workbook.ui.first_paint as first_paint

original = first_paint._FirstPaint._done

def done(self):
    original(self)
    from workbook.ui import theme
    print("ring" if theme._KEEPERS else "no ring", flush=True)
    os._exit(0)

first_paint._FirstPaint._done = done
from workbook.cli import main
main(["--data-dir", sys.argv[1]])
"""


def test_the_focus_ring_follows_the_focus_once_the_first_window_is_painted(
    tmp_path: Path,
) -> None:
    folder = _locked(tmp_path / "workbook")
    assert _run_probe(folder, _RING_PROBE) == "ring"


def test_the_key_numbers_are_qts() -> None:
    assert Qt.Key.Key_Return.value == qt_names.KEY_RETURN
    assert Qt.Key.Key_Enter.value == qt_names.KEY_ENTER
    assert Qt.Key.Key_F12.value == qt_names.KEY_F12


def test_set_properties_sets_by_name(qtbot: object) -> None:
    label = QLabel()
    qt_names.set_properties(label, alignment="AlignLeft|AlignTop", textFormat="PlainText")
    assert label.alignment() == Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    assert label.textFormat() == Qt.TextFormat.PlainText
    edit = QLineEdit()
    qt_names.set_properties(
        edit, inputMethodHints="ImhSensitiveData|ImhNoPredictiveText", focusPolicy="TabFocus"
    )
    assert edit.inputMethodHints() == (
        Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
    )
    assert edit.focusPolicy() == Qt.FocusPolicy.TabFocus
    shortcut = QShortcut(edit)
    qt_names.set_properties(shortcut, context="WindowShortcut")
    assert shortcut.context() == Qt.ShortcutContext.WindowShortcut


@pytest.mark.parametrize(
    ("name", "value"), [("alignment", "AlignSomewhere"), ("no such property", "PlainText")]
)
def test_a_wrong_name_is_refused(qtbot: object, name: str, value: str) -> None:
    with pytest.raises(ValueError, match=name):
        qt_names.set_properties(QLabel(), **{name: value})


def test_a_link_button_points_once_the_pointer_comes_over_it(qtbot: object) -> None:
    button = LinkButton("I forgot my passphrase")
    assert button.cursor().shape() == Qt.CursorShape.ArrowCursor
    where = QPointF(2, 2)
    button.enterEvent(QEnterEvent(where, where, where))
    assert button.cursor().shape() == Qt.CursorShape.PointingHandCursor
    assert button.isFlat() and not button.autoDefault()
