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


# --------------------------------------------------------------------------- changing secrets

NEW_PASSPHRASE = "seven quiet herons at dawn"
FAST = keys.PassphraseKdf(memory_kib=64, iterations=1, lanes=1)


@pytest.fixture
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """The product's Argon2id costs ~1 s per derivation; these tests derive many times."""
    from workbook.storage import rekey

    monkeypatch.setitem(rekey.rekey.__kwdefaults__, "kdf", FAST)
    monkeypatch.setitem(keys.create_keys.__kwdefaults__, "kdf", FAST)


def _workbook(folder: Path, names: list[str]) -> str:
    """A protected workbook holding contacts `names`, with one backup; the recovery code."""
    from workbook.domain.model import TrustedContact

    created = keys.create_keys(folder, PASSPHRASE, kdf=FAST)
    repo = PlanRepository.open(folder, created.data_key)
    try:
        for name in names:
            repo.save(TrustedContact(name=name))
        assert repo.backups is not None
        repo.backups.backup_now()
    finally:
        repo.close()
    return created.recovery_code


def _opens_anything(folder: Path, data_key: bytes) -> bool:
    import sqlcipher3

    from workbook.storage.backups import list_backups

    for path in [folder / "workbook.db", *list_backups(folder)]:
        connection = sqlcipher3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            connection.execute(keys.sqlcipher_key_pragma(data_key))
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return True
        except sqlcipher3.DatabaseError:
            continue
        finally:
            connection.close()
    return False


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


