"""SVG drawings as pictures: drawn by resvg in the sandboxed renderer process (:mod:`.svg_render`, served by the
same child as PDF pages), at the size their tile grid needs."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from PIL import Image

from .kind_spec import AttachmentFile
from .pdf import ask_renderer
from .scratch import on_disk

# A drawing starts with <svg, after an XML declaration, comments and a DOCTYPE (with its entities) at most.
_SVG_START = re.compile(
    rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>\s*)*<svg[\s>]", re.I | re.S
)


def looks_like_svg(head: bytes) -> bool:
    """Whether the first bytes ``head`` of a file are those of an SVG drawing."""
    return bool(_SVG_START.match(head.removeprefix(codecs.BOM_UTF8)))


def render_svg(path: Path, *, max_tiles: int, tile_size: int = 448) -> Image.Image:
    """The drawing at ``path``, RGB on white, covering the grid ``max_tiles`` tiles give its shape.

    Raises
    ------
    MediaError
        As :func:`.svg_render.render_svg_file`, and for a drawing that exhausts the renderer's time or memory.
    """
    path = Path(path)
    header, payload = ask_renderer({"op": "svg", "max_tiles": max_tiles, "tile_size": tile_size}, path, path.name)
    assert payload is not None, "a drawn picture always comes with its pixels"
    return Image.frombytes("RGB", (int(header["width"]), int(header["height"])), bytes(payload))


def render_svg_bytes(data: bytes, name: str, *, max_tiles: int) -> Image.Image:
    """:func:`render_svg` for a drawing at hand as bytes (a figure inside an e-book), drawn from a private
    temporary copy named ``name``."""
    with on_disk(AttachmentFile(Path(name), data)) as path:
        return render_svg(path, max_tiles=max_tiles)
