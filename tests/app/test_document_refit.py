"""A document the model's own tokenizer counts as longer than the estimate it was cut by is cut again before the
answer, instead of the question being refused as past the context; what is sent is stored with the message."""

from __future__ import annotations

from dataclasses import replace

from desktop_vlm.app.attachments import prepare_file

LINES = [f"clause {i}: the parties keep their routine duties" for i in range(3000)]
LINES[2500] = "clause 2500: the notice period is 60 days"


def _dense_count(request) -> int:
    """A vocabulary that takes a token per character: three times what the estimate allows for letters."""
    return len(request.question) + sum(len(t.question) + len(t.answer) for t in request.history)


def test_a_document_the_model_counts_longer_is_cut_again_and_stored_as_sent(qtbot, loaded, fake_runtime, tmp_path):
    fake_runtime.count_prompt_tokens = _dense_count
    contract = tmp_path / "contract.txt"
    contract.write_text("\n".join(LINES), encoding="utf-8")
    controller, store = loaded.controller, loaded.store
    question = "What is the notice period?"
    prepared = prepare_file(contract, image_token_room=7000, question=question)  # as the window cut it
    with qtbot.waitSignals([controller.notice, controller.answer_finished], timeout=5000):
        assert controller.send(question, [prepared])
    asked = fake_runtime.requests[-1].question
    limit = fake_runtime.info.context_length - controller.params.max_new_tokens
    assert len(asked) <= limit < len(prepared.text or "")  # it fits the model's count now; as cut, it did not
    assert "clause 2500: the notice period is 60 days" in asked  # still the passage the question is about

    conversation = store.get_conversation(controller.conversation.id)
    stored = conversation.messages[0].attachments[0]
    assert stored.meta["sent_chars"] < prepared.meta["sent_chars"]  # what was sent after all
    controller._decoded_cache.clear()  # reopened: the question is quoted as it was sent
    assert controller.build_request(replace(conversation, messages=conversation.messages[:1])).question == asked
