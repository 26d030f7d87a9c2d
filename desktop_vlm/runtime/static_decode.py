"""Decode on a static KV cache, optionally replayed as a CUDA graph, either recorded from the eager step
(:mod:`.graph_step`) or compiled (``torch.compile`` mode "reduce-overhead"). This is the GPU fast path for
token-by-token decoding, where an eager step is bound by kernel launches rather than by memory bandwidth.

Prefill still runs on the conversation's dynamic cache (so turn-to-turn reuse and cropping stay as they
are); decoding copies that prefix into the static cache and hands a dynamic cache back afterwards.

One :class:`StaticDecoder` lives as long as the loaded model and keeps its cache between answers, so
the tensors a captured graph reads keep their addresses (a new cache per answer would make every answer
re-record its graph, and after enough re-recordings inductor stops using graphs at all). The cache only
grows, by powers of two, and the step is compiled for a symbolic cache length: one compilation serves
every capacity. A recorded graph holds the cache's addresses, so it is recorded again whenever the cache is
allocated anew (and for Phi-3's sliding-window layers, whose update branches on a Python count, when a window
fills). Off by default: switch it on with ``load_runtime(..., decode="static")``, ``decode="graph"`` (CUDA
only) or ``decode="compiled"`` — see docs/benchmarks.md for what was measured where.
"""

from __future__ import annotations

import logging
import os
import re
from typing import TYPE_CHECKING

import torch
from transformers.cache_utils import StaticLayer, StaticSlidingWindowLayer

from .graph_step import RecordedStep
from .kernels.probe import instruction_sets
from .llm import cache_keyword

if TYPE_CHECKING:
    from transformers import StaticCache

_log = logging.getLogger(__name__)

MIN_CAPACITY = 1024  # slots of the first static cache: a first answer about an image or two fits


def static_capacity(needed: int, limit: int) -> int:
    """Slots for ``needed`` positions: the next power of two, at least MIN_CAPACITY, at most ``limit``
    (but never fewer than ``needed``)."""
    size = MIN_CAPACITY
    while size < needed:
        size *= 2
    return max(needed, min(size, limit))


def compiled_code_folder() -> str | None:
    """Point torch.compile's on-disk cache at a folder of its own for the instruction sets torch may use here,
    and return it (None, leaving it alone, where the person chose a folder with ``TORCHINDUCTOR_CACHE_DIR``).

    Inductor's cache does not tell a process capped at AVX2 (``ATEN_CPU_CAPABILITY`` / ``ONEDNN_MAX_CPU_ISA``,
    how an AVX2-only CPU is emulated) from an uncapped one on the same CPU: code compiled under the cap and
    loaded back without it corrupted the heap (``free(): invalid pointer`` in the compiled decode step)."""
    from torch._inductor.runtime.cache_dir_utils import default_cache_dir

    shared = os.path.abspath(default_cache_dir())
    current = os.environ.get("TORCHINDUCTOR_CACHE_DIR")
    if current is not None and os.path.abspath(current) != shared and os.path.dirname(current) != shared:
        return None
    folder = os.path.join(shared, re.sub(r"[^a-z0-9]+", "-", instruction_sets().lower()).strip("-"))
    os.environ["TORCHINDUCTOR_CACHE_DIR"] = folder  # read by inductor whenever it opens its cache
    return folder


