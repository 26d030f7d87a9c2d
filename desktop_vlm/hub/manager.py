"""Pulling a whole model: plan (commit, files, space), download files concurrently with progress,
verify, finalise atomically. Sync for the CLI, ``pull_async`` for the app's asyncio (qasync) loop."""

from __future__ import annotations

import asyncio
import collections
import json
import os
import shutil
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ..config.settings import HubSettings
from ..core.errors import CheckpointError
from ..core.formats import PICKLE_WEIGHT_SUFFIXES, gguf_error, gguf_names, is_code_file
from ..core.messages import Message
from ..runtime.registry import detect_format
from .client import HubClient, RemoteFile
from .diskspace import check_space
from .download import DownloadControl, RateLimiter, download_file, verify
from .errors import DownloadCancelled, HubError, VerificationError
from .store import ModelStore, checksum_key


@dataclass(frozen=True)
class DownloadProgress:
    """A progress event; ``state`` is "planning" | "downloading" | "waiting" | "verifying" | "done" | "paused" |
    "cancelled". "waiting": the hub limits requests and asked for a pause of ``eta_s`` seconds, said in
    ``message``; the download goes on by itself afterwards."""

    model_id: str
    state: str
    file: str = ""
    done_bytes: int = 0
    total_bytes: int = 0
    speed_bps: float = 0.0
    eta_s: float | None = None
    file_done_bytes: int = 0
    file_total_bytes: int = 0
    message: str = ""


def select_files(files: list[RemoteFile]) -> list[RemoteFile]:
    """Everything a checkpoint needs, nothing that could run: no ``.py`` files (``conversation.py`` aside, which
    is only ever read as text), and no pickle weights when safetensors exist. A repo with pickle weights only is
    refused."""
    for f in files:  # a hostile mirror must not write outside the model folder
        parts = f.path.replace("\\", "/").split("/")
        if f.path.startswith(("/", "\\")) or ":" in parts[0] or any(p in ("", ".", "..") for p in parts):
            raise HubError(
                Message("The hub listed an unsafe file path ({path!r}); nothing was downloaded.", path=f.path)
            )
    chosen = [f for f in files if not is_code_file(f.path)]
    has_safetensors = any(f.path.endswith(".safetensors") for f in chosen)
    if not has_safetensors and any(f.path.endswith(PICKLE_WEIGHT_SUFFIXES) for f in chosen):
        raise HubError(
            Message("This repository only has pickle weights (.bin/.pt), which could run code when loaded."),
            hint=Message("Desktop VLM only loads .safetensors weights."),
        )
    return [f for f in chosen if not f.path.endswith(PICKLE_WEIGHT_SUFFIXES)]


@dataclass(frozen=True)
class RepoCheck:
    """A hub repo accepted as a model: its commit, family, and the files and bytes a pull would fetch."""

    model_id: str
    revision: str
    commit: str
    family: str
    file_count: int
    download_bytes: int


def _inspect(client: HubClient, model_id: str, commit: str) -> tuple[str, list[RemoteFile]]:
    """The family (from config.json via detect_format) and the files to download."""
    listed = client.files(model_id, commit)
    if not any(f.path == "config.json" for f in listed):
        if gguf_names(f.path for f in listed):
            raise gguf_error(Message("{repo} holds GGUF files and no config.json", repo=model_id))
        raise CheckpointError(Message("{repo} has no config.json; it is not a model repository.", repo=model_id))
    files = select_files(listed)
    listed_size = next(f.size for f in listed if f.path == "config.json")
    try:
        config = json.loads(client.fetch_small(model_id, commit, "config.json", max_bytes=listed_size))
    except (ValueError, RecursionError):
        raise CheckpointError(Message("The config.json of {repo} is not readable JSON.", repo=model_id)) from None
    return detect_format(config).family, files


