"""Help now: the emergency number and the domestic-abuse helplines of the person's country.

The country is chosen once (the system locale's country until then) and kept as a setting in
the encrypted workbook. Everything shown comes from the offline list in the package
(`workbook/domain/helplines.py`); nothing here ever goes online or calls anyone.

* `HelpNowDialog`: the full panel — "If you are in danger now, call …", every helpline, the
  country, and where the numbers come from.
* `HelpNowBox`: the same in short, for the Welcome page, the first-run notice and the
  backup plans.
* `HelpNowLine` and `help_now_button`: the calm, always-visible way in (also F1).
"""

from __future__ import annotations

import contextlib
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbook.domain import helplines
from workbook.domain.helplines import (
    CountryHelp,
    country_note,
    danger_sentence,
    helpline_details,
    helpline_summary,
    say,
    short_danger_sentence,
)
from workbook.ui.common import intro_label, make_button
from workbook.ui.qt_names import set_properties

if TYPE_CHECKING:
    from workbook.ui.store import PlanStore

COUNTRY_SETTING = helplines.COUNTRY_SETTING
HELP_KEY = QKeySequence.fromString("F1")  # (not Qt.Key: the set-up screen has it, qt_names.py)


def _t(text: str) -> str:
    return QCoreApplication.translate("HelpNow", text)


class _Hub(QObject):
    """Tells every Help now widget when the person picks another country."""

    country_changed = Signal(str)


_hub: _Hub | None = None


def hub() -> _Hub:
    global _hub  # noqa: PLW0603 - one hub for the whole application
    if _hub is None:
        _hub = _Hub()
    return _hub


# -- the chosen country ----------------------------------------------------------------


def system_country() -> str | None:
    """The country of the system's locale, when the list has it."""
    return helplines.default_country(QLocale.system().name())


# A country picked before any workbook exists (on the first-run notice): kept in memory and
# written into the workbook the first time one is open.
_pending: str | None = None


def chosen_country(store: PlanStore | None) -> str | None:
    """The country the person chose, else the system locale's country, else None (and
    noted for the plan PDF's first page)."""
    code = _chosen_country(store)
    helplines.remember_preferred(code)
    return code


def _chosen_country(store: PlanStore | None) -> str | None:
    if store is not None:
        try:
            saved = store.setting(COUNTRY_SETTING)
        except Exception:  # a closed or damaged workbook: fall back to the locale
            saved = None
        if saved and helplines.country_help(saved) is not None:
            return saved
        if _pending is not None:
            # Kept in memory too: if this workbook cannot store it, the next one asked will.
            with contextlib.suppress(Exception):
                store.set_setting(COUNTRY_SETTING, _pending)
            return _pending
    if _pending is not None:
        return _pending
    return system_country()


def choose_country(store: PlanStore | None, code: str) -> None:
    """Remember `code` (in the workbook, or until one is open) and tell every Help now
    widget."""
    global _pending  # noqa: PLW0603
    if store is not None:
        store.set_setting(COUNTRY_SETTING, code)
        _pending = None
    else:
        _pending = code
    helplines.remember_preferred(code)
    hub().country_changed.emit(code)


# -- sentences --------------------------------------------------------------------------


def checked_sentence() -> str:
    checked = date.fromisoformat(helplines.data().checked)
    shown = QLocale().toString(
        QDate(checked.year, checked.month, checked.day), QLocale.FormatType.LongFormat
    )
    return _t(
        "These numbers are kept on this computer; they were checked on {date}. Workbook never "
        "goes online and never calls anyone for you."
    ).format(date=shown)


def sources_text(country: CountryHelp | None) -> str:
    data = helplines.data()
    lines = [
        _t("Emergency numbers: {title}").format(title=data.emergency_source_title),
        data.emergency_source_url,
    ]
    if country is not None:
        for line in country.helplines:
            lines.append("")
            lines.append(line.name)
            lines.extend(
                _t("{url} (checked {date})").format(url=s.url, date=s.checked) for s in line.sources
            )
        if country.note:
            lines.append("")
            lines.extend(s.url for s in country.note_sources)
    return "\n".join(lines)


# -- widgets ----------------------------------------------------------------------------


def _bigger(label: QLabel, factor: float, bold: bool = True) -> None:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    label.setFont(font)


