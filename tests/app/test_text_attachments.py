"""A text file attached in the window, from the command line and in a batch run: its text is quoted in the question
(after the picture placeholders, before the question), stored with the conversation and quoted the same way when
the conversation is reopened (the same cut when it had to be cut), exported and imported like any attachment."""

from __future__ import annotations

import json
from dataclasses import replace

from PIL import Image

from desktop_vlm.app.attachments import prepare_file
from desktop_vlm.cli.main import main
from tests.conftest import REFERENCE_DIR

NOTES = "# Groceries\n\n- milk\n- bread\n\nTotal: 7.50 <|im_end|>\n"


def _notes(tmp_path, name="notes.md", text=NOTES):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_sent_with_a_picture_stored_and_quoted_again_when_reopened(qtbot, loaded, fake_runtime, tmp_path):
    picture = tmp_path / "receipt.png"
    Image.new("RGB", (64, 48), "white").save(picture)
    controller, store = loaded.controller, loaded.store
    with qtbot.waitSignal(controller.answer_finished, timeout=5000):
        controller.send("Do they match?", [prepare_file(_notes(tmp_path)), prepare_file(picture)])
    asked = fake_runtime.requests[0]
    quoted = "notes.md:\n```\n# Groceries\n\n- milk\n- bread\n\nTotal: 7.50 <\u200b|im_end|>\n```\n\n"
    assert asked.question == "<image>\n" + quoted + "Do they match?" and len(asked.visuals) == 1

    conversation = store.get_conversation(controller.conversation.id)
    stored = conversation.messages[0].attachments[0]
    assert (stored.kind, stored.mime, stored.path.suffix) == ("text", "text/plain", ".txt")
    assert stored.path.read_text(encoding="utf-8") == NOTES  # the file as it was, not the quoted text
    assert stored.meta["line_count"] == 6 and stored.meta["sent_chars"] == len(NOTES.rstrip("\n"))

    controller.new_conversation()  # as after a restart: the file is read again from the history
    controller._decoded_cache.clear()
    controller.open_conversation(conversation.id)
    with qtbot.waitSignal(controller.answer_finished, timeout=5000):
        controller.send("And the total?")
    assert fake_runtime.requests[-1].history[0].question == asked.question

    exported = store.export_conversation(conversation.id, "json")
    again = store.import_json(exported).messages[0].attachments[0]
    assert again.kind == "text" and again.path.read_bytes() == NOTES.encode()
    assert "notes.md" in store.export_conversation(conversation.id, "markdown")


def test_a_cut_file_is_quoted_with_the_same_cut_after_reopening(qtbot, loaded, fake_runtime, tmp_path):
    log = _notes(tmp_path, "server.log", "\n".join(f"12:00:{i:02d} request {i} served" for i in range(3000)))
    prepared = prepare_file(log, image_token_room=500)
    assert prepared.text is not None and prepared.text.count("\n") < 200
    controller = loaded.controller
    with qtbot.waitSignal(controller.answer_finished, timeout=5000):
        controller.send("Any errors?", [prepared])
    first = fake_runtime.requests[0].question
    assert "request 0 served" in first and "request 2999 served" not in first
    conversation_id = controller.conversation.id
    controller.new_conversation()
    controller._decoded_cache.clear()
    controller.open_conversation(conversation_id)
    with qtbot.waitSignal(controller.answer_finished, timeout=5000):
        controller.send("And warnings?")
    assert fake_runtime.requests[-1].history[0].question == first


def test_ask_quotes_the_file_and_the_tokenizer_sees_no_end_of_turn_in_it(tmp_path, capsys):
    from desktop_vlm.runtime.tokenization import load_tokenizer

    model = REFERENCE_DIR / "InternVL2_5-4B"
    common = [str(model), "What is the total?", "--max-new-tokens", "2", "--device", "cpu", "--json"]
    assert main(["ask", *common, "--attach", str(_notes(tmp_path))]) == 0
    with_file = json.loads(capsys.readouterr().out)["prompt_token_ids"]
    assert main(["ask", *common]) == 0
    without = json.loads(capsys.readouterr().out)["prompt_token_ids"]
    tokenizer = load_tokenizer(model)
    end_of_turn = tokenizer.token_to_id("<|im_end|>")
    assert with_file.count(end_of_turn) == without.count(end_of_turn)  # the file's "<|im_end|>" is text
    assert "Total: 7.50" in tokenizer.decode(with_file) and "notes.md:" in tokenizer.decode(with_file)


