"""HTTP request handler: deadlines, authentication, body limits, JSON parsing, then hand-off to the worker.

Each connection runs on its own thread (ThreadingHTTPServer); the thread only parses, waits on the
job's events and writes bytes, so many waiting clients cost little. Client disconnects are noticed
both when a write fails and, between chunks, by peeking at the socket; either cancels the job.

Reading is under deadlines, not only per-read timeouts: the request line and headers must arrive within
``ServerConfig.header_timeout_s`` (a client sending a header line every 100 s kept a thread forever), and
the body at ``MIN_BODY_RATE`` bytes per second at least. The API key is checked as soon as the headers are
in, before the body is read.
"""

from __future__ import annotations

import hmac
import io
import ipaddress
import json
import logging
import queue
import select
import socket
import time
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING

from ..core.errors import DesktopVlmError, GenerationCancelled, InvalidRequestError, MediaError
from . import protocol
from .json_body import parse_body
from .messages import parse_chat_request
from .protocol import ApiError
from .reading import MIN_BODY_RATE, MIN_BODY_S, DeadlineReader, printable

if TYPE_CHECKING:
    from .app import VlmServer

log = logging.getLogger(__name__)

_POLL_S = 0.1  # how often a waiting handler checks whether its client is still there
# A stream that has sent nothing for this long sends an SSE comment, which clients skip: a CPU reading a long
# prompt can take minutes to its first token, and proxies drop a response idle for 60 s (nginx's default).
KEEPALIVE_S = 15.0
KEEPALIVE = b": keep-alive\n\n"


def client_gone(sock: socket.socket) -> bool:
    """True when the peer closed the connection (readable with nothing to read)."""
    try:
        readable, _, _ = select.select([sock], [], [], 0)
        return bool(readable) and sock.recv(1, socket.MSG_PEEK) == b""
    except (OSError, ValueError):
        return True


