"""Mono-InternVL-2B against what the original implementation produced on the reference fixture:
pixel values, patch-embedding + projector features, full-sequence logits (visual experts on and off,
text-only), and the exact prompt and greedy ids of every recorded chat (Python API and CLI)."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from PIL import Image

from desktop_vlm.cli.main import main
from desktop_vlm.core.types import GenerationParams, TileParams, Turn
from desktop_vlm.runtime import load_runtime
from desktop_vlm.runtime.api import ChatRequest, VisualInput
from desktop_vlm.runtime.preprocess import preprocess_image
from tests.conftest import REFERENCE_DIR

FOLDER = REFERENCE_DIR / "Mono-InternVL-2B"
MAX_TILES = 4  # the reference ran load_image(..., max_num=4): 2 tiles + thumbnail
PARAMS = GenerationParams(max_new_tokens=16)


@pytest.fixture(scope="module")
def ref():
    runtime = load_runtime(FOLDER, device="cpu", dtype="float32")
    record = json.loads((FOLDER / "reference.json").read_text(encoding="utf-8"))
    return runtime, record, np.load(FOLDER / "reference.npz")


def _image() -> Image.Image:
    return Image.open(FOLDER / "test_image.png").convert("RGB")


def _full_logits(runtime, ids: np.ndarray, features: torch.Tensor | None, experts: bool = True) -> np.ndarray:
    """(L, V) logits of one cache-less forward over ``ids``, image tokens spliced in as the original."""
    decoder = runtime.model.decoder
    ids_t = torch.from_numpy(ids).view(1, -1)
    mask = ids_t == runtime.img_context_id
    embeds = decoder.embed(ids_t)
    if features is not None:
        embeds = embeds.masked_scatter(mask.unsqueeze(-1), features.reshape(-1, features.shape[-1]))
    with torch.inference_mode():
        logits = decoder(embeds, mask if experts else torch.zeros_like(mask), decoder.new_cache(), logits_to_keep=0)
    return logits[0].numpy()


def test_model_info(ref):
    runtime, record, _ = ref
    assert runtime.info.family == "mono-internvl" and runtime.info.template == "internlm2-chat"
    assert runtime.info.tokens_per_tile == record["num_image_token"] == 256
    assert runtime.tokenizer.token_to_id("<IMG_CONTEXT>") == record["special_token_ids"]["<IMG_CONTEXT>"]
    assert runtime.stop_id == record["special_token_ids"]["<|im_end|>"]


def test_pixel_values_and_vision_features(ref):
    runtime, record, arrays = ref
    pixels, plan = preprocess_image(
        _image(), runtime.model.tile_norm, min_tiles=1, max_tiles=MAX_TILES, use_thumbnail=True
    )
    assert plan.total_tiles == record["preprocessing"]["num_tiles_incl_thumbnail"] == 3
    np.testing.assert_allclose(pixels.numpy(), arrays["pixel_values"], rtol=0, atol=1e-5)
    with torch.inference_mode():
        features = runtime.model.encode_tiles(torch.from_numpy(arrays["pixel_values"]))
    assert features.shape == (3, 256, 64)
    np.testing.assert_allclose(features.numpy(), arrays["image_vit_embeds"], rtol=1e-4, atol=1e-4)


def test_image_prompt_logits_with_and_without_experts(ref):
    runtime, record, arrays = ref
    features = torch.from_numpy(arrays["image_vit_embeds"])
    ids = arrays["image_input_ids"]
    on = _full_logits(runtime, ids, features)
    np.testing.assert_allclose(on, arrays["image_logits"], rtol=1e-4, atol=2e-4)
    off = _full_logits(runtime, ids, features, experts=False)
    np.testing.assert_allclose(off, arrays["image_logits_routing_off"], rtol=1e-4, atol=2e-4)
    # the experts matter: switching them off moves the logits far beyond any tolerance
    assert np.abs(on - off).max() > 10
    assert int(on[-1].argmax()) == record["forward_image"]["last_pos_argmax"]


def test_text_prompt_logits(ref):
    runtime, record, arrays = ref
    logits = _full_logits(runtime, arrays["text_input_ids"], None)
    np.testing.assert_allclose(logits, arrays["text_logits"], rtol=1e-4, atol=2e-4)
    assert int(logits[-1].argmax()) == record["forward_text"]["last_pos_argmax"]


def _request(chat: dict, image: bool, history) -> ChatRequest:
    return ChatRequest(
        chat["question"],
        [VisualInput(_image())] if image else [],
        [Turn(q, a) for q, a in history],
        params=PARAMS,
        tiles=TileParams(max_tiles=MAX_TILES),
    )


def _check(result, chat: dict) -> None:
    assert result.prompt_token_ids == chat["input_ids"]
    assert chat["generated_ids_raw"][1:] == chat["generated_ids"]  # [0] is the dummy BOS of 4.37's generate
    assert result.token_ids == chat["generated_ids"]
    assert result.text == chat["response"]


def test_text_chat_two_turns(ref):
    runtime, record, _ = ref
    chats = record["chats"]
    runtime.reset_cache()
    first = runtime.generate(_request(chats["text_turn1"], False, []))
    _check(first, chats["text_turn1"])
    # the history holds our own decoded answer: its re-tokenisation must give the original's ids
    second = runtime.generate(_request(chats["text_turn2"], False, [(chats["text_turn1"]["question"], first.text)]))
    _check(second, chats["text_turn2"])
    assert second.stats.reused_prompt_tokens > 0


def test_image_chats(ref):
    runtime, record, _ = ref
    chats = record["chats"]
    runtime.reset_cache()
    _check(runtime.generate(_request(chats["image_single"], True, [])), chats["image_single"])
    first = runtime.generate(_request(chats["image_turn1"], True, []))
    _check(first, chats["image_turn1"])
    history = [(chats["image_turn1"]["question"], first.text)]
    second = runtime.generate(_request(chats["image_turn2_with_history"], True, history))
    _check(second, chats["image_turn2_with_history"])
    assert second.stats.image_tiles == 0  # the image lies in the reused prefix


def test_image_chat_from_a_fresh_runtime_equals_reuse(ref):
    """Turn two without any kept cache (full recompute) gives the same ids as the reuse path above."""
    _, record, _ = ref
    chats = record["chats"]
    fresh = load_runtime(FOLDER, device="cpu", dtype="float32")
    history = [(chats["image_turn1"]["question"], chats["image_turn1"]["response"])]
    _check(
        fresh.generate(_request(chats["image_turn2_with_history"], True, history)), chats["image_turn2_with_history"]
    )


def test_cli_ask_json(capsys):
    record = json.loads((FOLDER / "reference.json").read_text(encoding="utf-8"))
    chat = record["chats"]["image_single"]
    question = chat["question"].removeprefix("<image>\n")  # the CLI adds the placeholder like chat()
    code = main(
        [
            "ask",
            str(FOLDER),
            question,
            "--image",
            str(FOLDER / "test_image.png"),
            "--max-tiles",
            str(MAX_TILES),
            "--max-new-tokens",
            "16",
            "--device",
            "cpu",
            "--dtype",
            "float32",
            "--json",
        ]
    )
    assert code == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["prompt_token_ids"] == chat["input_ids"]
    assert answer["token_ids"] == chat["generated_ids"]
    assert answer["model"]["family"] == "mono-internvl" and answer["model"]["dtype"] == "float32"