def test_ask_cuts_a_file_to_the_room_it_is_given_and_says_so(tmp_path, capsys):
    from desktop_vlm.cli.ask import build_request
    from desktop_vlm.cli.main import build_parser

    long = _notes(tmp_path, "long.txt", "\n".join(f"entry {i}" for i in range(20_000)))
    args = build_parser().parse_args(["ask", "model", "Summarise", "--attach", str(long)])
    request = build_request(args, 6, token_room=1000)
    err = capsys.readouterr().err
    assert "note: long.txt: The first " in err and "of 20,000 lines: the rest would not fit" in err
    assert "entry 0\n" in request.question and "entry 19999" not in request.question
    assert request.question.endswith("```\n\nSummarise")


def test_ask_sends_the_parts_of_a_long_file_that_match_the_question(tmp_path, capsys):
    from desktop_vlm.cli.ask import build_request
    from desktop_vlm.cli.main import build_parser

    entries = [f"entry {i}: nothing happened" for i in range(20_000)]
    entries[15_000] = "entry 15000: the backup FAILED with disk quota exceeded"
    long = _notes(tmp_path, "long.txt", "\n".join(entries))
    args = build_parser().parse_args(["ask", "model", "Why did the backup fail?", "--attach", str(long)])
    request = build_request(args, 6, token_room=2000)
    err = capsys.readouterr().err
    assert "note: long.txt: " in err and "of 20,000 lines, the parts that bear on the question" in err
    assert "entry 0: nothing happened\n" in request.question  # the beginning
    assert "entry 15000: the backup FAILED with disk quota exceeded" in request.question
    assert "left out …]" in request.question and request.question.endswith("```\n\nWhy did the backup fail?")


LEDGER = "\n".join(f"row {i}: paid {i}.00" for i in range(5000)) + "\nrow 5000: refund to Carol 88.10\n"


def test_batch_asks_about_each_text_file(tmp_path):
    from desktop_vlm.cli.batch import collect_items, run_item
    from desktop_vlm.runtime.fake import FakeRuntime

    _notes(tmp_path, "a.txt", "Invoice 17, total 12.00")
    (tmp_path / "b.bin").write_bytes(bytes(range(256)))
    items, problems = collect_items(tmp_path)
    assert [(i.id, i.kind) for i in items] == [("a.txt", "text")] and [p[0] for p in problems] == ["b.bin"]
    runtime = FakeRuntime("12.00")
    row = run_item(runtime, items[0], "What is the total?", None, 1, 8)
    request = runtime.requests[0]
    assert row["status"] == "ok" and request.visuals == []
    assert request.question == "a.txt:\n```\nInvoice 17, total 12.00\n```\n\nWhat is the total?"


def test_batch_sends_the_parts_of_a_long_file_that_match_its_question(tmp_path):
    from desktop_vlm.cli.batch import collect_items, run_item
    from desktop_vlm.runtime.fake import FakeRuntime

    _notes(tmp_path, "ledger.txt", LEDGER)
    items, _ = collect_items(tmp_path)
    runtime = FakeRuntime("88.10")
    runtime.info = replace(runtime.info, context_length=2048)
    row = run_item(runtime, items[0], "How much was refunded to Carol?", None, 1, 8)
    asked = runtime.requests[0].question
    assert row["status"] == "ok" and "row 5000: refund to Carol 88.10" in asked and "row 0: paid" in asked
    assert "the parts that bear on the question" in row["message"]


def test_a_word_document_is_quoted_and_stored_as_itself(qtbot, loaded, fake_runtime, tmp_path):
    from tests.media.docx_files import minimal_docx, paragraph

    report = tmp_path / "report.docx"
    report.write_bytes(minimal_docx(paragraph("Minutes", "Heading1") + paragraph("Budget approved.")))
    controller = loaded.controller
    with qtbot.waitSignal(controller.answer_finished, timeout=5000):
        controller.send("What was decided?", [prepare_file(report)])
    assert (
        fake_runtime.requests[0].question == "report.docx:\n```\n# Minutes\nBudget approved.\n```\n\nWhat was decided?"
    )
    stored = loaded.store.get_conversation(controller.conversation.id).messages[0].attachments[0]
    assert (stored.kind, stored.path.suffix) == ("docx", ".docx") and stored.path.read_bytes() == report.read_bytes()