@pytest.mark.usefixtures("cheap_kdf")
def test_change_passphrase_from_files_rekeys_so_an_old_key_file_opens_nothing(
    tmp_path: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "w"
    code = _workbook(folder, ["Dana Example"])
    stolen = tmp_path / "stolen.json"
    stolen.write_bytes((folder / "keys.json").read_bytes())
    new = _file(tmp_path, "new.txt", NEW_PASSPHRASE)
    argv = ["change-passphrase", "--data-dir", str(folder), "--passphrase-file", str(secret)]
    assert main([*argv, "--new-passphrase-file", str(new)]) == 0
    out, err = capsys.readouterr()
    assert "new passphrase is set" in out and "earlier copy of the key file" in out
    assert PASSPHRASE not in out + err and NEW_PASSPHRASE not in out + err
    data_key = keys.unlock_with_passphrase(folder, NEW_PASSPHRASE)
    assert keys.unlock_with_recovery_code(folder, code) == data_key
    old_key = keys.unlock_file_with_passphrase(stolen, PASSPHRASE)
    assert not _opens_anything(folder, old_key)
    assert _opens_anything(folder, data_key)
    # The old passphrase no longer works from the command line either.
    argv = ["export", "--out", str(tmp_path / "p.json"), "--data-dir", str(folder)]
    assert main([*argv, "--passphrase-file", str(secret)]) == 1
    assert main([*argv, "--passphrase-file", str(new)]) == 0


@pytest.mark.usefixtures("cheap_kdf")
def test_new_recovery_code_is_printed_once_and_the_old_one_opens_nothing(
    tmp_path: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "w"
    old_code = _workbook(folder, ["Dana Example"])
    stolen_copy = tmp_path / "stolen-copy.json"
    stolen_copy.write_bytes((folder / "backups" / "keys.json").read_bytes())
    argv = ["new-recovery-code", "--data-dir", str(folder), "--passphrase-file", str(secret)]
    assert main(argv) == 0
    out, err = capsys.readouterr()
    codes = [line.strip() for line in err.splitlines() if line.strip().count("-") == 5]
    assert len(codes) == 1 and codes[0] not in out  # once, on the error stream
    data_key = keys.unlock_with_recovery_code(folder, codes[0])
    assert keys.unlock_with_passphrase(folder, PASSPHRASE) == data_key
    with pytest.raises(keys.WrongSecret):
        keys.unlock_with_recovery_code(folder, old_code)
    old_key = keys.unlock_file_with_recovery_code(stolen_copy, old_code)
    assert not _opens_anything(folder, old_key)


@pytest.mark.usefixtures("cheap_kdf")
def test_secret_commands_refuse_plainly_and_change_nothing(
    tmp_path: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "w"
    _workbook(folder, ["Dana Example"])
    before = hashes(folder)
    wrong = _file(tmp_path, "wrong.txt", "amber gulls circle the ferry boat")
    new = _file(tmp_path, "new.txt", NEW_PASSPHRASE)
    short = _file(tmp_path, "short.txt", "tiny")
    base = ["change-passphrase", "--data-dir", str(folder)]
    cases = [
        ([*base, "--passphrase-file", str(wrong), "--new-passphrase-file", str(new)], "doesn't"),
        ([*base, "--passphrase-file", str(secret), "--new-passphrase-file", str(short)], "8"),
        ([*base, "--passphrase-file", str(secret)], "--new-passphrase-file"),
        (
            ["new-recovery-code", "--data-dir", str(folder), "--passphrase-file", str(wrong)],
            "doesn't",
        ),
    ]
    for argv, expected in cases:
        assert main(argv) == 1, argv
        err = capsys.readouterr().err
        assert expected in err and "Traceback" not in err
        assert hashes(folder) == before
    # The new passphrase is never taken from an argument value.
    with pytest.raises(SystemExit):
        from workbook.cli import _build_parser

        _build_parser().parse_args([*base, "--new-passphrase", NEW_PASSPHRASE])


def test_export_and_import_without_a_workbook_create_nothing(
    tmp_path: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "mistyped"
    plan_file = tmp_path / "plan.json"
    from workbook.domain.demo import demo_plan
    from workbook.export.plan_json import plan_to_json

    plan_file.write_text(plan_to_json(demo_plan()), encoding="utf-8")
    out = tmp_path / "out.pdf"
    for argv in (
        ["export", "--out", str(out), "--data-dir", str(missing)],
        ["import", str(plan_file), "--data-dir", str(missing)],
        ["new-recovery-code", "--data-dir", str(missing)],
        ["change-passphrase", "--data-dir", str(missing)],
    ):
        assert main([*argv, "--passphrase-file", str(secret)]) == 1
        out_text, err = capsys.readouterr()
        assert f"No workbook in {missing}" in err, err
        assert "recovery code" not in out_text
        assert not missing.exists()
        assert not out.exists()
    # An existing but empty folder is no workbook either, and stays empty.
    missing.mkdir()
    assert (
        main(
            [
                "export",
                "--out",
                str(out),
                "--data-dir",
                str(missing),
                "--passphrase-file",
                str(secret),
            ]
        )
        == 1
    )
    assert list(missing.iterdir()) == []


@pytest.mark.usefixtures("cheap_kdf")
def test_an_older_copy_is_refused_unless_accepted(
    tmp_path: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    from workbook.storage.backups import list_backups

    folder = tmp_path / "w"
    _workbook(folder, ["Dana Example"])
    data_key = keys.unlock_with_passphrase(folder, PASSPHRASE)
    from workbook.domain.model import TrustedContact

    repo = PlanRepository.open(folder, data_key, automatic_backups=False)
    repo.save(TrustedContact(name="Added after the backup"))
    repo.close()
    shutil.copyfile(list_backups(folder)[0], folder / "workbook.db")  # put back in time
    before = hashes(folder)
    out = tmp_path / "plan.json"
    argv = [
        "export",
        "--out",
        str(out),
        "--data-dir",
        str(folder),
        "--passphrase-file",
        str(secret),
    ]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "older than the newest one" in err and "1 saved change behind" in err
    assert "--accept-older-copy" in err and "Traceback" not in err
    assert hashes(folder) == before and not out.exists()
    assert main([*argv, "--accept-older-copy"]) == 0
    assert "kept as workbook-older-" in capsys.readouterr().err
    assert len(list(folder.glob("workbook-older-*.db"))) == 1
    assert main([*argv, "--force"]) == 0  # from now on it is the newest version


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_passphrase_file_that_never_ends_is_read_only_so_far(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "w"
    _workbook(folder, ["Dana Example"])
    argv = ["export", "--out", str(tmp_path / "p.json"), "--data-dir", str(folder)]
    assert main([*argv, "--passphrase-file", "/dev/zero"]) == 1
    assert "doesn't open" in capsys.readouterr().err
