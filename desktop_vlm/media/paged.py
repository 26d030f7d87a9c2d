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

from ..core.errors import MediaError
from ..core.messages import Message, label
from ..core.tiling import TilePlan
from .kind_spec import AttachmentFile, Decoded, DecodeOptions
from .text_files import MAX_TEXT_BYTES, ReadText, decoded_text

if TYPE_CHECKING:
    from PIL import Image

MOST_PAGES_SENT = 16  # pages of one document sent at once; the context usually runs out first
MOST_TEXT_PAGES = 2000  # pages whose text is read when none were chosen: the context runs out long before


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
    text : callable or None
        ``text(path, indices, max_chars) -> list[str]``: the text layer of those pages, for a document whose text
        is sent instead of its pictures (the ``as_text`` choice); None when the kind has none.
    """

    count: Callable[[Path], int]
    render: Callable[..., Image.Image]
    plan: Callable[..., TilePlan]
    most_sent: int = MOST_PAGES_SENT
    text: Callable[[Path, list[int], int], list[str]] | None = None

    def decode(self, file: AttachmentFile, options: DecodeOptions) -> Decoded:
        """The pages ``options.choices["pages"]`` (0-based; out-of-range ones are skipped) or, without a choice,
        every page that fits in ``options.image_token_room``. ``meta["left_out"]`` then says why the rest was
        not taken ("context" or "limit"), so the chip can say so instead of silently sending less. With the
        ``as_text`` choice, the pages' text instead (see :meth:`decode_text`)."""
        count = self.count(file.path)
        if options.choices.get("as_text") and self.text is not None:
            return self.decode_text(file, options, count)

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

    def decode_text(self, file: AttachmentFile, options: DecodeOptions, count: int) -> Decoded:
        """The text layer of the chosen pages (without a choice, every page up to ``MOST_TEXT_PAGES``), each under
        a ``[Page N]`` line so answers can say where, quoted like a text file and cut to the room the same way.

        Raises
        ------
        MediaError
            The pages have no text: they are pictures (a scan), which only their pictures can send.
        """
        assert self.text is not None, "called for kinds whose pages have text"
        chosen_pages = options.choices.get("pages")
        if chosen_pages is None:
            chosen = list(range(min(count, MOST_TEXT_PAGES)))
        else:
            chosen = [p for p in chosen_pages if 0 <= p < count] or [0]
        texts = self.text(file.path, chosen, MAX_TEXT_BYTES)
        if not any(text.strip() for text in texts):
            raise MediaError(
                Message("{name} has no text to read: its pages are pictures, as in a scan.", name=file.name),
                hint=Message("Send its pages as pictures instead."),
            )
        joined = "\n\n".join(f"[Page {p + 1}]\n{text.strip()}" for p, text in zip(chosen, texts))
        decoded = decoded_text(file.name, ReadText(joined, label("PDF text")), options)
        meta = {"page_count": count, "as_text": 1} | ({"pages": chosen} if chosen_pages is not None else {})
        return Decoded([], decoded.meta | meta, decoded.note, text=decoded.text)
