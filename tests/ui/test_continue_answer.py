"""Continue: an answer that ended before the model finished it (cut at the length limit, stopped, or cut off
when the app closed) goes on where it stopped, in the same bubble and the same stored answer, from the beginning
the model is given back; only the last answer offers it, and it survives a restart."""

from __future__ import annotations

import threading
from dataclasses import replace

from PySide6.QtCore import Qt

from desktop_vlm.app.context import build_services
from desktop_vlm.config.paths import AppPaths
from desktop_vlm.runtime.fake import FakeRuntime

STORY = "The keeper climbed the stairs and lit the lamp at dusk."


def _limited(controller, words: int) -> None:
    controller.set_params(replace(controller.params, max_new_tokens=words))


def test_an_answer_cut_at_the_length_limit_continues_in_its_bubble(qtbot, window, services, fake_runtime):
    c = services.controller
    fake_runtime.answer = STORY
    _limited(c, 4)
    with qtbot.waitSignal(c.answer_finished, timeout=5000):
        c.send("Tell me about the lighthouse")
    answer = c.conversation.messages[-1]
    assert answer.text == "The keeper climbed the" and answer.stats["finish_reason"] == "length"
    bubble = window.chat.message_widget(answer.id)
    assert bubble.stats.text().startswith("stopped at the answer length limit (Max new tokens) · first token")
    assert bubble.go_on.isVisibleTo(window)
    _limited(c, 512)
    with qtbot.waitSignal(c.answer_finished, timeout=5000):
        bubble.go_on.click()
    continued = c.conversation.messages[-1]
    assert continued.id == answer.id and len(c.conversation.messages) == 2  # the same answer, no new version
    assert continued.text == STORY and continued.status == "complete"
    assert continued.stats["finish_reason"] == "stop" and continued.stats["new_tokens"] == len(STORY.split())
    assert fake_runtime.requests[-1].answer_so_far == "The keeper climbed the"
    assert fake_runtime.requests[-1].question == "Tell me about the lighthouse"
    assert fake_runtime.requests[-1].history == []
    assert window.chat.message_widget(answer.id).text == STORY
    assert not window.chat.message_widget(answer.id).go_on.isVisibleTo(window)
    assert services.store.get_conversation(c.conversation.id).messages[-1].text == STORY  # stored


def test_a_stopped_answer_continues_and_an_earlier_one_does_not_offer_it(qtbot, window, services, fake_runtime):
    c = services.controller
    fake_runtime.answer = STORY
    _limited(c, 3)
    with qtbot.waitSignal(c.answer_finished, timeout=5000):
        c.send("First")
    first = c.conversation.messages[-1]
    gate = threading.Event()
    fake_runtime.step_event = gate
    _limited(c, 512)
    c.send("Second")
    gate.set()  # one word, then Stop
    qtbot.waitUntil(lambda: c._answer_text == "The", timeout=5000)
    with qtbot.waitSignal(c.answer_finished, timeout=5000):
        c.stop()
        gate.set()
    second = c.conversation.messages[-1]
    assert second.status == "interrupted" and second.text == "The"
    assert not window.chat.message_widget(first.id).go_on.isVisibleTo(window)  # not the last answer
    assert not c.continue_answer(first.id)
    assert window.chat.message_widget(second.id).go_on.isVisibleTo(window)
    fake_runtime.step_event = None
    with qtbot.waitSignal(c.answer_finished, timeout=5000):
        window.chat_shortcuts["continue"].trigger()
    assert c.conversation.messages[-1].text == STORY
    assert [t.answer for t in fake_runtime.requests[-1].history] == ["The keeper climbed"]


def test_a_finished_answer_is_not_continued(qtbot, window, services, fake_runtime):
    c = services.controller
    with qtbot.waitSignal(c.answer_finished, timeout=5000):
        c.send("Hi")
    assert not c.continue_answer()
    assert not window.chat.message_widget(c.conversation.messages[-1].id).go_on.isVisibleTo(window)


def test_without_a_model_the_answer_is_as_it_was_and_the_banner_says_why(qtbot, window, services, fake_runtime):
    c = services.controller
    fake_runtime.answer = STORY
    _limited(c, 4)
    with qtbot.waitSignal(c.answer_finished, timeout=5000):
        c.send("Tell me")
    answer = c.conversation.messages[-1]
    services.service.unload_model()
    qtbot.waitUntil(lambda: services.service.model_info is None, timeout=5000)
    with qtbot.waitSignal(c.error, timeout=5000):
        c.continue_answer()
    kept = services.store.get_conversation(c.conversation.id).messages[-1]
    assert (kept.text, kept.status, kept.stats) == (answer.text, answer.status, answer.stats)
    assert window.banner.isVisible()


