"""One file: resumable (HTTP Range from the bytes on disk), retried with back-off, rate-limited,
pausable, and verified against the hub's checksum before it counts as downloaded.

Retries: a dropped or stalled connection, and a transient answer (408, 429, 5xx), are retried from the
bytes on disk. The retry budget counts attempts in a row that brought no new byte, so a flaky link that
drops every few hundred megabytes still finishes a multi-gigabyte file, while a dead one gives up after a
few minutes of back-off. A wait the hub asks for (its ``RateLimit`` header on a 429, or ``Retry-After``) is
waited in full, reported through ``on_wait``, and bounded per file (:class:`~.client.WaitBudget`).

Bytes: a file is never written past the size the listing gave. An answer announcing more
(``Content-Length``) is refused unread; a body that runs on past it (a lying mirror, an endless stream) is
cut off there, the bytes of that answer are dropped, and the download fails with a message.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import re
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from ..core.messages import Message
from .client import MAX_WAIT_S, TRANSIENT, HubClient, RemoteFile, WaitBudget, check_status, requested_wait_s
from .errors import DiskSpaceError, DownloadCancelled, HubError, VerificationError

CHUNK = 1 << 20
RETRIES = 6  # attempts in a row without a new byte before giving up
BACKOFF_S = 0.5  # first wait after a fruitless attempt; doubles up to MAX_BACKOFF_S
MAX_BACKOFF_S = 8.0


class DownloadControl:
    """Shared by the UI and the download threads: ``pause()`` keeps the bytes on disk, ``cancel()`` also
    makes the manager delete them. Both stop at the next chunk."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._aborters: set = set()  # close open connections, so a stalled read ends at once
        self.cancelled = False

    def pause(self) -> None:
        self._stop.set()
        with self._lock:
            aborters = list(self._aborters)
        for abort in aborters:
            abort()

    def cancel(self) -> None:
        self.cancelled = True
        self.pause()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; returns early (True) when paused or cancelled meanwhile."""
        return self._stop.wait(seconds)

    @contextlib.contextmanager
    def aborting(self, response: httpx.Response):
        """While inside, pause/cancel shut the response's socket down, so a read blocked on a silent server
        returns at once instead of after the stall time-out."""

        def abort() -> None:
            stream = response.extensions.get("network_stream")
            sock = stream.get_extra_info("socket") if stream is not None else None
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

        with self._lock:
            self._aborters.add(abort)
        try:
            if self.stopped:
                abort()
            yield
        finally:
            with self._lock:
                self._aborters.discard(abort)


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
        raise VerificationError(
            Message(
                "{file} has {size} bytes, the hub says {listed_size}.",
                file=remote.path,
                size=size,
                listed_size=remote.size,
            )
        )
    if remote.sha256 and (sha256 or file_digest(path)) != remote.sha256:
        raise VerificationError(Message("{file} does not match its published sha256.", file=remote.path))
    if not remote.sha256 and remote.git_oid and file_digest(path, "sha1", f"blob {size}\0".encode()) != remote.git_oid:
        raise VerificationError(Message("{file} does not match its published checksum.", file=remote.path))


def download_file(
    client: HubClient,
    repo: str,
    commit: str,
    remote: RemoteFile,
    dest: Path,
    *,
    control: DownloadControl,
    limiter: RateLimiter,
    on_bytes: Callable[[int], None],
    on_wait: Callable[[float], None] = lambda seconds: None,
) -> None:
    """Download ``remote`` to ``dest`` (resuming ``dest.part``), verify it, then rename it into place.
    ``on_wait(seconds)`` is told before each wait the hub asked for."""
    part = dest.with_name(dest.name + ".part")
    dest.parent.mkdir(parents=True, exist_ok=True)
    for attempt in range(2):  # a corrupt file is fetched once more from scratch
        digest = _fetch(client, repo, commit, remote, part, control, limiter, on_bytes, on_wait)
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


class _Transient(Exception):
    def __init__(self, code: int, asked_s: float | None):
        super().__init__(code)
        self.code, self.asked_s = code, asked_s  # asked_s: the wait the server asked for, if it said


def _excess(remote: RemoteFile) -> HubError:
    return HubError(
        Message(
            "The server sent more than the {size:,} bytes the hub lists for {file}; the download was stopped there "
            "and those bytes dropped.",
            size=remote.size,
            file=remote.path,
        ),
        hint=Message("The mirror is broken or not trustworthy; try again later or use another endpoint."),
    )


def _refuse_announced_excess(response: httpx.Response, room: int, remote: RemoteFile) -> None:
    """Refuse, before reading a byte, an answer whose ``Content-Length`` exceeds what the file can still need."""
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > room:
        raise _excess(remote)


def _range_start(response: httpx.Response) -> int | None:
    m = re.match(r"bytes (\d+)-", response.headers.get("Content-Range", ""))
    return int(m.group(1)) if m else None


def _fetch(client, repo, commit, remote, part: Path, control, limiter, on_bytes, on_wait) -> str:
    """Bring ``part`` to the remote size; returns its sha256, hashed as the bytes arrive (the bytes
    already on disk are hashed once at the start) so verification needs no second pass over the file."""
    url = client.file_url(repo, commit, remote.path)
    delay, fruitless, budget = BACKOFF_S, 0, WaitBudget()
    while True:
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
        got, wait = 0, 0.0
        try:
            with client.http.stream("GET", url, headers=headers) as response:
                if response.status_code in TRANSIENT:
                    raise _Transient(response.status_code, requested_wait_s(response))
                check_status(response, repo)
                if have and response.status_code == 206 and _range_start(response) != have:
                    part.unlink()  # a part from the wrong offset: never append it; ask for the whole file
                    on_bytes(-have)
                    continue
                if have and response.status_code != 206:
                    on_bytes(-have)  # the server ignored Range and sends the whole file: start over
                    have, hasher = 0, hashlib.sha256()
                room = remote.size - have  # bytes this answer may bring
                _refuse_announced_excess(response, room, remote)
                with open(part, "ab" if have else "wb") as fh, control.aborting(response):
                    for block in response.iter_bytes():  # as received: a drop loses nothing already read
                        if control.stopped:
                            raise DownloadCancelled()
                        if got + len(block) > room:
                            fh.truncate(have)  # what this answer sent is not the listed file
                            on_bytes(-got)
                            raise _excess(remote)
                        limiter.take(len(block))
                        fh.write(block)
                        hasher.update(block)
                        got += len(block)
                        on_bytes(len(block))
            if part.stat().st_size >= remote.size:
                return hasher.hexdigest()
        except (httpx.TransportError, httpx.StreamError):
            pass  # dropped or stalled (or aborted by a pause): retry from the bytes now on disk
        except _Transient as err:
            if err.code == 429 and err.asked_s is not None:  # rate-limited for a said time: wait it, not a failure
                wait = max(err.asked_s, 1.0)  # at least a second, so the budget always runs out
                budget.take(wait, repo)
                on_wait(wait)
                if control.wait(wait):
                    raise DownloadCancelled() from None
                continue
            wait = err.asked_s or 0.0
        except OSError as err:
            if err.errno == errno.ENOSPC:
                raise DiskSpaceError(
                    Message("The disk filled up during the download; the bytes so far are kept."),
                    hint=Message("Free some space and resume."),
                ) from None
            raise
        if control.stopped:
            raise DownloadCancelled()
        if got:  # the link works, it just dropped: reconnect at once, with a fresh budget
            delay, fruitless = BACKOFF_S, 0
            continue
        fruitless += 1
        if fruitless > RETRIES:
            break
        if control.wait(min(max(delay, wait), MAX_WAIT_S)):
            raise DownloadCancelled()
        delay = min(delay * 2, MAX_BACKOFF_S)
    raise HubError(
        Message("Downloading {file} kept failing; the bytes so far are kept.", file=remote.path),
        hint=Message("Resume later."),
    )
