"""Clients that are slow on purpose, and paths that are not files: nobody holds a thread or a slot for long."""

from __future__ import annotations

import logging
import os
import socket
import sys
import time

import pytest

from desktop_vlm.runtime.fake import FakeRuntime
from tests.headless.server_utils import data_url, request, running_server, user

CHAT = "/v1/chat/completions"
HALF_HEADERS = b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"


def _connect(server) -> socket.socket:
    return socket.create_connection(server.server_address[:2], timeout=5)


def _closed_within(sock: socket.socket, seconds: float) -> bool:
    """Whether the server closes ``sock`` (its read ends) within ``seconds``."""
    sock.settimeout(seconds)
    try:
        while sock.recv(4096):
            pass
        return True
    except TimeoutError:
        return False
    except ConnectionResetError:
        return True


def test_headers_must_arrive_by_the_deadline_however_they_trickle():
    with running_server(FakeRuntime("ok"), header_timeout_s=1.0) as server:
        sock = _connect(server)
        sock.sendall(HALF_HEADERS)
        start = time.monotonic()
        for _ in range(3):  # one more header line every 0.4 s: each read is quick, the whole is not
            time.sleep(0.4)
            try:
                sock.sendall(b"X-Slow: 1\r\n")
            except OSError:
                break
        assert _closed_within(sock, 3.0)
        assert time.monotonic() - start < 3.0
        sock.close()


def test_idle_sockets_cannot_lock_out_a_real_client():
    with running_server(FakeRuntime("ok"), max_connections=4) as server:
        idle = [_connect(server) for _ in range(4)]
        for sock in idle:
            sock.sendall(HALF_HEADERS)  # and then nothing
        time.sleep(0.6)  # they have now waited longer than a real client ever does for its headers
        status, _, body = request(server, "POST", CHAT, user("let me in"))
        assert status == 200 and body["choices"][0]["message"]["content"] == "ok"
        assert sum(_closed_within(sock, 0.5) for sock in idle) >= 1  # one was closed to make room
        for sock in idle:
            sock.close()


def test_one_network_address_cannot_take_every_slot():
    with running_server(FakeRuntime("ok"), max_connections=8, max_per_client=2) as server:
        held = []
        for _ in range(3):  # socket pairs stand in for connections from 192.0.2.7 (a documentation address)
            ours, theirs = socket.socketpair()
            server.process_request(theirs, ("192.0.2.7", 40000))
            held.append(ours)
        ours.settimeout(5)
        assert b" 503 " in ours.recv(4096)  # the third from that address was refused at once
        assert request(server, "GET", "/v1/models")[0] == 200  # others are not
        for sock in held:
            sock.close()


def test_control_characters_in_a_request_path_are_escaped_in_the_log(caplog):
    with running_server(FakeRuntime("ok")) as server, caplog.at_level(logging.INFO, "desktop_vlm.server"):
        sock = _connect(server)
        sock.sendall(b"GET /v1/\x1b[31mred\x1b[0m\x07 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        assert b" 404 " in sock.recv(4096)
        sock.close()
        request(server, "GET", "/v1/models")  # the handler logged before this one was answered
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "\\x1b[31mred\\x1b[0m\\x07" in logged and "\x1b" not in logged and "\x07" not in logged


def test_a_nul_in_a_file_path_is_a_clear_400(tmp_path):
    with running_server(FakeRuntime("ok"), allow_files=tmp_path) as server:
        status, _, body = request(server, "POST", CHAT, user("x", "a\x00b.png"))
    assert status == 400 and "control characters" in body["error"]["message"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this OS")
def test_a_fifo_in_the_allowed_folder_is_refused_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.png")
    (tmp_path / "real.png").write_bytes(__import__("base64").b64decode(data_url().split(",", 1)[1]))
    with running_server(FakeRuntime("ok"), allow_files=tmp_path) as server:
        start = time.monotonic()
        status, _, body = request(server, "POST", CHAT, user("x", "pipe.png"))
        assert status == 400 and "not a regular file" in body["error"]["message"]
        assert time.monotonic() - start < 5
        assert request(server, "POST", CHAT, user("x", "real.png"))[0] == 200


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_a_symlink_loop_in_the_allowed_folder_is_a_clear_400(tmp_path):
    (tmp_path / "loop.png").symlink_to(tmp_path / "loop.png")
    with running_server(FakeRuntime("ok"), allow_files=tmp_path) as server:
        status, _, body = request(server, "POST", CHAT, user("x", "loop.png"))
    assert status in (400, 403) and body["error"]["message"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="the cases include a FIFO")
def test_hostile_requests_are_all_answered_in_time(tmp_path):
    import random

    from tests.headless.hostile_requests import hostile_requests, judge, send

    os.mkfifo(tmp_path / "fifo.png")
    with running_server(FakeRuntime("ok"), allow_files=tmp_path, header_timeout_s=1.0) as server:
        findings = []
        for case in hostile_requests(random.Random(18), 80, tmp_path):
            status, seconds = send(server.server_address[:2], case)
            verdict = judge(case, status, seconds, 1.0)
            if verdict != "ok":
                findings.append((case.label, verdict))
        assert request(server, "GET", "/v1/models")[0] == 200  # and it still serves
    assert findings == []
