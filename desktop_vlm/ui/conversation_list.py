"""The left panel: search, new chat, the conversation list with rename / pin / delete / export."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QListView, QMenu, QPushButton, QVBoxLayout, QWidget

from ..app.conversation_list_model import ConversationIdRole, PinnedRole


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
        self.search.textChanged.connect(self.search_changed)
        new = QPushButton(self.tr("New chat"), self)
        new.setAccessibleName(self.tr("New chat"))
        new.clicked.connect(self.new_requested)
        self.list = QListView(self)
        self.list.setModel(model)
        self._current: int | None = None
        model.modelReset.connect(self._on_model_reset)  # a refresh (new answer, search) keeps the highlight
        self.list.setAccessibleName(self.tr("Conversations"))
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(True)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._on_list_menu)
        self.list.activated.connect(self._on_list_activated)
        self.list.clicked.connect(self._on_list_activated)
        # keyboard equivalents of the context menu, active while the list has focus
        for keys, signal in ((QKeySequence.StandardKey.Delete, self.delete_requested), (Qt.Key.Key_F2, self.rename_requested)):
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda signal=signal: self._emit_for_current(signal))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addWidget(new)
        layout.addWidget(self.list, 1)

    def select(self, conversation_id: int | None) -> None:
        """Highlight the open conversation (None: nothing is open)."""
        self._current = conversation_id
        row = self.model.row_of(conversation_id) if conversation_id is not None else -1
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))

    def _on_model_reset(self) -> None:
        if self._current is not None:
            self.select(self._current)

    def _on_list_activated(self, index) -> None:
        self.opened.emit(index.data(ConversationIdRole))

    def _emit_for_current(self, signal) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            signal.emit(index.data(ConversationIdRole))

    def _on_list_menu(self, pos) -> None:
        index = self.list.indexAt(pos)
        if not index.isValid():  # the menu key: use the current row
            index = self.list.currentIndex()
            pos = self.list.visualRect(index).center()
        if not index.isValid():
            return
        cid, pinned = index.data(ConversationIdRole), index.data(PinnedRole)
        menu = QMenu(self)
        menu.addAction(self.tr("Rename…"), lambda: self.rename_requested.emit(cid))
        menu.addAction(self.tr("Unpin") if pinned else self.tr("Pin"), lambda: self.pin_requested.emit(cid, not pinned))
        menu.addAction(self.tr("Export…"), lambda: self.export_requested.emit(cid))
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), lambda: self.delete_requested.emit(cid))
        menu.exec(self.list.viewport().mapToGlobal(pos))
