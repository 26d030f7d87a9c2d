"""SVG drawings as pictures: drawn by resvg in the sandboxed renderer process (:mod:`.svg_render`, served by the
same child as PDF pages), at the size their tile grid needs."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from .pdf import ask_renderer


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