class CountryPicker(QComboBox):
    """Every listed country by name; choosing one remembers it."""

    def __init__(self, store: PlanStore | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("help-now-country")
        self.setAccessibleName(_t("Your country"))
        self.setAccessibleDescription(
            _t("Choose your country to see its emergency number and helplines.")
        )
        self.addItem(_t("Choose your country…"), "")
        for country in helplines.countries():
            self.addItem(country.name, country.code)
        self.setMaxVisibleItems(20)
        self.show_country(chosen_country(store))
        self.activated.connect(self._picked)
        hub().country_changed.connect(self.show_country)

    def show_country(self, code: str | None) -> None:
        index = self.findData(code or "")
        self.blockSignals(True)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def _picked(self, index: int) -> None:
        code = self.itemData(index)
        if code:
            choose_country(self.store, str(code))


class HelpNowDialog(QDialog):
    """The full panel. Calm, plain, and usable from the keyboard alone."""

    def __init__(
        self, store: PlanStore | None, parent: QWidget | None = None, code: str | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("help-now")
        self.setWindowTitle(_t("Help now"))
        self.setAccessibleName(_t("Help now"))
        self.setAccessibleDescription(
            _t("The emergency number and the domestic-abuse helplines of your country.")
        )
        self.setModal(True)
        from PySide6.QtCore import Qt  # (opened from a painted window: qt_names.py)

        heading = QLabel(_t("Help now"), self)
        heading.setObjectName("help-now-heading")
        _bigger(heading, 1.4)
        self.danger = QLabel("", self)
        self.danger.setObjectName("help-now-danger")
        self.danger.setWordWrap(True)
        self.danger.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        _bigger(self.danger, 1.5)
        self.police = QLabel("", self)
        self.police.setObjectName("help-now-police")
        _bigger(self.police, 1.15, bold=False)

        country_row = QHBoxLayout()
        country_label = QLabel(_t("Your &country:"), self)
        self.picker = CountryPicker(store, self)
        country_label.setBuddy(self.picker)
        country_row.addWidget(country_label)
        country_row.addWidget(self.picker, 1)

        self.lines_host = QWidget(self)
        self.lines_host.setObjectName("help-now-lines")
        self.lines_layout = QVBoxLayout(self.lines_host)
        self.lines_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setObjectName("help-now-scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The helplines, the date and the sources scroll together, so opening the sources
        # never squeezes the numbers.
        scrolled = QWidget(scroll)
        scrolled.setObjectName("help-now-scrolled")
        self.scrolled_layout = QVBoxLayout(scrolled)
        self.scrolled_layout.setContentsMargins(0, 0, 0, 0)
        self.scrolled_layout.addWidget(self.lines_host)
        scroll.setWidget(scrolled)

        self.checked = intro_label(checked_sentence(), self, "help-now-checked")
        self.sources_button = QToolButton(self)
        self.sources_button.setObjectName("help-now-sources-toggle")
        self.sources_button.setText(_t("Where these numbers come from"))
        self.sources_button.setCheckable(True)
        self.sources_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.sources_button.setArrowType(Qt.ArrowType.RightArrow)
        self.sources_button.setAccessibleName(_t("Where these numbers come from"))
        self.sources = QLabel("", self)
        self.sources.setObjectName("help-now-sources")
        self.sources.setWordWrap(True)
        self.sources.setTextFormat(Qt.TextFormat.PlainText)  # addresses only, never links
        self.sources.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sources.hide()
        self.sources_button.toggled.connect(self._toggle_sources)

        self.close_button = QPushButton(_t("Close"), self)
        self.close_button.setObjectName("help-now-close")
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(country_row)
        layout.addWidget(self.danger)
        layout.addWidget(self.police)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.scrolled_layout.addWidget(self.checked)
        self.scrolled_layout.addWidget(self.sources_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.scrolled_layout.addWidget(self.sources)
        self.scrolled_layout.addStretch(1)

        hub().country_changed.connect(self.show_country)
        self.show_country(code or chosen_country(store))
        self.resize(620, 560)

    def show_country(self, code: str | None) -> None:
        country = helplines.country_help(code)
        self.code = country.code if country else None
        self.picker.show_country(self.code)
        self.danger.setText(danger_sentence(country))
        self.danger.setAccessibleName(self.danger.text())
        police = (
            _t("Police: {number}").format(number=country.police)
            if country is not None and country.police
            else ""
        )
        self.police.setText(police)
        self.police.setVisible(bool(police))
        while self.lines_layout.count():
            item = self.lines_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if country is not None:
            self._show_helplines(country)
        self.sources.setText(sources_text(country))

    def _show_helplines(self, country: CountryHelp) -> None:
        from PySide6.QtCore import Qt

        if country.helplines:
            title = QLabel(_t("Someone to talk to"), self.lines_host)
            title.setObjectName("help-now-talk-heading")
            _bigger(title, 1.1)
            self.lines_layout.addWidget(title)
        for index, line in enumerate(country.helplines):
            block = QFrame(self.lines_host)
            block.setObjectName(f"help-now-line-{index}")
            block.setFrameShape(QFrame.Shape.StyledPanel)
            block_layout = QVBoxLayout(block)
            name = QLabel(line.name, block)
            name.setWordWrap(True)
            _bigger(name, 1.0)
            phone = QLabel(line.phone, block)
            phone.setObjectName(f"help-now-phone-{index}")
            phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            _bigger(phone, 1.4)
            block_layout.addWidget(name)
            block_layout.addWidget(phone)
            facts = ([say(line.hours)] if line.hours else []) + helpline_details(line)
            for fact in facts:
                block_layout.addWidget(intro_label(fact, block, f"help-now-fact-{index}"))
            block.setAccessibleName(" ".join([helpline_summary(line), *helpline_details(line)]))
            self.lines_layout.addWidget(block)
        if country.note:
            note = intro_label(country_note(country), self.lines_host, "help-now-note")
            self.lines_layout.addWidget(note)
        if not country.helplines:
            self.lines_layout.addWidget(
                intro_label(
                    _t(
                        "No national domestic-abuse helpline for {country} could be checked, "
                        "so none is listed here rather than a number that might be wrong. The "
                        "emergency number above works whenever you are in danger."
                    ).format(country=country.name),
                    self.lines_host,
                    "help-now-no-helpline",
                )
            )

    def _toggle_sources(self, shown: bool) -> None:
        from PySide6.QtCore import Qt

        self.sources.setVisible(shown)
        self.sources_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )


def open_help_now(parent: QWidget | None, store: PlanStore | None) -> None:
    dialog = HelpNowDialog(store, parent)
    dialog.exec()
    dialog.deleteLater()


def help_now_button(
    parent: QWidget, store: PlanStore | None, *, shortcut: bool = True
) -> QPushButton:
    """The calm, always-visible way in; with `shortcut`, F1 opens it too while this window is
    active (one such button per window: two would make F1 ambiguous)."""
    button = make_button(
        _t("Help now"),
        "button-help-now",
        _t("Emergency number and helplines for your country (F1)."),
        parent,
    )
    button.setToolTip(_t("Emergency number and helplines (F1)"))
    button.clicked.connect(lambda: open_help_now(button.window(), store))
    if shortcut:
        key = QShortcut(HELP_KEY, button)
        set_properties(key, context="WindowShortcut")
        key.activated.connect(button.click)
    return button


class HelpNowLine(QWidget):
    """ "In danger now? Call 112." and the Help now button, on one line."""

    def __init__(
        self, store: PlanStore | None, parent: QWidget | None = None, *, deferred: bool = False
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("help-now-line")
        self.label = QLabel("", self)
        self.label.setObjectName("help-now-line-text")
        self.button = help_now_button(self, store)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        layout.addStretch(1)
        hub().country_changed.connect(self.refresh)
        if deferred:  # read the list just after the window is first drawn (the overview)
            QTimer.singleShot(0, self.refresh)
        else:
            self.refresh()

    def refresh(self, *_args: object) -> None:
        self.label.setText(
            short_danger_sentence(helplines.country_help(chosen_country(self.store)))
        )
        self.label.setAccessibleName(self.label.text())


class HelpNowBox(QFrame):
    """Help now in short: the danger sentence, each helpline on a line, and the way to the
    full panel; `with_picker` adds the country choice (the Welcome page)."""

    def __init__(
        self,
        store: PlanStore | None,
        parent: QWidget | None = None,
        *,
        with_picker: bool = False,
        title: bool = False,
        name: str = "help-now-box",
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(_t("Help now"))
        self.danger = QLabel("", self)
        self.danger.setObjectName(f"{name}-danger")
        self.danger.setWordWrap(True)
        _bigger(self.danger, 1.15)
        self.lines = intro_label("", self, f"{name}-helplines")
        self.button = help_now_button(self, store, shortcut=False)
        self.button.setText(_t("All helplines and details…"))
        self.button.setAccessibleName(_t("All helplines and details"))
        layout = QVBoxLayout(self)
        if title:
            heading = QLabel(_t("Help now"), self)
            heading.setObjectName(f"{name}-heading")
            _bigger(heading, 1.0)
            layout.addWidget(heading)
        layout.addWidget(self.danger)
        layout.addWidget(self.lines)
        row = QHBoxLayout()
        self.picker: CountryPicker | None = None
        if with_picker:
            label = QLabel(_t("Your countr&y:"), self)
            self.picker = CountryPicker(store, self)
            label.setBuddy(self.picker)
            row.addWidget(label)
            row.addWidget(self.picker)
        row.addStretch(1)
        row.addWidget(self.button)
        layout.addLayout(row)
        hub().country_changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        country = helplines.country_help(chosen_country(self.store))
        self.danger.setText(danger_sentence(country))
        self.danger.setAccessibleName(self.danger.text())
        if country is None:
            text = ""
        elif country.helplines:
            text = "\n".join(helpline_summary(line) for line in country.helplines)
        else:
            text = _t("No national helpline for {country} could be checked.").format(
                country=country.name
            )
        self.lines.setText(text)
        self.lines.setAccessibleName(text)
        self.lines.setVisible(bool(text))
