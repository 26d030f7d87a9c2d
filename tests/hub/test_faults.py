"""Harder faults against the loopback hub: transient statuses, a link that keeps dropping, pause while the
server is silent, a proxy, a broken mirror's Range answers, a repo that moved on between two runs, 403,
and a credential store that refuses."""

from __future__ import annotations

import json
import threading
import time

import pytest

from desktop_vlm.config.settings import HubSettings
from desktop_vlm.hub import (
    DiskSpaceError,
    DownloadCancelled,
    DownloadControl,
    HubError,
    ModelStore,
    PartialDownload,
    Puller,
    TokenStore,
)
from desktop_vlm.hub.store import MANIFEST
from tests.hub.hub_server import GOOD_TOKEN, FakeHub, LoopbackProxy, make_repo

REPO = "OpenGVLab/InternVL2_5-4B"
SHARD = "model-00001-of-00002.safetensors"
SHARD2 = "model-00002-of-00002.safetensors"
STAGING = ".staging/OpenGVLab--InternVL2_5-4B"


def _puller(hub, root, token=None, **settings):
    return Puller(ModelStore(root), HubSettings(endpoint=hub.url, **settings), token)


def _wait_for(condition, timeout_s=30.0):
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.01)


def test_transient_statuses_are_retried_honouring_retry_after(tmp_path):
    repo = make_repo()
    with FakeHub({REPO: repo}) as hub:
        hub.faults["@api"] = {"status": 429, "retry_after": 0, "times": 1}
        hub.faults[SHARD] = {"status": 503, "retry_after": 0, "times": 2}
        path = _puller(hub, tmp_path).pull(REPO)
        assert (path / SHARD).read_bytes() == repo[SHARD]
        assert hub.requests.count(("GET", f"/cdn/{REPO}/{SHARD}")) == 3  # two 503s, then the file
        assert hub.served[SHARD] == len(repo[SHARD])


def test_a_link_that_keeps_dropping_still_finishes_without_refetching(tmp_path):
    repo = make_repo()
    size = len(repo[SHARD])
    with FakeHub({REPO: repo}) as hub:
        hub.faults[SHARD] = {"drop_after": 90_000, "times": 50}  # every response dies after 90 kB
        path = _puller(hub, tmp_path).pull(REPO)
        assert (path / SHARD).read_bytes() == repo[SHARD]
        starts = [start for name, start in hub.range_starts if name == SHARD]
        assert len(starts) > 7  # more drops than the retry budget: progress resets it
        assert starts == [i * 90_000 for i in range(len(starts))]  # each resumed where the last stopped
        assert hub.served[SHARD] == size  # no byte sent twice


def test_pause_while_the_server_is_silent_takes_effect_at_once(tmp_path):
    with FakeHub({REPO: make_repo()}) as hub:
        hub.faults[SHARD] = {"stall_s": 5.0, "times": 1}  # headers, then silence (stall time-out: 30 s)
        control, outcome = DownloadControl(), {}

        def run():
            try:
                _puller(hub, tmp_path).pull(REPO, control=control)
            except DownloadCancelled:
                outcome["paused_at"] = time.monotonic()

        worker = threading.Thread(target=run)
        worker.start()
        _wait_for(lambda: any(name == SHARD for name, _ in hub.range_starts))
        paused = time.monotonic()
        control.pause()
        worker.join(10)
        assert outcome["paused_at"] - paused < 1.5
        assert ModelStore(tmp_path).installed() == []
        hub.faults.clear()
        assert _puller(hub, tmp_path).pull(REPO).is_dir()


def test_every_request_goes_through_the_proxy_setting(tmp_path):
    repo = make_repo()
    with FakeHub({REPO: repo}) as hub, LoopbackProxy() as proxy:
        path = _puller(hub, tmp_path, proxy=proxy.url).pull(REPO)
        assert (path / SHARD).read_bytes() == repo[SHARD]
        assert len(proxy.forwarded) == len(hub.requests) > 0
        assert any("/tree/" in url for url in proxy.forwarded) and any("/cdn/" in url for url in proxy.forwarded)


