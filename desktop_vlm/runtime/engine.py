"""The runtime every family shares: prompt → vision features → prefill (reusing the conversation's KV
cache) → token-by-token decode with streaming, cancel and timings.

Turn-to-turn reuse: each position of a prompt has a *key* — its token id, or for an image token the
pair (image content + tiling key, offset). The longest common key prefix with the previous call is
served from the kept KV cache; only the rest is prefilled, and only images in that rest are encoded
(their features are also kept in a small LRU). Keys make reuse exact: two different images with the
same tile count have identical ids but different keys.
"""

from __future__ import annotations

import hashlib
import time
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import torch

from ..core.errors import ContextLengthError, DeviceOutOfMemoryError, GenerationCancelled, InvalidRequestError
from ..core.tiling import TilePlan, plan_tiles
from ..core.types import GenerationResult, GenerationStats
from .api import CancelToken, ChatRequest, ModelInfo, TextCallback
from .beams import beam_search
from .device import single_token_kernels
from .preprocess import tile_image, tiles_to_tensor
from .prompt import IMG_CONTEXT, IMG_END, IMG_START, compose_question, count_placeholders, expand_image_placeholders, render_conversation
from .sampling import StreamDecoder, TokenPicker
from .templates import ConversationTemplate
from .tokenizer import token_id

_FEATURE_CACHE_ENTRIES = 16
# tiles per vision forward: all of a 13-tile image at once on a GPU (one launch sequence, full occupancy);
# 8 on CPU, where a bigger batch buys nothing and only raises peak activation memory
_VISION_BATCH = {"cuda": 16, "mps": 8, "cpu": 8}
_PREFILL_CHUNK = 8192  # tokens per prefill forward (13 tiles = 3,328 image tokens fit in one)
# image preprocessing (Pillow resize + crop + normalise) off the model's critical path; two threads keep the
# next image ready while the current one is encoded without competing much with torch's own threads
_PREPROCESS = ThreadPoolExecutor(max_workers=2, thread_name_prefix="vlm-preprocess")
_OOM_MESSAGES = ("out of memory", "can't allocate memory", "not enough memory")


def _is_out_of_memory(err: BaseException) -> bool:
    """CUDA raises OutOfMemoryError; the CPU allocator raises RuntimeError('... can't allocate memory')."""
    if isinstance(err, (torch.OutOfMemoryError, MemoryError)):
        return True
    return any(text in str(err).lower() for text in _OOM_MESSAGES)


@dataclass(frozen=True)
class _ImageSpan:
    key: str
    images: tuple  # PIL images sharing one <img> block (usually one)
    plans: tuple[TilePlan, ...]
    n_tokens: int

    @property
    def tiles(self) -> int:
        return sum(p.total_tiles for p in self.plans)


@dataclass
class _Prompt:
    ids: list[int]
    keys: list  # int for text positions, (span index, offset) resolved to (key, offset) for image positions
    spans: list[_ImageSpan]


def _image_digest(image) -> str:
    """Content hash of an image, in bands of rows so a huge image is never copied whole."""
    h = hashlib.sha1(f"{image.mode}{image.size}".encode())
    width, height = image.size
    for top in range(0, height, 256):
        h.update(image.crop((0, top, width, min(height, top + 256))).tobytes())
    return h.hexdigest()


