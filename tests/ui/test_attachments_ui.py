"""Evidence files in the contact log's editor and history, used as a person would, on a real
workbook in a temporary folder: files are stored encrypted off the UI thread, listed, kept
with the entry on Save (their hashes in its chain), carried into a correction, previewed from
memory and saved as checked copies; every bad file is a plain message next to the list and
leaves nothing behind."""

from __future__ import annotations

import errno
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QLabel, QListWidget
from pytestqt.qtbot import QtBot
from ui_helpers import click, find, type_into

from workbook.domain.model import ContactLogEntry
from workbook.storage import blobs
from workbook.storage.repository import PlanRepository
from workbook.ui import attachments, dialogs
from workbook.ui.attachments import EvidenceStager, EvidenceViewer, LogEntryEditor
from workbook.ui.store import PlanStore


@pytest.fixture
def store(folder: Path) -> Iterator[PlanStore]:
    repo = PlanRepository.open(folder)
    yield PlanStore(repo, folder)
    repo.close()


def evidence_files(folder: Path) -> list[str]:
    base = blobs.evidence_dir(folder)
    return sorted(os.listdir(base)) if base.exists() else []


def png(path: Path, colour: str = "darkcyan", size: tuple[int, int] = (120, 80)) -> Path:
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def new_editor(qtbot: QtBot, store: PlanStore, record: ContactLogEntry | None = None) -> Any:
    editor = LogEntryEditor(store, ContactLogEntry, record, None)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def add(editor: Any, *paths: Path) -> EvidenceStager:
    stager: EvidenceStager = editor.evidence
    op = stager.add_paths(list(paths))
    assert op is not None
    op.wait()
    return stager


def listed(editor: Any) -> list[str]:
    widget = find(editor, QListWidget, "evidence-list")
    return [widget.item(i).text() for i in range(widget.count())]


def message(root: Any, name: str = "evidence-message") -> str:
    label = find(root, QLabel, name)
    return label.text() if label.isVisible() else ""


def save(qtbot: QtBot, editor: Any, what: str = "He sent three messages at night.") -> None:
    type_into(qtbot, editor, "editor-contact-log-what_happened-edit", what)
    click(qtbot, editor, "button-editor-save")
    assert editor.saved_record is not None


# -- attaching, then saving ----------------------------------------------------------------
def test_files_added_then_saved_are_in_the_chain(
    qtbot: QtBot, store: PlanStore, folder: Path, tmp_path: Path
) -> None:
    picture = png(tmp_path / "screenshot.png")
    letter = write(tmp_path / "letter.pdf", b"%PDF-1.4 a letter from his lawyer\n" * 100)
    editor = new_editor(qtbot, store)
    add(editor, picture, letter)
    rows = listed(editor)
    assert len(rows) == 2
    assert rows[0].startswith("screenshot.png\n") and " · Image · " in rows[0]
    assert sha(picture)[:12] in rows[0]
    assert rows[1] == f"letter.pdf\n3 kB · PDF · SHA-256 {sha(letter)[:12]}…"
    assert len(evidence_files(folder)) == 2  # stored encrypted at once: staged
    seen: list[Any] = []
    store.changed.connect(seen.append)
    save(qtbot, editor)

    entry = store.plan.contact_log[-1]
    assert entry.attachment_hashes == [sha(picture), sha(letter)]
    check = store._repo.verify_log()
    assert check.intact, check
    assert check.latest_hash == entry.entry_hash
    names = [(a.name, a.media_type, a.sha256) for a in store.plan.attachments]
    assert names == [
        ("screenshot.png", "image/png", sha(picture)),
        ("letter.pdf", "application/pdf", sha(letter)),
    ]
    assert [a.id for a in store._repo.attachments_of(entry.id)] == [
        a.id for a in store.plan.attachments
    ]
    assert any(c.kind is ContactLogEntry and c.ids == (entry.id,) for c in seen)
    # The stored file is exactly the one chosen, and nothing readable is on disk.
    blob, key = store.attachment_secret(store.plan.attachments[0].id)
    assert b"".join(blobs.read_chunks(folder, blob, key)) == picture.read_bytes()
    for name in evidence_files(folder):
        assert b"PDF" not in (blobs.evidence_dir(folder) / name).read_bytes()


