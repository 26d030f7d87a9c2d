"""See what the model sees: an attachment at full size (fit to the window, or 100 %) with the tile grid the
model cuts it into, the thumbnail tile it also gets, and what it costs in image tokens; a PDF's pages and a
video's frames (with their times) to step through."""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image
from PySide6.QtCore import QObject, QRectF, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QPen, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.tiling import TilePlan, plan_tiles
from ..media.kind_registry import kind as attachment_kind
from .images import pil_to_qimage

MAX_SHOWN_SIDE = 6000  # px: larger pictures are shown scaled to this (a 20000 px scan would need 1.2 GB here)
ZOOM_STEP = 1.25


@dataclass(frozen=True)
class ViewerBudget:
    """The tile budget the pictures are planned with (the composer's current one)."""

    max_tiles: int
    tile_size: int
    tokens_per_tile: int


def frame_time(seconds: float) -> str:
    """4.25 → "0:04.2": a video frame's time as people read it."""
    minutes, rest = divmod(max(0.0, seconds), 60)
    return f"{int(minutes)}:{rest:04.1f}"


def shown_image(image: Image.Image) -> QImage:
    """``image`` as a QImage, scaled down only past ``MAX_SHOWN_SIDE``."""
    if max(image.size) > MAX_SHOWN_SIDE:
        image = image.copy()
        image.thumbnail((MAX_SHOWN_SIDE, MAX_SHOWN_SIDE))
    return pil_to_qimage(image)


