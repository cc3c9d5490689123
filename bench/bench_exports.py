"""Each reader's export against the goals of the exports issue, measured as the app calls them.

(1) The PDF of the 10,000-entry plan (10,000 contact-log entries and 1,000 records in every
    other section, bench_pdf.make_plan) for the lawyer and for the court, against the same
    plan's full PDF ("my plan"): each within 1.1x of it.
(2) The check-in partner's card and the calendar (.ics) of that plan: each under 200 ms.
(3) The PDF of a 50,000-entry contact log against the export of the same rows by an earlier
    version of Workbook, when one is given (`--baseline SRC`, a source tree holding that
    version's `workbook/` and `bench/`, e.g. made with `git archive`): within 1.2x. The
    earlier version runs in its own process, on the rows its own bench_pdf.make_plan makes.

Every figure is the median of 5 runs through export_pdf / export_partner_card /
export_calendar, writing a file as the app does.

    .venv/bin/python -m bench.bench_exports [--baseline SRC]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from workbook.domain.fields import Reader
from workbook.domain.model import Plan

RUNS = 5
GOAL_READER_RATIO = 1.1
GOAL_SMALL_SECONDS = 0.2
GOAL_LOG_RATIO = 1.2
MADE = datetime(2026, 1, 1, 9, 0)


def median_seconds(action: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def pdf_seconds(plan: Plan, folder: Path, reader: Reader) -> float:
    from workbook.export.pdf import export_pdf

    out = folder / f"{reader.value}.pdf"
    return median_seconds(lambda: export_pdf(plan, out, page_size="A4", reader=reader))


def with_partner(plan: Plan) -> tuple[Plan, str]:
    """The bench plan's first check-in agreement, given a partner with a daily check-in."""
    from workbook.domain.model import CheckInAgreement

    agreement: CheckInAgreement = plan.checkin_agreements[0]
    partner = plan.contacts[0]
    agreement.partner_id = partner.id
    return plan, partner.id


def _log_seconds_here(entries: int) -> float:
    from bench.bench_pdf import make_plan

    plan = make_plan(entries, 0)
    with tempfile.TemporaryDirectory() as folder:
        return pdf_seconds(plan, Path(folder), Reader.PLAN)


_BASELINE_SCRIPT = """
import statistics, sys, tempfile, time
from pathlib import Path
from bench.bench_pdf import make_plan
from workbook.export.pdf import export_pdf
plan = make_plan(int(sys.argv[1]), 0)
times = []
with tempfile.TemporaryDirectory() as folder:
    out = Path(folder) / "log.pdf"
    export_pdf(plan, out, page_size="A4")  # warm: imports and fonts
    for _ in range(int(sys.argv[2])):
        started = time.perf_counter()
        export_pdf(plan, out, page_size="A4")
        times.append(time.perf_counter() - started)
print(statistics.median(times))
"""


def baseline_log_seconds(source: Path, entries: int) -> float:
    environment = {**os.environ, "PYTHONPATH": str(source)}
    done = subprocess.run(
        [sys.executable, "-c", _BASELINE_SCRIPT, str(entries), str(RUNS)],
        cwd=source,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout.strip().splitlines()[-1])


def verdict(ok: bool) -> str:
    return "OK" if ok else "OVER"


def main() -> None:
    from bench.bench_pdf import make_plan
    from workbook.export.calendar import export_calendar
    from workbook.export.partner_card import export_partner_card
    from workbook.export.pdf import export_pdf

    arguments = sys.argv[1:]
    baseline = None
    if "--baseline" in arguments:
        baseline = Path(arguments[arguments.index("--baseline") + 1])
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        export_pdf(make_plan(10, 2), folder / "warm.pdf", page_size="A4")  # imports, fonts
        plan, partner_id = with_partner(make_plan(10_000, 1_000))
        full = pdf_seconds(plan, folder, Reader.PLAN)
        print(f"10,000-entry plan, my plan (full): {full:.2f} s", flush=True)
        for reader in (Reader.LAWYER, Reader.COURT):
            seconds = pdf_seconds(plan, folder, reader)
            ratio = seconds / full
            print(
                f"10,000-entry plan, {reader.value}: {seconds:.2f} s = {ratio:.2f}x the full "
                f"plan, goal <= {GOAL_READER_RATIO}x {verdict(ratio <= GOAL_READER_RATIO)}",
                flush=True,
            )
        card = median_seconds(
            lambda: export_partner_card(plan, partner_id, folder / "card.pdf", made_at=MADE)
        )
        print(
            f"partner card: {card * 1000:.0f} ms, goal < {GOAL_SMALL_SECONDS * 1000:.0f} ms "
            f"{verdict(card < GOAL_SMALL_SECONDS)}",
            flush=True,
        )
        ics = median_seconds(lambda: export_calendar(plan, folder / "plan.ics", made_at=MADE))
        print(
            f"calendar: {ics * 1000:.0f} ms, goal < {GOAL_SMALL_SECONDS * 1000:.0f} ms "
            f"{verdict(ics < GOAL_SMALL_SECONDS)}",
            flush=True,
        )
    log = _log_seconds_here(50_000)
    print(f"50,000-entry log, this version: {log:.2f} s", flush=True)
    if baseline is None:
        print("50,000-entry log against an earlier version: give --baseline SRC", flush=True)
        return
    before = baseline_log_seconds(baseline, 50_000)
    ratio = log / before
    print(
        f"50,000-entry log, earlier version: {before:.2f} s; this version = {ratio:.2f}x, "
        f"goal <= {GOAL_LOG_RATIO}x {verdict(ratio <= GOAL_LOG_RATIO)}",
        flush=True,
    )


if __name__ == "__main__":
    main()
