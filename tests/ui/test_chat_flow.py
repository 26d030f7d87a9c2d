"""The chat as a person uses it: attach, ask, watch it stream, stop, regenerate, edit, come back later."""

from __future__ import annotations

import threading

from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage

from desktop_vlm.app.context import build_services
from desktop_vlm.config.paths import AppPaths
from desktop_vlm.runtime.fake import FakeRuntime


def _drop(widget, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    widget.dropEvent(event)


def _png(tmp_path, size=(800, 600), name="photo.png"):
    path = tmp_path / name
    Image.new("RGB", size, (40, 120, 200)).save(path)
    return path


def test_drop_shows_the_tile_preview_and_removal_works(qtbot, window, tmp_path):
    window.panel.max_tiles.setValue(12)
    composer = window.composer
    with qtbot.waitSignal(composer.attachments_changed, timeout=5000):
        _drop(composer, [_png(tmp_path)])
    chip = composer._chips()[0]
    assert chip.summary.text() == "13 tiles → 3,328 image tokens"  # 4×3 grid + thumbnail, 256 tokens each
    window.panel.max_tiles.setValue(6)
    assert chip.summary.text() == "7 tiles → 1,792 image tokens"
    with qtbot.waitSignal(composer.attachments_changed):
        chip.remove_requested.emit(chip)
    assert composer.attachments == []


def test_drop_on_the_window_and_paste_an_image(qtbot, window, tmp_path):
    with qtbot.waitSignal(window.composer.attachments_changed, timeout=5000):
        _drop(window, [_png(tmp_path, (448, 448))])
    mime = QMimeData()
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.red)
    mime.setImageData(image)
    with qtbot.waitSignal(window.composer.attachments_changed):
        window.composer.edit.insertFromMimeData(mime)
    assert [a.images[0].size for a in window.composer.attachments] == [(448, 448), (300, 200)]


def test_unreadable_file_is_reported_inline(qtbot, window, tmp_path):
    bad = tmp_path / "notes.bin"
    bad.write_bytes(bytes(range(256)))  # neither a signature nor text
    with qtbot.waitSignal(window.composer.attachment_failed, timeout=5000):
        _drop(window.composer, [bad])
    assert window.banner.isVisible() and "Supported" in window.banner.label.text()


def test_question_with_image_streams_into_the_view_and_is_saved(qtbot, window, services, fake_runtime, tmp_path):
    with qtbot.waitSignal(window.composer.attachments_changed, timeout=5000):
        _drop(window.composer, [_png(tmp_path)])
    window.composer.edit.setPlainText("What is the total?")
    with qtbot.waitSignal(services.controller.answer_finished, timeout=10000) as finished:
        window.composer.submit()
    message_id, status, stats = finished.args
    assert status == "complete"
    assert window.chat.message_widget(message_id).text == fake_runtime.answer
    request = fake_runtime.requests[-1]
    assert request.question == "<image>\nWhat is the total?" and len(request.visuals) == 1
    conversation = services.store.get_conversation(services.controller.conversation.id)
    assert [m.role for m in conversation.messages] == ["user", "assistant"]
    assert conversation.messages[0].attachments[0].kind == "image"
    assert window.composer.attachments == [] and window.composer.edit.toPlainText() == ""


def test_stop_mid_answer_keeps_the_partial_text(qtbot, window, services, fake_runtime):
    gate = threading.Event()
    fake_runtime.step_event = gate
    fake_runtime.answer = "one two three four five six seven eight"
    window.composer.edit.setPlainText("Count")
    window.composer.submit()
    gate.set()  # let one word through
    qtbot.waitUntil(lambda: services.controller._answer_text.strip() == "one", timeout=5000)
    with qtbot.waitSignal(services.controller.answer_finished, timeout=5000) as finished:
        window.composer.send_button.click()  # the Send button is Stop while busy
        gate.set()
    _mid, status, _stats = finished.args
    assert status == "interrupted"
    last = services.store.get_conversation(services.controller.conversation.id).messages[-1]
    assert last.status == "interrupted" and last.text.startswith("one") and "eight" not in last.text
    assert window.chat.message_widget(last.id).stats.text().startswith("stopped — partial answer · first token")


