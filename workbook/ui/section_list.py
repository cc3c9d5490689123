"""Every section of the plan in a scrolling list: its title, a line or two about its state,
and a button that opens its page. The overview and the Review page both show one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from workbook.domain.i18n import tr
from workbook.domain.labels import section_title
from workbook.domain.model import Section
from workbook.ui.common import make_button, section_slug

_CONTEXT = "SectionList"


class SectionList(QScrollArea):
    """`prefix` names the widgets (`<prefix>-scroll`, `<prefix>-title-<slug>`,
    `<prefix>-<detail>-<slug>`, `button-<prefix>-<action>-<slug>`); `button_text` is the
    button's text (translated) with `{title}` for the section's title."""

    section_chosen = Signal(object)  # a Section

    def __init__(
        self, prefix: str, detail: str, action: str, button_text: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}-scroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the buttons inside
        host = QWidget(self)
        host.setObjectName(f"{prefix}-sections")
        grid = QGridLayout(host)
        grid.setColumnStretch(0, 1)
        self.details: dict[Section, QLabel] = {}
        self.buttons: dict[Section, QWidget] = {}
        for row, section in enumerate(Section):
            slug = section_slug(section)
            name = section_title(section)
            title = QLabel(name, host)
            title.setObjectName(f"{prefix}-title-{slug}")
            bold = title.font()
            bold.setBold(True)
            title.setFont(bold)
            title.setWordWrap(True)
            details = QLabel("", host)
            details.setObjectName(f"{prefix}-{detail}-{slug}")
            details.setWordWrap(True)
            details.setTextFormat(Qt.TextFormat.PlainText)
            button = make_button(
                button_text.format(title=name),
                f"button-{prefix}-{action}-{slug}",
                tr(_CONTEXT, "Open the page {title}.").format(title=name),
                host,
            )
            button.clicked.connect(lambda _checked=False, s=section: self.section_chosen.emit(s))
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(title)
            column.addWidget(details)
            grid.addLayout(column, row, 0)
            grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)
            self.details[section] = details
            self.buttons[section] = button
        grid.setRowStretch(len(Section), 1)
        self.setWidget(host)

    def show_details(self, section: Section, lines: list[str]) -> None:
        """The lines under the section's title (a screen reader hears them as one sentence)."""
        label = self.details[section]
        label.setText("\n".join(lines))
        label.setAccessibleName(
            tr(_CONTEXT, "{title}: {details}").format(
                title=section_title(section), details=tr(_CONTEXT, "; ").join(lines)
            )
        )
