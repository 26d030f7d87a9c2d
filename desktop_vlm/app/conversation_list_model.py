"""The conversation list as a Qt item model over the history store's summaries (views observe the model;
the model knows nothing of views).

Without a search, conversations are grouped as chat apps group them: Pinned, Today, Yesterday, Previous 7
days, Previous 30 days, then one group per month. Group titles are rows of their own that cannot be
selected (``HeaderRole``). With a search, the matches are listed with a snippet of the matching message
(``SnippetRole``, matched words in ``[…]``), or nothing at all: :attr:`ConversationListModel.query` tells a
view what was searched for, to say "No results".
"""

from __future__ import annotations

import time
from datetime import date, datetime

from PySide6.QtCore import QAbstractListModel, QDate, QLocale, QModelIndex, QObject, Qt

ConversationIdRole = Qt.ItemDataRole.UserRole + 1
PinnedRole = Qt.ItemDataRole.UserRole + 2
HeaderRole = Qt.ItemDataRole.UserRole + 3
SnippetRole = Qt.ItemDataRole.UserRole + 4
PIN_MARK = "★ "


def date_group(updated: float, today: date) -> tuple[int, date | None]:
    """(rank, month) of a conversation last updated at Unix time ``updated``: 0 today, 1 yesterday, 2 within
    7 days, 3 within 30 days, 4 older — then ``month`` is the first day of its month."""
    day = datetime.fromtimestamp(updated).date()
    age = (today - day).days
    for rank, within in ((0, 0), (1, 1), (2, 7), (3, 30)):
        if age <= within:
            return rank, None
    return 4, day.replace(day=1)


class ConversationListModel(QAbstractListModel):
    def __init__(self, store, parent: QObject | None = None):
        super().__init__(parent)
        self._store = store
        self._rows: list = []  # ConversationSummary, or a str: the title of the group that follows
        self.query: str | None = None
        self.clock = time.time  # tests set the day the groups are counted from

    def refresh(self, query: str | None = None) -> None:
        """Reload from the store; ``query`` filters with full-text search (None keeps the last filter)."""
        if query is not None:
            self.query = query.strip() or None
        self.beginResetModel()
        summaries = self._store.list_conversations(self.query)
        self._rows = summaries if self.query else self._grouped(summaries)
        self.endResetModel()

    def _grouped(self, summaries) -> list:
        today = datetime.fromtimestamp(self.clock()).date()
        titles = (self.tr("Today"), self.tr("Yesterday"), self.tr("Previous 7 days"), self.tr("Previous 30 days"))
        rows, last = [], None
        for summary in summaries:  # pinned first, then the most recently updated: groups come out in order
            group = ("pinned", None) if summary.pinned else date_group(summary.updated_at, today)
            if group != last:
                if group[0] == "pinned":
                    rows.append(self.tr("Pinned"))
                elif group[0] < 4:
                    rows.append(titles[group[0]])
                else:
                    month = group[1]
                    assert month is not None, "date_group gives older conversations their month"
                    rows.append(QLocale().toString(QDate(month.year, month.month, 1), "MMMM yyyy"))
                last = group
            rows.append(summary)
        return rows

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def conversation_count(self) -> int:
        return sum(1 for row in self._rows if not isinstance(row, str))

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if index.isValid() and isinstance(self._rows[index.row()], str):
            return Qt.ItemFlag.NoItemFlags  # a group title: skipped by the keyboard, never selected
        return super().flags(index)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if isinstance(row, str):
            return {Qt.ItemDataRole.DisplayRole: row, HeaderRole: True, Qt.ItemDataRole.AccessibleTextRole: row}.get(
                role
            )
        if role == Qt.ItemDataRole.DisplayRole:
            # a star, not the pin emoji: emoji fonts are missing on many Linux desktops (it drew as a box)
            return (PIN_MARK if row.pinned else "") + row.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.title
        if role == ConversationIdRole:
            return row.id
        if role == PinnedRole:
            return row.pinned
        if role == HeaderRole:
            return False
        if role == SnippetRole:
            return row.snippet
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = (self.tr("Pinned: ") if row.pinned else "") + row.title
            return f"{text}. {row.snippet.replace('[', '').replace(']', '')}" if row.snippet else text
        return None

    def row_of(self, conversation_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if not isinstance(r, str) and r.id == conversation_id), -1)

    def neighbour(self, conversation_id: int | None, delta: int) -> int | None:
        """The id of the conversation ``delta`` places below (above, when negative) ``conversation_id`` in
        the list, group titles skipped; the first one when ``conversation_id`` is not listed; None past the
        ends."""
        ids = [r.id for r in self._rows if not isinstance(r, str)]
        if not ids:
            return None
        position = ids.index(conversation_id) + delta if conversation_id in ids else 0
        return ids[position] if 0 <= position < len(ids) else None
