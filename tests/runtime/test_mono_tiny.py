"""Mono-InternVL on tiny checkpoints in the original published format that the runtime was not tuned to:
other widths, query/key-value head ratios (GQA, MHA, MQA), tile sizes that resample the position
embedding, image shapes, a ``tokenizer.model``-only tokenizer. Checked against an independent oracle
(a plain re-statement of the original forward pass), plus: turn-to-turn reuse with an image added in
the reused conversation equals a full recompute, float16 is refused, and shipped code never runs.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import torch
import torch.nn.functional as F
from PIL import Image
from safetensors import safe_open

from desktop_vlm.core.errors import InvalidRequestError
from desktop_vlm.core.tiling import plan_tiles
from desktop_vlm.core.types import GenerationParams, TileParams, Turn
from desktop_vlm.runtime import load_runtime
from desktop_vlm.runtime.api import ChatRequest, VisualInput
from desktop_vlm.runtime.mono.synthetic import write_checkpoint as write_mono_checkpoint
from desktop_vlm.runtime.preprocess import tile_image, tiles_to_tensor
from tests.conftest import REFERENCE_DIR

SYSTEM = "你是由上海人工智能实验室联合商汤科技开发的书生多模态大模型，英文名叫InternVL, 是一个有用无害的人工智能助手。"


# ------------------------------------------------------------------------------------------ checkpoint
# ------------------------------------------------------------------------------------------ oracle
class Oracle:
    """The original forward pass written out plainly from the spec (§2.4–2.5), on the raw tensors:
    class token and full position embedding (bicubic-resampled in float32), class token dropped,
    pixel shuffle by its index formula, mlp1; InternLM2 with ``'b q (h gs d)'`` wqkv unpacking, a
    cos/sin table, eager attention with a finfo.min causal mask and float32 softmax, both FFNs
    computed and selected by the 0/1 visual mask. Cache-less: every call recomputes everything."""

    def __init__(self, folder: Path):
        self.cfg = json.loads((folder / "config.json").read_text())
        with safe_open(str(folder / "model.safetensors"), framework="pt") as fh:
            self.w = {k: fh.get_tensor(k).float() for k in fh.keys()}

    def features(self, pixels: torch.Tensor) -> torch.Tensor:
        w, e = self.w, "vision_model.embeddings."
        x = F.conv2d(pixels, w[e + "patch_embedding.weight"], w[e + "patch_embedding.bias"], stride=14)
        n, c, gh, gw = x.shape
        x = torch.cat([w[e + "class_embedding"].expand(n, 1, c), x.flatten(2).transpose(1, 2)], 1)
        pos = w[e + "position_embedding"]
        grid = F.interpolate(
            pos[:, 1:].reshape(1, 32, 32, c).permute(0, 3, 1, 2), size=(gh, gw), mode="bicubic", align_corners=False
        )
        x = (x + torch.cat([pos[:, :1], grid.flatten(2).transpose(1, 2)], 1))[:, 1:]
        p = x.reshape(n, gh, gw, c)
        tokens = torch.stack(
            [
                torch.cat(
                    [
                        p[:, 2 * y, 2 * xx],
                        p[:, 2 * y, 2 * xx + 1],
                        p[:, 2 * y + 1, 2 * xx],
                        p[:, 2 * y + 1, 2 * xx + 1],
                    ],
                    -1,
                )
                for y in range(gh // 2)
                for xx in range(gw // 2)
            ],
            1,
        )
        h = F.layer_norm(tokens, (4 * c,), w["mlp1.0.weight"], w["mlp1.0.bias"], 1e-5)
        h = F.gelu(F.linear(h, w["mlp1.1.weight"], w["mlp1.1.bias"]))
        return F.linear(h, w["mlp1.3.weight"], w["mlp1.3.bias"])

    def logits(self, ids: list[int], features: torch.Tensor | None, visual: list[bool]) -> torch.Tensor:
        """(L, V) logits; ``visual[i]`` routes row i to the experts."""
        lc, w, pre = self.cfg["llm_config"], self.w, "language_model.model."
        heads, kv, d = lc["num_attention_heads"], lc["num_key_value_heads"], lc["hidden_size"]
        hd, gs, n, eps = d // heads, heads // kv + 2, len(ids), lc["rms_norm_eps"]
        x = w[pre + "tok_embeddings.weight"][torch.tensor(ids)]
        if features is not None:
            img = torch.tensor(ids) == self._img_ctx
            x[img] = features.reshape(-1, d)
        m = torch.tensor(visual, dtype=torch.float32)[:, None]
        inv = 1.0 / (lc["rope_theta"] ** (torch.arange(0, hd, 2).float() / hd))
        emb = torch.cat([torch.outer(torch.arange(n).float(), inv)] * 2, -1)
        cos, sin = emb.cos(), emb.sin()
        rot = lambda t: torch.cat([-t[..., hd // 2 :], t[..., : hd // 2]], -1)  # noqa: E731
        rms = lambda t, g: g * (t * torch.rsqrt(t.pow(2).mean(-1, keepdim=True) + eps))  # noqa: E731
        ffn = lambda t, p: F.linear(
            F.silu(F.linear(t, w[p + "w1.weight"])) * F.linear(t, w[p + "w3.weight"]), w[p + "w2.weight"]
        )  # noqa: E731
        causal = torch.full((n, n), torch.finfo(torch.float32).min).triu(1)
        for i in range(lc["num_hidden_layers"]):
            p = f"{pre}layers.{i}."
            qkv = F.linear(rms(x, w[p + "attention_norm.weight"]), w[p + "attention.wqkv.weight"])
            qkv = qkv.view(n, kv, gs, hd)
            q = qkv[:, :, : gs - 2].reshape(n, heads, hd)  # head h*(gs-2)+g
            k = qkv[:, :, -2].repeat_interleave(gs - 2, 1)  # (n, heads, hd): kv head of each query head
            v = qkv[:, :, -1].repeat_interleave(gs - 2, 1)
            q = q * cos[:, None] + rot(q) * sin[:, None]
            k = k * cos[:, None] + rot(k) * sin[:, None]
            scores = torch.einsum("qhd,khd->hqk", q, k) / hd**0.5 + causal
            att = torch.einsum("hqk,khd->qhd", scores.softmax(-1), v).reshape(n, d)
            x = x + F.linear(att, w[p + "attention.wo.weight"])
            y = rms(x, w[p + "ffn_norm.weight"])
            x = x + ffn(y, p + "feed_forward.") * (1 - m) + ffn(y, p + "feed_forward_ve.") * m
        return F.linear(rms(x, w[pre + "norm.weight"]), w["language_model.output.weight"])

    def greedy(self, ids: list[int], features, img_ctx: int, stop: int, steps: int) -> list[int]:
        """chat(): the prompt's <IMG_CONTEXT> rows use the experts, generated tokens never do."""
        self._img_ctx = img_ctx
        visual, out = [i == img_ctx for i in ids], []
        for _ in range(steps):
            nxt = int(self.logits(ids + out, features, visual + [False] * len(out))[-1].argmax())
            out.append(nxt)
            if nxt == stop:
                break
        return out


