"""A text file dropped into the window: its chip counts lines and tokens of text (not tiles), the line under the
composer adds them to the prompt, the chip opens the text as the model reads it, a file too long for the context
is cut with a warning on the chip, and the sent file opens its text again from the history."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop_vlm.app import attachments, chat_controller
from desktop_vlm.core.text_tokens import TEMPLATE_TOKENS, estimate_tokens
from desktop_vlm.ui.attachment_chip import TextChip
from desktop_vlm.ui.composer import fair_cuts
from desktop_vlm.ui.text_viewer import TextViewer
from tests.ui.test_chat_flow import _drop

NOTES = "# Standup\n\n- shipped the importer\n- fixing the cache\n- Tiếng Việt: xin chào\n"


def _prompt_estimate(line: str) -> int:
    """The prompt's length from the line under the composer ("… · prompt ≈ 1,234 of 8,192 tokens")."""
    return int(line.split("prompt ≈ ")[1].split(" of ")[0].replace(",", ""))


def _warnings(chip) -> list[str]:
    return [label.text() for label in chip.findChildren(type(chip.title)) if label.text().startswith("⚠")]


def test_a_dropped_text_file_gets_a_chip_counting_its_text_and_opens_as_text(qtbot, window, tmp_path):
    notes = tmp_path / "standup.md"
    notes.write_text(NOTES, encoding="utf-8")
    composer = window.composer
    window.estimate.refresh()
    before = _prompt_estimate(composer.budget.text())
    with qtbot.waitSignal(composer.attachments_changed, timeout=5000):
        _drop(composer, [notes])
    (chip,) = composer._chips()
    assert isinstance(chip, TextChip) and chip.title.text() == "standup.md · 5 lines"
    tokens = chip.text_tokens()
    assert tokens > 0 and chip.summary.text() == f"about {tokens} tokens of text" and _warnings(chip) == []
    window.estimate.refresh()
    assert composer.budget.text().startswith(f"about {tokens} tokens of text · prompt ≈ ")
    assert _prompt_estimate(composer.budget.text()) == before + tokens  # the prompt grows by the file's text

    qtbot.keyClick(chip.preview, Qt.Key.Key_Return)
    viewer = QApplication.activeModalWidget()
    assert isinstance(viewer, TextViewer)
    qtbot.addWidget(viewer)
    assert viewer.text.toPlainText() == NOTES.rstrip("\n") and viewer.text.isReadOnly()
    assert viewer.summary.text() == f"5 lines · about {tokens} tokens · read as UTF-8"
    viewer.close()


def test_a_file_longer_than_the_context_is_cut_and_the_chip_says_so(qtbot, window, tmp_path):
    log = tmp_path / "build.log"
    log.write_text("\n".join(f"[{i:05d}] compiling module number {i}" for i in range(10_000)), encoding="utf-8")
    with qtbot.waitSignal(window.composer.attachments_changed, timeout=10000):
        window.composer.add_files([log])
    (chip,) = window.composer._chips()
    sent = chip.attachment.text.count("\n") + 1
    assert 100 < sent < 10_000 and chip.title.text() == f"build.log · {sent:,} lines"
    assert _warnings(chip) == [
        f"⚠ {sent:,} of 10,000 lines fit the model's context: the parts that match your question are sent."
    ]
    assert chip.text_tokens() <= window.estimate.service.model_info.context_length  # what is kept fits


def test_a_sent_text_file_opens_its_text_from_the_history(qtbot, window, services, fake_runtime, tmp_path):
    notes = tmp_path / "standup.md"
    notes.write_text(NOTES, encoding="utf-8")
    with qtbot.waitSignal(window.composer.attachments_changed, timeout=5000):
        window.composer.add_files([notes])
    with qtbot.waitSignal(services.controller.answer_finished, timeout=10000):
        services.controller.send("What shipped?", window.composer.attachments)
    assert "- shipped the importer" in fake_runtime.requests[-1].question
    bubble = window.chat.message_widgets()[0]
    (picture,) = [label for labels in bubble.pictures.values() for label in labels]
    qtbot.mouseClick(picture, Qt.MouseButton.LeftButton)
    viewer = QApplication.activeModalWidget()
    assert isinstance(viewer, TextViewer)
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: viewer.text.toPlainText() != "", timeout=10000)  # read on a worker
    assert viewer.text.toPlainText() == NOTES.rstrip("\n")
    viewer.close()


