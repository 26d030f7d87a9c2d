"""The window's title names the open conversation, as an editor's names its document, so the task bar and the
window switcher tell one chat from another; it follows a rename, and an empty or deleted chat leaves the app's
name alone."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox


def test_the_title_follows_the_open_conversation(qtbot, window, services, monkeypatch):
    assert window.windowTitle() == "Desktop VLM"
    with qtbot.waitSignal(services.controller.answer_finished, timeout=5000):
        services.controller.send("What is the total on this receipt?")
    assert window.windowTitle() == "What is the total on this receipt? — Desktop VLM"
    cid = services.controller.conversation.id
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Café receipt", True)))
    window.history.rename(cid)
    assert window.windowTitle() == "Café receipt — Desktop VLM"
    window.new_chat()
    assert window.windowTitle() == "Desktop VLM"  # an empty chat has no name yet
    services.controller.open_conversation(cid)
    assert window.windowTitle() == "Café receipt — Desktop VLM"
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    window.history.delete(cid)
    assert window.windowTitle() == "Desktop VLM"
