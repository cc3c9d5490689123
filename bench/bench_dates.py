"""Dates written and read the person's way, against Python's own strftime and strptime.

A long contact log writes one date and time for every row it shows or searches, so the
formatter must cost about what `strftime` costs: this writes 50,000 moments in the
year-month-day style and in the US and Egyptian Arabic styles (12-hour clock, Arabic-Indic
digits), and reads them back, each beside the standard library doing the same count.
Medians of interleaved runs; CPU time, since the machine may be shared.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from workbook.domain import dates

COUNT = 50_000
RUNS = 5
STYLES = {
    "year-month-day": dates.ISO,
    "en_US": dates.DateStyle(date_pattern="M/d/yyyy", time_pattern="h:mm\u202fAp"),
    "ar_EG": dates.DateStyle(
        date_pattern="d\u200f/M\u200f/yyyy",
        time_pattern="h:mm Ap",
        am="ص",
        pm="م",
        digits="٠١٢٣٤٥٦٧٨٩",
    ),
}


def _cpu(work: Callable[[], object]) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


def main() -> None:
    first = datetime(2026, 1, 1, 0, 0)
    moments = [first + timedelta(minutes=37 * n) for n in range(COUNT)]
    floor_text = [m.strftime("%Y-%m-%d %H:%M") for m in moments]
    print(f"{COUNT:,} moments, median of {RUNS} interleaved runs, CPU seconds")
    for name, style in STYLES.items():
        dates.configure(style)
        try:
            texts = [dates.short_datetime(m) for m in moments]
            assert [dates.parse_datetime(t, style) for t in texts[:500]] == moments[:500]
            write, write_floor, read, read_floor = [], [], [], []
            for _ in range(RUNS):
                write_floor.append(_cpu(lambda: [m.strftime("%Y-%m-%d %H:%M") for m in moments]))
                write.append(_cpu(lambda: [dates.short_datetime(m) for m in moments]))
                read_floor.append(
                    _cpu(lambda: [datetime.strptime(t, "%Y-%m-%d %H:%M") for t in floor_text])
                )
                read.append(
                    _cpu(lambda s=style, ts=texts: [dates.parse_datetime(t, s) for t in ts])
                )
        finally:
            dates.configure(None)
        w, wf = statistics.median(write), statistics.median(write_floor)
        r, rf = statistics.median(read), statistics.median(read_floor)
        print(
            f"{name:>15}: write {w:.3f} s (strftime {wf:.3f} s, {w / wf:.2f}x), "
            f"read {r:.3f} s (strptime {rf:.3f} s, {r / rf:.2f}x); e.g. {texts[-1]!r}"
        )


if __name__ == "__main__":
    main()
