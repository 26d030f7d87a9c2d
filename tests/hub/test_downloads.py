"""Downloads against a real HTTP server on 127.0.0.1: full pull, resume after SIGKILL without re-fetching,
corruption repaired, drops and stalls retried, gated / missing repos, a mirror, pause, cancel, disk full."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from desktop_vlm.config.settings import HubSettings
from desktop_vlm.hub import DiskSpaceError, DownloadCancelled, DownloadControl, HubError, ModelStore, Puller
from desktop_vlm.hub.store import MANIFEST
from tests.conftest import small_filesystem
from tests.hub.hub_server import GOOD_TOKEN, FakeHub, make_repo

REPO = "OpenGVLab/InternVL2_5-4B"
SHARD = "model-00001-of-00002.safetensors"


def _puller(hub, root, token=None, **settings):
    return Puller(ModelStore(root), HubSettings(endpoint=hub.url, **settings), token)


def test_full_download_is_verified_and_installed_atomically(tmp_path):
    repo = make_repo()
    with FakeHub({REPO: repo}) as hub:
        events = []
        path = _puller(hub, tmp_path).pull(REPO, on_progress=events.append)
    assert path == tmp_path / "OpenGVLab--InternVL2_5-4B"
    for name, data in repo.items():
        if name.endswith((".py", ".bin")):
            assert not (path / name).exists()  # code and pickles are never downloaded
        else:
            assert (path / name).read_bytes() == data
    manifest = json.loads((path / MANIFEST).read_text())
    assert manifest["family"] == "internvl" and manifest["commit"] == hub.commit
    assert [m.model_id for m in ModelStore(tmp_path).installed()] == [REPO]
    assert events[-1].state == "done" and events[-1].done_bytes == events[-1].total_bytes
    last_of_shard = [e for e in events if e.file == SHARD][-1]
    assert last_of_shard.file_done_bytes == last_of_shard.file_total_bytes == len(repo[SHARD])
    assert not (tmp_path / ".staging" / "OpenGVLab--InternVL2_5-4B").exists()


_PULL = "import sys; from desktop_vlm.cli.main import main; sys.exit(main(sys.argv[1:]))"


@pytest.mark.parametrize("kill_at", [0.02, 0.25, 0.6, 0.95])
def test_sigkill_then_resume_fetches_only_the_missing_bytes(tmp_path, kill_at):
    repo = make_repo(size_mb=8)
    size = len(repo[SHARD])
    with FakeHub({REPO: repo}, redirect=False) as hub:
        hub.throttle_bps = 6_000_000
        env = os.environ | {"XDG_CONFIG_HOME": str(tmp_path / "cfg")}
        proc = subprocess.Popen(
            [
                sys.executable,
                "-c",
                _PULL,
                "models",
                "--endpoint",
                hub.url,
                "--models-dir",
                str(tmp_path / "m"),
                "pull",
                REPO,
            ],
            env=env,
            stderr=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
        )
        part = tmp_path / "m" / ".staging" / "OpenGVLab--InternVL2_5-4B" / (SHARD + ".part")
        deadline = time.monotonic() + 60
        while not (part.exists() and part.stat().st_size >= kill_at * size):
            assert time.monotonic() < deadline and proc.poll() is None
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        on_disk = part.stat().st_size
        if kill_at == 0.6:  # after a restart the killed download is listed as partial, offline, from disk
            listing = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    _PULL,
                    "models",
                    "--endpoint",
                    "http://127.0.0.1:9",
                    "--models-dir",
                    str(tmp_path / "m"),
                    "list",
                ],
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
            ).stdout
            assert f"{REPO}" in listing and "partial:" in listing and "resumes" in listing
        hub.throttle_bps = None
        hub.wait_until_quiet(SHARD)  # the dead client's connection may still have a chunk in flight
        served_before, requests_before = hub.served[SHARD], len(hub.range_starts)
        path = _puller(hub, tmp_path / "m").pull(REPO)
        assert (path / SHARD).read_bytes() == repo[SHARD]
        assert 0 < on_disk < size
        assert (SHARD, on_disk) in hub.range_starts[requests_before:]  # resumed with Range from the file's size
        assert hub.served[SHARD] - served_before == size - on_disk  # nothing already on disk was fetched again


def test_corrupt_bytes_are_detected_and_fetched_again(tmp_path):
    repo = make_repo()
    with FakeHub({REPO: repo}) as hub:
        hub.faults[SHARD] = {"corrupt": True, "times": 1}
        path = _puller(hub, tmp_path).pull(REPO)
        assert (path / SHARD).read_bytes() == repo[SHARD]
        assert hub.served[SHARD] == 2 * len(repo[SHARD])


def test_dropped_connection_and_stall_are_retried_from_the_bytes_on_disk(tmp_path):
    repo = make_repo()
    size = len(repo[SHARD])
    with FakeHub({REPO: repo}) as hub:
        hub.faults[SHARD] = {"drop_after": 300_000, "times": 1}
        hub.faults["model-00002-of-00002.safetensors"] = {"stall_s": 2.0, "times": 1}
        path = Puller(ModelStore(tmp_path), HubSettings(endpoint=hub.url), read_timeout=0.5).pull(REPO)
        assert (path / SHARD).read_bytes() == repo[SHARD]
        assert hub.served[SHARD] == size  # the drop resumed at byte 300,000: no byte sent twice
        assert hub.requests.count(("GET", "/cdn/" + REPO + "/model-00002-of-00002.safetensors")) == 2  # stalled once


def test_gated_missing_and_token(tmp_path):
    with FakeHub({REPO: make_repo()}, gated={REPO}) as hub:
        with pytest.raises(HubError, match="gated"):
            _puller(hub, tmp_path).pull(REPO)
        with pytest.raises(HubError, match="No model"):
            _puller(hub, tmp_path).pull("nobody/nothing")
        assert _puller(hub, tmp_path, token=GOOD_TOKEN).pull(REPO).is_dir()


def test_mirror_endpoint_is_used(tmp_path):
    with FakeHub({REPO: make_repo()}) as main_hub, FakeHub({REPO: make_repo()}) as mirror:
        _puller(mirror, tmp_path).pull(REPO)
        assert mirror.requests and not main_hub.requests


def test_pause_keeps_bytes_and_cancel_leaves_nothing(tmp_path):
    repo = make_repo(size_mb=4)
    with FakeHub({REPO: repo}) as hub:
        hub.throttle_bps = 4_000_000
        control = DownloadControl()

        def pause_midway(p):
            if p.state == "downloading" and p.done_bytes > 500_000:
                control.pause()

        with pytest.raises(DownloadCancelled):
            _puller(hub, tmp_path).pull(REPO, control=control, on_progress=pause_midway)
        staging = tmp_path / ".staging" / "OpenGVLab--InternVL2_5-4B"
        assert staging.exists() and ModelStore(tmp_path).installed() == []
        hub.throttle_bps = None
        assert _puller(hub, tmp_path).pull(REPO).is_dir()  # resumed

        hub.throttle_bps = 4_000_000
        control = DownloadControl()
        other = "OpenGVLab/Mono-InternVL-2B"
        hub.repos[other] = make_repo(size_mb=4, seed=1)

        def cancel_midway(p):
            if p.state == "downloading" and p.done_bytes > 500_000:
                control.cancel()

        with pytest.raises(DownloadCancelled):
            _puller(hub, tmp_path).pull(other, control=control, on_progress=cancel_midway)
        assert not (tmp_path / ".staging" / "OpenGVLab--Mono-InternVL-2B").exists()
        assert [m.model_id for m in ModelStore(tmp_path).installed()] == [REPO]


def test_disk_full_is_refused_before_starting(tmp_path):
    with small_filesystem(tmp_path / "small", "1m") as mount:
        with FakeHub({REPO: make_repo(size_mb=4)}) as hub:
            with pytest.raises(DiskSpaceError, match="Not enough disk space"):
                _puller(hub, mount).pull(REPO)
            assert not any(p.name.endswith(".part") for p in mount.rglob("*"))  # nothing was written


def test_unsupported_repo_is_refused(tmp_path):
    repo = make_repo()
    repo["config.json"] = json.dumps({"architectures": ["LlavaForConditionalGeneration"]}).encode()
    with FakeHub({"some/llava": repo}) as hub:
        with pytest.raises(Exception, match="Not a supported model format"):
            _puller(hub, tmp_path).pull("some/llava")
        assert _puller(hub, tmp_path).check_repo(REPO) if REPO in hub.repos else True
