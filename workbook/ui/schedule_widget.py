"""A compact editor for a structured schedule (domain/schedule.py), as one field of a form.

How it repeats (a combo box whose first choice, "No set days and times", means no schedule),
the weekdays as check boxes, days of the month or dates as short lists, the times of day
("10:00, 17:30"), how long each lasts, and the first and last day. For check-in agreements
(a field whose FieldSpec names MandatedObligation as its target) one more choice: before and
after a mandated contact, with the minutes before and after. Below, in plain words, what was
entered and the next few times it happens, so an "every other week" can be checked against
the calendar at a glance.

Like every field widget: `raw()`/`set_raw()` keep exactly what is on screen (drafts survive a
half-typed time), `value()` gives the Schedule or None, or raises FieldInputError with a kind
message saying what to change.
"""

from __future__ import annotations

import re
from datetime import date, time
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbook.domain import dates
from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.domain.model import now
from workbook.domain.schedule import (
    MAX_AROUND_MINUTES,
    MAX_MINUTES,
    REPEAT_LABELS,
    WEEKDAY_NAMES,
    WEEKDAY_SHORT,
    Repeat,
    Schedule,
    describe,
    next_occurrences,
    validate_schedule,
)
from workbook.ui.common import FlowLayout, WrapLabel
from workbook.ui.date_input import DateInput
from workbook.ui.field_base import FieldInputError, FieldWidget
from workbook.ui.specs import FieldSpec

_CONTEXT = "ScheduleField"
_NONE = ""  # the combo's data for "no set days and times"
_SPLIT = re.compile(r"[,;\s]+")
_DATES_SPLIT = re.compile(r"[,;،]+")
_TIME = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?$")

# English source texts, marked for lupdate and translated when shown.
MSG_TIMES = QT_TRANSLATE_NOOP(
    _CONTEXT, "Please write times as hour:minute, for example 09:30 or 17:00, separated by commas."
)
MSG_MONTH_DAYS = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "Please write the days of the month as numbers from 1 to 31, or “last”, separated by commas.",
)


def _set_names(widget: QWidget, name: str, description: str = "") -> None:
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description or name)


def parse_times(text: str) -> tuple[time, ...]:
    """'9, 17:30, 21.15, 6:30 PM' -> (09:00, 17:30, 21:15, 18:30): hour:minute on a 24-hour
    clock, or the locale's own 12-hour times (as `short_time` writes them), separated by
    commas (or spaces); FieldInputError for anything else."""
    found: list[time] = []
    for chunk in _DATES_SPLIT.split(text.strip()):
        if not chunk.strip():
            continue
        try:  # "6:30 PM", "٦:٣٠ م": a time with its am/pm, read by the date module
            _rest, moment = dates.parse_time_part(chunk.strip())
        except dates.DateInputError:
            moment, _rest = None, chunk
        if moment is not None and not _rest:
            found.append(moment.replace(second=0))
            continue
        for part in _SPLIT.split(chunk.strip()):
            if not part:
                continue
            match = _TIME.match(part)
            hour = int(match.group(1)) if match else -1
            minute = int(match.group(2) or 0) if match else -1
            if not (0 <= hour <= 23 and 0 <= minute <= 59):
                raise FieldInputError(tr(_CONTEXT, MSG_TIMES))
            found.append(time(hour, minute))
    return tuple(found)


def parse_dates(text: str) -> tuple[date, ...]:
    """'3/1/2026, 14 April 2026; 2026-05-02' -> dates (ISO or the person's own way, separated
    by commas, semicolons or spaces); FieldInputError with a kind message for one that is not
    a date or does not exist."""
    found: list[date] = []
    for chunk in _DATES_SPLIT.split(text.strip()):
        try:
            day = dates.parse_date(chunk)
            found.extend([] if day is None else [day])
        except dates.DateInputError as error:
            try:  # "2026-03-01 2026-04-12": dates separated by spaces only
                found.extend(d for d in map(dates.parse_date, chunk.split()) if d is not None)
            except dates.DateInputError:
                raise FieldInputError(error.message) from None
    return tuple(found)


