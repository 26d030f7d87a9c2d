"""The conversation's KV cache: transformers' dynamic cache, with layers that grow in place.

transformers' ``DynamicLayer`` appends by concatenation, so every decoded token copies each layer's whole
cache into a fresh tensor: with Mono-InternVL-2B's 8 key/value heads at 13 tiles (3,543 cached positions)
``aten::cat`` took 0.75 ms per call on CPU, two calls per layer per token, and on a GPU the same copies
spend bandwidth decode needs for the weights (≈ 0.7 GB per step for its 24 layers at that length, against
≈ 3.6 GB of weights). :class:`GrowingLayer` keeps keys and values as views into a buffer with headroom,
so a step writes one row, and the buffer is reallocated only when the headroom runs out (a quarter of the
length, at least :data:`MIN_HEADROOM` positions). Measured (docs/benchmarks.md): Mono-InternVL-2B at full
size on CPU, 13 tiles, decode 4.16 → 4.87 tokens/s on one load (benchmarks/kv_cache_ab.py); InternVL2_5-4B
3.08 → 3.29; at reduced size (2 layers, where the head dominates a step) equal within noise.

Everything else about the layer is transformers' own: cropping (prefix reuse across turns) and beam
reordering replace ``keys``/``values`` with a shorter view or a new tensor; the next update notices that
they no longer start a buffer of ours with room to spare, and copies them into a new one.
"""

from __future__ import annotations

import torch
from transformers import DynamicCache
from transformers.cache_utils import DynamicLayer

MIN_HEADROOM = 256  # positions of room added on each reallocation, at least


class GrowingLayer(DynamicLayer):
    """A ``DynamicLayer`` whose (B, KV, T, d) keys/values are prefix views of a (B, KV, capacity, d) buffer."""

    def update(self, key_states: torch.Tensor, value_states: torch.Tensor, *args, **kwargs):
        if not self.is_initialized:
            self.lazy_initialization(key_states, value_states)
        assert self.keys is not None and self.values is not None, "lazy_initialization sets keys and values"
        self.keys, self._key_buffer = _append(self.keys, getattr(self, "_key_buffer", None), key_states)
        self.values, self._value_buffer = _append(self.values, getattr(self, "_value_buffer", None), value_states)
        return self.keys, self.values


def _append(current: torch.Tensor, buffer: torch.Tensor | None, new: torch.Tensor):
    """current (B, KV, T, d) or empty, new (B, KV, n, d) → (view (B, KV, T + n, d), its buffer)."""
    length = current.shape[-2] if current.dim() == 4 else 0
    needed = length + new.shape[-2]
    if buffer is None or not _starts(current, buffer) or needed > buffer.shape[-2]:
        capacity = needed + max(MIN_HEADROOM, needed // 4)
        buffer = new.new_empty(*new.shape[:-2], capacity, new.shape[-1])
        if length:
            buffer[..., :length, :] = current
    buffer[..., length:needed, :] = new
    return buffer[..., :needed, :], buffer


def _starts(view: torch.Tensor, buffer: torch.Tensor) -> bool:
    """Whether ``view`` is ``buffer[..., :T, :]``, i.e. writing past T in the buffer extends it."""
    return (
        view.dim() == 4
        and view.data_ptr() == buffer.data_ptr()
        and view.stride() == buffer.stride()
        and view.shape[:2] == buffer.shape[:2]
        and view.shape[-1] == buffer.shape[-1]
        and view.dtype == buffer.dtype
    )


def new_cache(config=None) -> DynamicCache:
    """A dynamic cache for ``config`` (a transformers config, or None to add layers as they are updated)
    whose full-attention layers grow in place; sliding-window layers stay transformers' own."""
    cache = DynamicCache(config=config)
    if cache.layer_class_to_replicate is DynamicLayer:
        cache.layer_class_to_replicate = GrowingLayer
    cache.layers = [GrowingLayer() if type(layer) is DynamicLayer else layer for layer in cache.layers]
    return cache
