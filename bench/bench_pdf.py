"""PDF export of a large plan against the floor: raw ReportLab laying out the same rows.

The plan: 10,000 contact-log entries and 1,000 records in every other section. The floor
builds the same cells (the same texts, the same TrueType font, plain Paragraphs) into tables
of 200 rows with SimpleDocTemplate: what any ReportLab program has to pay for this much text.
The goal (issue 4): export <= 1.2x the floor; 50,000 log entries <= 6 s; peak memory shown.

    .venv/bin/python -m bench.bench_pdf
"""

from __future__ import annotations

import gc
import io
import resource
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from workbook.domain.model import (
    BackupPlan,
    BoundaryCommitment,
    CheckInAgreement,
    CheckInLogEntry,
    ContactChannel,
    ContactLogEntry,
    ContactRole,
    MandatedObligation,
    Plan,
    ResponseKind,
    Section,
    SuspectedProxy,
    TrustedContact,
)

GOAL_RATIO = 1.2
GOAL_50K_SECONDS = 6.0


def make_plan(log_entries: int, others: int) -> Plan:
    start = datetime(2026, 1, 1, 8, 0)
    contacts = [
        TrustedContact(
            name=f"Contact {i}",
            relationship="Friend from the library",
            roles=[ContactRole.CHECK_IN_PARTNER],
            phones=[f"+1 555 01{i % 100:02d}"],
            email=f"c{i}@example.org",
            code_word="blue umbrella",
            best_times="Evenings after 6 pm",
            notes="Knows the school pick-up routine & has a spare key.",
        )
        for i in range(others)
    ]
    obligations = [
        MandatedObligation(
            mandated_by_name="County Family Court",
            reference=f"FC-2031-{i:04d}",
            requirement="Hand the children over for the weekend visit; no other contact.",
            schedule="Every other Friday at 5 pm",
            location="Car park of the community centre",
            topics_allowed="The children's logistics only.",
            handled_by_id=contacts[i % len(contacts)].id if contacts else None,
            start_date=date(2026, 1, 1),
            notes="Maya comes with me to every handover.",
        )
        for i in range(others)
    ]
    proxies = [
        SuspectedProxy(
            name=f"Proxy {i}",
            connection_to_him="Cousin",
            connection_to_me="Used to be friendly",
            what_they_did="Asked where the children go to school.",
            dates_and_evidence="Screenshots 14-19",
            notes="Blocked on all channels.",
        )
        for i in range(others)
    ]
    agreements = [
        CheckInAgreement(
            partner_id=contacts[i % len(contacts)].id if contacts else None,
            schedule="Every day at 9 pm",
            escalation_steps=["Call me twice.", "Call Rosa.", "Call the police."],
            danger_code_word="green teapot",
        )
        for i in range(others)
    ]
    log = [
        ContactLogEntry(
            occurred_at=start + timedelta(minutes=37 * i),
            proxy_id=proxies[i % len(proxies)].id if proxies and i % 3 == 0 else None,
            channel=ContactChannel.TEXT,
            what_happened=f"Message {i}: asked to meet 'just to talk' about the holidays.",
            response=ResponseKind.NO_RESPONSE,
            response_detail="Did not answer; screenshot saved.",
            evidence_ref=f"Screenshot {i}",
            obligation_id=obligations[i % len(obligations)].id
            if obligations and i % 5 == 0
            else None,
        )
        for i in range(log_entries)
    ]
    return Plan(
        obligations=obligations,
        commitments=[
            BoundaryCommitment(text=f"Commitment {i}: I do not answer his messages.")
            for i in range(others)
        ],
        contacts=contacts,
        backup_plans=[
            BackupPlan(
                title=f"Situation {i}",
                warning_signs="His car parked on my street.",
                steps=["Do not open the door.", "Call Maya.", "Call the police."],
                contact_ids=[contacts[i % len(contacts)].id] if contacts else [],
                safe_places="Maya's house",
                what_to_take="Phone, keys, go-bag.",
                emergency_numbers="Emergency: 911.",
            )
            for i in range(others)
        ],
        checkin_agreements=agreements,
        checkin_log=[
            CheckInLogEntry(
                at=start + timedelta(hours=i),
                agreement_id=agreements[i % len(agreements)].id if agreements else None,
                note="All fine.",
            )
            for i in range(others)
        ],
        proxies=proxies,
        contact_log=log,
        section_changed={section: start for section in Section},
    )


