"""A folder dropped on the window is attached as the archive of its files, sent, and read again from the
conversation when it is reopened."""

from __future__ import annotations

from PIL import Image

from tests.ui.test_chat_flow import _drop


def test_a_dropped_folder_is_attached_sent_and_kept(qtbot, window, fake_runtime, tmp_path, monkeypatch):
    requests = []
    answer = fake_runtime.generate
    monkeypatch.setattr(
        fake_runtime, "generate", lambda request, *a, **k: requests.append(request) or answer(request, *a, **k)
    )
    folder = tmp_path / "receipts"
    folder.mkdir()
    Image.new("RGB", (640, 480), (250, 250, 240)).save(folder / "cafe.jpg")
    (folder / "notes.txt").write_text("Lunch: 12.40 EUR\n", encoding="utf-8")
    composer = window.composer
    with qtbot.waitSignal(composer.attachments_changed, timeout=10000):
        _drop(composer, [folder])
    (attachment,) = composer.attachments
    assert attachment.name == "receipts.zip" and "- cafe.jpg [Image-1]" in (attachment.text or "")
    assert composer._chips()[0].title.toolTip() == "receipts.zip"
    window.controller.send("What did lunch cost?", composer.attachments)
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=10000)
    question = window.controller.conversation.messages[-2]
    assert [a.name for a in question.attachments] == ["receipts.zip"]
    window.controller.regenerate()  # the question's attachments read again from the history
    qtbot.waitUntil(lambda: not window.controller.busy and len(requests) == 2, timeout=10000)
    first, again = requests
    assert "Lunch: 12.40 EUR" in again.question and again.question == first.question
    assert len(again.visuals) == len(first.visuals) == 1
