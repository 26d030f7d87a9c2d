"""RemoteRuntime against our own server on loopback: streaming, Stop mid-stream and during a silent
prefill, clear errors; and the CLI's --remote options."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PIL import Image

from desktop_vlm.core.errors import InvalidRequestError
from desktop_vlm.core.types import GenerationParams, TileParams, Turn
from desktop_vlm.remote import RemoteRuntime, open_runtime
from desktop_vlm.remote.client import RemoteError
from desktop_vlm.remote.wire import build_body, build_messages
from desktop_vlm.runtime.api import CancelToken, ChatRequest, VisualInput
from desktop_vlm.runtime.fake import FakeRuntime
from desktop_vlm.server import ImagePolicy, to_chat_request
from tests.headless.server_utils import running_server
from tests.headless.test_server import RecordingRuntime, wait_until


def _request(**kw) -> ChatRequest:
    red, blue = Image.new("RGB", (40, 30), "red"), Image.new("RGB", (20, 50), "blue")
    return ChatRequest(
        question="Now this one:\n<image>\nWhat changed?",
        visuals=[VisualInput(red, max_tiles=2), VisualInput(blue)],
        history=[Turn("<image>\nDescribe.", "A red card.")],
        system_message="Be brief.",
        tiles=TileParams(max_tiles=5),
        **kw,
    )


def test_messages_round_trip_through_the_server_mapping():
    original = _request(params=GenerationParams(max_new_tokens=9))
    body = {"messages": build_messages(original)}
    assert body["messages"][1]["content"][0]["type"] == "image_url"
    back = to_chat_request(body, ImagePolicy(), default_max_tiles=12)
    assert back.question == original.question and back.history == original.history
    assert back.system_message == "Be brief."
    assert [v.image.size for v in back.visuals] == [(40, 30), (20, 50)]
    assert [v.max_tiles for v in back.visuals] == [2, 5]  # per-image cap, else the request's
    with pytest.raises(InvalidRequestError):
        build_messages(ChatRequest("<image> and <image>", [VisualInput(Image.new("RGB", (8, 8)))]))


def test_streams_from_our_server():
    fake = FakeRuntime("streamed from afar")
    with running_server(fake) as server:
        remote = RemoteRuntime(server.url, "test-model")
        chunks = []
        result = remote.generate(_request(), on_text=chunks.append)
    assert "".join(chunks) == result.text == "streamed from afar" and len(chunks) == 3
    assert result.finish_reason == "stop" and result.stats.new_tokens == 3 and result.stats.prompt_tokens > 0
    assert fake.requests[0].question == "Now this one:\n<image>\nWhat changed?" and len(fake.requests[0].visuals) == 2


def test_an_answer_continued_through_our_server_sends_its_beginning_as_the_last_message():
    """The beginning goes as a last assistant message (with vLLM's ``continue_final_message``); our server reads
    it as the answer to go on with, and streams the text that follows it."""
    fake = FakeRuntime("The keeper climbed the stairs at dusk.")
    continued = _request(answer_so_far="The keeper climbed")
    body = build_body(continued, "test-model")
    assert body["messages"][-1] == {"role": "assistant", "content": "The keeper climbed"}
    assert body["continue_final_message"] is True and body["add_generation_prompt"] is False
    with running_server(fake) as server:
        chunks = []
        result = RemoteRuntime(server.url, "test-model").generate(continued, on_text=chunks.append)
    assert "".join(chunks) == result.text == " the stairs at dusk."
    (asked,) = fake.requests
    assert asked.answer_so_far == "The keeper climbed" and asked.question == continued.question
    assert asked.history == continued.history and len(asked.visuals) == 2


def test_stop_mid_stream_closes_the_connection_and_cancels_the_server():
    fake = RecordingRuntime(" ".join(f"w{i}" for i in range(500)), delay_s=0.01)
    with running_server(fake) as server:
        remote = RemoteRuntime(server.url + "/v1/", "test-model")
        cancel = CancelToken()
        chunks = []

        def on_text(text):
            chunks.append(text)
            if len(chunks) == 3:
                cancel.cancel()

        result = remote.generate(_request(), on_text=on_text, cancel=cancel)
        assert result.finish_reason == "cancelled" and result.text.startswith("w0 w1 w2")
        assert fake.finished.wait(10)  # the server noticed the closed connection
    assert fake.results[0].finish_reason == "cancelled" and len(fake.results[0].token_ids) < 500


def test_stop_while_the_server_is_silent_returns_promptly():
    step = threading.Event()
    fake = FakeRuntime("never sent", step_event=step)
    with running_server(fake) as server:
        remote, cancel, out = RemoteRuntime(server.url, "m"), CancelToken(), {}
        worker = threading.Thread(target=lambda: out.update(result=remote.generate(_request(), cancel=cancel)))
        worker.start()
        wait_until(lambda: len(fake.requests) == 1)  # the server is "prefilling" (blocked on step)
        cancel.cancel()
        worker.join(3)  # the watcher shuts the socket within ~50 ms; 3 s is only a failure deadline
        assert not worker.is_alive() and out["result"].finish_reason == "cancelled" and out["result"].text == ""
        fake.step_event = None
        step.set()


def test_clear_errors_for_unreachable_wrong_key_and_garbage():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    with pytest.raises(RemoteError, match="Cannot reach"):
        RemoteRuntime(f"http://127.0.0.1:{port}", "m").generate(_request())
    with running_server(FakeRuntime(), api_key="right-key") as server:
        wrong = RemoteRuntime(server.url, "m", api_key="wrong-key")
        with pytest.raises(RemoteError, match="refused the API key") as info:
            wrong.generate(_request())
        assert "wrong-key" not in str(info.value) and "wrong-key" not in repr(wrong)
        assert RemoteRuntime(server.url, "m", api_key="right-key").list_models() == ["test-model"]
    with running_server(FakeRuntime(), max_body=300) as server:  # our request is larger than that
        with pytest.raises(InvalidRequestError, match="refused the request: The request body is larger"):
            RemoteRuntime(server.url, "m").generate(_request())
    with pytest.raises(InvalidRequestError):
        RemoteRuntime("ftp://host", "m")

    class Garbage(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            self.wfile.write(b"data: {not json\n\n")

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Garbage)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        with pytest.raises(RemoteError, match="not OpenAI-compatible"):
            RemoteRuntime(f"http://127.0.0.1:{httpd.server_address[1]}", "m").generate(_request())
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_factory_reads_the_key_from_the_environment(monkeypatch):
    monkeypatch.setenv("VLM_TEST_KEY", "k")
    runtime = open_runtime("m", remote_url="http://127.0.0.1:9", remote_key_env="VLM_TEST_KEY")
    assert isinstance(runtime, RemoteRuntime) and "k'" not in repr(runtime)
    with pytest.raises(InvalidRequestError, match="VLM_UNSET_KEY"):
        open_runtime("m", remote_url="http://127.0.0.1:9", remote_key_env="VLM_UNSET_KEY")


def test_cli_batch_and_ask_with_remote(tmp_path, inputs):
    folder, ids = inputs
    env = {**os.environ, "SERVER_KEY": "sesame"}
    with running_server(FakeRuntime("far away"), api_key="sesame") as server:
        out = tmp_path / "remote.jsonl"
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "desktop_vlm",
                "batch",
                folder,
                "--prompt",
                "What?",
                "-o",
                out,
                "--remote",
                server.url,
                "--remote-model",
                "test-model",
                "--remote-key-env",
                "SERVER_KEY",
            ],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
        )
        assert proc.returncode == 0, proc.stderr
        rows = [json.loads(line) for line in out.read_text().splitlines()]
        assert sorted(r["id"] for r in rows) == ids and {r["answer"] for r in rows} == {"far away"}
        image = folder / "img0.png"
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "desktop_vlm",
                "ask",
                "test-model",
                "Hi?",
                "--image",
                image,
                "--remote",
                server.url,
                "--remote-key-env",
                "SERVER_KEY",
                "--json",
            ],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
        )
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout)["text"] == "far away"
        proc = subprocess.run(
            [sys.executable, "-m", "desktop_vlm", "ask", "m", "Hi?", "--remote", server.url],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
        )
        assert proc.returncode == 1 and "API key" in proc.stderr and "Traceback" not in proc.stderr


def _one_shot_server(payload: bytes, content_type: str = "application/json"):
    """A server that answers every POST with ``payload`` in one piece (it ignores ``stream``)."""

    class OneShot(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), OneShot)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


def test_a_server_that_ignores_stream_is_read_as_one_answer():
    whole = {
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": "All at once."}, "finish_reason": "length"}
        ],
        "usage": {"prompt_tokens": 7, "completion_tokens": 3},
    }
    for payload, expected in ((json.dumps(whole).encode(), "All at once."), (b'{"choices": []}', None)):
        httpd = _one_shot_server(payload, "application/json; charset=utf-8")
        try:
            remote = RemoteRuntime(f"http://127.0.0.1:{httpd.server_address[1]}", "m")
            if expected is None:
                with pytest.raises(RemoteError, match="not OpenAI-compatible"):
                    remote.generate(_request())
                continue
            chunks = []
            result = remote.generate(_request(), on_text=chunks.append)
        finally:
            httpd.shutdown()
            httpd.server_close()
        assert chunks == [expected] and result.text == expected and result.finish_reason == "length"
        assert result.stats.prompt_tokens == 7 and result.stats.new_tokens == 3