def _picture(width: int, height: int, seed: int) -> Image.Image:
    g = torch.Generator().manual_seed(seed)
    return Image.fromarray((torch.rand(height, width, 3, generator=g) * 255).to(torch.uint8).numpy(), "RGB")


def _prompt(turns: list[tuple[str, str | None]]) -> str:
    """internlm2-chat written out: no newline after <|im_end|>."""
    out = f"<|im_start|>system\n{SYSTEM}<|im_end|>"
    for q, a in turns:
        out += f"<|im_start|>user\n{q}<|im_end|><|im_start|>assistant\n" + (f"{a}<|im_end|>" if a else "")
    return out


CASES = {
    # name: (checkpoint options, image size, max tiles)
    "gqa3-wide-image": (dict(), (900, 300), 3),
    "mha-224-tiles-tall-image": (dict(llm_hidden=32, heads=4, kv_heads=4, layers=3, tile=224, seed=1), (120, 500), 5),
    "mqa-tiny-image": (
        dict(vision_hidden=8, llm_hidden=64, heads=8, kv_heads=1, rope_theta=10000, seed=2),
        (10, 10),
        2,
    ),
}


@pytest.fixture(scope="module", params=sorted(CASES))
def tiny(request, tmp_path_factory):
    options, size, max_tiles = CASES[request.param]
    folder = write_mono_checkpoint(tmp_path_factory.mktemp(request.param), **options)
    return (
        folder,
        _picture(*size, seed=len(request.param)),
        max_tiles,
        load_runtime(folder, device="cpu", dtype="float32"),
    )


