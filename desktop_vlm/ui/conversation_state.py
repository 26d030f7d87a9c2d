"""What belongs to each conversation besides its messages, kept in the conversation's ``settings`` JSON: the
unsent draft and the tile budget (sampling is kept there by the chat controller, the system prompt in its
own column); plus which conversation was open last, and reusing an empty "New chat" for Ctrl+N instead of
piling up empty ones."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ..history.errors import ConversationNotFoundError
from ..history.store import DEFAULT_TITLE

DRAFT_KEY, TILES_KEY = "draft", "tiles"


class ConversationState(QObject):
    """Follows the open conversation of ``window`` (its controller, composer and settings panel)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.open_id: int | None = None
        self._draft_shown = ""  # the draft put in the composer when the open conversation was opened
        self._restoring = False  # showing a conversation's budget must not write it back
        window.controller.conversation_changed.connect(self._on_conversation_changed)

    # ------------------------------------------------------------------ the settings column
    def update_settings(self, conversation_id: int, **changes) -> None:
        """Merge ``changes`` into a conversation's settings JSON (read fresh, so keys written by others
        survive), and into the controller's copy when it is the open one, so its next write keeps them."""
        store, controller = self.window.controller.store, self.window.controller
        try:
            settings = dict(store.get_conversation(conversation_id).settings or {}) | changes
            store.update_conversation(conversation_id, settings=settings)
        except ConversationNotFoundError:
            return  # deleted meanwhile: nothing to keep
        if controller.conversation is not None and controller.conversation.id == conversation_id:
            controller.conversation.settings = settings

    # ------------------------------------------------------------------ switching
    def _on_conversation_changed(self, conversation) -> None:
        new_id = conversation.id if conversation is not None else None
        if new_id == self.open_id:
            return
        self.save_draft()
        self.open_id = new_id
        if conversation is None:
            return
        settings = conversation.settings or {}
        composer = self.window.composer
        draft = settings.get(DRAFT_KEY, "")
        self._draft_shown = draft if isinstance(draft, str) else ""
        if composer.edit.toPlainText() != self._draft_shown:
            composer.edit.setPlainText(self._draft_shown)
        tiles = settings.get(TILES_KEY)
        if isinstance(tiles, dict):
            self._restoring = True
            try:
                self.window.panel.restore_budget(
                    tiles.get("preset", "balanced"), int(tiles.get("max_tiles", 6)), int(tiles.get("frames", 8))
                )
            except (TypeError, ValueError):
                pass  # a hand-edited or foreign value: keep the panel as it is
            finally:
                self._restoring = False
        self.window.remember_last_conversation(new_id)

    def save_draft(self) -> None:
        """Keep the composer's text with the conversation it was typed in (called when leaving it and when
        the window closes); an unchanged draft is not written again."""
        if self.open_id is None:
            return
        text = self.window.composer.edit.toPlainText()
        if text != self._draft_shown:
            self.update_settings(self.open_id, **{DRAFT_KEY: text})
            self._draft_shown = text

    def save_tiles(self, preset: str, max_tiles: int, frames: int) -> None:
        """The open conversation's tile budget changed: keep it with the conversation."""
        if self._restoring or self.open_id is None:
            return
        tiles = {"preset": preset, "max_tiles": max_tiles, "frames": frames}
        current = self.window.controller.conversation
        if current is not None and (current.settings or {}).get(TILES_KEY) == tiles:
            return
        self.update_settings(self.open_id, **{TILES_KEY: tiles})

    # ------------------------------------------------------------------ new chats
    def new_chat(self) -> None:
        """Open an empty conversation: the open one when it is still empty, else an empty "New chat" from
        the list, else a new one."""
        controller = self.window.controller
        current = controller.conversation
        if current is None or current.messages:
            empty = self._empty_conversation()
            if empty is not None:
                self._with_instructions(empty)
                controller.open_conversation(empty)
            else:
                controller.new_conversation()
        elif self._with_instructions(current.id):
            controller.open_conversation(current.id)  # shown with them
        self.window.composer.edit.setFocus()

    def _with_instructions(self, conversation_id: int) -> bool:
        """Give an empty chat made before the instructions for new chats were set those
        instructions, unless it has a system prompt of its own; True if it was given them."""
        controller = self.window.controller
        instructions = controller.new_chat_instructions
        conversation = controller.store.get_conversation(conversation_id)
        if not instructions or conversation.system_prompt or conversation.messages:
            return False
        controller.store.update_conversation(conversation_id, system_prompt=instructions)
        return True

    def _empty_conversation(self) -> int | None:
        store = self.window.controller.store
        for summary in store.list_conversations():
            if summary.title == DEFAULT_TITLE and not summary.pinned:
                try:
                    if not store.get_conversation(summary.id).messages:
                        return summary.id
                except ConversationNotFoundError:
                    continue
        return None
