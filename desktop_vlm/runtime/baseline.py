"""Baselines that behave like each model's own ``chat()``, run on the weights our runtime loaded — what the
benchmarks compare the runtime against.

What the original code does every turn, and so what these do: tile and encode every image of the
conversation again, build the prompt embeddings, prefill the whole conversation from ``inputs_embeds``,
then decode one token at a time with a generic loop — transformers' ``generate`` where the family's language
model is a transformers class, or the family's own baseline (``baseline`` in its spec) where its original
forward differs (Mono-InternVL's visual experts).

Attention as the original runs it: on a GPU its ``chat()`` is called with ``use_flash_attn=True`` (fused
attention in both towers), so there the baseline uses fused SDPA (flash attention where torch has it); on CPU
flash attention is unavailable and the original falls back to eager attention (a materialised score matrix),
so there the baseline does too. A "× baseline" on a GPU is thus against the original at its best.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import torch


@dataclass
class BaselineTiming:
    ttft_s: float  # request → first token: tiling, vision encode, prefill, first token
    decode_tok_s: float  # tokens after the first, per second


def synchronize(device: torch.device) -> None:
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


def prompt_embeddings(runtime, request):
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


def timing(t_start: float, stamps: list[float], new_tokens: int) -> BaselineTiming:
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
        self.towers = [
            m
            for m in (runtime.model.decoder.language_model, getattr(runtime.model, "vision_model", None))
            if m is not None and hasattr(m, "set_attn_implementation")
        ]

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
    ids, embeds = prompt_embeddings(runtime, request)
    clock = _TokenClock()
    runtime.model.decoder.language_model.generate(
        inputs_embeds=embeds,
        attention_mask=torch.ones_like(ids),
        max_new_tokens=new_tokens,
        min_new_tokens=new_tokens,
        do_sample=False,
        streamer=clock,
    )
    synchronize(runtime.device)
    return timing(t_start, clock.stamps, new_tokens)


def chat_turn(runtime, request, new_tokens: int) -> BaselineTiming:
    """The family's ``chat()``-like turn: its spec's ``baseline`` where it declares one, else transformers'
    ``generate`` over its language model."""
    from .registry import family

    spec = family(runtime.info.family)
    turn = spec.load("baseline") if spec.baseline else hf_chat_turn
    return turn(runtime, request, new_tokens)
