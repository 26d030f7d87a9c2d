"""Documents of pages: how a kind made of pages is read page by page, and which of its pages are sent.

A kind with pages declares a :class:`Pages` (how to count, render and plan its pages) and can decode with
:meth:`Pages.decode`: the person's chosen pages, or, when none were chosen, as many pages as fit in the image
tokens the model's context has room for. The page picker and batch runs use the same declaration.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.tiling import TilePlan
from .kind_spec import AttachmentFile, Decoded, DecodeOptions

if TYPE_CHECKING:
    from PIL import Image

MOST_PAGES_SENT = 16  # pages of one document sent at once; the context usually runs out first


def pages_that_fit(tokens_per_page: list[int], room: int | None, limit: int = MOST_PAGES_SENT) -> int:
    """How many of these pages, in order, fit in ``room`` image tokens (None: no limit but ``limit``); at
    least one, so a question about a document always sends something."""
    used, count = 0, 0
    for tokens in tokens_per_page[:limit]:
        if room is not None and count and used + tokens > room:
            break
        used, count = used + tokens, count + 1
    return max(1, count)


@dataclass(frozen=True)
class Pages:
    """How a document's pages are reached.

    Attributes
    ----------
    count : callable
        ``count(path) -> int``: how many pages the file has.
    render : callable
        ``render(path, index, max_tiles=..., tile_size=...) -> Image``: page ``index`` (0-based) at the
        resolution the tile budget can use.
    plan : callable
        ``plan(width, height, max_tiles=..., tile_size=...) -> TilePlan``: the tile grid of a page of this
        shape, from any rendering of it (a small one included).
    most_sent : int
        Pages of one file sent at once.
    """

    count: Callable[[Path], int]
    render: Callable[..., Image.Image]
    plan: Callable[..., TilePlan]
    most_sent: int = MOST_PAGES_SENT

    def decode(self, file: AttachmentFile, options: DecodeOptions) -> Decoded:
        """The pages ``options.choices["pages"]`` (0-based; out-of-range ones are skipped) or, without a choice,
        every page that fits in ``options.image_token_room``. ``meta["left_out"]`` then says why the rest was
        not taken ("context" or "limit"), so the chip can say so instead of silently sending less."""
        count = self.count(file.path)

        def render(page: int) -> Image.Image:
            return self.render(file.path, page, max_tiles=options.max_tiles, tile_size=options.tile_size)

        meta: dict = {"page_count": count}
        chosen_pages = options.choices.get("pages")
        if chosen_pages is None:
            first = render(0)
            plan = self.plan(*first.size, max_tiles=options.max_tiles, tile_size=options.tile_size)
            per_page = plan.total_tiles * options.tokens_per_tile
            taken = pages_that_fit([per_page] * count, options.image_token_room, self.most_sent)
            chosen = list(range(taken))
            images = [first] + [render(p) for p in chosen[1:]]
            if taken < count:
                meta["left_out"] = "limit" if taken == self.most_sent else "context"
        else:
            chosen = [p for p in chosen_pages if 0 <= p < count][: self.most_sent] or [0]
            images = [render(p) for p in chosen]
        return Decoded(images, meta | {"pages": chosen})
