"""Fuzzing the key file: every damaged or hostile ``keys.json`` (and the copy kept with the
backups) is a plain KeysError, never another exception, and never a wrong data key.

Each case starts from a real key file and damages it: bit flips, overwritten runs, truncation,
junk appended, deep nesting (100,000 ``[`` raised RecursionError once), huge files, text that
is not UTF-8, and JSON-level changes (a value anywhere replaced by another type, an extreme
number, a huge string, a field removed or a slot doubled). Then it does what Workbook does:
unlock with the passphrase and with the recovery code, read the passphrase's cost parameters,
finish an interrupted change of key, and start a new one. Each must give the true data key or
raise KeysError (WrongSecret, KeyFileDamaged, KeyFileMissing) whose message is plain; a
damaged file never says "try again", because retrying cannot help.

The suite runs CASES cases from a fixed seed; bench/bench_fuzz.py runs 10,000.
"""

from __future__ import annotations

import contextlib
import copy
import json
import random
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from workbook.storage import keys
from workbook.storage.keys import KeyFileDamaged, KeysError, PassphraseKdf, WrongSecret

CASES = 400
SEED = 20261127
FAST = PassphraseKdf(memory_kib=64, iterations=1, lanes=1)
PASSPHRASE = "blue kettle under the stairs"

_EXTREMES: list[Any] = [
    None,
    True,
    0,
    -1,
    7,
    2**31,
    2**64,
    10**30,
    1e308,
    -0.0,
    "",
    "x" * 70_000,
    "AAAA",
    "====",
    "é",
    "\ud800",
    [],
    {},
    [[[]]],
    {"kind": "recovery"},
]


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for name, child in value.items():
            found += _paths(child, (*prefix, name))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*prefix, index))
    return found


