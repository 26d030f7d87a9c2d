"""Ristretto-format checkpoints the runtime was not tuned to (other widths, tile sizes, budgets, image
shapes), checked against an independent oracle: transformers' own SigLIP loaded with from_pretrained,
the projector re-stated with plain torch ops, and transformers' generate for the language model."""

from __future__ import annotations

import json
import math

import pytest
import torch
import torch.nn.functional as F
from PIL import Image

from desktop_vlm.core.errors import CheckpointError, InvalidRequestError
from desktop_vlm.core.tiling import plan_tiles
from desktop_vlm.core.types import GenerationParams, TileParams, Turn
from desktop_vlm.runtime import load_runtime
from desktop_vlm.runtime.api import ChatRequest, VisualInput
from desktop_vlm.runtime.preprocess import tile_image, tiles_to_tensor
from desktop_vlm.runtime.ristretto.projector import TokenAdaptiveProjector
from desktop_vlm.runtime.ristretto.synthetic import write_checkpoint as write_ristretto_checkpoint
from tests.runtime import internvl_oracle as oracle

CASES = {
    # name: (checkpoint options, image size, max tiles, image tokens)
    "grid16-n36-wide": (dict(vision_hidden=48, vision_heads=3, image_size=224, seed=1), (1000, 200), 6, 36),
    "grid16-n16-tall": (dict(vision_hidden=48, vision_heads=3, image_size=224, seed=1), (90, 700), 4, 16),
    "grid27-n100-tiny": (dict(llm_hidden=96, llm_heads=6, kv_heads=2, seed=2), (12, 9), 10, 100),
    "grid27-n729-square": (dict(seed=3), (384, 384), 3, 729),
    "grid16-n49-10px": (dict(image_size=224, seed=4), (10, 10), 6, 49),  # 16 → 21 resize, 3×3 pool
}


def _picture(size, seed):
    g = torch.Generator().manual_seed(seed)
    return Image.fromarray((torch.rand(size[1], size[0], 3, generator=g) * 255).to(torch.uint8).numpy(), "RGB")


