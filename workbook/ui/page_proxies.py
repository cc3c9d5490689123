"""Suspected proxies: people the other person may use to reach me, and what I decide about
each."""

from __future__ import annotations

from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.domain.labels import SECTION_TITLES
from workbook.domain.model import Section, SuspectedProxy
from workbook.domain.other_person import Voiced
from workbook.ui.page_base import RecordListPage

_CONTEXT = "ProxiesPage"


class ProxiesPage(RecordListPage):
    context = _CONTEXT
    section = Section.PROXIES
    heading = SECTION_TITLES[Section.PROXIES]
    kind = SuspectedProxy
    intro = Voiced(
        _CONTEXT,
        QT_TRANSLATE_NOOP(
            _CONTEXT,
            "He may send other people to watch you, carry messages, persuade or flatter you. "
            "Many of them do not know they are being used. Note who they are and what "
            "happened, then decide calmly: cut off those who knowingly spy, and tell the "
            "unwitting ones how they are being used.",
            "he",
        ),
        QT_TRANSLATE_NOOP(
            _CONTEXT,
            "She may send other people to watch you, carry messages, persuade or flatter you. "
            "Many of them do not know they are being used. Note who they are and what "
            "happened, then decide calmly: cut off those who knowingly spy, and tell the "
            "unwitting ones how they are being used.",
            "she",
        ),
        QT_TRANSLATE_NOOP(
            _CONTEXT,
            "The other person may send people to watch you, carry messages, persuade or "
            "flatter you. Many of them do not know they are being used. Note who they are and "
            "what happened, then decide calmly: cut off those who knowingly spy, and tell the "
            "unwitting ones how they are being used.",
            "they",
        ),
        QT_TRANSLATE_NOOP(
            _CONTEXT,
            "{name} may send other people to watch you, carry messages, persuade or flatter "
            "you. Many of them do not know they are being used. Note who they are and what "
            "happened, then decide calmly: cut off those who knowingly spy, and tell the "
            "unwitting ones how they are being used.",
            "name",
        ),
    )