def _rows(plan: Plan) -> list[tuple[int, list[list[str]]]]:
    """The cells the export lays out, section by section: (columns, rows)."""
    sections: list[tuple[int, list[list[str]]]] = []
    record_lists: list[list[Any]] = [
        plan.obligations,
        plan.commitments,
        plan.contacts,
        plan.backup_plans,
        plan.checkin_agreements,
        plan.proxies,
    ]
    for records in record_lists:
        rows: list[list[str]] = []
        for record in records:
            rows.append([type(record).__name__, ""])
            for name, value in vars(record).items():
                if name == "id" or not value:
                    continue
                text = "\n".join(map(str, value)) if isinstance(value, list) else str(value)
                rows.append([name, text])
        sections.append((2, rows))
    sections.append((3, [[str(e.at), "With someone", e.note] for e in plan.checkin_log]))
    sections.append(
        (
            4,
            [
                [str(e.occurred_at), e.what_happened, e.response_detail, e.evidence_ref]
                for e in plan.contact_log
            ],
        )
    )
    return sections


def floor(plan: Plan, strings: bool = False) -> bytes:
    """Raw ReportLab: the same cells as escaped Paragraphs in 200-row tables, one TTF font.

    With `strings`, the cells are plain strings wrapped with simpleSplit instead: the
    fastest way ReportLab draws wrapped table text (what the export does for text its main
    font draws alone), the stricter floor."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.utils import simpleSplit
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    from workbook.export.fonts import font_chain

    style = ParagraphStyle("cell", fontName=font_chain().regular, fontSize=9, leading=12)
    width = A4[0] - 2 * 51
    story: list[Any] = []
    for columns, rows in _rows(plan):
        widths = [width / columns] * columns
        for start in range(0, len(rows), 200):
            if strings:
                chunk = [
                    [
                        "\n".join(
                            line
                            for part in cell.split("\n")
                            for line in simpleSplit(part, style.fontName, 9, widths[0] - 12)
                        )
                        for cell in row
                    ]
                    for row in rows[start : start + 200]
                ]
                table_style = [("FONTNAME", (0, 0), (-1, -1), style.fontName)]
                story.append(Table(chunk, colWidths=widths, style=table_style))
            else:
                chunk = [
                    [Paragraph(escape(cell).replace("\n", "<br/>"), style) for cell in row]
                    for row in rows[start : start + 200]
                ]
                story.append(Table(chunk, colWidths=widths, repeatRows=0))
        story.append(PageBreak())
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=51, rightMargin=51).build(story)
    return buffer.getvalue()


def _timed(work: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def main() -> None:
    from workbook.export.pdf import export_pdf

    # Warm up: fonts registered, modules imported (a once-per-process cost, shown apart).
    warm, _ = _timed(lambda: floor(make_plan(10, 2)))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "plan.pdf"
        plan = make_plan(10_000, 1_000)
        floor_s, floor_pdf = _timed(lambda: floor(plan))
        export_s, report = _timed(lambda: export_pdf(plan, out, page_size="A4"))
        strings_s, _ = _timed(lambda: floor(plan, strings=True))
        ratio = export_s / floor_s
        print(f"warm-up (imports, fonts): {warm:.2f} s")
        print(
            f"10,000 log entries + 1,000 records per section: export {export_s:.2f} s "
            f"({report.pages} pages, {report.size_bytes / 1e6:.1f} MB), floor {floor_s:.2f} s "
            f"({len(floor_pdf) / 1e6:.1f} MB): {ratio:.2f}x the floor "
            f"(goal <= {GOAL_RATIO}x) {'OK' if ratio <= GOAL_RATIO else 'OVER'}"
        )
        print(
            f"  stricter floor, the same cells as pre-wrapped string cells: {strings_s:.2f} s; "
            f"export is {export_s / strings_s:.2f}x that"
        )
        del floor_pdf
        big = make_plan(50_000, 1_000)
        big_s, big_report = _timed(lambda: export_pdf(big, out, page_size="A4"))
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
        print(
            f"50,000 log entries + 1,000 records per section: {big_s:.2f} s "
            f"({big_report.pages} pages), goal <= {GOAL_50K_SECONDS:.0f} s "
            f"{'OK' if big_s <= GOAL_50K_SECONDS else 'OVER'}; "
            f"peak memory of the process (RSS) {peak:.0f} MB"
        )


if __name__ == "__main__":
    main()