def _set(document: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    target = document
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return document


def _json_change(raw: bytes, rng: random.Random) -> bytes:
    document = json.loads(raw)
    paths = _paths(document)
    path = rng.choice(paths)
    action = rng.randrange(4)
    if action == 0:
        document = _set(document, path, copy.deepcopy(rng.choice(_EXTREMES)))
    elif action == 1 and path:
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        del parent[path[-1]]
    elif action == 2:
        document["slots"] = document["slots"] + [copy.deepcopy(rng.choice(document["slots"]))]
    else:
        document = _set(document, path, str(rng.getrandbits(64)))
    return json.dumps(document).encode("utf-8", "surrogatepass")


def _flip(raw: bytes, rng: random.Random) -> bytes:
    out = bytearray(raw)
    for _ in range(rng.randint(1, 6)):
        at = rng.randrange(len(out))
        out[at] ^= 1 << rng.randrange(8)
    return bytes(out)


def _overwrite(raw: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(raw))
    return raw[:at] + rng.randbytes(rng.randint(1, 40)) + raw[at + 40 :]


def _truncate(raw: bytes, rng: random.Random) -> bytes:
    return raw[: rng.randrange(len(raw))]


def _append(raw: bytes, rng: random.Random) -> bytes:
    return raw + rng.randbytes(rng.randint(1, 200))


def _nesting(raw: bytes, rng: random.Random) -> bytes:
    depth = rng.choice([100, 1_000, 100_000])
    return rng.choice([b"[", b"{", b'{"a":['])[:1] * depth + rng.choice([b"", b"]" * depth])


def _huge(raw: bytes, rng: random.Random) -> bytes:
    return raw[:-2] + b', "pad": "' + b"x" * rng.choice([70_000, 2_000_000]) + b'"}\n'


def _not_utf8(raw: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(raw))
    return raw[:at] + rng.choice([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x00"]) + raw[at:]


MUTATIONS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "json": _json_change,
    "flip": _flip,
    "overwrite": _overwrite,
    "truncate": _truncate,
    "append": _append,
    "nesting": _nesting,
    "huge": _huge,
    "not-utf8": _not_utf8,
}


def _attempt(action: Callable[[], bytes], data_key: bytes) -> str:
    try:
        got = action()
    except KeyFileDamaged as error:
        text = str(error)
        assert "try again" not in text and "keys.json" in text, text
        return "damaged"
    except WrongSecret:
        return "wrong"
    except KeysError:
        return "refused"
    assert got == data_key, "a damaged key file gave a data key that is not the workbook's"
    return "opened"


def run_case(
    raw: bytes, code: str, data_key: bytes, mutation: str, rng: random.Random, *, folder: Path
) -> str:
    """Damage the key file, then do what Workbook does with it. Returns an outcome label;
    any exception other than KeysError escapes, a wrong key is an AssertionError."""
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "backups").mkdir(parents=True)
    damaged = MUTATIONS[mutation](raw, rng)
    (folder / "keys.json").write_bytes(damaged)
    (folder / "backups" / "keys.json").write_bytes(damaged)
    outcomes = [
        _attempt(lambda: keys.unlock_with_passphrase(folder, PASSPHRASE), data_key),
        _attempt(lambda: keys.unlock_with_recovery_code(folder, code), data_key),
        _attempt(
            lambda: keys.unlock_file_with_recovery_code(folder / "backups" / "keys.json", code),
            data_key,
        ),
    ]
    with contextlib.suppress(KeysError):
        keys.passphrase_kdf_in_file(folder)
    from workbook.storage.rekey import finish_interrupted_rekey

    finish_interrupted_rekey(folder)  # never raises for a damaged key file
    assert (folder / "keys.json").read_bytes() == damaged, "a damaged key file was changed"
    with contextlib.suppress(KeysError):
        keys.rekeyed_key_file(
            folder, data_key, bytes(32), new_passphrase="seven quiet herons", kdf=FAST
        )
    return "/".join(outcomes)


def run_cases(count: int, seed: int) -> Counter[str]:
    rng = random.Random(seed)
    outcomes: Counter[str] = Counter()
    with tempfile.TemporaryDirectory(prefix="workbook-keys-fuzz-") as temp:
        work = Path(temp)
        created = keys.create_keys(work / "source", PASSPHRASE, kdf=FAST)
        raw = (work / "source" / "keys.json").read_bytes()
        for number in range(count):
            mutation = rng.choice(tuple(MUTATIONS))
            case_seed = rng.getrandbits(32)
            label = f"case {number}: {mutation} seed {case_seed}"
            try:
                result = run_case(
                    raw,
                    created.recovery_code,
                    created.data_key,
                    mutation,
                    random.Random(case_seed),
                    folder=work / "case",
                )
            except AssertionError as error:
                raise AssertionError(f"{label}: {error}") from error
            except Exception as error:
                raise AssertionError(f"{label}: escaped: {type(error).__name__}") from error
            outcomes[f"{mutation} {result}"] += 1
    return outcomes


def test_damaged_key_files_are_plain_messages_never_tracebacks_or_wrong_keys() -> None:
    outcomes = run_cases(CASES, SEED)
    assert sum(outcomes.values()) == CASES
    damaged = sum(count for name, count in outcomes.items() if "damaged" in name)
    assert damaged > CASES // 2  # the mutations reach the checks, not only the tag


def test_the_reported_hostile_files() -> None:
    """100,000 '[' once ended in RecursionError; each of these is a plain KeyFileDamaged."""
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        for content in (
            b"[" * 100_000,
            b"{" * 100_000,
            b'{"a":' * 50_000,
            b"[]",
            b"null",
            b'"keys"',
            b"1e999",
            b"\xef\xbb\xbf{}",
            b"x" * (keys.MAX_KEY_FILE_BYTES + 1),
        ):
            (folder / "keys.json").write_bytes(content)
            for unlock in (
                lambda: keys.unlock_with_passphrase(folder, PASSPHRASE),
                lambda: keys.unlock_with_recovery_code(folder, "0000-0000-0000-0000-0000-0000"),
            ):
                try:
                    unlock()
                except KeyFileDamaged as error:
                    assert "try again" not in str(error)
                else:
                    raise AssertionError(content[:20])


def test_a_key_check_that_is_not_ascii_is_damage() -> None:
    """Found by bench/bench_fuzz.py: hmac.compare_digest raised TypeError on such text."""
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        created = keys.create_keys(folder, PASSPHRASE, kdf=FAST)
        content = json.loads((folder / "keys.json").read_bytes())
        for value in ("é", "\ud800", "x" * 5000):
            content["key_check"] = value
            (folder / "keys.json").write_bytes(json.dumps(content).encode("utf-8", "surrogatepass"))
            for unlock in (
                lambda: keys.unlock_with_passphrase(folder, PASSPHRASE),
                lambda: keys.unlock_with_recovery_code(folder, created.recovery_code),
            ):
                try:
                    unlock()
                except KeyFileDamaged:
                    continue
                raise AssertionError(value)
            try:
                keys.check_data_key(folder, created.data_key)
            except WrongSecret:
                continue
            raise AssertionError(value)
