"""The conversation list model over the history store: rows, search, pinning; checked by Qt's model tester."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from desktop_vlm.app.conversation_list_model import ConversationIdRole, ConversationListModel, PinnedRole
from desktop_vlm.history import HistoryStore


def test_rows_search_and_pins(qtbot, tmp_path):
    store = HistoryStore(tmp_path / "h.sqlite3", tmp_path / "att")
    try:
        receipt = store.create_conversation("Bakery receipt")
        store.add_message(receipt.id, "user", "what is the total on the croissant receipt?")
        chart = store.create_conversation("Sales chart")
        store.add_message(chart.id, "user", "which quarter grew fastest?")
        model = ConversationListModel(store)
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
        model.refresh()
        assert model.rowCount() == 2
        ids = {model.index(r).data(ConversationIdRole) for r in range(2)}
        assert ids == {receipt.id, chart.id}

        model.refresh("croissant")
        assert model.rowCount() == 1 and model.index(0).data(ConversationIdRole) == receipt.id
        model.refresh()  # None keeps the filter
        assert model.rowCount() == 1
        model.refresh("")
        assert model.rowCount() == 2

        store.set_pinned(chart.id, True)
        model.refresh()
        row = model.row_of(chart.id)
        assert model.index(row).data(PinnedRole) is True
        assert model.index(row).data(Qt.ItemDataRole.DisplayRole).startswith("★ ")
        assert model.index(row).data(Qt.ItemDataRole.AccessibleTextRole) == "Pinned: Sales chart"
        assert model.row_of(99999) == -1
    finally:
        store.close()
