"""RemoteRuntime: the Runtime protocol against an OpenAI-compatible server (LMDeploy, vLLM,
``desktop-vlm serve``).

The answer streams over server-sent events. Stop is prompt even while the server is silent (a long
prefill): a small watcher thread shuts the socket down as soon as the CancelToken fires, which both
unblocks our read and tells the server to stop generating.
"""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

from ..core.errors import DesktopVlmError, InvalidRequestError
from ..core.messages import Message
from ..core.types import GenerationResult, GenerationStats
from ..runtime.api import CancelToken, ChatRequest, ModelInfo, ProgressCallback, TextCallback
from .wire import build_body, iter_sse, parse_completion

_CANCEL_POLL_S = 0.05


class RemoteError(DesktopVlmError):
    """The remote server could not be reached, refused us, or answered something we cannot read."""


def check_base_url(base_url: str):
    """The parts of ``base_url`` (``urlsplit``), or InvalidRequestError saying what is wrong with it."""
    parts = urlsplit(base_url.strip().rstrip("/"))
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidRequestError(
            Message("Remote URL must start with http:// or https:// (got {url!r}).", url=base_url)
        )
    try:
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number in range
    except ValueError:
        raise InvalidRequestError(Message("Remote URL has an invalid port (got {url!r}).", url=base_url)) from None
    return parts


