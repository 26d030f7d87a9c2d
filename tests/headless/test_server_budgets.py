"""What one request may cost the server: images decoded only after admission and within a pixel budget,
text bounded before tokenization, strict JSON and typed options, and a queue that is never unbounded."""

from __future__ import annotations

import base64
import threading

import pytest

import desktop_vlm.media
from desktop_vlm.cli.main import build_parser
from desktop_vlm.runtime.fake import FakeRuntime
from desktop_vlm.server import ImagePolicy, ModelWorker
from desktop_vlm.server.messages import MAX_MESSAGES, MAX_TEXT_CHARS
from tests.headless.server_utils import data_url, open_stream, read_event, request, running_server, user
from tests.headless.test_server import wait_until
from tests.media.fuzz_inputs import large_png

CHAT = "/v1/chat/completions"


@pytest.fixture
def decodes(monkeypatch) -> list[int]:
    """Counts the images the server decodes (the server imports load_image when it decodes)."""
    calls = []
    real = desktop_vlm.media.load_image

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(desktop_vlm.media, "load_image", counting)
    return calls


def test_a_request_refused_for_a_full_queue_decodes_none_of_its_images(decodes):
    step = threading.Event()
    fake = FakeRuntime("a b c", step_event=step)
    with running_server(fake, max_queue=1) as server:
        conn, resp = open_stream(server, user("first"))
        assert read_event(resp)["choices"][0]["delta"]["role"] == "assistant"  # running, blocked on step
        waiting = threading.Thread(target=request, args=(server, "POST", CHAT, user("second")))
        waiting.start()
        wait_until(lambda: server.worker.queue_depth() == 1)
        status, _, body = request(server, "POST", CHAT, user("third", data_url(), data_url()))
        assert status == 429 and body["error"]["code"] == "queue_full"
        assert decodes == []  # refused before its two images were decoded
        fake.step_event = None
        step.set()
        while read_event(resp) not in (None, "[DONE]"):
            pass
        conn.close()
        waiting.join(20)
        assert request(server, "POST", CHAT, user("now", data_url()))[0] == 200 and decodes == [1]


def test_the_pixels_of_a_whole_request_are_budgeted_before_any_decoding(decodes):
    # 16 images of 6324×6324 (each just under the 40 MP per-image limit) asked for 3.9 GB of decoding
    url = "data:image/png;base64," + base64.b64encode(large_png(6324, 6324, declared_only=True)).decode()
    with running_server(FakeRuntime("ok")) as server:
        status, _, body = request(server, "POST", CHAT, user("x", *[url] * 16))
    assert status == 413 and body["error"]["code"] == "images_too_large"
    assert "639.9 MP together, more than the 64 MP a request may have" in body["error"]["message"]
    assert decodes == []


def test_an_image_that_cannot_be_decoded_gives_its_queue_place_back(decodes):
    broken = "data:image/png;base64," + base64.b64encode(large_png(64, 48, declared_only=True)).decode()
    with running_server(FakeRuntime("ok"), max_queue=1) as server:
        for _ in range(3):
            status, _, body = request(server, "POST", CHAT, user("x", broken))
            assert status == 400 and body["error"]["code"] == "invalid_image"
        assert request(server, "POST", CHAT, user("x", data_url()))[0] == 200  # the place was not lost


def test_text_is_bounded_before_anything_is_tokenized():
    with running_server(FakeRuntime("ok")) as server:
        status, _, body = request(server, "POST", CHAT, user("y" * (MAX_TEXT_CHARS + 1)))
        assert status == 413 and body["error"]["code"] == "text_too_long"
        many = {
            "messages": [{"role": "user", "content": "x"}, {"role": "assistant", "content": "y"}] * (MAX_MESSAGES // 2)
            + [{"role": "user", "content": "z"}]
        }
        status, _, body = request(server, "POST", CHAT, many)
        assert status == 413 and body["error"]["code"] == "too_many_messages"
    with running_server(FakeRuntime("ok"), max_text_chars=10) as server:
        assert request(server, "POST", CHAT, user("0123456789"))[0] == 200
        assert request(server, "POST", CHAT, user("0123456789!"))[0] == 413


@pytest.mark.parametrize(
    "raw",
    [
        b'{"messages": [{"role": "user", "content": "x"}], "temperature": NaN}',
        b'{"messages": [{"role": "user", "content": "x"}], "top_p": Infinity}',
        b'{"messages": [{"role": "user", "content": "x"}], "max_tokens": 1e400}',
        b'{"messages": [{"role": "user", "content": "x"}], "extra": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
        b'{"messages": [{"role": "user", "content": "x"}], "max_tokens": 1' + b"0" * 5000 + b"}",
    ],
)
def test_json_that_python_would_accept_but_is_not_json_gets_400(raw):
    with running_server(FakeRuntime("ok")) as server:
        status, _, body = request(server, "POST", CHAT, raw=raw)
        assert status == 400 and body["error"]["code"] == "invalid_json", body
        assert request(server, "POST", CHAT, user("still fine"))[0] == 200


@pytest.mark.parametrize(
    "extra, param",
    [
        ({"temperature": "hot"}, "temperature"),
        ({"top_p": "x"}, "top_p"),
        ({"max_tokens": "12"}, "max_tokens"),
        ({"max_tokens": True}, "max_tokens"),
        ({"max_completion_tokens": 2.5}, "max_completion_tokens"),
        ({"stream": "yes"}, "stream"),
    ],
)
def test_options_of_the_wrong_type_are_refused_not_ignored(extra, param):
    with running_server(FakeRuntime("ok")) as server:
        status, _, body = request(server, "POST", CHAT, user("x", **extra))
    assert status == 400 and body["error"]["param"] == param


def test_a_queue_of_zero_is_refused_where_it_is_given(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["serve", "fake:", "--max-queue", "0"])
    assert "--max-queue: must be between 1 and 10000 (got 0)" in capsys.readouterr().err
    with pytest.raises(ValueError, match="at least 1"):
        ModelWorker(FakeRuntime, max_queue=0)


def test_the_per_image_limit_still_applies_to_each_image():
    with running_server(FakeRuntime("ok"), policy=ImagePolicy(max_pixels=1000)) as server:
        status, _, body = request(server, "POST", CHAT, user("x", data_url((40, 30))))
    assert status == 400 and "40×30 pixels, more than the 0.001 MP limit" in body["error"]["message"]
