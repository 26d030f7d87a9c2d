"""Running :mod:`.pdf_worker` in a child process with a memory and a time limit, and surviving its death.

One child serves every PDF call of this process, one call at a time (PDFium is not thread-safe anyway), so
its start-up (~0.25 s: a fresh interpreter importing PDFium) is paid once. The child is started with
``spawn``, never ``fork``: a forked copy of the app would inherit its threads' locks and, once a model is
loaded, gigabytes of address space that ``RLIMIT_AS`` would count.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from ..core.messages import Message, placeholders
from . import pdf_worker

log = logging.getLogger(__name__)

_MAX_HEADER_BYTES = 64 * 1024  # a reply header is a few dozen bytes of JSON
_MAX_TEXT_REPLY_BYTES = 4 * 16 * 2**20 + 2**20  # 16 M characters of UTF-8 text and their JSON
# What a placeholder in a message from the child may be: a name, with at most a short format ("{count:,}",
# "{width:g}"). The parent formats that template, and "{name:999999999}" would make it allocate a gigabyte.
_PLAIN_PLACEHOLDER = re.compile(r"[a-z_][a-z0-9_]*(![rs])?(:,?(\.[0-9])?[a-z]?)?")


class WorkerDied(Exception):
    """The child crashed (out of its memory budget, or a PDFium bug) or was killed while answering.
    ``exit_code`` is its exit status (negative: the signal that ended it)."""

    exit_code: int | None = None


class WorkerTimedOut(Exception):
    """The child did not answer within the time limit and was killed."""


class WorkerDidNotStart(Exception):
    """The child ended before it was ready (``exit_code``): spawning it failed, not the PDF.

    A spawned child imports the parent's main script again; a script without an ``if __name__ ==
    "__main__":`` guard (or one read from standard input) makes that fail.
    """

    def __init__(self, exit_code: int | None) -> None:
        super().__init__(f"the PDF renderer process ended while starting (exit code {exit_code})")
        self.exit_code = exit_code


@dataclass(frozen=True)
class Limits:
    """What one PDF call may cost. ``memory_bytes`` None: no address-space cap."""

    memory_bytes: int | None
    seconds: float


class PdfProcess:
    """A lazily started child process answering PDF requests; restarted after a crash, a kill or an idle exit.

    Parameters
    ----------
    limits : Limits
        The child's address-space cap and how long one call may take before the child is killed.
    """

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self._lock = threading.Lock()
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None

    def call(self, request: dict) -> tuple[dict, bytearray | None]:
        """Send ``request``; the reply header and, when the header has ``width``, the RGB bytes (with ``bytes``,
        that many bytes of JSON). A refusal's ``error`` and ``hint`` come back as :class:`Message` objects.

        Raises
        ------
        WorkerDied
            The child died while answering (it is replaced at the next call).
        WorkerTimedOut
            No answer within ``limits.seconds``; the child was killed.
        WorkerDidNotStart
            A new child could not be started.
        """
        with self._lock:
            try:
                return self._attempt(request)
            except WorkerDied as err:
                if err.exit_code != 0:
                    log.warning("the PDF renderer stopped (exit code %s) on %s", err.exit_code, request.get("path"))
                    raise
            # exit code 0 is the child's idle exit racing with our request: a fresh child answers it
            return self._attempt(request)

    def _attempt(self, request: dict) -> tuple[dict, bytearray | None]:
        self._ensure_started()
        try:
            return self._exchange(request)
        except WorkerDied as err:
            err.exit_code = self._reap()
            raise

    def close(self) -> None:
        """Stop the child (it is started again by the next call)."""
        with self._lock:
            self._reap(kill=True)

    def _ensure_started(self) -> None:
        if self._process is not None and self._process.is_alive():
            return
        self._reap()
        context = multiprocessing.get_context("spawn")
        parent_end, child_end = context.Pipe()
        process = context.Process(
            target=pdf_worker.serve, args=(child_end, self.limits.memory_bytes), name="pdf-renderer", daemon=True
        )
        process.start()
        child_end.close()  # our copy: when the child dies, reads on parent_end see EOF at once
        self._process, self._conn = process, parent_end
        try:
            ready = parent_end.poll(max(self.limits.seconds, 30.0)) and parent_end.recv_bytes() == pdf_worker.READY
        except (EOFError, OSError):
            ready = False
        if not ready:
            raise WorkerDidNotStart(self._reap(kill=True))

    def _exchange(self, request: dict) -> tuple[dict, bytearray | None]:
        conn = self._conn
        if conn is None:  # _ensure_started has just set it; a child already forgotten is a dead one
            raise WorkerDied()
        try:
            conn.send_bytes(json.dumps(request).encode("utf-8"))
            self._wait(conn)
            header = json.loads(conn.recv_bytes(_MAX_HEADER_BYTES))
            payload = None
            if "width" in header:
                # read straight into a buffer of the announced size: a 40 MP page is 120 MB, and the plain
                # recv_bytes would hold it twice while assembling it
                payload = bytearray(3 * int(header["width"]) * int(header["height"]))
                self._wait(conn)
                if conn.recv_bytes_into(payload) != len(payload):
                    raise OSError("the renderer sent a page of another size than it announced")
            elif "bytes" in header:  # pages' text, as JSON
                if not 0 <= int(header["bytes"]) <= _MAX_TEXT_REPLY_BYTES:
                    raise ValueError("the renderer announced more text than a reply may hold")
                payload = bytearray(int(header["bytes"]))
                self._wait(conn)
                if conn.recv_bytes_into(payload) != len(payload):
                    raise OSError("the renderer sent text of another size than it announced")
            for key in ("error", "hint"):
                if header.get(key) is not None:
                    header[key] = _message(header[key])
        except (EOFError, OSError, ValueError, TypeError, KeyError) as err:
            raise WorkerDied() from err
        return header, payload

    def _wait(self, conn: Connection) -> None:
        if not conn.poll(self.limits.seconds):
            self._reap(kill=True)
            raise WorkerTimedOut()

    def _reap(self, kill: bool = False) -> int | None:
        """Forget the child (killing it first with ``kill``); its exit code, None if it had none."""
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if conn is not None:
            conn.close()
        if process is None:
            return None
        if kill and process.is_alive():
            process.kill()
        process.join(5)
        return process.exitcode


def _message(data: object) -> Message:
    """A message the child sent (a refusal or its hint), rebuilt; ValueError unless it is a message's form whose
    placeholders are all plain (see ``_PLAIN_PLACEHOLDER``)."""
    if not isinstance(data, Mapping):
        raise ValueError("the renderer sent a malformed message")
    try:
        message = Message.from_json(data)
    except (AttributeError, KeyError, TypeError) as err:  # no template, or values that are not a message's
        raise ValueError("the renderer sent a malformed message") from err
    _check_placeholders(message)
    return message


def _check_placeholders(message: Message) -> None:
    if any(not _PLAIN_PLACEHOLDER.fullmatch(part) for part in placeholders(message.template)):
        raise ValueError("the renderer sent a message with a placeholder it may not use")
    for value in message.values.values():
        if isinstance(value, Message):
            _check_placeholders(value)
