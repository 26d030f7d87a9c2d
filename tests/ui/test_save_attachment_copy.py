"""Right-click on a sent attachment → Save a copy…: the file as the conversation keeps it (an unlocked statement, a
packed folder, a photo whose original is gone) is written where the person chooses."""

from __future__ import annotations

from PIL import Image
from PySide6.QtWidgets import QFileDialog

from desktop_vlm.app.attachments import prepare_pasted_image


def _sent_picture(qtbot, window, services):
    receipt = prepare_pasted_image(Image.new("RGB", (320, 240), (200, 60, 40)), "receipt.png")
    with qtbot.waitSignal(services.controller.answer_finished, timeout=5000):
        services.controller.send("What is on the receipt?", [receipt])
    question = window.controller.conversation.messages[0]
    widget = window.chat.message_widget(question.id)
    (attachment,) = question.attachments
    return widget, attachment


def _save_copy(widget, attachment) -> None:
    menu = widget._attachment_menu(attachment, widget.pictures[attachment.sha256][0])
    assert [a.text() for a in menu.actions()] == ["Open as the model sees it", "Save a copy…"]
    menu.actions()[1].trigger()


def test_a_sent_attachment_is_saved_as_the_conversation_keeps_it(qtbot, window, services, tmp_path, monkeypatch):
    widget, attachment = _sent_picture(qtbot, window, services)
    target = tmp_path / "saved receipt.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    _save_copy(widget, attachment)
    assert target.read_bytes() == attachment.path.read_bytes()
    assert window.banner.label.text() == f"Saved {target}"


def test_a_copy_that_cannot_be_written_is_explained(qtbot, window, services, tmp_path, monkeypatch):
    widget, attachment = _sent_picture(qtbot, window, services)
    missing = tmp_path / "no-such-folder" / "receipt.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(missing), "")))
    _save_copy(widget, attachment)
    assert window.banner.isVisible() and "Could not save receipt.png" in window.banner.label.text()