class Puller:
    """Downloads whole models into ``store`` with ``settings`` (endpoint, proxy, concurrency, rate).

    ``read_timeout`` is the stall time-out: a response silent that long is dropped and resumed with Range.
    """

    def __init__(
        self, store: ModelStore, settings: HubSettings, token: str | None = None, *, read_timeout: float | None = None
    ):
        self.store = store
        self.settings = settings
        self.token = token
        self.read_timeout = read_timeout

    def client(
        self, on_wait: Callable[[float], None] | None = None, control: DownloadControl | None = None
    ) -> HubClient:
        """A client of the settings' endpoint; waits the hub asks for are told to ``on_wait`` and end early
        when ``control`` pauses."""
        return HubClient(
            self.settings.endpoint,
            token=self.token,
            proxy=self.settings.proxy or None,
            read_timeout=self.read_timeout,
            on_wait=on_wait,
            sleep=control.wait if control is not None else None,
        )

    def check_repo(self, model_id: str, revision: str = "main") -> RepoCheck:
        """What a typed model id or URL points at, before anything is downloaded.

        Fetches the commit, the file list and config.json; raises HubError / CheckpointError with a message
        for people when the repo is missing, gated, has no config.json, is not a supported format or has
        only pickle weights. Blocking: from asyncio, run it with ``asyncio.to_thread``.
        """
        client = self.client()
        try:
            commit = client.commit(model_id, revision)
            family, files = _inspect(client, model_id, commit)
            return RepoCheck(model_id, revision, commit, family, len(files), sum(f.size for f in files))
        finally:
            client.close()

    def pull(
        self,
        model_id: str,
        revision: str = "main",
        *,
        control: DownloadControl | None = None,
        on_progress: Callable[[DownloadProgress], None] = lambda p: None,
        repair: bool = False,
    ) -> Path:
        """Download (or resume) ``model_id`` at ``revision``; returns the installed folder.

        A model already installed at the same commit returns at once unless ``repair`` is set; with
        ``repair`` (or a newer commit) installed files that still match the hub's checksums are reused and
        only the others are fetched. Raises DownloadCancelled when paused or cancelled through ``control``.
        """
        control = control or DownloadControl()
        client = self.client(lambda seconds: on_progress(waiting(model_id, seconds)), control)
        try:
            with self.store.download_lock(model_id):  # held until the staging folder is finalised or discarded
                try:
                    return self._pull(client, model_id, revision, control, on_progress, repair)
                except DownloadCancelled:
                    if control.cancelled:
                        self.store.discard_staging(model_id, locked=True)
                        on_progress(DownloadProgress(model_id, "cancelled"))
                    else:
                        on_progress(DownloadProgress(model_id, "paused"))
                    raise
        finally:
            client.close()

    def _pull(self, client, model_id, revision, control, on_progress, repair) -> Path:
        on_progress(DownloadProgress(model_id, "planning"))
        commit = client.commit(model_id, revision)
        installed = self.store.get(model_id)
        if installed and installed.commit == commit and not repair and not installed.problems:
            on_progress(DownloadProgress(model_id, "done", "", installed.size_bytes, installed.size_bytes))
            return installed.path
        family, files = _inspect(client, model_id, commit)
        staging = self.store.prepare_staging(
            model_id,
            commit,
            {f.path: checksum_key(f.sha256, f.git_oid, f.size) for f in files},
            sum(f.size for f in files),
        )
        if installed and installed.source == "download":
            on_progress(DownloadProgress(model_id, "verifying"))
            reuse_installed(installed.path, staging, files)
        total = sum(f.size for f in files)
        on_disk = sum(_existing(staging, f) for f in files)
        check_space(self.store.root, total - on_disk)

        lock = threading.Lock()
        done = [on_disk]
        per_file = {f.path: _existing(staging, f) for f in files}
        sizes = {f.path: f.size for f in files}
        speed = SpeedMeter(on_disk)

        def on_bytes(n: int, name: str) -> None:
            with lock:
                done[0] += n
                per_file[name] += n
                bps = speed.update(done[0])
                eta = (total - done[0]) / bps if bps > 0 else None
                on_progress(
                    DownloadProgress(
                        model_id, "downloading", name, done[0], total, bps, eta, per_file[name], sizes[name]
                    )
                )

        limiter = RateLimiter(self.settings.bandwidth_limit_mbps * 1_000_000)
        workers = max(1, min(16, self.settings.concurrent_files))
        pending = [f for f in files if not (staging / f.path).is_file()]
        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = [
                pool.submit(
                    download_file,
                    client,
                    model_id,
                    commit,
                    f,
                    staging / f.path,
                    control=control,
                    limiter=limiter,
                    on_bytes=lambda n, p=f.path: on_bytes(n, p),
                    on_wait=client.on_wait,
                )
                for f in pending
            ]
            errors = []
            for future in futures:
                try:
                    future.result()
                except BaseException as err:  # stop the other files (keeping their bytes), report the first
                    if not isinstance(err, DownloadCancelled):
                        control.pause()
                    errors.append(err)
            if errors:
                raise errors[0]
        on_progress(DownloadProgress(model_id, "verifying", "", total, total))
        manifest = [{"path": f.path, "size": f.size, "sha256": f.sha256, "git_oid": f.git_oid} for f in files]
        final = self.store.finalize(model_id, family, commit, manifest)
        on_progress(DownloadProgress(model_id, "done", "", total, total))
        return final

    async def pull_async(
        self,
        model_id: str,
        revision: str = "main",
        *,
        control: DownloadControl | None = None,
        on_progress: Callable[[DownloadProgress], None] = lambda p: None,
    ) -> Path:
        """The same, off the event loop's thread; progress callbacks arrive on the download threads.

        Cancelling the awaiting task pauses the download (bytes kept for a later resume) and re-raises.
        """
        control = control or DownloadControl()
        try:
            return await asyncio.to_thread(self.pull, model_id, revision, control=control, on_progress=on_progress)
        except asyncio.CancelledError:
            control.pause()  # the worker thread stops at its next chunk
            raise