def test_an_answer_cut_off_by_a_crash_says_so_after_the_restart(qtbot, tmp_path):
    from desktop_vlm.ui.main import create_window

    first = build_services(AppPaths(tmp_path), lambda *a: FakeRuntime("unused"))
    conversation = first.store.create_conversation()
    first.store.add_message(conversation.id, "user", "Describe the chart")
    answer = first.store.begin_answer(conversation.id)
    first.store.update_answer(answer.id, "The chart shows")  # saved while streaming; then the process died
    first.shutdown()  # nothing finishes the answer: the controller never knew it

    second = build_services(AppPaths(tmp_path), lambda *a: FakeRuntime("unused"))
    try:
        window = create_window(second)
        qtbot.addWidget(window)
        second.controller.open_conversation(conversation.id)
        note = window.chat.message_widget(answer.id).stats.text()
        assert note == "cut off — Desktop VLM closed before the answer finished"
        window.close()
    finally:
        second.shutdown()


def test_regenerate_adds_a_version_and_edit_branches(qtbot, window, services, fake_runtime):
    c = services.controller
    with qtbot.waitSignal(c.answer_finished, timeout=5000):
        c.send("First question")
    with qtbot.waitSignal(c.answer_finished, timeout=5000):
        c.send("Second question")
    first_answer = c.conversation.messages[-1]
    fake_runtime.answer = "A regenerated answer."
    with qtbot.waitSignal(c.answer_finished, timeout=5000):
        c.regenerate()
    texts = [m.text for m in c.conversation.messages]
    assert texts[-1] == "A regenerated answer." and len(texts) == 4
    assert c.conversation.messages[-1].versions == (first_answer.id, c.conversation.messages[-1].id)
    first_question = c.conversation.messages[0]
    fake_runtime.answer = "About the edited question."
    with qtbot.waitSignal(c.answer_finished, timeout=5000):
        c.edit_and_resend(first_question.id, "First question, edited")
    assert [m.text for m in c.conversation.messages] == ["First question, edited", "About the edited question."]
    assert fake_runtime.requests[-1].history == [] and fake_runtime.requests[-1].question == "First question, edited"
    assert c.choose_version(first_question.id)  # the old wording comes back with everything that followed it
    assert [m.text for m in c.conversation.messages][::2] == ["First question", "Second question"]
    assert window.chat.message_widget(c.conversation.messages[-1].id).text == "A regenerated answer."


def test_history_survives_a_restart_and_search_finds_it(qtbot, tmp_path):
    runtime = FakeRuntime("The receipt total is 42.")
    factory = lambda *a: runtime  # noqa: E731
    first = build_services(AppPaths(tmp_path), factory)
    with qtbot.waitSignal(first.service.model_loaded, timeout=5000):
        first.service.load_model("fake", "cpu", "auto")
    with qtbot.waitSignal(first.controller.answer_finished, timeout=5000):
        first.controller.send("Read my grocery receipt")
    first.shutdown()

    second = build_services(AppPaths(tmp_path), factory)
    try:
        assert second.conversations.conversation_count() == 1
        second.conversations.refresh("receipt total")
        assert second.conversations.rowCount() == 1
        second.conversations.refresh("nonexistent words")
        assert second.conversations.rowCount() == 0
        cid = second.store.list_conversations()[0].id
        second.controller.open_conversation(cid)
        assert [m.text for m in second.controller.conversation.messages] == [
            "Read my grocery receipt",
            "The receipt total is 42.",
        ]
    finally:
        second.shutdown()


