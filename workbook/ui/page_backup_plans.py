"""Backup plans: what I do when something goes wrong, decided in a calm moment.

A new plan starts from a situation the person picks. The editor then offers warning signs
and steps drawn from the method for that situation: ticking one adopts it (it goes into
the plan's own fields, where it can be rewritten), unticking drops it again, and anything
never ticked is simply left out. The country's emergency number and helplines are shown
on the page and in the editor, and can be added to the plan's emergency numbers.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbook.domain import helplines
from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.domain.labels import SECTION_TITLES, label
from workbook.domain.model import BackupPlan, Record, Section, Situation
from workbook.domain.suggestions import (
    adopt_line,
    adopt_step,
    adopted,
    drop_line,
    situation_suggestions,
    situation_wordings,
)
from workbook.ui.common import make_button
from workbook.ui.editor import RecordEditor
from workbook.ui.help_now import HelpNowBox, HelpNowLine, chosen_country
from workbook.ui.page_base import RecordListWidget, WizardPageBase
from workbook.ui.store import PlanStore

# The order a person meets them in; their own situation comes last.
SITUATION_ORDER: tuple[Situation, ...] = (
    Situation.TURNS_UP,
    Situation.THREATS,
    Situation.FORCED_MEETING,
    Situation.LEAVE_NOW,
    Situation.CHILDREN_AT_RISK,
    Situation.PROXIES_HARASS,
    Situation.ONLINE_STALKING,
    Situation.OWN,
)


_CONTEXT = "BackupPlans"


def _t(text: str) -> str:
    return QCoreApplication.translate("BackupPlans", text)


def country_numbers_text(code: str | None) -> str:
    """The country's numbers as lines for the plan's "Emergency numbers" field."""
    country = helplines.country_help(code)
    if country is None:
        return ""
    lines = [_t("Emergency: {numbers}").format(numbers=", ".join(country.emergency))]
    if country.police:
        lines.append(_t("Police: {number}").format(number=country.police))
    lines.extend(f"{line.name}: {line.phone}" for line in country.helplines)
    return "\n".join(lines)


class SituationChooser(QDialog):
    """Which situation is this plan for? One list, the person's own situation last."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("situation-chooser")
        self.setWindowTitle(_t("New backup plan"))
        self.setAccessibleName(_t("Which situation is this plan for?"))
        self.setModal(True)
        heading = QLabel(_t("Which situation is this plan for?"), self)
        heading.setObjectName("situation-chooser-heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        heading.setFont(font)
        hint = QLabel(
            _t(
                "Pick the one closest to what worries you. You will get suggested warning "
                "signs and steps for it, and you can change everything afterwards."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("situation-chooser-list")
        self.list.setAccessibleName(_t("Situations"))
        self.list.setSpacing(3)
        font = self.list.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.list.setFont(font)
        for situation in SITUATION_ORDER:
            explanation = situation_suggestions(situation).explanation
            item = QListWidgetItem(label(situation), self.list)
            item.setData(Qt.ItemDataRole.UserRole, situation.value)
            item.setData(Qt.ItemDataRole.ToolTipRole, explanation)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{label(situation)}. {explanation}")
        # The chosen situation explained in a sentence, under the list.
        self.explanation = QLabel("", self)
        self.explanation.setObjectName("situation-chooser-explanation")
        self.explanation.setWordWrap(True)
        self.list.currentRowChanged.connect(self._explain)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.continue_button = QPushButton(_t("&Continue"), self)
        self.continue_button.setObjectName("situation-chooser-continue")
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.accept)
        cancel = QPushButton(_t("Cancel"), self)
        cancel.setObjectName("situation-chooser-cancel")
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.explanation)
        layout.addLayout(buttons)
        self.resize(560, 480)

    def _explain(self, row: int) -> None:
        situation = SITUATION_ORDER[row] if 0 <= row < len(SITUATION_ORDER) else None
        text = situation_suggestions(situation).explanation if situation else ""
        self.explanation.setText(text)
        self.explanation.setAccessibleName(text)

    def situation(self) -> Situation | None:
        item = self.list.currentItem()
        return Situation(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None


class SuggestionList(QWidget):
    """Suggested items with a tick each: ticked ones are in the plan's field."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"suggestions-{name}")
        self.title = QLabel(title, self)
        self.title.setObjectName(f"suggestions-{name}-title")
        self.title.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName(f"suggestions-{name}-list")
        self.list.setAccessibleName(title)
        self.list.setAccessibleDescription(
            _t("Space adds the selected suggestion to your plan, or takes it out again.")
        )
        self.list.setWordWrap(True)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.title.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        self.buttons = QHBoxLayout()
        layout.addLayout(self.buttons)

    def show_items(self, texts: tuple[str, ...], ticked: list[bool]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for text, tick in zip(texts, ticked, strict=True):
            item = QListWidgetItem(text, self.list)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Checked if tick else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self.setVisible(bool(texts))
        self._fit_height()

    def _fit_height(self) -> None:
        # Show every suggestion: the editor scrolls, this list does not.
        self.list.doItemsLayout()
        rows = range(self.list.count())
        height = sum(self.list.visualItemRect(self.list.item(row)).height() for row in rows)
        if height <= 0:
            height = self.list.count() * (self.list.fontMetrics().height() + 4)
        self.list.setFixedHeight(height + 2 * self.list.frameWidth() + 2)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_height()


class BackupPlanEditor(RecordEditor):
    """The record editor, with the situation's suggestions beside the fields they fill and
    the country's numbers at hand."""

    def __init__(
        self,
        store: PlanStore,
        record: Record | None = None,
        parent: QWidget | None = None,
        preset: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(store, BackupPlan, record, parent, preset=preset)
        self.help_line = HelpNowLine(store, self)
        self.help_line.setObjectName("editor-help-now")
        outer = self.layout()
        if isinstance(outer, QVBoxLayout):
            outer.insertWidget(1, self.help_line)

        self.sign_suggestions = SuggestionList(
            "warning-signs",
            _t("Suggested warning signs — tick the ones that fit; you can reword them above:"),
        )
        self.step_suggestions = SuggestionList(
            "steps",
            _t("Suggested steps, in order — tick the ones you will take; you can reword them:"),
        )
        self.add_all_steps = make_button(
            _t("Add all these steps"),
            "button-suggestions-add-all-steps",
            _t("Add every suggested step, in order, to your steps."),
            self.step_suggestions,
        )
        self.step_suggestions.buttons.addWidget(self.add_all_steps)
        self.step_suggestions.buttons.addStretch(1)
        self.add_all_steps.clicked.connect(self._adopt_all_steps)
        self.numbers_button = make_button(
            _t("Add my country's numbers"),
            "button-backup-add-country-numbers",
            _t("Add your country's emergency number and helplines to this plan."),
            self,
        )
        self.numbers_button.clicked.connect(self._add_country_numbers)
        self._insert_after("warning_signs", self.sign_suggestions)
        self._insert_after("steps", self.step_suggestions)
        self._insert_after("emergency_numbers", self.numbers_button)

        self.sign_suggestions.list.itemChanged.connect(self._sign_toggled)
        self.step_suggestions.list.itemChanged.connect(self._step_toggled)
        self.widgets["situation"].edited.connect(self.show_suggestions)
        self.widgets["warning_signs"].edited.connect(self._refresh_ticks)
        self.widgets["steps"].edited.connect(self._refresh_ticks)
        self.show_suggestions()

    def _insert_after(self, field_name: str, widget: QWidget) -> None:
        """Put `widget` on its own row right under a field of the form."""
        field_widget = self.widgets[field_name]
        parent = field_widget.parentWidget()
        assert parent is not None  # the field sits in the editor's form
        for form in parent.findChildren(QFormLayout):
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                layout = item.layout() if item is not None else None
                holder = item.widget() if item is not None else None
                inside = holder is field_widget or (
                    layout is not None
                    and any(
                        (child := layout.itemAt(i)) is not None and child.widget() is field_widget
                        for i in range(layout.count())
                    )
                )
                if inside:
                    form.insertRow(row + 1, "", widget)
                    return
        raise LookupError(field_name)

    # -- the suggestions -------------------------------------------------------------------
    def situation(self) -> Situation:
        value = self.widgets["situation"].value()
        return value if isinstance(value, Situation) else Situation.OWN

    # A suggestion counts as adopted in any of its wordings (`situation_wordings`): one taken
    # while the workbook spoke of "him" stays ticked once it speaks of "them", and is never
    # added a second time.
    def show_suggestions(self) -> None:
        situation = self.situation()
        suggestions, words = situation_suggestions(situation), situation_wordings(situation)
        signs, steps = self._sign_lines(), self._step_texts()
        self.sign_suggestions.show_items(
            suggestions.warning_signs, [adopted(signs, w) for w in words.warning_signs]
        )
        self.step_suggestions.show_items(
            suggestions.steps, [adopted(steps, w) for w in words.steps]
        )
        self.add_all_steps.setEnabled(not all(adopted(steps, w) for w in words.steps))

    def _sign_lines(self) -> list[str]:
        return str(self.widgets["warning_signs"].raw()).splitlines()

    def _step_texts(self) -> list[str]:
        return [str(step) for step in self.widgets["steps"].raw() if str(step).strip()]

    def _refresh_ticks(self) -> None:
        words = situation_wordings(self.situation())
        signs, steps = self._sign_lines(), self._step_texts()
        for suggestion_list, existing, wordings in (
            (self.sign_suggestions, signs, words.warning_signs),
            (self.step_suggestions, steps, words.steps),
        ):
            suggestion_list.list.blockSignals(True)
            for row in range(min(suggestion_list.list.count(), len(wordings))):
                item = suggestion_list.list.item(row)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if adopted(existing, wordings[row])
                    else Qt.CheckState.Unchecked
                )
            suggestion_list.list.blockSignals(False)
        self.add_all_steps.setEnabled(not all(adopted(steps, w) for w in words.steps))

    def _sign_toggled(self, item: QListWidgetItem) -> None:
        field = self.widgets["warning_signs"]
        text = str(field.raw())
        wording = situation_wordings(self.situation()).warning_signs[item.listWidget().row(item)]
        if item.checkState() == Qt.CheckState.Checked:
            if not adopted(text.splitlines(), wording):
                field.set_raw(adopt_line(text, item.text()))
        else:
            for line in wording:
                text = drop_line(text, line)
            field.set_raw(text)
        self._refresh_ticks()

    def _step_toggled(self, item: QListWidgetItem) -> None:
        field = self.widgets["steps"]
        steps = self._step_texts()
        words = situation_wordings(self.situation()).steps
        if item.checkState() == Qt.CheckState.Checked:
            suggested = situation_suggestions(self.situation()).steps
            steps = adopt_step(steps, suggested, item.text(), words)
        else:
            wording = words[item.listWidget().row(item)]
            steps = [step for step in steps if step.strip() not in wording]
        field.set_raw(steps)
        self._refresh_ticks()

    def _adopt_all_steps(self) -> None:
        field = self.widgets["steps"]
        steps = self._step_texts()
        suggested = situation_suggestions(self.situation()).steps
        words = situation_wordings(self.situation()).steps
        for text in suggested:
            steps = adopt_step(steps, suggested, text, words)
        field.set_raw(steps)
        self._refresh_ticks()

    def _add_country_numbers(self) -> None:
        numbers = country_numbers_text(chosen_country(self.store))
        if not numbers:
            return
        field = self.widgets["emergency_numbers"]
        text = str(field.raw())
        for line in numbers.splitlines():
            text = adopt_line(text, line)
        field.set_raw(text)


class BackupPlanList(RecordListWidget):
    """The list of plans; Add starts by asking which situation the plan is for."""

    def open_editor(
        self, record: Record | None, preset: dict[str, Any] | None = None
    ) -> Record | None:
        editor = BackupPlanEditor(self.store, record, self, preset=preset)
        editor.exec()
        saved = editor.saved_record
        editor.deleteLater()
        self.update_draft_note()
        if saved is not None:
            self.select_id(saved.id)
        self.table.setFocus()
        return saved

    def add(self) -> Record | None:
        if "new" in self.store.draft_ids(BackupPlan.__name__):
            return self.open_editor(None)  # the unfinished one comes back as it was
        chooser = SituationChooser(self)
        accepted = chooser.exec() == QDialog.DialogCode.Accepted
        situation = chooser.situation()
        chooser.deleteLater()
        if not accepted or situation is None:
            self.table.setFocus()
            return None
        return self.open_editor(None, preset={"situation": situation})


class BackupPlansPage(WizardPageBase):
    context = _CONTEXT
    section = Section.BACKUP_PLANS
    heading = SECTION_TITLES[Section.BACKUP_PLANS]
    kind = BackupPlan
    intro = QT_TRANSLATE_NOOP(
        _CONTEXT,
        "Some situations are easier to face with a plan you made on a calm day. Pick a "
        "situation, note the warning signs, then write the steps in the order you will take "
        "them and who you will call. Being prepared is not being afraid.",
    )

    def __init__(self, store: PlanStore, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.help_now = HelpNowBox(store, self, name="backup-plans-help-now")
        self.body.addWidget(self.help_now)
        self.records = BackupPlanList(store, BackupPlan, self)
        self.body.addWidget(self.records, 1)

    def initialise(self) -> None:
        self.records.update_draft_note()
