"""A date (or a date and a time) typed the person's way, or picked from a calendar.

`DateInput` is a line edit and a Calendar button. What is typed is read by
`workbook.domain.dates` (ISO, or the locale's own order: 14/3/2026, 3/14/2026, 14 March 2026,
any digits); the calendar (the button, or Alt+Down / F4 in the edit) writes the chosen day
in the locale's short form, and for a date and time has a time box too. `value()` gives the
date or datetime, None when empty, or raises `DateInputError` with a kind message the caller
shows next to the field. The text on screen is kept as typed (drafts keep half-typed dates);
the database only ever sees the value, written ISO by the storage layer.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from workbook.domain import dates

MAX_LENGTH = 64


def _t(text: str) -> str:
    return QCoreApplication.translate("DateInput", text)


def placeholder(with_time: bool = False) -> str:
    """'for example 3/14/2026' in the person's own way of writing dates."""
    if with_time:
        shown = dates.short_datetime(datetime.now().replace(hour=18, minute=30))
    else:
        shown = dates.short_date(date.today())
    return _t("for example {example}").format(example=shown)


class DateInput(QWidget):
    """A line edit for a date (or date and time) with a calendar to pick from."""

    edited = Signal()

    def __init__(
        self, name: str, object_name: str, *, with_time: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.with_time = with_time
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"{object_name}-edit")
        self.edit.setMaxLength(MAX_LENGTH)
        self.edit.setPlaceholderText(placeholder(with_time))
        self.edit.setAccessibleName(name)
        self.edit.installEventFilter(self)
        # Wide enough for the longest date this locale writes (and its time), so a squeezed
        # row (800x600, longer words in Spanish or French) never shows only "/2026".
        longest = datetime(2026, 12, 28, 23, 58)
        sample = dates.short_datetime(longest) if with_time else dates.short_date(longest.date())
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance(sample + "00") + 16)
        self.pick = QToolButton(self)
        self.pick.setObjectName(f"{object_name}-calendar")
        self.pick.setText(_t("Calendar"))
        self.pick.setAccessibleName(_t("{field}: choose from a calendar").format(field=name))
        self.pick.setToolTip(_t("Choose the day from a calendar (Alt+Down in the date box)."))
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.pick.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.pick.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.menu = QMenu(self.pick)
        self.menu.setObjectName(f"{object_name}-calendar-popup")
        holder = QWidget(self.menu)
        column = QVBoxLayout(holder)
        column.setContentsMargins(6, 6, 6, 6)
        self.calendar = QCalendarWidget(holder)
        self.calendar.setObjectName(f"{object_name}-calendar-grid")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        # Weekends in the ordinary text colour: Qt's red falls short of the contrast asked of
        # every text here, and no day of the week matters more than another in a record.
        plain_day = QTextCharFormat()
        plain_day.setForeground(self.palette().text())
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday, Qt.DayOfWeek.Friday):
            self.calendar.setWeekdayTextFormat(day, plain_day)
        self.calendar.setAccessibleName(_t("{field}: calendar").format(field=name))
        column.addWidget(self.calendar)
        self.time_edit: QTimeEdit | None = None
        if with_time:
            row = QHBoxLayout()
            label = QLabel(_t("Time:"), holder)
            self.time_edit = QTimeEdit(holder)
            self.time_edit.setObjectName(f"{object_name}-calendar-time")
            self.time_edit.setAccessibleName(_t("{field}: time").format(field=name))
            self.time_edit.setMinimumWidth(
                self.time_edit.fontMetrics().horizontalAdvance(dates.short_time(time(23, 59)))
                + 48  # the arrows and the frame
            )
            label.setBuddy(self.time_edit)
            done = QPushButton(_t("Use this day and time"), holder)
            done.setObjectName(f"{object_name}-calendar-done")
            done.setAccessibleName(done.text())
            done.setAutoDefault(False)
            done.clicked.connect(self._use_picked)
            row.addWidget(label)
            row.addWidget(self.time_edit)
            row.addStretch(1)
            row.addWidget(done)
            column.addLayout(row)
            self.calendar.activated.connect(self._use_picked)
        else:
            self.calendar.clicked.connect(self._use_picked)
            self.calendar.activated.connect(self._use_picked)
        action = QWidgetAction(self.menu)
        action.setDefaultWidget(holder)
        self.menu.addAction(action)
        self.menu.aboutToShow.connect(self._prepare)
        self.pick.setMenu(self.menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.pick)
        self.edit.textChanged.connect(self.edited)

    # -- the text ----------------------------------------------------------------------
    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def set_value(self, value: date | datetime | None) -> None:
        if isinstance(value, datetime):
            self.edit.setText(dates.short_datetime(value))
        else:
            self.edit.setText(dates.short_date(value))

    def value(self) -> date | datetime | None:
        """The date (or datetime) typed; None when empty; DateInputError otherwise."""
        if self.with_time:
            return dates.parse_datetime(self.edit.text())
        return dates.parse_date(self.edit.text())

    def _current(self) -> datetime | None:
        try:
            found = self.value()
        except dates.DateInputError:
            return None
        if isinstance(found, datetime) or found is None:
            return found
        return datetime.combine(found, time())

    # -- the calendar ------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            alt_down = (
                event.key() == Qt.Key.Key_Down
                and event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.pick.showMenu()
                return True
        return super().eventFilter(watched, event)

    def _prepare(self) -> None:
        shown = self._current() or datetime.now()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        if self.time_edit is not None:
            self.time_edit.setTime(QTime(shown.hour, shown.minute))
        self.calendar.setFocus()

    def _use_picked(self) -> None:
        day = self.calendar.selectedDate()
        chosen = date(day.year(), day.month(), day.day())
        if self.time_edit is not None:
            moment = self.time_edit.time()
            self.set_value(datetime.combine(chosen, time(moment.hour(), moment.minute())))
        else:
            self.set_value(chosen)
        self.menu.close()
        self.edit.setFocus()
