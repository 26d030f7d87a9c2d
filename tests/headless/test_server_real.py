"""End to end with the real runtime: the tiny InternVL2.5 fixture checkpoint behind the server, an
image sent as a data URL, streaming and non-streaming answers that agree token for token."""

from __future__ import annotations

import pytest

from tests.conftest import REFERENCE_DIR
from tests.headless.server_utils import data_url, open_stream, read_event, request, running_server, user

MODEL = REFERENCE_DIR / "InternVL2_5-4B"


@pytest.fixture(scope="module")
def server():
    pytest.importorskip("torch")
    from desktop_vlm.runtime import load_runtime

    runtime = load_runtime(MODEL, device="cpu", dtype="float32")
    with running_server(runtime) as srv:
        yield srv


def test_real_runtime_streaming_and_non_streaming_agree(server):
    body = user("Describe the image.", data_url((96, 64), (10, 120, 240)), max_tokens=6)
    status, _, full = request(server, "POST", "/v1/chat/completions", body)
    assert status == 200, full
    answer = full["choices"][0]
    assert answer["finish_reason"] == "length" and full["usage"]["completion_tokens"] == 6
    # one image of 96x64 at the CPU tile cap: a few tiles of 256 tokens each, so the prompt is long
    assert full["usage"]["prompt_tokens"] > 256

    conn, resp = open_stream(server, body)
    events = []
    while (event := read_event(resp)) not in (None, "[DONE]"):
        events.append(event)
    conn.close()
    streamed = "".join(e["choices"][0]["delta"].get("content", "") for e in events)
    assert event == "[DONE]" and events[-1]["choices"][0]["finish_reason"] == "length"
    assert streamed == answer["message"]["content"]  # greedy: the same tokens both ways


def test_real_runtime_lists_the_model_and_answers_text_only(server):
    assert request(server, "GET", "/v1/models")[2]["data"][0]["id"] == "test-model"
    status, _, body = request(server, "POST", "/v1/chat/completions", user("no images", max_tokens=3))
    assert status == 200 and body["usage"]["completion_tokens"] <= 3


def test_a_server_with_lookup_decoding_answers_as_one_without(monkeypatch):
    """``desktop-vlm serve --lookup 4``: the same completion as the server without it, a looping prompt whose
    answer the conversation's own words can guess."""
    from desktop_vlm.runtime import load_runtime
    from tests.runtime.test_lookup import drafts_cost_nothing

    body = user("Say: one two three, one two three, one two three", max_tokens=30)
    with running_server(load_runtime(MODEL, device="cpu", dtype="float32")) as plain:  # closes its runtime
        expected = request(plain, "POST", "/v1/chat/completions", body)[2]["choices"][0]["message"]["content"]
    runtime = load_runtime(MODEL, device="cpu", dtype="float32")
    drafts_cost_nothing(runtime)
    results, generate = [], runtime.generate
    monkeypatch.setattr(runtime, "generate", lambda *a, **k: results.append(generate(*a, **k)) or results[-1])
    with running_server(runtime, lookup_tokens=4) as looked:
        status, _, answer = request(looked, "POST", "/v1/chat/completions", body)
    assert status == 200 and answer["choices"][0]["message"]["content"] == expected
    assert results[-1].stats.drafted_tokens > 0  # the server asked for lookup decoding
