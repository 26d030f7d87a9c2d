"""Mono-InternVL's ``chat()`` as the original runs it, for the benchmarks' baseline (:mod:`..baseline`): the
InternLM2-VE forward written out — both FFNs on every prefill row, selected by the visual mask, the text FFN
alone on cached decode steps — with the original's attention (flash on a GPU, eager on CPU)."""

from __future__ import annotations

import math
import time

import torch
import torch.nn.functional as F

from ..baseline import BaselineTiming, original_attention, prompt_embeddings, synchronize, timing


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
def chat_turn(runtime, request, new_tokens: int) -> BaselineTiming:
    """Mono-InternVL ``chat()``: a full prefill with both FFNs, then greedy single-token steps."""
    from transformers import DynamicCache

    t_start = time.perf_counter()
    ids, embeds = prompt_embeddings(runtime, request)
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
    synchronize(runtime.device)
    return timing(t_start, stamps, new_tokens)