class VlmRuntime:
    """A loaded model behind the :class:`~desktop_vlm.runtime.api.Runtime` protocol."""

    def __init__(self, model, tokenizer, template: ConversationTemplate, info: ModelInfo, device, dtype):
        self.model = model
        self.tokenizer = tokenizer
        self.template = template
        self.info = info
        self.device = device
        self.dtype = dtype
        self.img_context_id = token_id(tokenizer, IMG_CONTEXT)
        token_id(tokenizer, IMG_START), token_id(tokenizer, IMG_END)
        self.stop_id = token_id(tokenizer, template.stop_token)
        self._features: OrderedDict[str, torch.Tensor] = OrderedDict()
        self._prefix_keys: list = []
        self._cache = None

    # ----------------------------------------------------------------- prompt
    def _prepare(self, request: ChatRequest) -> _Prompt:
        request.params.validate()
        request.tiles.validate()
        per_tile = self.model.tokens_per_tile(request.image_tokens)
        question = request.question
        if request.visuals and count_placeholders(request.history, question) == 0:
            question = compose_question(question, n_images=len(request.visuals))
        spans = []
        for visual in request.visuals:
            max_tiles = visual.max_tiles or request.tiles.max_tiles
            min_tiles = min(request.tiles.min_tiles, max_tiles)
            images = (visual.image, *visual.combined_with)
            plans = tuple(
                plan_tiles(
                    *image.size,
                    min_tiles=min_tiles,
                    max_tiles=max_tiles,
                    tile_size=self.model.tile_norm.tile_size,
                    use_thumbnail=request.tiles.use_thumbnail,
                )
                for image in images
            )
            content = visual.key or "+".join(_image_digest(image) for image in images)
            key = f"{content}|{min_tiles}-{max_tiles}-{int(request.tiles.use_thumbnail)}|{per_tile}"
            tiles = sum(p.total_tiles for p in plans)
            spans.append(_ImageSpan(key, images, plans, tiles * per_tile))
        text = render_conversation(self.template, request.history, question, request.system_message)
        text = expand_image_placeholders(text, [s.n_tokens for s in spans])
        ids = self.tokenizer(text)["input_ids"]
        keys: list = []
        span_iter = iter(spans)
        span, offset = None, 0
        for idx in ids:
            if idx != self.img_context_id:
                keys.append(idx)
                continue
            if span is None or offset == span.n_tokens:
                span, offset = next(span_iter, None), 0
                if span is None:
                    raise InvalidRequestError(f"The text contains the reserved token {IMG_CONTEXT}; remove it.")
            keys.append((span.key, offset))
            offset += 1
        if len([k for k in keys if isinstance(k, tuple)]) != sum(s.n_tokens for s in spans):
            raise InvalidRequestError(f"The text contains the reserved token {IMG_CONTEXT}; remove it.")
        return _Prompt(ids, keys, spans)

    def count_prompt_tokens(self, request: ChatRequest) -> int:
        return len(self._prepare(request).ids)

    # ----------------------------------------------------------------- vision
    def _pixels(self, span: _ImageSpan) -> torch.Tensor:
        """Tile and normalise one image: (T, 3, S, S) float32, pinned for a fast copy to a GPU. Pure CPU
        work (Pillow and torch release the GIL), run on the preprocessing threads."""
        tiles = [tile for image, plan in zip(span.images, span.plans) for tile in tile_image(image, plan)]
        pixels = tiles_to_tensor(tiles, self.model.tile_norm)
        return pixels.pin_memory() if self.device.type == "cuda" else pixels

    def _span_features(self, span: _ImageSpan, stats: GenerationStats, pending: dict) -> torch.Tensor:
        """(n_tokens, D) image tokens of one image, from the LRU or freshly encoded."""
        stats.image_tiles += span.tiles
        cached = self._features.get(span.key)
        if cached is not None:
            self._features.move_to_end(span.key)
            stats.reused_image_tiles += span.tiles
            return cached
        future = pending.get(span.key)
        pixels = future.result() if future is not None else self._pixels(span)
        pixels = pixels.to(self.device, self.dtype, non_blocking=True)
        per_tile = span.n_tokens // span.tiles
        chunks = [self.model.encode_tiles(b, per_tile) for b in pixels.split(_VISION_BATCH.get(self.device.type, 8))]
        features = torch.cat(chunks).reshape(-1, chunks[0].shape[-1])
        self._features[span.key] = features
        while len(self._features) > _FEATURE_CACHE_ENTRIES:
            self._features.popitem(last=False)
        return features

    def _suffix_features(self, prompt: _Prompt, start: int, stats: GenerationStats) -> torch.Tensor | None:
        """Image tokens for the image positions at or after ``start``, in prompt order.

        Every image still to encode is tiled on the preprocessing threads up front, so image k+1 is being
        prepared while the vision tower encodes image k (video frames, multi-image questions).
        """
        by_key = {s.key: s for s in prompt.spans}
        needed = dict.fromkeys(k[0] for k in prompt.keys[start:] if isinstance(k, tuple) and k[0] not in self._features)
        pending = {key: _PREPROCESS.submit(self._pixels, by_key[key]) for key in needed}
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

    # ----------------------------------------------------------------- generation
    def _reusable_prefix(self, keys: list) -> int:
        if self._cache is None:
            return 0
        n = 0
        for a, b in zip(self._prefix_keys, keys):
            if a != b:
                break
            n += 1
        return min(n, len(keys) - 1)  # at least one position is prefilled to get the next-token logits

    @torch.inference_mode()
    def generate(
        self, request: ChatRequest, on_text: TextCallback | None = None, cancel: CancelToken | None = None
    ) -> GenerationResult:
        cancel = cancel or CancelToken()
        start = time.perf_counter()
        try:
            prompt = self._prepare(request)  # decodes and hashes the images: can run out of memory too
        except (MemoryError, RuntimeError) as err:
            if _is_out_of_memory(err):
                raise self._out_of_memory() from None
            raise
        params = request.params
        if len(prompt.ids) + params.max_new_tokens > self.info.context_length:
            raise ContextLengthError(
                f"The conversation is {len(prompt.ids)} tokens; with {params.max_new_tokens} new tokens it exceeds "
                f"the model's context of {self.info.context_length}.",
                hint="Start a new chat, use fewer tiles or frames, or lower max new tokens.",
            )
        stats = GenerationStats(prompt_tokens=len(prompt.ids))
        try:
            return self._generate(prompt, params, on_text, cancel, stats, start)
        except GenerationCancelled:  # stopped before the first token: an empty, cancelled answer
            if self._cache is not None and self._cache.get_seq_length() != len(self._prefix_keys):
                self._cache, self._prefix_keys = None, []  # stopped mid-prefill: the cache is ahead of its keys
            stats.total_s = time.perf_counter() - start
            return GenerationResult("", list(prompt.ids), [], "cancelled", stats)
        except (torch.OutOfMemoryError, MemoryError, RuntimeError) as err:
            if not _is_out_of_memory(err):
                self._cache, self._prefix_keys = None, []
                raise
            raise self._out_of_memory() from None
        except BaseException:
            self._cache, self._prefix_keys = None, []  # a half-updated cache must not be reused
            raise

    def _wait_for_device(self) -> None:
        """Let queued GPU work finish, so the per-phase timings measure the phases (one wait per phase)."""
        if self.device.type == "cuda":
            torch.cuda.synchronize(self.device)
        elif self.device.type == "mps":
            torch.mps.synchronize()

    def _out_of_memory(self) -> DeviceOutOfMemoryError:
        """Free what this runtime holds for requests and describe the failure for the person."""
        self.reset_cache()
        self._release_decoder()
        if self.device.type == "cuda":
            torch.cuda.empty_cache()
        where = "GPU" if self.device.type == "cuda" else "computer"
        return DeviceOutOfMemoryError(
            f"The {where} ran out of memory for this request; memory was freed.",
            hint="Try fewer tiles or frames, a shorter conversation, or a smaller precision.",
        )

    def _generate(self, prompt, params, on_text, cancel, stats, start) -> GenerationResult:
        decoder = self.model.decoder
        common = self._reusable_prefix(prompt.keys)
        if common == 0:
            self._cache = decoder.new_cache()
        else:
            self._cache.crop(common - self._cache.get_seq_length())
        self._prefix_keys = prompt.keys[:common]
        stats.reused_prompt_tokens = common
        cancel.raise_if_cancelled()

        t_vision = time.perf_counter()
        features = self._suffix_features(prompt, common, stats)
        self._wait_for_device()  # GPU work is asynchronous: without this the time would be the launches'
        stats.vision_encode_s = time.perf_counter() - t_vision
        cancel.raise_if_cancelled()

        t_prefill = time.perf_counter()
        suffix = torch.tensor([prompt.ids[common:]], device=self.device)
        embeds = decoder.embed(suffix)  # (1, L, D)
        image_mask = suffix == self.img_context_id  # (1, L)
        if features is not None:
            embeds = embeds.masked_scatter(image_mask.unsqueeze(-1), features.to(embeds.dtype))
        # Long prompts are prefilled in chunks: the same attention over the cache, but activation memory
        # bounded by the chunk instead of the prompt (SDPA's CPU path materialises L×L scores).
        for begin in range(0, suffix.shape[1], _PREFILL_CHUNK):
            chunk = slice(begin, begin + _PREFILL_CHUNK)
            cancel.raise_if_cancelled()
            logits = decoder(embeds[:, chunk], image_mask[:, chunk], self._cache, logits_to_keep=1)
        self._prefix_keys = list(prompt.keys)
        self._wait_for_device()
        stats.prefill_s = time.perf_counter() - t_prefill

        if params.num_beams > 1:
            generated, finish = beam_search(decoder, self._cache, logits, params, self.stop_id, cancel)
            self._cache, self._prefix_keys = None, []  # the beams consumed the cache
            stats.time_to_first_token_s = time.perf_counter() - start
        else:
            generated, finish = self._decode(decoder, logits, params, cancel, stats, start, on_text)
            fed = self._cache.get_seq_length()
            self._prefix_keys = (prompt.keys + generated)[:fed]

        full = self.tokenizer.decode(generated, skip_special_tokens=True)
        text = full.split(self.template.stop_token)[0].strip()
        if params.num_beams > 1 and on_text is not None and text:
            on_text(text)
        stats.new_tokens = len(generated)
        stats.total_s = time.perf_counter() - start
        stats.decode_s = max(0.0, stats.total_s - stats.time_to_first_token_s)
        return GenerationResult(text, list(prompt.ids), generated, finish, stats)

    def _decode(self, decoder, logits, params, cancel, stats, start, on_text):
        picker = TokenPicker(params, self.device)
        stream = StreamDecoder(self.tokenizer)
        generated: list[int] = []
        history = torch.empty((1, 0), dtype=torch.long, device=self.device)
        finish = "length"
        start_decode = getattr(decoder, "start_decode", None)
        session = start_decode(self._cache, params.max_new_tokens) if start_decode else None
        for step in range(params.max_new_tokens):
            next_id = picker(logits[:, -1].float(), history)  # (1,)
            token = int(next_id)
            generated.append(token)
            history = torch.cat([history, next_id.view(1, 1)], dim=1)
            if step == 0:
                stats.time_to_first_token_s = time.perf_counter() - start
            delta = stream.push(token)
            if delta and on_text is not None:
                on_text(delta)
            if token == self.stop_id:
                finish = "stop"
                break
            if step == params.max_new_tokens - 1:
                break
            if cancel.cancelled:
                finish = "cancelled"
                break
            ids = next_id.view(1, 1)
            with single_token_kernels(self.device, self.dtype):
                if session is not None:
                    logits = session.step(ids)
                else:  # generated tokens are text: the original never routes decode steps to visual experts
                    logits = decoder(decoder.embed(ids), torch.zeros_like(ids, dtype=torch.bool), self._cache, 1)
        if session is not None:
            self._cache = session.to_dynamic()
        tail = stream.flush()
        if tail and on_text is not None:
            on_text(tail)
        return generated, finish

    @torch.inference_mode()
    def forward_logits(
        self, request: ChatRequest, continuation: list[int] = (), *, all_positions: bool = False
    ) -> torch.Tensor:
        """Teacher-forced logits (len(continuation) + 1, V), float32, of a full recompute: row k is the
        distribution after the prompt and ``continuation[:k]`` (every prompt position too with
        ``all_positions``). Leaves the reuse caches untouched."""
        prompt = self._prepare(request)
        stats = GenerationStats()
        features = self._suffix_features(prompt, 0, stats)
        ids = torch.tensor([prompt.ids + list(continuation)], device=self.device)
        decoder = self.model.decoder
        embeds = decoder.embed(ids)
        image_mask = ids == self.img_context_id
        image_mask[:, len(prompt.ids) :] = False  # generated tokens are text, as in decoding
        if features is not None:
            embeds = embeds.masked_scatter(image_mask.unsqueeze(-1), features.to(embeds.dtype))
        keep = 0 if all_positions else len(continuation) + 1
        logits = decoder(embeds, image_mask, decoder.new_cache(), logits_to_keep=keep)
        return logits[0].float()

    # ----------------------------------------------------------------- lifecycle
    def reset_cache(self) -> None:
        self._features.clear()
        self._cache, self._prefix_keys = None, []

    def _release_decoder(self) -> None:
        release = getattr(self.model.decoder, "release", None)  # memory a decoder keeps between answers
        if release is not None:
            release()

    def close(self) -> None:
        self.reset_cache()
        if self.model is not None:
            self._release_decoder()
        self.model = None
        if self.device.type == "cuda":
            torch.cuda.empty_cache()
