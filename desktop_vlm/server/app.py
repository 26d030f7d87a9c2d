"""The OpenAI-compatible HTTP server: configuration, the loopback rule, start and stop.

Why the standard library's ``ThreadingHTTPServer`` and not starlette/uvicorn
--------------------------------------------------------------------------
* The work is one model on one thread; the HTTP layer only parses JSON, waits on events and writes
  SSE lines. A thread per connection is plenty for a personal server with a queue of a few jobs,
  and the queue bounds how many threads wait at once.
* No new dependencies in a desktop app that is also frozen with PyInstaller (uvicorn's lazy imports
  of protocol modules need hidden-import lists), and nothing asynchronous to bridge with the
  blocking, thread-owned runtime and its CancelToken.
* What we would gain from ASGI (HTTP/2, thousands of idle connections) does not matter here. If it
  ever does, ``messages``, ``protocol`` and ``worker`` are framework-free and move over as they are.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import socket
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from typing import Any, cast

from ..core.errors import InvalidRequestError
from ..core.messages import Message
from .handler import ChatHandler
from .messages import MAX_TEXT_CHARS, ImagePolicy
from .protocol import ApiError
from .worker import ModelWorker

log = logging.getLogger(__name__)

DEFAULT_MAX_BODY = 20 * 1024 * 1024
DEFAULT_MAX_CONNECTIONS = 64
DEFAULT_MAX_PER_CLIENT = 16
HEADER_TIMEOUT_S = 10.0  # the request line and all headers must arrive within this
_REFUSAL_LINGER_S = 0.05  # the accept loop waits at most this long per refused connection
# With every slot taken, the connection that has waited longest for its headers (and at least this long) is
# closed to make room: a client that sends its headers at once is never the one waiting longest.
_EVICT_AFTER_S = 0.5
_EVICT_WAIT_S = 0.5  # how long the accept loop waits for the closed connection's slot


def _busy_response() -> bytes:
    """The 503 sent without a handler (and so without a thread) when every connection slot is taken."""
    body = json.dumps(ApiError(503, "Too many open connections.", "too_many_connections").body()).encode()
    head = (
        "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 2\r\n"
        f"Connection: close\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("ascii") + body


def _refuse(sock: socket.socket) -> None:
    """Answer 503 and close without a thread. The request is never read, so before closing we read and
    drop what the client sends until it closes its side (it does once it has our answer) or for at most
    ``_REFUSAL_LINGER_S``: closing a socket with unread bytes makes the kernel send a reset, which can
    destroy the 503 before the client reads it."""
    try:
        sock.sendall(_busy_response())
        sock.shutdown(socket.SHUT_WR)
        sock.settimeout(_REFUSAL_LINGER_S)
        deadline = time.monotonic() + _REFUSAL_LINGER_S
        while time.monotonic() < deadline and sock.recv(65536):
            pass
    except OSError:  # the client left, or stayed silent past the linger time
        pass
    finally:
        sock.close()


@dataclass
class ServerConfig:
    """What the handler needs to know; ``api_key`` None means no authentication (loopback only)."""

    model_id: str
    api_key: str | None = None
    max_body_bytes: int = DEFAULT_MAX_BODY
    image_policy: ImagePolicy = field(default_factory=ImagePolicy)
    created: int = field(default_factory=lambda: int(time.time()))
    # Host names accepted besides loopback ones on a loopback server (a local reverse proxy that
    # passes the public name on); lower case, without port.
    extra_hosts: frozenset[str] = frozenset()
    header_timeout_s: float = HEADER_TIMEOUT_S
    max_text_chars: int = MAX_TEXT_CHARS
    lookup_tokens: int = 0  # lookup decoding for every request (GenerationParams.lookup_tokens; 0: off)

    def __repr__(self) -> str:  # the key must not leak through a debug print or a traceback
        return f"ServerConfig(model_id={self.model_id!r}, api_key={'***' if self.api_key else None})"


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback addresses (127.0.0.0/8, ::1); False for everything else,
    including ``0.0.0.0`` and names we would have to resolve."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class VlmServer(ThreadingHTTPServer):
    """ThreadingHTTPServer carrying the config and the model worker for its handlers.

    Connections are bounded three ways, so idle or slow sockets cannot lock other clients out: at most
    ``max_connections`` in all (more get 503 without a thread), at most ``max_per_client`` from one
    network address (loopback clients share 127.0.0.1, so for them only the total counts), and each must
    send its headers within ``config.header_timeout_s``. When every slot is taken, the connection that has
    waited longest for its headers is closed to make room for the new one.
    """

    daemon_threads = True  # a stuck client must not keep the process alive at shutdown
    allow_reuse_address = True

    def __init__(
        self,
        address: tuple[str, int],
        config: ServerConfig,
        worker: ModelWorker,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        max_per_client: int = DEFAULT_MAX_PER_CLIENT,
    ) -> None:
        self.config = config
        self.worker = worker
        # The model queue bounds the work; this bounds the threads. Without it, clients that open
        # connections and send nothing would each hold a thread until the handler's timeout.
        self._slots = threading.BoundedSemaphore(max_connections)
        self.max_per_client = max_per_client
        self._lock = threading.Lock()
        self._per_client: Counter[str] = Counter()
        self._awaiting: dict[socket.socket, float] = {}  # connections waiting for their headers, since when
        self.loopback_only = is_loopback(address[0])  # then the handler also checks the Host header
        if ":" in address[0]:
            self.address_family = socket.AF_INET6  # "::1" and other IPv6 literals
        super().__init__(address, ChatHandler)

    def awaiting_headers(self, connection: socket.socket, waiting: bool) -> None:
        """Handlers say when a connection starts and stops waiting for a request's headers."""
        with self._lock:
            if waiting:
                self._awaiting[connection] = time.monotonic()
            else:
                self._awaiting.pop(connection, None)

    def _evict_slowest(self) -> bool:
        """Close the connection waiting longest for its headers, if one has waited long enough; its handler
        sees the end of the stream and frees its slot."""
        with self._lock:
            if not self._awaiting:
                return False
            connection, since = min(self._awaiting.items(), key=lambda item: item[1])
            if time.monotonic() - since < _EVICT_AFTER_S:
                return False
            del self._awaiting[connection]
        try:
            connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass  # already gone
        return True

    def process_request(self, request, client_address) -> None:
        client = client_address[0]
        with self._lock:
            crowded = self._per_client[client] >= self.max_per_client and not is_loopback(client)
        if crowded or not (
            self._slots.acquire(blocking=False)
            or (self._evict_slowest() and self._slots.acquire(timeout=_EVICT_WAIT_S))
        ):
            _refuse(cast(socket.socket, request))  # a TCP server's requests are its accepted sockets
            return
        with self._lock:
            self._per_client[client] += 1
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._release(client)  # the thread never started
            raise

    def _release(self, client: str) -> None:
        with self._lock:
            self._per_client[client] -= 1
            if not self._per_client[client]:
                del self._per_client[client]
        self._slots.release()

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._release(client_address[0])

    def handle_error(self, request, client_address) -> None:
        # socketserver's default prints a traceback to stderr; a client that left is not news.
        err = sys.exc_info()[1]
        if isinstance(err, (ConnectionError, TimeoutError)):
            log.debug("connection from %s ended: %s", client_address[0], err)
        else:
            log.error("error while serving %s", client_address[0], exc_info=True)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = host.decode() if isinstance(host, bytes | bytearray) else str(host)
        return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"

    def start_background(self) -> threading.Thread:
        """Serve on a daemon thread (tests, embedding in the app); returns the thread."""
        thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
        thread.start()
        return thread

    def close(self) -> None:
        """Stop accepting, cancel running work, free the model."""
        self.shutdown()
        self.worker.shutdown()
        self.server_close()


def create_server(
    load: Callable[[], Any],
    config: ServerConfig,
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    max_queue: int = 4,
    max_connections: int = DEFAULT_MAX_CONNECTIONS,
    max_per_client: int = DEFAULT_MAX_PER_CLIENT,
) -> VlmServer:
    """Bind the server and start loading the model on the worker thread.

    Raises
    ------
    InvalidRequestError
        For a non-loopback ``host`` without an API key: anyone on the network could use the GPU and
        (with ``--allow-files``) read images from this machine.
    """
    if not is_loopback(host) and not config.api_key:
        raise InvalidRequestError(
            Message("Refusing to listen on {host} without an API key.", host=host),
            hint=Message("Set one with --api-key-env VAR (the variable holds the key), or listen on 127.0.0.1."),
        )
    worker = ModelWorker(load, max_queue=max_queue).start()
    try:
        return VlmServer((host, port), config, worker, max_connections, max_per_client)
    except OSError as err:
        worker.shutdown()
        raise InvalidRequestError(
            Message("Cannot listen on {host}:{port} ({reason}).", host=host, port=port, reason=err.strerror or str(err))
        ) from None
