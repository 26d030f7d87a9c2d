"""History errors, each with a message written for the person using the app."""

from ..core.errors import DesktopVlmError


class StorageFullError(DesktopVlmError):
    """The disk is full: the newest change was not saved; everything saved before it is intact."""


class HistoryFormatError(DesktopVlmError):
    """An imported file is not a conversation export."""


class HistoryOpenError(DesktopVlmError):
    """The history database could not be opened (locked by another program, no permission...).

    The file is left untouched: only a database that is really damaged is moved aside.
    """


class ConversationNotFoundError(DesktopVlmError):
    """The conversation (or message) does not exist, for instance because it was deleted."""
