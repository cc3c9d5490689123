"""`workbook verify`: checks a workbook or an exported plan file, prints the latest hash, and
names the entry when anything was altered, removed or reordered; bad files get a plain
message, never a traceback."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from workbook.cli import main
from workbook.storage import keys
from workbook.storage.repository import PlanRepository

PASSPHRASE = "correct horse battery staple 0177"
FAST = keys.PassphraseKdf(memory_kib=64, iterations=1, lanes=1)


@pytest.fixture(autouse=True)
def _cheap_key_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    assert keys.create_keys.__kwdefaults__ is not None
    monkeypatch.setitem(keys.create_keys.__kwdefaults__, "kdf", FAST)


@pytest.fixture
def run(tmp_path: Path) -> Callable[..., int]:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    secret.chmod(0o600)

    def run_command(*argv: str | Path) -> int:
        return main([*map(str, argv), "--passphrase-file", str(secret)])

    return run_command


@pytest.fixture
def folder(tmp_path: Path, run: Callable[..., int]) -> Path:
    data = tmp_path / "workbook"
    assert run("demo", "--data-dir", data) == 0
    return data


def open_workbook(folder: Path) -> PlanRepository:
    key = keys.unlock_with_passphrase(folder, PASSPHRASE)
    return PlanRepository.open(folder, key, automatic_backups=False)


def latest_hash(folder: Path) -> str:
    repo = open_workbook(folder)
    try:
        return repo.verify_log().latest_hash
    finally:
        repo.close()


def test_an_intact_workbook_prints_its_latest_hash(
    folder: Path, run: Callable[..., int], capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert run("verify", "--data-dir", folder) == 0
    out = capsys.readouterr().out
    assert "is intact: 6 entries" in out
    assert f"Latest hash: {latest_hash(folder)}" in out


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (
            "UPDATE contact_log SET what_happened = 'Nothing.' WHERE position = 2",
            "Entry 3 was changed",
        ),
        ("DELETE FROM contact_log WHERE position = 1", "Entry 2 does not follow"),
        ("UPDATE contact_log SET position = 99 WHERE position = 0", "Entry 1 does not follow"),
        ("DELETE FROM contact_log WHERE position = 5", "should end with entry 6"),
    ],
)
def test_an_altered_workbook_names_the_entry_and_fails(
    folder: Path,
    run: Callable[..., int],
    capsys: pytest.CaptureFixture[str],
    change: str,
    named: str,
) -> None:
    repo = open_workbook(folder)
    try:
        with repo.engine.begin() as connection:  # from outside, triggers dropped first
            connection.execute(text("DROP TRIGGER contact_log_entries_are_never_changed"))
            connection.execute(text("DROP TRIGGER contact_log_entries_are_never_removed"))
            connection.execute(text(change))
    finally:
        repo.close()
    capsys.readouterr()
    assert run("verify", "--data-dir", folder) == 1
    captured = capsys.readouterr()
    assert named in captured.err
    assert "Traceback" not in captured.err + captured.out


def exported(folder: Path, run: Callable[..., int], tmp_path: Path) -> Path:
    out = tmp_path / "plan.json"
    assert run("export", "--data-dir", folder, "--out", out) == 0
    return out


def test_an_exported_file_is_checked_without_the_workbook(
    folder: Path, run: Callable[..., int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = exported(folder, run, tmp_path)
    capsys.readouterr()
    assert main(["verify", str(path)]) == 0
    assert f"Latest hash: {latest_hash(folder)}" in capsys.readouterr().out


def tampered_files(path: Path) -> dict[str, bytes]:
    original = path.read_bytes()
    document = json.loads(original)
    altered = json.loads(original)
    altered["contact_log"][3]["exact_words"] = "Something he never said."
    removed = json.loads(original)
    del removed["contact_log"][1]
    reordered = json.loads(original)
    log = reordered["contact_log"]
    log[0], log[1] = log[1], log[0]
    cut = json.loads(original)
    cut["contact_log"].pop()
    return {
        "altered": json.dumps(altered).encode(),
        "removed": json.dumps(removed).encode(),
        "reordered": json.dumps(reordered).encode(),
        "cut at the end": json.dumps(cut).encode(),
        "truncated": original[: len(original) // 2],
        "empty": b"",
        "not UTF-8": b"\xff\xfe\x00garbage" + original[:100],
        "deeply nested": b"[" * 100_000 + b"]" * 100_000,
        "huge number": b'{"format": 1' + b"0" * 5000 + b"}",
        "not a plan": json.dumps({"contact_log": document["contact_log"]}).encode(),
        "a list": b"[1, 2, 3]",
        "chain note wrong": json.dumps(
            {**document, "contact_log_chain": {"entries": "six", "latest_hash": 7}}
        ).encode(),
    }


def test_altered_damaged_or_hostile_files_fail_with_a_plain_message(
    folder: Path, run: Callable[..., int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = exported(folder, run, tmp_path)
    for name, content in tampered_files(path).items():
        bad = tmp_path / "bad.json"
        bad.write_bytes(content)
        capsys.readouterr()
        assert main(["verify", str(bad)]) == 1, name
        captured = capsys.readouterr()
        assert captured.err.startswith("workbook: ") or "altered" in captured.err, name
        assert "Traceback" not in captured.err + captured.out, name
    bad = tmp_path / "bad.json"
    for name, content in list(tampered_files(path).items())[:4]:
        bad.write_bytes(content)
        capsys.readouterr()
        main(["verify", str(bad)])
        assert "$.contact_log" in capsys.readouterr().err, name  # names where it broke


def test_missing_files_and_folders_get_a_plain_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for target in (tmp_path / "nothing.json", tmp_path):
        assert main(["verify", str(target)]) == 1
        err = capsys.readouterr().err
        assert err.startswith("workbook: ") and "Traceback" not in err


def test_a_file_from_before_the_record_was_kept_says_so(
    folder: Path, run: Callable[..., int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(exported(folder, run, tmp_path).read_text(encoding="utf-8"))
    del document["contact_log_chain"]
    for entry in document["contact_log"]:
        del entry["entry_hash"], entry["previous_hash"]
    old = tmp_path / "old.json"
    old.write_text(json.dumps(document), encoding="utf-8")
    capsys.readouterr()
    assert main(["verify", str(old)]) == 1
    assert "no hashes" in capsys.readouterr().err
