"""Trusted contacts: the people who know where I am and how I am."""

from __future__ import annotations

from workbook.domain.labels import SECTION_TITLES
from workbook.domain.model import Section, TrustedContact
from workbook.ui.page_base import RecordListPage


class ContactsPage(RecordListPage):
    section = Section.CONTACTS
    heading = SECTION_TITLES[Section.CONTACTS]
    kind = TrustedContact
    intro = (
        "These are the people you can turn to: family, friends, your lawyer, an advocate, a "
        "police contact. You do not have to face this alone, and you do not have to fill in "
        "everything now; a name is enough to start."
    )