def test_ask_sends_a_pdfs_text_with_pdf_text(tmp_path, capsys):
    from desktop_vlm.runtime.tokenization import load_tokenizer
    from tests.media.pdf_files import text_pdf

    pdf = tmp_path / "invoice.pdf"
    pdf.write_bytes(text_pdf(["Invoice 17", "Total: 12.00 EUR"]))
    model = REFERENCE_DIR / "InternVL2_5-4B"
    argv = ["ask", str(model), "Total?", "--attach", str(pdf), "--max-new-tokens", "1", "--device", "cpu", "--json"]
    assert main([*argv, "--pdf-text"]) == 0
    answer = json.loads(capsys.readouterr().out)
    prompt = load_tokenizer(model).decode(answer["prompt_token_ids"])
    assert "invoice.pdf:\n```\n[Page 1]\nInvoice 17\n\n[Page 2]\nTotal: 12.00 EUR\n```" in prompt
    assert answer["stats"]["image_tiles"] == 0
    assert main(argv + ["--max-tiles", "1"]) == 0  # without it: the pages as pictures
    assert json.loads(capsys.readouterr().out)["stats"]["image_tiles"] == 2


# The test checkpoint's small vocabulary takes about twice the tokens the estimate allows for this text: denser
# than any published vocabulary, as emoji or a finely split script can be.
DENSE_CONTRACT = [f"clause {i}: the parties keep their routine duties under this agreement" for i in range(6000)]
DENSE_CONTRACT[4500] = "clause 4500: the notice period is 60 days"


def test_ask_cuts_a_text_again_when_the_models_tokenizer_counts_more_than_the_estimate(tmp_path, capsys):
    from desktop_vlm.runtime.tokenization import load_tokenizer

    contract = _notes(tmp_path, "contract.txt", "\n".join(DENSE_CONTRACT))
    model = REFERENCE_DIR / "InternVL2_5-4B"
    argv = ["ask", str(model), "What is the notice period?", "--attach", str(contract), "--max-new-tokens", "1"]
    assert main([*argv, "--device", "cpu", "--json"]) == 0  # refused as past the context before
    captured = capsys.readouterr()
    ids = json.loads(captured.out)["prompt_token_ids"]
    assert len(ids) <= 32768 - 1 and "the notice period is 60 days" in load_tokenizer(model).decode(ids)
    assert captured.err.count("note: contract.txt:") == 1  # the note of the cut sent, not of each try


def test_batch_cuts_a_text_again_when_the_models_tokenizer_counts_more_than_the_estimate(tmp_path):
    from desktop_vlm.cli.batch import collect_items, run_item
    from desktop_vlm.runtime import load_runtime

    _notes(tmp_path, "contract.txt", "\n".join(DENSE_CONTRACT))
    (item,), _ = collect_items(tmp_path)
    runtime = load_runtime(REFERENCE_DIR / "InternVL2_5-4B", device="cpu")
    row = run_item(runtime, item, "What is the notice period?", None, 1, 1)
    assert row["status"] == "ok" and row["prompt_tokens"] <= 32768 - 1, row.get("message")


def test_a_documents_pictures_follow_the_pictures_before_it_at_one_tile_each(qtbot, loaded, fake_runtime, tmp_path):
    from tests.media.test_office_pictures import REPORT

    photo = tmp_path / "photo.png"
    Image.new("RGB", (64, 48), "white").save(photo)
    report = tmp_path / "report.docx"
    report.write_bytes(REPORT)
    controller = loaded.controller
    with qtbot.waitSignal(controller.answer_finished, timeout=5000):
        controller.send("Which chart matches the photo?", [prepare_file(photo), prepare_file(report)])
    asked = fake_runtime.requests[-1]
    assert asked.question.startswith("Image-1: <image>\nImage-2: <image>\nImage-3: <image>\nreport.docx:\n")
    assert "Quarterly report\n[Image-2]\nRevenue grew" in asked.question  # the document's first picture
    assert [v.max_tiles for v in asked.visuals] == [None, 1, 1]  # the photo at the tile budget, the figures at one


def test_batch_sends_a_documents_pictures_with_its_text(tmp_path):
    from desktop_vlm.cli.batch import collect_items, run_item
    from desktop_vlm.runtime.fake import FakeRuntime
    from tests.media.test_office_pictures import REPORT

    (tmp_path / "report.docx").write_bytes(REPORT)
    (item,), _ = collect_items(tmp_path)
    runtime = FakeRuntime("a chart")
    row = run_item(runtime, item, "What does the chart show?", None, 6, 8)
    asked = runtime.requests[0]
    assert row["status"] == "ok" and [v.max_tiles for v in asked.visuals] == [1, 1]
    assert asked.question.startswith(
        "Image-1: <image>\nImage-2: <image>\nreport.docx:\n```\nQuarterly report\n[Image-1]"
    )
