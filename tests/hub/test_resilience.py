"""Offline for the session, paged file lists, repair of a damaged install, bandwidth limit, the asyncio
surface and the CLI's progress bar — all against the loopback hub server."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import threading
import time

import pytest

from desktop_vlm.config.settings import HubSettings
from desktop_vlm.hub import (
    DownloadCancelled,
    DownloadControl,
    DownloadProgress,
    HubError,
    ModelStore,
    OfflineError,
    Puller,
    forget_offline,
    is_offline,
)
from tests.hub.hub_server import FakeHub, make_repo

REPO = "OpenGVLab/InternVL2_5-4B"
SHARD = "model-00001-of-00002.safetensors"


def _puller(hub_or_url, root, **settings):
    url = hub_or_url if isinstance(hub_or_url, str) else hub_or_url.url
    return Puller(ModelStore(root), HubSettings(endpoint=url, **settings))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_one_failed_connect_marks_the_hub_offline_for_the_session(tmp_path):
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    with pytest.raises(OfflineError, match="Cannot reach"):
        _puller(url, tmp_path).pull(REPO)  # nothing listens: refused
    assert is_offline(url)
    with FakeHub({REPO: make_repo()}, port=port) as hub:  # the network "comes back"
        started = time.monotonic()
        with pytest.raises(OfflineError, match="offline since an earlier try"):
            _puller(hub, tmp_path).pull(REPO)
        assert time.monotonic() - started < 0.5 and hub.requests == []  # no second wait, no request at all
        forget_offline(url)  # what a "Retry" button does
        assert _puller(hub, tmp_path).pull(REPO).is_dir()
    assert not is_offline(url)


def test_paged_file_listing_is_followed(tmp_path):
    repo = make_repo()
    with FakeHub({REPO: repo}, page_size=2) as hub:
        path = _puller(hub, tmp_path).pull(REPO)
    assert sum(1 for p in hub.requests if "/tree/" in p[1]) == 4  # 7 files in pages of 2
    assert (path / "tokenizer.json").read_bytes() == repo["tokenizer.json"]  # listed on a later page


def test_damaged_install_is_listed_and_repair_fetches_only_the_bad_file(tmp_path):
    repo = make_repo()
    with FakeHub({REPO: repo}) as hub:
        store = ModelStore(tmp_path)
        path = _puller(hub, tmp_path).pull(REPO)
        with open(path / SHARD, "r+b") as fh:
            fh.write(b"\0" * 8)
        assert [str(p) for p in store.verify(REPO)] == [f"{SHARD} does not match its sha256"]
        assert store.get(REPO).state == "damaged"
        before = dict(hub.served)
        _puller(hub, tmp_path).pull(REPO, repair=True)
        fetched = {f: n - before.get(f, 0) for f, n in hub.served.items() if n != before.get(f, 0)}
        # the damaged shard again, plus config.json read to recognise the format; the good files were reused
        assert fetched == {SHARD: len(repo[SHARD]), "config.json": len(repo["config.json"])}
        assert (path / SHARD).read_bytes() == repo[SHARD]
        assert store.get(REPO).state == "verified" and store.verify(REPO) == []
        served = sum(hub.served.values())
        assert _puller(hub, tmp_path).pull(REPO) == path and sum(hub.served.values()) == served  # up to date


def test_bandwidth_limit_is_respected(tmp_path):
    repo = make_repo(size_mb=3)
    with FakeHub({REPO: repo}) as hub:
        started = time.monotonic()
        _puller(hub, tmp_path, bandwidth_limit_mbps=2.0).pull(REPO)
        elapsed = time.monotonic() - started
    # 3 MB at 2 MB/s with a quarter second of burst allowed: at least ~1.25 s
    assert elapsed >= 1.1, elapsed


def test_async_pull_reports_progress_and_task_cancel_pauses(tmp_path):
    repo = make_repo(size_mb=4)
    with FakeHub({REPO: repo}) as hub:
        hub.throttle_bps = 3_000_000
        events: list[DownloadProgress] = []
        midway = threading.Event()

        def on_progress(p: DownloadProgress) -> None:
            events.append(p)
            if p.done_bytes > 400_000:
                midway.set()

        async def run_and_cancel():
            task = asyncio.ensure_future(_puller(hub, tmp_path).pull_async(REPO, on_progress=on_progress))
            await asyncio.to_thread(midway.wait, 30)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

        asyncio.run(run_and_cancel())
        assert ModelStore(tmp_path).installed() == []  # paused, not installed, bytes kept
        assert any(p.name.endswith(".part") for p in (tmp_path / ".staging").rglob("*"))
        hub.throttle_bps = None
        control = DownloadControl()
        path = asyncio.run(_puller(hub, tmp_path).pull_async(REPO, control=control, on_progress=events.append))
        assert events[-1].state == "done" and (path / SHARD).read_bytes() == repo[SHARD]
        assert all(e.eta_s is None or e.eta_s >= 0 for e in events)


def test_cancel_before_any_byte_leaves_nothing(tmp_path):
    with FakeHub({REPO: make_repo()}) as hub:
        control = DownloadControl()
        control.cancel()
        with pytest.raises(DownloadCancelled):
            _puller(hub, tmp_path).pull(REPO, control=control)
    assert ModelStore(tmp_path).installed() == [] and not (tmp_path / ".staging" / "OpenGVLab--InternVL2_5-4B").exists()


def test_cli_pull_shows_progress_on_stderr_and_list_shows_state(tmp_path):
    env = os.environ | {"XDG_CONFIG_HOME": str(tmp_path / "cfg"), "XDG_DATA_HOME": str(tmp_path / "data")}

    def cli(*args):
        return subprocess.run(
            [sys.executable, "-m", "desktop_vlm", "models", *args], env=env, capture_output=True, text=True, timeout=60
        )

    with FakeHub({REPO: make_repo()}) as hub:
        out = cli("--endpoint", hub.url, "pull", f"{hub.url}/{REPO}/tree/main")  # a URL is accepted too
        assert out.returncode == 0, out.stderr
        assert (
            "MB/s" in out.stderr and "done" in out.stderr and out.stdout.strip().endswith("OpenGVLab--InternVL2_5-4B")
        )
        gone = cli("--endpoint", hub.url, "pull", "nobody/nothing")
        assert gone.returncode == 1 and "No model" in gone.stderr and "Traceback" not in gone.stderr
    listing = cli("list").stdout
    assert f"{REPO}" in listing and "verified" in listing and "not installed" in listing
    assert cli("rm", REPO).returncode == 0 and "installed: none" in cli("list").stdout


def test_a_second_download_of_the_same_model_is_refused_while_one_runs(tmp_path):
    repo = make_repo(size_mb=3)
    with FakeHub({REPO: repo}) as hub:
        hub.throttle_bps = 2_000_000
        control, running, result = DownloadControl(), threading.Event(), {}

        def first():
            def on_progress(p):
                if p.state == "downloading":
                    running.set()

            try:
                result["path"] = _puller(hub, tmp_path).pull(REPO, control=control, on_progress=on_progress)
            except DownloadCancelled:
                result["paused"] = True

        worker = threading.Thread(target=first)
        worker.start()
        assert running.wait(30)
        with pytest.raises(HubError, match="already being downloaded"):
            _puller(hub, tmp_path).pull(REPO)
        control.pause()
        worker.join(30)
        assert result == {"paused": True}
        hub.throttle_bps = None
        assert _puller(hub, tmp_path).pull(REPO).is_dir()  # the lock went with the first download