def test_stopped_while_the_model_loads_the_answer_is_as_it_was(qtbot, tmp_path):
    """Continued while its model is still loading, then stopped before the model had it: nothing was written,
    so the answer keeps its text, its note and its timings (not the "not sent" mark of a question)."""
    from desktop_vlm.ui.main import create_window

    gate = threading.Event()

    def slow_factory(*_a):
        gate.wait(10)
        return FakeRuntime(STORY)

    services = build_services(AppPaths(tmp_path), slow_factory)
    try:
        conversation = services.store.create_conversation()
        services.store.add_message(conversation.id, "user", "Tell me")
        answer = services.store.begin_answer(conversation.id)
        stats = {"finish_reason": "length", "new_tokens": 4, "time_to_first_token_s": 0.2}
        services.store.finish_answer(answer.id, "The keeper climbed the", "complete", stats)
        window = create_window(services)
        qtbot.addWidget(window)
        services.controller.open_conversation(conversation.id)
        window.load_model("fake")
        assert services.controller.continue_answer(answer.id)
        with qtbot.waitSignal(services.controller.answer_finished, timeout=5000):
            services.controller.stop()
        kept = services.store.get_conversation(conversation.id).messages[-1]
        assert (kept.text, kept.status, kept.stats) == ("The keeper climbed the", "complete", stats)
        assert window.chat.message_widget(answer.id).go_on.isVisibleTo(window)
        with qtbot.waitSignal(services.service.model_loaded, timeout=5000):
            gate.set()
        window.close()
    finally:
        gate.set()
        services.shutdown()


def test_an_answer_cut_off_by_a_crash_continues_after_the_restart(qtbot, tmp_path):
    from desktop_vlm.ui.main import create_window

    first = build_services(AppPaths(tmp_path), lambda *a: FakeRuntime("unused"))
    conversation = first.store.create_conversation()
    first.store.add_message(conversation.id, "user", "Tell me about the lighthouse")
    answer = first.store.begin_answer(conversation.id)
    first.store.update_answer(answer.id, "The keeper climbed")  # saved while streaming; then the process died
    first.shutdown()

    runtime = FakeRuntime(STORY)
    second = build_services(AppPaths(tmp_path), lambda *a: runtime)
    try:
        window = create_window(second)
        qtbot.addWidget(window)
        with qtbot.waitSignal(second.service.model_loaded, timeout=5000):
            second.service.load_model("fake", "cpu", "auto")
        second.controller.open_conversation(conversation.id)
        assert window.chat.message_widget(answer.id).go_on.isVisibleTo(window)
        with qtbot.waitSignal(second.controller.answer_finished, timeout=5000):
            second.controller.continue_answer(answer.id)
        assert second.store.get_conversation(conversation.id).messages[-1].text == STORY
        window.close()
    finally:
        second.shutdown()


def test_a_rewritten_answer_is_a_new_version_the_model_goes_on_from(qtbot, window, services, fake_runtime):
    """Rewriting steers an answer: the person's words are a new version of it, Enter starts a new paragraph
    in them and Ctrl+Enter saves, and Continue lets the model go on from those words."""
    c = services.controller
    fake_runtime.answer = "It is a lighthouse on a rock."
    with qtbot.waitSignal(c.answer_finished, timeout=5000):
        c.send("What is in the picture?")
    original = c.conversation.messages[-1]
    bubble = window.chat.message_widget(original.id)
    assert not bubble.go_on.isVisibleTo(window)  # the model finished it
    bubble.edit.click()
    editor = bubble.editor
    editor.edit.setPlainText("The keeper")
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)  # a new line, not a save
    assert bubble.editor is editor and editor.edit.toPlainText().count("\n") == 1
    editor.edit.setPlainText("The keeper climbed")
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    rewritten = c.conversation.messages[-1]
    assert rewritten.id != original.id and rewritten.text == "The keeper climbed"
    assert rewritten.versions == (original.id, rewritten.id)
    bubble = window.chat.message_widget(rewritten.id)
    assert bubble.stats.text() == "rewritten by you"
    qtbot.waitUntil(lambda: bubble.go_on.isVisibleTo(window), timeout=2000)  # a new bubble is shown on the next pass
    fake_runtime.answer = STORY
    with qtbot.waitSignal(c.answer_finished, timeout=5000):
        bubble.go_on.click()
    assert c.conversation.messages[-1].text == STORY
    assert fake_runtime.requests[-1].answer_so_far == "The keeper climbed"
    assert c.choose_version(original.id)  # the model's own answer is one version away
    assert c.conversation.messages[-1].text == "It is a lighthouse on a rock."


def test_an_export_says_which_answers_the_person_rewrote(qtbot, window, services, fake_runtime):
    from desktop_vlm.history.export import export

    c = services.controller
    fake_runtime.answer = "It is a lighthouse on a rock."
    with qtbot.waitSignal(c.answer_finished, timeout=5000):
        c.send("What is in the picture?")
    assert c.edit_answer(c.conversation.messages[-1].id, "A lighthouse, *painted* red.")
    conversation = services.store.get_conversation(c.conversation.id)
    assert "**Assistant** _(rewritten by the person)_\n\nA lighthouse, *painted* red." in export(
        conversation, "markdown"
    )
    assert "<p><b>Assistant</b> <i>(rewritten by the person)</i></p>" in export(conversation, "html")
    assert c.choose_version(conversation.messages[0].id + 1)  # the model's answer: not marked
    assert "rewritten" not in export(services.store.get_conversation(c.conversation.id), "markdown")
