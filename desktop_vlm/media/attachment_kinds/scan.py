"""Scans of many pages in one TIFF (an office scanner's or a fax program's default): page by page, as a PDF's pages
are — the pages the person ticked or, without a choice, every page that fits the model's context (at most 16); the
chip says which and opens the page picker. A TIFF of one page is a picture (``image.py``): the two start alike, so
this kind narrows that one, counting the pages of each TIFF attached."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from ...core.messages import Message
from .. import images
from ..kind_spec import CHIP_PAGES, TEXT_LIMIT, AttachmentKind, MetaField
from ..paged import Pages
from ..pdf import MAX_PAGES
from ..scan_pages import is_multi_page_scan, render_scan_page, scan_page_count, scan_page_plan

MAX_SCAN_BYTES = 2 * 2**30  # a batch of uncompressed 300 dpi pages; pages are decoded one at a time


def _thumbnail(path: Path, at_least: int) -> Image.Image:
    return images.load_image(path, at_least=at_least)  # the first page


PAGES = Pages(count=scan_page_count, render=render_scan_page, plan=scan_page_plan)

KIND = AttachmentKind(
    name="scan",
    title=Message("scans of several pages"),
    formats="TIFF",
    extensions=(".tif", ".tiff"),
    mime="image/tiff",
    decode=PAGES.decode,
    narrows="image",
    claims=is_multi_page_scan,
    max_bytes=MAX_SCAN_BYTES,
    order=32,
    thumbnail=_thumbnail,
    meta_fields=(
        # the details a PDF stores too, bounded alike (two kinds share a detail only with the same bounds)
        MetaField("page_count", "whole", low=1, high=MAX_PAGES),
        MetaField("pages", "indices", high=MAX_PAGES, below="page_count"),
        MetaField("left_out", "text", high=TEXT_LIMIT),
    ),
    chip=CHIP_PAGES,
    pages=PAGES,
)
