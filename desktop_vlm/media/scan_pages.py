"""Scans of many pages saved as one TIFF (what office scanners and fax software save by default): each page is a
picture of its own, reached by its page directory, so a question about page 3 of a contract sends page 3.

Counting reads the page directories alone (Pillow walks them without decoding a page); each page is decoded by
the guarded picture loader, with its own size check, as an attached picture is.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from ..core.errors import MediaError
from ..core.messages import Message
from ..core.tiling import TilePlan, plan_tiles
from .images import load_image_fitted, tiff_page_count

MAX_SCAN_PAGES = 10_000  # a scanner's batch is tens of pages; a fax archive a few hundred


def is_multi_page_scan(path: Path) -> bool:
    """Whether the picture at ``path`` is a TIFF of more than one page; False for any other file, and for one
    that cannot be read (the picture loader then says why)."""
    try:
        return tiff_page_count(Path(path)) > 1
    except MediaError:
        return False


def scan_page_count(path: Path) -> int:
    """How many pages the scan at ``path`` has.

    Raises
    ------
    MediaError
        Not a readable picture, or more than ``MAX_SCAN_PAGES`` pages.
    """
    path = Path(path)
    count = tiff_page_count(path)
    if count > MAX_SCAN_PAGES:
        raise MediaError(
            Message(
                "{name} has {count:,} pages; Desktop VLM opens scans of at most {limit:,}.",
                name=path.name,
                count=count,
                limit=MAX_SCAN_PAGES,
            ),
            hint=Message("Split it into smaller files."),
        )
    return count


def render_scan_page(path: Path, index: int, *, max_tiles: int, tile_size: int = 448) -> Image.Image:
    """Page ``index`` (0-based) of the scan at ``path``, decoded for ``max_tiles`` tiles (a page larger than the
    model can use is shrunk while it is decoded, where its compression allows).

    Raises
    ------
    MediaError
        No such page, or a page that is damaged or too large.
    """
    path = Path(path)
    count = scan_page_count(path)
    if not 0 <= index < count:
        raise MediaError(
            Message(
                "{name} has {count} page(s); page {number} does not exist.",
                name=path.name,
                count=count,
                number=index + 1,
            )
        )
    page = Message("Page {number} of {name}", number=index + 1, name=path.name)
    return load_image_fitted(path, max_tiles=max_tiles, tile_size=tile_size, name=page, page=index).image


def scan_page_plan(width: int, height: int, *, max_tiles: int, tile_size: int = 448) -> TilePlan:
    """The tile grid of a page of this shape: a picture's."""
    return plan_tiles(width, height, max_tiles=max_tiles, tile_size=tile_size)
