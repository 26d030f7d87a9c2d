"""PIL ↔ Qt image conversion and the tile-grid overlay ("what the model will see")."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap

from ..core.tiling import TilePlan


def pil_to_qimage(image: Image.Image) -> QImage:
    rgb = image.convert("RGB")
    data = rgb.tobytes()
    return QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888).copy()


def qimage_to_pil(image: QImage) -> Image.Image:
    converted = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height = converted.width(), converted.height()
    ptr = converted.constBits()
    stride = converted.bytesPerLine()
    raw = bytes(ptr)[: stride * height]
    return Image.frombuffer("RGB", (width, height), raw, "raw", "RGB", stride, 1).copy()


def thumbnail_with_grid(thumbnail: Image.Image, plan: TilePlan | None, size: int = 96) -> QPixmap:
    """The thumbnail scaled to ``size`` with the tile grid drawn over it."""
    pixmap = QPixmap.fromImage(pil_to_qimage(thumbnail)).scaled(
        size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    if plan is None or plan.grid_tiles <= 1:
        return pixmap
    painter = QPainter(pixmap)
    w, h = pixmap.width(), pixmap.height()
    # a dark line under a light dashed one: visible on white documents and on dark photos alike
    for pen in (QPen(QColor(0, 0, 0, 140), 2), QPen(QColor(120, 170, 255, 255), 1, Qt.PenStyle.DashLine)):
        painter.setPen(pen)
        for c in range(1, plan.columns):
            x = round(c * w / plan.columns)
            painter.drawLine(x, 0, x, h)
        for r in range(1, plan.rows):
            y = round(r * h / plan.rows)
            painter.drawLine(0, y, w, y)
    painter.end()
    return pixmap