def test_files_dropped_together_are_cut_to_fit_together(qtbot, window, tmp_path):
    logs = []
    for name in ("a.log", "b.log"):
        logs.append(tmp_path / name)
        logs[-1].write_text("\n".join(f"{name} line {i}: something happened" for i in range(5_000)), encoding="utf-8")
    composer = window.composer
    composer.add_files(logs)  # prepared at once, each against the room left before either
    qtbot.waitUntil(lambda: composer._pending == 0 and len(composer._chips()) == 2, timeout=10000)
    assert window.estimate.token_room_left() >= 0  # both read again, to half the room each
    tokens = {chip.attachment.name: chip.text_tokens() for chip in composer._chips()}
    assert sorted(tokens) == ["a.log", "b.log"] and abs(tokens["a.log"] - tokens["b.log"]) < 100
    assert min(tokens.values()) > 3000  # an even split, not one file left with a sliver


def test_a_short_file_dropped_with_a_long_one_keeps_its_whole_text(qtbot, window, tmp_path):
    short, long = tmp_path / "todo.txt", tmp_path / "trace.log"
    short.write_text("- call the bank\n- pay the invoice", encoding="utf-8")
    long.write_text("\n".join(f"frame {i}: at module.function (file.py:{i})" for i in range(20_000)), encoding="utf-8")
    composer = window.composer
    composer.add_files([long, short])
    qtbot.waitUntil(lambda: composer._pending == 0 and len(composer._chips()) == 2, timeout=10000)
    chips = {chip.attachment.name: chip for chip in composer._chips()}
    assert chips["todo.txt"].attachment.text == "- call the bank\n- pay the invoice"
    assert _warnings(chips["trace.log"]) and window.estimate.token_room_left() >= 0
    window.estimate.refresh()
    assert "⚠" not in composer.budget.text()


def test_the_attach_dialog_offers_every_kind_and_all_files(qtbot, window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    asked = []

    def choose(parent, caption, folder, patterns):
        asked.append(patterns)
        return [str(notes)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(choose))
    with qtbot.waitSignal(window.composer.attachments_changed, timeout=5000):
        window.attach_files()
    offered = asked[0].split(";;")
    assert all(f"*{ext}" in offered[0] for ext in (".png", ".mp4", ".pdf", ".md", ".csv", ".py"))
    assert offered[1] == "All files (*)" and window.composer.attachments[0].kind == "text"


def _button(chip, text: str):
    from PySide6.QtWidgets import QPushButton

    (button,) = [b for b in chip.findChildren(QPushButton) if b.text() == text]
    return button


def test_a_pdf_goes_as_its_text_and_back_to_pictures_from_its_chip(qtbot, window, services, fake_runtime, tmp_path):
    from desktop_vlm.ui.attachment_chip import PagesChip
    from tests.media.pdf_files import text_pdf

    pdf = tmp_path / "minutes.pdf"
    pdf.write_bytes(text_pdf(["Minutes, 3 Dec", "Budget approved (4 to 1)"]))
    composer = window.composer
    with qtbot.waitSignal(composer.attachments_changed, timeout=10000):
        composer.add_files([pdf])
    (chip,) = composer._chips()
    assert isinstance(chip, PagesChip) and chip.attachment.images
    with qtbot.waitSignal(composer.attachments_changed, timeout=10000):
        _button(chip, "Send its text").click()
    qtbot.waitUntil(lambda: composer._pending == 0 and len(composer._chips()) == 1, timeout=10000)
    (chip,) = composer._chips()
    assert (
        isinstance(chip, TextChip)
        and chip.attachment.text == "[Page 1]\nMinutes, 3 Dec\n\n[Page 2]\nBudget approved (4 to 1)"
    )
    assert composer.image_tokens == 0 and composer.text_tokens == chip.text_tokens()

    with qtbot.waitSignal(services.controller.answer_finished, timeout=10000):
        services.controller.send("What was decided?", composer.attachments)
    assert fake_runtime.requests[-1].visuals == [] and "[Page 2]\nBudget approved" in fake_runtime.requests[-1].question
    bubble = window.chat.message_widgets()[0]
    (picture,) = [label for labels in bubble.pictures.values() for label in labels]
    qtbot.mouseClick(picture, Qt.MouseButton.LeftButton)
    viewer = QApplication.activeModalWidget()
    assert isinstance(viewer, TextViewer)  # a PDF sent as text opens as text
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: "Budget approved" in viewer.text.toPlainText(), timeout=10000)
    viewer.close()

    with qtbot.waitSignal(composer.attachments_changed, timeout=10000):
        _button(chip, "Send pages as pictures").click()
    qtbot.waitUntil(lambda: composer._pending == 0 and len(composer._chips()) == 1, timeout=10000)
    (chip,) = composer._chips()
    assert isinstance(chip, PagesChip) and len(chip.attachment.images) == 2 and chip.attachment.text is None