def test_send_without_a_model_explains_what_to_do(qtbot, services):
    from desktop_vlm.ui.main import create_window

    window = create_window(services)
    qtbot.addWidget(window)
    window.composer.edit.setPlainText("Hello")
    window.composer.submit()
    assert "No model" in window.banner.label.text()
    assert window.composer.edit.toPlainText() == "Hello"  # the question waits for the model, not lost


def test_loading_a_model_takes_the_no_model_message_away(qtbot, services):
    from desktop_vlm.ui.main import create_window

    window = create_window(services)
    qtbot.addWidget(window)
    window.show()
    window.composer.edit.setPlainText("Hello")
    window.composer.submit()
    assert window.banner.isVisible()
    with qtbot.waitSignal(services.service.model_loaded, timeout=5000):
        services.service.load_model("fake", "cpu", "auto")
    assert not window.banner.isVisible()


def test_loading_a_model_leaves_other_messages_alone(qtbot, window, services, tmp_path):
    bad = tmp_path / "notes.bin"
    bad.write_bytes(bytes(range(256)))  # neither a signature nor text
    with qtbot.waitSignal(window.composer.attachment_failed, timeout=5000):
        _drop(window.composer, [bad])
    with qtbot.waitSignal(services.service.model_loaded, timeout=5000):
        services.service.load_model("fake", "cpu", "auto")
    assert window.banner.isVisible() and "notes.bin" in window.banner.label.text()


def test_a_missing_attachment_file_is_reported_not_crashed(qtbot, window, services, tmp_path):
    with qtbot.waitSignal(window.composer.attachments_changed, timeout=5000):
        _drop(window.composer, [_png(tmp_path)])
    c = services.controller
    with qtbot.waitSignal(c.answer_finished, timeout=5000):
        c.send("First", window.composer.attachments)
    attachment = c.conversation.messages[0].attachments[0]
    attachment.path.unlink()  # the stored copy vanished (disk cleanup, another program)
    c._decoded_cache.clear()  # as after a restart: nothing decoded in memory
    with qtbot.waitSignal(c.error, timeout=5000) as error:
        c.regenerate()
    assert "File not found" in error.args[0]
    assert c.conversation.messages[-1].status == "error" and not c.busy


def test_a_first_run_empty_chat_leads_to_the_model_manager(qtbot, services, monkeypatch):
    from desktop_vlm.ui.main import create_window
    from desktop_vlm.ui.main_window import MainWindow

    opened = []
    monkeypatch.setattr(MainWindow, "open_model_manager", lambda self: opened.append(True))
    window = create_window(services)
    qtbot.addWidget(window)
    window.show()
    assert "download or choose one" in window.chat.hint.text()
    window.chat.hint.linkActivated.emit("models")
    assert opened == [True]
    with qtbot.waitSignal(services.service.model_loaded, timeout=5000):
        window.load_model("fake")
    assert window.chat.hint.text().startswith("Drop a screenshot")


