"""The conversation list as a Qt item model over the history store's summaries (convention 1: the view
observes the model; the model knows nothing of views)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

ConversationIdRole = Qt.ItemDataRole.UserRole + 1
PinnedRole = Qt.ItemDataRole.UserRole + 2
PIN_MARK = "★ "


class ConversationListModel(QAbstractListModel):
    def __init__(self, store, parent: QObject | None = None):
        super().__init__(parent)
        self._store = store
        self._rows = []
        self._query: str | None = None

    def refresh(self, query: str | None = None) -> None:
        """Reload from the store; ``query`` filters with full-text search (None keeps the last filter)."""
        if query is not None:
            self._query = query.strip() or None
        self.beginResetModel()
        self._rows = self._store.list_conversations(self._query)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            # a star, not the pin emoji: emoji fonts are missing on many Linux desktops (it drew as a box)
            return (PIN_MARK if row.pinned else "") + row.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.snippet or row.title
        if role == ConversationIdRole:
            return row.id
        if role == PinnedRole:
            return row.pinned
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (self.tr("Pinned: ") if row.pinned else "") + row.title
        return None

    def row_of(self, conversation_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == conversation_id), -1)