def test_a_minified_file_cut_inside_its_one_line_says_so_in_characters(qtbot, window, tmp_path):
    minified = tmp_path / "data.json"
    minified.write_text("[" + ",".join(f'{{"id":{i},"value":"v{i}"}}' for i in range(100_000)) + "]", encoding="utf-8")
    composer = window.composer
    with qtbot.waitSignal(composer.attachments_changed, timeout=10000):
        composer.add_files([minified])
    (chip,) = composer._chips()
    sent, total = len(chip.attachment.text), minified.stat().st_size
    assert _warnings(chip) == [
        f"⚠ {sent:,} of {total:,} characters fit the model's context: the parts that match your question are sent."
    ]
    viewer = composer.open_viewer(chip)
    qtbot.addWidget(viewer)
    assert viewer.summary.text().endswith(
        f"⚠ Only {sent:,} of its {total:,} characters fit the context: the parts that match the question are chosen "
        "when it is sent."
    )
    viewer.close()


def test_a_long_paste_becomes_a_text_file_and_a_short_one_stays_in_the_question(qtbot, window, services, fake_runtime):
    from PySide6.QtCore import QMimeData

    from desktop_vlm.ui.composer import PASTED_TEXT_AS_FILE_CHARS

    composer = window.composer
    short = QMimeData()
    short.setText("What does this error mean?")
    composer.edit.insertFromMimeData(short)
    assert composer.edit.toPlainText() == "What does this error mean?" and composer._chips() == []

    log = "\n".join(f"2026-12-05 10:{i % 60:02d} ERROR worker {i}: connection reset" for i in range(200))
    assert len(log) >= PASTED_TEXT_AS_FILE_CHARS
    pasted = QMimeData()
    pasted.setText(log)
    with qtbot.waitSignal(composer.attachments_changed, timeout=5000):
        composer.edit.insertFromMimeData(pasted)
    (chip,) = composer._chips()
    name = chip.attachment.name
    assert isinstance(chip, TextChip) and name.startswith("pasted-") and name.endswith(".txt")
    assert chip.attachment.text == log and composer.edit.toPlainText() == "What does this error mean?"
    with qtbot.waitSignal(services.controller.answer_finished, timeout=10000):
        composer.submit()
    question = fake_runtime.requests[-1].question
    assert question.startswith(f"{name}:\n```\n2026-12-05 10:00 ERROR worker 0") and question.endswith("mean?")
    stored = services.store.get_conversation(services.controller.conversation.id).messages[0].attachments[0]
    assert stored.path.read_text(encoding="utf-8") == log  # kept with the conversation like a dropped file


def test_a_file_attached_before_any_model_is_cut_when_one_loads(qtbot, services, tmp_path):
    from desktop_vlm.ui.main import create_window

    window = create_window(services)  # no model loaded yet: the context is unknown
    qtbot.addWidget(window)
    window.show()
    log = tmp_path / "build.log"
    log.write_text("\n".join(f"[{i:05d}] compiling module number {i}" for i in range(10_000)), encoding="utf-8")
    composer = window.composer
    with qtbot.waitSignal(composer.attachments_changed, timeout=10000):
        composer.add_files([log])
    (whole,) = composer._chips()
    assert whole.attachment.text is not None and whole.attachment.text.count("\n") == 9_999 and _warnings(whole) == []
    with qtbot.waitSignal(services.service.model_loaded, timeout=5000):
        services.service.load_model("fake", "cpu", "auto")
    qtbot.waitUntil(lambda: composer._pending == 0 and composer._chips() and composer._chips()[0] is not whole)
    (cut,) = composer._chips()
    assert _warnings(cut) and window.estimate.token_room_left() >= 0  # read again to the loaded model's context


