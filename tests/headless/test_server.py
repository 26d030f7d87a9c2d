"""The OpenAI-compatible server over real HTTP on 127.0.0.1, with FakeRuntime behind it."""

from __future__ import annotations

import http.client
import json
import os
import threading
import time

import pytest

from desktop_vlm.core.errors import InvalidRequestError
from desktop_vlm.core.messages import Message
from desktop_vlm.runtime.fake import FakeRuntime
from desktop_vlm.server import ServerConfig, create_server, is_loopback
from tests.headless.server_utils import data_url, open_stream, read_event, request, running_server, user

CHAT = "/v1/chat/completions"


class RecordingRuntime(FakeRuntime):
    """FakeRuntime that signals each finished generation (how the tests wait, never by sleeping)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.finished = threading.Event()
        self.results = []

    def generate(self, request, on_text=None, cancel=None):
        result = super().generate(request, on_text, cancel)
        self.results.append(result)
        self.finished.set()
        return result


def wait_until(condition, timeout=10.0):
    """Poll a condition that has no event to wait on (queue depth), with a deadline."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        threading.Event().wait(0.01)


def test_models_and_non_streaming_completion():
    fake = FakeRuntime("A red square.")
    with running_server(fake) as server:
        status, _, body = request(server, "GET", "/v1/models")
        assert status == 200 and body["data"][0]["id"] == "test-model" and body["object"] == "list"
        status, _, body = request(server, "POST", CHAT, user("What is it?", data_url(), max_tokens=50))
    assert status == 200, body
    assert body["object"] == "chat.completion" and body["choices"][0]["message"]["content"] == "A red square."
    assert body["choices"][0]["finish_reason"] == "stop" and body["usage"]["completion_tokens"] == 3
    sent = fake.requests[0]
    assert sent.question == "<image>\nWhat is it?" and len(sent.visuals) == 1
    assert sent.visuals[0].image.size == (32, 24) and sent.params.max_new_tokens == 50


def test_streaming_sends_chunks_and_done():
    with running_server(FakeRuntime("one two three")) as server:
        conn, resp = open_stream(server, user("hi", stream_options={"include_usage": True}))
        assert resp.status == 200 and resp.getheader("Content-Type") == "text/event-stream"
        events = []
        while (event := read_event(resp)) is not None:
            events.append(event)
        conn.close()
    assert events[-1] == "[DONE]"
    chunks = events[:-1]
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    assert "".join(c["choices"][0]["delta"].get("content", "") for c in chunks) == "one two three"
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop" and chunks[-1]["usage"]["completion_tokens"] == 3


def test_bad_json_and_bad_messages_get_openai_error_bodies():
    with running_server(FakeRuntime()) as server:
        status, _, body = request(server, "POST", CHAT, raw=b"{not json")
        assert (
            status == 400
            and body["error"]["code"] == "invalid_json"
            and body["error"]["type"] == "invalid_request_error"
        )
        assert set(body["error"]) == {"message", "type", "code", "param"}
        for bad in (
            {"messages": []},
            {"messages": [{"role": "assistant", "content": "x"}]},
            user("literal <image> text"),
            user("x", "http://example.com/a.png"),
            user("x", "data:image/png;base64,@@@"),
            {**user("x"), "n": 3},
        ):
            status, _, body = request(server, "POST", CHAT, bad)
            assert status == 400 and body["error"]["message"], bad
        status, _, body = request(server, "GET", "/v1/nothing")
        assert status == 404


def test_oversized_body_is_refused_with_413():
    with running_server(FakeRuntime(), max_body=4096) as server:
        big = user("x" * 10_000)
        status, _, body = request(server, "POST", CHAT, big)
        assert status == 413 and body["error"]["code"] == "request_too_large"


def test_api_key_is_required_and_compared(caplog):
    with running_server(FakeRuntime("ok"), api_key="s3cret-key") as server:
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "s3cret-key"}):
            status, hdrs, body = request(server, "POST", CHAT, user("x"), headers=headers)
            assert status == 401 and body["error"]["type"] == "authentication_error"
        assert request(server, "GET", "/v1/models")[0] == 401
        status, _, body = request(server, "POST", CHAT, user("x"), headers={"Authorization": "Bearer s3cret-key"})
        assert status == 200 and body["choices"][0]["message"]["content"] == "ok"
        assert "s3cret" not in repr(server.config)
    assert "s3cret" not in caplog.text


def test_non_loopback_host_needs_a_key():
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1") and is_loopback("127.1.2.3")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5") and not is_loopback("example.com")
    with pytest.raises(InvalidRequestError, match="without an API key"):
        create_server(FakeRuntime, ServerConfig("m"), "0.0.0.0", 0)


def test_queue_full_gives_429_with_retry_after():
    step = threading.Event()
    fake = FakeRuntime("a b c", step_event=step)
    with running_server(fake, max_queue=1) as server:
        conn, resp = open_stream(server, user("first"))
        assert read_event(resp)["choices"][0]["delta"]["role"] == "assistant"  # running now, blocked on step
        results = {}
        waiting = threading.Thread(target=lambda: results.update(second=request(server, "POST", CHAT, user("2"))))
        waiting.start()
        wait_until(lambda: server.worker.queue_depth() == 1)
        status, headers, body = request(server, "POST", CHAT, user("third"))
        assert status == 429 and headers["Retry-After"] and body["error"]["code"] == "queue_full"
        fake.step_event = None  # let everything run freely
        step.set()
        while read_event(resp) not in (None, "[DONE]"):
            pass
        conn.close()
        waiting.join(20)
    assert results["second"][0] == 200


