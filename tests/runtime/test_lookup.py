"""Lookup decoding: drafts from the conversation's own n-grams, and answers that are the ones token-by-token
decoding gives (float32, where a step of a few rows computes each row as a step of one does)."""

from __future__ import annotations

import time

import pytest
from PIL import Image

from desktop_vlm.core.errors import InvalidRequestError
from desktop_vlm.core.types import MAX_LOOKUP_TOKENS, GenerationParams, TileParams, Turn
from desktop_vlm.runtime import load_runtime
from desktop_vlm.runtime.api import CancelToken, ChatRequest, VisualInput
from desktop_vlm.runtime.lookup import DraftPlanner, NgramLookup
from tests.conftest import REFERENCE_DIR


def test_the_longest_tail_seen_before_drafts_what_followed_its_latest_occurrence():
    lookup = NgramLookup([1, 2, 3, 9, 1, 2, 4, 5, 6, 2, 3, 7, 8, 1, 2])
    # tail (1, 2) occurred at 0 (then 3) and at 4 (then 4): the latest wins; no (8, 1, 2) before
    assert lookup.draft(3) == [4, 5, 6]
    lookup.extend([3])  # tail (1, 2, 3) occurred at 0: its three-token run beats (2, 3) at 9
    assert lookup.draft(2) == [9, 1]
    assert lookup.draft(0) == []


def test_no_draft_without_an_earlier_occurrence_of_two_tokens():
    assert NgramLookup([5, 6, 7, 5]).draft(4) == []  # a single repeated token says too little
    assert NgramLookup([5, 6]).draft(4) == []  # the tail never matches itself


def test_extending_step_by_step_indexes_as_building_at_once():
    ids = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 6, 2, 6, 4, 3, 3, 8, 3, 2, 7, 9, 5]
    grown = NgramLookup()
    for cut in range(len(ids)):
        grown.extend(ids[cut : cut + 1])
        assert grown.draft(5) == NgramLookup(ids[: cut + 1]).draft(5)


def test_draft_lengths_and_beams_are_checked():
    with pytest.raises(InvalidRequestError, match="lookup tokens"):
        GenerationParams(lookup_tokens=MAX_LOOKUP_TOKENS + 1).validate()
    with pytest.raises(InvalidRequestError, match="lookup decoding"):
        GenerationParams(lookup_tokens=2, num_beams=2).validate()


def drafts_cost_nothing(runtime) -> None:
    """Tell the runtime's planner that a step of one row is slow and steps of more rows are fast, so it feeds
    every draft whatever this machine's next steps cost (one-row steps, which alone would lower that first
    time, are rare while drafts are fed)."""
    runtime.draft_planner.observe_step(1, 1.0)
    for rows in range(2, MAX_LOOKUP_TOKENS + 2):
        runtime.draft_planner.observe_step(rows, 0.001)


def _conversation(runtime, lookup: int, max_new_tokens: int = 40):
    image = Image.open(REFERENCE_DIR / "images" / "image2.png").convert("RGB")
    history, results = [], []
    for question in ("<image>\nDescribe the image.", "Repeat that, word for word.", "Once more?"):
        params = GenerationParams(max_new_tokens=max_new_tokens, lookup_tokens=lookup)
        request = ChatRequest(
            question, [VisualInput(image)], list(history), params=params, tiles=TileParams(max_tiles=2)
        )
        result = runtime.generate(request)
        history.append(Turn(question, result.text))
        results.append(result)
    return results


@pytest.mark.parametrize("model", ["InternVL2_5-4B", "Mini-InternVL-Chat-4B-V1-5", "Ristretto-3B", "Mono-InternVL-2B"])
def test_lookup_answers_are_the_token_by_token_ones_over_turns(model):
    runtime = load_runtime(REFERENCE_DIR / model, device="cpu", dtype="float32")
    plain = _conversation(runtime, 0)
    runtime.reset_cache()
    drafts_cost_nothing(runtime)
    looked = _conversation(runtime, 4)
    assert [r.token_ids for r in looked] == [r.token_ids for r in plain]
    assert [r.finish_reason for r in looked] == [r.finish_reason for r in plain]
    assert sum(r.stats.accepted_tokens for r in looked) > 0  # drafts were fed and some kept
    assert all(r.stats.accepted_tokens <= r.stats.drafted_tokens for r in looked)
    assert looked[-1].stats.reused_prompt_tokens == plain[-1].stats.reused_prompt_tokens > 0  # the cache stayed whole


