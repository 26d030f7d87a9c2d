"""Image tokens for a prompt: tiling on preprocessing threads, batched vision encoding, and a small LRU
of encoded images so that follow-up turns about the same image encode nothing."""

from __future__ import annotations

import math
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor

import torch

from ..core.types import GenerationStats
from .api import IMAGES, CancelToken, ProgressCallback
from .preprocess import normalise, tile_image, tiles_to_bytes, tiles_to_tensor
from .prompt_plan import ImageSpan, PromptPlan
from .prompt_progress import BlockProgress

_CACHE_ENTRIES = 16
# tiles per vision forward: all of a 13-tile image at once on a GPU (one launch sequence, full occupancy);
# 8 on CPU, where a bigger batch buys nothing and only raises peak activation memory
_VISION_BATCH = {"cuda": 16, "mps": 8, "cpu": 8}
# image preprocessing (Pillow resize + crop + normalise) off the model's critical path; two threads keep the
# next image ready while the current one is encoded without competing much with torch's own threads
_PREPROCESS = ThreadPoolExecutor(max_workers=2, thread_name_prefix="vlm-preprocess")


class VisionFeatures:
    """Encodes the images of prompts for ``model`` on ``device`` in ``dtype``, keeping the last few."""

    def __init__(self, model, device: torch.device, dtype: torch.dtype):
        self.model = model
        self.device = device
        self.dtype = dtype
        self._cache: OrderedDict[str, torch.Tensor] = OrderedDict()

    def clear(self) -> None:
        self._cache.clear()

    def pixels(self, span: ImageSpan) -> torch.Tensor:
        """Tile one image: for a GPU its (T, S, S, 3) uint8 bytes, pinned for a fast copy and normalised there;
        elsewhere normalised here, (T, 3, S, S) float32. Pure CPU work (Pillow and numpy release the GIL), run
        on the preprocessing threads."""
        tiles = [tile for image, plan in zip(span.images, span.plans) for tile in tile_image(image, plan)]
        if self.device.type == "cuda":
            return tiles_to_bytes(tiles, self.model.tile_norm).pin_memory()
        return tiles_to_tensor(tiles, self.model.tile_norm)

    def _span_features(self, span: ImageSpan, stats: GenerationStats, pending: dict) -> torch.Tensor:
        """(n_tokens, D) image tokens of one image, from the LRU or freshly encoded."""
        stats.image_tiles += span.tiles
        cached = self._cache.get(span.key)
        if cached is not None:
            self._cache.move_to_end(span.key)
            stats.reused_image_tiles += span.tiles
            return cached
        future = pending.get(span.key)
        pixels = future.result() if future is not None else self.pixels(span)
        if pixels.dtype == torch.uint8:  # (T, S, S, 3) bytes: normalised on the device
            pixels = normalise(pixels.to(self.device, non_blocking=True), self.model.tile_norm).to(self.dtype)
        else:
            pixels = pixels.to(self.device, self.dtype, non_blocking=True)
        per_tile = span.n_tokens // span.tiles
        chunks = [self.model.encode_tiles(b, per_tile) for b in pixels.split(self._batch)]  # (t, per_tile, D) each
        features = torch.cat(chunks).reshape(-1, chunks[0].shape[-1])
        self._cache[span.key] = features
        while len(self._cache) > _CACHE_ENTRIES:
            self._cache.popitem(last=False)
        return features

    @property
    def _batch(self) -> int:
        return _VISION_BATCH.get(self.device.type, 8)

    def from_position(
        self,
        prompt: PromptPlan,
        start: int,
        stats: GenerationStats,
        on_progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> torch.Tensor | None:
        """(n, D) image tokens for the image positions at or after ``start``, in prompt order; None if none.
        ``on_progress`` hears how far the encoding of the images not kept from before is (stage ``IMAGES``);
        ``cancel`` ends it between two blocks of the vision tower (raising ``GenerationCancelled``; an image
        is kept only once encoded whole).

        Every image still to encode is tiled on the preprocessing threads up front, so image k+1 is being
        prepared while the vision tower encodes image k (video frames, multi-image questions).
        """
        by_key = {s.key: s for s in prompt.spans}
        needed = dict.fromkeys(k[0] for k in prompt.keys[start:] if isinstance(k, tuple) and k[0] not in self._cache)
        pending = {key: _PREPROCESS.submit(self.pixels, by_key[key]) for key in needed}
        passes = sum(math.ceil(by_key[key].tiles / self._batch) for key in needed)  # vision forwards to run
        tower = getattr(self.model, "vision_model", None)  # a family outside this package may not name it
        with BlockProgress(on_progress, IMAGES, tower, passes, cancel):
            return self._features(prompt, start, stats, by_key, pending)

    def _features(self, prompt: PromptPlan, start: int, stats: GenerationStats, by_key: dict, pending: dict):
        """:meth:`from_position`'s tokens: runs of consecutive positions of one image cut from its features."""
        pieces, run_key, run_start, run_end = [], None, 0, 0
        for key in prompt.keys[start:]:
            if not isinstance(key, tuple):
                continue
            span_key, offset = key
            if span_key == run_key and offset == run_end:
                run_end += 1
                continue
            if run_key is not None:
                pieces.append(self._span_features(by_key[run_key], stats, pending)[run_start:run_end])
            run_key, run_start, run_end = span_key, offset, offset + 1
        if run_key is not None:
            pieces.append(self._span_features(by_key[run_key], stats, pending)[run_start:run_end])
        return torch.cat(pieces) if pieces else None
