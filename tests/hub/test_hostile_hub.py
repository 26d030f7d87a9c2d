"""The hub's own rules and a hostile mirror, against the loopback hub: the rate-limit header is waited for
(and the wait shown), a wait beyond the bound ends in a message, a file is never written past its listed
size (announced, unannounced or endless bodies), and credentials inside the endpoint never reach a message
or the log file."""

from __future__ import annotations

import logging
import threading
import time

import pytest

from desktop_vlm.app.logging_setup import RedactingFilter, setup_logging
from desktop_vlm.config.settings import HubSettings
from desktop_vlm.hub import DownloadCancelled, DownloadControl, HubError, ModelStore, Puller
from tests.hub.hub_server import FakeHub, make_repo

REPO = "OpenGVLab/InternVL2_5-4B"
SHARD = "model-00001-of-00002.safetensors"
SMALL = "tokenizer.json"  # 3,013 bytes


def _puller(hub, root, endpoint=None):
    return Puller(ModelStore(root), HubSettings(endpoint=endpoint or hub.url))


def _gap_after_first(hub, path: str) -> float:
    """Seconds between the first and the second request for ``path``."""
    times = [t for t, p in hub.request_times if p == path]
    return times[1] - times[0]


def _no_part_beyond_its_size(root, repo) -> None:
    for path in (root / ".staging").rglob("*"):
        if path.is_file() and path.name.endswith(".part"):
            assert path.stat().st_size <= len(repo[path.name.removesuffix(".part")])


def test_the_hubs_rate_limit_header_on_a_metadata_call_is_waited_for_and_shown(tmp_path):
    with FakeHub({REPO: make_repo()}) as hub:
        hub.faults["@api"] = {"status": 429, "rate_limit": 1, "times": 1}  # window resets in 1 s (+1 s margin)
        events = []
        _puller(hub, tmp_path).pull(REPO, on_progress=events.append)
        assert _gap_after_first(hub, f"/api/models/{REPO}/revision/main") >= 2.0
        waiting = [p for p in events if p.state == "waiting"]
        assert waiting and waiting[0].eta_s == 2.0 and "2 s" in waiting[0].message


def test_the_hubs_rate_limit_header_on_a_file_is_waited_for(tmp_path):
    repo = make_repo()
    with FakeHub({REPO: repo}) as hub:
        hub.faults[SHARD] = {"status": 429, "rate_limit": 1, "times": 1}
        events = []
        path = _puller(hub, tmp_path).pull(REPO, on_progress=events.append)
        assert (path / SHARD).read_bytes() == repo[SHARD]
        assert _gap_after_first(hub, f"/cdn/{REPO}/{SHARD}") >= 2.0
        assert any(p.state == "waiting" and p.eta_s == 2.0 for p in events)


def test_retry_after_is_still_honoured(tmp_path):
    with FakeHub({REPO: make_repo()}) as hub:
        hub.faults[SHARD] = {"status": 503, "retry_after": 2, "times": 1}
        _puller(hub, tmp_path).pull(REPO)
        assert _gap_after_first(hub, f"/cdn/{REPO}/{SHARD}") >= 2.0


def test_a_wait_beyond_the_bound_ends_at_once_in_a_message(tmp_path):
    with FakeHub({REPO: make_repo()}) as hub:
        hub.faults["@api"] = {"status": 429, "rate_limit": 3600, "times": 10}
        started = time.monotonic()
        with pytest.raises(HubError, match="asks to wait 3601 s") as err:
            _puller(hub, tmp_path).pull(REPO)
        assert time.monotonic() - started < 5 and "Try again later" in err.value.hint


