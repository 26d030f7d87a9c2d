"""One attachment in the composer: its preview with the tile grid ("what the model will see"; click it for
the viewer), what it costs in tokens, remove; a PDF's Pages… button and a video's strip of sent frames."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from ..app.attachments import PreparedAttachment, tile_summary
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
    """One attachment: its picture with the tile grid (click: the viewer), what it costs in tokens, what of
    it is sent (pages, frames), a note from its preparation, remove; a PDF can pick pages."""

    remove_requested = Signal(object)
    pages_requested = Signal(object)
    view_requested = Signal(object)

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
        name = self.fontMetrics().elidedText(attachment.name, Qt.TextElideMode.ElideMiddle,
                                             text_width - self.fontMetrics().horizontalAdvance(detail))
        self.title.setText(name + detail)
        self.summary = QLabel(self)
        self.summary.setObjectName("Hint")
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        for note in (self._left_out(), attachment.note or ""):
            if note:
                label = QLabel(note, self)
                label.setObjectName("Hint")
                label.setWordWrap(True)
                layout.addWidget(label)
        if attachment.kind == "video":
            strip = QHBoxLayout()
            strip.setSpacing(2)
            for frame in attachment.images[:6]:
                cell = QLabel(self)
                cell.setPixmap(thumbnail_with_grid(frame, None, 28))
                strip.addWidget(cell)
            strip.addStretch(1)
            layout.addLayout(strip)
        if attachment.kind == "pdf" and attachment.meta.get("page_count", 1) > 1:
            pages = QPushButton(self.tr("Pages…"), self)
            pages.setAccessibleName(self.tr("Choose the pages of %s to send") % attachment.name)
            pages.clicked.connect(lambda: self.pages_requested.emit(self))
            layout.addWidget(pages)

    def needed_height(self) -> int:
        """The height that shows everything at the chip's fixed width (wrapped notes included)."""
        return self.heightForWidth(CHIP_WIDTH) if self.layout().hasHeightForWidth() else self.sizeHint().height()

    def _detail(self) -> str:
        """" · 8 frames", " · page 2 of 3", " · pages 1–3, 5 of 9": what of the file will be sent."""
        meta = self.attachment.meta
        if self.attachment.kind == "video":
            return self.tr(" · %d frames") % len(self.attachment.images)
        if self.attachment.kind != "pdf":
            return ""
        pages = meta.get("pages", [0])
        if len(pages) == 1:
            return self.tr(" · page %d of %d") % (pages[0] + 1, meta.get("page_count", 1))
        return self.tr(" · pages %s of %d") % (page_ranges(pages), meta.get("page_count", len(pages)))

    def _left_out(self) -> str:
        """Why a PDF sends fewer pages than it has, when the pages were not picked by hand."""
        meta = self.attachment.meta
        reason = meta.get("left_out")
        if not reason:
            return ""
        sent, count = len(meta.get("pages", [])), meta.get("page_count", 0)
        if reason == "limit":
            return "⚠ " + self.tr("%d of %d pages: at most %d at once. Pages… to choose.") % (sent, count, sent)
        return "⚠ " + self.tr("%d of %d pages: more would not fit the model's context. Pages… to choose.") % (
            sent, count)

    def update_budget(self, max_tiles: int, tile_size: int, tokens_per_tile: int) -> int:
        summary = tile_summary(self.attachment, max_tiles=max_tiles, tile_size=tile_size,
                               tokens_per_tile=tokens_per_tile)
        self.summary.setText(summary.text)
        pixmap = thumbnail_with_grid(self.attachment.thumbnail, summary.plans[0])
        self.preview.setPixmap(pixmap)
        self.preview.setFixedSize(pixmap.width() + 2, pixmap.height() + 2)  # the frame hugs the picture
        return summary.tokens
