"""ChatController: requests as the original chat() sees them, the answer saved while it streams, per-conversation
sampling settings, and failures marked in history."""

from __future__ import annotations

import threading

from PIL import Image

from desktop_vlm.app import chat_controller, inference_service
from desktop_vlm.app.attachments import prepare_file
from desktop_vlm.core.errors import DeviceOutOfMemoryError
from desktop_vlm.core.messages import Message
from desktop_vlm.core.types import GenerationParams


def test_the_partial_answer_is_on_disk_while_it_streams(qtbot, loaded, fake_runtime, monkeypatch):
    monkeypatch.setattr(chat_controller, "SAVE_INTERVAL_S", 0.0)  # save on every chunk: deterministic
    monkeypatch.setattr(inference_service, "CHUNK_INTERVAL_S", 0.0)  # and send every word as it comes
    step = threading.Event()
    fake_runtime.step_event = step
    controller, store = loaded.controller, loaded.store
    updates: list[str] = []
    controller.answer_updated.connect(lambda _mid, text: updates.append(text))
    assert controller.send("count to ten")
    for n in (1, 2, 3):
        step.set()
        qtbot.waitUntil(lambda n=n: len(updates) >= n, timeout=5000)
    answer = store.get_conversation(controller.conversation.id).messages[-1]
    assert answer.role == "assistant" and answer.status == "streaming"
    assert answer.text == updates[-1] and answer.text.startswith("one two")
    finished = []
    controller.answer_finished.connect(lambda *args: finished.append(args))
    qtbot.waitUntil(lambda: step.set() or bool(finished), timeout=5000)  # release one word per poll until done
    assert finished[0][1] == "complete"
    answer = store.get_conversation(controller.conversation.id).messages[-1]
    assert answer.status == "complete" and answer.text == fake_runtime.answer
    assert answer.stats["new_tokens"] == 10


def test_the_second_question_carries_the_first_turn_and_its_image(qtbot, loaded, fake_runtime, tmp_path):
    image = tmp_path / "photo.png"
    Image.new("RGB", (900, 500), "orange").save(image)
    controller = loaded.controller
    with qtbot.waitSignal(controller.answer_finished, timeout=5000):
        controller.send("What colour is it?", [prepare_file(image)])
    with qtbot.waitSignal(controller.answer_finished, timeout=5000):
        controller.send("And its shape?")
    first, second = fake_runtime.requests
    assert first.question.startswith("<image>") and len(first.visuals) == 1 and first.history == []
    assert second.question == "And its shape?" and len(second.visuals) == 1
    assert second.history[0].question == first.question and second.history[0].answer == fake_runtime.answer
    assert second.visuals[0].image.size == (900, 500)


def test_sampling_settings_belong_to_the_conversation(qtbot, loaded):
    controller = loaded.controller
    controller.new_conversation()
    first = controller.conversation.id
    params = GenerationParams(max_new_tokens=64, do_sample=True, temperature=0.4, top_p=0.8)
    controller.set_params(params)
    controller.new_conversation()
    controller.params = GenerationParams()
    controller.open_conversation(first)
    assert controller.params == params


def test_a_failure_marks_the_answer_and_keeps_the_question(qtbot, loaded, fake_runtime):
    fake_runtime.fail_with = DeviceOutOfMemoryError(
        Message("The GPU ran out of memory."), hint=Message("Use fewer tiles.")
    )
    controller = loaded.controller
    with qtbot.waitSignal(controller.error, timeout=5000) as err:
        controller.send("describe")
    assert err.args == ["The GPU ran out of memory.", "Use fewer tiles."]
    messages = loaded.store.get_conversation(controller.conversation.id).messages
    assert [m.role for m in messages] == ["user", "assistant"] and messages[-1].status == "error"
    assert not controller.busy
    fake_runtime.fail_with = None
    with qtbot.waitSignal(controller.answer_finished, timeout=5000) as done:
        assert controller.regenerate()
    assert done.args[1] == "complete"