class TileCanvas(QWidget):
    """The picture at ``zoom`` with the tile grid over it: where each tile's pixels come from."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.image = QImage()
        self.plan: TilePlan | None = None
        self.zoom = 1.0
        self.setAccessibleName(self.tr("The picture with its tile grid"))

    def set_picture(self, image: QImage, plan: TilePlan | None) -> None:
        self.image, self.plan = image, plan
        self.updateGeometry()
        self.update()

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(0.02, min(8.0, zoom))
        self.resize(self.sizeHint())
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(max(1, round(self.image.width() * self.zoom)), max(1, round(self.image.height() * self.zoom)))

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        target = QRectF(0, 0, self.image.width() * self.zoom, self.image.height() * self.zoom)
        painter.drawImage(target, self.image)
        if self.plan is not None and self.plan.grid_tiles > 1:
            # a dark line under a light dashed one: visible on white documents and on dark photos alike
            for pen in (QPen(QColor(0, 0, 0, 150), 3), QPen(QColor(120, 170, 255), 1.5, Qt.PenStyle.DashLine)):
                painter.setPen(pen)
                for c in range(1, self.plan.columns):
                    x = target.width() * c / self.plan.columns
                    painter.drawLine(round(x), 0, round(x), round(target.height()))
                for r in range(1, self.plan.rows):
                    y = target.height() * r / self.plan.rows
                    painter.drawLine(0, round(y), round(target.width()), round(y))
        painter.end()


class _Decoder(QObject):
    """Decodes a stored attachment on the pool (a 24 MP photo takes half a second); ``done(images)`` or
    ``failed(message)``."""

    done = Signal(list)
    failed = Signal(str)

    def start(self, attachment, max_tiles: int) -> None:
        from ..app.attachments import prepare_stored
        from ..core.errors import DesktopVlmError

        def work() -> None:
            try:
                prepared = prepare_stored(attachment.path, attachment.meta, max_tiles)
                self.done.emit(prepared.images)
            except DesktopVlmError as err:
                self.failed.emit(err.user_message)
            except OSError as err:
                self.failed.emit(self.tr("%s could not be read (%s).") % (attachment.name, err.strerror or err))

        QThreadPool.globalInstance().start(work)


class AttachmentViewer(QDialog):
    """One attachment's pictures (``set_images``), each with its tile plan and token count."""

    def __init__(self, name: str, kind: str, meta: dict, budget: ViewerBudget, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind, self.meta, self.budget = kind, meta or {}, budget
        self.attachment_kind = attachment_kind(kind)
        self.images: list[Image.Image] = []
        self.fit = True
        self.decoder: _Decoder | None = None  # decodes a sent attachment's pictures (see open_stored_viewer)
        self.setWindowTitle(self.tr("%s as the model sees it") % name)
        self.pages = QListWidget(self)
        self.pages.setIconSize(QSize(72, 54))
        self.pages.setFixedWidth(220)  # "Frame 12 · 1:04.5" beside its picture
        self.pages.setWordWrap(True)
        self.pages.setAccessibleName(self.tr("Pages and frames"))
        self.pages.currentRowChanged.connect(self.show_image)
        self.canvas = TileCanvas()
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area.setWidgetResizable(False)
        self.scroll_area.viewport().installEventFilter(self)  # fit again when the window is resized
        self.fit_button = self._tool(self.tr("Fit"), self.tr("Fit to the window (F)"), lambda: self.set_fit(True))
        self.actual_button = self._tool(self.tr("100%"), self.tr("Actual size (1)"), lambda: self.set_zoom(1.0))
        zoom_out = self._tool("−", self.tr("Zoom out (-)"), lambda: self.set_zoom(self.canvas.zoom / ZOOM_STEP))
        zoom_in = self._tool("+", self.tr("Zoom in (+)"), lambda: self.set_zoom(self.canvas.zoom * ZOOM_STEP))
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("Hint")
        for keys, slot in (
            ("F", lambda: self.set_fit(True)),
            ("1", lambda: self.set_zoom(1.0)),
            ("+", zoom_in.click),
            ("=", zoom_in.click),
            ("-", zoom_out.click),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        self.plan_text = QLabel(self)
        self.plan_text.setWordWrap(True)
        self.plan_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.thumbnail_tile = QLabel(self)
        self.thumbnail_tile.setObjectName("Preview")
        self.thumbnail_caption = QLabel(self)
        self.thumbnail_caption.setObjectName("Hint")
        self.thumbnail_caption.setWordWrap(True)
        self.total = QLabel(self)
        self.total.setObjectName("Hint")
        self.total.setWordWrap(True)

        tools = QHBoxLayout()
        for widget in (self.fit_button, self.actual_button, zoom_out, zoom_in, self.zoom_label):
            tools.addWidget(widget)
        tools.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.plan_text)
        side.addWidget(self.thumbnail_tile, 0, Qt.AlignmentFlag.AlignLeft)
        side.addWidget(self.thumbnail_caption)
        side.addWidget(self.total)
        side.addStretch(1)
        side_box = QWidget(self)
        side_box.setLayout(side)
        side_box.setFixedWidth(260)
        centre = QVBoxLayout()
        centre.addLayout(tools)
        centre.addWidget(self.scroll_area, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addLayout(centre, 1)
        layout.addWidget(side_box)
        self.plan_text.setText(self.tr("Loading…"))
        self.resize(1100, 720)

    def _tool(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------------ content
    def plan_for(self, image: Image.Image) -> TilePlan:
        """The tiling the runtime will use: a video frame is one tile, other pictures up to the budget."""
        max_tiles = self.attachment_kind.tiles_per_picture(self.budget.max_tiles)
        return plan_tiles(*image.size, max_tiles=max_tiles, tile_size=self.budget.tile_size)

    def set_images(self, images: list[Image.Image]) -> None:
        self.images = list(images)
        self.pages.clear()
        times = self.meta.get("frame_times") or []
        page_numbers = self.meta.get("pages") or []
        for index, image in enumerate(self.images):
            if self.attachment_kind.as_frames:
                text = self.tr("Frame %d") % (index + 1)
                if index < len(times):
                    text += f" · {frame_time(times[index])}"
            elif self.attachment_kind.pages is not None:
                text = self.tr("Page %d") % ((page_numbers[index] if index < len(page_numbers) else index) + 1)
            else:
                text = self.tr("Picture")
            small = image.copy()
            small.thumbnail((72, 54))
            self.pages.addItem(QListWidgetItem(QPixmap.fromImage(pil_to_qimage(small)), text))
        self.pages.setVisible(len(self.images) > 1)
        tiles = sum(self.plan_for(im).total_tiles for im in self.images)
        self.total.setText(self.tr("This attachment: %d picture(s), %s") % (len(self.images), self._cost(tiles)))
        if self.images:
            self.pages.setCurrentRow(0)
            self.show_image(0)

    def show_error(self, message: str) -> None:
        self.plan_text.setText(message)

    def show_image(self, index: int) -> None:
        if not 0 <= index < len(self.images):
            return
        image = self.images[index]
        plan = self.plan_for(image)
        self.canvas.set_picture(shown_image(image), plan)
        width, height = image.size
        grid_w, grid_h = plan.resized_size
        if plan.grid_tiles == 1:
            lines = [self.tr("%d × %d px, resized to one tile of %d × %d px") % (width, height, grid_w, grid_h)]
        else:
            lines = [
                self.tr("%d × %d px, resized to %d × %d and cut into %d × %d tiles of %d px")
                % (width, height, grid_w, grid_h, plan.columns, plan.rows, plan.tile_size)
            ]
        if plan.thumbnail:
            lines.append(self.tr("+ 1 thumbnail tile: the whole picture at %d × %d") % (plan.tile_size, plan.tile_size))
        lines.append(f"<b>{self._cost(plan.total_tiles)}</b>")
        self.plan_text.setText("<br>".join(lines))
        self.thumbnail_tile.setVisible(plan.thumbnail)
        self.thumbnail_caption.setVisible(plan.thumbnail)
        if plan.thumbnail:
            tile = image.convert("RGB").resize((plan.tile_size, plan.tile_size), Image.Resampling.BICUBIC)
            tile.thumbnail((224, 224))
            self.thumbnail_tile.setPixmap(QPixmap.fromImage(pil_to_qimage(tile)))
            self.thumbnail_caption.setText(
                self.tr(
                    "The thumbnail tile (shown at half size): the model also gets "
                    "the whole picture squeezed to one tile."
                )
            )
        self.set_fit(self.fit)

    def _cost(self, tiles: int) -> str:
        tokens = f"{tiles * self.budget.tokens_per_tile:,}"
        return (
            self.tr("1 tile → %s image tokens") % tokens
            if tiles == 1
            else (self.tr("%d tiles → %s image tokens") % (tiles, tokens))
        )

    # ------------------------------------------------------------------ zoom
    def set_fit(self, fit: bool) -> None:
        self.fit = fit
        if fit and not self.canvas.image.isNull():
            area = self.scroll_area.viewport().size()
            zoom = min(area.width() / self.canvas.image.width(), area.height() / self.canvas.image.height())
            self.canvas.set_zoom(zoom)
        self._show_zoom()

    def set_zoom(self, zoom: float) -> None:
        self.fit = False
        self.canvas.set_zoom(zoom)
        self._show_zoom()

    def _show_zoom(self) -> None:
        self.zoom_label.setText(f"{self.canvas.zoom * 100:.0f} %" + (" · " + self.tr("fit") if self.fit else ""))
        self.fit_button.setEnabled(not self.fit)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.scroll_area.viewport() and event.type() == event.Type.Resize and self.fit:
            self.set_fit(True)
        return False


def open_viewer(
    parent: QWidget, name: str, kind: str, images: list[Image.Image], meta: dict, budget: ViewerBudget
) -> AttachmentViewer:
    """Open the viewer on pictures already decoded (the composer's)."""
    viewer = AttachmentViewer(name, kind, meta, budget, parent)
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    viewer.set_images(images)
    viewer.open()
    return viewer


def open_stored_viewer(parent: QWidget, attachment, budget: ViewerBudget) -> AttachmentViewer:
    """Open the viewer on a sent attachment; its pictures are decoded on a worker and appear when ready."""
    viewer = AttachmentViewer(attachment.name, attachment.kind, attachment.meta, budget, parent)
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # no parent: a decode finishing after the viewer closed finds it still there
    decoder = viewer.decoder = _Decoder()
    decoder.done.connect(viewer.set_images)
    decoder.failed.connect(viewer.show_error)
    decoder.start(attachment, budget.max_tiles)
    viewer.open()
    return viewer
