"""Comic books saved as CBZ (a ZIP archive of the page pictures, as comic readers, Calibre and scanning tools make
them): their pages in reading order, each read like an attached picture. The kind declares them as pages, so the
page picker, the context's budget and batch runs treat a comic as they treat a PDF: a question about page 12 of a
manga ("what does she say here?") sends page 12.

Reading order is the pictures' names as a person counts them (``page2`` before ``page10``, folders included:
``Chapter 1/003.jpg``); other files (``ComicInfo.xml``, what macOS adds) are left out. A CBR (the same in a RAR
archive) is not read: Python has no RAR reader, and the tools that make one make a CBZ too.
"""

from __future__ import annotations

import functools
import re
import zipfile
from pathlib import Path

from PIL import Image

from ..core.errors import MediaError
from ..core.messages import Message
from ..core.tiling import TilePlan, plan_tiles
from .images import load_image_fitted
from .ooxml import ZIP_ERRORS

WHAT = Message("a comic book")
PAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff", ".avif", ".heic")
MAX_COMIC_PAGES = 10_000  # a long manga volume has about 200
MAX_PAGE_BYTES = 64 * 2**20  # one page picture, inflated: a 600 dpi scan is a few MB
_DIGITS = re.compile(r"(\d+)")
_SKIPPED = ("__MACOSX/",)


def comic_page_count(path: Path) -> int:
    """How many pages the comic at ``path`` has.

    Raises
    ------
    MediaError
        Not a ZIP archive, no pictures in it, or more than ``MAX_COMIC_PAGES``.
    """
    return len(_pages(Path(path)))


def render_comic_page(path: Path, index: int, *, max_tiles: int, tile_size: int = 448) -> Image.Image:
    """Page ``index`` (0-based) of the comic at ``path``, decoded by the guarded picture loader for ``max_tiles``.

    Raises
    ------
    MediaError
        As :func:`comic_page_count`; no such page, or a page that is damaged, too large or protected.
    """
    path = Path(path)
    names = _pages(path)
    if not 0 <= index < len(names):
        raise MediaError(
            Message(
                "{name} has {count} page(s); page {number} does not exist.",
                name=path.name,
                count=len(names),
                number=index + 1,
            )
        )
    page = Message("Page {number} of {name}", number=index + 1, name=path.name)
    data = _read_page(path, names[index], page)
    return load_image_fitted(data, max_tiles=max_tiles, tile_size=tile_size, name=page).image


def comic_page_plan(width: int, height: int, *, max_tiles: int, tile_size: int = 448) -> TilePlan:
    """The tile grid of a page of this shape: a picture's."""
    return plan_tiles(width, height, max_tiles=max_tiles, tile_size=tile_size)


def _pages(path: Path) -> tuple[str, ...]:
    try:
        stat = path.stat()
    except OSError as err:
        raise MediaError(
            Message("Cannot read {name}: {reason}.", name=path.name, reason=err.strerror or str(err))
        ) from None
    return _page_names(str(path), stat.st_size, stat.st_mtime_ns)


@functools.lru_cache(maxsize=8)  # the page picker and a batch run ask page after page of one file
def _page_names(path: str, _size: int, _modified: int) -> tuple[str, ...]:
    """The page pictures' names in reading order (the size and time in the key: a file replaced is read again)."""
    name = Path(path).name
    try:
        with zipfile.ZipFile(path) as package:
            names = [
                info.filename
                for info in package.infolist()
                if not info.is_dir()
                and info.filename.lower().endswith(PAGE_SUFFIXES)
                and not info.filename.startswith(_SKIPPED)
                and not info.filename.rsplit("/", 1)[-1].startswith(".")
            ]
    except ZIP_ERRORS:
        raise MediaError(
            Message("{name} is damaged or is not {document_kind}.", name=name, document_kind=WHAT)
        ) from None
    if not names:
        raise MediaError(Message("{name} has no pages: there are no pictures in it.", name=name))
    if len(names) > MAX_COMIC_PAGES:
        raise MediaError(
            Message(
                "{name} has {count:,} pages; Desktop VLM opens comics of at most {limit:,} pages.",
                name=name,
                count=len(names),
                limit=MAX_COMIC_PAGES,
            )
        )
    return tuple(sorted(names, key=_reading_order))


def _reading_order(name: str) -> list:
    """``name`` as a person counts: its runs of digits as numbers (``page2`` before ``page10``)."""
    return [(0, int(part), "") if part.isdigit() else (1, 0, part) for part in _DIGITS.split(name.lower()) if part]


def _read_page(path: Path, entry: str, page: Message) -> bytes:
    try:
        with zipfile.ZipFile(path) as package:
            info = package.getinfo(entry)
            if info.flag_bits & 0x1:
                raise MediaError(Message("{page} is protected with a password.", page=page))
            if info.file_size > MAX_PAGE_BYTES:
                raise MediaError(
                    Message(
                        "{page} unpacks to {size_mb:,.0f} MB; Desktop VLM reads pages of up to {limit_mb} MB.",
                        page=page,
                        size_mb=info.file_size / 2**20,
                        limit_mb=MAX_PAGE_BYTES // 2**20,
                    )
                )
            return package.read(info)
    except (KeyError, *ZIP_ERRORS):
        raise MediaError(Message("{page} is damaged.", page=page)) from None
