"""The runtime on InternVL-format checkpoints it was not tuned to: other sizes, GQA ratios, pixel-shuffle
versions, vision layers, shard layouts and image shapes, checked against an independent oracle."""

from __future__ import annotations

import pytest
import torch
from PIL import Image

from desktop_vlm.core.tiling import plan_tiles
from desktop_vlm.core.types import GenerationParams, TileParams, Turn
from desktop_vlm.runtime import load_runtime
from desktop_vlm.runtime.api import ChatRequest, VisualInput
from desktop_vlm.runtime.internvl.synthetic import write_checkpoint as write_internvl_checkpoint
from desktop_vlm.runtime.preprocess import tile_image, tiles_to_tensor
from tests.runtime import internvl_oracle as oracle

SYSTEM_2_5 = (
    "你是书生·万象，英文名是InternVL，是由上海人工智能实验室、清华大学及多家合作单位联合开发的多模态大语言模型。"
)
SYSTEM_INTERNVL = (
    "你是由上海人工智能实验室联合商汤科技开发的书生多模态大模型，英文名叫InternVL, 是一个有用无害的人工智能助手。"
)


def _picture(width: int, height: int, seed: int) -> Image.Image:
    g = torch.Generator().manual_seed(seed)
    pixels = (torch.rand(height, width, 3, generator=g) * 255).to(torch.uint8).numpy()
    return Image.fromarray(pixels, "RGB")


def _expected_prompt(template: str, turns: list[tuple[str, str | None]]) -> str:
    """The rendering rules of spec §8, written out independently of the runtime's templates module."""
    if template == "phi3-chat":
        out, user, bot, sep = f"<|system|>\n{SYSTEM_INTERNVL}<|end|>", "<|user|>\n", "<|assistant|>\n", "<|end|>"
    else:
        system = SYSTEM_2_5 if template == "internvl2_5" else SYSTEM_INTERNVL
        sep = "<|im_end|>\n" if template == "internvl2_5" else "<|im_end|>"
        out, user, bot = f"<|im_start|>system\n{system}{sep}", "<|im_start|>user\n", "<|im_start|>assistant\n"
    for q, a in turns:
        out += user + q + sep
        out += bot + a + sep if a else bot
    return out


CASES = {
    # name: (checkpoint options, image sizes, max tiles)
    "qwen2-wide": (dict(llm="qwen2"), [(900, 300)], 6),
    "qwen2-gqa4-v1-tall-sharded": (
        dict(
            llm="qwen2",
            template="Hermes-2",
            llm_heads=4,
            kv_heads=1,
            ps_version="v1",
            shards=3,
            vision_layers=3,
            select_layer=-2,
            seed=3,
        ),
        [(120, 1100)],
        12,
    ),
    "phi3-tiny-and-square": (dict(llm="phi3", llm_heads=2, kv_heads=2, seed=5), [(10, 10), (448, 448)], 4),
    "qwen2-wider-llm-two-images": (
        dict(llm="qwen2", llm_hidden=96, llm_heads=6, kv_heads=3, seed=7),
        [(640, 480), (300, 900)],
        3,
    ),
}


@pytest.fixture(scope="module", params=sorted(CASES))
def tiny(request, tmp_path_factory):
    options, sizes, max_tiles = CASES[request.param]
    folder = write_internvl_checkpoint(tmp_path_factory.mktemp(request.param), **options)
    llm_folder = oracle.export_llm(folder, tmp_path_factory.mktemp("llm"))
    images = [_picture(w, h, seed=i) for i, (w, h) in enumerate(sizes)]
    return folder, llm_folder, images, max_tiles, load_runtime(folder, device="cpu", dtype="float32")


def test_matches_oracle(tiny):
    folder, llm_folder, images, max_tiles, runtime = tiny
    template = runtime.template.name
    question = "Describe the pictures." if len(images) > 1 else "Describe the picture."
    request = ChatRequest(
        question,
        [VisualInput(im) for im in images],
        params=GenerationParams(max_new_tokens=8),
        tiles=TileParams(max_tiles=max_tiles),
    )
    result = runtime.generate(request)

    plans = [plan_tiles(*im.size, max_tiles=max_tiles) for im in images]
    prefix = "<image>\n" if len(images) == 1 else "".join(f"Image-{i + 1}: <image>\n" for i in range(len(images)))
    text = _expected_prompt(template, [(prefix + question, None)])
    for plan in plans:
        text = text.replace("<image>", "<img>" + "<IMG_CONTEXT>" * 256 * plan.total_tiles + "</img>", 1)
    expected_ids = runtime.tokenizer.encode(text)
    assert result.prompt_token_ids == expected_ids

    pixels = tiles_to_tensor([t for im, p in zip(images, plans) for t in tile_image(im, p)], runtime.model.tile_norm)
    rows = oracle.vision_features(folder, pixels)
    with torch.inference_mode():
        ours = runtime.model.encode_tiles(pixels)
    torch.testing.assert_close(ours, rows, rtol=1e-4, atol=1e-4)

    img_ctx = runtime.tokenizer.token_to_id("<IMG_CONTEXT>")
    stop = runtime.tokenizer.token_to_id(runtime.template.stop_token)
    want = oracle.greedy_ids(llm_folder, expected_ids, rows, img_ctx, stop, 8)
    assert result.token_ids == want


def test_reuse_equals_full_recompute_over_a_long_conversation(tiny):
    """Turn-to-turn reuse (cached prefix, cached features) gives the ids of a from-scratch run, also
    when a later turn adds an image and when an image is swapped for another of the same size."""
    folder, _llm, images, max_tiles, runtime = tiny
    fresh = load_runtime(folder, device="cpu", dtype="float32")
    params = GenerationParams(max_new_tokens=6)
    a, b = _picture(500, 400, 11), _picture(500, 400, 12)  # same size: same ids, different pixels
    script = [
        ("<image>\nWhat is this?", [a]),
        ("Tell me more.", [a]),
        ("<image>\nAnd this one?", [a, b]),
        ("Compare them.", [a, b]),
        ("Thanks!", [a, b]),
    ]
    history: list[Turn] = []
    runtime.reset_cache()
    for turn, (question, pics) in enumerate(script):
        request = ChatRequest(
            question,
            [VisualInput(p) for p in pics],
            list(history),
            params=params,
            tiles=TileParams(max_tiles=max_tiles),
        )
        reused = runtime.generate(request)
        fresh.reset_cache()
        scratch = fresh.generate(request)
        assert reused.prompt_token_ids == scratch.prompt_token_ids
        assert reused.token_ids == scratch.token_ids, f"turn {turn}"
        if turn:
            assert reused.stats.reused_prompt_tokens > 0
        history.append(Turn(question, reused.text))
    # swapping the first image for a same-size different one must not reuse its cached keys/features
    swapped = ChatRequest(
        "Compare them.",
        [VisualInput(b), VisualInput(b)],
        history[:3],
        params=params,
        tiles=TileParams(max_tiles=max_tiles),
    )
    fresh.reset_cache()
    assert runtime.generate(swapped).token_ids == fresh.generate(swapped).token_ids
