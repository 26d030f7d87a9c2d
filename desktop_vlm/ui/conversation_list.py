"""The left panel: search, new chat, the conversation list (grouped by date, search matches with their
snippet) with rename / pin / delete / export, and a line saying when a search finds nothing."""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ..app.conversation_list_model import ConversationIdRole, HeaderRole, PinnedRole, SnippetRole
from .icons import icon
from .theme import colors

PAD_X, PAD_Y, LINE_GAP = 8, 7, 2  # px around and between a row's lines
_MARKED = re.compile(r"\[([^\[\]]*)\]")


def snippet_runs(snippet: str) -> list[tuple[str, bool]]:
    """The snippet's text as (text, matched) runs: the store marks matched words as ``[word]``."""
    runs, at = [], 0
    for match in _MARKED.finditer(snippet):
        if match.start() > at:
            runs.append((snippet[at : match.start()], False))
        runs.append((match.group(1), True))
        at = match.end()
    if at < len(snippet):
        runs.append((snippet[at:], False))
    return runs


class ConversationDelegate(QStyledItemDelegate):
    """Draws group titles small and muted, conversations with padding (a row's height never depends on the
    style sheet having been applied before the first layout), and a search snippet under the title with the
    matched words highlighted."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 (Qt override)
        line = QFontMetrics(option.font).height()
        if index.data(HeaderRole):
            return QSize(0, line + PAD_Y + 6)
        lines = 2 if index.data(SnippetRole) else 1
        return QSize(0, lines * line + (lines - 1) * LINE_GAP + 2 * PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        c = colors()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect
        if index.data(HeaderRole):
            font = QFont(option.font)
            font.setPointSizeF(font.pointSizeF() * 0.9)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor(c["muted"]))
            text_rect = rect.adjusted(PAD_X, 6, -PAD_X, 0)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, index.data())
            painter.restore()
            return
        state = option.state
        if state & QStyle.StateFlag.State_Selected:
            painter.setBrush(QColor(c["selected"]))
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.setBrush(QColor(c["hover"]))
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(rect.adjusted(2, 1, -2, -1), 6, 6)
        metrics = QFontMetrics(option.font)
        inner = rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        painter.setFont(option.font)
        painter.setPen(QColor(c["text"]))
        title = metrics.elidedText(index.data(), Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        snippet = index.data(SnippetRole)
        if snippet:
            top = inner.top() + metrics.height() + LINE_GAP
            self._draw_snippet(
                painter, option.font, QRect(inner.left(), top, inner.width(), metrics.height()), snippet, c
            )
        painter.restore()

    def _draw_snippet(self, painter: QPainter, base: QFont, rect: QRect, snippet: str, c: dict) -> None:
        """One line of the snippet, matched words bold on a tint, cut with "…" where the row ends."""
        x = rect.left()
        for text, matched in snippet_runs(snippet):
            font = QFont(base)
            font.setBold(matched)
            metrics = QFontMetrics(font)
            room = rect.right() - x
            if room <= metrics.horizontalAdvance("…"):
                break
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            width = metrics.horizontalAdvance(shown)
            box = QRect(x, rect.top(), width, rect.height())
            if matched:
                painter.setBrush(QColor(c["selected"]))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawRoundedRect(box.adjusted(-1, 0, 1, 0), 3, 3)
            painter.setFont(font)
            painter.setPen(QColor(c["text"] if matched else c["muted"]))
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
            x += width
            if shown != text:
                break


class ConversationListView(QWidget):
    """Signals carry conversation ids: ``opened``, ``rename_requested``, ``pin_requested(id, pinned)``,
    ``delete_requested``, ``export_requested``; ``new_requested()``; ``search_changed(text)``."""

    opened = Signal(int)
    new_requested = Signal()
    search_changed = Signal(str)
    rename_requested = Signal(int)
    pin_requested = Signal(int, bool)
    delete_requested = Signal(int)
    export_requested = Signal(int)

    def __init__(self, model, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search conversations"))
        self.search.setAccessibleName(self.tr("Search conversations"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self.search_changed)
        self.new_button = QPushButton(icon("new-chat"), self.tr("New chat"), self)
        self.new_button.setAccessibleName(self.tr("New chat"))
        self.new_button.clicked.connect(self.new_requested)
        self.list = QListView(self)
        self.list.setModel(model)
        self.list.setItemDelegate(ConversationDelegate(self.list))
        self.list.setMouseTracking(True)  # hover highlight
        self._current: int | None = None
        model.modelReset.connect(self._on_model_reset)  # a refresh (new answer, search) keeps the highlight
        self.list.setAccessibleName(self.tr("Conversations"))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._on_list_menu)
        self.list.activated.connect(self._on_list_activated)
        self.list.clicked.connect(self._on_list_activated)
        self.empty = QLabel(self)
        self.empty.setObjectName("EmptyList")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.hide()
        # keyboard equivalents of the context menu, active while the list has focus
        for keys, signal in (
            (QKeySequence.StandardKey.Delete, self.delete_requested),
            (Qt.Key.Key_F2, self.rename_requested),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda signal=signal: self._emit_for_current(signal))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 8)
        layout.setSpacing(8)
        layout.addWidget(self.search)
        layout.addWidget(self.new_button)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        self._show_empty_state()

    def select(self, conversation_id: int | None) -> None:
        """Highlight the open conversation (None: nothing is open)."""
        self._current = conversation_id
        row = self.model.row_of(conversation_id) if conversation_id is not None else -1
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))

    def _on_model_reset(self) -> None:
        if self._current is not None:
            self.select(self._current)
        self._show_empty_state()

    def _show_empty_state(self) -> None:
        """Say so when a search finds nothing (or there is nothing yet) instead of an empty white box."""
        listed = self.model.conversation_count() > 0
        self.list.setVisible(listed)  # an empty white box under the message says nothing more
        if listed:
            self.empty.hide()
            return
        query = self.model.query
        self.empty.setText(
            self.tr("No results for “%s”.") % query
            if query
            else self.tr("No conversations yet. Ask something to start one.")
        )
        self.empty.show()

    def _on_list_activated(self, index) -> None:
        conversation_id = index.data(ConversationIdRole)
        if conversation_id is not None:
            self.opened.emit(conversation_id)

    def _emit_for_current(self, signal) -> None:
        index = self.list.currentIndex()
        if index.isValid() and index.data(ConversationIdRole) is not None:
            signal.emit(index.data(ConversationIdRole))

    def _on_list_menu(self, pos) -> None:
        index = self.list.indexAt(pos)
        if not index.isValid():  # the menu key: use the current row
            index = self.list.currentIndex()
            pos = self.list.visualRect(index).center()
        if not index.isValid() or index.data(ConversationIdRole) is None:
            return
        cid, pinned = index.data(ConversationIdRole), index.data(PinnedRole)
        menu = QMenu(self)
        menu.addAction(self.tr("Rename…"), lambda: self.rename_requested.emit(cid))
        menu.addAction(self.tr("Unpin") if pinned else self.tr("Pin"), lambda: self.pin_requested.emit(cid, not pinned))
        menu.addAction(icon("export"), self.tr("Export…"), lambda: self.export_requested.emit(cid))
        menu.addSeparator()
        menu.addAction(icon("delete"), self.tr("Delete"), lambda: self.delete_requested.emit(cid))
        menu.exec(self.list.viewport().mapToGlobal(pos))
