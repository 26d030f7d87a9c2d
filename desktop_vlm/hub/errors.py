"""Errors of the model hub and store, each with a message for people."""

from ..core.errors import DesktopVlmError


class HubError(DesktopVlmError):
    """The hub answered something we cannot use (not found, gated, malformed)."""


class OfflineError(HubError):
    """The hub cannot be reached."""


class DiskSpaceError(HubError):
    """Not enough free space for the download."""


class VerificationError(HubError):
    """A downloaded file does not match the checksum the hub published."""


class DownloadCancelled(Exception):
    """The person cancelled or paused; not an error."""
