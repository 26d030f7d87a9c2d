"""One attachment in the composer: its preview with the tile grid ("what the model will see"; click it for
the viewer), what it costs in tokens, remove; the extra its kind asks for — a document's Pages… button, a
video's strip of sent frames."""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from ..app.attachments import PreparedAttachment, tile_summary
from ..core.text_tokens import estimate_tokens
from ..media.kind_spec import CHIP_FRAMES, CHIP_PAGES, CHIP_TEXT
from ..media.text_files import line_count, what_was_cut
from .images import thumbnail_with_grid
from .picture_button import PictureButton

CHIP_WIDTH = 196  # px: wide enough for the preview, the token line and the Pages… button


def page_ranges(pages: list[int]) -> str:
    """[0, 1, 2, 4] (0-based) → "1–3, 5": the inverse of :func:`parse_pages`, for people."""
    runs: list[list[int]] = []
    for page in sorted(pages):
        if runs and page == runs[-1][-1] + 1:
            runs[-1].append(page)
        else:
            runs.append([page])
    return ", ".join(f"{r[0] + 1}–{r[-1] + 1}" if len(r) > 1 else f"{r[0] + 1}" for r in runs)


class AttachmentChip(QFrame):
    """One attachment: its picture with the tile grid (click: the viewer), what it costs in tokens, a note from
    its preparation, remove. The plain chip, for kinds without an extra; :func:`make_chip` picks the chip a
    kind's ``chip`` hint asks for."""

    remove_requested = Signal(object)
    pages_requested = Signal(object)
    view_requested = Signal(object)
    as_text_requested = Signal(object, bool)  # the chip, and whether a document's text is to be sent instead
    password_offered = Signal(object)  # the chip of an archive some of whose files are protected

    def __init__(self, attachment: PreparedAttachment, parent: QWidget | None = None):
        super().__init__(parent)
        self.attachment = attachment
        self.setObjectName("AttachmentChip")
        self.setFixedWidth(CHIP_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.preview = PictureButton(self)
        self.preview.setAccessibleName(self.tr("%s: open it as the model sees it") % attachment.name)
        self.preview.setToolTip(self.tr("Open as the model sees it"))
        self.preview.clicked.connect(lambda: self.view_requested.emit(self))
        remove = QToolButton(self)
        remove.setText("×")
        remove.setAccessibleName(self.tr("Remove %s") % attachment.name)
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        top.addWidget(self.preview)
        top.addStretch(1)
        top.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        text_width = CHIP_WIDTH - 12
        self.title = QLabel(self)
        self.title.setToolTip(attachment.name)
        detail = self._detail()
        name = self.fontMetrics().elidedText(
            attachment.name, Qt.TextElideMode.ElideMiddle, text_width - self.fontMetrics().horizontalAdvance(detail)
        )
        self.title.setText(name + detail)
        self.summary = QLabel(self)
        self.summary.setObjectName("Hint")
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        for note in self._notes():
            if note:
                label = QLabel(note, self)
                label.setObjectName("Hint")
                label.setWordWrap(True)
                layout.addWidget(label)
        self._add_extra(layout)

    def needed_height(self) -> int:
        """The height that shows everything at the chip's fixed width (wrapped notes included)."""
        layout = self.layout()
        assert layout is not None, "the chip is laid out from __init__ on"
        return self.heightForWidth(CHIP_WIDTH) if layout.hasHeightForWidth() else self.sizeHint().height()

    def _detail(self) -> str:
        """What of the file will be sent, after its name (" · 8 frames"); nothing for a plain chip."""
        return ""

    def _left_out(self) -> str:
        """Why less of the file is sent than it has; nothing for a plain chip."""
        return ""

    def _notes(self) -> list[str]:
        """The lines under the name: why less is sent, and the note from the file's preparation."""
        return [self._left_out(), self.attachment.note or ""]

    def text_tokens(self) -> int:
        """Tokens of text the attachment adds to the question, estimated; none for pictures."""
        return 0

    def _add_extra(self, layout: QVBoxLayout) -> None:
        """Widgets below the notes; none for a plain chip."""

    def update_budget(self, max_tiles: int, tile_size: int, tokens_per_tile: int) -> int:
        summary = tile_summary(
            self.attachment, max_tiles=max_tiles, tile_size=tile_size, tokens_per_tile=tokens_per_tile
        )
        tokens = f"{summary.tokens:,}"
        self.summary.setText(
            self.tr("1 tile → %s image tokens") % tokens
            if summary.tiles == 1
            else self.tr("%d tiles → %s image tokens") % (summary.tiles, tokens)
        )
        pixmap = thumbnail_with_grid(self.attachment.thumbnail, summary.plans[0])
        self.preview.setPixmap(pixmap)
        self.preview.setFixedSize(pixmap.width() + 2, pixmap.height() + 2)  # the frame hugs the picture
        return summary.tokens


class FramesChip(AttachmentChip):
    """A chip for video frames: how many are sent, and a strip of them."""

    def _detail(self) -> str:
        return self.tr(" · %d frames") % len(self.attachment.images)

    def _add_extra(self, layout: QVBoxLayout) -> None:
        strip = QHBoxLayout()
        strip.setSpacing(2)
        for frame in self.attachment.images[:6]:
            cell = QLabel(self)
            cell.setPixmap(thumbnail_with_grid(frame, None, 28))
            strip.addWidget(cell)
        strip.addStretch(1)
        layout.addLayout(strip)


class PagesChip(AttachmentChip):
    """A chip for a document of pages: which pages are sent, why others were left out, and Pages… to choose."""

    def _detail(self) -> str:
        """ " · page 2 of 3", " · pages 1–3, 5 of 9"."""
        meta = self.attachment.meta
        pages = meta.get("pages", [0])
        if len(pages) == 1:
            return self.tr(" · page %d of %d") % (pages[0] + 1, meta.get("page_count", 1))
        return self.tr(" · pages %s of %d") % (page_ranges(pages), meta.get("page_count", len(pages)))

    def _left_out(self) -> str:
        """Why fewer pages are sent than the document has, when the pages were not picked by hand."""
        meta = self.attachment.meta
        reason = meta.get("left_out")
        if not reason:
            return ""
        sent, count = len(meta.get("pages", [])), meta.get("page_count", 0)
        if reason == "limit":
            return "⚠ " + self.tr("%d of %d pages: at most %d at once. Pages… to choose.") % (sent, count, sent)
        return "⚠ " + self.tr("%d of %d pages: more would not fit the model's context. Pages… to choose.") % (
            sent,
            count,
        )

    def _add_extra(self, layout: QVBoxLayout) -> None:
        if self.attachment.meta.get("page_count", 1) > 1:
            pages = QPushButton(self.tr("Pages…"), self)
            pages.setAccessibleName(self.tr("Choose the pages of %s to send") % self.attachment.name)
            pages.clicked.connect(lambda: self.pages_requested.emit(self))
            layout.addWidget(pages)
        kind_pages = self.attachment.attachment_kind.pages
        if kind_pages is not None and kind_pages.text is not None:
            as_text = QPushButton(self.tr("Send its text"), self)
            as_text.setToolTip(self.tr("Send the text of its pages instead of pictures: many more pages fit"))
            as_text.clicked.connect(lambda: self.as_text_requested.emit(self, True))
            layout.addWidget(as_text)


class TextChip(AttachmentChip):
    """A chip for a text file: its lines, the tokens its text takes, and how much was left out to fit."""

    def _detail(self) -> str:
        return self.tr(" · %s lines") % f"{line_count(self.attachment.text or ''):,}"

    def _left_out(self) -> str:
        cut = what_was_cut(self.attachment.text or "", self.attachment.meta)
        if cut is None:
            return ""
        if self.attachment.whole_text is not None:  # the part is chosen for the question when it is sent
            if cut.unit == "lines":
                warning = self.tr(
                    "%s of %s lines fit the model's context: the parts that match your question are sent."
                )
            else:
                warning = self.tr(
                    "%s of %s characters fit the model's context: the parts that match your question are sent."
                )
        elif cut.unit == "lines":
            warning = self.tr("The first %s of %s lines: the rest would not fit the model's context.")
        else:
            warning = self.tr("The first %s of %s characters: the rest would not fit the model's context.")
        return "⚠ " + warning % (f"{cut.sent:,}", f"{cut.total:,}")

    def _notes(self) -> list[str]:
        return [self._left_out()]  # the preparation's note says the same, untranslated

    def text_tokens(self) -> int:
        return self._text_tokens

    @functools.cached_property
    def _text_tokens(self) -> int:  # a 16 MB log takes tens of milliseconds to count, and the count is asked often
        return estimate_tokens(self.attachment.text or "")

    def _add_extra(self, layout: QVBoxLayout) -> None:
        protected = self.attachment.meta.get("protected_files")
        if protected and self.attachment.source is not None:  # the others are read: the rest needs the password
            unlock = QPushButton(self.tr("Enter its password…"), self)
            unlock.setToolTip(self.tr("%d file(s) in it are protected with a password and only named") % protected)
            unlock.clicked.connect(lambda: self.password_offered.emit(self))
            layout.addWidget(unlock)
        if self.attachment.attachment_kind.pages is not None:  # a document's text: its pages can go instead
            as_pictures = QPushButton(self.tr("Send pages as pictures"), self)
            as_pictures.setToolTip(self.tr("Send its pages as the model sees them: layout, figures and scans"))
            as_pictures.clicked.connect(lambda: self.as_text_requested.emit(self, False))
            layout.addWidget(as_pictures)

    def update_budget(self, max_tiles: int, tile_size: int, tokens_per_tile: int) -> int:
        text = self.tr("about %s tokens of text") % f"{self.text_tokens():,}"
        image_tokens = 0
        if self.attachment.images:  # the pictures inside a document go beside its text
            image_tokens = tile_summary(
                self.attachment, max_tiles=max_tiles, tile_size=tile_size, tokens_per_tile=tokens_per_tile
            ).tokens
            count = len(self.attachment.images)
            pictures = self.tr("1 picture") if count == 1 else self.tr("%s pictures") % count
            text += "\n" + self.tr("%s, %s image tokens") % (pictures, f"{image_tokens:,}")  # a line of its own
        self.summary.setText(text)
        pixmap = thumbnail_with_grid(self.attachment.thumbnail, None)
        self.preview.setPixmap(pixmap)
        self.preview.setFixedSize(pixmap.width() + 2, pixmap.height() + 2)
        return image_tokens


CHIPS: dict[str | None, type[AttachmentChip]] = {
    None: AttachmentChip,
    CHIP_FRAMES: FramesChip,
    CHIP_PAGES: PagesChip,
    CHIP_TEXT: TextChip,
}


def make_chip(attachment: PreparedAttachment, parent: QWidget | None = None) -> AttachmentChip:
    """The chip the attachment's kind asks for (its ``chip`` hint), the text chip for a document sent as its text,
    the plain chip for a kind without one."""
    chip = CHIP_TEXT if attachment.text is not None else attachment.attachment_kind.chip
    return CHIPS[chip](attachment, parent)
