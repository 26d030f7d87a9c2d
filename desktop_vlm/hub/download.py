"""One file: resumable (HTTP Range from the bytes on disk), retried with back-off, rate-limited,
pausable, and verified against the hub's checksum before it counts as downloaded."""

from __future__ import annotations

import hashlib
import threading
import time
from pathlib import Path
from typing import Callable

import httpx

from .client import HubClient, RemoteFile, check_status
from .errors import DownloadCancelled, HubError, VerificationError

CHUNK = 1 << 20
RETRIES = 6


class DownloadControl:
    """Shared by the UI and the download threads: ``pause()`` keeps the bytes on disk, ``cancel()`` also
    makes the manager delete them. Both stop at the next chunk."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self.cancelled = False

    def pause(self) -> None:
        self._stop.set()

    def cancel(self) -> None:
        self.cancelled = True
        self._stop.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()


class RateLimiter:
    """Token bucket over all files of a download (bytes per second; 0 = unlimited)."""

    def __init__(self, bytes_per_s: float):
        self.rate = bytes_per_s
        self._lock = threading.Lock()
        self._next = time.monotonic()

    def take(self, n: int) -> None:
        if self.rate <= 0:
            return
        with self._lock:
            now = time.monotonic()
            self._next = max(self._next, now) + n / self.rate
            wait = self._next - now - 0.25  # allow a quarter second of burst
        if wait > 0:
            time.sleep(wait)


def file_digest(path: Path, algorithm: str = "sha256", prefix: bytes = b"") -> str:
    h = hashlib.new(algorithm)
    h.update(prefix)
    with open(path, "rb") as fh:
        while block := fh.read(CHUNK):
            h.update(block)
    return h.hexdigest()


def verify(path: Path, remote: RemoteFile, sha256: str | None = None) -> None:
    """sha256 for LFS files (``sha256`` when already computed while downloading), the git blob id for
    small ones; size always."""
    size = path.stat().st_size
    if size != remote.size:
        raise VerificationError(f"{remote.path} has {size} bytes, the hub says {remote.size}.")
    if remote.sha256 and (sha256 or file_digest(path)) != remote.sha256:
        raise VerificationError(f"{remote.path} does not match its published sha256.")
    if not remote.sha256 and remote.git_oid and file_digest(path, "sha1", f"blob {size}\0".encode()) != remote.git_oid:
        raise VerificationError(f"{remote.path} does not match its published checksum.")


def download_file(client: HubClient, repo: str, commit: str, remote: RemoteFile, dest: Path, *,
                  control: DownloadControl, limiter: RateLimiter, on_bytes: Callable[[int], None]) -> None:  # fmt: skip
    """Download ``remote`` to ``dest`` (resuming ``dest.part``), verify it, then rename it into place."""
    part = dest.with_name(dest.name + ".part")
    dest.parent.mkdir(parents=True, exist_ok=True)
    for attempt in range(2):  # a corrupt file is fetched once more from scratch
        digest = _fetch(client, repo, commit, remote, part, control, limiter, on_bytes)
        try:
            verify(part, remote, digest)
        except VerificationError:
            on_bytes(-part.stat().st_size)
            part.unlink()
            if attempt:
                raise
            continue
        part.replace(dest)
        return


def _fetch(client, repo, commit, remote, part: Path, control, limiter, on_bytes) -> str:
    """Bring ``part`` to the remote size; returns its sha256, hashed as the bytes arrive (the bytes
    already on disk are hashed once at the start) so verification needs no second pass over the file."""
    url = client.file_url(repo, commit, remote.path)
    delay = 0.5
    for attempt in range(RETRIES + 1):
        have = part.stat().st_size if part.exists() else 0
        if have > remote.size:  # a stale partial file of another version
            part.unlink()
            on_bytes(-have)
            have = 0
        hasher = hashlib.sha256()
        if have:
            with open(part, "rb") as fh:
                while block := fh.read(CHUNK):
                    hasher.update(block)
        if have == remote.size:
            return hasher.hexdigest()
        headers = {"Range": f"bytes={have}-"} if have else {}
        try:
            with client.http.stream("GET", url, headers=headers) as response:
                check_status(response, repo)
                if have and response.status_code != 206:  # the server ignored Range: start over
                    on_bytes(-have)
                    have, hasher = 0, hashlib.sha256()
                with open(part, "ab" if have else "wb") as fh:
                    for block in response.iter_bytes():  # as received: a drop loses nothing already read
                        if control.stopped:
                            raise DownloadCancelled()
                        limiter.take(len(block))
                        fh.write(block)
                        hasher.update(block)
                        on_bytes(len(block))
            if part.stat().st_size >= remote.size:
                return hasher.hexdigest()
        except (httpx.TransportError, httpx.StreamError):
            pass  # dropped or stalled: retry from the bytes now on disk
        except OSError as err:
            import errno

            if err.errno == errno.ENOSPC:
                from .errors import DiskSpaceError

                raise DiskSpaceError("The disk filled up during the download; the bytes so far are kept.",
                                     hint="Free some space and resume.") from None  # fmt: skip
            raise
        if attempt == RETRIES:
            break
        if control.stopped:
            raise DownloadCancelled()
        time.sleep(delay)
        delay = min(delay * 2, 8.0)
    raise HubError(f"Downloading {remote.path} kept failing; the bytes so far are kept.", hint="Resume later.")
