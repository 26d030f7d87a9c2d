"""Malformed and hostile HTTP against the server: every request gets an answer, quickly, and a
client that holds connections open cannot take every thread."""

from __future__ import annotations

import json
import socket
import time

import pytest

from desktop_vlm.runtime.fake import FakeRuntime
from desktop_vlm.server import handler as handler_module
from tests.headless.server_utils import open_stream, request, running_server, user

CHAT = "/v1/chat/completions"


def raw_exchange(server, head: bytes, body: bytes = b"") -> bytes:
    """Send raw bytes, return what the server answers before closing (or within 5 s)."""
    host, port = server.server_address[:2]
    with socket.create_connection((host, port), timeout=5) as sock:
        sock.sendall(head + body)
        sock.shutdown(socket.SHUT_WR)
        out = b""
        while chunk := sock.recv(65536):
            out += chunk
    return out


def status_and_body(raw: bytes) -> tuple[int, dict]:
    head, _, body = raw.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), json.loads(body)


def test_negative_content_length_is_refused_at_once():
    with running_server(FakeRuntime()) as server:
        start = time.monotonic()
        raw = raw_exchange(
            server, b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -1\r\n\r\n", b"{}"
        )
        assert time.monotonic() - start < 3  # not waiting for a body that will never come
        status, body = status_and_body(raw)
        assert status == 400 and body["error"]["type"] == "invalid_request_error"


def test_chunked_bodies_need_a_length():
    with running_server(FakeRuntime()) as server:
        raw = raw_exchange(
            server,
            b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n",
            b"2\r\n{}\r\n0\r\n\r\n",
        )
        assert status_and_body(raw)[0] == 411


@pytest.mark.parametrize(
    "extra, param",
    [({"seed": "abc"}, "seed"), ({"seed": -1}, "seed"), ({"stream": True, "stream_options": 5}, "stream_options")],
)
def test_wrongly_typed_options_get_400_before_any_streaming(extra, param):
    with running_server(FakeRuntime("ok")) as server:
        status, _, body = request(server, "POST", CHAT, user("x", **extra))
    assert status == 400 and body["error"]["param"] == param


def test_an_unexpected_bug_still_answers_500_and_the_server_goes_on(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("bug")

    with running_server(FakeRuntime("fine")) as server:
        monkeypatch.setattr(handler_module, "parse_chat_request", broken)
        status, _, body = request(server, "POST", CHAT, user("x"))
        assert status == 500 and body["error"]["code"] == "internal_error" and "bug" not in body["error"]["message"]
        monkeypatch.undo()
        assert request(server, "POST", CHAT, user("x"))[0] == 200


def test_connections_beyond_the_cap_get_503_without_a_thread():
    with running_server(FakeRuntime("ok"), max_connections=2) as server:
        host, port = server.server_address[:2]
        idle = [socket.create_connection((host, port), timeout=5) for _ in range(2)]  # say nothing, hold slots
        # The third is refused by the accept loop itself (accepts are in order, so the two above hold the slots).
        status, body = status_and_body(raw_exchange(server, b"GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"))
        assert status == 503 and body["error"]["code"] == "too_many_connections"
        for sock in idle:
            sock.close()  # their handlers see end-of-file and free the slots
        deadline = time.monotonic() + 10
        while (status := request(server, "GET", "/v1/models")[0]) == 503:  # no event to wait on: poll with a deadline
            assert time.monotonic() < deadline
            time.sleep(0.02)
        assert status == 200


def test_a_stream_holds_one_slot_and_gives_it_back():
    with running_server(FakeRuntime("a b c"), max_connections=1) as server:
        conn, resp = open_stream(server, user("x"))
        resp.read()  # the whole stream, until the server closes it
        conn.close()
        deadline = time.monotonic() + 10
        while (status := request(server, "GET", "/v1/models")[0]) == 503:
            assert time.monotonic() < deadline
            time.sleep(0.02)
        assert status == 200


def test_bodies_must_be_declared_json():
    # What a web page can send without a CORS preflight: text/plain, a form, or no type at all.
    with running_server(FakeRuntime("ok")) as server:
        for content_type in ("text/plain", "application/x-www-form-urlencoded", None):
            headers = {"Content-Type": content_type} if content_type else {}
            host, port = server.server_address[:2]
            body = json.dumps(user("x")).encode()
            head = f"POST {CHAT} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: {len(body)}\r\n"
            head += "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
            status, err = status_and_body(raw_exchange(server, head.encode(), body))
            assert status == 415 and "application/json" in err["error"]["message"], content_type
        assert (
            request(server, "POST", CHAT, user("x"), headers={"Content-Type": "application/json; charset=utf-8"})[0]
            == 200
        )


@pytest.mark.parametrize(
    "host, allowed",
    [
        ("127.0.0.1:8000", True),
        ("localhost:8000", True),
        ("LOCALHOST", True),
        ("[::1]:8000", True),
        ("127.0.0.2", True),
        ("evil.example:8000", False),
        ("evil.example", False),
        ("10.0.0.1:8000", False),
        ("[::1", True),
    ],
)
def test_loopback_server_answers_only_requests_addressed_to_loopback(host, allowed):
    # DNS rebinding: a page on evil.example resolving to 127.0.0.1 sends Host: evil.example.
    with running_server(FakeRuntime("ok")) as server:
        status, _, body = request(server, "GET", "/v1/models", headers={"Host": host})
    assert (status == 200) == allowed and (allowed or body["error"]["code"] == "host_not_allowed")


def test_network_bound_server_does_not_check_the_host_name():
    # What a server bound to the network does (the API key guards it), simulated on loopback: tests
    # never listen on other interfaces.
    with running_server(FakeRuntime("ok"), api_key="k") as server:
        server.loopback_only = False
        status = request(
            server, "GET", "/v1/models", headers={"Host": "gpu-box.lan:8000", "Authorization": "Bearer k"}
        )[0]
    assert status == 200


def test_allowed_extra_host_names_pass_the_host_check():
    with running_server(FakeRuntime("ok"), extra_hosts={"vlm.home.example"}) as server:
        assert request(server, "GET", "/v1/models", headers={"Host": "VLM.home.example:443"})[0] == 200
        assert request(server, "GET", "/v1/models", headers={"Host": "other.example"})[0] == 403
