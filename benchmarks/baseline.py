"""Baselines that behave like each model's own ``chat()``, run on the weights our runtime loaded.

What the original code does every turn, and so what these do: tile and encode every image of the
conversation again, build the prompt embeddings, prefill the whole conversation from ``inputs_embeds``,
then decode one token at a time with a generic loop — transformers' ``generate`` for the InternVL and
Ristretto families (their language models are transformers classes), and for Mono-InternVL the original
InternLM2-VE forward written out: both FFNs on every prefill row, selected by the visual mask, the text FFN
alone on cached decode steps.

Attention as the original runs it: on a GPU its ``chat()`` is called with ``use_flash_attn=True`` (fused
attention in both towers), so there the baseline uses fused SDPA (flash attention where torch has it); on CPU
flash attention is unavailable and the original falls back to eager attention (a materialised score matrix),
so there the baseline does too. A "× baseline" on a GPU is thus against the original at its best.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import torch
import torch.nn.functional as F


@dataclass
class BaselineTiming:
    ttft_s: float  # request → first token: tiling, vision encode, prefill, first token
    decode_tok_s: float  # tokens after the first, per second


def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize()


class _TokenClock:
    """A transformers streamer that only records when each token arrives."""

    def __init__(self):
        self.stamps: list[float] = []

    def put(self, value):
        self.stamps.append(time.perf_counter())

    def end(self):
        pass


def _prompt_embeddings(runtime, request):
    """(ids (1, L), embeds (1, L, D)) with every image of the request encoded again, as ``chat()`` does."""
    from desktop_vlm.runtime.preprocess import tile_image, tiles_to_tensor

    model, dev = runtime.model, runtime.device
    prompt = runtime.prepare(request)
    ids = torch.tensor([prompt.ids], device=dev)
    embeds = model.decoder.embed(ids)
    tiles = [t for s in prompt.spans for im, p in zip(s.images, s.plans) for t in tile_image(im, p)]
    if tiles:
        pixels = tiles_to_tensor(tiles, model.tile_norm).to(dev, runtime.dtype)
        features = model.encode_tiles(pixels, request.image_tokens)  # all tiles in one batch, as chat()
        embeds[ids == runtime.img_context_id] = features.reshape(-1, features.shape[-1]).to(embeds.dtype)
    return ids, embeds


def _timing(t_start: float, stamps: list[float], new_tokens: int) -> BaselineTiming:
    stamps = stamps[-new_tokens:]  # one timestamp per generated token
    return BaselineTiming(stamps[0] - t_start, (new_tokens - 1) / max(1e-9, stamps[-1] - stamps[0]))


def original_attention(device: torch.device) -> str:
    """The attention the original ``chat()`` runs on ``device``: fused on a GPU, eager on CPU."""
    return "sdpa" if device.type == "cuda" else "eager"


class OriginalAttention:
    """Switch a model's transformers towers to the original's attention (:func:`original_attention`) for the
    baseline's turns, and back."""

    def __init__(self, runtime):
        self.implementation = original_attention(runtime.device)
        self.towers = [m for m in (runtime.model.decoder.lm, getattr(runtime.model, "vision_model", None))
                       if hasattr(m, "set_attn_implementation")]  # fmt: skip

    def __enter__(self):
        self.previous = [tower.config._attn_implementation for tower in self.towers]
        for tower in self.towers:
            tower.set_attn_implementation(self.implementation)

    def __exit__(self, *exc):
        for tower, name in zip(self.towers, self.previous):
            tower.set_attn_implementation(name)


@torch.inference_mode()
def hf_chat_turn(runtime, request, new_tokens: int) -> BaselineTiming:
    """InternVL / Ristretto ``chat()``: ``language_model.generate(inputs_embeds=...)``, greedy, exactly
    ``new_tokens`` tokens. Call inside :class:`OriginalAttention`."""
    t_start = time.perf_counter()
    ids, embeds = _prompt_embeddings(runtime, request)
    clock = _TokenClock()
    runtime.model.decoder.lm.generate(inputs_embeds=embeds, attention_mask=torch.ones_like(ids),
                                      max_new_tokens=new_tokens, min_new_tokens=new_tokens, do_sample=False,
                                      streamer=clock)  # fmt: skip
    _sync(runtime.device)
    return _timing(t_start, clock.stamps, new_tokens)