class StaticDecoder:
    """Feeds one token at a time to a transformers causal LM through a kept StaticCache.

    ``start(prefix_cache, max_new_tokens)`` loads a conversation's prefix, ``step(ids)`` decodes,
    ``to_dynamic()`` returns everything fed so far as a dynamic cache for the next turn. ``mode``: "static"
    (eager steps), "graph" (steps replayed from a recording, :mod:`.graph_step`) or "compiled".
    """

    def __init__(self, lm, mode: str):
        self.lm = lm
        self.compiled = mode == "compiled"
        self.graphed = mode == "graph"
        self.cache: StaticCache | None = None
        self.mask: torch.Tensor | None = None  # (1, capacity) long: which slots hold real keys
        self.capacity = 0
        self.length = 0
        self._limit = int(lm.config.max_position_embeddings) + 1
        self._cache_keyword = cache_keyword(lm)
        # dynamic=True: the cache length is symbolic, so a bigger cache needs no new compilation (a GPU
        # still records one graph per capacity, which takes milliseconds)
        if self.compiled:
            compiled_code_folder()
        self._forward = torch.compile(self._step, mode="reduce-overhead", dynamic=True) if self.compiled else self._step
        self._allocations = 0  # counts caches allocated: a recording is only good for the one it was made on
        self._recorded: RecordedStep | None = None
        self._warmed: tuple | None = None  # the recording key whose first step ran eagerly
        self._device = lm.device
        self._stream = torch.cuda.Stream(self._device) if self.graphed else None  # warm-up and recording run on it
        self.replays = 0  # steps replayed from a recording

    def _allocate(self, capacity: int, like) -> None:
        from transformers import StaticCache

        self.cache = self._recorded = None  # free the smaller cache (and what reads it) before the bigger one
        self._allocations += 1
        cache = StaticCache(config=self.lm.config, max_cache_len=capacity)
        for static, dynamic in zip(_static_layers(cache), like.layers):
            static.lazy_initialization(dynamic.keys, dynamic.values)  # dtype, device, heads from the prefix
        self.cache, self.capacity = cache, capacity
        self.mask = torch.zeros(1, capacity, dtype=torch.long, device=like.layers[0].keys.device)

    def start(self, prefix_cache, max_new_tokens: int) -> StaticDecoder:
        length = prefix_cache.get_seq_length()
        if length + max_new_tokens + 1 > self.capacity:
            self._allocate(static_capacity(length + max_new_tokens + 1, self._limit), prefix_cache)
        cache, mask = self.cache, self.mask
        assert cache is not None and mask is not None, "allocated above when short of room (capacity 0 after release)"
        # every write below is in place: a captured graph keeps reading the same tensors
        for static, dynamic in zip(_static_layers(cache), prefix_cache.layers):
            keys, values = _keys_values(static)
            keys[:, :, :length].copy_(dynamic.keys)
            values[:, :, :length].copy_(dynamic.values)
            static.cumulative_length.fill_(length)  # where the layer writes the next key
            if isinstance(static, StaticSlidingWindowLayer):  # these (Phi-3) also keep a Python count
                static.cumulative_length_int = length
        mask.zero_()
        mask[:, :length] = 1
        self.length = length
        return self

    def _step(self, embeds: torch.Tensor) -> torch.Tensor:
        # positions come from the cache's own write counter (set in start), so none are passed
        out = self.lm(
            inputs_embeds=embeds, attention_mask=self.mask, use_cache=True, **{self._cache_keyword: self.cache}
        )
        return out.logits

    def step(self, ids: torch.Tensor) -> torch.Tensor:
        """ids (1, 1) → logits (1, 1, V) for the next position."""
        embeds = self.lm.get_input_embeddings()(ids)
        assert self.mask is not None, "step() follows start(), which allocates the mask"
        self.mask[:, self.length] = 1
        logits = self._replayed(embeds) if self.graphed else self._forward(embeds)
        self.length += 1
        return logits

    def _replayed(self, embeds: torch.Tensor) -> torch.Tensor:
        """The step replayed from a recording of it on this cache. A cache's first step runs eagerly on the
        recording stream — set-up done once (cuBLAS's workspace for that stream, rotary tables) must not
        happen inside a recording — and the next one is recorded, then replayed."""
        windows = self._window_counts()
        key = (self._allocations, tuple(count >= size for count, size in windows))
        if self._recorded is None or self._recorded.key != key:
            if self._warmed != key:
                self._warmed = key
                return self._on_recording_stream(embeds)
            try:
                self._recorded = RecordedStep(self._step, embeds, key, self._stream)
            except RuntimeError as error:  # something in the step cannot be recorded: stay eager, answer anyway
                _log.warning("The decode step could not be recorded as a CUDA graph; decoding eagerly: %s", error)
                self.graphed, self._recorded = False, None
                torch.cuda.synchronize(self._device)
                self._set_window_counts([count for count, _ in windows])
                return self._step(embeds)
            self._set_window_counts([count for count, _ in windows])  # recording ran the Python only
        logits = self._recorded.replay(embeds)
        self.replays += 1
        self._set_window_counts([count + 1 for count, _ in windows])  # what the replayed step's Python would have
        return logits

    def _on_recording_stream(self, embeds: torch.Tensor) -> torch.Tensor:
        stream = self._stream
        assert stream is not None, "made with the decoder in graph mode"
        stream.wait_stream(torch.cuda.current_stream(self._device))
        with torch.cuda.stream(stream):
            logits = self._step(embeds)
        torch.cuda.current_stream(self._device).wait_stream(stream)
        return logits

    def _window_counts(self) -> list[tuple[int, int]]:
        """(positions written, window size) of each sliding-window layer: their update branches on that
        Python count (full or not), which a replay does not advance."""
        assert self.cache is not None, "step() follows start(), which allocates the cache"
        return [
            (layer.cumulative_length_int, layer.max_cache_len)
            for layer in _static_layers(self.cache)
            if isinstance(layer, StaticSlidingWindowLayer)
        ]

    def _set_window_counts(self, counts: list[int]) -> None:
        assert self.cache is not None, "step() follows start(), which allocates the cache"
        sliding = [layer for layer in _static_layers(self.cache) if isinstance(layer, StaticSlidingWindowLayer)]
        for layer, count in zip(sliding, counts, strict=True):
            layer.cumulative_length_int = count

    def to_dynamic(self):
        """The conversation's cache for the next turn: everything fed so far, as a dynamic cache."""
        from .kv_cache import new_cache

        assert self.cache is not None, "to_dynamic() follows start(), which allocates the cache"
        cache = new_cache(self.lm.config)
        for index, layer in enumerate(_static_layers(self.cache)):
            keys, values = _keys_values(layer)
            cache.update(keys[:, :, : self.length].clone(), values[:, :, : self.length].clone(), index)
        return cache

    def release(self) -> None:
        """Free the cache (after running out of memory, or when the model is closed)."""
        self.cache, self.mask, self.capacity, self.length = None, None, 0, 0
        self._recorded = None
        self._allocations += 1


def _static_layers(cache: StaticCache) -> list[StaticLayer]:
    """The layers of ``cache``: static ones (sliding-window ones for Phi-3) for every causal LM decoded here."""
    layers = [layer for layer in cache.layers if isinstance(layer, StaticLayer)]
    if len(layers) != len(cache.layers):
        raise TypeError("a static cache holds a layer that is not a static one")
    return layers


def _keys_values(layer: StaticLayer) -> tuple[torch.Tensor, torch.Tensor]:
    """The (B, H, capacity, head_dim) keys and values a static layer holds once initialised from a prefix."""
    if layer.keys is None or layer.values is None:
        raise RuntimeError("a static cache layer was used before it was initialised")
    return layer.keys, layer.values