def test_model_not_ready_gives_503():
    release = threading.Event()

    def slow_load():
        release.wait(20)
        return FakeRuntime()

    server = create_server(slow_load, ServerConfig("m"), "127.0.0.1", 0)
    server.start_background()
    try:
        status, headers, body = request(server, "POST", CHAT, user("x"))
        assert status == 503 and headers["Retry-After"] == "5" and body["error"]["code"] == "model_not_ready"
    finally:
        release.set()
        server.close()
    with pytest.raises(Exception):
        request(server, "GET", "/v1/models")  # closed


def test_client_disconnect_cancels_streaming_generation():
    fake = RecordingRuntime(" ".join(f"w{i}" for i in range(200)), delay_s=0.01)
    with running_server(fake) as server:
        conn, resp = open_stream(server, user("long please"))
        read_event(resp)  # role
        assert read_event(resp)["choices"][0]["delta"]["content"] == "w0"
        resp.close()
        conn.close()
        assert fake.finished.wait(10)
    assert fake.results[0].finish_reason == "cancelled" and len(fake.results[0].token_ids) < 200


def test_client_disconnect_cancels_non_streaming_generation():
    fake = RecordingRuntime(" ".join(f"w{i}" for i in range(300)), delay_s=0.01)
    with running_server(fake) as server:
        host, port = server.server_address[:2]
        conn = http.client.HTTPConnection(host, port, timeout=10)
        conn.request("POST", CHAT, body=json.dumps(user("x")), headers={"Content-Type": "application/json"})
        wait_until(lambda: len(fake.requests) == 1)  # generation started
        conn.close()
        assert fake.finished.wait(10)
    assert fake.results[0].finish_reason == "cancelled"


def test_file_paths_only_inside_the_allowed_folder(tmp_path):
    from PIL import Image

    allowed = tmp_path / "allowed"
    allowed.mkdir()
    Image.new("RGB", (20, 20)).save(allowed / "ok.png")
    Image.new("RGB", (20, 20)).save(tmp_path / "secret.png")
    os.symlink(tmp_path / "secret.png", allowed / "link.png")
    with running_server(FakeRuntime("fine"), allow_files=allowed) as server:
        for url in ("ok.png", str(allowed / "ok.png"), (allowed / "ok.png").as_uri()):
            assert request(server, "POST", CHAT, user("x", url))[0] == 200, url
        for url in (
            "../secret.png",
            str(tmp_path / "secret.png"),
            "link.png",
            "sub/../../secret.png",
            (tmp_path / "secret.png").as_uri(),
            "/etc/passwd",
        ):
            status, _, body = request(server, "POST", CHAT, user("x", url))
            assert status == 403 and body["error"]["code"] == "path_not_allowed", url
    with running_server(FakeRuntime()) as server:  # no --allow-files: paths are not accepted at all
        status, _, body = request(server, "POST", CHAT, user("x", str(allowed / "ok.png")))
        assert status == 400 and "--allow-files" in body["error"]["message"]


def test_runtime_errors_reach_the_client_in_both_modes():
    from desktop_vlm.core.errors import DeviceOutOfMemoryError

    with running_server(FakeRuntime(fail_with=InvalidRequestError(Message("Too many tiles.")))) as server:
        status, _, body = request(server, "POST", CHAT, user("x"))
        assert status == 400 and body["error"]["message"] == "Too many tiles."
        conn, resp = open_stream(server, user("x"))
        events = []
        while (event := read_event(resp)) is not None:
            events.append(event)
        conn.close()
        assert events[-2]["error"]["message"] == "Too many tiles." and events[-1] == "[DONE]"
    with running_server(FakeRuntime(fail_with=DeviceOutOfMemoryError(Message("Out of GPU memory.")))) as server:
        status, _, body = request(server, "POST", CHAT, user("x"))
        assert status == 500 and body["error"]["code"] == "model_error"
        assert request(server, "GET", "/health")[2] == {"status": "ready"}  # the worker survived


class SlowPromptRuntime(FakeRuntime):
    """FakeRuntime whose prompt takes ``prompt_s`` before the first word, as a CPU's long prompt does."""

    def __init__(self, answer: str, prompt_s: float):
        super().__init__(answer)
        self.prompt_s = prompt_s

    def generate(self, request, on_text=None, cancel=None):
        time.sleep(self.prompt_s)
        return super().generate(request, on_text, cancel)


def test_a_stream_waiting_for_its_first_token_sends_keep_alive_comments(monkeypatch):
    from desktop_vlm.remote.client import RemoteRuntime
    from desktop_vlm.runtime.api import ChatRequest
    from desktop_vlm.server import handler

    monkeypatch.setattr(handler, "KEEPALIVE_S", 0.2)
    with running_server(SlowPromptRuntime("slow first words", prompt_s=1.5)) as server:
        conn, resp = open_stream(server, user("hi"))
        lines = []
        while line := resp.fp.readline():
            lines.append(line.decode())
        conn.close()
        host, port = server.server_address[:2]
        answer = RemoteRuntime(f"http://{host}:{port}/v1", "test-model").generate(ChatRequest("hi"))
    first_word = next(i for i, line in enumerate(lines) if '"content": "slow"' in line)
    comments = [line for line in lines[:first_word] if line.startswith(":")]
    assert len(comments) >= 3 and set(comments) == {": keep-alive\n"}  # every 0.2 s of the 1.5 s
    assert not any(line.startswith(":") for line in lines[first_word:])  # none while the words come
    assert answer.text == "slow first words"  # our own client skips them, as any SSE client does