def test_matches_oracle(tiny):
    folder, image, max_tiles, runtime = tiny
    assert runtime.info.dtype == "float32"  # the oracle computes in float32
    request = ChatRequest(
        "Describe the picture.",
        [VisualInput(image)],
        params=GenerationParams(max_new_tokens=8),
        tiles=TileParams(max_tiles=max_tiles),
    )
    result = runtime.generate(request)

    plan = plan_tiles(*image.size, max_tiles=max_tiles, tile_size=runtime.model.tile_norm.tile_size)
    per_tile = (runtime.model.tile_norm.tile_size // 28) ** 2
    text = _prompt([("<img>" + "<IMG_CONTEXT>" * per_tile * plan.total_tiles + "</img>\nDescribe the picture.", None)])
    oracle = Oracle(folder)
    expected_ids = runtime.tokenizer.encode(text)
    assert expected_ids[0] == runtime.tokenizer.special_token_id("bos_token")
    assert result.prompt_token_ids == expected_ids

    pixels = tiles_to_tensor(tile_image(image, plan), runtime.model.tile_norm)
    want = oracle.features(pixels)
    with torch.inference_mode():
        ours = runtime.model.encode_tiles(pixels)
    assert ours.shape == (plan.total_tiles, per_tile, runtime.model.decoder.output.in_features)
    torch.testing.assert_close(ours, want, rtol=1e-4, atol=1e-4)

    img_ctx, stop = runtime.img_context_id, runtime.stop_id
    assert result.token_ids == oracle.greedy(expected_ids, want, img_ctx, stop, 8)
    # teacher-forced logits of the whole answer, experts on the prompt's image rows only
    logits = runtime.forward_logits(request, result.token_ids[:-1])
    visual = [i == img_ctx for i in expected_ids] + [False] * (len(result.token_ids) - 1)
    full = oracle.logits(expected_ids + result.token_ids[:-1], want, visual)
    torch.testing.assert_close(logits, full[len(expected_ids) - 1 :], rtol=1e-4, atol=1e-4)


def test_chunked_prefill_equals_one_pass(tiny):
    """Decoder level: prefill a prefix, then the rest on top of the cache — cut before, inside and after
    the image span — equals one cache-less pass; skipping the experts in the chunk would not."""
    _folder, image, max_tiles, runtime = tiny
    request = ChatRequest("<image>\nWhat is it?", [VisualInput(image)], tiles=TileParams(max_tiles=max_tiles))
    request.params = GenerationParams(max_new_tokens=1)
    ids = torch.tensor([runtime.generate(request).prompt_token_ids])
    decoder = runtime.model.decoder
    mask = ids == runtime.img_context_id
    with torch.inference_mode():
        embeds = decoder.embed(ids)
        plan = plan_tiles(*image.size, max_tiles=max_tiles, tile_size=runtime.model.tile_norm.tile_size)
        features = runtime.model.encode_tiles(tiles_to_tensor(tile_image(image, plan), runtime.model.tile_norm))
        embeds = embeds.masked_scatter(mask.unsqueeze(-1), features.reshape(-1, features.shape[-1]))
        one_pass = decoder(embeds, mask, decoder.new_cache(), logits_to_keep=0)
        first_img = int(mask[0].nonzero()[0])
        for cut in (first_img - 3, first_img + 5, ids.shape[1] - 4):
            cache = decoder.new_cache()
            head = decoder(embeds[:, :cut], mask[:, :cut], cache, logits_to_keep=0)
            tail = decoder(embeds[:, cut:], mask[:, cut:], cache, logits_to_keep=0)
            torch.testing.assert_close(torch.cat([head, tail], 1), one_pass, rtol=1e-4, atol=1e-4)
        cache = decoder.new_cache()
        decoder(embeds[:, : first_img - 3], mask[:, : first_img - 3], cache)
        text_only = decoder(
            embeds[:, first_img - 3 :], torch.zeros_like(mask[:, first_img - 3 :]), cache, logits_to_keep=0
        )
        assert (text_only - one_pass[:, first_img - 3 :]).abs().max() > 1e-2


def test_reuse_with_image_added_later_equals_full_recompute(tiny):
    """A text turn, then turns that ADD images: the new <IMG_CONTEXT> rows are prefilled on top of the
    kept cache and must still go to the visual experts — same ids as a fresh runtime, and as the oracle."""
    folder, image, max_tiles, runtime = tiny
    fresh = load_runtime(folder, device="cpu", dtype="float32")
    oracle = Oracle(folder)
    other = _picture(300, 200, 99)
    params, tiles = GenerationParams(max_new_tokens=6), TileParams(max_tiles=max_tiles)
    script = [
        ("Hello, who are you?", []),
        ("<image>\nWhat is in it?", [image]),
        ("Tell me more.", [image]),
        ("<image>\nAnd this one?", [image, other]),
    ]
    history: list[Turn] = []
    runtime.reset_cache()
    for turn, (question, pics) in enumerate(script):
        request = ChatRequest(question, [VisualInput(p) for p in pics], list(history), params=params, tiles=tiles)
        reused = runtime.generate(request)
        fresh.reset_cache()
        scratch = fresh.generate(request)
        assert reused.prompt_token_ids == scratch.prompt_token_ids
        assert reused.token_ids == scratch.token_ids, f"turn {turn}"
        if turn:
            assert reused.stats.reused_prompt_tokens > 0
        if question.startswith("<image>"):
            # the image tokens of this turn were all prefilled on top of the cache
            first_img = reused.prompt_token_ids.index(runtime.img_context_id)
            new_img = len(reused.prompt_token_ids) - reused.prompt_token_ids[::-1].index(runtime.img_context_id) - 1
            assert reused.stats.reused_prompt_tokens < new_img and reused.stats.image_tiles > 0
            with torch.inference_mode():
                feats = torch.cat(
                    [
                        runtime.model.encode_tiles(
                            tiles_to_tensor(
                                tile_image(
                                    p,
                                    plan_tiles(
                                        *p.size, max_tiles=max_tiles, tile_size=runtime.model.tile_norm.tile_size
                                    ),
                                ),
                                runtime.model.tile_norm,
                            )
                        )
                        for p in pics
                    ]
                )
            ids = reused.prompt_token_ids
            assert first_img < new_img
            assert reused.token_ids == oracle.greedy(ids, feats, runtime.img_context_id, runtime.stop_id, 6)
        history.append(Turn(question, reused.text))


def test_beam_search_runs_on_the_own_cache(tiny):
    _folder, image, max_tiles, runtime = tiny
    request = ChatRequest(
        "<image>\nWhat is it?",
        [VisualInput(image)],
        tiles=TileParams(max_tiles=max_tiles),
        params=GenerationParams(max_new_tokens=5, num_beams=3),
    )
    first, second = runtime.generate(request), runtime.generate(request)
    assert 1 <= len(first.token_ids) <= 5 and first.token_ids == second.token_ids


# ------------------------------------------------------------------------------------------ precision / safety
def test_float16_is_refused_with_a_clear_message(tmp_path):
    folder = write_mono_checkpoint(tmp_path / "m")
    with pytest.raises(InvalidRequestError) as err:
        load_runtime(folder, device="cpu", dtype="float16")
    message = str(err.value)
    assert "float16" in message and "bfloat16" in message


def test_bfloat16_runs(tmp_path):
    folder = write_mono_checkpoint(tmp_path / "m")
    runtime = load_runtime(folder, device="cpu", dtype="bfloat16")
    assert runtime.info.dtype == "bfloat16"
    request = ChatRequest(
        "<image>\nHi",
        [VisualInput(_picture(200, 100, 1))],
        tiles=TileParams(max_tiles=2),
        params=GenerationParams(max_new_tokens=4),
    )
    logits = runtime.forward_logits(request)
    assert torch.isfinite(logits).all()
    assert len(runtime.generate(request).token_ids) >= 1


def _plant(folder: Path, marker: Path) -> None:
    code = f"open({str(marker)!r}, 'w').write('executed')\n"
    for name in (
        "modeling_internvl_chat.py",
        "configuration_internvl_chat.py",
        "modeling_internlm2_ve.py",
        "configuration_internlm2.py",
        "modeling_intern_patch.py",
        "configuration_intern_patch.py",
        "tokenization_internlm2.py",
        "tokenization_internlm2_fast.py",
        "conversation.py",
        "__init__.py",
    ):
        (folder / name).write_text(code)


@pytest.mark.parametrize("source", ["fixture", "tokenizer.model"])
def test_planted_checkpoint_code_never_runs(tmp_path, source):
    folder = tmp_path / "Mono-InternVL-2B"
    if source == "fixture":
        shutil.copytree(REFERENCE_DIR / "Mono-InternVL-2B", folder)
    else:
        write_mono_checkpoint(folder)
    marker = tmp_path / "marker"
    _plant(folder, marker)
    runtime = load_runtime(folder, device="cpu", dtype="float32")
    result = runtime.generate(ChatRequest("Hello", params=GenerationParams(max_new_tokens=3)))
    assert len(result.token_ids) >= 1
    assert not marker.exists()


def test_published_size_builds_with_the_published_tensor_layout():
    """The real Mono-InternVL-2B config (spec §2.2) on the meta device: 253 tensors with §2.3's shapes."""
    from desktop_vlm.runtime.mono.model import MonoInternVLChatModel

    config = json.loads((REFERENCE_DIR / "Mono-InternVL-2B" / "config.json").read_text())
    config["vision_config"]["hidden_size"] = 1024
    config["llm_config"] |= dict(
        hidden_size=2048,
        intermediate_size=8192,
        num_hidden_layers=24,
        num_attention_heads=16,
        num_key_value_heads=8,
        vocab_size=92553,
    )
    with torch.device("meta"):
        model = MonoInternVLChatModel(config)
    params = dict(model.named_parameters())
    assert len(params) == 253
    shapes = {
        "vision_model.embeddings.patch_embedding.weight": (1024, 3, 14, 14),
        "vision_model.embeddings.position_embedding": (1, 1025, 1024),
        "vision_model.embeddings.class_embedding": (1, 1, 1024),
        "mlp1.0.weight": (4096,),
        "mlp1.1.weight": (2048, 4096),
        "mlp1.3.weight": (2048, 2048),
        "decoder.model.tok_embeddings.weight": (92553, 2048),
        "decoder.model.layers.23.attention.wqkv.weight": (4096, 2048),
        "decoder.model.layers.23.attention.wo.weight": (2048, 2048),
        "decoder.model.layers.23.feed_forward_ve.w1.weight": (8192, 2048),
        "decoder.model.layers.23.feed_forward_ve.w2.weight": (2048, 8192),
        "decoder.output.weight": (92553, 2048),
    }
    for name, shape in shapes.items():
        assert tuple(params[name].shape) == shape, name
    total = sum(p.numel() for p in params.values())
    assert 3.0e9 < total < 3.3e9  # "about 3.1 B params"
    assert model.num_image_token == 256 and model.decoder.context_length == 32768


def test_int8_weights_load_and_generate(tmp_path):
    """The loader's optional weight-only quantisation reaches the InternLM2-VE layers (experts included)."""
    from desktop_vlm.runtime.kernels.quantized import QuantizedLinear

    folder = write_mono_checkpoint(tmp_path / "m", llm_hidden=128, heads=4, kv_heads=2)
    runtime = load_runtime(folder, device="cpu", quantize="int8")
    layer = runtime.model.decoder.model.layers[0]
    assert isinstance(layer.feed_forward_ve.w1, QuantizedLinear)  # quantised while loading
    assert runtime.model.decoder.output.mode == "int8"  # the head too, at int8
    request = ChatRequest(
        "<image>\nHi",
        [VisualInput(_picture(300, 200, 1))],
        tiles=TileParams(max_tiles=2),
        params=GenerationParams(max_new_tokens=4),
    )
    assert torch.isfinite(runtime.forward_logits(request)).all()
    assert len(runtime.generate(request).token_ids) >= 1
