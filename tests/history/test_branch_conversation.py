"""Branching a conversation into a new one from an answer: the visible messages up to it (not their other
versions) with the system prompt, settings and attachments, the original untouched, and the shared files kept
while either conversation uses them."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from desktop_vlm.history import HistoryStore
from desktop_vlm.history.errors import ConversationNotFoundError


@pytest.fixture
def store(tmp_path):
    s = HistoryStore(tmp_path / "h.sqlite3", tmp_path / "att")
    yield s
    s.close()


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def _answered(store, conversation_id: int, text: str, parent_id: int) -> int:
    return store.add_message(conversation_id, "assistant", text, stats={"new_tokens": 3}, parent_id=parent_id).id


def _conversation(store):
    """Q1 (with a picture) → A1, regenerated as A1′ (shown) → Q2 → A2."""
    c = store.create_conversation(system_prompt="Answer in French.", settings={"params": {"temperature": 0.2}})
    picture = store.store_attachment(_png(), name="receipt.png", kind="image", mime="image/png", meta={"w": 8})
    q1 = store.add_message(c.id, "user", "What is the total?", [picture]).id
    _answered(store, c.id, "It is 4.30.", q1)
    a1b = _answered(store, c.id, "Le total est de 4,30.", q1)
    q2 = store.add_message(c.id, "user", "And without the croissant?").id
    _answered(store, c.id, "2,50.", q2)
    return store.get_conversation(c.id), a1b


def test_the_branch_holds_the_shown_messages_up_to_the_answer_and_the_original_stays(store):
    original, a1b = _conversation(store)
    branch = store.branch_conversation(original.id, a1b, "Branch of What is the total?")
    assert branch.id != original.id and branch.title == "Branch of What is the total?"
    assert [(m.role, m.text, m.status) for m in branch.messages] == [
        ("user", "What is the total?", "complete"),
        ("assistant", "Le total est de 4,30.", "complete"),
    ]
    assert [len(m.versions) for m in branch.messages] == [1, 1]  # the other versions stay behind
    assert branch.messages[1].stats == {"new_tokens": 3}
    assert branch.system_prompt == "Answer in French." and branch.settings == original.settings
    assert [a.sha256 for a in branch.messages[0].attachments] == [a.sha256 for a in original.messages[0].attachments]
    assert store.get_conversation(original.id).messages == original.messages
    follow_up = store.add_message(branch.id, "user", "In dollars?")  # the branch goes on its own way
    assert follow_up.parent_id == branch.messages[1].id
    assert len(store.get_conversation(original.id).messages) == 4
    assert [s.id for s in store.list_conversations("dollars")] == [branch.id]  # searchable as any other


def test_the_shared_picture_stays_while_either_conversation_uses_it(store):
    original, a1b = _conversation(store)
    branch = store.branch_conversation(original.id, a1b, "Branch")
    picture = branch.messages[0].attachments[0]
    store.delete_conversation(original.id)
    assert store.attachment_present(picture)
    store.delete_conversation(branch.id)
    assert not store.attachment_present(picture)


def test_only_a_message_on_the_shown_branch_can_be_branched_from(store):
    original, _ = _conversation(store)
    hidden = original.messages[1].versions[0]  # A1, replaced on screen by A1′
    with pytest.raises(ConversationNotFoundError):
        store.branch_conversation(original.id, hidden, "Branch")
    with pytest.raises(ConversationNotFoundError):
        store.branch_conversation(original.id + 99, original.messages[1].id, "Branch")
    assert len(store.list_conversations()) == 1  # nothing half-made
