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

from dataclasses import dataclass
from urllib.parse import quote

import httpx

from .errors import HubError, OfflineError

CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 30.0  # a response silent this long is a stall: the download retries from where it was

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
        try:
            response = self.http.get(url, **kwargs)
        except httpx.TransportError as err:
            if isinstance(err, (httpx.ConnectError, httpx.ConnectTimeout, httpx.ProxyError)):
                _offline.add(self._offline_key)  # a slow read is not "offline"; a failed connect is
            raise OfflineError(f"Cannot reach the model hub at {self.endpoint} ({type(err).__name__}).",
                               hint="Check the network, proxy and hub endpoint in settings.") from None  # fmt: skip
        check_status(response, repo)
        return response

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
    raise HubError(f"The hub answered {code} for {repo}.", hint="Try again later.")
