"""PDF documents, rendered page by page in the sandboxed renderer at the resolution the tile budget can use. The
pages the person ticked or, without a choice, every page that fits the model's context (at most 16); the chip
says which and opens the page picker. Or, chosen on the chip, the pages' text layer, quoted like a text file:
far more pages fit the context as text than as pictures."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from ...core.messages import Message
from ...core.tiling import TilePlan, plan_tiles
from ..kind_spec import CHIP_PAGES, TEXT_LIMIT, AttachmentKind, MetaField
from ..paged import Pages
from ..pdf import MAX_PAGES, pdf_page_count, pdf_pages_text, render_pdf_page
from ..text_files import TEXT_META_FIELDS


def pdf_page_plan(width: int, height: int, *, max_tiles: int, tile_size: int = 448) -> TilePlan:
    """The tile grid of a PDF page of this shape. Pages are rendered at the size their grid needs (see
    ``media.pdf.render_scale``), so any rendering of the page — a small thumbnail — gives its grid."""
    scale = 10_000 / max(width, height)  # planned as a high-resolution scan, as render_scale does
    return plan_tiles(
        max(1, round(width * scale)), max(1, round(height * scale)), max_tiles=max_tiles, tile_size=tile_size
    )


def _thumbnail(path: Path, at_least: int) -> Image.Image:
    return render_pdf_page(path, 0, max_tiles=1)


PAGES = Pages(count=pdf_page_count, render=render_pdf_page, plan=pdf_page_plan, text=pdf_pages_text)

KIND = AttachmentKind(
    name="pdf",
    title=Message("PDF documents"),
    extensions=(".pdf",),
    mime="application/pdf",
    decode=PAGES.decode,
    sniff=lambda head: head.startswith(b"%PDF"),
    sniff_order=10,
    order=30,
    thumbnail=_thumbnail,
    meta_fields=(
        MetaField("page_count", "whole", low=1, high=MAX_PAGES),
        MetaField("pages", "indices", high=MAX_PAGES, below="page_count"),
        MetaField("left_out", "text", high=TEXT_LIMIT),
        MetaField("as_text", "whole", low=0, high=1),  # its text layer is sent, not its pages' pictures
        *TEXT_META_FIELDS,
    ),
    chip=CHIP_PAGES,
    pages=PAGES,
)
