"""Decode on a static KV cache, optionally compiled into CUDA graphs (``torch.compile`` mode
"reduce-overhead"): the GPU fast path for token-by-token decoding, where an eager step is bound by kernel
launches rather than by memory bandwidth.

Prefill still runs on the conversation's dynamic cache (so turn-to-turn reuse and cropping stay as they
are); decoding copies that prefix into a static cache sized for the answer, and hands a dynamic cache
back afterwards. Off by default: switch it on with ``load_runtime(..., decode="static")`` or
``decode="compiled"`` — see docs/benchmarks.md for what was measured where.
"""

from __future__ import annotations

import torch

DECODE_MODES = ("dynamic", "static", "compiled")
_ROUND = 256  # static length rounded up so compiled graphs are reused across answers of similar length


class StaticDecodeSession:
    """Feeds one token at a time to a transformers causal LM through a StaticCache."""

    def __init__(self, lm, prefix_cache, max_new_tokens: int, compiled: bool):
        from transformers import StaticCache

        self.lm = lm
        self.length = prefix_cache.get_seq_length()
        size = -(-(self.length + max_new_tokens + 1) // _ROUND) * _ROUND
        self.cache = StaticCache(config=lm.config, max_cache_len=size)
        for static, dynamic in zip(self.cache.layers, prefix_cache.layers):
            static.lazy_initialization(dynamic.keys, dynamic.values)
            static.keys[:, :, : self.length].copy_(dynamic.keys)
            static.values[:, :, : self.length].copy_(dynamic.values)
            static.cumulative_length.fill_(self.length)  # where the layer writes the next key (not cache_position)
            if hasattr(static, "cumulative_length_int"):  # sliding-window layers (Phi-3) also keep a Python count
                static.cumulative_length_int = self.length
        # which of the static slots hold real keys: without it attention would also read the empty slots.
        # One fixed-shape buffer updated in place, so a captured graph sees the same tensor every step.
        device = prefix_cache.layers[0].keys.device
        self.mask = torch.zeros(1, size, dtype=torch.long, device=device)
        self.mask[:, : self.length] = 1
        self._forward = torch.compile(self._step, mode="reduce-overhead", dynamic=False) if compiled else self._step

    def _step(self, embeds: torch.Tensor, position: torch.Tensor) -> torch.Tensor:
        out = self.lm(inputs_embeds=embeds, attention_mask=self.mask, past_key_values=self.cache,
                      cache_position=position, use_cache=True)  # fmt: skip
        return out.logits

    def step(self, ids: torch.Tensor) -> torch.Tensor:
        """ids (1, 1) → logits (1, 1, V) for the next position."""
        embeds = self.lm.get_input_embeddings()(ids)
        position = torch.tensor([self.length], device=ids.device)
        self.mask[:, self.length] = 1
        logits = self._forward(embeds, position)
        self.length += 1
        return logits

    def to_dynamic(self):
        """The conversation's cache for the next turn: everything fed so far, as a dynamic cache."""
        from transformers import DynamicCache

        cache = DynamicCache(config=self.lm.config)
        for index, layer in enumerate(self.cache.layers):
            cache.update(layer.keys[:, :, : self.length].clone(), layer.values[:, :, : self.length].clone(), index)
        return cache
