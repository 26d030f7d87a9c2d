"""Window-level behaviour: window-wide paste, the settings panel following the open conversation (and
offering 8-bit weights on a CPU), the model-loading indicator and the status bar's memory figure."""

from __future__ import annotations

import pytest
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
    assert window.status.memory_label.text().startswith("RAM ")
    with qtbot.waitSignal(services.service.model_unloaded, timeout=5000):
        services.service.unload_model()
    assert window.status.model_label.text() == "No model loaded" and window.status.device_label.text() == ""
    with qtbot.waitSignal(services.service.model_loaded, timeout=5000):
        window.load_model("fake")
        assert window.status.load_progress.isVisible()
    assert not window.status.load_progress.isVisible() and window.status.model_label.text() == "fake"


@pytest.mark.parametrize(
    "device, quantization, offered",
    [
        ("cpu", "none", True),
        ("cpu", "int8", False),
        ("cpu", "int4", False),
        ("cuda", "none", False),
        ("127.0.0.1:8080", "none", False),
    ],
)
def test_8_bit_weights_are_offered_only_to_an_unquantised_model_on_the_cpu(window, device, quantization, offered):
    from dataclasses import replace

    info = replace(window.service.model_info, device=device, quantization=quantization)
    window.panel.set_model(info)
    assert window.panel.use_int8.isVisible() is offered and window.panel.weights_note.isVisible() is offered


def _code_blocks(body):
    from desktop_vlm.ui.answer_body import CodeBlockView

    return [view for view in body.views() if isinstance(view, CodeBlockView)]


def test_code_blocks_are_tinted_and_the_theme_can_be_switched(qtbot, window, services):
    from PySide6.QtWidgets import QApplication

    with qtbot.waitSignal(services.controller.answer_finished, timeout=5000) as done:
        services.controller.send("show me code")
    view = window.chat.message_widget(done.args[0]).body
    view.set_markdown("text\n\n```python\nprint(1)\n```\n")
    (code,) = _code_blocks(view)
    assert (code.code, code.language.text()) == ("print(1)", "python")
    window.set_theme("light")
    assert code.tint().lightness() > 200
    window.set_theme("dark")
    assert QApplication.instance().palette().color(QApplication.instance().palette().ColorRole.Window).lightness() < 100
    assert services.settings_store.load().ui.theme == "dark"
    assert code.tint().lightness() < 100


def test_the_tile_budget_and_geometry_survive_a_restart(qtbot, window, services):
    from desktop_vlm.ui.main import create_window

    window.panel.preset.setCurrentIndex(window.panel.preset.findData("document"))
    window.panel.max_tiles.setValue(9)
    window.panel.frames.setValue(12)
    assert services.controller.tiles.max_tiles == 9 and window.composer.frames == 12
    window.resize(777, 561)  # above the minimum size
    window.close()
    again = create_window(services)
    qtbot.addWidget(again)
    assert again.panel.budget() == ("document", 9, 12)
    assert services.controller.tiles.max_tiles == 9 and again.composer.frames == 12
    # offscreen has no window manager: the restored height may differ by the frame's few pixels
    assert again.size().width() == 777 and abs(again.size().height() - 561) <= 8


def test_the_open_conversation_stays_highlighted_after_the_list_refreshes(qtbot, window, services):
    from desktop_vlm.app.conversation_list_model import ConversationIdRole

    services.store.create_conversation("older")
    with qtbot.waitSignal(services.controller.answer_finished, timeout=5000):
        services.controller.send("a question")
    current = window.conversations.list.currentIndex()
    assert current.isValid() and current.data(ConversationIdRole) == services.controller.conversation.id
    assert window.conversations.list.selectionModel().isSelected(current)


def test_finishing_an_answer_does_not_rebuild_earlier_messages(qtbot, window, services):
    controller = services.controller
    with qtbot.waitSignal(controller.answer_finished, timeout=5000):
        controller.send("first")
    first_question = controller.conversation.messages[0].id
    kept = window.chat.message_widget(first_question)
    with qtbot.waitSignal(controller.answer_finished, timeout=5000) as done:
        controller.send("second")
    assert window.chat.message_widget(first_question) is kept
    answer = window.chat.message_widget(done.args[0])
    assert answer.text == services.controller.conversation.messages[-1].text
    assert answer.body.toPlainText().startswith("Here is the answer")  # the final text was laid out
    assert answer.regenerate.isVisible() and window.chat.message_widget(done.args[0] - 2).regenerate.isVisible()
    second_question = controller.conversation.messages[2].id
    with qtbot.waitSignal(controller.answer_finished, timeout=5000):
        controller.edit_and_resend(second_question, "second, reworded")
    edited = controller.conversation.messages[2]  # a new version of the question, beside the old one
    assert edited.versions == (second_question, edited.id)
    assert window.chat.message_widget(edited.id).text == "second, reworded"
    assert window.chat.message_widget(first_question) is kept


