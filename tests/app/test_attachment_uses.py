"""One stored file, sent by several messages, each sending its own part of it: another cut of a long text here
(other pages of a PDF and other frames of a video are kept the same way). The file is stored once; what each
message sent is stored with the message, so a later turn and a reopened conversation quote each part as sent (a
document quoted again by a later question is named, not repeated, in the earlier one)."""

from __future__ import annotations

import sqlite3
import threading

from desktop_vlm.app import attachments, chat_controller
from desktop_vlm.app.attachments import prepare_file
from desktop_vlm.app.carried_documents import RESTATED
from desktop_vlm.core.text_tokens import estimate_tokens

LOG = "\n".join(f"12:00:{i % 60:02d} request {i} served" for i in range(3000))


def _log(tmp_path):
    path = tmp_path / "server.log"
    path.write_text(LOG, encoding="utf-8")
    return path


def _ask(qtbot, controller, question, attachments=()):
    with qtbot.waitSignal(controller.answer_finished, timeout=5000):
        assert controller.send(question, list(attachments))


def test_each_message_keeps_the_part_of_a_file_it_sent(qtbot, loaded, fake_runtime, tmp_path):
    controller, store = loaded.controller, loaded.store
    log = _log(tmp_path)
    longer = prepare_file(log, image_token_room=600, question="Any errors?")
    shorter = prepare_file(log, image_token_room=200, question="Look again")
    assert shorter.text is not None and longer.text is not None and len(shorter.text) < len(longer.text)
    _ask(qtbot, controller, "Any errors?", [longer])
    _ask(qtbot, controller, "Look again", [shorter])
    first, second = (request.question for request in fake_runtime.requests)
    assert longer.text in first and longer.text not in second and shorter.text in second

    # a later turn repeats the second as it was sent; the first, quoted again by the second, names it
    _ask(qtbot, controller, "Thanks")
    restated = first.replace(longer.text, RESTATED)
    assert [turn.question for turn in fake_runtime.requests[-1].history] == [restated, second]

    conversation = store.get_conversation(controller.conversation.id)
    users = [m for m in conversation.messages if m.role == "user"]
    assert users[0].attachments[0].id == users[1].attachments[0].id  # one stored file
    assert [m.attachments[0].meta["sent_chars"] for m in users[:2]] == [len(longer.text), len(shorter.text)]
    imported = store.import_json(store.export_conversation(conversation.id, "json"))
    sent = [m.attachments[0].meta["sent_chars"] for m in imported.messages if m.attachments]
    assert sent == [len(longer.text), len(shorter.text)]

    controller.new_conversation()  # as after a restart: both read again from the history
    controller._decoded_cache.clear()
    controller.open_conversation(conversation.id)
    _ask(qtbot, controller, "Once more")
    assert [turn.question for turn in fake_runtime.requests[-1].history][:2] == [restated, second]
    # each message still quotes its own part of the file, read again from the history
    assert [controller._question_and_visuals(m, set())[0] for m in users[:2]] == [first, second]


def test_a_message_stored_before_details_were_kept_per_message_reads_the_files_own(tmp_path, loaded):
    store = loaded.store
    conversation = store.create_conversation()
    stored = store.store_attachment(
        LOG.encode(), name="server.log", kind="text", mime="text/plain", meta={"sent_chars": 100}
    )
    store.store_attachment(LOG.encode(), name="server.log", kind="text", mime="text/plain", meta={"sent_chars": 5})
    store.add_message(conversation.id, "user", "Any errors?", attachments=[stored])
    with sqlite3.connect(store.path) as db:  # as a message written by a version that kept details per file
        db.execute("UPDATE message_attachments SET meta = NULL")
    message = store.get_conversation(conversation.id).messages[0]
    assert message.attachments[0].meta["sent_chars"] == 100


def test_other_pages_of_one_pdf_are_other_pictures_in_a_later_turn(qtbot, loaded, fake_runtime, tmp_path):
    from tests.media.pdf_files import text_pdf

    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(text_pdf(["Revenue", "Costs", "Outlook"]))
    controller = loaded.controller
    _ask(qtbot, controller, "What is on it?", [prepare_file(pdf, pages=[0])])
    _ask(qtbot, controller, "And here?", [prepare_file(pdf, pages=[2])])
    _ask(qtbot, controller, "Compare them")
    first, second = fake_runtime.requests[-1].visuals[:2]
    # the image features of the first page must not be reused for the third: they are told apart by their keys
    assert first.key != second.key
    assert first.image.tobytes() != second.image.tobytes()
    assert fake_runtime.requests[0].visuals[0].key == first.key


def test_a_reworded_question_sends_the_passages_that_bear_on_its_new_words(
    qtbot, loaded, fake_runtime, tmp_path, monkeypatch
):
    lines = [f"clause {i}: the parties keep their routine duties" for i in range(3000)]
    lines[1500] = "clause 1500: the termination fee is 4,500 EUR"
    lines[2500] = "clause 2500: the notice period is 60 days"
    contract = tmp_path / "contract.txt"
    contract.write_text("\n".join(lines), encoding="utf-8")
    controller = loaded.controller
    _ask(
        qtbot,
        controller,
        "What is the termination fee?",
        [prepare_file(contract, image_token_room=3000, question="What is the termination fee?")],
    )
    first = fake_runtime.requests[-1].question
    assert "4,500 EUR" in first and "60 days" not in first
    question = next(m for m in controller.conversation.messages if m.role == "user")
    on_window_thread: list[bool] = []  # where the file was read again for the new words

    def prepare_for_question(*args):
        on_window_thread.append(threading.current_thread() is threading.main_thread())
        return attachments.prepare_for_question(*args)

    monkeypatch.setattr(chat_controller, "prepare_for_question", prepare_for_question)
    with qtbot.waitSignal(controller.answer_finished, timeout=5000):
        assert controller.edit_and_resend(question.id, "What is the notice period?")
    assert on_window_thread == [False]  # on the model thread: the window never waits for it
    reworded = fake_runtime.requests[-1].question
    assert "clause 2500: the notice period is 60 days" in reworded and "4,500 EUR" not in reworded
    assert estimate_tokens(reworded) <= estimate_tokens(first) + 60  # within the room the old passages took
    versions = [m for m in loaded.store.get_conversation(controller.conversation.id).messages if m.role == "user"]
    assert versions[0].attachments[0].meta["sent_spans"] != question.attachments[0].meta["sent_spans"]
