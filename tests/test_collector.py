"""workbook/collector.py: the cycle collector is paused, overlapping pauses share it, and its
own state comes back after the last one."""

from __future__ import annotations

import gc
import threading

from workbook.collector import collector_paused


def test_a_pause_turns_the_collector_off_and_back_on() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_overlapping_pauses_end_with_the_last_one() -> None:
    first, second = collector_paused(), collector_paused()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert not gc.isenabled()  # the second pause still holds
    second.__exit__(None, None, None)
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_pauses_from_two_threads_share_the_collector_state() -> None:
    inside = threading.Barrier(2)
    leave = threading.Event()
    seen: list[bool] = []

    def pause() -> None:
        with collector_paused():
            inside.wait(5)
            leave.wait(5)
            seen.append(gc.isenabled())

    threads = [threading.Thread(target=pause) for _ in range(2)]
    for thread in threads:
        thread.start()
    leave.set()
    for thread in threads:
        thread.join(5)
    assert seen == [False, False]  # each saw it off while inside its pause
    assert gc.isenabled()


def test_freeze_sets_what_exists_aside_and_the_collector_comes_back() -> None:
    kept = [object() for _ in range(1000)]
    try:
        with collector_paused(freeze=True):
            pass
        assert gc.get_freeze_count() >= len(kept)
        assert gc.isenabled()
    finally:
        gc.unfreeze()
