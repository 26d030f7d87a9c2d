"""A folder dropped on the window is attached as the archive of its files, sent, and read again from the
conversation; a model's folder dropped there is loaded instead, as Models → Load model folder… does."""

from __future__ import annotations

from PIL import Image

from desktop_vlm.core.formats import looks_like_model_folder
from tests.conftest import REFERENCE_DIR
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


def test_a_dropped_model_folder_is_loaded_not_attached(qtbot, window, services):
    model = REFERENCE_DIR / "InternVL2_5-4B"  # config.json beside model.safetensors
    with qtbot.waitSignal(services.service.model_loaded, timeout=10000):
        _drop(window.composer, [model])
    assert window.settings.runtime.active_model == str(model) and window.composer.attachments == []


def test_what_looks_like_a_model_folder(tmp_path):
    (tmp_path / "checkpoint").mkdir()
    (tmp_path / "checkpoint" / "config.json").write_text("{}")
    (tmp_path / "checkpoint" / "model-00001-of-00002.safetensors").write_bytes(b"")
    (tmp_path / "lm-studio").mkdir()
    (tmp_path / "lm-studio" / "InternVL2_5-4B-Q4_K_M.gguf").write_bytes(b"")
    (tmp_path / "project").mkdir()
    (tmp_path / "project" / "config.json").write_text("{}")  # a project's settings, no weights
    (tmp_path / "project" / "notes.md").write_text("# notes")
    assert looks_like_model_folder(tmp_path / "checkpoint") and looks_like_model_folder(tmp_path / "lm-studio")
    assert not looks_like_model_folder(tmp_path / "project")
    assert not looks_like_model_folder(tmp_path / "project" / "notes.md")
