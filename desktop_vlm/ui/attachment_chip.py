"""One attachment in the composer: its preview with the tile grid ("what the model will see"), what it
costs in tokens, remove; a PDF's page picker and a video's strip of the frames that will be sent."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ..app.attachments import PreparedAttachment, tile_summary
from .images import thumbnail_with_grid


def parse_pages(text: str, count: int) -> list[int]:
    """"1-3, 5" → [0, 1, 2, 4] (0-based), ignoring pages outside 1..count."""
    pages: list[int] = []
    for part in text.replace(" ", "").split(","):
        if not part:
            continue
        first, _, last = part.partition("-")
        try:
            lo, hi = int(first), int(last or first)
        except ValueError:
            continue
        pages += [p - 1 for p in range(lo, hi + 1) if 1 <= p <= count and p - 1 not in pages]
    return pages


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
    """One attachment: preview with the tile grid, what it costs in tokens, remove; a PDF can pick pages,
    a video shows the strip of frames that will be sent."""

    remove_requested = Signal(object)
    pages_requested = Signal(object, list)

    def __init__(self, attachment: PreparedAttachment, parent: QWidget | None = None):
        super().__init__(parent)
        self.attachment = attachment
        self.setObjectName("AttachmentChip")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.preview = QLabel(self)
        self.preview.setObjectName("Preview")  # framed: a white page on a white chip would vanish
        self.preview.setAccessibleName(self.tr("Preview of %s with its tile grid") % attachment.name)
        remove = QToolButton(self)
        remove.setText("×")
        remove.setAccessibleName(self.tr("Remove %s") % attachment.name)
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        top.addWidget(self.preview)
        top.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        name = attachment.name if len(attachment.name) < 22 else attachment.name[:19] + "…"
        self.title = QLabel(name + self._detail(), self)
        self.summary = QLabel(self)
        self.summary.setObjectName("Hint")
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        if attachment.kind == "video":
            strip = QHBoxLayout()
            strip.setSpacing(2)
            for frame in attachment.images[:16]:
                cell = QLabel(self)
                cell.setPixmap(thumbnail_with_grid(frame, None, 28))
                strip.addWidget(cell)
            strip.addStretch(1)
            layout.addLayout(strip)
        if attachment.kind == "pdf" and attachment.meta.get("page_count", 1) > 1:
            pages = QToolButton(self)
            pages.setText(self.tr("Pages…"))
            pages.setAccessibleName(self.tr("Choose the pages of %s to send") % attachment.name)
            pages.clicked.connect(self._on_pages_clicked)
            layout.addWidget(pages)

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

    def _on_pages_clicked(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        count = self.attachment.meta["page_count"]
        current = ",".join(str(p + 1) for p in self.attachment.meta.get("pages", [0]))
        text, ok = QInputDialog.getText(self, self.tr("Pages to send"),
                                        self.tr("Pages of %d (e.g. 1-3, 5; at most 8)") % count, text=current)  # fmt: skip
        if ok and (pages := parse_pages(text, count)):
            self.pages_requested.emit(self, pages)

    def update_budget(self, max_tiles: int, tile_size: int, tokens_per_tile: int) -> int:
        summary = tile_summary(self.attachment, max_tiles=max_tiles, tile_size=tile_size,
                               tokens_per_tile=tokens_per_tile)  # fmt: skip
        self.summary.setText(summary.text)
        pixmap = thumbnail_with_grid(self.attachment.thumbnail, summary.plans[0])
        self.preview.setPixmap(pixmap)
        self.preview.setFixedSize(pixmap.width() + 2, pixmap.height() + 2)  # the frame hugs the picture
        return summary.tokens
