"""The error tree. Every error a person can see carries a message written for that person.

Domain code raises these; the CLI prints ``user_message`` on one line and the UI shows it through
``ui/errors.py``. Anything else that escapes is a bug and is reported as one. The message and the hint are
:class:`Message` templates, put together in the reader's language each time they are read.
"""

from __future__ import annotations

from .messages import Message


class DesktopVlmError(Exception):
    """Base class: ``user_message`` is what the person reads; ``hint`` says what to try next."""

    def __init__(self, message: Message, *, hint: Message | None = None):
        super().__init__(message)
        self.message = message
        self.hint_message = hint

    @property
    def user_message(self) -> str:
        return str(self.message)

    @property
    def hint(self) -> str | None:
        return str(self.hint_message) if self.hint_message is not None else None

    def __str__(self) -> str:
        hint = self.hint
        return self.user_message if not hint else f"{self.user_message} {hint}"


class CheckpointError(DesktopVlmError):
    """A model folder is missing, incomplete, unreadable or of a format we do not support."""


class UnsafeCheckpointError(CheckpointError):
    """The checkpoint would need code execution or unpickling to load; we refuse both."""


class InvalidRequestError(DesktopVlmError):
    """A generation request or setting is out of range (tiles, image tokens, sampling values...)."""


class MediaError(DesktopVlmError):
    """An image, video or document could not be read or is not acceptable."""


class PasswordRequiredError(MediaError):
    """A document that opens only with its password (a bank statement's PDF): the window asks for it."""


class DataFolderError(DesktopVlmError):
    """One of the app's own folders (history, models, settings, logs) cannot be made or written: a read-only or
    full disk, a home folder on a drive that is not there."""


class InsufficientMemoryError(DesktopVlmError):
    """The device does not have the memory the model or the request needs (estimated before trying).
    ``fits_with``: the quantised weights ("int8" / "int4") with which the refused model would fit, if any."""

    def __init__(self, message: Message, *, hint: Message | None = None, fits_with: str | None = None):
        super().__init__(message, hint=hint)
        self.fits_with = fits_with


class DeviceOutOfMemoryError(DesktopVlmError):
    """The device ran out of memory during a request; memory was freed and the runtime stays usable."""


class ContextLengthError(InvalidRequestError):
    """The prompt does not fit in the model's context window."""


class GenerationCancelled(Exception):
    """Raised inside long work when the user pressed Stop. Not an error: callers clean up quietly."""


class LoadCancelled(Exception):
    """Raised out of a model load's progress report when the load is no longer wanted (the app is closing,
    or another model was chosen). Not an error: the half-built model is dropped quietly."""
