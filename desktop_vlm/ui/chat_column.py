"""Wiring of the chat column the main window installs in one call: answer versions, the attachment viewer,
the keyboard (the shortcut table, focus rules, Esc in the search box) and the "vary regenerated answers"
choice."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QDialog, QMenu, QPlainTextEdit, QTextEdit

from ..media.kind_registry import kind as attachment_kind
from .answer_body import flash_copied
from .attachment_viewer import open_stored_viewer
from .shortcuts import ShortcutsSheet, help_menu, install_shortcuts
from .text_viewer import open_stored_text_viewer


class _SearchEscape(QObject):
    """Esc in the search box clears the search (and a second Esc goes back to the question box) instead of
    reaching the window's Stop."""

    def __init__(self, search, question):
        super().__init__(search)
        self.search, self.question = search, question
        search.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        is_escape = isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape
        if is_escape and event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # ours, not the Stop shortcut's
            return True
        if is_escape and event.type() == QEvent.Type.KeyPress:
            if self.search.text():
                self.search.clear()
            else:
                self.question.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return False


def _open_sent_attachment(window, attachment) -> QDialog:
    """A sent attachment as the model saw it: a text file's text, or the pictures with their tiles."""
    budget = window.composer.viewer_budget()
    if attachment_kind(attachment.kind).is_text or (attachment.meta or {}).get("as_text"):
        return open_stored_text_viewer(window, attachment, budget.max_tiles)
    return open_stored_viewer(window, attachment, budget)


def install_chat_column(window) -> None:
    """Connect ``window``'s chat view and composer to its controller beyond the basic send/stream wiring,
    and give the window its keyboard."""
    window.chat.version_chosen.connect(window.controller.choose_version)
    window.chat.attachment_opened.connect(lambda attachment: _open_sent_attachment(window, attachment))
    window.chat_shortcuts = install_shortcuts(window, _handlers(window))
    sheet = window.chat_shortcuts["shortcuts"]
    if not any(isinstance(o, QMenu) for o in sheet.associatedObjects()):  # the sheet belongs in the Help menu too
        # the main window's menu entries, in its context (``window.tr`` would be filed under "window", which Qt
        # never asks for)
        sheet.setText(QCoreApplication.translate("MainWindow", "Keyboard shortcuts"))
        help_menu(window).addAction(sheet)
    _install_vary_choice(window)
    _install_focus_rules(window)


def _handlers(window) -> dict:
    """What the rows of the shortcut table do where no menu action does it already (looked up when pressed,
    so a window without one of these never fails to open)."""
    c, chat = window.controller, window.chat
    return {
        "send": lambda: window.composer.submit(),
        "stop": lambda: c.stop(),
        "regenerate": lambda: c.regenerate(),
        "continue": lambda: c.continue_answer(),
        "previous_version": lambda: step_version(window, -1),
        "next_version": lambda: step_version(window, 1),
        "copy_answer": lambda: copy_last_answer(chat),
        "question": lambda: window.composer.edit.setFocus(Qt.FocusReason.ShortcutFocusReason),
        "new_chat": lambda: c.new_conversation(),
        "search": lambda: window.conversations.search.setFocus(Qt.FocusReason.ShortcutFocusReason),
        "next_chat": lambda: step_conversation(window, 1),
        "previous_chat": lambda: step_conversation(window, -1),
        "export_chat": lambda: c.conversation is not None and window.history.export_one(c.conversation.id),
        "attach": lambda: window.composer.attach_button.click(),
        "paste": lambda: window.composer.edit.paste(),
        "screenshot": lambda: window.screenshots.start(),
        "manage_models": lambda: window.open_model_manager(),
        "load_folder": lambda: window.choose_model_folder(),
        "conversations_panel": lambda: window.show_conversations(window.conversations.isHidden()),
        "settings_panel": lambda: window.show_settings_panel(window.panel.isHidden()),
        "shortcuts": lambda: show_shortcuts(window),
        "preferences": lambda: window.open_preferences(),
        "quit": lambda: window.close(),
    }


def show_shortcuts(window) -> ShortcutsSheet:
    """Open the shortcuts sheet beside the window (it does not block the window)."""
    sheet = ShortcutsSheet(window)
    sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    sheet.open()
    return sheet


def step_version(window, delta: int) -> bool:
    """Show the previous (-1) or next (+1) version of the last message that has versions."""
    for bubble in reversed(window.chat.message_widgets()):
        if bubble.versions.count() > 1:
            return bubble.versions.isEnabled() and bubble.versions.step(delta)
    return False


def copy_last_answer(chat) -> bool:
    answers = [b for b in chat.message_widgets() if b.role == "assistant"]
    if answers:
        flash_copied(answers[-1].copy, answers[-1].text, markdown=True)
    return bool(answers)


def step_conversation(window, delta: int) -> bool:
    """Open the conversation ``delta`` places below (or above) the open one in the list (date-group titles
    are rows of the list too: they are skipped)."""
    current = window.controller.conversation
    target = window.list_model.neighbour(current.id if current is not None else None, delta)
    if target is None:
        return False
    window.controller.open_conversation(target)
    return True


def _install_vary_choice(window) -> None:
    """Chat → "Vary regenerated answers": whether Regenerate samples in a greedy conversation, kept in
    the settings."""
    action = QAction(QCoreApplication.translate("MainWindow", "Vary regenerated answers"), window)
    action.setCheckable(True)
    action.setChecked(window.settings.ui.regenerate_samples)
    action.setToolTip(
        QCoreApplication.translate(
            "MainWindow",
            "Regenerate samples a new answer even when the "
            "conversation is deterministic (greedy); off: it writes the greedy "
            "answer again.",
        )
    )
    window.controller.regenerate_samples = action.isChecked()

    def on_toggled(checked: bool) -> None:
        window.controller.regenerate_samples = checked
        window.settings = replace(window.settings, ui=replace(window.settings.ui, regenerate_samples=checked))
        window._save_settings(window.settings)

    action.toggled.connect(on_toggled)
    regenerate = window.chat_shortcuts["regenerate"]
    menu = next((m for m in regenerate.associatedObjects() if hasattr(m, "insertAction")), None)
    if menu is not None:
        menu.insertAction(next(iter(menu.actions()[menu.actions().index(regenerate) + 1 :]), None), action)
    window.vary_regenerated = action


def _install_focus_rules(window) -> None:
    """Tab leaves every text box (no box keeps a literal tab: Tab and Shift+Tab always move on), Esc in the
    search box clears it, and the question box has the focus when the window opens."""
    for box in window.findChildren(QPlainTextEdit) + window.findChildren(QTextEdit):
        if not box.isReadOnly():
            box.setTabChangesFocus(True)
    window._search_escape = _SearchEscape(window.conversations.search, window.composer.edit)
    window.composer.edit.setFocus(Qt.FocusReason.OtherFocusReason)
