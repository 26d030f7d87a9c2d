"""Files opened from outside the window: one window per person, and a second start hands over its files.

A file manager's "Open with Desktop VLM" starts ``desktop-vlm FILE…``. While the window is already open, a
second process would load a second copy of the model and write to the same history, so the first start
holds a lock and listens on a local socket; a later start that finds the lock taken sends its files there and
exits, and the window comes to the front with them. macOS hands an app its files as ``FileOpen`` events
instead, which reach the same signal.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_FILE = "window.lock"
HAND_OVER_TIMEOUT_S = 5.0  # the first start may still be starting: it listens before it builds its window
CONNECT_ATTEMPT_MS = 200
MAX_REQUEST_BYTES = 1 << 20  # a request is a list of paths; anything longer is not one
ACCEPTED = b"ok\n"


def server_name(data_dir: Path) -> str:
    """The local socket of the window that keeps its history in ``data_dir``: one per person and data folder
    (a portable install or a test has its own). In the person's private runtime folder where there is one,
    so another account cannot listen in its place."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    runtime_dir = os.environ.get("XDG_RUNTIME_DIR")
    if runtime_dir and Path(runtime_dir).is_dir():
        return str(Path(runtime_dir) / f"desktop-vlm-{digest}")
    return f"desktop-vlm-{safe_user_name()}-{digest}"  # Qt puts it in the temporary folder (per user on macOS)


def safe_user_name() -> str:
    try:
        name = getpass.getuser()
    except (OSError, KeyError):
        name = str(os.getuid()) if hasattr(os, "getuid") else "user"
    return "".join(ch if ch.isalnum() else "_" for ch in name)


class WindowLock:
    """Held by the one process whose window is open, for as long as it runs; a crashed holder's lock is
    taken over (QLockFile checks that its process is gone)."""

    def __init__(self, data_dir: Path):
        self._lock = QLockFile(str(data_dir / LOCK_FILE))
        self._lock.setStaleLockTime(0)  # never stale by age: a window stays open for days

    def take(self) -> bool:
        return self._lock.tryLock(0)

    def release(self) -> None:
        self._lock.unlock()


def hand_over(name: str, files: list[Path], timeout_s: float = HAND_OVER_TIMEOUT_S) -> bool:
    """Send ``files`` to the window listening on ``name`` (none: just bring it to the front). True once the
    window has them; False if none answered within ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    socket = QLocalSocket()
    while True:
        socket.connectToServer(name)
        if socket.waitForConnected(CONNECT_ATTEMPT_MS):
            break
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)  # the lock is held but the window's process is not listening yet
    socket.write(json.dumps({"open": [str(path) for path in files]}).encode() + b"\n")
    socket.flush()
    reply = b""
    while not reply.endswith(b"\n") and time.monotonic() < deadline:
        remaining_ms = max(1, int((deadline - time.monotonic()) * 1000))
        if socket.waitForReadyRead(remaining_ms):
            reply += bytes(socket.readAll().data())
        elif socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
            break
    socket.disconnectFromServer()
    return reply == ACCEPTED


class OpenRequests(QObject):
    """Listens for later starts and for the system's ``FileOpen`` events; ``files_requested`` carries the
    files to open (an empty list: a start without files, which only brings the window forward)."""

    files_requested = Signal(list)  # list[Path]

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)
        self._name = name
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Listen on the name. A socket file a crashed window left there is replaced: with access options, Qt
        makes the socket in a private folder and renames it into place."""
        if self._server.listen(self._name):
            return True
        log.warning("cannot listen for files opened by later starts: %s", self._server.errorString())
        return False

    def close(self) -> None:
        self._server.close()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FileOpen:
            self.files_requested.emit([Path(event.file())])
            return True
        return False

    def _on_new_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_REQUEST_BYTES:
                socket.abort()
            else:
                self._buffers[socket] = data
            return
        files = requested_files(data.split(b"\n", 1)[0])
        if files is None:
            log.warning("ignored a request to open files that was not one (%d bytes)", len(data))
            socket.abort()
            return
        self._buffers[socket] = b""
        socket.write(ACCEPTED)
        socket.flush()
        log.info("another start handed over %d file(s)", len(files))
        self.files_requested.emit(files)

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()


def requested_files(line: bytes) -> list[Path] | None:
    """The absolute paths in one request line, ``{"open": [path, …]}``; None for anything else."""
    try:
        request = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        return None
    files = request.get("open") if isinstance(request, dict) else None
    if not isinstance(files, list) or not all(isinstance(f, str) and Path(f).is_absolute() for f in files):
        return None
    return [Path(f) for f in files]