def test_a_range_answer_from_the_wrong_offset_is_never_appended(tmp_path):
    repo = make_repo()
    part = tmp_path / STAGING / (SHARD + ".part")
    part.parent.mkdir(parents=True)
    part.write_bytes(repo[SHARD][:400_000])  # a partial file, as a killed run leaves it
    with FakeHub({REPO: repo}) as hub:
        hub.faults[SHARD] = {"wrong_range": True, "times": 1}
        path = _puller(hub, tmp_path).pull(REPO)
        assert (path / SHARD).read_bytes() == repo[SHARD]
        starts = [start for name, start in hub.range_starts if name == SHARD]
        assert starts == [400_000, 0]  # the bad 206 dropped, the whole file asked for once, and it verified


def test_bytes_staged_for_an_older_commit_are_kept_only_where_unchanged(tmp_path):
    repo = make_repo(size_mb=4)
    with FakeHub({REPO: repo}) as hub:
        hub.throttle_bps = 4_000_000
        control = DownloadControl()

        def pause_in_second_shard(p):  # one file at a time: the first shard is complete by then
            if p.file == SHARD2 and p.file_done_bytes > 200_000:
                control.pause()

        with pytest.raises(DownloadCancelled):
            _puller(hub, tmp_path, concurrent_files=1).pull(REPO, control=control, on_progress=pause_in_second_shard)
        staged = tmp_path / STAGING
        assert (staged / SHARD).is_file() and (staged / (SHARD2 + ".part")).is_file()
        on_disk = (staged / (SHARD2 + ".part")).stat().st_size
        total = sum(len(d) for n, d in repo.items() if not n.endswith((".py", ".bin")))
        assert ModelStore(tmp_path).partial_downloads() == [
            PartialDownload(REPO, len(repo["config.json"]) + len(repo[SHARD]) + on_disk, total)
        ]

        hub.throttle_bps = None
        hub.wait_until_quiet(SHARD2)
        hub.commit = "feedbeef" * 5  # "main" moved on: the first shard changed, the second did not
        repo[SHARD] = bytes(reversed(repo[SHARD]))
        before = dict(hub.served)
        path = _puller(hub, tmp_path).pull(REPO)
        assert (path / SHARD).read_bytes() == repo[SHARD]  # the old complete file was not kept
        assert (path / SHARD2).read_bytes() == repo[SHARD2]
        assert hub.served[SHARD2] - before[SHARD2] == len(repo[SHARD2]) - on_disk  # still resumed
        manifest = json.loads((path / MANIFEST).read_text())
        assert manifest["commit"] == hub.commit and ModelStore(tmp_path).verify(REPO) == []
        assert not (path / ".desktop-vlm-staging.json").exists() and ModelStore(tmp_path).partial_downloads() == []


def test_an_update_replaces_the_install_fetching_only_changed_files(tmp_path):
    repo = make_repo()
    with FakeHub({REPO: repo}) as hub:
        path = _puller(hub, tmp_path).pull(REPO)
        hub.commit = "feedbeef" * 5
        repo[SHARD2] = bytes(reversed(repo[SHARD2]))
        before = dict(hub.served)
        assert _puller(hub, tmp_path).pull(REPO) == path
        fetched = {f for f, n in hub.served.items() if n != before.get(f, 0)}
        assert fetched == {SHARD2, "config.json"}
        assert json.loads((path / MANIFEST).read_text())["commit"] == hub.commit
        assert (path / SHARD2).read_bytes() == repo[SHARD2] and ModelStore(tmp_path).verify(REPO) == []
        assert not any((tmp_path / ".staging").glob("*--*/*")) and not list((tmp_path / ".staging").glob("*.old"))


