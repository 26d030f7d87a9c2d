"""The composer: question text, attachments (see attachment_chip.py) with their tile preview, Send / Stop.

Files arrive by drag-and-drop, paste or the open dialog; they are decoded on a worker thread (video
frame sampling and PDF rendering take time) and appear as chips once ready.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..app.attachments import (
    PreparedAttachment,
    prepare_file,
    prepare_pasted_image,
    prepare_pasted_text,
    prepare_picture_bytes,
    prepare_unlocked,
)
from ..core.errors import DesktopVlmError, PasswordRequiredError
from ..core.formats import looks_like_model_folder
from ..media.data_addresses import picture_in_address
from ..media.text_files import what_was_cut
from .attachment_chip import AttachmentChip, make_chip
from .attachment_viewer import ViewerBudget, open_viewer
from .drop_overlay import DragWatcher, DropOverlay
from .images import qimage_to_pil
from .pdf_pages import PagePicker
from .question_editor import is_send_key
from .text_viewer import open_text_viewer

MIN_TEXT_SHARE = 64  # tokens: a text file is not cut shorter to make room, the warning line says it is too much


def fair_shares(tokens: list[int], room: int) -> list[int | None]:
    """Split ``room`` tokens between texts of these sizes: None for a text that keeps all of it, else its share.

    Evenly, shortest first: a text shorter than its share keeps it whole and leaves the rest to the longer ones.
    """
    shares: list[int | None] = [None] * len(tokens)
    order = sorted(range(len(tokens)), key=lambda i: tokens[i])
    for position, index in enumerate(order):
        share = room // (len(order) - position)
        if tokens[index] > share:
            shares[index] = share
        room -= min(tokens[index], share)
    return shares


def fair_cuts(tokens: list[int], over: int) -> list[int]:
    """How many tokens each of texts of these sizes gives up so that together they give up ``over``: in proportion
    to their size, none below ``MIN_TEXT_SHARE``, rounded up."""
    spare = [max(0, t - MIN_TEXT_SHARE) for t in tokens]
    total = sum(spare)
    if over <= 0 or total == 0:
        return [0] * len(tokens)
    return [min(s, -(-over * s // total)) for s in spare]


class _Loader(QObject):
    """Prepares attachments on the thread pool; results come back by signal on the UI thread."""

    loaded = Signal(object)
    failed = Signal(str, str)
    # a file that opens only with its password (path, why: "…is password-protected", or that one was wrong)
    password_needed = Signal(object, str)
    # after ``failed``, what to do instead (a callable, run on the UI thread): a document whose text could not be
    # read goes back to its pages
    instead = Signal(object)
    persist = None  # PreparedAttachment -> PreparedAttachment saved to the history (see Composer.set_history)

    def load(
        self,
        path: Path,
        frames: int,
        max_tiles: int,
        tile_size: int,
        pages: list[int] | None = None,
        room: int | None = None,
        tokens_per_tile: int = 256,
        as_text: bool = False,
        instead: Callable[[], None] | None = None,
    ) -> None:
        """Prepare ``path``; a document of pages sends ``pages`` or, without, all its pages that fit in ``room``
        tokens (``as_text``: their text, as much as fits); a video sends ``frames`` frames. ``instead`` runs when it
        cannot be prepared."""
        choices: dict[str, Any] = {"frames": frames}  # what the person chose of the file, as its kind names it
        if pages is not None:
            choices["pages"] = pages
        if as_text:
            choices["as_text"] = True
        self._run(
            lambda: prepare_file(
                path,
                max_tiles=max_tiles,
                tile_size=tile_size,
                image_token_room=room,
                tokens_per_tile=tokens_per_tile,
                **choices,
            ),
            path.name,
            instead,
            path,
        )

    def load_unlocked(
        self, path: Path, password: str, max_tiles: int, tile_size: int, room: int | None, tokens_per_tile: int
    ) -> None:
        """Prepare the password-protected ``path`` with ``password`` (all its pages that fit in ``room``); its kept
        copy, unprotected, then stands for the file (the page picker reads it), as the original cannot be read
        without the password."""

        def prepare() -> PreparedAttachment:
            return prepare_unlocked(
                path,
                password,
                max_tiles=max_tiles,
                tile_size=tile_size,
                image_token_room=room,
                tokens_per_tile=tokens_per_tile,
            )

        self._run(prepare, path.name, path=path, kept_as_source=True)

    def load_pasted_text(self, text: str, name: str, room: int | None) -> None:
        self._run(lambda: prepare_pasted_text(text, name, image_token_room=room), name)

    def load_picture_bytes(self, data: bytes, name: str) -> None:
        self._run(lambda: prepare_picture_bytes(data, name), name)

    def load_pasted(self, image, name: str) -> None:
        """A pasted or captured PIL image: its PNG encoding took ~0.35 s for a 4K screenshot on the UI thread."""
        self._run(lambda: prepare_pasted_image(image, name), name)

    def _run(
        self,
        prepare,
        name: str,
        instead: Callable[[], None] | None = None,
        path: Path | None = None,
        kept_as_source: bool = False,
    ) -> None:
        def work() -> None:
            try:
                attachment = prepare()
                attachment = self.persist(attachment) if self.persist else attachment
                if kept_as_source and attachment.stored is not None:
                    attachment = replace(attachment, source=attachment.stored.path)
                self.loaded.emit(attachment)
                return
            except PasswordRequiredError as err:
                if path is not None:
                    self.password_needed.emit(path, err.user_message)
                    return
                self.failed.emit(err.user_message, err.hint or "")
            except DesktopVlmError as err:
                self.failed.emit(err.user_message, err.hint or "")
            except Exception as err:  # a decoder bug must not kill the pool thread silently
                self.failed.emit(self.tr("%s could not be opened (%s: %s).") % (name, type(err).__name__, err), "")
            if instead is not None:
                self.instead.emit(instead)

        QThreadPool.globalInstance().start(work)


PASSWORD_DIALOG_WIDTH = 440  # px
ADDRESS_SHOWN_CHARS = 80  # of a dropped web address in the message refusing it (a data: address runs to megabytes)
PASTED_TEXT_AS_FILE_CHARS = 8_000  # a paste this long goes in as a text file: a log, a page of code, an article


class QuestionEdit(QPlainTextEdit):
    """Enter sends, Shift+Enter adds a line; pasted images and files become attachments, and so does a long
    pasted text — the question stays readable, and so does the message in the chat."""

    submit = Signal()
    files_pasted = Signal(list)
    image_pasted = Signal(object)
    long_text_pasted = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if is_send_key(event):
            self.submit.emit()
            return
        super().keyPressEvent(event)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802
        return source.hasImage() or source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        if source.hasUrls() and any(u.isLocalFile() for u in source.urls()):
            self.files_pasted.emit([Path(u.toLocalFile()) for u in source.urls() if u.isLocalFile()])
        elif source.hasImage():
            self.image_pasted.emit(source.imageData())
        elif source.hasText() and len(source.text()) >= PASTED_TEXT_AS_FILE_CHARS:
            self.long_text_pasted.emit(source.text())
        else:
            super().insertFromMimeData(source)


STRIP_MIN_HEIGHT = 160  # px: an image chip with its preview, name and token count


class Composer(QWidget):
    """Signals: ``send_requested(text, attachments)``, ``stop_requested()``, ``attachments_changed()``,
    ``attachment_failed(message, hint)``, ``budget_changed(image_tokens)``, ``model_folder_given(folder)`` (a
    model's folder dropped or opened: it is loaded, not attached)."""

    send_requested = Signal(str, list)
    model_folder_given = Signal(str)
    stop_requested = Signal()
    attachments_changed = Signal()
    attachment_failed = Signal(str, str)
    budget_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.max_tiles, self.tile_size, self.tokens_per_tile, self.frames = 12, 448, 256, 8
        self._busy = False
        self._pending = 0  # attachments still being prepared on the pool
        self._partly_protected: set[Path] = set()  # archives given a password from their chip (see give_password)
        self._send_when_ready = False  # Send was pressed while some were: send once the last one is in
        self._discard = None  # see set_history
        self.drop_overlay: DropOverlay | None = None  # made on the first drag, over the window
        self.image_tokens = 0  # of the attachments in the composer, by the tile preview
        self.text_tokens = 0  # of the text files in the composer, estimated
        self._fitted_to: dict[Path, int] = {}  # a file → the tokens of room it was last read to
        # tokens the context still has room for, for pictures or text (None: unknown); PromptEstimate provides it
        self.image_token_room: Callable[[], int | None] = lambda: None
        # the same, less than zero when the message is over the context (None: unknown); from PromptEstimate
        self.token_room_left: Callable[[], int | None] = lambda: None
        self._loader = _Loader(self)
        self._loader.loaded.connect(self._on_loader_loaded)
        self._loader.failed.connect(self._on_loader_failed)
        self._loader.password_needed.connect(self._on_password_needed)
        self._loader.instead.connect(lambda run: run())

        self.strip = QWidget(self)
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setContentsMargins(0, 0, 0, 0)
        self.strip_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(self.strip)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFixedHeight(STRIP_MIN_HEIGHT)  # refit to the tallest chip as chips come and go
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.strip_area = scroll
        scroll.hide()

        self.edit = QuestionEdit(self)
        self.edit.setPlaceholderText(self.tr("Ask about an image, a document or a video… (drop or paste files here)"))
        self.edit.setAccessibleName(self.tr("Question"))
        self.edit.setFixedHeight(84)
        self.edit.setTabChangesFocus(True)  # Tab moves on to Send; a question has no use for a literal tab
        self.edit.submit.connect(self.submit)
        self.edit.files_pasted.connect(self.add_files)
        self.edit.image_pasted.connect(self.add_image)
        self.edit.long_text_pasted.connect(self.add_pasted_text)
        self.attach_button = QPushButton(self.tr("Attach…"), self)
        self.attach_button.setAccessibleName(self.tr("Attach files"))
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.setObjectName("Send")
        self.send_button.setAccessibleName(self.tr("Send question"))
        self.send_button.clicked.connect(self._on_send_clicked)
        self.budget = QLabel(self)
        self.budget.setObjectName("Hint")
        self.budget.setWordWrap(True)  # the context warning is long; cut off it would not say what to do

        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.attach_button)
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        layout.addLayout(row)
        layout.addWidget(self.budget)

    # ------------------------------------------------------------------ attachments
    @property
    def attachments(self) -> list[PreparedAttachment]:
        return [chip.attachment for chip in self._chips()]

    def _chips(self) -> list[AttachmentChip]:
        items = (self.strip_layout.itemAt(i) for i in range(self.strip_layout.count() - 1))  # the last: a stretch
        return [chip for item in items if item is not None and isinstance(chip := item.widget(), AttachmentChip)]

    def set_history(self, persist, discard) -> None:
        """Save attachments to the history while they are prepared (``persist``, called on the pool), so
        Send does not spend the UI thread hashing and writing a large video; ``discard`` takes back the
        ones the person removes before sending."""
        self._loader.persist = persist
        self._discard = discard

    def add_files(self, paths: list[Path]) -> None:
        room = self.image_token_room()
        for path in map(Path, paths):
            if looks_like_model_folder(path):
                self.model_folder_given.emit(str(path))
                continue
            self._pending += 1
            if room is not None:
                self._fitted_to[path] = room
            self._loader.load(
                path, self.frames, self.max_tiles, self.tile_size, room=room, tokens_per_tile=self.tokens_per_tile
            )

    def add_pasted_text(self, text: str) -> None:
        """Attach a long pasted text as a text file named for the time it was pasted."""
        self._pending += 1
        self._loader.load_pasted_text(text, time.strftime("pasted-%H%M%S.txt"), self.image_token_room())

    def add_image(self, qimage, name: str = "pasted.png") -> None:
        """Attach a pasted or captured QImage (converted here; QImage belongs to the UI thread)."""
        self._pending += 1
        self._loader.load_pasted(qimage_to_pil(qimage), name)

    def _on_loader_loaded(self, attachment: PreparedAttachment) -> None:
        self._pending -= 1
        self._add(attachment)
        if not self._pending:
            self.fit_text_to_context()
        if self._send_when_ready and not self._pending:
            self._send_when_ready = False
            self.submit()

    def _on_password_needed(self, path: Path, why: str) -> None:
        """Ask for the password of a protected file and open it with it; cancelling leaves it unattached (an
        archive whose other files open without it comes back as it was)."""
        self._pending -= 1
        password = self.ask_password(path.name, why)
        if not password:
            self._send_when_ready = False  # a queued send waits: the question was asked about this file
            if path in self._partly_protected:
                self._pending += 1
                room = self.image_token_room()
                self._loader.load(
                    path, self.frames, self.max_tiles, self.tile_size, room=room, tokens_per_tile=self.tokens_per_tile
                )
            self.refresh_budget()
            return
        self._pending += 1
        room = self.image_token_room()
        self._loader.load_unlocked(path, password, self.max_tiles, self.tile_size, room, self.tokens_per_tile)

    def give_password(self, chip: AttachmentChip) -> None:
        """An archive some of whose files are protected (the others are read without): ask for the password and
        attach the archive opened with it in the chip's place; cancelled, the chip stays as it was."""
        path = chip.attachment.source
        if path is None:
            return
        count = int(chip.attachment.meta.get("protected_files", 0))
        password = self.ask_password(
            path.name, self.tr("%d file(s) in %s are protected with a password.") % (count, path.name)
        )
        if not password:
            return
        self.remove_attachment(chip)
        self._partly_protected.add(path)
        self._pending += 1
        room = self.image_token_room()
        self._loader.load_unlocked(path, password, self.max_tiles, self.tile_size, room, self.tokens_per_tile)

    def ask_password(self, name: str, why: str) -> str | None:
        """The password the person types for the file ``name`` (``why`` says why it is asked), None if cancelled."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Password"))
        explained = self.tr(
            "Type the password to open %s. The password is not saved; the conversation keeps an unprotected copy "
            "of the file, as it keeps every file attached."
        )
        dialog.setLabelText(why + "\n\n" + explained % name)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        for label in dialog.findChildren(QLabel):  # a paragraph, not one line as wide as the screen
            label.setWordWrap(True)
        dialog.resize(PASSWORD_DIALOG_WIDTH, dialog.sizeHint().height())
        given = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.textValue() if given and dialog.textValue() else None

    def _on_loader_failed(self, message: str, hint: str) -> None:
        self._pending -= 1
        # a queued send waits for the person: the question was asked about a file that is not attached
        self._send_when_ready = False
        self.refresh_budget()
        self.attachment_failed.emit(message, hint)

    def fit_text_to_context(self) -> None:
        """Fit the text files to the room the context has for them: cut them again when the message is over it,
        read a cut one again to a larger share when room has come free.

        Files dropped together are prepared at once, each measured against the room left before any of them, and
        a file stays cut when a file beside it is removed or a model with a longer context loads. This runs once
        all are in, after a removal and when a model loads: the room the text files share is split evenly — a
        file shorter than its share keeps its whole text and leaves the rest to the others, a cut file asks for
        all it can get — and each file whose share differs from what it holds is read again to it (its chip is
        replaced). Pictures are left as they are: when they alone are over, the line under the composer says so.
        Until a model is loaded, a file is kept whole."""
        left = self.token_room_left()
        if left is None or self._pending:  # while files load, this runs once they are all in
            return
        texts = [c for c in self._chips() if c.text_tokens() and c.attachment.source]
        room = left + sum(chip.text_tokens() for chip in texts)
        if not texts or room < MIN_TEXT_SHARE * len(texts):
            return
        cut = [what_was_cut(c.attachment.text or "", c.attachment.meta) is not None for c in texts]
        wanted = [
            room + 1 if was_cut else chip.text_tokens() for chip, was_cut in zip(texts, cut)
        ]  # more than any share
        for chip, was_cut, share in zip(texts, cut, fair_shares(wanted, room)):
            source, held = chip.attachment.source, chip.text_tokens()
            if share is None or source is None:
                continue
            # a file cut at a line break holds less than its share: it grows only when it would get more than it
            # was last read to, so that reading it again cannot repeat
            grows = was_cut and share > self._fitted_to.get(source, held) + MIN_TEXT_SHARE
            if share >= held and not grows:
                continue
            self._fitted_to[source] = share
            pictures = chip.update_budget(self.max_tiles, self.tile_size, self.tokens_per_tile)  # a document's own
            self.remove_attachment(chip)
            self._pending += 1
            self._loader.load(
                source,
                self.frames,
                self.max_tiles,
                self.tile_size,
                room=share + pictures,  # the pictures keep their room; the text gets its share
                tokens_per_tile=self.tokens_per_tile,
                as_text=bool(chip.attachment.meta.get("as_text")),  # a PDF's text stays text
            )

    def _remove_and_fit(self, chip: AttachmentChip) -> None:
        """The person removed a chip: the room it held may let a cut text file grow."""
        self.remove_attachment(chip)
        self.fit_text_to_context()

    def send_as_text(self, chip: AttachmentChip, as_text: bool) -> None:
        """Send a document's text instead of its pages' pictures, or its pictures again (replaces the chip when
        ready), within the room the context has with the chip's own tokens freed. A document whose text cannot be
        read (a scan) comes back as its pages."""
        path = chip.attachment.source
        if path is None:
            return
        room = self.image_token_room()
        if room is not None:
            room += chip.update_budget(self.max_tiles, self.tile_size, self.tokens_per_tile) + chip.text_tokens()
        self.remove_attachment(chip)
        self._pending += 1
        self._loader.load(
            path,
            self.frames,
            self.max_tiles,
            self.tile_size,
            room=room,
            tokens_per_tile=self.tokens_per_tile,
            as_text=as_text,
            # a scan has no text: its pages come back, beside the message saying so
            instead=(lambda: self._load_again(path, room)) if as_text else None,
        )

    def _load_again(self, path: Path, room: int | None) -> None:
        self._pending += 1
        self._loader.load(
            path, self.frames, self.max_tiles, self.tile_size, room=room, tokens_per_tile=self.tokens_per_tile
        )

    def choose_pages(self, chip: AttachmentChip, pages: list[int]) -> None:
        """Re-render a PDF attachment with other pages (replaces the chip when ready)."""
        path = chip.attachment.source
        if path is None:
            return
        self.remove_attachment(chip)
        self._pending += 1
        self._loader.load(
            path, self.frames, self.max_tiles, self.tile_size, pages, tokens_per_tile=self.tokens_per_tile
        )

    def open_page_picker(self, chip: AttachmentChip) -> PagePicker | None:
        """Let the person tick the pages of a PDF chip to send (pages past the context's room are left out,
        and the picker says so); the chip is re-rendered with them."""
        attachment = chip.attachment
        if attachment.source is None:
            return None
        room = self.image_token_room()
        if room is not None:
            room += chip.update_budget(self.max_tiles, self.tile_size, self.tokens_per_tile)  # its own tokens free up
        pages = attachment.attachment_kind.pages
        if pages is None:
            return None
        picker = PagePicker(
            attachment.source,
            pages,
            attachment.meta.get("page_count", 1),
            attachment.meta.get("pages", [0]),
            max_tiles=self.max_tiles,
            tile_size=self.tile_size,
            tokens_per_tile=self.tokens_per_tile,
            room=room,
            parent=self,
        )
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.accepted.connect(lambda: self.choose_pages(chip, picker.pages()))
        picker.open()
        return picker

    def open_viewer(self, chip: AttachmentChip) -> QDialog:
        """Show a chip's attachment as the model will see it: at full size with its tiles, or a file's text."""
        attachment = chip.attachment
        if attachment.text is not None:
            chosen_later = attachment.whole_text is not None
            return open_text_viewer(self, attachment.name, attachment.text, attachment.meta, chosen_later)
        return open_viewer(
            self,
            chip.attachment.name,
            chip.attachment.kind,
            chip.attachment.images,
            chip.attachment.meta,
            self.viewer_budget(),
        )

    def viewer_budget(self) -> ViewerBudget:
        return ViewerBudget(self.max_tiles, self.tile_size, self.tokens_per_tile)

    def _add(self, attachment: PreparedAttachment) -> None:
        chip = make_chip(attachment, self.strip)
        chip.remove_requested.connect(self._remove_and_fit)
        chip.pages_requested.connect(self.open_page_picker)
        chip.as_text_requested.connect(self.send_as_text)
        chip.password_offered.connect(self.give_password)
        chip.view_requested.connect(self.open_viewer)
        # a new chip's labels get their style-sheet fonts (and wrap to their final height) a moment after it
        # is shown: refit the strip whenever a chip lays itself out again
        chip.installEventFilter(self)
        self.strip_layout.insertWidget(self.strip_layout.count() - 1, chip)
        self.strip_area.show()
        self.refresh_budget()
        self.attachments_changed.emit()

    def remove_attachment(self, chip: AttachmentChip) -> None:
        self.strip_layout.removeWidget(chip)
        chip.deleteLater()
        self._discard_removed([chip.attachment], kept={a.sha256 for a in self.attachments})
        self.strip_area.setVisible(self.strip_layout.count() > 1)
        self.refresh_budget()
        self.attachments_changed.emit()

    def discard_unsent(self) -> None:
        """Take back from the history everything attached here and not sent (the window is closing)."""
        self._discard_removed(self.attachments, kept=set())

    def _discard_removed(self, removed: list[PreparedAttachment], kept: set[str]) -> None:
        """Take back what was saved for ``removed`` attachments, unless an attachment still in the question
        (``kept``: their sha256) uses the same bytes or one is being prepared (it may be the same file)."""
        if self._discard is None or self._pending:
            return
        for attachment in removed:
            if attachment.stored is not None and attachment.sha256 not in kept:
                self._discard(attachment)

    def clear(self) -> None:
        for chip in self._chips():
            self.strip_layout.removeWidget(chip)
            chip.deleteLater()
        self.strip_area.hide()
        self.edit.clear()
        self.refresh_budget()

    def set_budget(self, *, max_tiles: int, tile_size: int, tokens_per_tile: int, frames: int) -> None:
        self.max_tiles, self.tile_size, self.tokens_per_tile = max_tiles, tile_size, tokens_per_tile
        self.frames = frames
        self.refresh_budget()

    def refresh_budget(self) -> None:
        chips = self._chips()
        total = sum(chip.update_budget(self.max_tiles, self.tile_size, self.tokens_per_tile) for chip in chips)
        self._fit_strip_height()
        self.image_tokens = total
        self.text_tokens = sum(chip.text_tokens() for chip in chips)
        parts = [self.tr("%s image tokens") % f"{total:,}"] if total else []
        if self.text_tokens:
            parts.append(self.tr("about %s tokens of text") % f"{self.text_tokens:,}")
        self.budget.setText(self.tr("%s in this message") % " + ".join(parts) if parts else "")
        self.budget_changed.emit(total)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LayoutRequest and isinstance(watched, AttachmentChip):
            QTimer.singleShot(0, self._fit_strip_height)
        return False

    def _fit_strip_height(self) -> None:
        """Make the attachment strip as tall as its tallest chip (a video's frame strip or a PDF's page
        button must not be cut off), leaving room for the sideways scroll bar many chips bring."""
        chips = self._chips()
        if not chips:
            return
        tallest = max(chip.needed_height() for chip in chips)
        bar = self.strip_area.horizontalScrollBar().sizeHint().height()
        self.strip_area.setFixedHeight(max(STRIP_MIN_HEIGHT, tallest + bar))

    # ------------------------------------------------------------------ sending
    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.send_button.setText(self.tr("Stop") if busy else self.tr("Send"))
        self.send_button.setAccessibleName(self.tr("Stop answer") if busy else self.tr("Send question"))

    def _on_send_clicked(self) -> None:
        if self._busy:
            self.stop_requested.emit()
        else:
            self.submit()

    def submit(self) -> None:
        if self._busy:
            return
        if self._pending:
            self._send_when_ready = True
            self.budget.setText(
                self.tr("Preparing %d attachment(s)… the question is sent when they are ready.") % self._pending
            )
            return
        text = self.edit.toPlainText().strip()
        if not text and not self.attachments:
            return
        # the texts give up what a question typed after they were fitted takes past the context; which parts of a
        # text go is chosen for the question on the model thread
        chips = self._chips()
        cuts = fair_cuts([chip.text_tokens() for chip in chips], -min(0, self.token_room_left() or 0))
        self.send_requested.emit(text, [replace(c.attachment, shorter_by=cut) for c, cut in zip(chips, cuts)])

    # ------------------------------------------------------------------ drag and drop
    def set_drop_highlight(self, on: bool, at_once: bool = False) -> None:
        """While files are dragged over the window: a "drop to attach" layer over it, the question box framed."""
        if self.drop_overlay is None:
            self.drop_overlay = DropOverlay(self.window())
            self._drag_watcher = DragWatcher(self.edit, self.drop_overlay)  # the box takes drops itself
        self.drop_overlay.set_shown(on, at_once)
        if self.edit.property("dropping") != on:
            self.edit.setProperty("dropping", on)
            self.edit.style().unpolish(self.edit)
            self.edit.style().polish(self.edit)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()
            self.set_drop_highlight(True)

    def dragLeaveEvent(self, event) -> None:  # noqa: N802
        self.set_drop_highlight(False)

    def dropEvent(self, event) -> None:  # noqa: N802
        self.set_drop_highlight(False, at_once=True)
        mime = event.mimeData()
        files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        if files:
            self.add_files(files)
        elif mime.hasImage():  # a picture dragged out of an application that hands over its pixels
            self.add_image(mime.imageData())
        elif mime.hasUrls():  # a picture or link dragged out of a browser: an address, not a file
            self.attach_address(mime.urls()[0])
        event.acceptProposedAction()

    def attach_address(self, url: QUrl) -> None:
        """A dropped address: a picture written into it (``data:image/…``, as some pages hold theirs) is attached;
        any other address is refused with the way on, since nothing is downloaded."""
        picture = picture_in_address(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        if picture is not None:
            self._pending += 1
            self._loader.load_picture_bytes(picture, "dropped.png")
            return
        shown = url.toDisplayString()
        shown = shown if len(shown) <= ADDRESS_SHOWN_CHARS else shown[: ADDRESS_SHOWN_CHARS - 1] + "…"
        self.attachment_failed.emit(
            self.tr("%s is a web address: Desktop VLM works offline and downloads nothing.") % shown,
            self.tr(
                "Save the picture or file on this computer first (in a browser: right-click → Save Image As…), "
                "then drop or attach the saved file."
            ),
        )
