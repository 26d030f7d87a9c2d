"""The history store on a real SQLite file: CRUD, search, pins, export/import, migrations, corruption,
interrupted answers and a really full disk."""

from __future__ import annotations

import io
import sqlite3

import pytest
from PIL import Image

from desktop_vlm.history import HistoryStore
from desktop_vlm.history.errors import HistoryFormatError
from desktop_vlm.history.schema import MIGRATIONS


@pytest.fixture
def store(tmp_path):
    s = HistoryStore(tmp_path / "h.sqlite3", tmp_path / "att")
    yield s
    s.close()


def _png(color="red") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), color).save(buffer, "PNG")
    return buffer.getvalue()


def test_conversation_lifecycle(store):
    c = store.create_conversation()
    att = store.store_attachment(_png(), name="a.png", kind="image", mime="image/png", meta={"w": 8})
    store.add_message(c.id, "user", "What colour is the square?", [att])
    answer = store.begin_answer(c.id)
    store.update_answer(answer.id, "It is")
    store.finish_answer(answer.id, "It is red.", stats={"new_tokens": 4})
    got = store.get_conversation(c.id)
    assert got.title == "What colour is the square?"  # titled from the first question
    assert [(m.role, m.text, m.status) for m in got.messages] == [
        ("user", "What colour is the square?", "complete"),
        ("assistant", "It is red.", "complete"),
    ]
    assert got.messages[0].attachments[0].path.read_bytes() == _png()
    assert got.messages[1].stats == {"new_tokens": 4}
    store.rename(c.id, "Squares")
    store.update_conversation(c.id, system_prompt="Be brief.", settings={"params": {"max_new_tokens": 9}})
    got = store.get_conversation(c.id)
    assert (got.title, got.system_prompt, got.settings["params"]["max_new_tokens"]) == ("Squares", "Be brief.", 9)


def test_attachments_are_content_addressed_and_cleaned_up(store):
    a1 = store.store_attachment(_png(), name="one.png", kind="image", mime="image/png")
    a2 = store.store_attachment(_png(), name="two.png", kind="image", mime="image/png")
    assert a1.id == a2.id and a1.path.parent.name == a1.sha256[:2]
    c = store.create_conversation()
    store.add_message(c.id, "user", "hi", [a1])
    store.delete_conversation(c.id)
    assert not a1.path.exists() and store.list_conversations() == []


def test_search_pins_and_ordering(store):
    first = store.create_conversation()
    store.add_message(first.id, "user", "Invoice from the bakery")
    second = store.create_conversation()
    store.add_message(second.id, "user", "Photo of a mountain lake")
    assert [c.id for c in store.list_conversations()] == [second.id, first.id]
    store.set_pinned(first.id, True)
    assert [c.id for c in store.list_conversations()] == [first.id, second.id]
    hits = store.list_conversations("bakery")
    assert [h.id for h in hits] == [first.id] and "[bakery]" in hits[0].snippet
    assert [h.id for h in store.list_conversations("mountain")] == [second.id]
    assert store.list_conversations('lake "quoted') == []  # odd input is searched literally, not an error


def _texts(store, cid):
    return [m.text for m in store.get_conversation(cid).messages]


def test_a_regenerated_answer_is_a_new_version_and_the_old_one_stays(store):
    c = store.create_conversation()
    q1 = store.add_message(c.id, "user", "q1")
    a1 = store.add_message(c.id, "assistant", "a1")
    q2 = store.add_message(c.id, "user", "q2")
    store.add_message(c.id, "assistant", "a2")
    again = store.begin_answer(c.id, q1.id)  # regenerate the first answer
    store.finish_answer(again.id, "a1, second try")
    got = store.get_conversation(c.id)
    assert [m.text for m in got.messages] == ["q1", "a1, second try"]  # the new version has no follow-up yet
    assert got.messages[1].versions == (a1.id, again.id) and got.messages[0].versions == (q1.id,)
    store.choose_version(a1.id)
    assert _texts(store, c.id) == ["q1", "a1", "q2", "a2"]  # the old version comes back with what followed it
    assert store.get_conversation(c.id).messages[2].id == q2.id
    store.choose_version(again.id)
    assert _texts(store, c.id) == ["q1", "a1, second try"]


def test_an_edited_question_branches_the_conversation(store):
    c = store.create_conversation()
    q1 = store.add_message(c.id, "user", "q1")
    store.add_message(c.id, "assistant", "a1")
    q2 = store.add_message(c.id, "user", "q2")
    store.add_message(c.id, "assistant", "a2")
    store.add_message(c.id, "user", "q3")
    edited = store.add_message(c.id, "user", "q2, reworded", parent_id=q2.parent_id)
    store.add_message(c.id, "assistant", "a2 for the rewording")
    got = store.get_conversation(c.id)
    assert [m.text for m in got.messages] == ["q1", "a1", "q2, reworded", "a2 for the rewording"]
    assert got.messages[2].versions == (q2.id, edited.id)
    store.choose_version(q2.id)
    assert _texts(store, c.id) == ["q1", "a1", "q2", "a2", "q3"]
    first = store.add_message(c.id, "user", "q1, reworded", parent_id=None)  # a first question has no parent
    assert _texts(store, c.id) == ["q1, reworded"]
    assert store.get_conversation(c.id).messages[0].versions == (q1.id, first.id)
    store.add_message(c.id, "assistant", "answer to the reworded first question")  # appends to the branch shown
    assert _texts(store, c.id) == ["q1, reworded", "answer to the reworded first question"]