@pytest.mark.parametrize(
    "fault",
    [{"status": 429, "rate_limit": 120}, {"status": 503, "retry_after": 100}],
    ids=["rate limit", "retry-after"],
)
def test_pausing_ends_a_wait_the_hub_asked_for_at_once(tmp_path, fault):
    with FakeHub({REPO: make_repo()}) as hub:
        hub.faults["@api"] = dict(fault, times=1)
        control, waiting, outcome = DownloadControl(), threading.Event(), {}

        def run():
            try:
                _puller(hub, tmp_path).pull(
                    REPO, control=control, on_progress=lambda p: p.state == "waiting" and waiting.set()
                )
            except DownloadCancelled:
                outcome["paused_at"] = time.monotonic()

        worker = threading.Thread(target=run)
        worker.start()
        assert waiting.wait(10)
        paused = time.monotonic()
        control.pause()
        worker.join(10)
        assert outcome["paused_at"] - paused < 1.0


@pytest.mark.timeout(60)  # before the cap, an endless body was written until the disk filled
@pytest.mark.parametrize(
    "fault",
    [
        {"oversize": 64_000_000},  # announced: refused before a byte is read
        {"oversize": 64_000_000, "announce": False},  # not announced: cut off at the listed size
        {"endless": True},
    ],
    ids=["announced", "unannounced", "endless"],
)
def test_a_mirror_sending_more_than_the_listed_size_is_cut_off(tmp_path, fault):
    repo = make_repo()
    with FakeHub({REPO: repo}) as hub:
        hub.faults[SMALL] = dict(fault, times=10)
        with pytest.raises(HubError, match=f"more than the {len(repo[SMALL]):,} bytes") as err:
            _puller(hub, tmp_path).pull(REPO)
        assert "mirror" in err.value.hint
        hub.wait_until_quiet(SMALL)
        assert hub.served[SMALL] < 16_000_000  # the client stopped reading (what is left is socket buffers)
        _no_part_beyond_its_size(tmp_path, repo)
        assert ModelStore(tmp_path).installed() == []


def test_an_endless_metadata_answer_is_refused_not_held_in_memory(tmp_path):
    with FakeHub({REPO: make_repo()}) as hub:
        hub.faults["config.json"] = {"endless": True, "times": 1}
        with pytest.raises(HubError, match="longer than the"):
            _puller(hub, tmp_path).pull(REPO)
        hub.wait_until_quiet("config.json")
        assert hub.served["config.json"] < 16_000_000


def test_credentials_in_the_endpoint_never_reach_a_message_or_the_log(tmp_path):
    log = setup_logging(tmp_path)
    try:
        with pytest.raises(HubError) as offline:  # nothing listens on port 9
            _puller(None, tmp_path / "a", "http://someone:pw-s3cret-1@127.0.0.1:9/?token=tk-s3cret-2").pull(REPO)
        assert "s3cret" not in str(offline.value) and "127.0.0.1:9" in str(offline.value)
        with FakeHub({REPO: make_repo()}) as hub:
            host = hub.url.removeprefix("http://")
            path = _puller(hub, tmp_path / "b", f"http://someone:pw-s3cret-3@{host}").pull(REPO)
            assert path.is_dir()
            with pytest.raises(HubError) as refused:  # the query spoils the API paths: the hub answers 404
                _puller(hub, tmp_path / "c", f"{hub.url}/?access_token=tk-s3cret-4").pull(REPO)
            assert "s3cret" not in str(refused.value) + (refused.value.hint or "")
        for handler in logging.getLogger().handlers:
            handler.flush()
        text = log.read_text()
        assert "HTTP Request" in text  # httpx did log the requests, with their URLs
        assert "s3cret" not in text
    finally:
        _remove_file_handlers()


def _remove_file_handlers() -> None:
    for handler in list(logging.getLogger().handlers):
        if any(isinstance(f, RedactingFilter) for f in handler.filters):
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_the_cli_says_it_is_waiting_for_the_hub(tmp_path, monkeypatch, capsys):
    from desktop_vlm.cli.main import main

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    with FakeHub({REPO: make_repo()}) as hub:
        hub.faults["@api"] = {"status": 429, "rate_limit": 1, "times": 1}
        assert main(["models", "--endpoint", hub.url, "--models-dir", str(tmp_path / "m"), "pull", REPO]) == 0
    assert "The hub limits requests for now; going on in 2 s." in capsys.readouterr().err
