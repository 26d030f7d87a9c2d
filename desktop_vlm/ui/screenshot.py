"""Region screenshot: freeze the screen, let the person drag a rectangle, return it at full resolution."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget


class RegionGrabber(QWidget):
    """A full-screen overlay over a frozen screenshot. ``captured(QImage)`` or ``cancelled()``."""

    captured = Signal(QImage)
    cancelled = Signal()

    def __init__(self, screen=None):
        super().__init__(None, Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        screen = screen or QGuiApplication.primaryScreen()
        self._pixmap = screen.grabWindow(0)
        self._ratio = self._pixmap.devicePixelRatio() or 1.0
        self.setGeometry(screen.geometry())
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Select a region of the screen; Escape cancels"))
        self._origin: QPoint | None = None
        self._rect = QRect()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.drawPixmap(self.rect(), self._pixmap)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 90))
        if not self._rect.isNull():
            painter.drawPixmap(self._rect, self._pixmap, self._source_rect(self._rect))
            painter.setPen(QPen(QColor("#6f9bff"), 2))
            painter.drawRect(self._rect)

    def _source_rect(self, rect: QRect) -> QRect:
        r = self._ratio
        return QRect(int(rect.x() * r), int(rect.y() * r), int(rect.width() * r), int(rect.height() * r))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        origin = self._origin = event.position().toPoint()
        self._rect = QRect(origin, origin)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._origin is not None:
            end = event.position().toPoint()
            # corner-to-corner, exclusive of the end point (QRect(QPoint, QPoint) would include it)
            self._rect = QRect(
                min(self._origin.x(), end.x()),
                min(self._origin.y(), end.y()),
                abs(end.x() - self._origin.x()),
                abs(end.y() - self._origin.y()),
            )
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        rect = self._rect
        self.close()
        if rect.width() < 4 or rect.height() < 4:
            self.cancelled.emit()
            return
        self.captured.emit(self.crop(rect))

    def crop(self, rect: QRect) -> QImage:
        """The selected rectangle at the screen's full (device-pixel) resolution."""
        return self._pixmap.copy(self._source_rect(rect)).toImage()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            self.cancelled.emit()


class ScreenshotCommand(QObject):
    """The window's screenshot command: hide the window, freeze the screen, let the person drag a rectangle;
    ``captured(QImage)`` with the region at full resolution, and the window comes back (also on Escape)."""

    captured = Signal(QImage)
    DELAY_MS = 250  # lets the compositor remove our window before the screen is frozen

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.grabber: RegionGrabber | None = None

    def start(self) -> None:
        self.grabber = None
        self.window.hide()
        QTimer.singleShot(self.DELAY_MS, self._on_delay_finished)

    def _on_delay_finished(self) -> None:
        self.grabber = RegionGrabber(self.window.screen())
        self.grabber.captured.connect(self._on_grabber_captured)
        self.grabber.cancelled.connect(self._restore_window)
        self.grabber.showFullScreen()

    def _on_grabber_captured(self, image: QImage) -> None:
        self._restore_window()
        self.captured.emit(image)

    def _restore_window(self) -> None:
        self.window.show()
        self.window.activateWindow()
