"""Damaged files, 10,000 cases each: flipped, overwritten and truncated bytes of the
database, its write-ahead log, the record of its newest version and the backups, plain and
encrypted (tests/test_fuzz.py runs 1,000 of the same cases); and damaged or hostile key files
(tests/test_fuzz_keys.py runs 400). This runs 10,000 of each from other seeds and reports the
outcomes, the time per case and the start-up cost of the integrity check.

    python -m bench.bench_fuzz [files|keys|startup]   (default: all three)
"""

from __future__ import annotations

import functools
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from workbook.domain.demo import demo_plan
from workbook.domain.model import TrustedContact
from workbook.paths import database_path
from workbook.storage import integrity
from workbook.storage.backups import take_backup
from workbook.storage.repository import PlanRepository

CASES = 10_000
SEED = 6_2026
KEY = bytes(range(32))


def _worker(seed: int, count: int) -> Counter[str]:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.test_fuzz import run_cases

    return run_cases(count, seed)


def _cases() -> None:
    """10,000 cases in two processes (two cores), each from its own seed."""
    workers = 2
    started = time.perf_counter()
    outcomes: Counter[str] = Counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for result in pool.map(
            _worker, [SEED + i for i in range(workers)], [CASES // workers] * workers
        ):
            outcomes += result
    elapsed = time.perf_counter() - started
    total = sum(outcomes.values())
    print(f"fuzz: {total} cases, no unexpected exception, no hang, no wrong result")
    for name, count in sorted(outcomes.items()):
        print(f"  {name}: {count}")
    per_case = elapsed * workers / total * 1000
    print(f"  {elapsed:.1f} s on {workers} processes, {per_case:.1f} ms per case")
    print(f"  ratio to the floor of 10,000 cases: {total / 10_000:.2f}")


KEY_CASES = 10_000
KEY_SEED = 27_2026


def _key_worker(seed: int, count: int) -> Counter[str]:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.test_fuzz_keys import run_cases

    return run_cases(count, seed)


def _key_cases() -> None:
    """10,000 damaged or hostile key files in two processes."""
    workers = 2
    started = time.perf_counter()
    outcomes: Counter[str] = Counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for result in pool.map(
            _key_worker, [KEY_SEED + i for i in range(workers)], [KEY_CASES // workers] * workers
        ):
            outcomes += result
    elapsed = time.perf_counter() - started
    total = sum(outcomes.values())
    print(f"key files: {total} cases, every one a plain KeysError or the true key, 0 tracebacks")
    by_mutation: Counter[str] = Counter()
    for name, count in outcomes.items():
        by_mutation[name.split()[0]] += count
    for name, count in sorted(by_mutation.items()):
        print(f"  {name}: {count}")
    opened = sum(count for name, count in outcomes.items() if "opened" in name)
    print(f"  unlocks that still gave the true key (damage outside what it needs): {opened}")
    ratio = total / 10_000
    print(f"  {elapsed:.1f} s on {workers} processes; ratio to the floor of 10,000: {ratio:.2f}")


def _median_ms(action: Callable[[], object], runs: int = 20) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _open_close(folder: Path) -> None:
    PlanRepository.open(folder, KEY, automatic_backups=False).close()


def _start_up_cost() -> None:
    """What the reliability work adds to opening a workbook: the integrity check of the
    file, and a start-up backup (only taken when the workbook changed since the last one)."""
    with tempfile.TemporaryDirectory() as temp:
        for contacts in (0, 3000):
            folder = Path(temp) / f"plan{contacts}"
            repo = PlanRepository.open(folder, KEY, automatic_backups=False)
            repo.replace_plan(demo_plan())
            for index in range(contacts):
                repo.save(TrustedContact(id=f"c{index}", name=f"Person {index}", notes="x" * 200))
            repo.close()
            path = database_path(folder)
            size = path.stat().st_size / 1024
            check = _median_ms(functools.partial(integrity.check_database, path, KEY))
            backup = _median_ms(functools.partial(take_backup, folder, KEY), runs=10)
            opened = _median_ms(functools.partial(_open_close, folder), runs=10)
            print(
                f"start-up, encrypted workbook of {size:.0f} KiB (demo + {contacts} contacts): "
                f"integrity check {check:.1f} ms, backup (copy+fsync+verify+rename) "
                f"{backup:.1f} ms, whole open+close {opened:.1f} ms"
            )


def main() -> None:
    which = sys.argv[1:] or ["startup", "files", "keys"]
    if "startup" in which:
        _start_up_cost()
    if "files" in which:
        _cases()
    if "keys" in which:
        _key_cases()


if __name__ == "__main__":
    main()