class RemoteRuntime:
    """A model served elsewhere, used like a local runtime.

    Parameters
    ----------
    base_url : str
        ``http(s)://host:port`` or ``…/v1``.
    model : str
        The model name the server knows.
    api_key : str, optional
        Sent as ``Authorization: Bearer``; never logged or shown in ``repr``.
    timeout_s : float
        Longest silence tolerated from the server while it works (prefill of many tiles is slow).
    tile_hints : bool
        Send LMDeploy's per-image ``max_dynamic_patch`` with each image.
    """

    def __init__(
        self,
        base_url: str,
        model: str,
        *,
        api_key: str | None = None,
        timeout_s: float = 300.0,
        connect_timeout_s: float = 10.0,
        context_length: int = 32768,
        tile_hints: bool = True,
    ) -> None:
        parts = check_base_url(base_url)
        self.base_url = base_url.rstrip("/")
        self._scheme, self._port = parts.scheme, parts.port
        self._host: str = parts.hostname or ""  # check_base_url refuses a URL without a host
        path = parts.path.rstrip("/")
        self._prefix = path if path.endswith("/v1") else path + "/v1"
        self.model = model
        self.__api_key = api_key  # name-mangled: harder to dump by accident
        self.timeout_s, self.connect_timeout_s, self.tile_hints = timeout_s, connect_timeout_s, tile_hints
        self.info = ModelInfo(
            name=model,
            family="remote",
            template="remote",
            device=parts.netloc,
            dtype="remote",
            tile_size=448,
            tokens_per_tile=256,
            context_length=context_length,
        )

    def __repr__(self) -> str:
        return f"RemoteRuntime({self.base_url!r}, {self.model!r}, api_key={'***' if self.__api_key else None})"

    # -- HTTP -------------------------------------------------------------------------------------
    def _connect(self) -> http.client.HTTPConnection:
        cls = http.client.HTTPSConnection if self._scheme == "https" else http.client.HTTPConnection
        conn = cls(self._host, self._port, timeout=self.connect_timeout_s)
        try:
            conn.connect()
        except (OSError, http.client.HTTPException) as err:
            reason = getattr(err, "strerror", None) or str(err) or type(err).__name__
            raise RemoteError(
                Message("Cannot reach the model server at {url} ({reason}).", url=self.base_url, reason=reason),
                hint=Message("Is it running, and is the address right?"),
            ) from None
        conn.sock.settimeout(self.timeout_s)
        return conn

    def _headers(self) -> dict:
        headers = {"Content-Type": "application/json", "Accept": "text/event-stream"}
        if self.__api_key:
            headers["Authorization"] = f"Bearer {self.__api_key}"
        return headers

    def _check_status(self, resp: http.client.HTTPResponse) -> None:
        if resp.status == 200:
            return
        raw = resp.read(65536)
        try:
            message = json.loads(raw)["error"]["message"]
        except (ValueError, KeyError, TypeError):
            message = raw.decode("utf-8", "replace").strip()[:200] or resp.reason
        url, status = self.base_url, resp.status
        if status in (401, 403):
            raise RemoteError(
                Message("The model server at {url} refused the API key (HTTP {status}).", url=url, status=status),
                hint=Message("Check the key variable, or the server's key setting."),
            )
        if status in (400, 413, 422):
            raise InvalidRequestError(
                Message("The model server at {url} refused the request: {reason}", url=url, reason=message)
            )
        if status in (429, 503):
            raise RemoteError(
                Message(
                    "The model server at {url} is busy or not ready (HTTP {status}): {reason}",
                    url=url,
                    status=status,
                    reason=message,
                ),
                hint=Message("Try again shortly."),
            )
        if status == 404:
            raise RemoteError(
                Message(
                    "The model server at {url} has no chat-completions endpoint or no model {model!r}: {reason}",
                    url=url,
                    model=self.model,
                    reason=message,
                )
            )
        raise RemoteError(
            Message(
                "The model server at {url} answered HTTP {status}: {reason}", url=url, status=status, reason=message
            )
        )

    def list_models(self) -> list[str]:
        """Model ids from ``GET /v1/models`` (a connection test for the settings page)."""
        conn = self._connect()
        try:
            conn.request("GET", self._prefix + "/models", headers=self._headers())
            resp = conn.getresponse()
            self._check_status(resp)
            return [m["id"] for m in json.loads(resp.read())["data"]]
        except (ValueError, KeyError, TypeError):
            raise RemoteError(
                Message("The server at {url} did not answer /v1/models in the OpenAI format.", url=self.base_url)
            ) from None
        except OSError as err:
            raise RemoteError(
                Message("Lost the connection to {url} ({reason}).", url=self.base_url, reason=str(err))
            ) from None
        finally:
            conn.close()

    # -- Runtime protocol -------------------------------------------------------------------------
    def generate(
        self,
        request: ChatRequest,
        on_text: TextCallback | None = None,
        cancel: CancelToken | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> GenerationResult:
        """Stream the answer from the server; on cancel, close the connection and return the partial text.
        ``on_progress`` hears nothing: the OpenAI protocol does not say how far a server is with a prompt."""
        body = json.dumps(build_body(request, self.model, tile_hints=self.tile_hints)).encode("utf-8")
        cancel = cancel or CancelToken()
        start = time.perf_counter()
        conn = self._connect()
        finished = threading.Event()
        # Keep the socket itself: http.client hands it to the response and forgets it (conn.sock = None)
        # when the server says "Connection: close".
        watcher = threading.Thread(target=self._watch, args=(conn.sock, cancel, finished), daemon=True)
        watcher.start()
        out: list[str] = []
        first_token_s, finish, usage = 0.0, None, None
        resp = None
        try:
            conn.request("POST", self._prefix + "/chat/completions", body=body, headers=self._headers())
            resp = conn.getresponse()
            self._check_status(resp)
            if (resp.getheader("Content-Type") or "").startswith("application/json"):
                events: Iterator = iter(())  # the whole answer at once, not a stream
                text, finish, usage = parse_completion(json.loads(resp.read()))
                first_token_s = time.perf_counter() - start
                out.append(text)
                if on_text is not None and text:
                    on_text(text)
            else:
                events = iter_sse(resp.readline)
            for event in events:
                if event == "[DONE]" or cancel.cancelled:
                    break
                usage = event.get("usage") or usage
                for choice in event.get("choices") or []:
                    text = (choice.get("delta") or {}).get("content") or ""
                    if text:
                        first_token_s = first_token_s or time.perf_counter() - start
                        out.append(text)
                        if on_text is not None:
                            on_text(text)
                    finish = choice.get("finish_reason") or finish
                if "error" in event:
                    raise RemoteError(
                        Message(
                            "The model server failed mid-answer: {reason}",
                            reason=event["error"].get("message", event),
                        )
                    )
        except (ValueError, AttributeError, TypeError, KeyError, IndexError):
            if not cancel.cancelled:
                raise RemoteError(
                    Message("The server at {url} sent a response that is not OpenAI-compatible.", url=self.base_url)
                ) from None
        except (OSError, http.client.HTTPException) as err:
            if not cancel.cancelled:
                raise RemoteError(
                    Message("Lost the connection to {url} mid-answer ({reason}).", url=self.base_url, reason=str(err))
                ) from None
        finally:
            finished.set()
            if resp is not None:
                resp.close()  # the response holds its own reference to the socket
            conn.close()
        if cancel.cancelled:
            finish = "cancelled"
        elif finish is None:
            raise RemoteError(
                Message("The server at {url} closed the stream before the answer ended.", url=self.base_url)
            )
        total = time.perf_counter() - start
        stats = GenerationStats(
            total_s=total,
            decode_s=total - first_token_s,
            time_to_first_token_s=first_token_s,
            prompt_tokens=int((usage or {}).get("prompt_tokens") or 0),
            new_tokens=int((usage or {}).get("completion_tokens") or len(out)),
        )
        reason = finish if finish in ("cancelled", "length") else "stop"
        return GenerationResult("".join(out), [], [], reason, stats)

    @staticmethod
    def _watch(sock: socket.socket, cancel: CancelToken, finished: threading.Event) -> None:
        # CancelToken has no callback hook, so poll it; 50 ms is far below what a person notices.
        while not finished.wait(_CANCEL_POLL_S):
            if cancel.cancelled:
                try:
                    sock.shutdown(socket.SHUT_RDWR)  # unblocks our read, and the server sees us leave
                except OSError:
                    pass
                return

    def count_prompt_tokens(self, request: ChatRequest) -> int:
        """An estimate (the server tokenizes): ~4 characters a token, 256 tokens a tile, tiles at the cap."""
        words = sum(len(t.question) + len(t.answer) for t in request.history) + len(request.question)
        tiles = sum((v.max_tiles or request.tiles.max_tiles) + 1 for v in request.visuals)
        return words // 4 + 256 * tiles

    def place_weights(self, budget_bytes: int) -> bool:
        return True  # the server holds the weights

    def reset_cache(self) -> None:
        pass

    def close(self) -> None:
        pass
