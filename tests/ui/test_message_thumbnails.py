"""Pictures of sent attachments: shown at once for a fresh message (seeded from the composer), made off the
UI thread and cached for a reopened conversation, the name kept for a file that is gone."""

from __future__ import annotations

import shutil

from PIL import Image
from PySide6.QtCore import QCoreApplication

from desktop_vlm.app.attachments import prepare_file
from desktop_vlm.ui.chat_view import PICTURE_PX
from desktop_vlm.ui.message_thumbnails import THUMBNAIL_PX
from tests.ui.test_documents_and_video import _pdf, _video


def _pictures(window, message_index=0):
    messages = window.controller.conversation.messages
    return {sha: labels[0] for sha, labels in window.chat.message_widget(messages[message_index].id).pictures.items()}


def _forget_pictures(window):
    """Empty the picture cache, memory and folder, as a restart with a fresh cache would find it."""
    QCoreApplication.processEvents()  # deliver the ready signals of the pictures made so far
    shutil.rmtree(window.thumbnails.folder, ignore_errors=True)
    window.thumbnails._pixmaps.clear()


def test_a_sent_image_shows_its_picture_at_once(qtbot, window, services, tmp_path):
    photo = tmp_path / "photo.jpg"
    Image.new("RGB", (4000, 3000), (200, 40, 40)).save(photo)
    with qtbot.waitSignal(window.composer.attachments_changed, timeout=10000):
        window.composer.add_files([photo])
    window.composer.edit.setPlainText("What colour?")
    with qtbot.waitSignal(services.controller.answer_finished, timeout=10000):
        window.composer.submit()
    (label,) = _pictures(window).values()
    assert label.pixmap() is not None and not label.pixmap().isNull()  # seeded: nothing decoded again
    assert max(label.pixmap().width(), label.pixmap().height()) == PICTURE_PX


def test_a_reopened_conversation_gets_video_and_pdf_pictures_from_a_worker(qtbot, window, services, tmp_path):
    attachments = [prepare_file(_video(tmp_path / "clip.mp4")), prepare_file(_pdf(tmp_path / "scan.pdf"))]
    with qtbot.waitSignal(services.controller.answer_finished, timeout=10000):
        services.controller.send("Compare them", attachments)  # not from the composer: no seeded pictures
    assert window.thumbnails.wait(10000)
    _forget_pictures(window)  # as after a restart with an empty cache folder
    cid = services.controller.conversation.id
    services.controller.new_conversation()
    with qtbot.waitSignals([window.thumbnails.ready] * 2, timeout=10000):
        services.controller.open_conversation(cid)
        pictures = _pictures(window)
        assert [label.text() for label in pictures.values()] == ["clip.mp4", "scan.pdf"]  # names until ready
    for sha, label in pictures.items():
        assert not label.pixmap().isNull()
        cached = Image.open(window.thumbnails.folder / f"{sha}.png")
        assert max(cached.size) <= THUMBNAIL_PX  # kept small, for the next time the chat is opened


def test_an_attachment_whose_file_is_gone_keeps_its_name(qtbot, window, services, tmp_path):
    attachment = prepare_file(_video(tmp_path / "clip.mp4"))
    with qtbot.waitSignal(services.controller.answer_finished, timeout=10000):
        services.controller.send("What happens?", [attachment])
    assert window.thumbnails.wait(10000)  # the picture made for the fresh message, then all of it is gone
    stored = services.controller.conversation.messages[0].attachments[0]
    stored.path.unlink()
    _forget_pictures(window)
    cid = services.controller.conversation.id
    services.controller.new_conversation()
    services.controller.open_conversation(cid)
    assert window.thumbnails.wait(10000)
    qtbot.wait(50)
    (label,) = _pictures(window).values()
    assert label.text() == "clip.mp4" and (label.pixmap() is None or label.pixmap().isNull())


def test_the_reopen_benchmark_runs_every_variant(qapp, capsys):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import reopen_stall

    assert reopen_stall.main(["--photos", "1", "--megapixels", "0.3", "--repeat", "1"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| ") and " ms " in line]
    assert [r.split(" | ")[0] for r in rows] == [
        "| decoded on the UI thread (before)",
        "| ours: worker, empty cache",
        "| ours: cache on disk (after a restart)",
    ]


def test_deleting_a_conversation_deletes_its_pictures(qtbot, window, services, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    kept = prepare_file(_video(tmp_path / "holiday.mp4", frames=24))
    private = prepare_file(_video(tmp_path / "passport.mp4", frames=30))
    for attachment in (kept, private):
        services.controller.new_conversation()
        window.thumbnails.seed(attachment.sha256, attachment.thumbnail)
        with qtbot.waitSignal(services.controller.answer_finished, timeout=10000):
            services.controller.send("What is this?", [attachment])
    assert window.thumbnails.wait(10000)
    folder = window.thumbnails.folder
    assert {p.stem for p in folder.glob("*.png")} == {kept.sha256, private.sha256}
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    window.history.delete(services.controller.conversation.id)
    assert {p.stem for p in folder.glob("*.png")} == {kept.sha256}
    assert services.store.attachment_hashes() == {kept.sha256}
