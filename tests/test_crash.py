"""Crash safety: a change reported as saved survives the process being killed at any moment.

A child process makes 1,000 edits through the repository of an encrypted workbook (with
automatic backups every few changes, so kills also land in the middle of backups) and prints
each edit's number only after the call that saved it has returned. The parent kills it with
SIGKILL at random moments, many times, and after every kill reopens the workbook and checks:

* the workbook opens (its integrity check at start-up passes), ``PRAGMA integrity_check`` is
  ``ok`` and ``PRAGMA cipher_integrity_check`` finds nothing;
* its content is exactly the state after the acknowledged edits, or after one more (the edit
  that was committed but killed before its number was printed); nothing acknowledged is lost;
* every backup generation on disk is whole (a kill during a backup leaves at most a temporary
  file, which never counts as a generation).

Then a new child carries on from the first unacknowledged edit, until all 1,000 are done.
Run as a script (``python tests/test_crash.py child FOLDER START``) it is the child.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

EDITS = 1000
KEY = bytes(range(7, 39))
BACKUP_EVERY = 40
SEED = int(os.environ.get("WORKBOOK_CRASH_SEED", "6"))
MIN_KILLS = 40


@dataclass
class State:
    contacts: dict[str, str] = field(default_factory=dict)
    firm_sentence: str = ""
    setting: str | None = None


def contact_id(index: int) -> str:
    return f"e{index:04d}"


def apply(state: State, index: int) -> None:
    """Edit number `index`, as the model of what the workbook must then hold."""
    step = index % 4
    if step == 0:
        state.contacts[contact_id(index)] = f"Person {index}"
    elif step == 1:
        state.firm_sentence = f"I will not answer. (edit {index})"
    elif step == 2:
        state.contacts[contact_id(index - 2)] = f"Person {index - 2}, renamed at {index}"
    elif (index // 4) % 3 == 2:
        state.contacts.pop(contact_id(index - 3), None)
    else:
        state.setting = str(index)


def expected_after(count: int) -> State:
    state = State()
    for index in range(count):
        apply(state, index)
    return state


# --------------------------------------------------------------------------- the child


def child(folder: Path, start: int) -> None:
    from workbook.domain.model import PersonalStatements, TrustedContact
    from workbook.storage.repository import PlanRepository

    repo = PlanRepository.open(folder, KEY)
    assert repo.backups is not None
    repo.backups.every_changes = BACKUP_EVERY
    repo.backups.quiet_seconds = 0  # back up mid-burst, so kills land during backups
    print("ready", flush=True)
    for index in range(start, EDITS):
        step = index % 4
        if step == 0:
            repo.save(TrustedContact(id=contact_id(index), name=f"Person {index}"))
        elif step == 1:
            statements = PersonalStatements(firm_sentence=f"I will not answer. (edit {index})")
            repo.save_statements(statements)
        elif step == 2:
            renamed = f"Person {index - 2}, renamed at {index}"
            repo.save(TrustedContact(id=contact_id(index - 2), name=renamed))
        elif (index // 4) % 3 == 2:
            repo.delete(TrustedContact, contact_id(index - 3))
        else:
            repo.set_setting("crash-test", str(index))
        print(f"ack {index}", flush=True)
    repo.close()
    print("done", flush=True)


# --------------------------------------------------------------------------- the parent


def observed(folder: Path) -> State:
    from workbook.domain.model import TrustedContact
    from workbook.storage.repository import PlanRepository

    repo = PlanRepository.open(folder, KEY, automatic_backups=False)
    try:
        with repo.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").all() == [("ok",)]
            assert connection.exec_driver_sql("PRAGMA cipher_integrity_check").all() == []
        return State(
            contacts={c.id: c.name for c in repo.list(TrustedContact)},
            firm_sentence=repo.load_statements().firm_sentence,
            setting=repo.get_setting("crash-test"),
        )
    finally:
        repo.close()


def read_acks(output: bytes) -> tuple[int, bool, bool]:
    """(edits acknowledged, child said ready, child finished) from its complete lines."""
    acked, ready, done = -1, False, False
    for line in output.split(b"\n")[:-1]:  # the last piece may be a half-written line
        if line == b"ready":
            ready = True
        elif line == b"done":
            done = True
        elif line.startswith(b"ack "):
            acked = int(line[4:])
    return acked + 1, ready, done


def run_child(folder: Path, start: int, kill_at: int | None, delay: float) -> bytes:
    """Run a child from edit `start`. With `kill_at`, SIGKILL it `delay` seconds after it
    has acknowledged `kill_at` more edits (0: while it is still opening the workbook)."""
    process = subprocess.Popen(
        [sys.executable, __file__, "child", str(folder), str(start)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    output = b""
    if kill_at is not None:
        deadline = time.monotonic() + 60
        wanted = b"ready\n" if kill_at == 0 else f"ack {start + kill_at - 1}\n".encode()
        while wanted not in output and b"done\n" not in output:
            assert time.monotonic() < deadline, "the child hung"
            readable, _, _ = select.select([process.stdout], [], [], 1.0)
            if readable:
                chunk = os.read(process.stdout.fileno(), 65536)
                if not chunk:
                    break
                output += chunk
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
    rest, errors = process.communicate(timeout=120)
    output += rest
    if kill_at is None or process.returncode != -signal.SIGKILL:
        assert process.returncode == 0, errors.decode(errors="replace")[-2000:]
    return output


def check_backups(folder: Path) -> int:
    from workbook.storage.backups import list_backups, verify_backup

    generations = list_backups(folder)
    for path in generations:
        verify_backup(path, KEY)
    return len(generations)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is a POSIX signal")
def test_every_acknowledged_edit_survives_repeated_sigkill(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    folder = tmp_path / "data"
    done = 0
    kills = 0
    interrupted_backups: set[str] = set()
    started = time.monotonic()
    while done < EDITS:
        if kills >= MIN_KILLS:
            kill_at, delay = None, 0.0  # enough kills: let the last child finish
        elif kills % 6 == 5:
            # while it opens: the start-up integrity check and backup
            kill_at, delay = 0, rng.uniform(0.0, 0.05)
        else:
            # anywhere inside the next edit (or the backup it triggers)
            kill_at, delay = rng.randint(1, 2 * EDITS // MIN_KILLS), rng.uniform(0.0, 0.004)
        output = run_child(folder, done, kill_at, delay)
        acked, _ready, finished = read_acks(output)
        acked = max(acked, done)
        if kill_at is not None and not finished:
            kills += 1
        interrupted_backups.update(p.name for p in (folder / "backups").glob(".workbook-*.tmp"))
        if folder.joinpath("workbook.db").exists():
            state = observed(folder)
            assert state in (expected_after(acked), expected_after(min(acked + 1, EDITS))), (
                f"seed {SEED}: after {acked} acknowledged edits the workbook holds something else"
            )
        else:
            assert acked == 0
        check_backups(folder)
        done = acked
    assert kills >= MIN_KILLS
    assert observed(folder) == expected_after(EDITS)
    assert check_backups(folder) >= 1
    print(
        f"crash test: {kills} kills, {len(interrupted_backups)} during a backup, "
        f"{EDITS} edits, {time.monotonic() - started:.1f} s"
    )


if __name__ == "__main__" and len(sys.argv) == 4 and sys.argv[1] == "child":
    child(Path(sys.argv[2]), int(sys.argv[3]))
