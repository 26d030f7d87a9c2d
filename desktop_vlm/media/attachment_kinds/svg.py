"""SVG drawings (.svg: diagrams, charts and logos from draw.io, Figma, Inkscape, Illustrator or a web page): drawn as
a picture at the size the tile budget can use, on white, and sent like a photo. No script in one runs, and nothing it
names outside itself is read (:mod:`..svg_render`)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from ...core.messages import Message
from ..kind_spec import AttachmentFile, AttachmentKind, Decoded, DecodeOptions
from ..scratch import on_disk
from ..svg import looks_like_svg, render_svg
from ..svg_render import MAX_SVG_BYTES


def _decode(file: AttachmentFile, options: DecodeOptions) -> Decoded:
    if file.data is None:
        KIND.refuse_if_too_large(file.path)
    with on_disk(file) as path:  # the renderer reads files: bytes at hand (inside an archive) get a copy
        drawing = render_svg(path, max_tiles=options.max_tiles, tile_size=options.tile_size)
    return Decoded([drawing])


def _thumbnail(path: Path, at_least: int) -> Image.Image:
    return render_svg(path, max_tiles=1)


KIND = AttachmentKind(
    name="svg",
    title=Message("SVG drawings"),
    formats="SVG",
    extensions=(".svg",),
    mime="image/svg+xml",
    decode=_decode,
    sniff=looks_like_svg,
    sniff_order=84,  # before web pages and text files, which an SVG drawing's XML would also pass for
    max_bytes=MAX_SVG_BYTES,
    order=11,
    thumbnail=_thumbnail,
)
