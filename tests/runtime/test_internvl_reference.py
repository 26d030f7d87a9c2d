"""The InternViT family against what the original implementation produced on the reference fixtures:
exact prompt ids, exact greedy ids, step logits and vision features within float32 tolerance."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from PIL import Image

from desktop_vlm.core.types import GenerationParams, Turn
from desktop_vlm.runtime import load_runtime
from desktop_vlm.runtime.api import ChatRequest, VisualInput
from desktop_vlm.runtime.preprocess import IMAGENET_MEAN, IMAGENET_STD, ImageNormalization, preprocess_image
from tests.conftest import REFERENCE_DIR

MODELS = ["InternVL2_5-4B", "Mini-InternVL-Chat-4B-V1-5", "Vintern-3B-beta"]
PARAMS = GenerationParams(max_new_tokens=12)


def _image(name: str) -> Image.Image:
    return Image.open(REFERENCE_DIR / "images" / name).convert("RGB")


@pytest.fixture(scope="module", params=MODELS)
def case_data(request):
    folder = REFERENCE_DIR / request.param
    runtime = load_runtime(folder, device="cpu", dtype="float32")
    cases = json.loads((folder / "reference.json").read_text())["cases"]
    arrays = np.load(folder / "reference.npz")
    return runtime, cases, arrays


def _request(name: str, case: dict) -> ChatRequest:
    img1, img2 = _image("image1.png"), _image("image2.png")
    history = [Turn(q, a) for q, a in (case["history_in"] or [])]
    visuals = {
        "a_text_turn1": [],
        "a_text_turn2": [],
        "b_image": [VisualInput(img1)],
        "b_image_auto": [VisualInput(img1)],
        "c_two_images": [VisualInput(img1), VisualInput(img2)],
        "c_combined": [VisualInput(img1, combined_with=(img2,))],
        "d_multiturn_turn1": [VisualInput(img1)],
        "d_multiturn_turn2": [VisualInput(img1)],
        "f_video": [VisualInput(_image(f"frame{i}.png"), max_tiles=1) for i in range(1, 5)],
    }[name]
    return ChatRequest(case["question"], visuals, history, params=PARAMS)


CHAT_CASES = [
    "a_text_turn1",
    "a_text_turn2",
    "b_image",
    "b_image_auto",
    "c_two_images",
    "c_combined",
    "d_multiturn_turn1",
    "d_multiturn_turn2",
    "f_video",
]


@pytest.mark.parametrize("name", CHAT_CASES)
def test_chat_case_matches_original(case_data, name):
    runtime, cases, arrays = case_data
    request = _request(name, cases[name])
    result = runtime.generate(request)
    assert result.prompt_token_ids == arrays[f"{name}__input_ids"][0].tolist()
    # index 0 of the reference is the dummy BOS transformers 4.37 prepends; it was never fed to the model
    assert result.token_ids == arrays[f"{name}__generated"][0, 1:].tolist()
    # step logits: a full recompute, teacher-forced on the generated ids
    logits = runtime.forward_logits(request, result.token_ids[:-1]).numpy()
    np.testing.assert_allclose(logits, arrays[f"{name}__step_logits"][0], rtol=1e-4, atol=2e-4)


def test_batch_case_matches_single_requests(case_data):
    """batch_chat left-pads two samples; each row must equal our single-sample answer."""
    runtime, cases, arrays = case_data
    case = cases["e_batch"]
    ids, mask = arrays["e_batch__input_ids"], arrays["e_batch__attention_mask"]
    for row, image in enumerate(["image1.png", "image2.png"]):
        request = ChatRequest(case["question"][row], [VisualInput(_image(image))], params=PARAMS)
        result = runtime.generate(request)
        assert result.prompt_token_ids == ids[row][mask[row] == 1].tolist()
        assert result.token_ids == arrays["e_batch__generated"][row, 1:].tolist()


def test_forward_vision_features_and_last_logits(case_data):
    runtime, cases, arrays = case_data
    pixels, plan = preprocess_image(
        _image("image1.png"),
        ImageNormalization(448, IMAGENET_MEAN, IMAGENET_STD),
        min_tiles=1,
        max_tiles=12,
        use_thumbnail=True,
    )
    assert plan.total_tiles == 13
    with torch.inference_mode():
        features = runtime.model.encode_tiles(pixels)
    np.testing.assert_allclose(features.numpy(), arrays["forward__vit_embeds"], rtol=1e-4, atol=1e-4)
    request = _request("b_image", cases["b_image"])
    last = runtime.forward_logits(request)[-1].numpy()
    np.testing.assert_allclose(last, arrays["forward__logits_last"][0], rtol=1e-4, atol=2e-4)


def test_turn_two_reuses_image_and_prefix(case_data):
    """The follow-up turn re-sends the image: no re-encode, the shared prefix comes from the KV cache."""
    runtime, cases, arrays = case_data
    runtime.reset_cache()
    first = runtime.generate(_request("d_multiturn_turn1", cases["d_multiturn_turn1"]))
    second = runtime.generate(_request("d_multiturn_turn2", cases["d_multiturn_turn2"]))
    assert first.stats.reused_image_tiles == 0 and first.stats.image_tiles == 13
    assert second.stats.image_tiles == 0  # every image token is inside the reused prefix
    assert second.stats.reused_prompt_tokens > 3328
    assert second.token_ids == arrays["d_multiturn_turn2__generated"][0, 1:].tolist()