def test_a_pasted_screenshot_is_encoded_off_the_ui_thread(qtbot, window):
    image = QImage(3840, 2160, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    composer = window.composer
    with qtbot.waitSignal(composer.send_requested, timeout=10000) as sent:
        composer.add_image(image)
        assert composer.attachments == []  # still being prepared on the pool: the window did not wait for it
        composer.edit.setPlainText("What is on my screen?")
        composer.submit()  # pressed at once: sent as soon as the screenshot is ready, not dropped
        assert "sent when they are ready" in composer.budget.text()
    text, attachments = sent.args
    assert text == "What is on my screen?" and [a.images[0].size for a in attachments] == [(3840, 2160)]


def test_a_send_waiting_for_an_attachment_that_fails_waits_for_the_person(qtbot, window, tmp_path):
    bad = tmp_path / "notes.bin"
    bad.write_bytes(bytes(range(256)))  # neither a signature nor text
    composer = window.composer
    sent = []
    composer.send_requested.connect(lambda *args: sent.append(args))
    with qtbot.waitSignal(composer.attachment_failed, timeout=10000):
        composer.add_files([bad])
        composer.edit.setPlainText("Summarise the file")
        composer.submit()
    qtbot.wait(50)
    assert sent == [] and composer.edit.toPlainText() == "Summarise the file"


def test_a_long_prompt_says_how_far_it_is_until_the_first_words(qtbot, window, services, fake_runtime, monkeypatch):
    from desktop_vlm.app import inference_service

    monkeypatch.setattr(inference_service, "PROGRESS_AFTER_S", 0.0)  # as if the prompt had already taken a while
    monkeypatch.setattr(inference_service, "PROGRESS_INTERVAL_S", 0.0)
    gate = threading.Event()
    fake_runtime.step_event = gate
    fake_runtime.progress = (("images", 0.5), ("prompt", 0.4), ("prompt", 1.0))
    fake_runtime.answer = "A blue square."
    window.composer.edit.setPlainText("What is it?")
    window.composer.submit()
    qtbot.waitUntil(lambda: services.controller._answer_id is not None, timeout=5000)
    answer = window.chat.message_widget(services.controller._answer_id)
    assert answer is not None

    gate.set()
    qtbot.waitUntil(lambda: answer.stats.text() == "looking at the pictures… 50%", timeout=5000)
    assert answer.stats.isVisible()
    gate.set()
    qtbot.waitUntil(lambda: answer.stats.text() == "reading the conversation… 40%", timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: answer.stats.text() == "…", timeout=5000)  # read: the answer is being written
    with qtbot.waitSignal(services.controller.answer_finished, timeout=5000):
        for _ in range(3):  # the three words
            gate.set()
            qtbot.wait(20)
    assert answer.text == "A blue square."
    assert answer.stats.text().startswith("first token")  # the note made way for the timings


def test_stop_while_the_prompt_is_read_says_so_without_timings(qtbot, window, services, fake_runtime, monkeypatch):
    from desktop_vlm.app import inference_service

    monkeypatch.setattr(inference_service, "PROGRESS_AFTER_S", 0.0)
    gate = threading.Event()
    fake_runtime.step_event = gate
    fake_runtime.progress = (("prompt", 0.3),)
    window.composer.edit.setPlainText("What is it?")
    window.composer.submit()
    qtbot.waitUntil(lambda: services.controller._answer_id is not None, timeout=5000)
    answer = window.chat.message_widget(services.controller._answer_id)
    gate.set()
    qtbot.waitUntil(lambda: answer.stats.text() == "reading the conversation… 30%", timeout=5000)
    with qtbot.waitSignal(services.controller.answer_finished, timeout=5000):
        window.composer.send_button.click()  # Stop
        gate.set()
    last = services.store.get_conversation(services.controller.conversation.id).messages[-1]
    assert last.status == "interrupted" and last.text == ""
    shown = window.chat.message_widget(last.id).stats.text()
    assert shown == "stopped before the first words"  # no "first token 0 ms · 0 tokens"


def test_an_answer_without_any_text_says_so_and_a_question_of_pictures_only_does_not(
    qtbot, window, services, fake_runtime
):
    fake_runtime.answer = "  \n "  # the model writes only what shows nothing
    window.composer.edit.setPlainText("What is it?")
    with qtbot.waitSignal(services.controller.answer_finished, timeout=5000):
        window.composer.submit()
    question, answer = services.store.get_conversation(services.controller.conversation.id).messages[-2:]
    assert answer.status == "complete" and not answer.text.strip()
    assert window.chat.message_widget(answer.id).stats.text().startswith("the model ended its answer without any text")
    assert "without any text" not in window.chat.message_widget(question.id).stats.text()
    question_widget = window.chat.message_widget(question.id)
    question_widget.set_text("", "complete")  # a question that was only pictures has no text either
    assert "without any text" not in question_widget.stats.text()
