"""Search (FTS5 and its LIKE fallback), attachment lifetimes, answer saving rules and import validation."""

from __future__ import annotations

import json

import pytest

from desktop_vlm.history import HistoryStore, schema
from desktop_vlm.history.errors import ConversationNotFoundError, HistoryFormatError


def _open(tmp_path):
    return HistoryStore(tmp_path / "h.sqlite3", tmp_path / "att")


@pytest.fixture
def store(tmp_path):
    s = _open(tmp_path)
    yield s
    s.close()


def _fill(store):
    bakery = store.create_conversation()
    store.add_message(bakery.id, "user", "Invoice from the bakery on Main Street, total 12.50")
    store.add_message(bakery.id, "assistant", "The bakery invoice totals 12.50 euros.")
    lake = store.create_conversation("Holiday photos")
    store.add_message(lake.id, "user", "Photo of a mountain lake at dawn")
    return bakery, lake


def test_fts_search_prefix_snippet_and_title(store):
    assert store.full_text_search
    bakery, lake = _fill(store)
    (hit,) = store.list_conversations("bak")  # a word prefix is enough while typing
    assert hit.id == bakery.id and "the [bak]ery on Main" in hit.snippet  # from the first matching message
    (hit,) = store.list_conversations("holiday")  # title only: no snippet
    assert (hit.id, hit.snippet) == (lake.id, None)
    assert store.list_conversations("bakery lake") == []  # every word must match
    assert store.list_conversations("%") == [] and store.list_conversations("--") == []  # odd input, no error


def _with_a_contract(store):
    conversation = store.create_conversation()
    contract = store.store_attachment(b"clause 1", name="Lease contract 2026.txt", kind="text", mime="text/plain")
    store.add_message(conversation.id, "user", "What is the notice period?", [contract])
    return conversation


@pytest.mark.parametrize("fts", [True, False])
def test_a_conversation_is_found_by_the_name_of_a_file_attached_to_it(tmp_path, monkeypatch, fts):
    if not fts:
        monkeypatch.setattr(schema, "fts5_available", lambda: False)
    s = _open(tmp_path)
    assert s.full_text_search == fts
    bakery, _ = _fill(s)
    conversation = _with_a_contract(s)
    (hit,) = s.list_conversations("lease 2026")
    assert hit.id == conversation.id and hit.snippet == "[Lease] contract [2026].txt"
    (hit,) = s.list_conversations("notice")  # a message matching gives its own snippet
    assert hit.id == conversation.id and "[notice]" in hit.snippet
    assert [h.id for h in s.list_conversations("bakery")] == [bakery.id]  # other searches are unchanged
    assert s.list_conversations("lease%") == []
    s.close()


@pytest.mark.parametrize("fts", [True, False])
def test_the_words_may_be_spread_over_the_conversation(tmp_path, monkeypatch, fts):
    if not fts:
        monkeypatch.setattr(schema, "fts5_available", lambda: False)
    s = _open(tmp_path)
    bakery, lake = _fill(s)
    invoice = s.create_conversation("Invoice INV-117")
    s.add_message(invoice.id, "user", "Extract the line items as a table")
    s.add_message(invoice.id, "assistant", "| item | price |")
    contract = _with_a_contract(s)

    (hit,) = s.list_conversations("invoice line items")  # a title word and a message's
    assert hit.id == invoice.id and hit.snippet == "Extract the [line] [items] as a table"
    (hit,) = s.list_conversations("mountain dawn photos")  # a message's words and the title's
    assert hit.id == lake.id and "[mountain]" in hit.snippet
    (hit,) = s.list_conversations("street euros")  # the question's word and the answer's
    assert hit.id == bakery.id and "Main [Street]" in hit.snippet  # the first message holding any word
    (hit,) = s.list_conversations("lease notice")  # a file's name and the question about it
    assert hit.id == contract.id and hit.snippet.endswith("is the [notice] period?")  # the name holds one word
    report = s.create_conversation("Quarterly report")
    s.add_message(report.id, "user", "Revenue figures are attached")
    s.add_message(report.id, "assistant", "Revenue and costs by region follow")
    (hit,) = s.list_conversations("revenue region")  # all in one message: that one, not the first with any
    assert hit.id == report.id and hit.snippet == "[Revenue] and costs by [region] follow"
    assert s.list_conversations("invoice lake") == [] and s.list_conversations("line zebra") == []
    summer = s.create_conversation("Été 2026")
    s.add_message(summer.id, "user", "Une tarte aux pommes")
    # FTS5 folds the case of every letter, LIKE of ASCII letters only: this tells the two paths apart
    assert [h.id for h in s.list_conversations("ÉTÉ pommes")] == ([summer.id] if fts else [])
    s.close()


