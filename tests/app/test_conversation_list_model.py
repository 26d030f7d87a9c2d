"""The conversation list model over the history store: date groups, search with snippets, pinning; checked
by Qt's model tester."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from desktop_vlm.app.conversation_list_model import (
    ConversationIdRole,
    ConversationListModel,
    HeaderRole,
    PinnedRole,
    SnippetRole,
)
from desktop_vlm.history import HistoryStore

NOW = datetime(2026, 11, 20, 15, 0).timestamp()


@pytest.fixture
def store(tmp_path):
    store = HistoryStore(tmp_path / "h.sqlite3", tmp_path / "att")
    yield store
    store.close()


def _aged(store, title: str, days: float, text: str = "a question") -> int:
    conversation = store.create_conversation(title)
    store.add_message(conversation.id, "user", text)
    updated = (datetime.fromtimestamp(NOW) - timedelta(days=days)).timestamp()
    with store._tx() as db:  # the store stamps "now"; these rows pretend to be older
        db.execute("UPDATE conversations SET updated_at = ? WHERE id = ?", (updated, conversation.id))
    return conversation.id


def _rows(model):
    return [("# " if model.index(r).data(HeaderRole) else "") + model.index(r).data() for r in range(model.rowCount())]


def test_conversations_are_grouped_by_date_with_titles_that_cannot_be_selected(qtbot, store):
    for title, days in (
        ("this morning", 0.1),
        ("last night", 1),
        ("monday", 5),
        ("two weeks ago", 14),
        ("in october", 40),
        ("in august", 100),
    ):
        _aged(store, title, days)
    pinned = _aged(store, "the pinned one", 200)
    store.set_pinned(pinned, True)
    model = ConversationListModel(store)
    model.clock = lambda: NOW
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.refresh()
    assert _rows(model) == [
        "# Pinned",
        "★ the pinned one",
        "# Today",
        "this morning",
        "# Yesterday",
        "last night",
        "# Previous 7 days",
        "monday",
        "# Previous 30 days",
        "two weeks ago",
        "# October 2026",
        "in october",
        "# August 2026",
        "in august",
    ]
    header = model.index(0)
    assert header.flags() == Qt.ItemFlag.NoItemFlags and header.data(ConversationIdRole) is None
    assert model.index(1).flags() & Qt.ItemFlag.ItemIsSelectable and model.index(1).data(PinnedRole) is True
    assert model.conversation_count() == 7 and model.row_of(pinned) == 1
    assert model.neighbour(pinned, 1) == model.index(3).data(ConversationIdRole)  # the "Today" title is skipped
    assert model.neighbour(pinned, -1) is None and model.row_of(99999) == -1


def test_search_lists_matches_with_their_snippet_and_nothing_when_none_match(qtbot, store):
    receipt = _aged(store, "Bakery receipt", 0, "what is the total on the croissant receipt?")
    _aged(store, "Sales chart", 0, "which quarter grew fastest?")
    model = ConversationListModel(store)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.refresh("croissant")
    assert model.rowCount() == 1 and model.index(0).data(ConversationIdRole) == receipt
    snippet = model.index(0).data(SnippetRole)
    assert "[croissant]" in snippet and not model.index(0).data(HeaderRole)
    assert "croissant receipt" in model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)  # no marks read aloud
    model.refresh()  # None keeps the filter
    assert model.rowCount() == 1 and model.query == "croissant"
    model.refresh("zebra")
    assert model.rowCount() == 0 and model.query == "zebra"
    model.refresh("")
    assert model.query is None and model.conversation_count() == 2
