"""The conversation list's actions on real files: pin, rename, export and import, delete."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox


def test_pin_rename_export_import_delete(qtbot, window, services, tmp_path, monkeypatch):
    c = services.controller
    with qtbot.waitSignal(c.answer_finished, timeout=5000):
        c.send("A question worth keeping")
    cid = c.conversation.id
    window.history.pin(cid, True)
    assert services.store.list_conversations()[0].pinned
    # the dialogs answer as a person would (Qt's static dialogs cannot be clicked offscreen)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Renamed chat", True)))
    window.history.rename(cid)
    assert services.store.get_conversation(cid).title == "Renamed chat"
    target = tmp_path / "chat.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.history.export_one(cid)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.history.import_json()
    assert [s.title for s in services.store.list_conversations()].count("Renamed chat") == 2
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    window.history.delete(cid)
    assert [s.id for s in services.store.list_conversations() if s.id == cid] == []
    assert window.list_model.rowCount() == 1