def test_a_token_without_access_is_told_the_repo_is_gated(tmp_path):
    with FakeHub({REPO: make_repo()}, gated={REPO}) as hub:
        with pytest.raises(HubError, match=r"gated.*\(403\)") as err:
            _puller(hub, tmp_path, token="hf_someoneelse12345").pull(REPO)
        assert "access token" in (err.value.hint or "") and "hf_someoneelse12345" not in str(err.value)
        assert _puller(hub, tmp_path, token=GOOD_TOKEN).check_repo(REPO).family == "internvl"


def test_discarding_a_download_another_process_runs_is_refused(tmp_path):
    with FakeHub({REPO: make_repo(size_mb=3)}) as hub:
        hub.throttle_bps = 2_000_000
        control, running = DownloadControl(), threading.Event()
        worker = threading.Thread(
            target=lambda: _swallow(
                lambda: _puller(hub, tmp_path).pull(
                    REPO, control=control, on_progress=lambda p: p.state == "downloading" and running.set()
                )
            )
        )
        worker.start()
        assert running.wait(30)
        with pytest.raises(HubError, match="already being downloaded"):
            ModelStore(tmp_path).discard_staging(REPO)  # the lock is per open file, so a thread stands in
        control.pause()
        worker.join(30)
        ModelStore(tmp_path).discard_staging(REPO)
        assert not (tmp_path / STAGING).exists()


def _swallow(fn):
    try:
        fn()
    except DownloadCancelled:
        pass


def test_a_refusing_credential_store_falls_back_to_the_user_only_file(tmp_path):
    keyring = pytest.importorskip("keyring")
    from keyring.backend import KeyringBackend
    from keyring.errors import KeyringLocked

    class Locked(KeyringBackend):
        priority = 1

        def get_password(self, service, username):
            raise KeyringLocked("locked")

        def set_password(self, service, username, password):
            raise KeyringLocked("locked")

        def delete_password(self, service, username):
            raise KeyringLocked("locked")

    previous = keyring.get_keyring()
    keyring.set_keyring(Locked())
    try:
        tokens = TokenStore(tmp_path)
        assert tokens.set("hf_fallbacktoken999") == str(tokens.file)
        assert tokens.get() == "hf_fallbacktoken999"
        assert oct(tokens.file.stat().st_mode & 0o777) == "0o600"
        tokens.clear()
        assert tokens.get() is None
    finally:
        keyring.set_keyring(previous)


def test_a_disk_that_fills_during_the_download_is_reported_and_the_bytes_kept(tmp_path):
    from tests.conftest import small_filesystem

    repo = make_repo(size_mb=8)
    with small_filesystem(tmp_path / "small", "300m") as mount, FakeHub({REPO: repo}) as hub:
        hub.throttle_bps = 8_000_000  # the preflight passes (8 MB + margin < 300 MB) ...
        filled = threading.Event()

        def fill_the_disk_midway(p):  # ... then another program takes the rest of the disk
            if p.state == "downloading" and p.done_bytes > 1_000_000 and not filled.is_set():
                filled.set()
                with open(mount / "filler", "wb") as fh:
                    try:
                        while True:
                            fh.write(b"\0" * (8 << 20))
                    except OSError:
                        pass

        with pytest.raises(DiskSpaceError, match="disk filled up") as err:
            _puller(hub, mount).pull(REPO, on_progress=fill_the_disk_midway)
        assert "resume" in (err.value.hint or "")
        assert ModelStore(mount).installed() == []
        kept = ModelStore(mount).partial_downloads()[0].bytes_on_disk
        assert kept > 1_000_000
        for name in (SHARD, SHARD2):
            hub.wait_until_quiet(name)
        (mount / "filler").unlink()
        hub.throttle_bps = None
        before = sum(hub.served.values())
        path = _puller(hub, mount).pull(REPO)
        assert (path / SHARD).read_bytes() == repo[SHARD] and (path / SHARD2).read_bytes() == repo[SHARD2]
        assert sum(hub.served.values()) - before <= sum(len(d) for d in repo.values()) - kept + 100_000