def _host_name(host: str) -> str:
    """The name in a Host header: ``[::1]:8000`` → ``::1``, ``localhost:8000`` → ``localhost``."""
    if host.startswith("["):
        return host[1:].partition("]")[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _is_loopback_name(name: str) -> bool:
    try:
        return name.lower() == "localhost" or ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


class ChatHandler(BaseHTTPRequestHandler):
    """``/v1/models`` and ``/v1/chat/completions``; the server object carries config and worker."""

    protocol_version = "HTTP/1.1"
    server_version = "desktop-vlm"
    timeout = 120  # a client that stalls mid-request frees its thread eventually
    server: VlmServer  # the server that made this handler: its config, worker and connection slots

    # -- plumbing ---------------------------------------------------------------------------------
    def setup(self) -> None:
        super().setup()
        self.read_deadline: float | None = None
        self.rfile.close()  # the plain socket reader; ours enforces the deadlines
        self.rfile = io.BufferedReader(DeadlineReader(self))

    def handle_one_request(self) -> None:
        # From here the request line and every header must arrive by the deadline (keep-alive: again for
        # each request). The server may close a connection still in this phase when it runs out of slots.
        self.read_deadline = time.monotonic() + self.server.config.header_timeout_s
        self.server.awaiting_headers(self.connection, True)
        super().handle_one_request()

    def finish(self) -> None:
        self.server.awaiting_headers(self.connection, False)
        super().finish()

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - stdlib signature
        # The request line only; headers (where the API key travels) are never logged.
        log.info("%s - %s", self.address_string(), printable(format % args))

    def _send_json(self, status: int, body: dict, headers: dict | None = None) -> None:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data)

    def _send_error(self, err: ApiError) -> None:
        headers = {"Retry-After": str(err.retry_after)} if err.retry_after else {}
        if err.status == 401:
            headers["WWW-Authenticate"] = "Bearer"
        self._send_json(err.status, err.body(), headers)

    def _check_key(self) -> None:
        expected = self.server.config.api_key
        if expected is None:
            return
        given = self.headers.get("Authorization", "")
        token = given[7:] if given.lower().startswith("bearer ") else ""
        # compare_digest takes the same time wherever the first difference is: no timing oracle.
        if not hmac.compare_digest(token.encode("utf-8"), expected.encode("utf-8")):
            raise ApiError(401, "Missing or wrong API key.", "invalid_api_key")

    def _check_host(self) -> None:
        # DNS rebinding: a web page from evil.example whose name is made to resolve to 127.0.0.1 reaches
        # a loopback server as "same origin" and could read its answers. Such requests carry the
        # attacker's name in Host; real local clients send a loopback address or "localhost".
        if not self.server.loopback_only:
            return  # bound to the network: the API key guards it
        host = self.headers.get("Host")
        if host is None:
            return  # HTTP/1.0 clients may omit it; browsers never do
        name = _host_name(host)
        if not _is_loopback_name(name) and name.lower() not in self.server.config.extra_hosts:
            self.close_connection = True
            raise ApiError(403, "This server only answers requests addressed to localhost.", "host_not_allowed")

    def _read_json(self) -> dict:
        if self.headers.get("Transfer-Encoding"):
            raise ApiError(411, "Send the body with a Content-Length header.", "length_required")
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            raise ApiError(411, "Send the body with a Content-Length header.", "length_required") from None
        if length < 0:
            # read(-1) would wait for the client to close the connection: refuse instead.
            self.close_connection = True
            raise ApiError(400, "Content-Length must not be negative.", "invalid_request")
        if length > self.server.config.max_body_bytes:
            limit = self.server.config.max_body_bytes / (1024 * 1024)
            raise ApiError(413, f"The request body is larger than {limit:g} MB.", "request_too_large")
        # A web page can POST text/plain to any address without asking (no CORS preflight); insisting on
        # JSON forces the preflight, which this server never grants.
        kind = self.headers.get_content_type()  # "text/plain" when the header is missing
        if kind != "application/json" and not (kind.startswith("application/") and kind.endswith("+json")):
            self.close_connection = True
            raise ApiError(415, "Send the body as Content-Type: application/json.", "unsupported_media_type")
        self.read_deadline = time.monotonic() + max(MIN_BODY_S, length / MIN_BODY_RATE)
        try:
            data = self.rfile.read(length)
        except TimeoutError:
            self.close_connection = True
            raise ApiError(408, "The request body did not arrive in time.", "request_timeout") from None
        finally:
            self.read_deadline = None
        if len(data) < length:
            self.close_connection = True
            raise ApiError(400, "The request body is shorter than its Content-Length.", "invalid_request")
        return parse_body(data)

    def _handle(self, route) -> None:
        self._response_started = False  # once a 200 stream began, an error can no longer be a status
        self.read_deadline = None  # the headers are in; the body gets its own deadline
        self.server.awaiting_headers(self.connection, False)
        try:
            self._check_key()
            self._check_host()
            route()
        except ApiError as err:
            if err.status in (401, 408, 411, 413):
                self.close_connection = True  # the body was not read: the connection cannot be reused
            self._send_error(err)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        except Exception:  # noqa: BLE001 - a bug must still get an answer, and a log line, not a silent hang-up
            log.exception("unexpected error while handling %s", printable(self.path))
            self.close_connection = True
            if not self._response_started:
                try:
                    self._send_error(ApiError(500, "Internal server error; see the server log.", "internal_error"))
                except OSError:
                    pass

    # -- routes -----------------------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802 - stdlib hook
        routes = {"/v1/models": self._models, "/health": self._health}
        self._handle(routes.get(self.path.split("?")[0].rstrip("/"), self._not_found))

    def do_POST(self) -> None:  # noqa: N802 - stdlib hook
        routes = {"/v1/chat/completions": self._chat}
        self._handle(routes.get(self.path.split("?")[0].rstrip("/"), self._not_found))

    def _not_found(self) -> None:
        self.close_connection = True
        raise ApiError(404, f"No route {printable(self.path)[:200]}.", "not_found")

    def _health(self) -> None:
        self._send_json(200, {"status": self.server.worker.state})

    def _models(self) -> None:
        config = self.server.config
        self._send_json(200, protocol.models_list(config.model_id, config.created))

    def _chat(self) -> None:
        body = self._read_json()
        if not isinstance(body.get("stream_options") or {}, dict):
            raise ApiError(400, "stream_options must be an object.", "invalid_request", param="stream_options")
        if body.get("stream") not in (None, True, False):
            raise ApiError(400, "stream must be true or false.", "invalid_request", param="stream")
        worker, config = self.server.worker, self.server.config
        worker.check_ready()
        pending = parse_chat_request(
            body,
            config.image_policy,
            worker.runtime.info.default_max_tiles,
            max_text_chars=config.max_text_chars,
            lookup_tokens=config.lookup_tokens,
        )
        with worker.admit() as admission:  # 429 before any image is decoded
            request = pending.decode()
            if body.get("stream"):
                self._stream(admission.submit(request, on_text=(chunks := queue.Queue()).put), chunks, body)
            else:
                self._complete(admission.submit(request))

    def _wait(self, job) -> None:
        """Block until the job is done, cancelling it if the client goes away meanwhile."""
        while not job.done.wait(_POLL_S):
            if not job.cancel.cancelled and client_gone(self.connection):
                job.cancel.cancel()

    def _complete(self, job) -> None:
        self._wait(job)
        result = self._result_or_raise(job)
        if result is None:
            self.close_connection = True
            return
        s = result.stats
        self._send_json(
            200,
            protocol.completion(
                protocol.completion_id(),
                self.server.config.model_id,
                result.text,
                protocol.finish_reason(result.finish_reason),
                s.prompt_tokens,
                s.new_tokens,
            ),
        )

    def _result_or_raise(self, job):
        """The job's result; None when the client left; ApiError for errors worth telling the client."""
        if job.cancel.cancelled or isinstance(job.error, GenerationCancelled):
            return None
        if job.error is None:
            return job.result
        if isinstance(job.error, (InvalidRequestError, MediaError)):
            raise ApiError(400, str(job.error), "invalid_request")
        if isinstance(job.error, DesktopVlmError):
            raise ApiError(500, str(job.error), "model_error")
        raise ApiError(500, "Internal error while generating; see the server log.", "internal_error")

    def _stream(self, job, chunks: queue.Queue, body: dict) -> None:
        cid, model = protocol.completion_id(), self.server.config.model_id
        while not job.started.wait(_POLL_S):  # queued: nothing sent yet, so a 429-style error is still possible
            if client_gone(self.connection):
                job.cancel.cancel()
                self.close_connection = True
                return
        self.close_connection = True  # the stream ends when the connection closes
        self._response_started = True
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        try:
            self.wfile.write(protocol.sse(protocol.chunk(cid, model, {"role": "assistant", "content": ""})))
            self.wfile.flush()
            written = time.monotonic()
            while True:
                try:
                    text = chunks.get(timeout=_POLL_S)
                except queue.Empty:
                    text = None
                    if job.done.is_set() and chunks.empty():
                        break
                # Checked on every chunk too: a half-closed peer still accepts writes for a while,
                # so a failed write alone would notice the disconnect late.
                if client_gone(self.connection):
                    raise BrokenPipeError
                if text is None:
                    if time.monotonic() - written >= KEEPALIVE_S:
                        self.wfile.write(KEEPALIVE)
                        self.wfile.flush()
                        written = time.monotonic()
                    continue
                self.wfile.write(protocol.sse(protocol.chunk(cid, model, {"content": text})))
                self.wfile.flush()
                written = time.monotonic()
            self._stream_end(job, cid, model, body)
        except (BrokenPipeError, ConnectionResetError):
            job.cancel.cancel()  # nobody is reading: stop spending the GPU on it

    def _stream_end(self, job, cid: str, model: str, body: dict) -> None:
        try:
            result = self._result_or_raise(job)
        except ApiError as err:
            self.wfile.write(protocol.sse(err.body()))
            self.wfile.write(protocol.sse("[DONE]"))
            return
        if result is None:
            return
        usage = None
        if (body.get("stream_options") or {}).get("include_usage"):
            s = result.stats
            usage = {
                "prompt_tokens": s.prompt_tokens,
                "completion_tokens": s.new_tokens,
                "total_tokens": s.prompt_tokens + s.new_tokens,
            }
        final = protocol.chunk(cid, model, {}, protocol.finish_reason(result.finish_reason), usage=usage)
        self.wfile.write(protocol.sse(final))
        self.wfile.write(protocol.sse("[DONE]"))
        self.wfile.flush()
