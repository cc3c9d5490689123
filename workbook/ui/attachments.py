"""Evidence files of the contact log, as the person sees them (storage/blobs.py stores them).

* `EvidenceStager`: the "Evidence files" area of a log entry's editor. Files come in through
  "Add files…" or by dropping them on the area; each is read, hashed and encrypted into the
  evidence folder at once, off the UI thread (ui/ops.py, with progress and Cancel), and
  listed with its name, size, type and the start of its SHA-256. Until the entry is saved
  such a file is only *staged*: its encrypted blob exists, no row names it. Save writes the
  entry and its files' rows in one transaction (`PlanStore.append_log_with_files`);
  removing a file from the list, closing the editor without saving, or quitting removes the
  staged blobs again.
* `LogEntryEditor`: the contact-log entry's editor with that area. A correction carries the
  corrected entry's files forward (new rows naming the same encrypted file and key) unless
  they are removed from the list; their blobs belong to the earlier version too and are never
  removed here.
* `EvidenceViewer`: the entry's files in its history: an image is previewed from memory
  (decrypted and decoded in this process: nothing is written to disk, nothing reaches the
  system's thumbnail cache); "Save a copy…" writes the plain file where the person chooses,
  after checking its SHA-256 against the record. No button hands a file to another program.

A crash between staging and Save leaves a blob that no row names: encrypted noise whose key
existed only in this process. `blobs.clean_folder` could remove such files, but it is never
run automatically: on a database that was rolled back (a restored backup, a lost write) it
would destroy files that a newer copy of the database still names.
"""

from __future__ import annotations

import contextlib
import mimetypes
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.domain.model import Attachment, ContactLogEntry, Record, now
from workbook.storage import blobs
from workbook.storage.blobs import EvidenceError, StoredBlob
from workbook.storage.errors import StorageError
from workbook.ui import dialogs
from workbook.ui.common import plural, storage_message
from workbook.ui.editor import RecordEditor, pick_mnemonics
from workbook.ui.ops import Op, Progress
from workbook.ui.store import PlanStore
from workbook.ui.theme import MessageLabel

_CONTEXT = "Evidence"
_BYTES = QT_TRANSLATE_NOOP(_CONTEXT, "%n bytes", "", 0)
THUMB = 48  # px, the icon in a list
PREVIEW_MOST = 64 * 1024**2  # bytes: a larger image is not decoded for a preview
_IMAGE_TYPES = frozenset(
    {"image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp", "image/x-ms-bmp"}
)


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def mnemonic_of(text: str) -> str:
    """The Alt letter of a label or button text ("" when it has none)."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else ""


# -- describing a file --------------------------------------------------------------------
def media_type_of(name: str) -> str:
    """A file's type guessed from its name only (its content is never sniffed)."""
    guessed, _encoding = mimetypes.guess_type(name, strict=False)
    return guessed or "application/octet-stream"


def type_text(media_type: str) -> str:
    main, _slash, sub = media_type.partition("/")
    if media_type == "application/pdf":
        return _t("PDF")
    if main == "image":
        return _t("Image")
    if main == "audio":
        return _t("Recording")
    if main == "video":
        return _t("Video")
    if main == "text" or "document" in sub or sub in ("msword", "rtf"):
        return _t("Document")
    return _t("File")


def size_text(size: int) -> str:
    """A file's size the local way: "1 byte", "512 bytes" (a plural text), then Qt's own
    "3 kB", "2.5 MB", "1.25 GB" with the locale's decimal sign and unit names."""
    if size < 1024:
        return plural(_CONTEXT, _BYTES, size, "1 byte")
    digits = 0 if size < 1024**2 else 1 if size < 1024**3 else 2
    return QLocale().formattedDataSize(
        size, digits, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )


def short_hash(sha256: str) -> str:
    return sha256[:12]


def describe(attachment: Attachment) -> str:
    """Two lines for a list: the name, then size, type and the start of the SHA-256."""
    return _t("{name}\n{size} · {type} · SHA-256 {hash}…").format(
        name=attachment.name,
        size=size_text(attachment.size),
        type=type_text(attachment.media_type),
        hash=short_hash(attachment.sha256),
    )