class MonoOriginalForward:
    """The original InternLM2-VE forward over our loaded modules (see the module docstring)."""

    def __init__(self, decoder, fused: bool = False):
        self.decoder = decoder
        self.fused = fused  # the original's flash attention (on a GPU), else its eager attention

    def _attention(self, attn, x, cos, sin, cache, idx):
        b, n, _ = x.shape
        packed = attn.wqkv(x).view(b, n, attn.kv_heads, attn.group + 2, attn.head_dim)
        q = packed[:, :, :, : attn.group].reshape(b, n, attn.heads, attn.head_dim).transpose(1, 2)
        k, v = packed[:, :, :, -2].transpose(1, 2), packed[:, :, :, -1].transpose(1, 2)
        rotate = lambda t: torch.cat((-t[..., t.shape[-1] // 2 :], t[..., : t.shape[-1] // 2]), -1)  # noqa: E731
        q, k = q * cos + rotate(q) * sin, k * cos + rotate(k) * sin
        k, v = cache.update(k, v, idx)
        k, v = k.repeat_interleave(attn.group, 1), v.repeat_interleave(attn.group, 1)  # (B, H, T, d)
        if self.fused:  # a prefill from an empty cache is causal; a decode step sees the whole cache
            out = F.scaled_dot_product_attention(q, k, v, is_causal=n > 1 and k.shape[2] == n)
            return attn.wo(out.transpose(1, 2).reshape(b, n, -1))
        scores = q @ k.transpose(-1, -2) / math.sqrt(attn.head_dim)  # (B, H, n, T), materialised
        if n > 1:
            past = k.shape[2] - n
            blocked = torch.ones(n, k.shape[2], dtype=torch.bool, device=x.device).triu(past + 1)
            scores = scores.masked_fill(blocked, torch.finfo(scores.dtype).min)
        weights = scores.float().softmax(-1).to(q.dtype)
        return attn.wo((weights @ v).transpose(1, 2).reshape(b, n, -1))

    def __call__(self, embeds, visual, cache) -> torch.Tensor:
        """embeds (1, n, D), visual (1, n, 1) 0/1 or None (cached decode) → last-position logits (1, V)."""
        dec = self.decoder
        past = cache.get_seq_length()
        positions = torch.arange(past, past + embeds.shape[1], device=embeds.device)
        cos, sin = dec.rotary(positions, embeds.dtype)
        h = embeds
        for idx, layer in enumerate(dec.model.layers):
            h = h + self._attention(layer.attention, layer.attention_norm(h), cos, sin, cache, idx)
            y = layer.ffn_norm(h)
            if visual is None:
                h = h + layer.feed_forward(y)
            else:
                h = h + layer.feed_forward(y) * (1 - visual) + layer.feed_forward_ve(y) * visual
        return dec.output(dec.model.norm(h[:, -1:]))[:, -1].float()


@torch.inference_mode()
def mono_chat_turn(runtime, request, new_tokens: int) -> BaselineTiming:
    """Mono-InternVL ``chat()``: a full prefill with both FFNs, then greedy single-token steps."""
    from transformers import DynamicCache

    t_start = time.perf_counter()
    ids, embeds = _prompt_embeddings(runtime, request)
    forward = MonoOriginalForward(runtime.model.decoder, fused=original_attention(runtime.device) == "sdpa")
    cache = DynamicCache()
    visual = (ids == runtime.img_context_id).unsqueeze(-1).to(embeds.dtype)
    logits = forward(embeds, visual, cache)
    stamps = []
    for step in range(new_tokens):
        token = logits.argmax(-1, keepdim=True)  # (1, 1)
        int(token)  # the original's stopping check reads the token on the host every step
        stamps.append(time.perf_counter())
        if step < new_tokens - 1:
            logits = forward(runtime.model.decoder.embed(token), None, cache)
    _sync(runtime.device)
    return _timing(t_start, stamps, new_tokens)


def chat_turn(runtime, request, new_tokens: int) -> BaselineTiming:
    """The family's ``chat()``-like turn."""
    if runtime.info.family == "mono-internvl":
        return mono_chat_turn(runtime, request, new_tokens)
    return hf_chat_turn(runtime, request, new_tokens)
