"""Printed on a cheap black-and-white printer, the PDF's grey text and rules stay on paper.

Such a printer (or a photocopier, or a fax) often prints each dot black or white: roughly, a
50 % threshold. The pages are drawn with pypdfium2 at a printer's resolution, thresholded at
50 %, and the grey text (labels, "Last changed", the footer, the log's column headings) must
keep about as much of its ink as black text does; every rule seen on screen must survive."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from PIL import Image

from workbook.domain.demo import demo_plan
from workbook.domain.model import Plan
from workbook.export.pdf import export_pdf

DPI = 600  # what even a cheap laser printer prints at
SCALE = DPI / 72
THRESHOLD = 128  # 50 %


def render(page: Any) -> Image.Image:
    image: Image.Image = page.render(scale=SCALE, grayscale=True).to_pil().convert("L")
    return image


def kept(page: Any, image: Image.Image, text: str) -> float:
    """The share of `text`'s ink (anything visibly drawn) that is still black after a 50 %
    threshold."""
    textpage = page.get_textpage()
    hit = textpage.search(text, match_case=True).get_next()
    assert hit, f"{text!r} is not on the page"
    start, count = hit
    boxes = [textpage.get_charbox(i) for i in range(start, start + count)]
    height = image.height
    left = min(b[0] for b in boxes) * SCALE
    right = max(b[2] for b in boxes) * SCALE
    bottom = min(b[1] for b in boxes) * SCALE
    top = max(b[3] for b in boxes) * SCALE
    crop = image.crop((int(left), int(height - top), int(right) + 1, int(height - bottom) + 1))
    histogram = crop.histogram()
    ink = sum(histogram[:230])
    black = sum(histogram[:THRESHOLD])
    assert ink > 0, text
    return black / ink


def rules(image: Image.Image, left: float, right: float, limit: int) -> int:
    """How many horizontal rules across the text width show among pixels darker than
    `limit`: rows at least 70 % dark over the width, adjacent rows counted once."""
    strip = image.crop((int(left * SCALE), 0, int(right * SCALE), image.height))
    dark = strip.point(lambda value: 0 if value < limit else 255)
    column = dark.resize((1, dark.height), Image.Resampling.BOX)
    values = list(column.tobytes())
    lines, inside = 0, False
    for value in values:
        is_rule = value <= 255 * 0.3
        if is_rule and not inside:
            lines += 1
        inside = is_rule
    return lines


@pytest.fixture(scope="module")
def demo_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    plan: Plan = demo_plan(date(2026, 3, 2))
    out = tmp_path_factory.mktemp("print") / "plan.pdf"
    report = export_pdf(plan, out, page_size="A4")
    return out, report.section_pages


def test_grey_text_keeps_its_ink_at_a_50_percent_threshold(
    demo_pdf: tuple[Path, dict[str, int]],
) -> None:
    path, sections = demo_pdf
    document = pdfium.PdfDocument(path)
    page = document[sections["contacts"] - 1]
    image = render(page)
    black = kept(page, image, "Maya Lindqvist")  # a record's heading, drawn in black
    assert black > 0.8
    grey = {
        "section's last change": "Last changed",
        "field label": "Phone numbers",
        "footer": f"Page {sections['contacts']} of",
    }
    for what, text in grey.items():
        share = kept(page, image, text)
        assert share >= 0.85 * black, (what, share, black)
    log_page = document[sections["contact_log"] - 1]
    log_image = render(log_page)
    assert kept(log_page, log_image, "In the record") >= 0.85 * black  # column heading


def test_every_rule_survives_a_50_percent_threshold(
    demo_pdf: tuple[Path, dict[str, int]],
) -> None:
    path, sections = demo_pdf
    document = pdfium.PdfDocument(path)
    width = document[0].get_size()[0]
    margin = 18 * 72 / 25.4
    for key in ("contacts", "contact_log"):
        image = render(document[sections[key] - 1])
        # Inside the text width (rules start at the left margin and end at the right one).
        seen = rules(image, margin + 2, width - margin - 2, 250)
        printed = rules(image, margin + 2, width - margin - 2, THRESHOLD)
        assert seen >= 3, (key, seen)  # the footer's rule and the table's rules
        assert printed == seen, (key, printed, seen)
