"""The conversation list's actions on real files: pin, rename, export and import, delete."""

from __future__ import annotations

from pathlib import Path

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
    assert window.list_model.conversation_count() == 1


def test_export_all_in_the_chosen_format(qtbot, window, services, tmp_path, monkeypatch):
    for question in ("first chat", "second chat"):
        services.controller.new_conversation()
        with qtbot.waitSignal(services.controller.answer_finished, timeout=5000):
            services.controller.send(question)
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("HTML", True)))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path)))
    window.history.export_all()
    files = sorted(tmp_path.glob("*.html"))
    assert len(files) == 2 and all("<html" in f.read_text(encoding="utf-8").lower() for f in files)
    assert "2 conversation(s) exported" in window.banner.label.text()


def test_the_attach_button_opens_the_file_dialog(qtbot, window, tmp_path, monkeypatch):
    from PIL import Image

    image = tmp_path / "shot.webp"
    Image.new("RGB", (300, 200), "navy").save(image)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(image)], "")))
    with qtbot.waitSignal(window.composer.attachments_changed, timeout=5000):
        window.composer.attach_button.click()
    assert [a.name for a in window.composer.attachments] == ["shot.webp"]


def test_dialogs_open_where_the_person_was_last_time(qtbot, window, services, tmp_path, monkeypatch):
    from PIL import Image

    pictures, documents = tmp_path / "holiday", tmp_path / "reports"
    pictures.mkdir(), documents.mkdir()
    Image.new("RGB", (64, 64), "navy").save(pictures / "beach.png")
    opened_in = []

    def pick_beach(parent, caption, folder, *rest):
        opened_in.append(folder)
        return [str(pictures / "beach.png")], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(pick_beach))
    with qtbot.waitSignal(window.composer.attachments_changed, timeout=5000):
        window.composer.attach_button.click()
    assert opened_in[0] != str(pictures) and Path(opened_in[0]).is_dir()  # a usual place, never ""
    window.composer.attach_button.click()
    assert opened_in[1] == str(pictures)
    assert services.settings_store.load().ui.attach_folder == str(pictures)  # and after a restart

    with qtbot.waitSignal(services.controller.answer_finished, timeout=5000):
        services.controller.send("Quarterly numbers?")
    suggested = []

    def save_in_reports(parent, caption, proposal, *rest):
        suggested.append(proposal)
        return str(documents / "q.md"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_in_reports))
    window.history.export_one(services.controller.conversation.id)
    window.history.export_one(services.controller.conversation.id)
    assert Path(suggested[0]).name == "Quarterly-numbers.md"  # named after the conversation
    assert Path(suggested[1]).parent == documents and (documents / "q.md").is_file()


def test_an_export_that_cannot_be_written_is_explained(qtbot, window, services, tmp_path, monkeypatch):
    with qtbot.waitSignal(services.controller.answer_finished, timeout=5000):
        services.controller.send("Export me")
    missing = tmp_path / "no-such-folder" / "chat.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(missing), "")))
    window.history.export_one(services.controller.conversation.id)
    assert window.banner.isVisible() and "Could not save chat.md" in window.banner.label.text()
    assert window.settings.ui.export_folder == ""  # a failed save is not remembered


def test_delete_and_f2_work_from_the_keyboard(qtbot, window, services, monkeypatch):
    from PySide6.QtCore import Qt

    with qtbot.waitSignal(services.controller.answer_finished, timeout=5000):
        services.controller.send("keyboard only")
    cid = services.controller.conversation.id
    view = window.conversations
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    view.list.setFocus()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Typed title", True)))
    with qtbot.waitSignal(view.rename_requested) as renamed:
        qtbot.keyClick(view.list, Qt.Key.Key_F2)
    assert renamed.args == [cid] and services.store.get_conversation(cid).title == "Typed title"
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(view.delete_requested):
        qtbot.keyClick(view.list, Qt.Key.Key_Delete)
    assert services.store.list_conversations() == []
