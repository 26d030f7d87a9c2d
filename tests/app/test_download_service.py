"""DownloadService on the qasync loop against a loopback hub: progress signals, pause, resume, cancel, verify,
delete."""

from __future__ import annotations

import asyncio

import pytest
import qasync

from tests.conftest import REFERENCE_DIR
from tests.hub.hub_server import FakeHub

REPO = "OpenGVLab/InternVL2_5-4B"


@pytest.fixture
def loop(qapp):
    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    yield loop
    loop.close()


@pytest.fixture
def hub():
    files = {
        p.name: p.read_bytes()
        for p in (REFERENCE_DIR / "InternVL2_5-4B").iterdir()
        if p.name not in ("reference.json", "reference.npz")
    }
    with FakeHub({REPO: files}) as hub:
        yield hub


def test_pause_resume_verify_delete(loop, hub, services):
    downloads = services.downloads
    downloads.update_settings(hub.url, "", None)
    hub.throttle_bps = 1_500_000  # ~0.5 s for the fixture: time to pause mid-way
    stopped, events = [], []
    downloads.stopped.connect(lambda mid, state: stopped.append(state))

    def on_progress(p):
        events.append(p)
        if p.state == "downloading" and p.done_bytes > 0 and not stopped:
            downloads.pause(REPO)

    downloads.progress.connect(on_progress)
    assert loop.run_until_complete(downloads.pull(REPO)) is None
    assert stopped == ["paused"] and not downloads.is_downloading(REPO)
    paused_at = max(e.done_bytes for e in events)
    assert 0 < paused_at < sum(len(b) for b in hub.repos[REPO].values())

    downloads.progress.disconnect(on_progress)
    hub.throttle_bps = None
    finished = []
    downloads.finished.connect(lambda mid, path: finished.append(path))
    path = loop.run_until_complete(downloads.pull(REPO))  # resume
    assert path is not None and finished == [str(path)] and (path / "config.json").is_file()
    assert downloads.verify(REPO) == []
    assert any(m.model_id == REPO for m in downloads.installed())
    downloads.remove(REPO)
    assert not any(m.model_id == REPO for m in downloads.installed())


def test_cancel_reports_cancelled(loop, hub, services):
    downloads = services.downloads
    downloads.update_settings(hub.url, "", None)
    hub.throttle_bps = 1_500_000
    stopped = []
    downloads.stopped.connect(lambda mid, state: stopped.append(state))
    downloads.progress.connect(lambda p: p.done_bytes > 0 and downloads.cancel(REPO))
    assert loop.run_until_complete(downloads.pull(REPO)) is None
    assert stopped == ["cancelled"]
    assert not any(m.model_id == REPO for m in downloads.installed())


def test_an_unreachable_hub_is_a_message(loop, services):
    downloads = services.downloads
    downloads.update_settings("http://127.0.0.1:9", "", None)  # the discard port: nothing listens
    failed = []
    downloads.failed.connect(lambda mid, message, hint: failed.append(message))
    assert loop.run_until_complete(downloads.pull(REPO)) is None
    assert failed and failed[0]


def test_a_failure_is_reported_after_the_download_ended_and_kept_for_the_list(loop, services):
    """A handler of ``failed`` (the model manager refreshing its rows) must not still see a running
    download: that left the row on "downloading … planning" for good."""
    downloads = services.downloads
    downloads.update_settings("http://127.0.0.1:9", "", None)
    seen = []
    downloads.failed.connect(lambda mid, message, hint: seen.append((downloads.is_downloading(mid), message)))
    assert loop.run_until_complete(downloads.pull(REPO)) is None
    ((still_running, message),) = seen
    assert not still_running and downloads.failures[REPO][0] == message and REPO not in downloads.latest
    downloads.update_settings("http://127.0.0.1:9", "", None)
    loop.run_until_complete(downloads.pull(REPO))
    assert len(seen) == 2 and REPO in downloads.failures  # a retry that fails again keeps the newest reason


def test_a_paused_download_is_listed_with_its_bytes(loop, hub, services):
    downloads = services.downloads
    downloads.update_settings(hub.url, "", None)
    hub.throttle_bps = 1_500_000
    downloads.progress.connect(lambda p: p.done_bytes > 0 and downloads.pause(REPO))
    assert loop.run_until_complete(downloads.pull(REPO)) is None
    on_disk, total = downloads.partial_bytes()[REPO]
    assert 0 < on_disk < total == sum(len(b) for b in hub.repos[REPO].values())