def parse_month_days(text: str) -> tuple[int, ...]:
    found: list[int] = []
    last = tr(_CONTEXT, "last").casefold()
    for part in _SPLIT.split(text.strip()):
        if not part:
            continue
        if part.casefold() in (last, "last"):
            found.append(-1)
            continue
        if not part.isdigit() or not 1 <= int(part) <= 31:
            raise FieldInputError(tr(_CONTEXT, MSG_MONTH_DAYS))
        found.append(int(part))
    return tuple(dict.fromkeys(found))


def _optional_date(text: str) -> date | None:
    try:
        return dates.parse_date(text)
    except dates.DateInputError as error:
        raise FieldInputError(error.message) from None


class ScheduleField(FieldWidget):
    """The schedule of a mandated contact or a check-in agreement."""

    def __init__(self, spec: FieldSpec, prefix: str, parent: QWidget | None = None):
        super().__init__(spec, prefix, parent)
        name = f"{prefix}-{spec.name}"
        self.allow_around = spec.target is not None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)

        self.repeat = QComboBox(self)
        self.repeat.setObjectName(f"{name}-repeat")
        _set_names(self.repeat, spec.label, spec.help or tr(_CONTEXT, "How it repeats."))
        self.repeat.addItem(tr(_CONTEXT, "No set days and times"), _NONE)
        for repeat, text in REPEAT_LABELS.items():
            if repeat is Repeat.AROUND_CONTACT and not self.allow_around:
                continue
            self.repeat.addItem(tr("schedule", text), repeat.value)
        top = QHBoxLayout()
        top.addWidget(self.repeat)
        top.addStretch(1)
        layout.addLayout(top)

        # Weekdays: check boxes that wrap onto a second line when the window is narrow.
        self.weekday_host = QWidget(self)
        self.weekday_host.setObjectName(f"{name}-weekdays")
        days = FlowLayout(self.weekday_host)
        self.weekdays: list[QCheckBox] = []
        for number, (short, full) in enumerate(zip(WEEKDAY_SHORT, WEEKDAY_NAMES, strict=True)):
            box = QCheckBox(tr("schedule", short), self.weekday_host)
            box.setObjectName(f"{name}-day-{number}")
            _set_names(box, tr("schedule", full), tr(_CONTEXT, "Happens on this day of the week."))
            days.addWidget(box)
            self.weekdays.append(box)
        layout.addWidget(self.weekday_host)

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        row = 0

        def line(key: str, caption: str, placeholder: str, description: str) -> QLineEdit:
            nonlocal row
            label = QLabel(caption, self)
            edit = QLineEdit(self)
            edit.setObjectName(f"{name}-{key}")
            edit.setPlaceholderText(placeholder)
            _set_names(edit, caption, description)
            label.setBuddy(edit)
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1, 1, 3)
            row += 1
            return edit

        self.month_days_label_row = row
        self.month_days = line(
            "month-days",
            tr(_CONTEXT, "Days of the month"),
            tr(_CONTEXT, "For example: 1, 15, last"),
            tr(_CONTEXT, "Numbers from 1 to 31, or “last”, separated by commas."),
        )
        self.dates_row = row
        self.dates = line(
            "dates",
            tr(_CONTEXT, "Dates"),
            tr(_CONTEXT, "For example: {first}, {second}").format(
                first=dates.short_date(date(2026, 3, 1)), second=dates.short_date(date(2026, 4, 12))
            ),
            tr(_CONTEXT, "Dates separated by commas."),
        )
        self.times_row = row
        self.times = line(
            "times",
            tr(_CONTEXT, "Times"),
            tr(_CONTEXT, "For example: 10:00, 17:30"),
            tr(_CONTEXT, "Times of day written as hour:minute, separated by commas."),
        )
        self.all_day = QCheckBox(tr(_CONTEXT, "All day"), self)
        self.all_day.setObjectName(f"{name}-all-day")
        _set_names(self.all_day, tr(_CONTEXT, "All day"), tr(_CONTEXT, "The whole day counts."))
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName(f"{name}-minutes")
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(tr(_CONTEXT, " min"))
        _set_names(
            self.minutes,
            tr(_CONTEXT, "How long it lasts"),
            tr(_CONTEXT, "Minutes from each time; 0 for a moment, such as a check-in."),
        )
        lasts = QLabel(tr(_CONTEXT, "Lasts"), self)
        lasts.setBuddy(self.minutes)
        grid.addWidget(self.all_day, row, 1)
        grid.addWidget(lasts, row, 2)
        grid.addWidget(self.minutes, row, 3)
        self.duration_row = row
        row += 1

        self.before = QSpinBox(self)
        self.after = QSpinBox(self)
        for key, spin, caption in (
            ("before", self.before, tr(_CONTEXT, "Minutes before it")),
            ("after", self.after, tr(_CONTEXT, "Minutes after it ends")),
        ):
            spin.setObjectName(f"{name}-{key}")
            spin.setRange(0, MAX_AROUND_MINUTES)
            spin.setSingleStep(15)
            spin.setSuffix(tr(_CONTEXT, " min"))
            _set_names(spin, caption, tr(_CONTEXT, "0 for no check-in then."))
            label = QLabel(caption, self)
            label.setBuddy(spin)
            grid.addWidget(label, row, 0)
            grid.addWidget(spin, row, 1)
            row += 1
        self.around_rows = (row - 2, row - 1)

        self.start_input = DateInput(tr(_CONTEXT, "First day"), f"{name}-start", parent=self)
        self.end_input = DateInput(tr(_CONTEXT, "Last day"), f"{name}-end", parent=self)
        self.start, self.end = self.start_input.edit, self.end_input.edit
        for key, edit, caption in (
            ("start", self.start, tr(_CONTEXT, "First day")),
            ("end", self.end, tr(_CONTEXT, "Last day")),
        ):
            edit.setObjectName(f"{name}-{key}")
            _set_names(edit, caption, tr(_CONTEXT, "May be empty."))
        first = QLabel(tr(_CONTEXT, "First day"), self)
        first.setBuddy(self.start)
        last = QLabel(tr(_CONTEXT, "Last day"), self)
        last.setBuddy(self.end)
        grid.addWidget(first, row, 0)
        grid.addWidget(self.start_input, row, 1)
        grid.addWidget(last, row, 2)
        grid.addWidget(self.end_input, row, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.span_row = row
        self.grid = grid
        layout.addLayout(grid)

        self.preview = WrapLabel("", self)
        self.preview.setObjectName(f"{name}-preview")
        layout.addWidget(self.preview)

        self._focus = self.repeat
        self.repeat.currentIndexChanged.connect(self._changed)
        for box in self.weekdays:
            box.toggled.connect(self._changed)
        for edit in (self.month_days, self.dates, self.times, self.start, self.end):
            edit.textChanged.connect(self._changed)
        self.all_day.toggled.connect(self._changed)
        for spin in (self.minutes, self.before, self.after):
            spin.valueChanged.connect(self._changed)
        self._show_parts()

    # -- what shows ----------------------------------------------------------------------
    def _repeat(self) -> Repeat | None:
        data = self.repeat.currentData()
        return Repeat(data) if data else None

    def _row_visible(self, row: int, visible: bool) -> None:
        for column in range(self.grid.columnCount()):
            item = self.grid.itemAtPosition(row, column)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setVisible(visible)

    def _show_parts(self) -> None:
        repeat = self._repeat()
        has = repeat is not None
        around = repeat is Repeat.AROUND_CONTACT
        self.weekday_host.setVisible(repeat in (Repeat.WEEKLY, Repeat.EVERY_OTHER_WEEK))
        self._row_visible(self.month_days_label_row, repeat is Repeat.MONTHLY)
        self._row_visible(self.dates_row, repeat is Repeat.DATES)
        self._row_visible(self.times_row, has and not around)
        self._row_visible(self.duration_row, has and not around)
        for row in self.around_rows:
            self._row_visible(row, around)
        self._row_visible(self.span_row, has and repeat is not Repeat.DATES)
        self.times.setEnabled(not self.all_day.isChecked())
        self.minutes.setEnabled(not self.all_day.isChecked())
        self.preview.setVisible(has)

    def _changed(self) -> None:
        self._show_parts()
        self._update_preview()
        self.edited.emit()

    def _update_preview(self) -> None:
        if self._repeat() is None:
            self.preview.setText("")
            return
        try:
            schedule = self.value()
        except FieldInputError:
            self.preview.setText("")
            return
        if schedule is None or validate_schedule(schedule, allow_around=self.allow_around):
            self.preview.setText("")
            return
        text = describe(schedule)
        if schedule.repeat is not Repeat.AROUND_CONTACT:
            coming = next_occurrences(schedule, now(), 3)
            if coming.items:
                moments = ", ".join(
                    f"{tr('schedule', WEEKDAY_SHORT[o.start.weekday()])} "
                    f"{dates.short_datetime(o.start)}"
                    for o in coming
                )
                text = tr(_CONTEXT, "{schedule}. Next: {moments}").format(
                    schedule=text, moments=moments
                )
            else:
                text = tr(_CONTEXT, "{schedule}. No more times after today.").format(schedule=text)
        self.preview.setText(text)
        self.preview.setAccessibleName(text)

    # -- the field interface -------------------------------------------------------------
    def focus_widget(self) -> QWidget:
        return self.repeat

    def describe(self, description: str) -> None:
        self.repeat.setAccessibleDescription(description or self.spec.label)

    def raw(self) -> dict[str, Any]:
        return {
            "repeat": str(self.repeat.currentData() or _NONE),
            "weekdays": [n for n, box in enumerate(self.weekdays) if box.isChecked()],
            "month_days": self.month_days.text(),
            "dates": self.dates.text(),
            "times": self.times.text(),
            "all_day": self.all_day.isChecked(),
            "minutes": self.minutes.value(),
            "start": self.start.text(),
            "end": self.end.text(),
            "before": self.before.value(),
            "after": self.after.value(),
        }

    def set_raw(self, raw: Any) -> None:
        data = raw if isinstance(raw, dict) else {}
        blocked = [self.repeat, *self.weekdays, self.month_days, self.dates, self.times]
        blocked += [self.all_day, self.minutes, self.start, self.end, self.before, self.after]
        for widget in blocked:
            widget.blockSignals(True)
        try:
            index = self.repeat.findData(str(data.get("repeat", _NONE)))
            self.repeat.setCurrentIndex(max(index, 0))
            chosen = {d for d in data.get("weekdays", []) if isinstance(d, int)}
            for number, box in enumerate(self.weekdays):
                box.setChecked(number in chosen)
            self.month_days.setText(str(data.get("month_days", "")))
            self.dates.setText(str(data.get("dates", "")))
            self.times.setText(str(data.get("times", "")))
            self.all_day.setChecked(bool(data.get("all_day", False)))
            self.minutes.setValue(_int(data.get("minutes")))
            self.before.setValue(_int(data.get("before")))
            self.after.setValue(_int(data.get("after")))
            self.start.setText(str(data.get("start", "")))
            self.end.setText(str(data.get("end", "")))
        finally:
            for widget in blocked:
                widget.blockSignals(False)
        self._show_parts()
        self._update_preview()
        self.edited.emit()

    def value(self) -> Schedule | None:
        repeat = self._repeat()
        if repeat is None:
            return None
        all_day = self.all_day.isChecked()
        around = repeat is Repeat.AROUND_CONTACT
        return Schedule(
            repeat=repeat,
            weekdays=tuple(n for n, box in enumerate(self.weekdays) if box.isChecked())
            if repeat in (Repeat.WEEKLY, Repeat.EVERY_OTHER_WEEK)
            else (),
            times=() if all_day or around else parse_times(self.times.text()),
            minutes=0 if all_day or around else self.minutes.value(),
            all_day=all_day and not around,
            month_days=parse_month_days(self.month_days.text()) if repeat is Repeat.MONTHLY else (),
            dates=parse_dates(self.dates.text()) if repeat is Repeat.DATES else (),
            start=None if repeat is Repeat.DATES else _optional_date(self.start.text()),
            end=None if repeat is Repeat.DATES else _optional_date(self.end.text()),
            before=self.before.value() if around else 0,
            after=self.after.value() if around else 0,
        )

    def set_value(self, value: Any) -> None:
        if not isinstance(value, Schedule):
            self.set_raw({})
            return
        self.set_raw(
            {
                "repeat": value.repeat.value,
                "weekdays": list(value.weekdays),
                "month_days": ", ".join(
                    tr(_CONTEXT, "last") if d == -1 else str(d) for d in value.month_days
                ),
                "dates": ", ".join(dates.short_date(d) for d in value.dates),
                "times": ", ".join(dates.short_time(t) for t in value.times),
                "all_day": value.all_day,
                "minutes": value.minutes,
                "start": dates.short_date(value.start),
                "end": dates.short_date(value.end),
                "before": value.before,
                "after": value.after,
            }
        )


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
