"""PDF pages rendered as images with PDFium (pypdfium2), at the resolution the tile budget can use.

PDFium never runs in this process: every call goes to a child process (:mod:`.pdf_sandbox`; it also draws SVG
drawings, :mod:`.svg`) with an
address-space cap of ``RENDER_MEMORY_BYTES`` (enforced on Linux) and ``RENDER_SECONDS`` per call. A page built
to exhaust memory (a small file naming a gigabyte-sized compressed stream) or to keep PDFium busy ends that
child, not the app or a night's ``batch`` run, and the person reads "too large or complex to render".
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

from PIL import Image

from ..core.errors import MediaError, PasswordRequiredError
from ..core.messages import Message
from ..core.tiling import plan_tiles
from .pdf_sandbox import Limits, PdfProcess, WorkerDidNotStart, WorkerDied, WorkerTimedOut

MAX_RENDER_PIXELS = 40_000_000  # ~160 MB as RGBA; a page never needs more for any tile budget we offer
MAX_RENDER_SIDE = 32_768  # a page 1:20 at 40 tiles needs ~9,000; only absurd shapes reach this
# The child's address space: a 40 MP page needs ~0.5 GB (PDFium's bitmap, the RGB copy, the page's own
# images decoded); the rest is headroom for scans with large embedded images.
RENDER_MEMORY_BYTES = 1536 * 1024 * 1024
RENDER_SECONDS = 30.0  # per call; a dense vector page renders in well under a second
MAX_PAGES = 100_000  # a PDF with more pages is refused when opened (the count alone would mean hours of work)

_PROCESS = PdfProcess(Limits(RENDER_MEMORY_BYTES, RENDER_SECONDS))


def ask_renderer(request: dict, path: Path, what: str | Message) -> tuple[dict, bytearray | None]:
    """Ask the renderer process (PDF pages here, SVG drawings for :mod:`.svg`) about the file at ``path``; its
    refusals and its death become a MediaError about ``what``."""
    if not path.exists():
        raise MediaError(Message("File not found: {path}", path=str(path)))
    if not path.is_file():
        raise MediaError(Message("{name} is not a file.", name=path.name))
    limits = _PROCESS.limits
    header: dict
    payload: bytearray | None
    try:
        header, payload = _PROCESS.call({**request, "path": os.path.abspath(path)})
    except WorkerTimedOut:
        raise MediaError(
            Message(
                "{what} is too complex to render: it took longer than {seconds:g} s and was stopped.",
                what=what,
                seconds=limits.seconds,
            ),
            hint=Message("The file may be damaged or built to exhaust the renderer."),
        ) from None
    except WorkerDidNotStart as err:
        hint = Message("A script that runs Desktop VLM must start it under if __name__ == '__main__':.")
        reason = Message(
            "the PDF renderer process ended while starting (exit code {exit_code})", exit_code=err.exit_code
        )
        raise MediaError(
            Message(
                "The PDF renderer could not start, so {name} cannot be read ({reason}).", name=path.name, reason=reason
            ),
            hint=hint,
        ) from None
    except WorkerDied:
        header, payload = {"out_of_memory": True}, None
    if header.get("out_of_memory"):
        if limits.memory_bytes:
            message = Message(
                "{what} is too large or complex to render (it needs more than the {limit_gb:.3g} GB the PDF "
                "renderer may use).",
                what=what,
                limit_gb=limits.memory_bytes / 2**30,
            )
        else:
            message = Message("{what} is too large or complex to render.", what=what)
        raise MediaError(message, hint=Message("The file may be damaged or built to exhaust memory."))
    if "error" in header:
        # the child sent the message's template and values, not its English sentence: it is put together when
        # read, in the reader's language
        refusal = PasswordRequiredError if header.get("password") else MediaError
        raise refusal(header["error"], hint=header.get("hint"))
    return header, payload


def unlock_pdf(path: Path, password: str, destination: Path) -> None:
    """Write the PDF at ``path``, opened with ``password``, to ``destination`` without its protection.

    Raises
    ------
    PasswordRequiredError
        ``password`` is not the PDF's.
    MediaError
        Missing, damaged, or the copy cannot be written.
    """
    ask_renderer({"op": "unlock", "password": password, "destination": str(destination)}, path, path.name)


def pdf_page_count(path: Path) -> int:
    """Number of pages.

    Raises
    ------
    MediaError
        Missing, damaged, or password-protected file, more than ``MAX_PAGES`` pages, or one that exhausts
        the renderer's budget.
    """
    path = Path(path)
    count = ask_renderer({"op": "count"}, path, path.name)[0]["count"]
    if count > MAX_PAGES:
        raise MediaError(
            Message(
                "{name} has {count:,} pages; Desktop VLM opens PDFs of at most {limit:,} pages.",
                name=path.name,
                count=count,
                limit=MAX_PAGES,
            )
        )
    return count


def page_pixels(points: float, scale: float) -> int:
    """Pixels PDFium renders along a page side of ``points`` at ``scale`` (pypdfium2 rounds up)."""
    return max(1, math.ceil(points * scale))


def render_scale(page_width_pt: float, page_height_pt: float, *, max_tiles: int, tile_size: int = 448) -> float:
    """PDF points → pixels scale for a page, tied to the tile budget.

    The grid is the one ``plan_tiles`` chooses for the page's aspect ratio as if the page were a
    high-resolution scan (so among grids of equal aspect the largest wins: a document wants every tile it
    may have). The page is then scaled just enough to cover that grid (its long side is about
    ``max(columns, rows) × tile_size``): small print gets full tile resolution, and no pixels are rendered
    that the runtime would only resize away. Re-planning the rendered image gives the same grid.

    The rendered bitmap (sides rounded up, at least one pixel each: :func:`page_pixels`) never exceeds
    ``MAX_RENDER_PIXELS``, also for pages so thin that one side is pinned at one pixel, and no side exceeds
    ``MAX_RENDER_SIDE``.
    """
    if max_tiles < 1:
        raise ValueError(f"max_tiles must be at least 1, got {max_tiles}")
    cap = (MAX_RENDER_PIXELS / (page_width_pt * page_height_pt)) ** 0.5
    big_w, big_h = max(1, round(page_width_pt * cap)), max(1, round(page_height_pt * cap))
    plan = plan_tiles(big_w, big_h, max_tiles=max_tiles, tile_size=tile_size)
    grid_w, grid_h = plan.resized_size
    scale = min(max(grid_w / page_width_pt, grid_h / page_height_pt), cap)
    # A bitmap one pixel wide and 40 million tall is within the pixel cap but cost 620 MB in Pillow, half of it
    # row pointers, for nothing the model can use: sides are capped too.
    scale = min(scale, MAX_RENDER_SIDE / max(page_width_pt, page_height_pt))
    while (pixels := page_pixels(page_width_pt, scale) * page_pixels(page_height_pt, scale)) > MAX_RENDER_PIXELS:
        # Rounding up (or a side pinned at one pixel) overshot the cap. Shrinking the scale in proportion to
        # the overshoot is enough even when only one side still scales; it ends in a step or two.
        scale *= min(0.999, MAX_RENDER_PIXELS / pixels)
    return scale


def pdf_pages_text(path: Path, indices: list[int], max_chars: int) -> list[str]:
    """The text layer of pages ``indices`` (0-based), read in the renderer's process: one text per page, fewer
    when ``max_chars`` characters were read before the last. A scanned page's text is empty.

    Raises
    ------
    MediaError
        As :func:`render_pdf_page`, and for a page whose text cannot be read.
    """
    path = Path(path)
    header, payload = ask_renderer({"op": "text", "indices": indices, "max_chars": max_chars}, path, path.name)
    assert payload is not None, "a reply with a page count always carries the texts"
    texts = json.loads(bytes(payload))
    assert len(texts) == header["pages"], "the texts the reply counts"
    return texts


def render_pdf_page(path: Path, index: int, *, max_tiles: int, tile_size: int = 448) -> Image.Image:
    """Page ``index`` (0-based) as an RGB image at the tile budget's resolution (see :func:`render_scale`).

    Raises
    ------
    MediaError
        Missing, damaged or password-protected file, no such page, or a page that fails to render or is too
        large or complex to render within the renderer's memory and time budget.
    """
    if max_tiles < 1:
        raise ValueError(f"max_tiles must be at least 1, got {max_tiles}")
    path = Path(path)
    request = {"op": "render", "index": index, "max_tiles": max_tiles, "tile_size": tile_size}
    header, payload = ask_renderer(request, path, Message("Page {number} of {name}", number=index + 1, name=path.name))
    assert payload is not None, "a reply with a page's size always carries its pixels"
    return Image.frombytes("RGB", (header["width"], header["height"]), payload)
