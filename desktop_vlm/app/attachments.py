"""Turning dropped / pasted / opened files into what the model will see, with the tile preview numbers.

Pure Python + Pillow (no Qt): decoding happens on a worker thread, the UI only shows the result.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from ..core.tiling import TilePlan, plan_tiles
from ..media import (
    detect_kind,
    frame_indices,
    load_image_fitted,
    make_thumbnail,
    pdf_page_count,
    probe_video,
    render_pdf_page,
    sample_video_frames,
)

DEFAULT_FRAMES = 8
MAX_PDF_PAGES = 16  # pages of one PDF sent at once; the context usually runs out first


@dataclass
class PreparedAttachment:
    """One attachment of a message: the source file and the images sent for it.

    ``images`` are what fill ``<image>`` placeholders: one for a picture, the selected pages of a PDF,
    the sampled frames of a video (sent with one tile each).
    """

    kind: str  # "image" | "video" | "pdf"
    name: str
    sha256: str
    data: bytes
    images: list[Image.Image]
    thumbnail: Image.Image
    meta: dict = field(default_factory=dict)
    source: Path | None = None  # the file it was read from, when there is one
    stored: object | None = None  # its history Attachment, when it was saved while being prepared
    note: str | None = None  # one line for the person, e.g. that a huge picture was downscaled

    @property
    def is_video(self) -> bool:
        return self.kind == "video"

    def image_keys(self) -> list[str]:
        return [f"{self.sha256}:{self.kind}:{i}:{self.meta.get('pages') or self.meta.get('frames')}"
                for i in range(len(self.images))]  # fmt: skip


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def pdf_page_plan(width: int, height: int, *, max_tiles: int, tile_size: int = 448) -> TilePlan:
    """The tile grid of a PDF page of this shape. Pages are rendered at the size their grid needs (see
    ``media.pdf.render_scale``), so any rendering of the page — a small thumbnail — gives its grid."""
    scale = 10_000 / max(width, height)  # planned as a high-resolution scan, as render_scale does
    return plan_tiles(max(1, round(width * scale)), max(1, round(height * scale)), max_tiles=max_tiles,
                      tile_size=tile_size)


def pages_that_fit(tokens_per_page: list[int], room: int | None, limit: int = MAX_PDF_PAGES) -> int:
    """How many of these pages, in order, fit in ``room`` image tokens (None: no limit but ``limit``); at
    least one, so a question about a PDF always sends something."""
    used, count = 0, 0
    for tokens in tokens_per_page[:limit]:
        if room is not None and count and used + tokens > room:
            break
        used, count = used + tokens, count + 1
    return max(1, count)


def prepare_file(path: Path, *, frames: int = DEFAULT_FRAMES, pages: list[int] | None = None,
                 max_tiles: int = 12, tile_size: int = 448, image_token_room: int | None = None,
                 tokens_per_tile: int = 256) -> PreparedAttachment:
    """Decode ``path`` (raises MediaError with a user message when it cannot).

    A PDF sends ``pages`` (0-based) or, left out, all its pages that fit in ``image_token_room`` image
    tokens (None: up to ``MAX_PDF_PAGES``); ``meta["left_out"]`` then says why the rest was not taken
    ("context" or "limit"), so the chip can say so instead of silently sending less. A video's
    ``meta["frame_times"]`` are the seconds its sampled frames come from.
    """
    path = Path(path)
    kind = detect_kind(path)
    data = path.read_bytes()
    if kind == "image":
        fitted = load_image_fitted(data, max_tiles=max_tiles, tile_size=tile_size, name=path.name)
        return PreparedAttachment("image", path.name, _sha(data), data, [fitted.image], make_thumbnail(fitted.image),
                                  source=path, note=fitted.note)
    if kind == "video":
        images = sample_video_frames(path, frames)
        info = probe_video(path)
        times = [round(i / info.fps, 2) for i in frame_indices(info.frame_count, len(images))]
        return PreparedAttachment("video", path.name, _sha(data), data, images, make_thumbnail(images[0]),
                                  {"frames": frames, "frame_times": times}, source=path)
    count = pdf_page_count(path)

    def render(page: int) -> Image.Image:
        return render_pdf_page(path, page, max_tiles=max_tiles, tile_size=tile_size)

    meta: dict = {"page_count": count}
    if pages is None:
        first = render(0)
        per_page = pdf_page_plan(*first.size, max_tiles=max_tiles, tile_size=tile_size).total_tiles * tokens_per_tile
        taken = pages_that_fit([per_page] * count, image_token_room)
        chosen = list(range(taken))
        images = [first] + [render(p) for p in chosen[1:]]
        if taken < count:
            meta["left_out"] = "limit" if taken == MAX_PDF_PAGES else "context"
    else:
        chosen = [p for p in pages if 0 <= p < count][:MAX_PDF_PAGES] or [0]
        images = [render(p) for p in chosen]
    return PreparedAttachment("pdf", path.name, _sha(data), data, images, make_thumbnail(images[0]),
                              meta | {"pages": chosen}, source=path)


def prepare_pasted_image(image: Image.Image, name: str = "pasted.png") -> PreparedAttachment:
    import io

    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "PNG")
    data = buffer.getvalue()
    rgb = image.convert("RGB")
    return PreparedAttachment("image", name, _sha(data), data, [rgb], make_thumbnail(rgb))


@dataclass(frozen=True)
class TileSummary:
    plans: tuple[TilePlan, ...]
    tiles: int
    tokens: int

    @property
    def text(self) -> str:
        return f"{self.tiles} tile{'s' if self.tiles != 1 else ''} → {self.tokens:,} image tokens"


def tile_summary(attachment: PreparedAttachment, *, max_tiles: int, tile_size: int, tokens_per_tile: int,
                 use_thumbnail: bool = True) -> TileSummary:  # fmt: skip
    """What the model will see for this attachment — the same arithmetic the runtime uses."""
    per_image_max = 1 if attachment.is_video else max_tiles
    plans = tuple(plan_tiles(*im.size, max_tiles=per_image_max, tile_size=tile_size, use_thumbnail=use_thumbnail)
                  for im in attachment.images)  # fmt: skip
    tiles = sum(p.total_tiles for p in plans)
    return TileSummary(plans, tiles, tiles * tokens_per_tile)
