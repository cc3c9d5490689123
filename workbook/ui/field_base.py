"""The base every field widget shares (workbook/ui/fields.py makes them from a FieldSpec;
workbook/ui/schedule_widget.py builds the schedule editor on it too, without importing the
factory that imports it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from workbook.ui.common import enter_presses, no_alt_typing, plain
from workbook.ui.specs import FieldSpec


class FieldInputError(ValueError):
    """What the person typed cannot be read yet; the message says how to fix it."""


def _set_names(widget: QWidget, name: str, description: str = "") -> None:
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description or name)
    if isinstance(widget, QAbstractButton):
        enter_presses(widget)
    elif isinstance(widget, QLineEdit | QPlainTextEdit | QComboBox | QSpinBox):
        no_alt_typing(widget)


class FieldWidget(QWidget):
    edited = Signal()

    def __init__(self, spec: FieldSpec, object_prefix: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self.object_prefix = object_prefix
        self.setObjectName(f"{object_prefix}-{spec.name}")
        self._focus: QWidget = self
        self.name_text = plain(spec.label)  # as a screen reader says it: no "&"

    def _hold(self, control: QWidget, kind: str, *, stretch: bool = False) -> None:
        """Make `control` the one thing this field is: named and described for screen
        readers, alone in a margin-less row (left-aligned with `stretch`), and the widget that
        takes focus."""
        control.setObjectName(f"{self.object_prefix}-{self.spec.name}-{kind}")
        _set_names(control, self.name_text, self.spec.help)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(control)
        if stretch:
            layout.addStretch(1)
        self._focus = control

    def focus_widget(self) -> QWidget:
        return self._focus

    def raw(self) -> Any:
        raise NotImplementedError

    def set_raw(self, raw: Any) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        return self.raw()

    def set_value(self, value: Any) -> None:
        self.set_raw(value)

    def describe(self, description: str) -> None:
        """Accessible description: the field's help plus any problem shown next to it."""
        self.focus_widget().setAccessibleDescription(description or self.name_text)