def test_the_page_opens_the_editor_with_the_evidence_area(
    qtbot: QtBot, folder: Path, open_session: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from ui_helpers import raise_failures, when_modal

    picture = png(tmp_path / "photo.png")
    monkeypatch.setattr(dialogs, "open_file_paths", lambda *_a, **_k: [picture])
    session = open_session()
    session.app.show_wizard(None)
    session.wizard.go_to("contact-log")
    page = session.wizard.currentPage()

    def fill(dialog: Any) -> None:
        assert isinstance(dialog, LogEntryEditor)
        click(qtbot, dialog, "button-evidence-add")
        assert dialog.evidence.op is not None
        dialog.evidence.op.wait()
        assert len(listed(dialog)) == 1
        save(qtbot, dialog)

    when_modal(fill)
    click(qtbot, page, "button-contact-log-add")
    raise_failures()
    entry = session.repo.list(ContactLogEntry)[-1]
    assert entry.attachment_hashes == [sha(picture)]
    assert session.repo.verify_log().intact


def test_dropping_files_on_the_area_adds_them(
    qtbot: QtBot, store: PlanStore, tmp_path: Path
) -> None:
    one = write(tmp_path / "voice message.ogg", b"OggS" + os.urandom(5000))
    two = write(tmp_path / "notes.txt", b"He came to the school gate at 15:10.\n")
    editor = new_editor(qtbot, store)
    area = editor.evidence
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(one)), QUrl.fromLocalFile(str(two))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    area.dropEvent(drop)
    assert drop.isAccepted()
    assert area.op is not None
    area.op.wait()
    rows = listed(editor)
    assert [r.split("\n")[0] for r in rows] == ["voice message.ogg", "notes.txt"]
    assert "Recording" in rows[0] and "Document" in rows[1]


def test_removing_a_staged_file_removes_its_encrypted_copy(
    qtbot: QtBot, store: PlanStore, folder: Path, tmp_path: Path
) -> None:
    keep = write(tmp_path / "keep.jpg", os.urandom(3000))
    drop = write(tmp_path / "wrong one.jpg", os.urandom(3000))
    editor = new_editor(qtbot, store)
    add(editor, keep, drop)
    assert len(evidence_files(folder)) == 2
    files = find(editor, QListWidget, "evidence-list")
    files.setCurrentRow(1)
    click(qtbot, editor, "button-evidence-remove")
    assert [r.split("\n")[0] for r in listed(editor)] == ["keep.jpg"]
    assert len(evidence_files(folder)) == 1
    save(qtbot, editor)
    assert store.plan.contact_log[-1].attachment_hashes == [sha(keep)]
    assert len(evidence_files(folder)) == 1


@pytest.mark.parametrize("how", ["discard", "escape", "quit"])
def test_leaving_without_saving_removes_the_staged_files(
    qtbot: QtBot, store: PlanStore, folder: Path, tmp_path: Path, how: str
) -> None:
    editor = new_editor(qtbot, store)
    add(editor, write(tmp_path / "a.png", os.urandom(2000)))
    assert len(evidence_files(folder)) == 1
    if how == "discard":
        from ui_helpers import answer_message, raise_failures

        type_into(qtbot, editor, "editor-contact-log-what_happened-edit", "Not sure yet.")
        answer_message(0)  # "Forget it"
        click(qtbot, editor, "button-editor-discard")
        raise_failures()
    elif how == "escape":
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
    else:
        QApplication.instance().aboutToQuit.emit()  # type: ignore[union-attr]
    assert evidence_files(folder) == []
    assert store.plan.contact_log == []
    assert store.plan.attachments == []


