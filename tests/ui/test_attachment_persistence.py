"""Attachments are saved to the history while they are prepared, so Send does not hash and write a large
video on the UI thread; ones removed before sending, or left when the window closes, are taken back."""

from __future__ import annotations

from PIL import Image


def _attach(qtbot, window, path):
    with qtbot.waitSignal(window.composer.attachments_changed, timeout=10000):
        window.composer.add_files([path])
    return window.composer.attachments[-1]


def _photo(tmp_path, name="photo.png", colour=(10, 120, 200)):
    path = tmp_path / name
    Image.new("RGB", (640, 480), colour).save(path)
    return path


def test_send_uses_what_was_saved_while_preparing(qtbot, window, services, tmp_path, monkeypatch):
    prepared = _attach(qtbot, window, _photo(tmp_path))
    assert prepared.stored is not None and prepared.stored.path.is_file()
    assert services.store.attachment_hashes() == {prepared.sha256}
    writes = []
    original = services.store.store_attachment
    monkeypatch.setattr(services.store, "store_attachment", lambda *a, **k: writes.append(a) or original(*a, **k))
    window.composer.edit.setPlainText("What colour?")
    with qtbot.waitSignal(services.controller.answer_finished, timeout=10000):
        window.composer.submit()
    assert writes == []  # nothing hashed or written on the UI thread at Send
    (sent,) = services.controller.conversation.messages[0].attachments
    assert sent.id == prepared.stored.id


def test_removing_an_attachment_before_sending_deletes_what_was_saved(qtbot, window, services, tmp_path):
    prepared = _attach(qtbot, window, _photo(tmp_path))
    window.composer.remove_attachment(window.composer._chips()[0])
    assert services.store.attachment_hashes() == set() and not prepared.stored.path.exists()


def test_the_same_file_attached_twice_survives_removing_one(qtbot, window, services, tmp_path):
    path = _photo(tmp_path)
    _attach(qtbot, window, path)
    second = _attach(qtbot, window, path)
    window.composer.remove_attachment(window.composer._chips()[0])
    assert second.stored.path.is_file()
    window.composer.edit.setPlainText("And this one?")
    with qtbot.waitSignal(services.controller.answer_finished, timeout=10000):
        window.composer.submit()
    assert [a.sha256 for a in services.controller.conversation.messages[0].attachments] == [second.sha256]


def test_closing_the_window_takes_back_unsent_attachments(qtbot, window, services, tmp_path):
    prepared = _attach(qtbot, window, _photo(tmp_path))
    window.close()
    assert services.store.attachment_hashes() == set() and not prepared.stored.path.exists()


def test_an_attachment_deleted_from_the_history_meanwhile_is_saved_again_at_send(qtbot, window, services, tmp_path):
    prepared = _attach(qtbot, window, _photo(tmp_path))
    services.store.discard_attachment(prepared.stored)  # e.g. swept with a deleted conversation of the same file
    window.composer.edit.setPlainText("Still there?")
    with qtbot.waitSignal(services.controller.answer_finished, timeout=10000):
        window.composer.submit()
    (sent,) = services.controller.conversation.messages[0].attachments
    assert sent.sha256 == prepared.sha256 and sent.path.is_file()


def test_the_send_benchmark_runs_both_rows(qapp, capsys):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import send_stall

    assert send_stall.main(["--megabytes", "0.2", "--repeat", "1"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| ") and " ms " in line]
    assert [r.split(" | ")[0] for r in rows] == ["| at Send (before)", "| ours: while it was prepared"]
