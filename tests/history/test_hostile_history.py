"""A history written or edited by someone else: imported files and tampered rows stay within the window's
bounds, and nothing outside the attachments folder is read, written or deleted."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import time

import pytest

from desktop_vlm.history import HistoryStore
from desktop_vlm.history.errors import HistoryFormatError
from desktop_vlm.history.export import FORMAT_TAG
from desktop_vlm.history.files import STALE_TEMPORARY_S
from desktop_vlm.history.validation import FRAMES, TILES


def _open(tmp_path) -> HistoryStore:
    return HistoryStore(tmp_path / "h.sqlite3", tmp_path / "att")


def _export_with(meta: dict, settings: dict) -> str:
    data = b"%PDF-1.4 pretend"
    attachment = {
        "name": "doc.pdf",
        "kind": "pdf",
        "mime": "application/pdf",
        "meta": meta,
        "sha256": hashlib.sha256(data).hexdigest(),
        "data": base64.b64encode(data).decode(),
    }
    return json.dumps(
        {
            "format": FORMAT_TAG,
            "version": 1,
            "title": "Imported",
            "settings": settings,
            "messages": [{"role": "user", "text": "Read it", "attachments": [attachment]}],
        }
    )


def test_an_import_asking_for_huge_budgets_is_clamped_to_the_windows_bounds(tmp_path):
    store = _open(tmp_path)
    meta = {
        "max_tiles": 5000,
        "frames": 1_000_000,
        "pages": [0, 2, "x", -1, 7, 2],
        "page_count": 5,
        "frame_times": ["soon"],
        "note": 12,
        "future_key": "kept",
    }
    settings = {
        "params": {"max_new_tokens": 10**9, "temperature": 0.5},
        "draft": "hi",
        "tiles": {"max_tiles": 0, "frames": 99, "preset": "giant"},
    }
    conversation = store.import_json(_export_with(meta, settings))
    (attachment,) = conversation.messages[0].attachments
    assert attachment.meta == {
        "max_tiles": TILES[1],
        "frames": FRAMES[1],
        "pages": [0, 2],
        "page_count": 5,
        "future_key": "kept",
    }
    assert conversation.settings == {"draft": "hi", "tiles": {"max_tiles": TILES[0], "frames": FRAMES[1]}}
    store.close()


@pytest.mark.parametrize(
    "settings",
    [
        {"params": {"max_new_tokens": "512"}},
        {"params": {"top_p": float("inf")}},
        {"params": {"nonsense": 1}},
        {"params": {"num_beams": 4, "do_sample": True}},
        {"params": [1]},
    ],
)
def test_sampling_settings_that_would_not_pass_the_windows_checks_are_dropped(tmp_path, settings):
    store = _open(tmp_path)
    text = _export_with({}, settings).replace("Infinity", "1e999")  # json.dumps writes inf as Infinity
    assert "params" not in store.import_json(text).settings
    store.close()


def test_tampered_rows_are_clamped_when_a_conversation_is_opened(tmp_path):
    store = _open(tmp_path)
    conversation = store.create_conversation()
    attachment = store.store_attachment(b"video bytes", name="v.mp4", kind="video", mime="video/mp4")
    store.add_message(conversation.id, "user", "What happens?", [attachment])
    huge = json.dumps({"frames": 1_000_000, "max_tiles": 5000})
    store._db.execute("UPDATE message_attachments SET meta = ?", (huge,))  # what the message sent of the file
    store._db.execute("UPDATE conversations SET settings = ?", ('{"params": {"max_new_tokens": -5}}',))
    store._db.commit()
    opened = store.get_conversation(conversation.id)
    assert opened.messages[0].attachments[0].meta == {"frames": FRAMES[1], "max_tiles": TILES[1]}
    assert opened.settings == {}
    store._db.execute("UPDATE message_attachments SET meta = ?", ("{not json",))
    store._db.commit()
    assert store.get_conversation(conversation.id).messages[0].attachments[0].meta == {}
    # a message written before details were kept per message reads the file's, clamped the same way
    store._db.execute("UPDATE message_attachments SET meta = NULL")
    store._db.execute("UPDATE attachments SET meta = ?", (huge,))
    store._db.commit()
    assert store.get_conversation(conversation.id).messages[0].attachments[0].meta == {
        "frames": FRAMES[1],
        "max_tiles": TILES[1],
    }
    store.close()


@pytest.mark.parametrize("tampered", ["absolute", "climbing"])
def test_a_tampered_row_never_makes_the_history_delete_or_read_outside_its_folder(tmp_path, tampered):
    victim = tmp_path / "outside" / "precious.txt"
    victim.parent.mkdir()
    victim.write_text("do not delete")
    store = _open(tmp_path)
    orphan = store.store_attachment(b"never sent", name="u.png", kind="image", mime="image/png")
    used = store.store_attachment(b"sent", name="s.png", kind="image", mime="image/png")
    conversation = store.create_conversation()
    store.add_message(conversation.id, "user", "x", [used])
    path = str(victim) if tampered == "absolute" else "../outside/precious.txt"
    store._db.execute("UPDATE attachments SET file = ?, stored_at = 0", (path,))  # both rows, the orphan old
    store._db.commit()
    assert not store.get_conversation(conversation.id).messages[0].attachments[0].path.exists()  # not the victim
    store.store_attachment(b"sent", name="s.png", kind="image", mime="image/png")  # stored again: not over it
    store.close()
    _open(tmp_path).close()  # the open-time sweep deletes the orphan's row: not the file it points at
    assert victim.read_text() == "do not delete"
    assert orphan.path.exists()  # its real file was not what the tampered row named; it only costs space


def test_temporary_files_left_by_a_kill_are_swept_at_open_when_old(tmp_path):
    _open(tmp_path).close()
    folder = tmp_path / "att" / "ab"
    folder.mkdir(parents=True)
    old, fresh = folder / ".abc.png.4242.tmp", folder / ".def.png.4243.tmp"
    for path in (old, fresh):
        path.write_bytes(b"half a file")
    stale = time.time() - STALE_TEMPORARY_S - 60
    os.utime(old, (stale, stale))
    _open(tmp_path).close()
    assert not old.exists() and fresh.exists()  # a fresh one may belong to a write still running


def test_an_import_nested_too_deeply_is_refused_with_a_message(tmp_path):
    store = _open(tmp_path)
    with pytest.raises(HistoryFormatError, match="nests JSON too deeply"):
        store.import_json('{"format": "' + FORMAT_TAG + '", "messages": ' + "[" * 100_000 + "]" * 100_000 + "}")
    store.close()


def test_hostile_exports_are_imported_within_bounds_or_refused_with_a_message(tmp_path):
    import random

    from tests.history.hostile_exports import hostile_export, import_outcome

    store = _open(tmp_path)
    rng = random.Random(18)
    outcomes = [import_outcome(store, hostile_export(rng, heavy=False)) for _ in range(120)]
    store.close()
    assert set(outcomes) <= {"imported", "refused"}, [o for o in outcomes if o not in ("imported", "refused")]
    assert outcomes.count("imported") > 10 and outcomes.count("refused") > 10  # both paths were exercised


def test_an_import_of_more_messages_than_a_conversation_holds_is_refused_before_storing(tmp_path):
    from desktop_vlm.history.export import MAX_IMPORT_MESSAGES

    store = _open(tmp_path)
    data = json.loads(_export_with({}, {}))
    data["messages"] = [{"role": "user", "text": "x"}] * (MAX_IMPORT_MESSAGES + 1)  # 100,000 took minutes
    start = time.monotonic()
    with pytest.raises(HistoryFormatError, match="more than 10,000 messages"):
        store.import_json(json.dumps(data))
    assert time.monotonic() - start < 5 and store.list_conversations() == []
    store.close()