def test_deleting_a_conversation_with_versions_deletes_every_version(store):
    c = store.create_conversation()
    q = store.add_message(c.id, "user", "q")
    for text in ("a", "b", "c"):
        store.finish_answer(store.begin_answer(c.id, q.id).id, text)
    store.delete_conversation(c.id)
    assert store._db.execute("SELECT count(*) FROM messages").fetchone()[0] == 0


def test_export_formats_and_json_round_trip(store):
    c = store.create_conversation()
    att = store.store_attachment(_png("blue"), name="b.png", kind="image", mime="image/png")
    store.add_message(c.id, "user", "<script>alert(1)</script> what is this?", [att])
    store.add_message(c.id, "assistant", "A **blue** square.")
    html = store.export_conversation(c.id, "html")
    assert "data:image/png;base64," in html and "<script>alert" not in html and "&lt;script&gt;" in html
    assert "A <strong>blue</strong> square." in html  # the answer's Markdown is rendered, as in the window
    markdown = store.export_conversation(c.id, "markdown")
    assert "A **blue** square." in markdown and "b.png" in markdown
    copy = store.import_json(store.export_conversation(c.id, "json"))
    assert [m.text for m in copy.messages] == [m.text for m in store.get_conversation(c.id).messages]
    assert copy.messages[0].attachments[0].path.read_bytes() == _png("blue")
    with pytest.raises(HistoryFormatError):
        store.import_json('{"format": "something else"}')
    with pytest.raises(HistoryFormatError):
        store.import_json("not json")


def test_html_export_renders_answers_safely(store):
    c = store.create_conversation()
    store.add_message(c.id, "user", "**not rendered**: people type plain text")
    store.add_message(
        c.id,
        "assistant",
        "| item | price |\n|---|---|\n| tea | 2.50 |\n\n"
        "<script>alert(1)</script> [click](javascript:alert(1))\n\n```\ncode\n```",
    )
    html = store.export_conversation(c.id, "html")
    assert "<table>" in html and "<td>tea</td>" in html and "<pre><code>code" in html
    assert "<script>alert" not in html and 'href="javascript' not in html  # left as text, never a link
    assert "**not rendered**" in html


def test_export_all(store, tmp_path):
    for title in ("one", "two"):
        store.add_message(store.create_conversation(title).id, "user", "x")
    written = store.export_all("markdown", tmp_path / "out")
    assert len(written) == 2 and all(p.suffix == ".md" for p in written)


def test_streaming_answer_becomes_interrupted_on_reopen(tmp_path):
    s = HistoryStore(tmp_path / "h.sqlite3", tmp_path / "att")
    c = s.create_conversation()
    s.add_message(c.id, "user", "long question")
    answer = s.begin_answer(c.id)
    s.update_answer(answer.id, "partial answ")
    s._db.close()  # no finish_answer: as if the process died
    reopened = HistoryStore(tmp_path / "h.sqlite3", tmp_path / "att")
    last = reopened.get_conversation(c.id).messages[-1]
    assert (last.status, last.text) == ("interrupted", "partial answ")
    reopened.close()


def test_migrates_an_older_schema(tmp_path):
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0] + "PRAGMA user_version = 1;")
    db.execute("INSERT INTO conversations(title, created_at, updated_at) VALUES ('kept', 1, 1)")
    db.execute(
        "INSERT INTO messages(conversation_id, role, text, status, created_at) VALUES (1, 'user', 'old words', 'complete', 1)"
    )
    db.commit()
    db.close()
    s = HistoryStore(path, tmp_path / "att")
    assert s._db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert [c.title for c in s.list_conversations("old words")] == ["kept"]  # FTS built for existing rows
    s.close()


def test_migration_to_versions_keeps_conversations_as_they_were(tmp_path):
    path = tmp_path / "v3.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0] + MIGRATIONS[2] + "PRAGMA user_version = 3;")
    for cid in (1, 2):
        db.execute("INSERT INTO conversations(title, created_at, updated_at) VALUES (?, 1, 1)", (f"c{cid}",))
    # two conversations written turn by turn, their rows interleaved as they were in real use
    for cid, role, text in [
        (1, "user", "q1"),
        (2, "user", "other"),
        (1, "assistant", "a1"),
        (1, "user", "q2"),
        (2, "assistant", "other answer"),
        (1, "assistant", "a2"),
    ]:
        db.execute(
            "INSERT INTO messages(conversation_id, role, text, status, created_at) VALUES (?, ?, ?, 'complete', 1)",
            (cid, role, text),
        )
    db.commit()
    db.close()
    s = HistoryStore(path, tmp_path / "att")
    try:
        assert [m.text for m in s.get_conversation(1).messages] == ["q1", "a1", "q2", "a2"]
        assert [m.text for m in s.get_conversation(2).messages] == ["other", "other answer"]
        assert all(len(m.versions) == 1 for m in s.get_conversation(1).messages)
        s.add_message(1, "user", "q3")  # appends after the last message of its own conversation
        assert [m.text for m in s.get_conversation(1).messages][-2:] == ["a2", "q3"]
    finally:
        s.close()


def test_corrupt_database_is_moved_aside_not_emptied(tmp_path):
    path = tmp_path / "h.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4096)
    s = HistoryStore(path, tmp_path / "att")
    assert s.recovered_from is not None and s.recovered_from.read_bytes().startswith(b"SQLite format 3")
    assert s.list_conversations() == []
    s.close()
