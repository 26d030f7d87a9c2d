"""The drop highlight: while files are dragged over the window, a tinted layer over its centre says that
letting go attaches them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

HIDE_DELAY_MS = 80  # moving from one drop target to the next leaves one and enters the other: no flicker


class DropOverlay(QWidget):
    """Covers ``window``'s central widget while shown; it never takes the drag or the mouse itself."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAccessibleName(self.tr("Drop files to attach them"))
        self._hide_timer = QTimer(self, singleShot=True, interval=HIDE_DELAY_MS)
        self._hide_timer.timeout.connect(self.hide)
        self.hide()

    def set_shown(self, shown: bool, at_once: bool = False) -> None:
        if shown:
            self._hide_timer.stop()
            window = self.parentWidget()
            assert window is not None, "the overlay is made over a window"
            central = getattr(window, "centralWidget", lambda: None)()
            self.setGeometry(central.geometry() if central is not None else window.rect())
            self.raise_()
            self.show()
        elif at_once:
            self._hide_timer.stop()
            self.hide()
        else:
            self._hide_timer.start()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        veil = QColor(self.palette().color(QPalette.ColorRole.Window))
        veil.setAlpha(225)  # the chat shows through faintly; the words on top stay readable
        painter.fillRect(self.rect(), veil)
        tint = QColor(accent)
        tint.setAlpha(28)
        painter.setBrush(tint)
        painter.setPen(QPen(accent, 3, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(6, 6, -6, -6), 12, 12)
        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Drop to attach\npictures, PDFs, videos"))
        painter.end()


class DragWatcher(QObject):
    """Shows ``overlay`` while a drag is over ``widget`` (one that takes drops itself, like a text box)."""

    def __init__(self, widget: QWidget, overlay: DropOverlay):
        super().__init__(widget)
        self.overlay = overlay
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.DragEnter and (event.mimeData().hasUrls() or event.mimeData().hasImage()):
            self.overlay.set_shown(True)
        elif kind == QEvent.Type.DragLeave:
            self.overlay.set_shown(False)
        elif kind == QEvent.Type.Drop:
            self.overlay.set_shown(False, at_once=True)
        return False
