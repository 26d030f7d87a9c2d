"""Generation behaviour on a tiny real checkpoint: streaming, cancel, sampling, beams, limits, stats."""

from __future__ import annotations

import pytest
from PIL import Image

from desktop_vlm.core.errors import ContextLengthError, InvalidRequestError
from desktop_vlm.core.types import GenerationParams
from desktop_vlm.runtime import load_runtime
from desktop_vlm.runtime.api import CancelToken, ChatRequest, VisualInput
from tests.conftest import REFERENCE_DIR


@pytest.fixture(scope="module")
def runtime():
    return load_runtime(REFERENCE_DIR / "InternVL2_5-4B", device="cpu", dtype="float32")


def _ask(runtime, **params):
    return ChatRequest("Hello, who are you?", params=GenerationParams(**params))


def test_streamed_chunks_add_up_to_the_answer(runtime):
    chunks: list[str] = []
    result = runtime.generate(_ask(runtime, max_new_tokens=20), on_text=chunks.append)
    assert len(chunks) > 1
    assert "".join(chunks).strip() == result.text


def test_cancel_stops_within_a_token(runtime):
    cancel = CancelToken()
    seen: list[str] = []

    def on_text(chunk):
        seen.append(chunk)
        if len(seen) == 2:
            cancel.cancel()

    result = runtime.generate(_ask(runtime, max_new_tokens=40), on_text=on_text, cancel=cancel)
    assert result.finish_reason == "cancelled"
    assert len(result.token_ids) < 40
    # the conversation state stays usable: the next request runs and reuses nothing stale
    assert runtime.generate(_ask(runtime, max_new_tokens=3)).finish_reason == "length"


def test_cancel_before_start_returns_an_empty_cancelled_answer(runtime):
    cancel = CancelToken()
    cancel.cancel()
    result = runtime.generate(_ask(runtime, max_new_tokens=5), cancel=cancel)
    assert result.finish_reason == "cancelled" and result.token_ids == [] and result.text == ""


def test_sampling_is_reproducible_with_a_seed_and_top_k_1_is_greedy(runtime):
    greedy = runtime.generate(_ask(runtime, max_new_tokens=10)).token_ids
    a = runtime.generate(_ask(runtime, max_new_tokens=10, do_sample=True, temperature=1.5, seed=7)).token_ids
    b = runtime.generate(_ask(runtime, max_new_tokens=10, do_sample=True, temperature=1.5, seed=7)).token_ids
    assert a == b
    top1 = runtime.generate(_ask(runtime, max_new_tokens=10, do_sample=True, top_k=1, seed=1)).token_ids
    assert top1 == greedy


def test_repetition_penalty_changes_a_repetitive_answer(runtime):
    plain = runtime.generate(_ask(runtime, max_new_tokens=30)).token_ids
    penalised = runtime.generate(_ask(runtime, max_new_tokens=30, repetition_penalty=2.0)).token_ids
    assert len(set(penalised)) >= len(set(plain))


def test_beam_search_runs_and_scores_at_least_greedy(runtime):
    beams = runtime.generate(_ask(runtime, max_new_tokens=8, num_beams=3))
    assert beams.finish_reason in ("stop", "length") and 1 <= len(beams.token_ids) <= 8
    # after beams the next turn still works (the shared cache was rebuilt)
    assert len(runtime.generate(_ask(runtime, max_new_tokens=4)).token_ids) == 4


def test_stats_are_filled(runtime):
    image = Image.open(REFERENCE_DIR / "images" / "image2.png").convert("RGB")
    runtime.reset_cache()
    result = runtime.generate(ChatRequest("Describe.", [VisualInput(image)], params=GenerationParams(max_new_tokens=6)))
    s = result.stats
    assert s.image_tiles == 7 and s.prompt_tokens == len(result.prompt_token_ids)
    assert 0 < s.time_to_first_token_s <= s.total_s and s.prefill_s > 0 and s.vision_encode_s > 0
    assert s.new_tokens == len(result.token_ids)


@pytest.mark.parametrize(
    "params",
    [dict(max_new_tokens=0), dict(do_sample=True, temperature=0), dict(top_p=1.5), dict(num_beams=2, do_sample=True)],
)
def test_invalid_parameters_are_refused_clearly(runtime, params):
    with pytest.raises(InvalidRequestError):
        runtime.generate(_ask(runtime, **params))


def test_too_long_for_the_context_is_refused(runtime):
    with pytest.raises(ContextLengthError) as err:
        runtime.generate(_ask(runtime, max_new_tokens=32768))
    assert "context" in str(err.value)


def test_image_token_budget_is_fixed_for_internvl(runtime):
    with pytest.raises(InvalidRequestError, match="image tokens"):
        runtime.generate(ChatRequest("Hi", image_tokens=64))


def test_reserved_token_in_text_is_refused(runtime):
    with pytest.raises(InvalidRequestError, match="IMG_CONTEXT"):
        runtime.generate(ChatRequest("what is <IMG_CONTEXT>?"))


def test_placeholder_count_must_match_images(runtime):
    with pytest.raises(InvalidRequestError, match="placeholder"):
        runtime.generate(ChatRequest("<image>\n<image>\nTwo?", [VisualInput(Image.new("RGB", (50, 50)))]))


def test_logits_fed_one_decode_step_at_a_time_match_those_of_one_recompute(runtime):
    """``stepwise`` scores a continuation as decoding computes it (one row a step, the decode kernels); in
    float32 it gives what one recompute of the whole text gives, row for row, with an image in the prompt."""
    import torch

    picture = Image.new("RGB", (448, 448), "white")
    request = ChatRequest("<image>\nWhat is this?", [VisualInput(picture)], params=GenerationParams(max_new_tokens=5))
    continuation = runtime.generate(request).token_ids
    at_once = runtime.forward_logits(request, continuation)
    stepwise = runtime.forward_logits(request, continuation, stepwise=True)
    assert stepwise.shape == at_once.shape == (len(continuation) + 1, at_once.shape[-1])
    assert torch.allclose(stepwise, at_once, atol=1e-4, rtol=1e-4)