def file_list(name: str, parent: QWidget) -> QListWidget:
    """A list of files: a thumbnail (or the style's file icon) and two lines each."""
    files = QListWidget(parent)
    files.setObjectName(name)
    files.setAccessibleName(_t("Evidence files"))
    files.setIconSize(QSize(THUMB, THUMB))
    files.setWordWrap(True)
    files.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    files.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return files


def add_item(files: QListWidget, text: str, tooltip: str, image: QImage | None) -> QListWidgetItem:
    item = QListWidgetItem(text, files)
    item.setToolTip(tooltip)
    item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", "))
    if image is not None:
        item.setIcon(QIcon(QPixmap.fromImage(_scaled(image, THUMB))))
    else:
        item.setIcon(files.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
    if text.count("\n") == 1:  # longer texts (a problem) are measured by the list itself
        item.setSizeHint(QSize(0, max(THUMB + 8, files.fontMetrics().lineSpacing() * 2 + 10)))
    return item


def preview_op(
    parent: QWidget,
    folder: Path,
    blob: str,
    key: bytes,
    shown: Callable[[QImage | None, str], None],
) -> Op[bytes]:
    """Decrypt an image into memory off the UI thread and decode it on the UI thread; then
    `shown(image, "")`, or `shown(None, plain message)`. Nothing is written anywhere."""

    def done(data: bytes) -> None:
        image = decode_image(data)
        shown(image, "" if image is not None else _t("This image could not be shown here."))

    def failed(error: BaseException) -> None:
        shown(
            None,
            str(error)
            if isinstance(error, EvidenceError)
            else _t("This file could not be read just now."),
        )

    op = Op(parent, lambda _p: _read_for_preview(folder, blob, key), success=done)
    return op.failure(failed).run_in_background()


class _Preview(QLabel):
    """An image scaled to the room it has (never larger than the image itself)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.image: QImage | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setMinimumSize(160, 120)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def show_image(self, image: QImage | None, text: str = "") -> None:
        self.image = image
        if image is None:
            self.clear()
            self.setText(text)
        self._fit()

    def _fit(self) -> None:
        image = self.image
        if image is not None:
            room = QSize(max(16, self.width() - 8), max(16, self.height() - 8))
            if image.width() > room.width() or image.height() > room.height():
                image = image.scaled(
                    room,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            self.setPixmap(QPixmap.fromImage(image))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


def is_previewable(attachment: Attachment) -> bool:
    return attachment.media_type in _IMAGE_TYPES and attachment.size <= PREVIEW_MOST


def decode_image(data: bytes) -> QImage | None:
    """The image in memory, or None when the bytes are not an image Qt can read."""
    image = QImage.fromData(data)
    return None if image.isNull() else image


# -- staging -------------------------------------------------------------------------------
@dataclass
class StagedFile:
    """A file in the editor's list: its row-to-be and its encrypted blob. `carried` files came
    with the entry being corrected: their blob is that entry's too and is never removed."""

    attachment: Attachment
    stored: StoredBlob
    carried: bool = False


@dataclass
class _Outcome:
    stored: list[tuple[Path, StoredBlob]] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (file name, message)


def _store_files(folder: Path, paths: Sequence[Path], progress: Progress) -> _Outcome:
    """On the worker thread: hash and encrypt each file. A file that cannot be attached is
    named with its plain message; a Cancel removes every file this run stored."""
    outcome = _Outcome()
    sizes = []
    for path in paths:
        try:
            sizes.append(max(0, os.stat(path).st_size))
        except OSError:
            sizes.append(0)
    total = sum(sizes) or 1
    done = [0]

    def report(part: int, _whole: int) -> None:
        progress.update(done[0] + part, total)

    def stopped() -> bool:
        return progress.cancelled

    try:
        for path, size in zip(paths, sizes, strict=True):
            if progress.cancelled:
                raise EvidenceError(_t("Attaching was stopped. Nothing was added."))
            try:
                stored = blobs.store_file(folder, path, progress=report, cancelled=stopped)
            except EvidenceError as error:
                if progress.cancelled:
                    raise
                outcome.refused.append((path.name, str(error)))
            else:
                outcome.stored.append((path, stored))
            done[0] += size
    except BaseException:
        for _path, stored in outcome.stored:
            with contextlib.suppress(EvidenceError):
                blobs.remove_blob(folder, stored.blob)
        raise
    return outcome


class EvidenceStager(QFrame):
    """The "Evidence files" area of a log entry's editor."""

    def __init__(
        self,
        store: PlanStore,
        carried: Sequence[StagedFile] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.files: list[StagedFile] = list(carried)
        self.op: Op[_Outcome] | None = None
        self._closed = False
        self._kept = False
        self.setObjectName("evidence-area")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAcceptDrops(True)
        self.setAccessibleName(_t("Evidence files"))
        self.setAccessibleDescription(
            _t(
                "Screenshots, photos, recordings or letters that belong to this entry. Each "
                "file is stored encrypted and its SHA-256 goes into the record."
            )
        )
        title = QLabel(_t("Evidence files"), self)
        title.setObjectName("evidence-title")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        hint = QLabel(
            _t(
                "Add screenshots, photos, recordings or letters, or drop them here. Each is "
                "stored encrypted in the workbook, and kept when you save the entry; the "
                "original stays where it is."
            ),
            self,
        )
        hint.setObjectName("evidence-hint")
        hint.setWordWrap(True)
        self.thumbs: dict[str, QImage] = {}  # by SHA-256, decoded in memory only
        self._ops: list[Op[Any]] = []
        self.list = file_list("evidence-list", self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.message = MessageLabel(self)
        self.message.setObjectName("evidence-message")
        self.message.hide()
        self.add_button = QPushButton(_t("Add &files…"), self)
        self.add_button.setObjectName("button-evidence-add")
        self.add_button.setAutoDefault(False)
        self.add_button.setAccessibleDescription(
            _t("Choose one or more files to attach to this entry.")
        )
        self.remove_button = QPushButton(_t("Re&move from the list"), self)
        self.remove_button.setObjectName("button-evidence-remove")
        self.remove_button.setAutoDefault(False)
        self.remove_button.setAccessibleDescription(
            _t("The selected files will not be attached to this entry.")
        )
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.list)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        if store.folder is None:
            self.add_button.setEnabled(False)
            self.show_message(_t("Files can be attached once the workbook is open."), "warning")
        self._refill()
        for staged in self.files:
            self._thumbnail(staged)

    # -- state -------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.op is not None and not self.op.done

    def hashes(self) -> list[str]:
        return [f.stored.sha256 for f in self.files]

    def staged(self) -> list[tuple[Attachment, StoredBlob]]:
        """The files to write with the entry, each as a new row (a new id)."""
        return [
            (
                Attachment(
                    name=f.attachment.name,
                    media_type=f.attachment.media_type,
                    size=f.stored.size,
                    sha256=f.stored.sha256,
                    added_at=f.attachment.added_at,
                ),
                f.stored,
            )
            for f in self.files
        ]

    def keep(self) -> None:
        """The entry was saved with its files: their blobs are named by rows now."""
        self._kept = True
        self._closed = True

    def discard_new(self) -> None:
        """The editor closes without saving (or the app quits): remove the blobs staged here.
        Those carried from the corrected entry stay: that entry still names them."""
        self._closed = True
        if self._kept:
            return
        for staged in self.files:
            if not staged.carried:
                self._remove_blob(staged.stored)
        self.files = [f for f in self.files if f.carried]
        if self.op is not None and not self.op.done:
            self.op.cancel()  # what it stores is removed when it reports back (_stored)

    def _remove_blob(self, stored: StoredBlob) -> None:
        if self.store.folder is None:
            return
        with contextlib.suppress(EvidenceError):
            blobs.remove_blob(self.store.folder, stored.blob)

    # -- showing -------------------------------------------------------------------------
    def _refill(self) -> None:
        self.list.clear()
        for staged in self.files:
            note = _t("Already attached to the version you correct.") if staged.carried else ""
            tooltip = "\n".join(
                part
                for part in (staged.attachment.name, "SHA-256 " + staged.stored.sha256, note)
                if part
            )
            image = self.thumbs.get(staged.stored.sha256)
            add_item(self.list, describe(staged.attachment), tooltip, image)
        row = max(THUMB + 8, self.list.fontMetrics().lineSpacing() * 2 + 10)
        rows = max(1, min(len(self.files), 4))
        self.list.setFixedHeight(row * rows + 2 * self.list.frameWidth() + 2)
        self._update_buttons()

    def _thumbnail(self, staged: StagedFile) -> None:
        folder = self.store.folder
        if folder is None or not is_previewable(staged.attachment):
            return

        def shown(image: QImage | None, _problem: str) -> None:
            if image is not None and not self._closed:
                self.thumbs[staged.stored.sha256] = image
                self._refill()

        self._ops.append(preview_op(self, folder, staged.stored.blob, staged.stored.key, shown))

    def wait(self) -> None:
        """Let the files being stored and the thumbnails finish (tests, screenshots)."""
        if self.op is not None:
            self.op.wait()
        for op in self._ops:
            op.wait()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()) and not self.busy)
        self.add_button.setEnabled(self.store.folder is not None and not self.busy)

    def show_message(self, text: str, tone: str = "error") -> None:
        self.message.show_message(text, tone)

    # -- adding ------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths = dialogs.open_file_paths(self, _t("All files (*)"))
        if paths:
            self.add_paths(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if urls and all(url.isLocalFile() for url in urls) and not self.busy:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
        if paths and not self.busy:
            event.acceptProposedAction()
            self.add_paths(paths)
        else:
            event.ignore()

    def add_paths(self, paths: Sequence[Path]) -> Op[_Outcome] | None:
        """Hash and encrypt `paths` off the UI thread; they join the list when done."""
        folder = self.store.folder
        if folder is None or self.busy or self._closed or not paths:
            return None
        chosen = [Path(p) for p in paths]
        self.show_message("")
        self.op = (
            Op(
                self,
                lambda progress: _store_files(folder, chosen, progress),
                success=self._stored,
                plain=(EvidenceError,),
                name="workbook-evidence",
            )
            .with_progress(_t("Storing the files encrypted…"), object_name="evidence-progress")
            .cancelled(self._stopped)
            .failure(self._failed)
        )
        self._update_buttons()
        self.op.run_in_background()
        return self.op

    def _stored(self, outcome: _Outcome) -> None:
        if self._closed:  # the editor closed meanwhile: nothing may stay behind
            for _path, stored in outcome.stored:
                self._remove_blob(stored)
            return
        known = set(self.hashes())
        repeated: list[str] = []
        for path, stored in outcome.stored:
            if stored.sha256 in known:  # the same file twice adds nothing to the record
                self._remove_blob(stored)
                repeated.append(path.name)
                continue
            known.add(stored.sha256)
            attachment = Attachment(
                name=path.name,
                media_type=media_type_of(path.name),
                size=stored.size,
                sha256=stored.sha256,
                added_at=now(),
            )
            self.files.append(StagedFile(attachment, stored))
        self._refill()
        for staged in self.files:
            if staged.stored.sha256 not in self.thumbs:
                self._thumbnail(staged)
        lines = [
            _t("{name}: {message}").format(name=name, message=message)
            for name, message in outcome.refused
        ]
        lines += [
            _t("{name} is already in the list, so it was not added again.").format(name=name)
            for name in repeated
        ]
        self.show_message("\n".join(lines), "error" if outcome.refused else "warning")
        self._changed()

    def _stopped(self) -> None:
        self._update_buttons()
        if not self._closed:
            self.show_message(_t("Attaching was stopped. Nothing was added."), "warning")

    def _failed(self, error: BaseException) -> None:
        self._update_buttons()
        if self._closed:
            return
        if isinstance(error, EvidenceError):
            self.show_message(str(error))
        else:
            self.show_message(
                _t("The files could not be attached just now. Nothing was added. Please try again.")
            )

    def remove_selected(self) -> None:
        rows = sorted((self.list.row(i) for i in self.list.selectedItems()), reverse=True)
        for row in rows:
            staged = self.files.pop(row)
            if not staged.carried:
                self._remove_blob(staged.stored)
        self._refill()
        self.show_message("")
        self._changed()

    def _changed(self) -> None:
        editor = self.window()
        if isinstance(editor, LogEntryEditor):
            editor.check()


def carried_files(store: PlanStore, entry_id: str) -> list[StagedFile]:
    """The files of entry `entry_id`, to carry forward into its correction."""
    found: list[StagedFile] = []
    for attachment in store.plan.attachments:
        if attachment.entry_id != entry_id:
            continue
        blob, key = store.attachment_secret(attachment.id)
        stored = StoredBlob(blob=blob, key=key, size=attachment.size, sha256=attachment.sha256)
        found.append(StagedFile(attachment, stored, carried=True))
    return found


class LogEntryEditor(RecordEditor):
    """The contact-log entry's editor, with its "Evidence files" area. Save writes the entry
    and its files in one step."""

    def __init__(
        self,
        store: PlanStore,
        kind: type[Record] = ContactLogEntry,
        record: Record | None = None,
        parent: QWidget | None = None,
        preset: dict[str, Any] | None = None,
    ) -> None:
        self.evidence: EvidenceStager | None = None
        super().__init__(store, kind, record, parent, preset)
        corrects = getattr(self.record, "corrects_id", None)
        carried = carried_files(store, corrects) if corrects else []
        host = self.form_scroll.widget()
        self.evidence = EvidenceStager(store, carried, host)
        host_layout = host.layout() if host is not None else None
        if isinstance(host_layout, QVBoxLayout):
            host_layout.insertWidget(1, self.evidence)
        self._pick_letters()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.evidence.discard_new)
        self.check()

    def _pick_letters(self) -> None:
        """Alt letters for the area's buttons that no field label or button here uses."""
        if self.evidence is None:
            return
        mine = (self.evidence.add_button, self.evidence.remove_button)
        taken = {"s", "d"}  # Save, Discard changes
        texts = [label.text() for label in self.findChildren(QLabel)]
        texts += [b.text() for b in self.findChildren(QAbstractButton) if b not in mine]
        taken.update(letter for letter in map(mnemonic_of, texts) if letter)
        plain = [button.text().replace("&", "") for button in mine]
        for button, text in zip(mine, pick_mnemonics(plain, taken), strict=True):
            button.setText(text)

    def build(self) -> tuple[Record, dict[str, str]]:
        record, problems = super().build()
        if self.evidence is not None and isinstance(record, ContactLogEntry):
            record.attachment_hashes = self.evidence.hashes()
        return record, problems

    def accept(self) -> None:
        if self.evidence is not None and self.evidence.busy:
            self.evidence.show_message(
                _t("Please wait until the files are stored, or press Cancel."), "warning"
            )
            return
        super().accept()

    def save_record(self, record: Record) -> None:
        if self.evidence is None or not isinstance(record, ContactLogEntry):
            super().save_record(record)
            return
        self.store.append_log_with_files(record, self.evidence.staged())
        self.evidence.keep()

    def done(self, result: int) -> None:
        # Every way out (Save, Discard, Escape, closing the window) passes here.
        if self.evidence is not None and self.saved_record is None:
            self.evidence.discard_new()
        super().done(result)