def test_a_stop_or_the_token_limit_inside_kept_drafts_ends_where_plain_decoding_does():
    runtime = load_runtime(REFERENCE_DIR / "InternVL2_5-4B", device="cpu", dtype="float32")
    request = lambda lookup, limit: ChatRequest(  # noqa: E731
        "Count: one two three, one two three, one two three",
        params=GenerationParams(max_new_tokens=limit, lookup_tokens=lookup),
    )
    plain = runtime.generate(request(0, 40)).token_ids
    drafts_cost_nothing(runtime)
    looked = runtime.generate(request(6, 40))
    assert looked.token_ids == plain and looked.stats.accepted_tokens > 0
    for limit in (2, 7, 13):
        assert runtime.generate(request(6, limit)).token_ids == plain[:limit]
    runtime.stop_id = plain[11]  # a token the drafts reach
    stopped = runtime.generate(request(6, 40))
    assert stopped.finish_reason == "stop" and stopped.token_ids == plain[: plain.index(plain[11]) + 1]


def test_a_cancelled_lookup_answer_leaves_a_cache_the_next_question_reuses():
    runtime = load_runtime(REFERENCE_DIR / "InternVL2_5-4B", device="cpu", dtype="float32")
    drafts_cost_nothing(runtime)
    cancel = CancelToken()
    pieces: list[str] = []

    def stop_after_a_few(text: str) -> None:
        pieces.append(text)
        if len(pieces) == 6:
            cancel.cancel()

    params = GenerationParams(max_new_tokens=60, lookup_tokens=4)
    first = ChatRequest("Say: red green blue, red green blue, red green blue", params=params)
    cut = runtime.generate(first, on_text=stop_after_a_few, cancel=cancel)
    assert cut.finish_reason == "cancelled"
    follow = ChatRequest("And again?", history=[Turn(first.question, cut.text)], params=params)
    again = runtime.generate(follow)
    runtime.reset_cache()
    assert runtime.generate(follow).token_ids == again.token_ids  # the kept cache gave what a fresh one does
    assert again.stats.reused_prompt_tokens > 0


def test_the_planner_times_one_row_first_then_tries_one_more_draft_token_at_a_time():
    planner = DraftPlanner(6)
    assert planner.length(6) == 0  # nothing to judge a few-row step by yet
    planner.observe_step(1, 0.100)
    for d in range(1, 7):  # every draft token kept, every step as fast as one row
        assert planner.length(6) == d  # the best known (d − 1) and one more, untimed
        planner.observe_step(d + 1, 0.101)
        planner.observe_draft(d, d)
    assert planner.length(6) == 6 and planner.length(3) == 3


def test_the_planner_stops_drafting_where_each_row_costs_a_step_and_retries_now_and_then():
    planner = DraftPlanner(6)
    planner.observe_step(1, 0.100)
    assert planner.length(6) == 1  # tried once
    planner.observe_step(2, 0.200)  # a second row costs a whole step
    planner.observe_draft(1, 1)
    assert planner.length(6) == 0
    for _ in range(DraftPlanner.RETRY_AFTER - 1):
        planner.observe_step(1, 0.100)
        assert planner.length(6) == 0
    planner.observe_step(1, 0.100)
    assert planner.length(6) == 1  # its time is old: measured again, once


def test_the_planner_leaves_out_the_positions_that_are_never_kept():
    planner = DraftPlanner(6)
    planner.observe_step(1, 0.100)
    for rows in range(2, 8):
        planner.observe_step(rows, 0.101 if rows <= 4 else 0.110)  # each row past four costs a little
    for _ in range(30):
        planner.observe_draft(6, 3)  # the first three kept every time, the fourth never
    assert planner.length(6) == 3


def test_lookup_stops_feeding_drafts_where_a_few_rows_cost_much_more_than_one(monkeypatch):
    runtime = load_runtime(REFERENCE_DIR / "InternVL2_5-4B", device="cpu", dtype="float32")
    decoder = runtime.model.decoder
    forward = decoder.forward

    def per_row(inputs_embeds, *args, **kwargs):  # every extra row of a step costs a whole step more
        if inputs_embeds.shape[1] <= 7:
            time.sleep(0.01 * inputs_embeds.shape[1])
        return forward(inputs_embeds, *args, **kwargs)

    monkeypatch.setattr(decoder, "forward", per_row)
    request = ChatRequest(
        "Count: one two three, one two three", params=GenerationParams(max_new_tokens=40, lookup_tokens=6)
    )
    runtime.generate(request)  # learns what steps of each size cost
    later = runtime.generate(request)
    assert later.stats.drafted_tokens <= 6  # at most a retry now and then, where drafts were 20+ an answer