def test_the_same_file_twice_is_listed_once(
    qtbot: QtBot, store: PlanStore, folder: Path, tmp_path: Path
) -> None:
    file = write(tmp_path / "same.png", os.urandom(1500))
    editor = new_editor(qtbot, store)
    add(editor, file)
    add(editor, file)
    assert len(listed(editor)) == 1
    assert "already in the list" in message(editor)
    assert len(evidence_files(folder)) == 1


# -- bad input: a plain message next to the list, nothing half-added, the chain intact -----
def _bad(tmp_path: Path, kind: str) -> Path:
    if kind == "missing":
        return tmp_path / "gone.png"
    if kind == "empty":
        return write(tmp_path / "empty.png", b"")
    if kind == "huge":
        path = tmp_path / "huge.mp4"
        with open(path, "wb") as handle:
            handle.truncate(4 * 1024**3)  # sparse: takes no room
        return path
    if kind == "folder":
        path = tmp_path / "a folder"
        path.mkdir()
        return path
    path = write(tmp_path / "locked.png", os.urandom(100))
    path.chmod(0)
    return path


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("missing", "This file is no longer there. Please choose it again."),
        ("empty", "This file is empty (0 bytes), so there is nothing to attach."),
        ("huge", "This file is too large to attach (4,096 MB; the most is 2,048 MB)."),
        ("folder", "This is a folder, not a file."),
        ("unreadable", "Workbook may not read this file."),
    ],
)
def test_a_bad_file_is_a_plain_message_and_adds_nothing(
    qtbot: QtBot,
    *,
    store: PlanStore,
    folder: Path,
    tmp_path: Path,
    monkeypatch: Any,
    kind: str,
    expected: str,
) -> None:
    if kind == "unreadable" and os.geteuid() == 0:  # root reads any file: refuse it as a
        real_open = open  # file system without permission would

        def refusing_open(path: Any, *args: Any, **kwargs: Any) -> Any:
            if Path(path).name == "locked.png":
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr(blobs, "open", refusing_open, raising=False)
    good = write(tmp_path / "good.png", os.urandom(1000))
    editor = new_editor(qtbot, store)
    bad = _bad(tmp_path, kind)
    add(editor, bad, good)
    text = message(editor)
    assert text.startswith(f"{bad.name}: {expected}"), text
    assert "Traceback" not in text and "Error" not in text
    assert [r.split("\n")[0] for r in listed(editor)] == ["good.png"]
    assert len(evidence_files(folder)) == 1
    save(qtbot, editor)
    assert store.plan.contact_log[-1].attachment_hashes == [sha(good)]
    assert store._repo.verify_log().intact


