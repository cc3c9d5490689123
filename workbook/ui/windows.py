"""The app's top-level windows (overview, wizard), so a quick exit or a lock can hide them all
at once, and any part of the UI can find them without importing the app.

Editors and message boxes are children of these windows. `window_hooks` are called with each
new window; the protection layer adds its Quick exit button there.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtWidgets import QWidget

_windows: list[weakref.ref[QWidget]] = []
window_hooks: list[Callable[[QWidget], None]] = []


def register_window(window: QWidget) -> None:
    _windows.append(weakref.ref(window))
    for hook in window_hooks:
        hook(window)


def top_level_windows() -> list[QWidget]:
    """Every top-level window the app has opened that still exists."""
    alive = [w for ref in _windows if (w := ref()) is not None and shiboken6.isValid(w)]
    _windows[:] = [weakref.ref(w) for w in alive]
    return alive
