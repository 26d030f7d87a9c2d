"""A thin client of the model hub's HTTP protocol (the endpoints huggingface_hub itself calls).

Why not huggingface_hub's downloader: it resumes a partial file only within one call — after the process
is killed the next run starts from byte 0 — and it verifies nothing we can report per file. We need
resume from the bytes on disk across restarts, our own sha256 verification, bandwidth limits and pause,
so we speak the protocol directly with httpx (streaming, proxies, separate connect and read time-outs):
- ``GET /api/models/{repo}/revision/{rev}``: the commit sha;
- ``GET /api/models/{repo}/tree/{sha}?recursive=true``: files with size, git oid and LFS sha256;
- ``GET /{repo}/resolve/{sha}/{path}``: the bytes (redirects followed, ``Range`` honoured).

Offline: the connect time-out is short, and one failed connect marks the (endpoint, proxy) pair offline
for the rest of the process, so every later call fails at once instead of waiting again;
:func:`forget_offline` (a "Retry" button, a changed endpoint) lets the next call try the network again.

The hub's own rules: a 429 carrying ``RateLimit: "…";r=0;t=N`` (the hub's rate-limit header, an IETF
draft) or ``Retry-After`` is retried after the wait it asks for, shown through ``on_wait`` and cut short by
a pause; one wait may not exceed :data:`MAX_WAIT_S` and all of them :data:`WAIT_BUDGET_S`, beyond which the
call fails with a message instead of waiting longer. Every answer is read under a byte cap, so a hostile
endpoint cannot fill memory, and an endpoint's credentials (``user:pass@``, query values) never appear in a
message.
"""

from __future__ import annotations

import json
import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

import httpx

from ..core.messages import Message
from .errors import DownloadCancelled, HubError, OfflineError

CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 30.0  # a response silent this long is a stall: the download retries from where it was
API_RETRIES = 3  # a metadata call answered 408/429/5xx, or silent too long, is tried again this often
TRANSIENT = frozenset({408, 425, 429, 500, 502, 503, 504})
MAX_WAIT_S = 330.0  # one wait the hub may ask for: its rate-limit windows are 5 minutes
WAIT_BUDGET_S = 900.0  # all the waits one metadata call, or one file, may spend
MAX_API_BYTES = 32 << 20  # a metadata answer (a commit, a page of the file list, config.json) is far smaller
MAX_LISTED_FILES = 100_000  # a model repository lists tens of files

_offline: set[tuple[str, str]] = set()  # (endpoint, proxy) pairs a connect failed for, this process


def is_offline(endpoint: str, proxy: str | None = None) -> bool:
    """Whether a connect to ``endpoint`` (through ``proxy``) already failed in this process."""
    return (endpoint.rstrip("/"), proxy or "") in _offline


def forget_offline(endpoint: str | None = None, proxy: str | None = None) -> None:
    """Let the next call try the network again (all endpoints when ``endpoint`` is None)."""
    if endpoint is None:
        _offline.clear()
    else:
        _offline.discard((endpoint.rstrip("/"), proxy or ""))


@dataclass(frozen=True)
class RemoteFile:
    path: str
    size: int
    sha256: str | None  # LFS files
    git_oid: str | None  # small files: git blob sha1


