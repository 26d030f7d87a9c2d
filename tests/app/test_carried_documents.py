"""A document stays in a conversation that outgrows the model's context: when a follow-up would take the
conversation past it, which would leave out the turn quoting the document, the document is attached to the
follow-up — the passages that bear on it — and the earlier turn names it instead of quoting it again."""

from __future__ import annotations

import threading
from dataclasses import replace

from desktop_vlm.app import attachments, chat_controller
from desktop_vlm.app.attachments import prepare_file
from desktop_vlm.app.carried_documents import RESTATED
from desktop_vlm.core.text_tokens import TEMPLATE_TOKENS

LINES = [f"clause {i}: the parties keep their routine duties" for i in range(3000)]
LINES[1500] = "clause 1500: the termination fee is 4,500 EUR"
LINES[2500] = "clause 2500: the notice period is 60 days"


def _contract(tmp_path):
    path = tmp_path / "contract.txt"
    path.write_text("\n".join(LINES), encoding="utf-8")
    return path


def _ask(qtbot, controller, question, attachments=()):
    with qtbot.waitSignal(controller.answer_finished, timeout=5000):
        assert controller.send(question, list(attachments))


def test_a_follow_up_past_the_context_takes_the_document_along(qtbot, loaded, fake_runtime, tmp_path, monkeypatch):
    controller, store = loaded.controller, loaded.store
    on_window_thread: list[bool] = []  # where each re-reading of the file for a question happened

    def prepare_for_question(*args):
        on_window_thread.append(threading.current_thread() is threading.main_thread())
        return attachments.prepare_for_question(*args)

    monkeypatch.setattr(chat_controller, "prepare_for_question", prepare_for_question)
    first = prepare_file(_contract(tmp_path), image_token_room=7000, question="What is the termination fee?")
    _ask(qtbot, controller, "What is the termination fee?", [first])
    assert "4,500 EUR" in fake_runtime.requests[0].question and "60 days" not in fake_runtime.requests[0].question

    answered = store.get_conversation(controller.conversation.id).messages[-1].stats
    held = answered["prompt_tokens"] + answered["new_tokens"]  # what the conversation holds so far
    # room for an answer so long that the conversation no longer fits beside it
    controller.params = replace(controller.params, max_new_tokens=8192 - TEMPLATE_TOKENS - held + 200)
    with qtbot.waitSignal(controller.notice, timeout=5000) as notice:
        _ask(qtbot, controller, "And the notice period?")
    assert notice.args == ["contract.txt quoted again with this question: the conversation has outgrown the context."]
    asked = fake_runtime.requests[-1]
    assert "clause 2500: the notice period is 60 days" in asked.question and asked.question.startswith("contract.txt:")
    (earlier,) = asked.history
    assert f"contract.txt:\n```\n{RESTATED}\n```" in earlier.question and "clause 1500" not in earlier.question
    assert earlier.question.endswith("What is the termination fee?")  # the question itself stays

    conversation = store.get_conversation(controller.conversation.id)
    follow_up = [m for m in conversation.messages if m.role == "user"][1]
    (carried,) = follow_up.attachments
    assert carried.name == "contract.txt" and carried.meta["sent_spans"]  # shown attached to the follow-up
    assert on_window_thread == [False]  # chosen for the follow-up on the model thread: the window never waits

    controller.new_conversation()  # reopened, the request is the same
    controller._decoded_cache.clear()
    controller.open_conversation(conversation.id)
    reopened = store.get_conversation(conversation.id)
    again = controller.build_request(replace(reopened, messages=reopened.messages[:-1]))  # up to the last answer
    assert again.question == asked.question and again.history == asked.history


def test_a_follow_up_that_fits_takes_nothing_along(qtbot, loaded, fake_runtime, tmp_path):
    controller = loaded.controller
    _ask(qtbot, controller, "What is the termination fee?", [prepare_file(_contract(tmp_path), image_token_room=2000)])
    _ask(qtbot, controller, "Thanks")
    asked = fake_runtime.requests[-1]
    assert asked.question == "Thanks" and "clause 0" in asked.history[0].question
    user_messages = [m for m in loaded.store.get_conversation(controller.conversation.id).messages if m.role == "user"]
    assert user_messages[1].attachments == []
