"""Every keyboard shortcut of the main window in one table: it sets the keys of the menu actions, adds the
actions that have no menu entry, and fills the shortcuts sheet (Ctrl+/ or F1), so the sheet cannot drift
from what the keys do."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .i18n import QT_TRANSLATE_NOOP

Key = str | QKeySequence.StandardKey


@dataclass(frozen=True)
class Shortcut:
    """``name``: how code refers to it; ``keys``: portable key text ("Ctrl+R") or a platform's standard key;
    ``title`` and ``section``: what the sheet says (translated in the "Shortcuts" context)."""

    name: str
    keys: tuple[Key, ...]
    title: str
    section: str


CHAT = QT_TRANSLATE_NOOP("Shortcuts", "Chat")
CONVERSATIONS = QT_TRANSLATE_NOOP("Shortcuts", "Conversations")
FILES = QT_TRANSLATE_NOOP("Shortcuts", "Attachments")
WINDOW = QT_TRANSLATE_NOOP("Shortcuts", "Window and models")
_SK = QKeySequence.StandardKey

SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(
        "send",
        ("Ctrl+Return", "Ctrl+Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Send the question (Enter in the question box; Shift+Enter: new line)"),
        CHAT,
    ),
    Shortcut(
        "stop", ("Esc",), QT_TRANSLATE_NOOP("Shortcuts", "Stop the answer (in the search box: clear the search)"), CHAT
    ),
    Shortcut(
        "regenerate", ("Ctrl+R",), QT_TRANSLATE_NOOP("Shortcuts", "Regenerate the last answer as a new version"), CHAT
    ),
    Shortcut(
        "continue",
        ("Ctrl+Shift+R",),
        QT_TRANSLATE_NOOP("Shortcuts", "Continue the last answer where it stopped (the length limit, or Stop)"),
        CHAT,
    ),
    Shortcut(
        "previous_version",
        ("Alt+Left",),
        QT_TRANSLATE_NOOP("Shortcuts", "Previous version (of the last message that has versions)"),
        CHAT,
    ),
    Shortcut("next_version", ("Alt+Right",), QT_TRANSLATE_NOOP("Shortcuts", "Next version"), CHAT),
    Shortcut("copy_answer", ("Ctrl+Shift+C",), QT_TRANSLATE_NOOP("Shortcuts", "Copy the last answer"), CHAT),
    Shortcut("question", ("Ctrl+Shift+Q",), QT_TRANSLATE_NOOP("Shortcuts", "Go to the question box"), CHAT),
    Shortcut("new_chat", (_SK.New,), QT_TRANSLATE_NOOP("Shortcuts", "New chat"), CONVERSATIONS),
    Shortcut("search", (_SK.Find,), QT_TRANSLATE_NOOP("Shortcuts", "Search conversations"), CONVERSATIONS),
    Shortcut(
        "next_chat", ("Ctrl+PgDown",), QT_TRANSLATE_NOOP("Shortcuts", "Next conversation in the list"), CONVERSATIONS
    ),
    Shortcut(
        "previous_chat",
        ("Ctrl+PgUp",),
        QT_TRANSLATE_NOOP("Shortcuts", "Previous conversation in the list"),
        CONVERSATIONS,
    ),
    Shortcut("export_chat", ("Ctrl+E",), QT_TRANSLATE_NOOP("Shortcuts", "Export this conversation…"), CONVERSATIONS),
    Shortcut("attach", (_SK.Open,), QT_TRANSLATE_NOOP("Shortcuts", "Attach files…"), FILES),
    Shortcut("paste", (_SK.Paste,), QT_TRANSLATE_NOOP("Shortcuts", "Paste a picture or files"), FILES),
    Shortcut("screenshot", ("Ctrl+Shift+S",), QT_TRANSLATE_NOOP("Shortcuts", "Screenshot a region…"), FILES),
    Shortcut("manage_models", ("Ctrl+M",), QT_TRANSLATE_NOOP("Shortcuts", "Manage models…"), WINDOW),
    Shortcut("load_folder", ("Ctrl+L",), QT_TRANSLATE_NOOP("Shortcuts", "Load a model folder…"), WINDOW),
    Shortcut(
        "conversations_panel", ("Ctrl+B",), QT_TRANSLATE_NOOP("Shortcuts", "Show or hide the conversation list"), WINDOW
    ),
    Shortcut(
        "settings_panel", ("Ctrl+Shift+P",), QT_TRANSLATE_NOOP("Shortcuts", "Show or hide the settings panel"), WINDOW
    ),
    Shortcut(
        "larger_text",
        (_SK.ZoomIn, "Ctrl+="),  # on most keyboards + is a shifted =
        QT_TRANSLATE_NOOP("Shortcuts", "Larger text in the conversation (also Ctrl and the mouse wheel)"),
        WINDOW,
    ),
    Shortcut(
        "smaller_text", (_SK.ZoomOut,), QT_TRANSLATE_NOOP("Shortcuts", "Smaller text in the conversation"), WINDOW
    ),
    Shortcut("normal_text", ("Ctrl+0",), QT_TRANSLATE_NOOP("Shortcuts", "Normal text size"), WINDOW),
    Shortcut("shortcuts", ("Ctrl+/", "F1"), QT_TRANSLATE_NOOP("Shortcuts", "Keyboard shortcuts"), WINDOW),
    Shortcut("preferences", (_SK.Preferences, "Ctrl+,"), QT_TRANSLATE_NOOP("Shortcuts", "Preferences…"), WINDOW),
    Shortcut("quit", (_SK.Quit, "Ctrl+Q"), QT_TRANSLATE_NOOP("Shortcuts", "Quit"), WINDOW),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def key_sequences(shortcut: Shortcut) -> list[QKeySequence]:
    """The key sequences of ``shortcut`` on this platform, each once (a standard key may have several, or
    none: Linux desktops bind no Quit or Preferences key, so the table adds a portable one)."""
    sequences: dict[str, QKeySequence] = {}
    for key in shortcut.keys:
        for seq in QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]:
            sequences.setdefault(seq.toString(), seq)
    return list(sequences.values())


def key_text(shortcut: Shortcut) -> str:
    """How the keys read on this platform ("Ctrl+/, F1"; "⌘R" on macOS); of a standard key's bindings only
    the main one (not the keyboard's dedicated Open or Paste key)."""
    shown: dict[str, None] = {}
    for key in shortcut.keys:
        standard = isinstance(key, QKeySequence.StandardKey)
        bindings = QKeySequence.keyBindings(key)[:1] if standard else [QKeySequence(key)]
        shown.update(dict.fromkeys(seq.toString(QKeySequence.SequenceFormat.NativeText) for seq in bindings))
    return ", ".join(shown)


def _menu_actions(window) -> list[QAction]:
    actions: list[QAction] = list(window.actions())
    pending = [window.menuBar()]
    while pending:
        widget = pending.pop()
        for action in widget.actions():
            actions.append(action)
            if action.menu() is not None:
                pending.append(action.menu())
    return actions


def install_shortcuts(window, handlers: dict[str, Callable[[], object]]) -> dict[str, QAction]:
    """Give ``window``'s actions their keys from :data:`SHORTCUTS`.

    A menu action the window names like a row (``window.actions_by_name``), or whose key is in the table,
    gets the row's keys (all of them: "Ctrl+/" and "F1" alike). A row no menu action has gets an action of
    its own on the window, calling ``handlers[name]``.

    Returns
    -------
    dict
        The action now bound to each row, by name.

    Raises
    ------
    KeyError
        A row has neither a menu action nor a handler (the table and the window disagree).
    """
    bound: dict[str, QAction] = {}
    named = getattr(window, "actions_by_name", {})
    for row in SHORTCUTS:
        if row.name in named:
            bound[row.name] = named[row.name]
    by_key = {seq.toString(): row for row in SHORTCUTS for seq in key_sequences(row)}
    for action in _menu_actions(window):
        row = next((by_key[s.toString()] for s in action.shortcuts() if s.toString() in by_key), None)
        if row is not None and row.name not in bound:
            bound[row.name] = action
    for row in SHORTCUTS:
        if row.name in bound:
            bound[row.name].setShortcuts(key_sequences(row))
    for row in SHORTCUTS:
        if row.name in bound:
            continue
        action = QAction(_tr(row.title), window)
        action.setShortcuts(key_sequences(row))
        action.triggered.connect(lambda _checked=False, handler=handlers[row.name]: handler())  # KeyError: see above
        window.addAction(action)
        bound[row.name] = action
    return bound


def help_menu(window) -> QMenu:
    """The window's Help menu (made when there is none yet)."""
    title = QCoreApplication.translate("MainWindow", "&Help")
    for action in window.menuBar().actions():
        if action.menu() is not None and action.text() == title:
            return action.menu()
    return window.menuBar().addMenu(title)


class ShortcutsSheet(QDialog):
    """The list of every shortcut, by section, read from :data:`SHORTCUTS`."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)  # a list to read, not to pick from
        self.table.setShowGrid(False)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for section in dict.fromkeys(row.section for row in SHORTCUTS):
            self._add_row(_tr(section), "", heading=True)
            for row in (r for r in SHORTCUTS if r.section == section):
                self._add_row(key_text(row), _tr(row.title))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        note = QLabel(
            self.tr(
                "Tab and Shift+Tab move between the parts of the window; Enter or Space presses a "
                "focused button or opens a focused picture."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setObjectName("Hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def _add_row(self, keys: str, does: str, heading: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((keys, does)):
            item = QTableWidgetItem(text)
            if heading:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, column, item)
