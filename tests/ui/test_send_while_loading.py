"""A question asked while the model loads (the start-up reload, or a model just chosen) waits for it and
goes out when it is ready; Stop cancels the wait; "No model is loaded yet" is never said meanwhile."""

from __future__ import annotations

import threading

import pytest

from desktop_vlm.app.context import build_services
from desktop_vlm.config.paths import AppPaths
from desktop_vlm.runtime.fake import FakeRuntime


@pytest.fixture
def gate():
    gate = threading.Event()
    yield gate
    gate.set()  # never leave the model thread blocked


@pytest.fixture
def slow(qtbot, tmp_path, gate):
    """A window whose model load blocks until ``gate`` is set."""
    from desktop_vlm.ui.main import create_window

    runtime = FakeRuntime("the answer, once loaded")

    def factory(*_a):
        gate.wait(10)
        return runtime

    services = build_services(AppPaths(tmp_path), factory)
    window = create_window(services)
    qtbot.addWidget(window)
    window.show()
    yield window, services, runtime
    services.shutdown()


def _ask(window, text: str) -> None:
    window.composer.edit.setPlainText(text)
    window.composer.submit()


def test_a_question_sent_during_the_startup_reload_waits_and_is_answered(qtbot, slow, gate):
    from desktop_vlm.ui.main import _schedule_model

    window, services, runtime = slow
    settings = window.settings
    from dataclasses import replace

    _schedule_model(window, replace(settings, runtime=replace(settings.runtime, active_model="fake")))
    assert window.status.model_label.text().startswith("Loading")
    _ask(window, "what is in the picture?")  # before the delayed reload has even started
    assert window.banner.isVisible() and window.banner.label.text().startswith("Waiting for the model to load")
    assert "No model is loaded" not in window.banner.label.text()
    assert window.composer.send_button.text() == "Stop" and window.composer.edit.toPlainText() == ""
    with qtbot.waitSignal(services.controller.answer_finished, timeout=5000) as done:
        gate.set()
    assert done.args[1] == "complete" and not window.banner.isVisible()
    assert services.controller.conversation.messages[-1].text == "the answer, once loaded"
    assert [r.question for r in runtime.requests][-1].endswith("what is in the picture?")


def test_stop_cancels_the_wait_and_nothing_reaches_the_model(qtbot, slow, gate):
    window, services, runtime = slow
    window.load_model("fake")
    _ask(window, "asked too early")
    with qtbot.waitSignal(services.controller.answer_finished, timeout=5000) as done:
        window.composer.send_button.click()  # the button says Stop while the question waits
    assert done.args[1] == "interrupted" and window.composer.send_button.text() == "Send"
    assert not window.banner.isVisible() or "Waiting" not in window.banner.label.text()
    with qtbot.waitSignal(services.service.model_loaded, timeout=5000):
        gate.set()
    qtbot.wait(50)
    assert runtime.requests == []


def test_a_question_stopped_before_the_model_loaded_says_not_sent_and_can_be_sent(qtbot, slow, gate):
    """It stays in the conversation (its text and attachments are kept, and searchable) marked "not sent",
    with no timings; its Send button asks it once the model is there, as a first answer (greedy stays
    greedy), not as a variation of one."""
    window, services, runtime = slow
    window.load_model("fake")
    _ask(window, "asked too early")
    with qtbot.waitSignal(services.controller.answer_finished, timeout=5000) as done:
        window.composer.send_button.click()
    question, answer = services.controller.conversation.messages
    assert question.text == "asked too early" and answer.text == "" and done.args[2] == {"finish_reason": "not_sent"}
    bubble = window.chat.message_widget(answer.id)
    assert bubble.stats.isVisibleTo(bubble)
    assert bubble.stats.text() == "not sent — stopped while the model was loading; Send asks it now"
    assert "first token" not in bubble.stats.text() and window.status.speed_label.text() == ""
    assert not bubble.copy.isVisibleTo(bubble) and bubble.regenerate.text() == "Send"
    with qtbot.waitSignal(services.service.model_loaded, timeout=5000):
        gate.set()
    assert not services.controller.params.do_sample
    with qtbot.waitSignal(services.controller.answer_finished, timeout=5000) as done:
        bubble.regenerate.click()
    assert done.args[1] == "complete" and [r.question for r in runtime.requests] == ["asked too early"]
    assert not runtime.requests[0].params.do_sample
    latest = services.controller.conversation.messages[-1]
    assert latest.text == "the answer, once loaded" and latest.versions == (answer.id, latest.id)
    assert window.chat.message_widget(latest.id).regenerate.text() == "Regenerate"


def test_with_no_model_on_the_way_sending_still_says_how_to_get_one(qtbot, slow):
    window, services, _ = slow
    _ask(window, "hello?")
    assert window.banner.label.text().startswith("No model is loaded yet.")
    assert services.controller.conversation is None  # nothing was stored or queued