def test_like_fallback_without_fts5(tmp_path, monkeypatch):
    monkeypatch.setattr(schema, "fts5_available", lambda: False)
    s = _open(tmp_path)
    assert not s.full_text_search
    assert not s._db.execute("SELECT 1 FROM sqlite_master WHERE type = 'trigger'").fetchall()
    bakery, lake = _fill(s)  # writes work without the FTS triggers
    (hit,) = s.list_conversations("BAKERY")
    assert hit.id == bakery.id and "[bakery]" in hit.snippet
    assert [h.id for h in s.list_conversations("holiday")] == [lake.id]
    assert s.list_conversations("50%") == [] and s.list_conversations("12_50") == []  # wildcards taken literally
    s.close()
    monkeypatch.undo()
    s = _open(tmp_path)  # FTS5 back: the index is rebuilt, including rows written without it
    assert s.full_text_search and [h.id for h in s.list_conversations("mountain")] == [lake.id]
    s.close()


def test_pinned_first_then_recent_activity(store):
    bakery, lake = _fill(store)
    assert [c.id for c in store.list_conversations()] == [lake.id, bakery.id]
    answer = store.begin_answer(bakery.id)
    store.finish_answer(answer.id, "Anything else?")
    assert [c.id for c in store.list_conversations()] == [bakery.id, lake.id]  # an answer is activity
    store.set_pinned(lake.id, True)
    assert [(c.id, c.pinned) for c in store.list_conversations()] == [(lake.id, True), (bakery.id, False)]


def test_title_from_first_question_only_while_default(store):
    c = store.create_conversation()
    long = "Please describe this scanned receipt from the hardware store in great detail, item by item"
    store.add_message(c.id, "user", long)
    title = store.get_conversation(c.id).title
    assert len(title) <= 61 and long.startswith(title.rstrip("…")) and title.endswith("…")
    store.add_message(c.id, "user", "second question")
    assert store.get_conversation(c.id).title == title


def test_deleting_keeps_attachments_still_in_use(store):
    shared = store.store_attachment(b"shared bytes", name="s.png", kind="image", mime="image/png")
    own = store.store_attachment(b"own bytes", name="o.png", kind="image", mime="image/png")
    composing = store.store_attachment(b"not sent yet", name="c.png", kind="image", mime="image/png")
    first, second = store.create_conversation(), store.create_conversation()
    store.add_message(first.id, "user", "a", [shared, own])
    store.add_message(second.id, "user", "b", [shared])
    store.delete_conversation(first.id)
    assert shared.path.exists() and composing.path.exists() and not own.path.exists()
    with pytest.raises(ConversationNotFoundError):
        store.get_conversation(first.id)


def test_an_edited_question_shares_its_files_with_the_version_before(store):
    c = store.create_conversation()
    att = store.store_attachment(b"photo", name="p.png", kind="image", mime="image/png")
    question = store.add_message(c.id, "user", "what is this?", [att])
    store.add_message(c.id, "assistant", "a photo")
    edited = store.add_message(c.id, "user", "what is this, exactly?", [att], parent_id=question.parent_id)
    assert store.get_conversation(c.id).messages[0].attachments == [att]
    store.choose_version(question.id)
    assert store.get_conversation(c.id).messages[0].attachments == [att] and att.path.exists()
    assert store.get_conversation(c.id).messages[0].versions == (question.id, edited.id)


