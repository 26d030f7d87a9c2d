"""A request → the exact token ids the original ``chat()`` would feed, with a reuse key per position.

Each position of a prompt has a *key*: its token id, or for an image token the pair (image key, offset),
where the image key joins the image's content hash, its tiling and its tokens per tile. The engine serves
the longest common key prefix with the previous request from its KV cache; keys make that exact, since
two different images with the same tile count have identical ids but different keys.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ..core.errors import InvalidRequestError
from ..core.messages import Message
from ..core.tiling import TilePlan, plan_tiles
from .api import ChatRequest
from .prompt import IMG_CONTEXT, compose_question, count_placeholders, expand_image_placeholders, render_conversation


@dataclass(frozen=True)
class ImageSpan:
    """One ``<img>…</img>`` block: its images (usually one; a video's frames never share a block)."""

    key: str
    images: tuple  # PIL images
    plans: tuple[TilePlan, ...]
    n_tokens: int

    @property
    def tiles(self) -> int:
        return sum(p.total_tiles for p in self.plans)


@dataclass
class PromptPlan:
    ids: list[int]
    keys: list  # int for a text position, (span key, offset) for an image position
    spans: list[ImageSpan]


def image_digest(image) -> str:
    """Content hash of an image, in bands of rows so a huge image is never copied whole."""
    h = hashlib.sha1(f"{image.mode}{image.size}".encode())
    width, height = image.size
    for top in range(0, height, 256):
        h.update(image.crop((0, top, width, min(height, top + 256))).tobytes())
    return h.hexdigest()


def plan_prompt(request: ChatRequest, model, tokenizer, template, img_context_id: int) -> PromptPlan:
    """Validate ``request`` and lay out its prompt for ``model`` (tile size, tokens per tile)."""
    request.params.validate()
    request.tiles.validate()
    per_tile = model.tokens_per_tile(request.image_tokens)
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
                tile_size=model.tile_norm.tile_size,
                use_thumbnail=request.tiles.use_thumbnail,
            )
            for image in images
        )
        content = visual.key or "+".join(image_digest(image) for image in images)
        key = f"{content}|{min_tiles}-{max_tiles}-{int(request.tiles.use_thumbnail)}|{per_tile}"
        spans.append(ImageSpan(key, images, plans, sum(p.total_tiles for p in plans) * per_tile))
    text = render_conversation(template, request.history, question, request.system_message, request.answer_so_far)
    text = expand_image_placeholders(text, [s.n_tokens for s in spans])
    ids = tokenizer.encode(text)
    keys: list = []
    span_iter = iter(spans)
    span, offset = None, 0
    for idx in ids:
        if idx != img_context_id:
            keys.append(idx)
            continue
        if span is None or offset == span.n_tokens:
            span, offset = next(span_iter, None), 0
            if span is None:
                raise InvalidRequestError(
                    Message("The text contains the reserved token {token}; remove it.", token=IMG_CONTEXT)
                )
        keys.append((span.key, offset))
        offset += 1
    if len([k for k in keys if isinstance(k, tuple)]) != sum(s.n_tokens for s in spans):
        raise InvalidRequestError(
            Message("The text contains the reserved token {token}; remove it.", token=IMG_CONTEXT)
        )
    return PromptPlan(ids, keys, spans)
