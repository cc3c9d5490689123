"""The command line opens the workbook only with the passphrase from a file or a prompt."""

from __future__ import annotations

import getpass
import hashlib
import io
from pathlib import Path

import pytest

from workbook.cli import main
from workbook.storage import keys
from workbook.storage.repository import PlanRepository

PASSPHRASE = "amber gulls circle the ferry"


def hashes(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def test_demo_creates_an_encrypted_workbook_and_shows_the_code_once(
    tmp_path: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "w"
    assert main(["demo", "--data-dir", str(folder), "--passphrase-file", str(secret)]) == 0
    err = capsys.readouterr().err
    code = next(line.strip() for line in err.splitlines() if line.count("-") == 5)
    assert not (folder / "workbook.db").read_bytes().startswith(b"SQLite format 3")
    data_key = keys.unlock_with_passphrase(folder, PASSPHRASE)
    assert keys.unlock_with_recovery_code(folder, code) == data_key
    repo = PlanRepository.open(folder, data_key)
    try:
        assert repo.has_plan()
    finally:
        repo.close()
    # Export with the passphrase from the file.
    out = tmp_path / "plan.json"
    argv = ["export", "--out", str(out), "--data-dir", str(folder)]
    assert main([*argv, "--passphrase-file", str(secret)]) == 0
    assert out.exists()


def test_wrong_passphrase_is_refused_and_changes_nothing(
    tmp_path: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "w"
    assert main(["demo", "--data-dir", str(folder), "--passphrase-file", str(secret)]) == 0
    capsys.readouterr()
    before = hashes(folder)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("amber gulls circle the ferry boat\n", encoding="utf-8")
    out = tmp_path / "plan.json"
    argv = ["export", "--out", str(out), "--data-dir", str(folder), "--passphrase-file"]
    assert main([*argv, str(wrong)]) == 1
    err = capsys.readouterr().err
    assert "doesn't open this workbook" in err
    assert "amber" not in err
    assert hashes(folder) == before
    assert not out.exists()


def test_without_a_terminal_or_file_it_says_how(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    monkeypatch.setenv("WORKBOOK_PASSPHRASE", PASSPHRASE)  # must be ignored
    assert main(["demo", "--data-dir", str(tmp_path / "w")]) == 1
    assert "--passphrase-file" in capsys.readouterr().err
    assert not keys.has_keys(tmp_path / "w")


def test_interactive_prompt(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    answers = iter([PASSPHRASE, PASSPHRASE, PASSPHRASE])
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr("sys.stdin", Terminal(""))
    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    folder = tmp_path / "w"
    assert main(["demo", "--data-dir", str(folder)]) == 0
    assert main(["export", "--out", str(tmp_path / "p.json"), "--data-dir", str(folder)]) == 0
    assert prompts == [
        "Choose a passphrase for this workbook: ",
        "Type it again: ",
        "Passphrase: ",
    ]
    capsys.readouterr()
    # Two different answers when choosing: nothing is created.
    answers = iter(["one two three four", "one two three five"])
    assert main(["demo", "--data-dir", str(tmp_path / "x")]) == 1
    assert "not the same" in capsys.readouterr().err
    assert not keys.has_keys(tmp_path / "x")


def test_a_workbook_from_before_protection_is_encrypted_on_first_open(
    tmp_path: Path, secret: Path, demo
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "old"
    repo = PlanRepository.open(folder)  # plain, as written before protection existed
    repo.replace_plan(demo)
    repo.close()
    assert (folder / "workbook.db").read_bytes().startswith(b"SQLite format 3")
    out = tmp_path / "plan.json"
    argv = ["export", "--out", str(out), "--data-dir", str(folder)]
    assert main([*argv, "--passphrase-file", str(secret)]) == 0
    assert not (folder / "workbook.db").read_bytes().startswith(b"SQLite format 3")
    data_key = keys.unlock_with_passphrase(folder, PASSPHRASE)
    repo = PlanRepository.open(folder, data_key)
    try:
        assert repo.load_plan().contacts == demo.contacts
    finally:
        repo.close()
