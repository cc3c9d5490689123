"""The export dialog asks who the export is for, says what that version leaves out, shows the
first pages before anything is saved, and writes each reader's version."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import icalendar
from pypdf import PdfReader

from workbook.domain.demo import demo_plan
from workbook.domain.fields import Reader
from workbook.domain.readers import calendar_text, reader_text
from workbook.ui import export_dialog
from workbook.ui.export_dialog import CALENDAR, ExportOptions, ExportOptionsDialog


def _choose(dialog: ExportOptionsDialog, choice: Reader | str) -> None:
    name = f"export-for-{getattr(choice, 'value', choice)}"
    button = next(b for b in dialog.readers.buttons() if b.objectName() == name)
    button.setChecked(True)


def test_every_reader_is_offered_with_what_it_leaves_out(qtbot: Any) -> None:
    plan = demo_plan()
    dialog = ExportOptionsDialog(None, plan)
    qtbot.addWidget(dialog)
    assert len(dialog.readers.buttons()) == 5
    for reader in Reader:
        _choose(dialog, reader)
        assert reader_text(reader).leaves_out in dialog.about.text()
        assert dialog.options().reader is reader
        assert dialog.partner.isVisibleTo(dialog) == (reader is Reader.PARTNER)
        assert dialog.protect.isVisibleTo(dialog)
    _choose(dialog, CALENDAR)
    assert calendar_text().leaves_out in dialog.about.text()
    assert not dialog.protect.isVisibleTo(dialog)
    assert dialog.names_warning.isVisibleTo(dialog)
    assert dialog.options().reader == CALENDAR
    # Names in calendar titles only when asked, and then with the warning beside it.
    assert dialog.options().calendar_names is False
    dialog.names.setChecked(True)
    assert dialog.options().calendar_names is True


def test_a_card_needs_a_partner(qtbot: Any) -> None:
    from workbook.domain.model import Plan

    dialog = ExportOptionsDialog(None, Plan())
    qtbot.addWidget(dialog)
    _choose(dialog, Reader.PARTNER)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    assert "partner" in dialog.message.text()


def test_the_preview_is_drawn_in_memory(qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.chdir(tmp_path)
    plan = demo_plan()
    for reader in (Reader.PLAN, Reader.COURT):
        images = export_dialog.preview_images(plan, ExportOptions("A4", None, reader=reader))
        assert len(images) == 2
        assert all(image.width() == export_dialog.PREVIEW_WIDTH for image in images)
        # Not all white: something is drawn.
        assert len({images[0].pixel(x, 60) for x in range(0, 250, 5)}) > 1
    partner = plan.checkin_agreements[0].partner_id
    card = export_dialog.preview_images(
        plan, ExportOptions("Letter", None, reader=Reader.PARTNER, partner_id=partner)
    )
    assert len(card) == 1
    assert list(tmp_path.iterdir()) == []  # nothing written anywhere


def test_the_dialog_shows_the_preview(qtbot: Any) -> None:
    dialog = ExportOptionsDialog(None, demo_plan())
    qtbot.addWidget(dialog)
    dialog.show()
    _choose(dialog, Reader.LAWYER)
    dialog.show_preview()
    qtbot.waitUntil(dialog.preview_area.isVisible, timeout=30_000)
    pages = dialog.preview_pages.findChildren(type(dialog.about))
    assert [p.objectName() for p in pages if p.pixmap() is not None and not p.pixmap().isNull()]


def _run(qtbot: Any, plan: Any, options: ExportOptions, out: Path) -> Any:
    done: list[Any] = []
    op = export_dialog.start_export(None, plan, out, options, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    assert op is not None
    return done[0]


def test_each_version_is_written(qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from workbook.ui import dialogs

    told: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, text, detail="": told.append(text))
    plan = demo_plan()
    court = _run(qtbot, plan, ExportOptions("A4", None, reader=Reader.COURT), tmp_path / "c.pdf")
    text = "".join(p.extract_text() for p in PdfReader(court.path).pages)
    assert "Contact record for the court" in text
    for contact in plan.contacts:
        for phone in contact.phones:
            assert phone not in text
    card = _run(
        qtbot,
        plan,
        ExportOptions(
            "A4",
            None,
            reader=Reader.PARTNER,
            partner_id=plan.checkin_agreements[0].partner_id,
            emergency="112",
        ),
        tmp_path / "card.pdf",
    )
    assert card.report.pages == 1
    calendar = _run(qtbot, plan, ExportOptions("A4", None, reader=CALENDAR), tmp_path / "x.ics")
    parsed = icalendar.Calendar.from_ical(calendar.path.read_bytes())
    assert list(parsed.walk("VEVENT"))
    assert told == []  # no failure was shown