def test_a_file_changing_while_read_is_refused(
    qtbot: QtBot, store: PlanStore, folder: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    growing = write(tmp_path / "recording.m4a", os.urandom(blobs.CHUNK * 3))
    real = blobs.store_file

    def store_while_recording(folder: Path, source: Path, **kwargs: Any) -> blobs.StoredBlob:
        report = kwargs["progress"]

        def progress(done: int, total: int) -> None:
            if done == blobs.CHUNK:
                with open(source, "ab") as handle:
                    handle.write(b"the recording goes on")
            report(done, total)

        return real(folder, source, **{**kwargs, "progress": progress})

    monkeypatch.setattr(attachments.blobs, "store_file", store_while_recording)
    editor = new_editor(qtbot, store)
    add(editor, growing)
    assert message(editor).startswith(
        "recording.m4a: This file changed while it was being read, so it was not attached."
    )
    assert listed(editor) == []
    assert evidence_files(folder) == []


def test_a_full_disk_half_way_adds_nothing(
    qtbot: QtBot, store: PlanStore, folder: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    big = write(tmp_path / "video.mp4", os.urandom(blobs.CHUNK * 3))
    real_fdopen = os.fdopen

    class Filling:
        def __init__(self, handle: Any) -> None:
            self.handle = handle
            self.written = 0

        def write(self, data: bytes) -> int:
            self.written += len(data)
            if self.written > blobs.CHUNK * 2:
                raise OSError(errno.ENOSPC, "No space left on device")
            return int(self.handle.write(data))

        def __getattr__(self, name: str) -> Any:
            return getattr(self.handle, name)

        def __enter__(self) -> Filling:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

    monkeypatch.setattr(blobs.os, "fdopen", lambda fd, mode: Filling(real_fdopen(fd, mode)))
    editor = new_editor(qtbot, store)
    add(editor, big)
    assert message(editor) == (
        "video.mp4: The disk is full, so the file was not attached. Nothing was changed. "
        "Free some space, then attach it again."
    )
    assert listed(editor) == []
    assert evidence_files(folder) == []
    monkeypatch.undo()
    save(qtbot, editor)
    assert store.plan.contact_log[-1].attachment_hashes == []
    assert store._repo.verify_log().intact


def test_cancel_adds_nothing_even_files_already_stored(
    qtbot: QtBot, store: PlanStore, folder: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    first = write(tmp_path / "first.png", os.urandom(2000))
    second = write(tmp_path / "second.mp4", os.urandom(blobs.CHUNK * 3))
    real = blobs.store_file
    editor = new_editor(qtbot, store)
    stager: EvidenceStager = editor.evidence

    def store_then_cancel(folder: Path, source: Path, **kwargs: Any) -> blobs.StoredBlob:
        if source == second:
            assert len(evidence_files(folder)) == 1  # the first is stored already
            assert stager.op is not None
            stager.op.cancel()  # what the progress dialog's Cancel button does
        return real(folder, source, **kwargs)

    monkeypatch.setattr(attachments.blobs, "store_file", store_then_cancel)
    add(editor, first, second)
    assert message(editor) == "Attaching was stopped. Nothing was added."
    assert listed(editor) == []
    assert evidence_files(folder) == []
    assert find(editor, type(stager.add_button), "button-evidence-add").isEnabled()


def test_save_waits_for_files_being_stored(
    qtbot: QtBot, store: PlanStore, folder: Path, tmp_path: Path
) -> None:
    editor = new_editor(qtbot, store)
    stager: EvidenceStager = editor.evidence
    op = stager.add_paths([write(tmp_path / "slow.png", os.urandom(blobs.CHUNK * 2))])
    assert op is not None
    if not op.done:
        editor.accept()
        assert editor.saved_record is None
        assert "Please wait" in message(editor)
    op.wait()
    save(qtbot, editor)
    assert len(store.plan.contact_log[-1].attachment_hashes) == 1


# -- corrections carry the files forward ---------------------------------------------------
def test_a_correction_carries_files_forward_and_can_add_and_drop(
    qtbot: QtBot, store: PlanStore, folder: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    from workbook.ui.page_contact_log import CorrectionEditor

    one = png(tmp_path / "one.png", "navy")
    two = write(tmp_path / "two.pdf", b"%PDF-1.4 letter" * 50)
    editor = new_editor(qtbot, store)
    add(editor, one, two)
    save(qtbot, editor, "First version.")
    first = store.plan.contact_log[-1]

    monkeypatch.setattr(
        "workbook.ui.page_contact_log.ReasonDialog.ask", lambda *_a, **_k: "Wrong letter."
    )
    correcting = CorrectionEditor(store, first, None)
    qtbot.addWidget(correcting)
    correcting.show()
    assert [r.split("\n")[0] for r in listed(correcting)] == ["one.png", "two.pdf"]
    three = write(tmp_path / "three.pdf", b"%PDF-1.4 the right letter" * 50)
    find(correcting, QListWidget, "evidence-list").setCurrentRow(1)
    click(qtbot, correcting, "button-evidence-remove")
    add(correcting, three)
    click(qtbot, correcting, "button-editor-save")  # only the files changed: still a correction
    assert correcting.saved_record is not None

    second = store.plan.contact_log[-1]
    assert second.corrects_id == first.id
    assert second.attachment_hashes == [sha(one), sha(three)]
    assert first.attachment_hashes == [sha(one), sha(two)]
    assert store._repo.verify_log().intact
    # one.png's encrypted file serves both versions; two.pdf's stays for the first version.
    assert len(evidence_files(folder)) == 3
    rows = store._repo.attachments_of(second.id)
    assert [a.name for a in rows] == ["one.png", "three.pdf"]
    carried = store.attachment_secret(rows[0].id)
    assert carried == store.attachment_secret(store._repo.attachments_of(first.id)[0].id)


def test_cancelling_a_correction_keeps_the_earlier_files(
    qtbot: QtBot, store: PlanStore, folder: Path, tmp_path: Path
) -> None:
    editor = new_editor(qtbot, store)
    add(editor, png(tmp_path / "kept.png"))
    save(qtbot, editor)
    first = store.plan.contact_log[-1]
    from workbook.ui.page_contact_log import CorrectionEditor

    correcting = CorrectionEditor(store, first, None)
    qtbot.addWidget(correcting)
    correcting.show()
    find(correcting, QListWidget, "evidence-list").setCurrentRow(0)
    click(qtbot, correcting, "button-evidence-remove")  # carried: its file is not touched
    add(correcting, write(tmp_path / "new.png", os.urandom(900)))
    qtbot.keyClick(correcting, Qt.Key.Key_Escape)
    assert len(evidence_files(folder)) == 1
    blob, key = store.attachment_secret(store.plan.attachments[0].id)
    assert blobs.sha256_of(folder, blob, key) == first.attachment_hashes[0]


# -- the history: preview from memory, save a checked copy, plain problems ----------------
def saved_entry(qtbot: QtBot, store: PlanStore, *paths: Path) -> ContactLogEntry:
    editor = new_editor(qtbot, store)
    add(editor, *paths)
    save(qtbot, editor)
    return store.plan.contact_log[-1]


def viewer_for(qtbot: QtBot, store: PlanStore, entry: ContactLogEntry) -> EvidenceViewer:
    viewer = EvidenceViewer(store, [entry])
    qtbot.addWidget(viewer)
    viewer.show()
    viewer.wait()
    return viewer


def test_an_image_is_previewed_from_memory(
    qtbot: QtBot, store: PlanStore, folder: Path, tmp_path: Path
) -> None:
    entry = saved_entry(qtbot, store, png(tmp_path / "photo.png", "crimson", (400, 300)))
    before = {p for p in Path(tmp_path).rglob("*")}
    viewer = viewer_for(qtbot, store, entry)
    preview = find(viewer, QLabel, "evidence-preview")
    pixmap = preview.pixmap()
    assert not pixmap.isNull()
    assert pixmap.width() / pixmap.height() == pytest.approx(4 / 3, rel=0.02)
    assert pixmap.width() <= max(preview.width(), 16) and pixmap.height() <= preview.height()
    assert pixmap.toImage().pixelColor(100, 100) == QColor("crimson")
    item = find(viewer, QListWidget, "evidence-viewer-list").item(0)
    assert not item.icon().isNull()
    assert {p for p in Path(tmp_path).rglob("*")} == before  # nothing written anywhere


def test_save_a_copy_checks_the_file(
    qtbot: QtBot, store: PlanStore, folder: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    letter = write(tmp_path / "letter.pdf", b"%PDF-1.4 " + os.urandom(4000))
    entry = saved_entry(qtbot, store, letter)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(dialogs, "save_file_path", lambda _p, name, *_a, **_k: out / name)
    viewer = viewer_for(qtbot, store, entry)
    assert "No preview" in find(viewer, QLabel, "evidence-preview").text()
    click(qtbot, viewer, "button-evidence-save-copy")
    viewer.wait()
    assert (out / "letter.pdf").read_bytes() == letter.read_bytes()
    assert oct((out / "letter.pdf").stat().st_mode & 0o777) == "0o600"
    assert "Saved a copy to" in message(viewer, "evidence-viewer-message")


def test_missing_and_damaged_files_are_plain_messages(
    qtbot: QtBot, store: PlanStore, folder: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    entry = saved_entry(
        qtbot, store, png(tmp_path / "gone.png", "teal"), png(tmp_path / "bent.png", "olive")
    )
    gone, bent = store.plan.attachments
    gone_blob, _key = store.attachment_secret(gone.id)
    bent_blob, _key = store.attachment_secret(bent.id)
    os.unlink(blobs.evidence_dir(folder) / gone_blob)
    damaged = bytearray((blobs.evidence_dir(folder) / bent_blob).read_bytes())
    damaged[-5] ^= 1
    (blobs.evidence_dir(folder) / bent_blob).write_bytes(bytes(damaged))

    viewer = viewer_for(qtbot, store, entry)
    rows = find(viewer, QListWidget, "evidence-viewer-list")
    texts = [rows.item(i).text() for i in range(rows.count())]
    assert "This evidence file is missing from the data folder." in texts[0]
    assert "This evidence file is damaged or was changed outside Workbook" in texts[1]
    rows.setCurrentRow(1)
    assert "damaged" in find(viewer, QLabel, "evidence-preview").text()

    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(dialogs, "save_file_path", lambda _p, name, *_a, **_k: out / name)
    click(qtbot, viewer, "button-evidence-save-copy")
    viewer.wait()
    assert message(viewer, "evidence-viewer-message").startswith(
        "This evidence file is damaged or was changed outside Workbook"
    )
    assert list(out.iterdir()) == []
    assert "Traceback" not in " ".join(texts)


def test_the_history_lists_files_of_earlier_versions(
    qtbot: QtBot, store: PlanStore, tmp_path: Path, monkeypatch: Any
) -> None:
    from workbook.ui.page_contact_log import CorrectionEditor

    first = saved_entry(qtbot, store, png(tmp_path / "a.png"), write(tmp_path / "b.txt", b"b"))
    monkeypatch.setattr(
        "workbook.ui.page_contact_log.ReasonDialog.ask", lambda *_a, **_k: "b was wrong"
    )
    correcting = CorrectionEditor(store, first, None)
    qtbot.addWidget(correcting)
    correcting.show()
    find(correcting, QListWidget, "evidence-list").setCurrentRow(1)
    click(qtbot, correcting, "button-evidence-remove")
    click(qtbot, correcting, "button-editor-save")
    second = store.plan.contact_log[-1]
    viewer = EvidenceViewer(store, [first, second])
    qtbot.addWidget(viewer)
    viewer.wait()
    rows = find(viewer, QListWidget, "evidence-viewer-list")
    texts = [rows.item(i).text() for i in range(rows.count())]
    assert texts[0].startswith("a.png\n")
    assert texts[1].startswith("b.txt\n") and texts[1].endswith("(in an earlier version only)")


def test_the_evidence_buttons_take_alt_letters_nobody_else_uses(
    qtbot: QtBot, store: PlanStore, tmp_path: Path
) -> None:
    from test_accessibility import duplicate_mnemonics

    editor = new_editor(qtbot, store)
    add(editor, png(tmp_path / "a.png"))
    find(editor, QListWidget, "evidence-list").setCurrentRow(0)
    assert "&" in editor.evidence.add_button.text()
    assert "&" in editor.evidence.remove_button.text()
    assert duplicate_mnemonics(editor) == {}
    from workbook.ui.attachments import add_viewer
    from workbook.ui.page_contact_log import HistoryDialog

    entry = saved_entry(qtbot, store, png(tmp_path / "b.png"))
    history = HistoryDialog([entry], store.plan, None)
    qtbot.addWidget(history)
    add_viewer(history, store, [entry])
    history.show()
    history.findChild(EvidenceViewer).wait()
    assert find(history, QListWidget, "evidence-viewer-list").count() == 1
    assert duplicate_mnemonics(history) == {}
