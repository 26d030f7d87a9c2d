"""Choosing the pages of a document (a PDF) to send: a grid of page pictures to tick, "All pages", and what the choice
costs in image tokens against the room left in the model's context (pages past it are not sent, and the
dialog says so before it happens). Page pictures are rendered on a worker thread."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import DesktopVlmError
from ..media.paged import Pages, pages_that_fit
from .attachment_chip import page_ranges
from .images import pil_to_qimage

PAGE_PICTURE_PX = 150


def framed(image: QImage) -> QImage:
    """A page picture with a grey edge: a white page would vanish on the white list."""
    painter = QPainter(image)
    painter.setPen(QPen(QColor(150, 150, 150), 2))
    painter.drawRect(image.rect().adjusted(1, 1, -1, -1))
    painter.end()
    return image


class _PageRenderer(QObject):
    """Renders page pictures one after another on the pool; ``rendered(index, QImage, width, height)``."""

    rendered = Signal(int, QImage, int, int)

    def __init__(self, path: Path, pages: Pages, count: int):
        super().__init__()
        self.path, self.pages, self.count = Path(path), pages, count
        self.stop = threading.Event()

    def start(self) -> None:
        QThreadPool.globalInstance().start(self._run)

    def _run(self) -> None:
        from ..media import make_thumbnail

        for index in range(self.count):
            if self.stop.is_set():
                return
            try:
                page = self.pages.render(self.path, index, max_tiles=1)
            except DesktopVlmError:
                continue  # one broken page leaves its cell empty; the others still come
            picture = make_thumbnail(page, PAGE_PICTURE_PX * 2)
            self.rendered.emit(index, pil_to_qimage(picture), page.width, page.height)


class PagePicker(QDialog):
    """``pages()`` after ``accept``: the chosen pages (0-based, in order) that fit, at most ``pages.most_sent``.

    Parameters
    ----------
    path, page_count : the document and its number of pages
    pages : how its kind counts, renders and plans pages
    chosen : the pages sent now (ticked at the start)
    max_tiles, tile_size, tokens_per_tile : the tile budget, for the token cost of each page
    room : image tokens left in the context for this PDF (None: unknown, no model yet)
    """

    def __init__(
        self,
        path: Path,
        pages: Pages,
        page_count: int,
        chosen: list[int],
        *,
        max_tiles: int,
        tile_size: int,
        tokens_per_tile: int,
        room: int | None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pages of %s to send") % Path(path).name)
        self.max_tiles, self.tile_size, self.tokens_per_tile, self.room = max_tiles, tile_size, tokens_per_tile, room
        self.document = pages
        self._tokens: dict[int, int] = {}  # page -> image tokens, known once its picture is rendered
        self.grid = QListWidget(self)
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setIconSize(QSize(PAGE_PICTURE_PX, PAGE_PICTURE_PX))
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setSpacing(6)
        self.grid.setAccessibleName(self.tr("Pages: Space ticks or unticks the current page"))
        for index in range(page_count):
            item = QListWidgetItem(self.tr("Page %d") % (index + 1))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if index in chosen else Qt.CheckState.Unchecked)
            item.setSizeHint(QSize(PAGE_PICTURE_PX + 24, PAGE_PICTURE_PX + 40))
            self.grid.addItem(item)
        self.grid.itemChanged.connect(self._refresh)
        self.grid.itemActivated.connect(self._toggle)
        every = QPushButton(self.tr("All pages"), self)
        every.clicked.connect(lambda: self.set_checked(range(page_count)))
        none = QPushButton(self.tr("None"), self)
        none.clicked.connect(lambda: self.set_checked([]))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(every)
        row.addWidget(none)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid, 1)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(720, 560)
        self._renderer = _PageRenderer(path, pages, page_count)
        self._renderer.rendered.connect(self._on_page_rendered)
        self.finished.connect(lambda _result: self._renderer.stop.set())
        self._renderer.start()
        self._refresh()

    # ------------------------------------------------------------------ choice
    def checked(self) -> list[int]:
        return [i for i in range(self.grid.count()) if self.grid.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, pages) -> None:
        wanted = set(pages)
        self.grid.blockSignals(True)
        for index in range(self.grid.count()):
            self.grid.item(index).setCheckState(Qt.CheckState.Checked if index in wanted else Qt.CheckState.Unchecked)
        self.grid.blockSignals(False)
        self._refresh()

    def page_tokens(self, index: int) -> int:
        """Image tokens of a page: exact once its picture is rendered, until then as the pages known so far
        (most PDFs have one page size)."""
        if index in self._tokens:
            return self._tokens[index]
        known = list(self._tokens.values())
        return round(sum(known) / len(known)) if known else 0

    def pages(self) -> list[int]:
        """The ticked pages that will be sent: in order, as many as fit in the room and the limit."""
        checked = self.checked()
        fit = pages_that_fit([self.page_tokens(p) for p in checked], self.room, self.document.most_sent)
        return checked[:fit] if checked else []

    # ------------------------------------------------------------------ display
    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _on_page_rendered(self, index: int, image: QImage, width: int, height: int) -> None:
        plan = self.document.plan(width, height, max_tiles=self.max_tiles, tile_size=self.tile_size)
        self._tokens[index] = plan.total_tiles * self.tokens_per_tile
        item = self.grid.item(index)
        if item is not None:
            self.grid.blockSignals(True)
            item.setIcon(QPixmap.fromImage(framed(image)))
            item.setToolTip(
                self.tr("Page %d: %d tiles → %s image tokens")
                % (index + 1, plan.total_tiles, f"{self._tokens[index]:,}")
            )
            self.grid.blockSignals(False)
        self._refresh()

    def _refresh(self, *_args) -> None:
        checked, sent = self.checked(), self.pages()
        cost = sum(self.page_tokens(p) for p in sent)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(sent))
        ok.setText(self.tr("Send %d page(s)") % len(sent) if sent else self.tr("Send"))
        if not checked:
            self.summary.setText(self.tr("Tick the pages the model should read."))
            return
        text = self.tr("Pages %s: about %s image tokens.") % (page_ranges(sent), f"{cost:,}")
        if len(sent) < len(checked):
            if len(sent) == self.document.most_sent and (self.room is None or cost <= self.room):
                reason = self.tr("at most %d pages are sent at once") % self.document.most_sent
            else:
                reason = self.tr("the model's context has room for about %s image tokens") % f"{self.room:,}"
            text = (
                "⚠ "
                + self.tr(
                    "Only %d of the %d ticked pages will be sent: %s. Use fewer tiles (Max tiles) to fit more pages."
                )
                % (len(sent), len(checked), reason)
                + " "
                + text
            )
        self.summary.setText(text)
