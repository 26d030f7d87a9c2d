"""Files opened from outside: ``desktop-vlm FILE…`` while the window is open hands them over (a real second
process over the real local socket), a crashed window's lock is taken over, and a request that is not one is
ignored."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication

from desktop_vlm.config.paths import AppPaths
from desktop_vlm.ui.open_requests import OpenRequests, WindowLock, hand_over, requested_files, server_name


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """Where the processes of one test keep their data: the platform folders of a person of its own."""
    folder = tmp_path / "home"
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    return folder


def _photo(folder: Path, name: str = "receipt.png") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (320, 240), (200, 180, 40)).save(folder / name)
    return folder / name


def _start(arguments: list[str], cwd: Path | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop_vlm", *arguments],
        cwd=cwd,
        env=os.environ.copy(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_second_start_hands_its_files_to_the_open_window_in_a_new_chat(qtbot, window, home, tmp_path):
    data_dir = AppPaths().data_dir
    lock = WindowLock(data_dir)
    assert lock.take()
    requests = OpenRequests(server_name(data_dir))
    assert requests.listen()
    requests.files_requested.connect(window.open_files)
    window.controller.send("What is this?")  # the open chat has messages: the files get a chat of their own
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=10000)
    asked = window.controller.conversation.id
    window.showMinimized()
    _photo(tmp_path / "downloads")
    try:
        second = _start(["receipt.png"], cwd=tmp_path / "downloads")  # relative to where it ran
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60000)
        _, err = second.communicate()
        assert second.returncode == 0, err[-2000:]
        qtbot.waitUntil(lambda: [a.name for a in window.composer.attachments] == ["receipt.png"], timeout=10000)
        assert window.controller.conversation.id != asked and not window.controller.conversation.messages
        assert not window.isMinimized()  # brought forward
    finally:
        requests.close()
        lock.release()


def test_a_start_without_files_only_brings_the_open_window_forward(qtbot, window, home):
    data_dir = AppPaths().data_dir
    lock = WindowLock(data_dir)
    assert lock.take()
    requests = OpenRequests(server_name(data_dir))
    assert requests.listen()
    received = []
    requests.files_requested.connect(received.append)
    try:
        second = _start([])
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60000)
        assert second.returncode == 0, second.communicate()[1][-2000:]
        assert received == [[]]
    finally:
        requests.close()
        lock.release()
    conversation = window.controller.conversation
    window.open_files([])
    assert window.controller.conversation is conversation and window.composer.attachments == []


_HOLDS_THE_LOCK = textwrap.dedent("""
    import os, signal, sys, time
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from desktop_vlm.config.paths import AppPaths
    from desktop_vlm.ui.open_requests import OpenRequests, WindowLock, server_name

    app = QCoreApplication([])
    data_dir = AppPaths().data_dir
    lock = WindowLock(data_dir)
    assert lock.take()
    if sys.argv[1] == "listens":
        requests = OpenRequests(server_name(data_dir))
        assert requests.listen()
    print("holding", flush=True)
    if sys.argv[2] == "crashes":
        os.kill(os.getpid(), signal.SIGKILL)
    time.sleep(120)
""")


def _hold_the_lock(listens: bool, crashes: bool) -> subprocess.Popen:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDS_THE_LOCK, "listens" if listens else "silent", "crashes" if crashes else "stays"],
        env=os.environ.copy(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline() == "holding\n", holder.stderr
    return holder


def test_a_crashed_windows_lock_and_socket_are_taken_over(qtbot, home):
    holder = _hold_the_lock(listens=True, crashes=True)
    holder.wait(30)
    assert holder.returncode == -signal.SIGKILL
    data_dir = AppPaths().data_dir
    assert (data_dir / "window.lock").exists()  # left behind, as a crash leaves it
    lock = WindowLock(data_dir)
    assert lock.take()
    requests = OpenRequests(server_name(data_dir))
    assert requests.listen()  # the socket file left behind does not stand in the way
    try:
        received = []
        requests.files_requested.connect(received.append)
        second = _start([str(_photo(home / "pictures"))])
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60000)
        assert second.returncode == 0 and received == [[home / "pictures" / "receipt.png"]]
    finally:
        requests.close()
        lock.release()


def test_a_window_that_holds_the_lock_but_does_not_answer_is_named_not_waited_on_forever(home):
    holder = _hold_the_lock(listens=False, crashes=False)
    try:
        started = time.monotonic()
        out = subprocess.run([sys.executable, "-m", "desktop_vlm"], capture_output=True, text=True, timeout=120)
        assert out.returncode == 1
        assert "the window that is already open did not answer" in out.stderr and "Traceback" not in out.stderr
        assert time.monotonic() - started < 60
    finally:
        holder.kill()
        holder.wait(30)


def test_the_first_start_opens_its_own_files_and_then_listens(qtbot, home, tmp_path):
    photo = _photo(tmp_path / "pictures")
    first = _start([str(photo)])
    try:
        name = server_name(AppPaths().data_dir)
        assert hand_over(name, [], timeout_s=60)  # listening once it is up
        log = next(home.rglob("*.log"))
        qtbot.waitUntil(lambda: "opening 1 file(s) from outside" in log.read_text(), timeout=30000)
    finally:
        first.terminate()
        first.wait(30)


def test_a_request_that_is_not_a_list_of_absolute_paths_is_refused():
    assert requested_files(b'{"open": ["/home/me/receipt.png"]}') == [Path("/home/me/receipt.png")]
    assert requested_files(b'{"open": []}') == []
    for junk in (b"", b"\xff\xfe", b"[1, 2]", b'{"open": "/a"}', b'{"open": ["relative.png"]}', b'{"open": [3]}'):
        assert requested_files(junk) is None, junk


def test_a_connection_sending_junk_is_dropped_and_opens_nothing(qtbot, home):
    requests = OpenRequests(server_name(AppPaths().data_dir))
    assert requests.listen()
    received = []
    requests.files_requested.connect(received.append)
    try:
        socket = QLocalSocket()
        socket.connectToServer(server_name(AppPaths().data_dir))
        assert socket.waitForConnected(5000)
        socket.write(b'{"open": ["relative.png"]}\n')
        socket.flush()
        qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.UnconnectedState, timeout=5000)
        assert received == []
    finally:
        requests.close()


def test_files_the_system_opens_the_app_with_reach_the_same_signal(qtbot, home):
    """macOS hands an app its files as FileOpen events (Finder's Open With, a file dropped on the Dock icon)."""
    requests = OpenRequests(server_name(AppPaths().data_dir))
    app = QApplication.instance()
    app.installEventFilter(requests)
    received = []
    requests.files_requested.connect(received.append)
    try:
        QApplication.sendEvent(app, QFileOpenEvent("/Users/me/receipt.png"))
        assert received == [[Path("/Users/me/receipt.png")]]
    finally:
        app.removeEventFilter(requests)
