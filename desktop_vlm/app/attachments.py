"""Turning dropped / pasted / opened files into what the model will see, with the tile preview numbers.

Pure Python + Pillow (no Qt): decoding happens on a worker thread, the UI only shows the result.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from ..core.tiling import TilePlan, plan_tiles
from ..media import detect_kind, load_image, make_thumbnail, pdf_page_count, render_pdf_page, sample_video_frames

DEFAULT_FRAMES = 8
MAX_PDF_PAGES = 8


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

    @property
    def is_video(self) -> bool:
        return self.kind == "video"

    def image_keys(self) -> list[str]:
        return [f"{self.sha256}:{self.kind}:{i}:{self.meta.get('pages') or self.meta.get('frames')}"
                for i in range(len(self.images))]  # fmt: skip


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def prepare_file(path: Path, *, frames: int = DEFAULT_FRAMES, pages: list[int] | None = None,
                 max_tiles: int = 12, tile_size: int = 448) -> PreparedAttachment:  # fmt: skip
    """Decode ``path`` (raises MediaError with a user message when it cannot)."""
    path = Path(path)
    kind = detect_kind(path)
    data = path.read_bytes()
    if kind == "image":
        image = load_image(data, name=path.name)
        return PreparedAttachment("image", path.name, _sha(data), data, [image], make_thumbnail(image), source=path)
    if kind == "video":
        images = sample_video_frames(path, frames)
        return PreparedAttachment("video", path.name, _sha(data), data, images, make_thumbnail(images[0]),
                                  {"frames": frames}, source=path)  # fmt: skip
    count = pdf_page_count(path)
    chosen = [p for p in (pages or [0]) if 0 <= p < count][:MAX_PDF_PAGES] or [0]
    images = [render_pdf_page(path, p, max_tiles=max_tiles, tile_size=tile_size) for p in chosen]
    return PreparedAttachment("pdf", path.name, _sha(data), data, images, make_thumbnail(images[0]),
                              {"pages": chosen, "page_count": count}, source=path)  # fmt: skip


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