def test_the_room_is_shared_evenly_and_a_short_text_leaves_its_rest_to_the_longer_ones():
    from desktop_vlm.ui.composer import fair_shares

    assert fair_shares([7600, 1800], 7600) == [5800, None]  # in any order: shortest first
    assert fair_shares([1800, 7600], 7600) == [None, 5800]
    assert fair_shares([5000, 5000], 6000) == [3000, 3000]
    assert fair_shares([100, 200, 9000], 3000) == [None, None, 2700]
    assert fair_shares([10, 20], 100) == [None, None]


def test_a_cut_file_grows_back_when_the_file_beside_it_is_removed(qtbot, window, tmp_path):
    logs = []
    for name in ("a.log", "b.log"):  # long lines: a cut at a line break leaves hundreds of tokens of its share
        logs.append(tmp_path / name)
        logs[-1].write_text("\n".join(f"{name} line {i}: " + "x" * 900 for i in range(500)), encoding="utf-8")
    composer = window.composer
    loads = []
    composer._loader.loaded.connect(lambda attachment: loads.append(attachment.name))
    composer.add_files(logs)
    qtbot.waitUntil(lambda: composer._pending == 0 and len(composer._chips()) == 2, timeout=10000)
    halves = {chip.attachment.name: chip.text_tokens() for chip in composer._chips()}
    (b,) = [chip for chip in composer._chips() if chip.attachment.name == "b.log"]
    settled = len(loads)
    b.remove_requested.emit(b)  # as its × button does
    qtbot.waitUntil(lambda: composer._pending == 0 and len(loads) > settled, timeout=10000)
    (a,) = composer._chips()
    assert a.text_tokens() > 1.8 * halves["a.log"]  # read again to the whole room
    assert 0 <= window.estimate.token_room_left() < 400 and _warnings(a)
    qtbot.wait(300)
    assert len(loads) == settled + 1  # and once: reading it again does not start over


def test_a_scan_asked_for_its_text_says_it_has_none_and_keeps_its_pages(qtbot, window, tmp_path):
    from desktop_vlm.ui.attachment_chip import PagesChip
    from tests.media.pdf_files import minimal_pdf

    scan = tmp_path / "scan.pdf"
    scan.write_bytes(minimal_pdf(pages=2))  # drawn shapes, no text layer
    composer = window.composer
    with qtbot.waitSignal(composer.attachments_changed, timeout=10000):
        composer.add_files([scan])
    (chip,) = composer._chips()
    with qtbot.waitSignal(composer.attachment_failed, timeout=10000) as failed:
        _button(chip, "Send its text").click()
    assert failed.args[0] == "scan.pdf has no text to read: its pages are pictures, as in a scan."
    qtbot.waitUntil(lambda: composer._pending == 0 and len(composer._chips()) == 1, timeout=10000)
    (back,) = composer._chips()
    assert isinstance(back, PagesChip) and len(back.attachment.images) == 2  # not lost: its pages again


