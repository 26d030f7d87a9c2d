"""How far a prompt is, before its first token: the pictures' encoding, then the prompt's reading, reported per
transformer block on tiny real checkpoints of each family."""

from __future__ import annotations

import json

import pytest
from PIL import Image

from desktop_vlm.core.types import GenerationParams, TileParams, Turn
from desktop_vlm.runtime import load_runtime
from desktop_vlm.runtime.api import IMAGES, PROMPT, CancelToken, ChatRequest, VisualInput
from desktop_vlm.runtime.prompt_progress import repeated_blocks
from tests.conftest import REFERENCE_DIR

PICTURE = REFERENCE_DIR / "images" / "image1.png"


def _layers(folder: str) -> tuple[int, int | None]:
    config = json.loads((REFERENCE_DIR / folder / "config.json").read_text())
    vision = config.get("vision_config", {}).get("num_hidden_layers")
    return config.get("llm_config", config)["num_hidden_layers"], vision


def _ask(question: str, max_tiles: int, history: tuple[Turn, ...] = ()) -> ChatRequest:
    picture = Image.open(PICTURE).convert("RGB")
    return ChatRequest(
        question,
        [VisualInput(picture)],
        history=list(history),
        params=GenerationParams(max_new_tokens=4),
        tiles=TileParams(max_tiles=max_tiles),
    )


@pytest.mark.parametrize("folder", ["InternVL2_5-4B", "Ristretto-3B", "Mono-InternVL-2B"])
def test_a_question_about_a_picture_reports_its_pictures_then_its_prompt(folder):
    llm_layers, vision_layers = _layers(folder)
    runtime = load_runtime(REFERENCE_DIR / folder, device="cpu", dtype="float32")
    events: list[tuple[str, float]] = []
    result = runtime.generate(_ask("<image>\nWhat is in the picture?", 12), on_progress=lambda *e: events.append(e))
    assert result.token_ids  # it answered

    images = [fraction for stage, fraction in events if stage == IMAGES]
    prompt = [fraction for stage, fraction in events if stage == PROMPT]
    assert [stage for stage, _ in events] == [IMAGES] * len(images) + [PROMPT] * len(prompt)  # pictures first
    # one report per block that ran: the decode steps after the prompt report nothing
    assert prompt == [(k + 1) / llm_layers for k in range(llm_layers)]
    if vision_layers is None:  # Mono-InternVL's pictures go through its language model: no tower of their own
        assert images == []
    else:
        tiles = result.stats.image_tiles
        passes = -(-tiles // 8)  # tiles per vision forward on a CPU
        assert tiles > 8 and passes == 2  # the picture took two forwards: the fraction spans both
        assert images == [(k + 1) / (vision_layers * passes) for k in range(vision_layers * passes)]


def test_a_follow_up_about_the_same_picture_reads_only_its_new_positions():
    runtime = load_runtime(REFERENCE_DIR / "InternVL2_5-4B", device="cpu", dtype="float32")
    first = runtime.generate(_ask("<image>\nWhat is in the picture?", 2))
    events: list[tuple[str, float]] = []
    follow_up = _ask("And its colours?", 2, history=(Turn("<image>\nWhat is in the picture?", first.text),))
    again = runtime.generate(follow_up, on_progress=lambda *e: events.append(e))
    assert again.stats.reused_prompt_tokens > 0
    assert [stage for stage, _ in events] == [PROMPT, PROMPT]  # nothing encoded again; two blocks read the rest
    assert events[-1] == (PROMPT, 1.0)


def test_the_blocks_counted_are_the_towers_layers():
    runtime = load_runtime(REFERENCE_DIR / "InternVL2_5-4B", device="cpu", dtype="float32")
    llm_layers, vision_layers = _layers("InternVL2_5-4B")
    model = runtime.model
    assert list(repeated_blocks(model.decoder.language_model)) == list(model.decoder.language_model.model.layers)
    assert len(repeated_blocks(model.vision_model)) == vision_layers
    assert len(repeated_blocks(model.decoder.language_model)) == llm_layers


def _cancelling_at_first(stage: str, cancel: CancelToken, events: list):
    def report(seen_stage: str, fraction: float) -> None:
        events.append((seen_stage, fraction))
        if seen_stage == stage:
            cancel.cancel()

    return report


def test_stop_ends_the_prompt_at_the_next_block_and_the_next_answer_is_whole():
    runtime = load_runtime(REFERENCE_DIR / "InternVL2_5-4B", device="cpu", dtype="float32")
    question = _ask("<image>\nWhat is in the picture?", 2)
    cancel, events = CancelToken(), []
    stopped = runtime.generate(question, cancel=cancel, on_progress=_cancelling_at_first(PROMPT, cancel, events))
    assert stopped.finish_reason == "cancelled" and stopped.token_ids == []
    assert [e for e in events if e[0] == PROMPT] == [(PROMPT, 0.5)]  # the second block ran, then the prompt ended

    again = runtime.generate(question)  # the half-read cache was dropped, not reused
    fresh = load_runtime(REFERENCE_DIR / "InternVL2_5-4B", device="cpu", dtype="float32").generate(question)
    assert again.token_ids == fresh.token_ids and again.stats.reused_prompt_tokens == 0


def test_stop_ends_the_pictures_encoding_and_keeps_no_half_encoded_picture():
    runtime = load_runtime(REFERENCE_DIR / "InternVL2_5-4B", device="cpu", dtype="float32")
    question = _ask("<image>\nWhat is in the picture?", 12)
    cancel, events = CancelToken(), []
    stopped = runtime.generate(question, cancel=cancel, on_progress=_cancelling_at_first(IMAGES, cancel, events))
    assert stopped.finish_reason == "cancelled"
    assert events == [(IMAGES, 0.25)]  # the first of two vision forwards did not finish; no prompt was read

    events = []
    runtime.generate(question, on_progress=lambda *e: events.append(e))
    assert (IMAGES, 1.0) in events  # encoded again, whole
