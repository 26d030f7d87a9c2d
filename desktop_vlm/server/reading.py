"""Reading a request under deadlines, and writing what a client sent into the log safely.

A per-read socket timeout does not bound a request: a client sending one header line every 100 s never
trips a 120 s timeout and holds its thread forever. :class:`DeadlineReader` refuses to read past the
handler's ``read_deadline`` (the whole request line and headers, then the body), whatever each read takes.
"""

from __future__ import annotations

import io
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .handler import ChatHandler

MIN_BODY_RATE = 64 * 1024  # bytes per second a body must average (20 MB: 5 minutes)
MIN_BODY_S = 30.0  # and at least this long is always allowed for it
# Control characters in a logged request line would be terminal escape sequences in the log: shown as \xNN.
_PRINTABLE = {c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0))}


def printable(text: str) -> str:
    """``text`` with control characters (C0, DEL, C1) written as ``\\xNN``."""
    return text.translate(_PRINTABLE)


class DeadlineReader(io.RawIOBase):
    """The socket's bytes, refused (TimeoutError) once the handler's ``read_deadline`` (a ``time.monotonic()``
    value, or None for no deadline) has passed."""

    def __init__(self, handler: ChatHandler) -> None:
        self._handler = handler

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:
        handler = self._handler
        timeout = handler.timeout
        if handler.read_deadline is not None:
            left = handler.read_deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("the request did not arrive in time")
            timeout = left if timeout is None else min(timeout, left)
        handler.connection.settimeout(timeout)
        try:
            return handler.connection.recv_into(buffer)
        finally:
            handler.connection.settimeout(handler.timeout)  # writes keep the plain per-call timeout