class HubClient:
    """Calls to one hub endpoint.

    ``on_wait(seconds)`` is told before each wait the hub asked for; ``sleep(seconds)`` waits and returns True
    when woken early by a pause (then the call raises DownloadCancelled). Defaults: no report, ``time.sleep``.
    """

    def __init__(
        self,
        endpoint: str,
        *,
        token: str | None = None,
        proxy: str | None = None,
        read_timeout: float | None = None,
        on_wait: Callable[[float], None] | None = None,
        sleep: Callable[[float], bool] | None = None,
    ):
        read_timeout = READ_TIMEOUT_S if read_timeout is None else read_timeout
        self.endpoint = endpoint.rstrip("/")
        self.shown = redact_url(self.endpoint)  # what messages name: never the endpoint's credentials
        self.on_wait = on_wait or (lambda seconds: None)
        self.sleep = sleep or _sleep
        self._offline_key = (self.endpoint, proxy or "")
        headers = {"User-Agent": "desktop-vlm"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self.http = httpx.Client(
            headers=headers,
            follow_redirects=True,
            proxy=proxy or None,
            trust_env=not proxy,
            timeout=httpx.Timeout(read_timeout, connect=CONNECT_TIMEOUT_S),
        )

    def close(self) -> None:
        self.http.close()

    def wait(self, seconds: float) -> None:
        """Report, then sleep ``seconds`` (a wait the hub asked for); raises DownloadCancelled when paused."""
        self.on_wait(seconds)
        if self.sleep(seconds):
            raise DownloadCancelled()

    def _get(
        self, url: str, repo: str, *, params: dict | None = None, max_bytes: int = MAX_API_BYTES
    ) -> tuple[httpx.Response, bytes]:
        """The answer (closed; headers and links still readable) and its body, read up to ``max_bytes``."""
        if self._offline_key in _offline:
            raise OfflineError(
                Message("Cannot reach the model hub at {url} (offline since an earlier try).", url=self.shown),
                hint=Message("Check the network, proxy and hub endpoint in settings, then retry."),
            )
        delay, attempt, budget = 0.5, 0, WaitBudget()
        while True:
            last = attempt == API_RETRIES
            asked, rate_limited = None, False
            try:
                with self.http.stream("GET", url, params=params) as response:
                    if response.status_code not in TRANSIENT or last:
                        check_status(response, repo)
                        what = Message("The hub's answer for {repo}", repo=repo)
                        return response, read_capped(response, max_bytes, what)
                    asked = requested_wait_s(response)
                    rate_limited = response.status_code == 429 and asked is not None
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.ProxyError) as err:
                _offline.add(self._offline_key)  # a failed connect is "offline": no more waiting this session
                raise OfflineError(
                    Message(
                        "Cannot reach the model hub at {url} ({error_type}).",
                        url=self.shown,
                        error_type=type(err).__name__,
                    ),
                    hint=Message("Check the network, proxy and hub endpoint in settings."),
                ) from None
            except httpx.TransportError as err:  # connected, then dropped or silent: the hub is there, retry
                if last:
                    raise OfflineError(
                        Message(
                            "The model hub at {url} stopped answering ({error_type}).",
                            url=self.shown,
                            error_type=type(err).__name__,
                        ),
                        hint=Message("Try again later."),
                    ) from None
            if rate_limited:  # the hub said how long: wait that (a second at least), without spending a retry
                wait = max(asked or 0.0, 1.0)
                budget.take(wait, repo)
                self.wait(wait)
                continue
            attempt += 1
            if asked:  # the server said how long (a 503's Retry-After): shown and pausable, as a rate limit
                self.wait(min(max(delay, asked), MAX_WAIT_S))
            elif self.sleep(delay):
                raise DownloadCancelled()
            delay = min(delay * 2, 8.0)

    def _json(self, url: str, repo: str, *, params: dict | None = None) -> tuple[httpx.Response, Any]:
        response, body = self._get(url, repo, params=params)
        try:
            return response, json.loads(body)
        except (ValueError, RecursionError):
            raise HubError(Message("The hub's answer for {repo} is not readable JSON.", repo=repo)) from None

    def commit(self, repo: str, revision: str) -> str:
        _, data = self._json(f"{self.endpoint}/api/models/{repo}/revision/{quote(revision, safe='')}", repo)
        sha = data.get("sha") if isinstance(data, dict) else None
        if not isinstance(sha, str) or not sha:
            raise HubError(
                Message("The hub's answer for {repo}@{revision} has no commit sha.", repo=repo, revision=revision)
            )
        return sha

    def files(self, repo: str, commit: str) -> list[RemoteFile]:
        """Every file of the commit; the listing may come in pages linked by ``Link: <…>; rel="next"``."""
        url: str | None = f"{self.endpoint}/api/models/{repo}/tree/{commit}"
        params: dict | None = {"recursive": "true"}
        items: list = []
        while url:
            response, data = self._json(url, repo, params=params)
            if not isinstance(data, list) or len(items) + len(data) > MAX_LISTED_FILES:
                raise HubError(Message("The hub's file list for {repo} is malformed.", repo=repo))
            items.extend(data)
            nxt = response.links.get("next", {}).get("url")
            url, params = (str(response.url.join(nxt)), None) if nxt else (None, None)  # the link keeps its query
        try:
            return [_remote_file(item) for item in items if isinstance(item, dict) and item.get("type") == "file"]
        except (KeyError, TypeError, ValueError):
            raise HubError(Message("The hub's file list for {repo} is malformed.", repo=repo)) from None

    def file_url(self, repo: str, commit: str, path: str) -> str:
        return f"{self.endpoint}/{repo}/resolve/{commit}/{quote(path)}"

    def fetch_small(self, repo: str, commit: str, path: str, max_bytes: int = MAX_API_BYTES) -> bytes:
        """A small file's bytes (config.json), refused beyond ``max_bytes``."""
        return self._get(self.file_url(repo, commit, path), repo, max_bytes=max_bytes)[1]


