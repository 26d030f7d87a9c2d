"""Region screenshot: the selected rectangle comes back at the screen's full resolution."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPixmap

from desktop_vlm.ui.screenshot import RegionGrabber


def _mouse(kind, x, y):
    return QMouseEvent(
        kind,
        QPointF(x, y),
        QPointF(x, y),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )


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


def test_the_window_steps_aside_for_the_screenshot_and_gets_the_region(qtbot, window):
    window.screenshots.start()
    assert not window.isVisible()  # out of the way before the screen is frozen
    qtbot.waitUntil(
        lambda: window.screenshots.grabber is not None and window.screenshots.grabber.isVisible(), timeout=3000
    )
    grabber = window.screenshots.grabber
    with qtbot.waitSignal(window.composer.attachments_changed, timeout=3000):
        grabber.mousePressEvent(_mouse(QMouseEvent.Type.MouseButtonPress, 10, 10))
        grabber.mouseMoveEvent(_mouse(QMouseEvent.Type.MouseMove, 90, 50))
        grabber.mouseReleaseEvent(_mouse(QMouseEvent.Type.MouseButtonRelease, 90, 50))
    assert window.isVisible()
    (attachment,) = window.composer.attachments
    ratio = grabber._ratio
    assert attachment.images[0].size == (int(80 * ratio), int(40 * ratio))
    assert attachment.name.startswith("screenshot-") and attachment.name.endswith(".png")


def test_escape_brings_the_window_back(qtbot, window):
    window.screenshots.start()
    qtbot.waitUntil(
        lambda: window.screenshots.grabber is not None and window.screenshots.grabber.isVisible(), timeout=3000
    )
    qtbot.keyClick(window.screenshots.grabber, Qt.Key.Key_Escape)
    assert window.isVisible() and window.composer.attachments == []
