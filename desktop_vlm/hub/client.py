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
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import quote

import httpx

from .errors import HubError, OfflineError

CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 30.0  # a response silent this long is a stall: the download retries from where it was
API_RETRIES = 3  # a metadata call answered 408/429/5xx, or silent too long, is tried again this often
TRANSIENT = frozenset({408, 425, 429, 500, 502, 503, 504})

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
    def __init__(self, endpoint: str, *, token: str | None = None, proxy: str | None = None,
                 read_timeout: float | None = None):  # fmt: skip
        read_timeout = READ_TIMEOUT_S if read_timeout is None else read_timeout
        self.endpoint = endpoint.rstrip("/")
        self._offline_key = (self.endpoint, proxy or "")
        headers = {"User-Agent": "desktop-vlm"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self.http = httpx.Client(headers=headers, follow_redirects=True, proxy=proxy or None, trust_env=not proxy,
                                 timeout=httpx.Timeout(read_timeout, connect=CONNECT_TIMEOUT_S))  # fmt: skip

    def close(self) -> None:
        self.http.close()

    def _get(self, url: str, repo: str, **kwargs) -> httpx.Response:
        if self._offline_key in _offline:
            raise OfflineError(f"Cannot reach the model hub at {self.endpoint} (offline since an earlier try).",
                               hint="Check the network, proxy and hub endpoint in settings, then retry.")  # fmt: skip
        delay = 0.5
        for attempt in range(API_RETRIES + 1):
            last = attempt == API_RETRIES
            try:
                response = self.http.get(url, **kwargs)
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.ProxyError) as err:
                _offline.add(self._offline_key)  # a failed connect is "offline": no more waiting this session
                raise OfflineError(f"Cannot reach the model hub at {self.endpoint} ({type(err).__name__}).",
                                   hint="Check the network, proxy and hub endpoint in settings.") from None  # fmt: skip
            except httpx.TransportError as err:  # connected, then dropped or silent: the hub is there, retry
                if last:
                    raise OfflineError(f"The model hub at {self.endpoint} stopped answering ({type(err).__name__}).",
                                       hint="Try again later.") from None  # fmt: skip
            else:
                if response.status_code not in TRANSIENT or last:
                    check_status(response, repo)
                    return response
                delay = max(delay, retry_after_s(response))
            time.sleep(delay)
            delay = min(delay * 2, 8.0)
        raise AssertionError("unreachable")

    def commit(self, repo: str, revision: str) -> str:
        data = self._get(f"{self.endpoint}/api/models/{repo}/revision/{quote(revision, safe='')}", repo).json()
        sha = data.get("sha") if isinstance(data, dict) else None
        if not isinstance(sha, str) or not sha:
            raise HubError(f"The hub's answer for {repo}@{revision} has no commit sha.")
        return sha

    def files(self, repo: str, commit: str) -> list[RemoteFile]:
        """Every file of the commit; the listing may come in pages linked by ``Link: <…>; rel="next"``."""
        url: str | None = f"{self.endpoint}/api/models/{repo}/tree/{commit}"
        params: dict | None = {"recursive": "true"}
        items: list = []
        while url:
            response = self._get(url, repo, params=params)
            data = response.json()
            if not isinstance(data, list):
                raise HubError(f"The hub's file list for {repo} is malformed.")
            items.extend(data)
            nxt = response.links.get("next", {}).get("url")
            url, params = (str(response.url.join(nxt)), None) if nxt else (None, None)  # the link keeps its query
        out = []
        for item in items:
            if item.get("type") != "file":
                continue
            lfs = item.get("lfs") or {}
            out.append(RemoteFile(item["path"], int(lfs.get("size", item.get("size", 0))), lfs.get("oid"),
                                  None if lfs else item.get("oid")))  # fmt: skip
        return out

    def file_url(self, repo: str, commit: str, path: str) -> str:
        return f"{self.endpoint}/{repo}/resolve/{commit}/{quote(path)}"

    def fetch_small(self, repo: str, commit: str, path: str) -> bytes:
        return self._get(self.file_url(repo, commit, path), repo).content


def retry_after_s(response: httpx.Response) -> float:
    """The server's ``Retry-After`` in seconds (capped at a minute; 0 when absent or a date)."""
    try:
        return min(60.0, max(0.0, float(response.headers.get("Retry-After", 0))))
    except ValueError:
        return 0.0


def check_status(response: httpx.Response, repo: str) -> None:
    code = response.status_code
    if code in (200, 206):
        return
    if code in (401, 403):
        raise HubError(f"{repo} is gated or private: the hub refused access ({code}).",
                       hint="Accept its license on the hub and set an access token: desktop-vlm models token.")  # fmt: skip
    if code == 404:
        raise HubError(f"No model or revision called {repo} on this hub (404).")
    if code == 416:
        raise HubError(f"The hub refused the resume range for a file of {repo} (416).")
    if code == 429:
        raise HubError(f"The hub is limiting requests for {repo} (429).", hint="Wait a few minutes and resume.")
    raise HubError(f"The hub answered {code} for {repo}.", hint="Try again later.")