# -- viewing -------------------------------------------------------------------------------
def _read_for_preview(folder: Path, blob: str, key: bytes) -> bytes:
    return blobs.read_all(folder, blob, key, most=PREVIEW_MOST)


class EvidenceViewer(QFrame):
    """The files of one entry (and of its earlier versions), with an image preview and
    "Save a copy…"."""

    def __init__(
        self,
        store: PlanStore,
        versions: Sequence[ContactLogEntry],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("evidence-viewer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(_t("Evidence files"))
        current = versions[-1].id if versions else ""
        ids = [v.id for v in versions]
        by_entry = {i: [a for a in store.plan.attachments if a.entry_id == i] for i in ids}
        self.files: list[Attachment] = list(by_entry.get(current, []))
        kept = {a.sha256 for a in self.files}
        self.earlier: set[str] = set()
        for entry_id in reversed(ids[:-1]):
            for attachment in by_entry[entry_id]:
                if attachment.sha256 not in kept:
                    kept.add(attachment.sha256)
                    self.files.append(attachment)
                    self.earlier.add(attachment.id)
        self.images: dict[str, QImage] = {}  # decoded in memory only
        self.problems: dict[str, str] = {}
        self._ops: list[Op[Any]] = []

        title = QLabel(_t("Evidence files"), self)
        title.setObjectName("evidence-viewer-title")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.list = file_list("evidence-viewer-list", self)
        self.list.currentRowChanged.connect(self._show_current)
        self.preview = _Preview(self)
        self.preview.setObjectName("evidence-preview")
        self.message = MessageLabel(self)
        self.message.setObjectName("evidence-viewer-message")
        self.message.hide()
        self.save_button = QPushButton(_t("&Save a copy…"), self)
        self.save_button.setObjectName("button-evidence-save-copy")
        self.save_button.setAutoDefault(False)
        self.save_button.setAccessibleDescription(
            _t(
                "Write the selected file, readable, to a place you choose. Workbook first "
                "checks it is exactly the file that was attached."
            )
        )
        self.save_button.clicked.connect(self.save_copy)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.preview, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(title)
        if self.files:
            layout.addLayout(row, 1)
            layout.addWidget(self.message)
            layout.addLayout(buttons)
        else:
            none = QLabel(_t("No files are attached to this entry."), self)
            none.setObjectName("evidence-viewer-none")
            layout.addWidget(none)
            self.list.hide()
            self.preview.hide()
            self.save_button.hide()
        self._fill()
        for attachment in self.files:
            if is_previewable(attachment):
                self._load_image(attachment)
        if self.files:
            self.list.setCurrentRow(0)

    def _fill(self) -> None:
        current = self.list.currentRow()
        self.list.clear()
        for attachment in self.files:
            text = describe(attachment)
            if attachment.id in self.earlier:
                text = _t("{file} (in an earlier version only)").format(file=text)
            problem = self.problems.get(attachment.id)
            if problem:
                text = _t("{file}\n{problem}").format(file=text, problem=problem)
            tooltip = attachment.name + "\nSHA-256 " + attachment.sha256
            add_item(self.list, text, tooltip, self.images.get(attachment.id))
        if current >= 0:
            self.list.setCurrentRow(current)

    def _load_image(self, attachment: Attachment) -> None:
        folder = self.store.folder
        if folder is None:
            return
        try:
            blob, key = self.store.attachment_secret(attachment.id)
        except StorageError as error:
            self.problems[attachment.id] = storage_message(error)
            return

        def shown(image: QImage | None, problem: str) -> None:
            if image is not None:
                self.images[attachment.id] = image
            else:
                self.problems[attachment.id] = problem
            self._fill()
            self._show_current(self.list.currentRow())

        self._ops.append(preview_op(self, folder, blob, key, shown))

    def wait(self) -> None:
        """Let every preview finish (tests, screenshots)."""
        for op in self._ops:
            op.wait()

    def _show_current(self, row: int) -> None:
        if not 0 <= row < len(self.files):
            self.preview.clear()
            return
        attachment = self.files[row]
        image = self.images.get(attachment.id)
        problem = self.problems.get(attachment.id)
        if image is not None:
            self.preview.show_image(image)
            self.preview.setAccessibleName(_t("Preview of {name}").format(name=attachment.name))
        else:
            self.preview.show_image(
                None,
                problem or _t("No preview for this kind of file. Save a copy to look at it."),
            )
            self.preview.setAccessibleName(self.preview.text())
        self.save_button.setEnabled(True)

    def save_copy(self) -> None:
        row = self.list.currentRow()
        folder = self.store.folder
        if not 0 <= row < len(self.files) or folder is None:
            return
        attachment = self.files[row]
        dest = dialogs.save_file_path(self, attachment.name, _t("All files (*)"))
        if dest is None:
            return
        try:
            blob, key = self.store.attachment_secret(attachment.id)
        except StorageError as error:
            self.show_message(storage_message(error))
            return

        def saved(_result: None) -> None:
            self.show_message(
                _t(
                    "Saved a copy to {path}. It is readable by anyone who can open that folder."
                ).format(path=str(dest)),
                "warning",
            )

        def failed(error: BaseException) -> None:
            self.show_message(
                str(error)
                if isinstance(error, EvidenceError)
                else _t("The copy could not be saved just now. Please try again.")
            )

        self.show_message("")
        op = Op(
            self,
            lambda _p: blobs.save_copy(folder, blob, key, attachment.sha256, dest),
            success=saved,
        )
        op.with_progress(_t("Saving a copy…"), cancellable=False, object_name="evidence-progress")
        self._ops.append(op.failure(failed).run_in_background())

    def show_message(self, text: str, tone: str = "error") -> None:
        self.message.show_message(text, tone)


def _scaled(image: QImage, side: int) -> QImage:
    if image.width() <= side and image.height() <= side:
        return image
    return image.scaled(
        side,
        side,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def add_viewer(dialog: QWidget, store: PlanStore, versions: Sequence[ContactLogEntry]) -> None:
    """Put the files of an entry's versions into its history dialog, above its buttons."""
    layout = dialog.layout()
    if not isinstance(layout, QVBoxLayout):
        return
    viewer = EvidenceViewer(store, versions, dialog)
    layout.insertWidget(max(0, layout.count() - 1), viewer, 1 if viewer.files else 0)
