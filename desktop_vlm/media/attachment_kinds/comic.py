"""Comic books (.cbz: a manga, a comic or a scanned magazine as a ZIP of page pictures): page by page, as a PDF's
pages are: the pages the person ticked or, without a choice, every page that fits the model's context (at most
16); the chip says which and opens the page picker."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from ...core.messages import Message
from ..comic import comic_page_count, comic_page_plan, render_comic_page
from ..kind_spec import CHIP_PAGES, TEXT_LIMIT, AttachmentKind, MetaField
from ..paged import Pages
from ..pdf import MAX_PAGES

MAX_CBZ_BYTES = 2 * 2**30  # a volume of scans; pages are read one at a time


def _thumbnail(path: Path, at_least: int) -> Image.Image:
    return render_comic_page(path, 0, max_tiles=1)


PAGES = Pages(count=comic_page_count, render=render_comic_page, plan=comic_page_plan)

KIND = AttachmentKind(
    name="comic",
    title=Message("comic books"),
    formats="CBZ",
    extensions=(".cbz",),
    mime="application/vnd.comicbook+zip",
    decode=PAGES.decode,
    sniff=lambda head: False,  # a ZIP archive like any other: recognised by its extension
    max_bytes=MAX_CBZ_BYTES,
    order=31,
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
