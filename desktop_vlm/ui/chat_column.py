"""Wiring of the chat column the main window installs in one call: answer versions, the attachment viewer
and the keyboard (shortcut table, focus rules)."""

from __future__ import annotations


def install_chat_column(window) -> None:
    """Connect ``window``'s chat view and composer to its controller beyond the basic send/stream wiring."""
    window.chat.version_chosen.connect(window.controller.choose_version)