def test_a_file_too_long_for_the_context_sends_the_parts_that_match_the_question(
    qtbot, window, services, fake_runtime, tmp_path, monkeypatch
):
    on_window_thread: list[bool] = []  # where the parts were chosen: scanning 15 MB takes 0.36 s

    def for_question(*args):
        on_window_thread.append(threading.current_thread() is threading.main_thread())
        return attachments.for_question(*args)

    monkeypatch.setattr(chat_controller, "for_question", for_question)
    contract = tmp_path / "contract.md"
    clauses = [f"## Clause {n}\n" + f"Clause {n} sets out routine duties of the parties. " * 8 for n in range(400)]
    clauses[310] += "The termination fee is 4,500 EUR."
    contract.write_text("# Service agreement\n\n" + "\n\n".join(clauses), encoding="utf-8")
    composer = window.composer
    with qtbot.waitSignal(composer.attachments_changed, timeout=10000):
        composer.add_files([contract])
    (chip,) = composer._chips()
    assert "4,500 EUR" not in (chip.attachment.text or "")  # its beginning, until the question is known
    assert _warnings(chip)[0].endswith("fit the model's context: the parts that match your question are sent.")
    held = chip.text_tokens()
    viewer = composer.open_viewer(chip)
    qtbot.addWidget(viewer)
    assert "the parts that match the question are chosen when it is sent." in viewer.summary.text()
    viewer.close()

    composer.edit.setPlainText("What is the termination fee?")
    shown_while_answering: list[list[str]] = []  # the question's labels when the first words of the answer came

    def first_words(*_args) -> None:
        if not shown_while_answering:
            shown_while_answering.append(
                [label.text() for label in window.chat.message_widgets()[0].findChildren(QLabel)]
            )

    services.controller.answer_updated.connect(first_words)
    with qtbot.waitSignal(services.controller.answer_finished, timeout=10000):
        composer.submit()
    question = fake_runtime.requests[-1].question
    assert question.startswith("contract.md:\n```\n# Service agreement\n")  # the beginning goes too
    assert "## Clause 310\n" in question and "The termination fee is 4,500 EUR." in question
    assert "left out …]" in question and question.endswith("What is the termination fee?")
    quoted = question[: question.rindex("```")]
    assert estimate_tokens(quoted) <= held + 8  # within the room the chip held
    assert on_window_thread == [False]  # chosen on the model thread as the request was built

    stored = services.store.get_conversation(services.controller.conversation.id).messages[0].attachments[0]
    assert stored.meta["sent_spans"] and stored.meta["sent_lines"] < stored.meta["line_count"]
    bubble = window.chat.message_widgets()[0]
    part = f"{stored.meta['sent_lines']:,} of {stored.meta['line_count']:,} lines"
    assert part in [label.text() for label in bubble.findChildren(QLabel)]  # under the sent file's picture
    assert part in shown_while_answering[0]  # shown as soon as the parts were chosen, not when the answer ends
    (picture,) = [label for labels in bubble.pictures.values() for label in labels]
    qtbot.mouseClick(picture, Qt.MouseButton.LeftButton)
    history_viewer = QApplication.activeModalWidget()
    assert isinstance(history_viewer, TextViewer)
    qtbot.addWidget(history_viewer)
    qtbot.waitUntil(lambda: history_viewer.text.toPlainText() != "", timeout=10000)
    assert "The termination fee is 4,500 EUR." in history_viewer.text.toPlainText()
    assert history_viewer.summary.text().endswith(
        "left out, where marked: the parts that match the question were sent."
    )
    history_viewer.close()


def test_a_question_typed_after_the_files_fit_cuts_them_instead_of_going_past_the_context(
    qtbot, window, services, fake_runtime, tmp_path
):
    notes = tmp_path / "notes.txt"
    notes.write_text("\n".join(f"note {i}: the meeting moved to room {i % 9}" for i in range(400)), encoding="utf-8")
    composer = window.composer
    with qtbot.waitSignal(composer.attachments_changed, timeout=10000):
        composer.add_files([notes])
    (chip,) = composer._chips()
    assert _warnings(chip) == []  # it fits whole, with the question box empty
    composer.edit.setPlainText("Where is the meeting? " + "Please answer carefully. " * 300)
    assert composer.token_room_left() < 0  # the question typed since takes the message past the context
    with qtbot.waitSignal(services.controller.answer_finished, timeout=10000):
        composer.submit()
    stored = services.store.get_conversation(services.controller.conversation.id).messages[0].attachments[0]
    assert stored.meta["sent_chars"] < stored.meta["char_count"]  # the file gave up the room the question took
    window.estimate.refresh()
    info = services.service.model_info
    question = fake_runtime.requests[-1].question
    assert (
        estimate_tokens(question) + TEMPLATE_TOKENS + services.controller.params.max_new_tokens <= info.context_length
    )


def test_fair_cuts_take_from_each_text_in_proportion_and_leave_each_its_floor():
    assert fair_cuts([1000, 3000], 400) == [97, 304]  # of 936 and 2,936 tokens above the floor
    assert fair_cuts([1000, 3000], 0) == [0, 0] and fair_cuts([], 50) == []
    assert fair_cuts([100, 70], 10_000) == [36, 6]  # never below MIN_TEXT_SHARE (64)


def test_a_documents_pictures_are_counted_on_its_chip_and_in_the_prompt(qtbot, window, tmp_path):
    from tests.media.test_office_pictures import REPORT

    report = tmp_path / "report.docx"
    report.write_bytes(REPORT)
    composer = window.composer
    with qtbot.waitSignal(composer.attachments_changed, timeout=10000):
        composer.add_files([report])
    (chip,) = composer._chips()
    assert isinstance(chip, TextChip) and len(chip.attachment.images) == 2
    assert chip.summary.text() == f"about {chip.text_tokens()} tokens of text\n2 pictures, 512 image tokens"
    assert composer.image_tokens == 512  # one tile each, in the prompt's estimate