def waiting(model_id: str, seconds: float) -> DownloadProgress:
    """The progress event for a wait the hub asked for (its rate limit)."""
    return DownloadProgress(
        model_id, "waiting", eta_s=seconds, message=f"The hub limits requests for now; going on in {seconds:.0f} s."
    )


class SpeedMeter:
    """Bytes per second over the last few seconds (so the ETA follows a link that slows down or recovers),
    or since the start while fewer seconds have passed. Bytes given back (a corrupt file re-fetched) make
    it dip, never go negative."""

    WINDOW_S = 5.0

    def __init__(self, done: int):
        self._samples: collections.deque[tuple[float, int]] = collections.deque([(time.monotonic(), done)])

    def update(self, done: int) -> float:
        now = time.monotonic()
        samples = self._samples
        samples.append((now, done))
        while len(samples) > 2 and now - samples[1][0] >= self.WINDOW_S:
            samples.popleft()
        t0, d0 = samples[0]
        return max(0.0, (done - d0) / (now - t0)) if now > t0 else 0.0


def reuse_installed(installed: Path, staging: Path, files: list[RemoteFile]) -> None:
    """Hard-link (else copy) into ``staging`` each installed file that still matches the hub's checksum,
    so a repair or an update fetches only what is missing, damaged or changed."""
    for f in files:
        src, dst = installed / f.path, staging / f.path
        if dst.exists() or not src.is_file() or src.stat().st_size != f.size:
            continue
        try:
            verify(src, f)
        except VerificationError:
            continue
        dst.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(src, dst)
        except OSError:  # another filesystem, or links unsupported
            shutil.copy2(src, dst)


def _existing(staging: Path, f: RemoteFile) -> int:
    done = staging / f.path
    if done.is_file():
        return done.stat().st_size
    part = done.with_name(done.name + ".part")
    return part.stat().st_size if part.is_file() else 0