def _oracle_features(folder, pixels, n):
    from safetensors.torch import save_file
    from transformers import SiglipVisionConfig, SiglipVisionModel

    cfg = json.loads((folder / "config.json").read_text())["vision_config"]
    raw = oracle.raw_tensors(folder)
    siglip_dir = folder.parent / (folder.name + "-siglip")
    siglip_dir.mkdir(exist_ok=True)
    keys = (
        "hidden_size",
        "intermediate_size",
        "num_hidden_layers",
        "num_attention_heads",
        "image_size",
        "patch_size",
        "hidden_act",
        "layer_norm_eps",
    )
    SiglipVisionConfig(**{k: cfg[k] for k in keys}, vision_use_head=False).save_pretrained(siglip_dir)
    prefix = "vision_model.vision_model."
    save_file(
        {
            "vision_model." + k[len(prefix) :]: t.contiguous()
            for k, t in raw.items()
            if k.startswith(prefix) and ".head." not in k
        },
        str(siglip_dir / "model.safetensors"),
    )
    tower = SiglipVisionModel.from_pretrained(siglip_dir, dtype=torch.float32, attn_implementation="eager")
    with torch.no_grad():
        x = tower(pixel_values=pixels).last_hidden_state  # (T, G², C)
        t, length, c = x.shape
        side, root = math.isqrt(length), math.isqrt(n)
        grid = x.view(t, side, side, c).permute(0, 3, 1, 2)
        size = int(math.ceil(side / root)) * root
        if size != side:
            grid = F.interpolate(grid, size=(size, size), mode="bilinear", align_corners=True)
        grid = F.avg_pool2d(grid, size // root).permute(0, 2, 3, 1).reshape(t, -1, c)
        p = "projector.mlp."
        h = F.layer_norm(grid, (c,), raw[p + "layernorm.weight"], raw[p + "layernorm.bias"])
        h = F.silu(F.linear(h, raw[p + "f1.weight"], raw[p + "f1.bias"])) * F.linear(
            h, raw[p + "f2.weight"], raw[p + "f2.bias"]
        )
        return F.linear(h, raw[p + "g.weight"], raw[p + "g.bias"])


@pytest.fixture(scope="module", params=sorted(CASES))
def tiny(request, tmp_path_factory):
    options, size, max_tiles, n = CASES[request.param]
    folder = write_ristretto_checkpoint(tmp_path_factory.mktemp(request.param) / "ckpt", **options)
    runtime = load_runtime(folder, device="cpu", dtype="float32")
    return folder, runtime, _picture(size, 7), max_tiles, n


def test_matches_oracle(tiny, tmp_path):
    folder, runtime, image, max_tiles, n = tiny
    request = ChatRequest(
        "Read the text.",
        [VisualInput(image)],
        params=GenerationParams(max_new_tokens=8),
        tiles=TileParams(max_tiles=max_tiles),
        image_tokens=n,
    )
    result = runtime.generate(request)
    plan = plan_tiles(*image.size, max_tiles=max_tiles, tile_size=runtime.model.tile_norm.tile_size)
    text = (
        "<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\n<img>"
        + "<IMG_CONTEXT>" * n * plan.total_tiles
        + "</img>\nRead the text.<|im_end|>\n<|im_start|>assistant\n"
    )
    ids = runtime.tokenizer.encode(text)
    assert result.prompt_token_ids == ids

    pixels = tiles_to_tensor(tile_image(image, plan), runtime.model.tile_norm)
    want = _oracle_features(folder, pixels, n)
    with torch.inference_mode():
        torch.testing.assert_close(runtime.model.encode_tiles(pixels, n), want, rtol=1e-4, atol=1e-4)
    img_ctx = runtime.tokenizer.token_to_id("<IMG_CONTEXT>")
    stop = runtime.tokenizer.token_to_id("<|im_end|>")
    llm = oracle.export_llm(folder, tmp_path / "llm")
    assert result.token_ids == oracle.greedy_ids(llm, ids, want, img_ctx, stop, 8)


def test_reuse_across_turns_and_budget_changes(tiny):
    """Changing N between turns changes the prompt and the features: nothing stale is reused."""
    folder, runtime, image, max_tiles, n = tiny
    fresh = load_runtime(folder, device="cpu", dtype="float32")
    history: list[Turn] = []
    runtime.reset_cache()
    for turn, budget in enumerate([n, n, 64 if n != 64 else 16, n]):
        question = "<image>\nDescribe." if turn == 0 else f"More, part {turn}."
        request = ChatRequest(
            question,
            [VisualInput(image)],
            list(history),
            params=GenerationParams(max_new_tokens=5),
            tiles=TileParams(max_tiles=max_tiles),
            image_tokens=budget,
        )
        fresh.reset_cache()
        ours, scratch = runtime.generate(request), fresh.generate(request)
        assert ours.prompt_token_ids == scratch.prompt_token_ids and ours.token_ids == scratch.token_ids
        if turn == 1:
            assert ours.stats.image_tiles == 0  # same budget: image and prefix reused
        history.append(Turn(question, ours.text))


@pytest.mark.parametrize(("n", "resized"), [(64, 32), (81, 27), (100, 30), (144, 36), (256, 32), (576, 48), (729, 27)])
def test_pooling_geometry_of_the_published_grid(n, resized):
    """The spec's table for G = 27: the resize target and the pooled size, token for token."""
    features = torch.arange(2 * 729 * 3, dtype=torch.float32).reshape(2, 729, 3)
    pooled = TokenAdaptiveProjector.pooled_grid(features, n)
    assert pooled.shape == (2, n, 3)
    root = math.isqrt(n)
    grid = features.view(2, 27, 27, 3).permute(0, 3, 1, 2)
    if resized != 27:
        grid = F.interpolate(grid, size=(resized, resized), mode="bilinear", align_corners=True)
    want = F.avg_pool2d(grid, resized // root).permute(0, 2, 3, 1).reshape(2, n, 3)
    torch.testing.assert_close(pooled, want)


def test_model_info_budget_range_and_head(tmp_path):
    folder = write_ristretto_checkpoint(
        tmp_path / "ckpt", image_size=224, vision_layers=1, llm_layers=1, num_image_token=64
    )
    runtime = load_runtime(folder, device="cpu", dtype="float32")
    info = runtime.info
    assert info.family == "ristretto" and info.template == "qwen" and info.tile_size == 224
    assert info.tokens_per_tile == 64  # the checkpoint's num_image_token is the default budget
    assert info.image_token_choices[0] == 64 and info.image_token_choices[-1] == 576
    assert all(math.isqrt(n) ** 2 == n for n in info.image_token_choices)
    assert not any(".head." in name for name in runtime.model.state_dict())  # the unused MAP head is not built
    with pytest.raises(InvalidRequestError, match="between 16 and 256"):  # G = 16 at 224 px
        runtime.generate(ChatRequest("Hi", image_tokens=324))
    assert runtime.generate(ChatRequest("Hi", params=GenerationParams(max_new_tokens=2), image_tokens=256)).token_ids


def test_a_missing_projector_tensor_is_a_checkpoint_error(tmp_path):
    from safetensors.torch import load_file, save_file

    folder = write_ristretto_checkpoint(tmp_path / "ckpt", image_size=224, vision_layers=1, llm_layers=1)
    index = json.loads((folder / "model.safetensors.index.json").read_text())
    shard = folder / index["weight_map"]["projector.mlp.g.bias"]
    tensors = load_file(str(shard))
    del tensors["projector.mlp.g.bias"]
    save_file(tensors, str(shard), metadata={"format": "pt"})
    del index["weight_map"]["projector.mlp.g.bias"]
    (folder / "model.safetensors.index.json").write_text(json.dumps(index))
    with pytest.raises(CheckpointError, match="projector.mlp.g.bias"):
        load_runtime(folder, device="cpu", dtype="float32")
