"""One value edited on a page (not a record list): the statements on the boundaries page,
About me on the Welcome page. Each field is checked as it is typed; the value is saved a
moment after the last change; what cannot be saved yet (a problem, a storage error) is kept
as a draft in the encrypted workbook, never lost, and the draft goes once the value is saved.

A form mixes this in and sets `fields`, `errors`, `_timer`, `_loading`, `_has_draft`, and
says what it edits through `value_kind`, `draft_kind`, `stored()`, `save()` and `problems()`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from workbook.storage.errors import StorageError
from workbook.ui.field_base import FieldWidget
from workbook.ui.store import PlanStore


class SavedAsTyped:
    store: PlanStore
    fields: Mapping[str, FieldWidget]
    errors: Mapping[str, QLabel]
    _timer: QTimer
    _loading: bool
    _has_draft: bool
    value_kind: type[Any]
    draft_kind: str

    def stored(self) -> Any:
        raise NotImplementedError

    def save(self, value: Any) -> None:
        raise NotImplementedError

    def problems(self, value: Any) -> dict[str, str]:
        raise NotImplementedError

    def load(self) -> None:
        self._loading = True
        values: dict[str, Any] = dataclasses.asdict(self.stored())
        draft = self.store.load_draft(self.draft_kind, None)
        if draft and isinstance(draft.get("fields"), dict):
            values.update({k: str(v) for k, v in draft["fields"].items() if k in values})
            self._has_draft = True
        for name, field in self.fields.items():
            if field.raw() != values[name]:
                field.set_raw(values[name])
        self._loading = False
        self.check()

    def current(self) -> Any:
        return self.value_kind(**{name: field.raw() for name, field in self.fields.items()})

    def check(self) -> dict[str, str]:
        problems = self.problems(self.current())
        for name, label in self.errors.items():
            message = problems.get(name, "")
            label.setText(message)
            label.setVisible(bool(message))
            field = self.fields[name]
            field.describe(message or field.spec.help)
        return problems

    def _edited(self) -> None:
        if self._loading:
            return
        self.check()
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        value = self.current()
        if value == self.stored():
            self._forget_draft()
            return
        fields = dataclasses.asdict(value)
        if self.check():
            self.store.save_draft(self.draft_kind, None, {"fields": fields})
            self._has_draft = True
            return
        try:
            self.save(value)
        except StorageError:
            # Keep every word as a draft; the next change or visit tries again.
            self.store.save_draft(self.draft_kind, None, {"fields": fields})
            self._has_draft = True
            return
        self._forget_draft()

    def _forget_draft(self) -> None:
        if self._has_draft:
            self.store.discard_draft(self.draft_kind, None)
            self._has_draft = False