def test_quitting_mid_answer_keeps_it_as_interrupted(qtbot, tmp_path):
    from desktop_vlm.app.context import build_services
    from desktop_vlm.config.paths import AppPaths
    from desktop_vlm.runtime.fake import FakeRuntime

    step = threading.Event()
    runtime = FakeRuntime("one two three four", step_event=step)
    services = build_services(AppPaths(tmp_path), lambda *a: runtime)
    with qtbot.waitSignal(services.service.model_loaded, timeout=5000):
        services.service.load_model("fake", "cpu", "auto")
    with qtbot.waitSignal(services.controller.answer_updated, timeout=5000):
        services.controller.send("hello")
        step.set()
    conversation_id = services.controller.conversation.id
    step.set()
    services.shutdown()
    from desktop_vlm.app.context import HISTORY_FILE
    from desktop_vlm.history import HistoryStore

    paths = AppPaths(tmp_path)
    store = HistoryStore(paths.history_dir / HISTORY_FILE, paths.history_dir / "attachments")
    try:
        answer = store.get_conversation(conversation_id).messages[-1]
        assert answer.status == "interrupted" and answer.text.startswith("one")
    finally:
        store.close()


def _ask(qtbot, controller, text):
    with qtbot.waitSignal(controller.answer_finished, timeout=5000):
        assert controller.send(text)


def test_the_request_is_exactly_the_visible_branch(qtbot, loaded, fake_runtime):
    controller = loaded.controller
    for n in (1, 2, 3):
        fake_runtime.answer = f"answer {n}"
        _ask(qtbot, controller, f"question {n}")
    q1, a1, q2 = controller.conversation.messages[:3]
    fake_runtime.answer = "answer 1, again"
    with qtbot.waitSignal(controller.answer_finished, timeout=5000):
        assert controller.regenerate(a1.id)  # a middle answer: the turns after it are not part of the new branch
    request = fake_runtime.requests[-1]
    assert request.question == "question 1" and request.history == []
    fake_runtime.answer = "answer 2b"
    _ask(qtbot, controller, "question 2b")
    assert [(t.question, t.answer) for t in fake_runtime.requests[-1].history] == [("question 1", "answer 1, again")]
    assert controller.choose_version(a1.id)
    fake_runtime.answer = "answer 2, reworded"
    with qtbot.waitSignal(controller.answer_finished, timeout=5000):
        assert controller.edit_and_resend(q2.id, "question 2, reworded")
    request = fake_runtime.requests[-1]
    assert [(t.question, t.answer) for t in request.history] == [("question 1", "answer 1")]
    assert request.question == "question 2, reworded"
    fake_runtime.answer = "answer 3b"
    _ask(qtbot, controller, "question 3b")
    assert [(t.question, t.answer) for t in fake_runtime.requests[-1].history] == [
        ("question 1", "answer 1"),
        ("question 2, reworded", "answer 2, reworded"),
    ]
    assert [m.text for m in controller.conversation.messages] == [
        "question 1",
        "answer 1",
        "question 2, reworded",
        "answer 2, reworded",
        "question 3b",
        "answer 3b",
    ]


def test_regenerate_samples_even_when_the_conversation_is_greedy(qtbot, loaded, fake_runtime):
    controller = loaded.controller
    assert not controller.params.do_sample  # greedy is the default
    _ask(qtbot, controller, "describe")
    with qtbot.waitSignal(controller.answer_finished, timeout=5000):
        controller.regenerate()
    first, again = fake_runtime.requests
    assert not first.params.do_sample and again.params.do_sample and again.params.temperature == 0.7
    assert not controller.params.do_sample  # only that answer sampled; the conversation stays greedy
    controller.regenerate_samples = False
    with qtbot.waitSignal(controller.answer_finished, timeout=5000):
        controller.regenerate()
    assert not fake_runtime.requests[-1].params.do_sample
    assert len(controller.conversation.messages[-1].versions) == 3


def test_a_regenerated_answer_cut_short_by_a_kill_survives(qtbot, loaded, fake_runtime, monkeypatch):
    monkeypatch.setattr(chat_controller, "SAVE_INTERVAL_S", 0.0)
    monkeypatch.setattr(inference_service, "CHUNK_INTERVAL_S", 0.0)
    controller, store = loaded.controller, loaded.store
    _ask(qtbot, controller, "count")
    step = threading.Event()
    fake_runtime.step_event = step
    with qtbot.waitSignal(controller.answer_updated, timeout=5000):
        controller.regenerate()
        step.set()
    # what is on disk now is what a kill would leave: the new version, partial, shown after a restart
    shown = store.get_conversation(controller.conversation.id).messages
    assert shown[-1].status == "streaming" and shown[-1].text == "one" and len(shown[-1].versions) == 2
    fake_runtime.step_event = None
    step.set()
    qtbot.waitUntil(lambda: not controller.busy, timeout=5000)