def test_dedup_restores_a_file_deleted_by_hand(store):
    att = store.store_attachment(b"bytes", name="a.pdf", kind="pdf", mime="application/pdf")
    att.path.unlink()
    again = store.store_attachment(b"bytes", name="b.pdf", kind="pdf", mime="application/pdf")
    assert again.id == att.id and again.path.read_bytes() == b"bytes"


def test_late_partial_save_does_not_overwrite_a_finished_answer(store):
    c = store.create_conversation()
    answer = store.begin_answer(c.id)
    store.finish_answer(answer.id, "final text", stats={"tokens": 2})
    store.update_answer(answer.id, "final")  # a save timer firing late
    assert store.get_conversation(c.id).messages[0].text == "final text"


def test_bad_arguments_and_missing_rows(store):
    c = store.create_conversation()
    with pytest.raises(ValueError):
        store.add_message(c.id, "robot", "x")
    with pytest.raises(ValueError):
        store.store_attachment(b"x", name="x", kind="audio", mime="audio/wav")
    with pytest.raises(ConversationNotFoundError):
        store.add_message(c.id + 100, "user", "x")
    with pytest.raises(ConversationNotFoundError):
        store.rename(c.id + 100, "x")
    store.update_conversation(c.id, model_id="m")  # others unchanged
    store.update_conversation(c.id, system_prompt="s")
    got = store.get_conversation(c.id)
    assert (got.model_id, got.system_prompt, got.settings) == ("m", "s", {})


def _export(store):
    c = store.create_conversation("Pinned <b>bold</b>")
    store.set_pinned(c.id, True)
    att = store.store_attachment(b"\x89PNG fake", name="<img>.png", kind="image", mime="image/png")
    store.add_message(c.id, "system", "Be brief.")
    store.add_message(c.id, "user", "hi", [att])
    a = store.begin_answer(c.id)
    store.update_answer(a.id, "half")
    return c, json.loads(store.export_conversation(c.id, "json"))


def test_json_round_trip_keeps_everything(store):
    c, data = _export(store)
    copy = store.import_json(json.dumps(data))
    assert (copy.title, copy.pinned) == ("Pinned <b>bold</b>", True)
    assert [(m.role, m.text, m.status) for m in copy.messages] == [
        ("system", "Be brief.", "complete"),
        ("user", "hi", "complete"),
        ("assistant", "half", "interrupted"),
    ]
    html = store.export_conversation(c.id, "html")
    assert "<b>bold</b>" not in html and "&lt;img&gt;.png" in html


@pytest.mark.parametrize(
    "breakage",
    [
        lambda d: d["messages"].append({"role": "user"}),
        lambda d: d["messages"][0].update(status="weird"),
        lambda d: d.update(settings=[1, 2]),
        lambda d: d["messages"][1]["attachments"][0].update(data="not base64!"),
        lambda d: d["messages"][1]["attachments"][0].update(sha256="0" * 64),
        lambda d: d["messages"][1].update(attachments=7),
        lambda d: d.update(version=99),
    ],
)
def test_bad_imports_are_refused_whole(store, breakage):
    _, data = _export(store)
    breakage(data)
    before = len(store.list_conversations())
    with pytest.raises(HistoryFormatError) as err:
        store.import_json(json.dumps(data))
    assert err.value.user_message and len(store.list_conversations()) == before


def test_unused_attachments_are_swept_at_open_after_a_grace_period(tmp_path, monkeypatch):
    from desktop_vlm.history import store as store_module

    s = _open(tmp_path)
    unused = s.store_attachment(b"never sent", name="u.png", kind="image", mime="image/png")
    used = s.store_attachment(b"sent", name="s.png", kind="image", mime="image/png")
    s.add_message(s.create_conversation().id, "user", "x", [used])
    s.close()
    s = _open(tmp_path)  # within the grace period: kept (another window may be about to send it)
    assert unused.path.exists()
    s.close()
    monkeypatch.setattr(store_module, "ORPHAN_GRACE_S", -1.0)
    s = _open(tmp_path)
    assert not unused.path.exists() and used.path.exists()
    s.close()
