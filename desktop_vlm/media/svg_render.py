"""SVG drawings rasterised with resvg (``resvg-py``), in the sandboxed renderer process (:mod:`.pdf_worker`), never
in the app: a drawing built to keep the renderer busy, or to make it allocate a huge canvas, costs that process.

Before resvg sees a drawing, every reference out of it is removed: resvg would load a picture named by a path on
this computer (``<image href="/home/…/photo.jpg">``) into the drawing sent to the model. Only references inside
the drawing (``#id``) and embedded raster pictures (``data:image/png`` and the like) stay; an embedded SVG is
dropped too, since its own references would not be checked. The XML is read by the standard library's parser
(expat, which limits how far entities may expand), so the markup resvg reads has no DOCTYPE or entities left.

The drawing is rendered at the size its tile grid needs, as a PDF page is (:func:`.pdf.render_scale`): once small
to learn its shape, then at that size, on white, as it shows on a page.
"""

from __future__ import annotations

import io
from pathlib import Path
from xml.etree import ElementTree

from PIL import Image

from ..core.errors import MediaError
from ..core.messages import Message

MAX_SVG_BYTES = 16 * 2**20  # a drawing's markup; a large diagram is a few MB
_SHAPE_SIDE = 256  # px: the first, small rendering that gives the drawing's shape
_KEPT_REFERENCES = ("#", "data:image/png", "data:image/jpeg", "data:image/jpg", "data:image/gif", "data:image/webp")


def render_svg_file(path: Path, max_tiles: int, tile_size: int) -> tuple[dict, bytes]:
    """The drawing at ``path`` as RGB bytes on white, at the size its ``max_tiles`` grid needs; the header gives
    its width and height.

    Raises
    ------
    MediaError
        Too large, not well-formed XML, not an SVG drawing, or nothing resvg can draw.
    """
    from .pdf import page_pixels, render_scale

    data = _read(path)
    markup = without_outside_references(path.name, data)
    shape = _rendered(path.name, markup, _SHAPE_SIDE)
    scale = render_scale(shape.width, shape.height, max_tiles=max_tiles, tile_size=tile_size)
    width, height = page_pixels(shape.width, scale), page_pixels(shape.height, scale)
    image = _rendered(path.name, markup, max(width, height))
    return {"width": image.width, "height": image.height}, image.tobytes()


def without_outside_references(name: str, data: bytes) -> str:
    """The drawing's markup with every ``href`` that leaves it removed (see the module's notes).

    Raises
    ------
    MediaError
        Not well-formed XML (entities expanding past expat's limits included), or no ``<svg>`` at its root.
    """
    try:
        root = ElementTree.fromstring(data)
    except (ElementTree.ParseError, LookupError):  # LookupError: an encoding declared that Python does not know
        raise MediaError(Message("{name} is damaged or is not an SVG drawing.", name=name)) from None
    if root.tag not in ("svg", "{http://www.w3.org/2000/svg}svg"):
        raise MediaError(Message("{name} is damaged or is not an SVG drawing.", name=name))
    for element in root.iter():
        for attribute in [a for a in element.attrib if a == "href" or a.endswith("}href")]:
            if not element.attrib[attribute].strip().lower().startswith(_KEPT_REFERENCES):
                del element.attrib[attribute]
    return ElementTree.tostring(root, encoding="unicode")


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_SVG_BYTES:
            raise MediaError(
                Message(
                    "{name} is {size_mb:.0f} MB; Desktop VLM reads SVG drawings of at most {limit_mb:.0f} MB.",
                    name=path.name,
                    size_mb=size / 2**20,
                    limit_mb=MAX_SVG_BYTES / 2**20,
                )
            )
        return path.read_bytes()
    except OSError as err:
        raise MediaError(
            Message("Cannot read {name}: {reason}.", name=path.name, reason=err.strerror or str(err))
        ) from None


def _rendered(name: str, markup: str, side: int) -> Image.Image:
    """``markup`` drawn to fit a ``side`` × ``side`` box (its shape kept), on white."""
    import resvg_py

    try:
        png = resvg_py.svg_to_bytes(svg_string=markup, width=side, height=side)
        drawing = Image.open(io.BytesIO(bytes(png)))
        drawing.load()
    except (ValueError, OSError):  # resvg refuses what it cannot draw (no size, nothing in it) with ValueError
        raise MediaError(Message("{name} has nothing Desktop VLM can draw.", name=name)) from None
    except BaseException as err:  # a Rust panic (geometry out of every range) comes as a BaseException
        if type(err).__name__ != "PanicException":
            raise
        raise MediaError(Message("{name} could not be drawn; it may be damaged.", name=name)) from None
    page = Image.new("RGB", drawing.size, "white")
    page.paste(drawing, mask=drawing.getchannel("A") if drawing.mode == "RGBA" else None)
    return page
