"""The overview: every section at a glance, the next review, and a way into any page."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.completeness import plan_status
from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.domain.labels import label, section_title
from workbook.domain.model import RECORD_TYPES, SECTION_OF, MandatedObligation, Section
from workbook.ui import dialogs
from workbook.ui.common import enter_presses, intro_label, make_button, plural
from workbook.ui.export import export_pdf
from workbook.ui.help_now import HelpNowLine
from workbook.ui.section_list import SectionList
from workbook.ui.store import PlanStore, format_date, format_datetime

_CONTEXT = "Overview"


def _when(value: Any) -> str:
    return format_datetime(value) or tr(_CONTEXT, "not yet")


STATEMENTS_DRAFT = "PersonalStatements"  # the unfinished words of "My boundaries"
MAX_ORDER_LINES = 3  # orders named one by one; the rest are counted


def order_reviews_text(orders: list[Any], today: date | None = None) -> str:
    """One line for each mandated order whose review date has passed (as the plan's own)."""
    today = today or date.today()
    lines: list[str] = []
    passed = [o for o in orders if o.review_date is not None and o.review_date < today]
    for order in passed[:MAX_ORDER_LINES]:
        who = order.mandated_by_name.strip() or label(order.mandated_by)
        what = order.reference.strip()
        title = tr(_CONTEXT, "{who} ({reference})").format(who=who, reference=what)
        line = tr(
            _CONTEXT,
            "Review of the order from {title}: {date} — that day has passed; a good moment to "
            "look at it, with your lawyer if you have one.",
        ).format(title=title if what else who, date=format_date(order.review_date))
        if line not in lines:  # two orders alike are one line
            lines.append(line)
    more = len(passed) - MAX_ORDER_LINES
    if more > 0:
        lines.append(
            plural(
                _CONTEXT,
                QT_TRANSLATE_NOOP(
                    _CONTEXT,
                    "The review date of %n more orders has passed too; they are on the page "
                    "Mandated contact.",
                    "",
                    0,
                ),
                more,
                "The review date of 1 more order has passed too; it is on the page "
                "Mandated contact.",
            )
        )
    return "\n".join(lines)


def review_text(next_review: date | None, today: date | None = None) -> str:
    if next_review is None:
        return tr(
            _CONTEXT,
            "No review date chosen yet. You can set one on the last page of the wizard.",
        )
    today = today or date.today()
    days = (next_review - today).days
    when = format_date(next_review)
    if days > 1:
        return plural(
            _CONTEXT,
            QT_TRANSLATE_NOOP(_CONTEXT, "Next review: {date} (in %n days).", "", 0),
            days,
            "Next review: {date} (in 1 day).",
        ).format(date=when)
    if days == 1:
        return tr(_CONTEXT, "Next review: {date} (tomorrow).").format(date=when)
    if days == 0:
        return tr(_CONTEXT, "Next review: {date} (today).").format(date=when)
    return tr(_CONTEXT, "Next review: {date} — that day has passed; a good moment to look.").format(
        date=when
    )


def _section_of(kind_name: str) -> Section:
    if kind_name == STATEMENTS_DRAFT:
        return Section.BOUNDARIES
    return next(SECTION_OF[kind] for kind in RECORD_TYPES if kind.__name__ == kind_name)


def _continue_in_wizard(kind_name: str) -> None:
    from workbook.ui.windows import top_level_windows

    for window in top_level_windows():
        continue_draft = getattr(window, "continue_draft", None)
        if window.isVisible() and callable(continue_draft):
            continue_draft(kind_name)
            return


class OverviewWindow(QWidget):
    """A plain top-level widget rather than a QMainWindow: the overview needs no menus, tool
    bars or docks, and QMainWindow's private helper objects cost PySide about 20 ms to
    identify the first time an application-wide event filter (the auto-lock's) sees them,
    right before the first window is painted."""

    open_section = Signal(object)  # a Section, or None for the wizard from the start
    first_painted = Signal()  # once, when the overview is first on screen

    def __init__(self, store: PlanStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._painted = False
        self.setObjectName("overview")
        self.setWindowTitle(dialogs.WINDOW_TITLE)
        self.setAccessibleName(tr(_CONTEXT, "Overview of your plan"))
        self.setAccessibleDescription(
            tr(_CONTEXT, "Every section, how complete it is and when it changed.")
        )
        central = QWidget(self)
        central.setObjectName("overview-central")
        frame = QVBoxLayout(self)
        frame.setContentsMargins(0, 0, 0, 0)
        frame.addWidget(central)
        outer = QVBoxLayout(central)
        heading = QLabel(tr(_CONTEXT, "Your plan"), central)
        heading.setObjectName("overview-heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        self._top_row = QHBoxLayout()
        self._top_row.addWidget(heading, 1)
        # Help now: "In danger now? Call 112." and the way to every helpline (also F1).
        self.help_now = HelpNowLine(store, central, deferred=True)  # after the first paint
        self._top_row.addWidget(self.help_now, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(self._top_row)
        outer.addWidget(
            intro_label(
                tr(
                    _CONTEXT,
                    "Welcome back. Here is every part of your plan. Open any of them to update "
                    "it; every change is saved at once.",
                ),
                central,
                "overview-intro",
            )
        )
        self.review_label = intro_label("", central, "overview-next-review")
        outer.addWidget(self.review_label)
        self.orders_label = intro_label("", central, "overview-order-reviews")
        self.orders_label.hide()
        outer.addWidget(self.orders_label)
        # Orders are known once read ahead (the overview itself is painted from SQL counts).
        self._orders_timer = QTimer(self)
        self._orders_timer.setSingleShot(True)
        self._orders_timer.setInterval(250)
        self._orders_timer.timeout.connect(self._show_order_reviews)
        # "Due now": check-ins and dates the reminders found (workbook/ui/reminders.py).
        from workbook.ui.reminders import DuePanel

        self.due_panel = DuePanel(store, central)
        outer.addWidget(self.due_panel)
        # "You have an unfinished entry on …": one row per page with a draft waiting.
        self.drafts = QVBoxLayout()
        self.drafts.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.drafts)
        self._draft_rows: dict[str, QWidget] = {}

        self.sections = SectionList(
            "overview", "state", "open", tr(_CONTEXT, "Open {title}"), central
        )
        self.sections.section_chosen.connect(self.open_section.emit)
        outer.addWidget(self.sections, 1)

        self.wizard_button = make_button(
            tr(_CONTEXT, "&Walk through the plan"),
            "button-overview-wizard",
            tr(
                _CONTEXT,
                "Go through every page from the start, with everything filled in as it is.",
            ),
            central,
        )
        self.export_button = make_button(
            tr(_CONTEXT, "E&xport PDF…"),
            "button-overview-export",
            tr(_CONTEXT, "Save your plan as a PDF to print or to give to someone you trust."),
            central,
        )
        self.wizard_button.clicked.connect(lambda: self.open_section.emit(None))
        self.export_button.clicked.connect(lambda: export_pdf(self, self.store))
        buttons = QHBoxLayout()
        buttons.addWidget(self.wizard_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.enter_presses_buttons()
        # Filled in when shown (showEvent), then kept in step while visible.
        store.changed.connect(lambda _what: self.refresh() if self.isVisible() else None)

    def add_corner_widget(self, widget: QWidget) -> None:
        """Put `widget` at the top right, level with the heading (the Quick exit button)."""
        self._top_row.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        self.enter_presses_buttons()

    def enter_presses_buttons(self) -> None:
        """Enter presses whichever button has the focus, as Space does: the overview is not a
        dialog, where Qt would do it (buttons added by other parts of the app included)."""
        for button in self.findChildren(QPushButton):
            enter_presses(button)

    def refresh(self) -> None:
        summary = self.store.summary()
        self.review_label.setText(review_text(summary.next_review))
        self.review_label.setAccessibleName(self.review_label.text())
        for status in plan_status(summary.facts):
            changed = summary.section_changed.get(status.section)
            lines = [
                tr(_CONTEXT, "{summary} · last changed {when}").format(
                    summary=status.summary, when=_when(changed)
                )
            ]
            if status.missing:
                more = len(status.missing) - 2
                shown = tr(_CONTEXT, "; ").join(status.missing[:2])
                if more > 0:
                    missing = plural(
                        _CONTEXT,
                        QT_TRANSLATE_NOOP(_CONTEXT, "Missing: {items}; and %n more", "", 0),
                        more,
                        "Missing: {items}; and 1 more",
                    )
                else:
                    missing = tr(_CONTEXT, "Missing: {items}")
                lines.append(missing.format(items=shown))
            self.sections.show_details(status.section, lines)
        self._show_drafts()
        self._show_order_reviews()

    def _show_order_reviews(self) -> None:
        orders = self.store.records_if_read(MandatedObligation)
        if orders is None:  # not read yet: look again in a moment
            if self.isVisible():
                self._orders_timer.start()
            return
        text = order_reviews_text(orders)
        self.orders_label.setText(text)
        self.orders_label.setAccessibleName(text)
        self.orders_label.setVisible(bool(text))

    def draft_kinds(self) -> list[str]:
        """Kinds (class names) with an unfinished entry waiting, in the order of the pages."""
        kinds = [kind.__name__ for kind in RECORD_TYPES]
        kinds.insert(kinds.index("BoundaryCommitment") + 1, STATEMENTS_DRAFT)
        return [kind for kind in kinds if self.store.draft_ids(kind)]

    def _show_drafts(self) -> None:
        waiting = self.draft_kinds()
        for kind_name in list(self._draft_rows):
            if kind_name not in waiting:
                row = self._draft_rows.pop(kind_name)
                row.hide()
                row.deleteLater()
        for kind_name in waiting:
            if kind_name not in self._draft_rows:
                row = self._draft_rows[kind_name] = self._draft_row(kind_name)
                self.drafts.addWidget(row)
                row.show()

    def _draft_row(self, kind_name: str) -> QWidget:
        section = _section_of(kind_name)
        title = section_title(section)
        row = QWidget(self)
        row.setObjectName(f"overview-draft-{kind_name}")
        text = intro_label(
            tr(_CONTEXT, "You have an unfinished entry on {section}.").format(section=title),
            row,
            f"overview-draft-text-{kind_name}",
        )
        button = make_button(
            tr(_CONTEXT, "Continue it"),
            f"button-overview-continue-{kind_name}",
            tr(_CONTEXT, "Open the unfinished entry on {section} where you left it.").format(
                section=title
            ),
            row,
        )
        button.setAccessibleName(
            tr(_CONTEXT, "Continue the unfinished entry on {section}").format(section=title)
        )
        button.clicked.connect(lambda: self.continue_draft(kind_name))
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(text, 1)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def continue_draft(self, kind_name: str) -> None:
        """Open the page, then the unfinished entry on it."""
        self.open_section.emit(_section_of(kind_name))
        QTimer.singleShot(0, lambda: _continue_in_wizard(kind_name))

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def hideEvent(self, event: Any) -> None:
        self._orders_timer.stop()
        super().hideEvent(event)

    def showEvent(self, event: Any) -> None:
        self.refresh()
        super().showEvent(event)
