"""Ristretto-3B against the original implementation's recorded outputs on the tiny fixture checkpoint:
pixels, SigLIP features, projector output at every recorded image-token budget, full-sequence logits,
and the exact prompt and greedy ids of every recorded chat (API and CLI)."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from PIL import Image

from desktop_vlm.cli.main import main
from desktop_vlm.core.errors import InvalidRequestError
from desktop_vlm.core.types import GenerationParams, TileParams, Turn
from desktop_vlm.runtime import load_runtime
from desktop_vlm.runtime.api import ChatRequest, VisualInput
from desktop_vlm.runtime.preprocess import preprocess_image
from tests.conftest import REFERENCE_DIR

FOLDER = REFERENCE_DIR / "Ristretto-3B"
RECORD = json.loads((FOLDER / "reference.json").read_text())
ARRAYS = np.load(FOLDER / "reference.npz")
TILES = TileParams(max_tiles=RECORD["preprocessing"]["max_num"])


@pytest.fixture(scope="module")
def runtime():
    return load_runtime(FOLDER, device="cpu", dtype="float32")


@pytest.fixture(scope="module")
def image():
    return Image.open(FOLDER / "test_image.png").convert("RGB")


@pytest.fixture(scope="module")
def pixels(runtime, image):
    values, plan = preprocess_image(
        image, runtime.model.tile_norm, min_tiles=1, max_tiles=TILES.max_tiles, use_thumbnail=True
    )
    assert plan.total_tiles == RECORD["preprocessing"]["num_tiles_incl_thumbnail"]
    return values


def test_pixels_and_siglip_features(runtime, pixels):
    np.testing.assert_array_equal(pixels.numpy(), ARRAYS["pixel_values"])
    with torch.inference_mode():
        hidden = runtime.model.vision_model(pixel_values=pixels).last_hidden_state
    np.testing.assert_allclose(hidden.numpy(), ARRAYS["siglip_last_hidden_state"], rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("n", [64, 144, 256, 576, 729])
def test_projector_output_for_each_budget(runtime, pixels, n):
    with torch.inference_mode():
        features = runtime.model.encode_tiles(pixels, n)
    np.testing.assert_allclose(features.numpy(), ARRAYS[f"vit_embeds_{n}"], rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("n", [256, 64])
def test_full_sequence_logits_for_an_image_prompt(runtime, image, n):
    case = RECORD["forward_image"][str(n)]
    request = ChatRequest(case["question"], [VisualInput(image)], tiles=TILES, image_tokens=n)
    ids = ARRAYS[f"image_input_ids_{n}"].tolist()
    assert runtime.count_prompt_tokens(request) == len(ids)
    logits = runtime.forward_logits(request, all_positions=True)  # (L, V): every position of the prompt
    np.testing.assert_allclose(logits.numpy(), ARRAYS[f"image_logits_{n}"], rtol=1e-4, atol=1e-4)
    assert int(logits[-1].argmax()) == case["last_pos_argmax"]


def test_text_logits(runtime):
    request = ChatRequest(RECORD["forward_text"]["question"])
    logits = runtime.forward_logits(request, all_positions=True)
    assert runtime.count_prompt_tokens(request) == len(ARRAYS["text_input_ids"])
    np.testing.assert_allclose(logits.numpy(), ARRAYS["text_logits"], rtol=1e-4, atol=1e-4)


def _chat_request(name: str, image) -> ChatRequest:
    chats = RECORD["chats"]
    case = chats[name]
    history = []
    if name == "text_turn2":
        history = [Turn(*chats["text_turn1"]["history_after"][0])]
    elif name.startswith("image_turn2"):
        history = [Turn(*chats["image_turn1" + ("_nit144" if "nit144" in name else "")]["history_after"][0])]
    visuals = [VisualInput(image)] if name.startswith("image") else []
    return ChatRequest(
        case["question"],
        visuals,
        history,
        params=GenerationParams(max_new_tokens=16),
        tiles=TILES,
        image_tokens=case["num_image_token_arg"],
    )


@pytest.mark.parametrize("name", sorted(RECORD["chats"]))
def test_every_recorded_chat(runtime, image, name):
    case = RECORD["chats"][name]
    result = runtime.generate(_chat_request(name, image))
    assert result.prompt_token_ids == case["input_ids"]
    assert result.token_ids == case["generated_ids"] == case["generated_ids_raw"][1:]


def test_follow_up_reuses_the_image_at_the_same_budget(runtime, image):
    runtime.reset_cache()
    runtime.generate(_chat_request("image_turn1_nit144", image))
    second = runtime.generate(_chat_request("image_turn2_with_history_nit144", image))
    assert second.stats.image_tiles == 0 and second.stats.reused_prompt_tokens > 400
    assert second.token_ids == RECORD["chats"]["image_turn2_with_history_nit144"]["generated_ids"]


@pytest.mark.parametrize("n", [0, 50, 1000, 730])
def test_bad_budgets_are_refused_clearly(runtime, n):
    with pytest.raises(InvalidRequestError, match="perfect square"):
        runtime.generate(ChatRequest("Hi", image_tokens=n))


def test_cli_json_with_image_tokens(capsys):
    case = RECORD["chats"]["image_single_nit576"]
    code = main(
        [
            "ask",
            str(FOLDER),
            case["question"],
            "--image",
            str(FOLDER / "test_image.png"),
            "--image-tokens",
            "576",
            "--max-tiles",
            "4",
            "--max-new-tokens",
            "16",
            "--json",
        ]
    )
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    assert out["prompt_token_ids"] == case["input_ids"] and out["token_ids"] == case["generated_ids"]
