"""Qt settings by name, for what is built before the first window is painted.

PySide builds every enum type of Qt's `Qt` namespace (about 95 of them, through Python's
enum module) the first time any one of them is touched: 15 to 30 ms on the machines we
measure, a tenth or more of a bare dialog's whole start (bench/bench_ui.py --first-window).
The first window (set-up or unlock) does not need that namespace, so what it builds sets
such values through Qt's property system, by the names Qt's documentation gives them:

    set_properties(label, alignment="AlignLeft|AlignTop", textFormat="PlainText")

A wrong name raises at once (tests/ui/test_first_window_qt.py builds every screen that uses
this). The rest of the app uses `Qt` as usual: it is loaded once the first window is painted
(workbook/ui/first_paint.py), and tests/ui/test_first_window_qt.py checks that the set-up and
unlock screens are painted before it is.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

# Keys as QKeyEvent.key() gives them (a plain int), from qnamespace.h; the test compares
# them with Qt.Key.
KEY_RETURN = 0x01000004
KEY_ENTER = 0x01000005
KEY_F12 = 0x0100003B


def set_properties(target: QObject, **values: str) -> None:
    """Set each Qt property of `target` to the value Qt names `value` ("AlignLeft|AlignTop",
    "PlainText", "NoFocus"). Raises ValueError for a property or value Qt does not know."""
    for name, value in values.items():
        if not target.setProperty(name, value):
            raise ValueError(f"{type(target).__name__} has no property {name} = {value!r}")