def _remote_file(item: dict) -> RemoteFile:
    """One file entry of the tree listing; a missing path or a size that is not a count raises."""
    lfs = item.get("lfs") or {}
    path, size = item["path"], lfs.get("size", item.get("size", 0)) if isinstance(lfs, dict) else None
    if not isinstance(path, str) or not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise ValueError(f"file entry {item!r}")
    sha256, oid = (lfs.get("oid"), None) if lfs else (None, item.get("oid"))
    return RemoteFile(path, size, sha256 if isinstance(sha256, str) else None, oid if isinstance(oid, str) else None)


def _sleep(seconds: float) -> bool:
    time.sleep(seconds)
    return False


class WaitBudget:
    """The waits the hub asks for, bounded: one at most :data:`MAX_WAIT_S`, all at most :data:`WAIT_BUDGET_S`.
    Past either, :meth:`take` raises HubError, so a hub that keeps refusing ends in a message, not a hang."""

    def __init__(self) -> None:
        self.spent = 0.0

    def take(self, seconds: float, repo: str) -> None:
        if seconds > MAX_WAIT_S or self.spent + seconds > WAIT_BUDGET_S:
            raise HubError(
                Message(
                    "The hub is limiting requests for {repo} and asks to wait {seconds:.0f} s more.",
                    repo=repo,
                    seconds=seconds,
                ),
                hint=Message("Try again later; a download resumes where it stopped."),
            )
        self.spent += seconds


def read_capped(response: httpx.Response, max_bytes: int, what: Message) -> bytes:
    """The body of ``response``, refused (HubError) as soon as it is announced or found to exceed ``max_bytes``.
    ``what`` names the body as the start of a sentence ("The hub's answer for …")."""
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise HubError(
            Message(
                "{what} is {size:,} bytes, more than the {limit:,} expected.",
                what=what,
                size=int(length),
                limit=max_bytes,
            )
        )
    body = bytearray()
    for block in response.iter_bytes():
        body += block
        if len(body) > max_bytes:
            raise HubError(
                Message("{what} is longer than the {limit:,} bytes expected; stopped.", what=what, limit=max_bytes)
            )
    return bytes(body)


_RATE_LIMIT = re.compile(r";\s*r\s*=\s*(\d+)\s*;\s*t\s*=\s*(\d+)")


def requested_wait_s(response: httpx.Response) -> float | None:
    """Seconds the server asks us to wait before the next try, or None when it does not say.

    ``RateLimit: "api";r=0;t=55`` — no request left (``r=0``) in this window, which resets in ``t`` seconds
    — is the hub's own answer on a 429; one second is added, as the reset is rounded. Else ``Retry-After``,
    in seconds or as an HTTP date.
    """
    if response.status_code == 429 and (m := _RATE_LIMIT.search(response.headers.get("RateLimit", ""))):
        if int(m.group(1)) == 0:
            return float(m.group(2)) + 1.0
    value = response.headers.get("Retry-After", "").strip()
    if not value:
        return None
    try:
        seconds = float(value)
        return None if math.isnan(seconds) else max(0.0, seconds)
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def redact_url(url: str) -> str:
    """``url`` fit to show: a ``user:password@`` part and every query value replaced by ``***``."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "(an unreadable address)"
    host = parts.netloc.rpartition("@")[2]
    netloc = f"***@{host}" if "@" in parts.netloc else host
    query = "&".join(f"{key}=***" for key, _ in parse_qsl(parts.query, keep_blank_values=True))
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def check_status(response: httpx.Response, repo: str) -> None:
    code = response.status_code
    if code in (200, 206):
        return
    if code in (401, 403):
        raise HubError(
            Message("{repo} is gated or private: the hub refused access ({status}).", repo=repo, status=code),
            hint=Message("Accept its license on the hub and set an access token: desktop-vlm models token."),
        )
    if code == 404:
        raise HubError(Message("No model or revision called {repo} on this hub (404).", repo=repo))
    if code == 416:
        raise HubError(Message("The hub refused the resume range for a file of {repo} (416).", repo=repo))
    if code == 429:
        raise HubError(
            Message("The hub is limiting requests for {repo} (429).", repo=repo),
            hint=Message("Wait a few minutes and resume."),
        )
    raise HubError(
        Message("The hub answered {status} for {repo}.", status=code, repo=repo), hint=Message("Try again later.")
    )
