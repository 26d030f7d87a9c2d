"""Window-level behaviour: window-wide paste, the settings panel following the open conversation, the
model-loading indicator and the status bar's memory figure."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage

from desktop_vlm.core.types import GenerationParams


def test_ctrl_v_anywhere_in_the_window_attaches_the_clipboard_image(qtbot, window):
    image = QImage(640, 320, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    QGuiApplication.clipboard().setImage(image)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.conversations.list.setFocus()
    with qtbot.waitSignal(window.composer.attachments_changed, timeout=3000):
        qtbot.keyClick(window.conversations.list, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    (attachment,) = window.composer.attachments
    assert attachment.images[0].size == (640, 320)


def test_the_panel_shows_each_conversations_sampling_settings(qtbot, window, services):
    controller = services.controller
    controller.new_conversation()
    first = controller.conversation.id
    window.panel.greedy.setChecked(False)
    window.panel.temperature.setValue(0.3)
    assert controller.params.do_sample and controller.params.temperature == 0.3
    controller.new_conversation()
    controller.params = GenerationParams()  # a new conversation starts from the defaults
    controller.open_conversation(controller.conversation.id)
    assert window.panel.greedy.isChecked() and not window.panel.temperature.isEnabled()
    controller.open_conversation(first)
    assert not window.panel.greedy.isChecked() and window.panel.temperature.value() == 0.3
    assert window.panel.temperature.isEnabled()
    assert controller.params.temperature == 0.3  # showing them did not write anything back


def test_loading_shows_a_busy_indicator_and_memory_is_shown(qtbot, window, services):
    assert window.memory_label.text().startswith("RAM ")
    with qtbot.waitSignal(services.service.model_unloaded, timeout=5000):
        services.service.unload_model()
    assert window.model_label.text() == "No model loaded" and window.device_label.text() == ""
    with qtbot.waitSignal(services.service.model_loaded, timeout=5000):
        window.load_model("fake")
        assert window.load_progress.isVisible()
    assert not window.load_progress.isVisible() and window.model_label.text() == "fake"
