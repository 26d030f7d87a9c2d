"""Region screenshot: the selected rectangle comes back at the screen's full resolution."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPixmap

from desktop_vlm.ui.screenshot import RegionGrabber


def _mouse(kind, x, y):
    return QMouseEvent(kind, QPointF(x, y), QPointF(x, y), Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip


def test_dragging_a_rectangle_captures_it_at_device_resolution(qtbot):
    grabber = RegionGrabber()
    qtbot.addWidget(grabber)
    screen = QPixmap(800, 600)
    screen.fill(QColor("white"))
    screen.setDevicePixelRatio(1.0)
    grabber._pixmap, grabber._ratio = screen, 2.0  # a HiDPI screen: 2 device pixels per logical pixel
    with qtbot.waitSignal(grabber.captured) as captured:
        grabber.mousePressEvent(_mouse(QMouseEvent.Type.MouseButtonPress, 10, 20))
        grabber.mouseMoveEvent(_mouse(QMouseEvent.Type.MouseMove, 110, 70))
        grabber.mouseReleaseEvent(_mouse(QMouseEvent.Type.MouseButtonRelease, 110, 70))
    image = captured.args[0]
    assert (image.width(), image.height()) == (200, 100)  # 100×50 logical pixels at 2× = full resolution
    assert grabber.crop(QRect(0, 0, 10, 10)).width() == 20


def test_a_click_without_dragging_cancels(qtbot):
    grabber = RegionGrabber()
    qtbot.addWidget(grabber)
    with qtbot.waitSignal(grabber.cancelled):
        grabber.mousePressEvent(_mouse(QMouseEvent.Type.MouseButtonPress, 5, 5))
        grabber.mouseReleaseEvent(_mouse(QMouseEvent.Type.MouseButtonRelease, 6, 6))
