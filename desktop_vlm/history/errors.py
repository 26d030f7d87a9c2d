from ..core.errors import DesktopVlmError


class StorageFullError(DesktopVlmError):
    """The disk is full: the newest change was not saved; everything saved before it is intact."""


class HistoryFormatError(DesktopVlmError):
    """An imported file is not a conversation export."""
