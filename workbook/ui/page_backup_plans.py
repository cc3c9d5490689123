"""Backup plans: what I do when something goes wrong, decided in a calm moment."""

from __future__ import annotations

from workbook.domain.labels import SECTION_TITLES
from workbook.domain.model import BackupPlan, Section
from workbook.ui.page_base import RecordListPage


class BackupPlansPage(RecordListPage):
    slug = "backup-plans"
    section = Section.BACKUP_PLANS
    heading = SECTION_TITLES[Section.BACKUP_PLANS]
    kind = BackupPlan
    intro = (
        "Some situations are easier to face with a plan you made on a calm day. Pick a "
        "situation, note the warning signs, then write the steps in the order you will take "
        "them and who you will call. Being prepared is not being afraid."
    )
