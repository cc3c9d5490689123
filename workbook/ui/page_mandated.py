"""Mandated contact: what a court or official requires, kept exactly."""

from __future__ import annotations

from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.domain.labels import SECTION_TITLES
from workbook.domain.model import MandatedObligation, Section
from workbook.ui.page_base import RecordListPage

_CONTEXT = "MandatedPage"


class MandatedPage(RecordListPage):
    context = _CONTEXT
    section = Section.MANDATED
    heading = SECTION_TITLES[Section.MANDATED]
    kind = MandatedObligation
    intro = QT_TRANSLATE_NOOP(
        _CONTEXT,
        "A court, counselor, evaluator, mediator, guardian or the police may require some "
        "contact of you. Write down exactly what is required: you keep that much, never less "
        "and never more, and if a ruling needs to change, that happens through the proper "
        "channels. If nothing is mandated, simply go on to the next page.",
    )