def test_the_prompt_estimate_is_shown_and_grows_with_the_conversation(qtbot, window, services, tmp_path):
    from PIL import Image

    assert window.composer.budget.text().startswith("prompt ≈ ")
    image = tmp_path / "page.png"
    Image.new("RGB", (600, 800), "white").save(image)
    with qtbot.waitSignal(window.composer.attachments_changed, timeout=5000):
        window.composer.add_files([image])
    text = window.composer.budget.text()
    assert text.startswith("1,792 image tokens · prompt ≈ ") and text.endswith("of 8,192 tokens")
    window.composer.edit.setPlainText("What is on this page?")
    with qtbot.waitSignal(services.controller.answer_finished, timeout=5000):
        window.composer.submit()
    after = window.composer.budget.text()
    # the sent image stays in the conversation's prompt (the fake model counts 256 tokens per image)
    assert after.startswith("prompt ≈ ") and int(after.split("≈ ")[1].split()[0].replace(",", "")) > 256


def test_dragging_files_over_the_window_highlights_the_question_box(qtbot, window, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent

    image = tmp_path / "drag.png"
    from PIL import Image

    Image.new("RGB", (50, 50), "red").save(image)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(image))])
    enter = QDragEnterEvent(
        QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dragEnterEvent(enter)
    assert enter.isAccepted() and window.composer.edit.property("dropping") is True
    window.dragLeaveEvent(QDragLeaveEvent())
    assert window.composer.edit.property("dropping") is False
    window.dragEnterEvent(enter)
    with qtbot.waitSignal(window.composer.attachments_changed, timeout=5000):
        window.dropEvent(
            QDropEvent(
                QPointF(20, 20),
                Qt.DropAction.CopyAction,
                mime,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            )
        )
    assert window.composer.edit.property("dropping") is False


def test_a_streamed_code_block_is_tinted_for_the_theme(qtbot, window, services, fake_runtime):
    fake_runtime.answer = 'Here:\n\n```json\n{"total": 12.7}\n```'
    for theme, light in (("light", True), ("dark", False)):
        window.set_theme(theme)
        with qtbot.waitSignal(services.controller.answer_finished, timeout=5000) as done:
            services.controller.send(f"code please ({theme})")
        body = window.chat.message_widget(done.args[0]).body
        (code,) = _code_blocks(body)
        lightness = code.tint().lightness()
        assert lightness > 200 if light else 20 < lightness < 100, (theme, lightness)


def test_a_narrow_window_shrinks_the_side_panes_before_the_chat(qtbot, window):
    from desktop_vlm.ui.main_window import CENTRE_MIN_WIDTH

    window.resize(900, 600)
    qtbot.waitUntil(lambda: window.width() == 900, timeout=3000)
    conversations, centre, panel = window.splitter.sizes()
    assert centre >= CENTRE_MIN_WIDTH and conversations > 0 and panel > 0
    scroll = window.chat.horizontalScrollBar()
    assert not scroll.isVisible() or scroll.maximum() == 0  # the empty-chat hint wraps, nothing scrolls sideways


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_controls_that_do_nothing_now_look_disabled(qtbot, window, theme):
    from PySide6.QtGui import QPalette

    window.set_theme(theme)
    window.panel.greedy.setChecked(True)
    spin = window.panel.temperature
    assert not spin.isEnabled()
    palette = spin.palette()
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    active = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    # greyed towards the background: a clearly different shade, not the same ink
    assert abs(disabled.lightness() - active.lightness()) > 40


def test_at_a_first_start_the_window_fits_the_screen_and_is_centred(qtbot, window):
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication

    from desktop_vlm.ui.main_window import PREFERRED_SIZE, first_size

    assert first_size(QSize(1920, 1040)) == PREFERRED_SIZE
    assert first_size(QSize(1280, 672)) == QSize(1177, 618)  # 1920 × 1080 at 150 %, less a 48-pixel task bar
    assert first_size(QSize(1366, 728)) == QSize(1256, 669)
    free = QGuiApplication.primaryScreen().availableGeometry()  # the tests' 1920 × 1080 screen
    assert window.size() == PREFERRED_SIZE  # no geometry saved yet
    centre = window.frameGeometry().center()  # within the few pixels of a frame offscreen has no manager for
    assert abs(centre.x() - free.center().x()) <= 8 and abs(centre.y() - free.center().y()) <= 8
