"""Trusted contacts: the people who know where I am and how I am."""

from __future__ import annotations

from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.domain.labels import SECTION_TITLES
from workbook.domain.model import Section, TrustedContact
from workbook.ui.page_base import RecordListPage

_CONTEXT = "ContactsPage"


class ContactsPage(RecordListPage):
    context = _CONTEXT
    section = Section.CONTACTS
    heading = SECTION_TITLES[Section.CONTACTS]
    kind = TrustedContact
    intro = QT_TRANSLATE_NOOP(
        _CONTEXT,
        "These are the people you can turn to: family, friends, your lawyer, an advocate, a "
        "police contact. You do not have to face this alone, and you do not have to fill in "
        "everything now; a name is enough to start.",
    )
