"""The pictures inside Word documents, PowerPoint presentations and OpenDocument texts and presentations — a chart
pasted as a picture, a photo, a scanned signature — sent beside the document's text, so a question about a figure
reaches the figure.

A picture is sent at one tile (256 image tokens): enough for the model to read a chart's shape and its large
labels, and eight of them cost less than a page of text. Raster pictures go (PNG, JPEG, GIF, BMP, TIFF, WebP),
each read through the size-checked part reading of :mod:`.ooxml` and decoded by the same guarded loader as an
attached picture, and SVG drawings (an e-book's figures), drawn by the sandboxed renderer (:mod:`.svg`); other
vector formats (WMF, EMF) have no decoder here. Icons and bullets under 64 pixels are left out, as are damaged
pictures. The text marks where each one sits: ``[Image-2]``, as the prompt labels
the pictures ``Image-2: <image>``.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from xml.etree import ElementTree

from PIL import Image

from ..core.errors import MediaError
from ..core.messages import Message
from .images import load_image_fitted
from .kind_registry import HEAD_BYTES
from .kind_spec import Decoded, DecodeOptions, MetaField
from .ooxml import read_part
from .svg import looks_like_svg, render_svg_bytes
from .text_files import MAX_TEXT_BYTES, ReadText, decoded_text

MAX_PICTURES = 8  # a document's pictures sent at most, in the order they appear
PICTURE_TILES = 1  # each picture's tiles
MIN_SIDE = 64  # px: smaller pictures are icons, bullets and rules
PICTURE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".svg"})
PICTURE_MARK = "[Image-{}]"
_MARK = re.compile(r"\[Image-(\d+)\]")
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


@dataclass(frozen=True)
class OfficeDocument:
    """A document's text, with a mark where each of its ``pictures`` sits."""

    text: str
    pictures: list[Image.Image]


def shown_pictures(part: ElementTree.Element, relationships: dict[str, str]) -> list[str]:
    """The package paths of the pictures a part shows, in its order (a relationship id per ``a:blip``)."""
    ids = (blip.get(f"{_R}embed") or "" for blip in part.iter(f"{_A}blip"))
    return [relationships[i] for i in ids if i in relationships]


def load_pictures(name: str, package: zipfile.ZipFile, paths: Iterable[str], what: Message) -> dict[str, Image.Image]:
    """The pictures worth sending among those at ``paths``, by path, in order: raster ones, at least
    ``MIN_SIDE`` pixels on each side, readable, the first ``MAX_PICTURES``."""
    pictures: dict[str, Image.Image] = {}
    for path in dict.fromkeys(paths):
        if len(pictures) == MAX_PICTURES:
            break
        data = _picture_part(name, package, path, what)
        picture = worth_sending(name, posixpath.basename(path), data) if data is not None else None
        if picture is not None:
            pictures[path] = picture
    return pictures


def worth_sending(name: str, label: str, data: bytes) -> Image.Image | None:
    """The picture in ``data`` (``label`` inside the document ``name``), fitted to one tile, when it is readable and
    at least ``MIN_SIDE`` pixels on each side; None for a damaged picture or an icon: the rest of the document
    still goes. An SVG drawing (an e-book's figure) is drawn in the sandboxed renderer."""
    try:
        if looks_like_svg(data[:HEAD_BYTES]):
            image = render_svg_bytes(data, "figure.svg", max_tiles=PICTURE_TILES)
        else:
            image = load_image_fitted(data, max_tiles=PICTURE_TILES, name=f"{name}: {label}").image
    except MediaError:
        return None
    return image if min(image.size) >= MIN_SIDE else None


def _picture_part(name: str, package: zipfile.ZipFile, path: str, what: Message) -> bytes | None:
    """The bytes of a picture part (by its name's suffix: raster pictures and SVG drawings); None for another part,
    or one missing, damaged or too large."""
    if posixpath.splitext(path)[1].lower() not in PICTURE_SUFFIXES:
        return None
    try:
        return read_part(name, package, path, what)
    except MediaError:
        return None


class PictureLoader:
    """Loads a document's pictures one at a time, as the reading of its text reaches them (a spreadsheet read
    sheet by sheet), and numbers those worth sending in that order, as :func:`load_pictures` would. ``read``
    gives the bytes of the picture a key names (a package path, a record number), or None where there is none to
    try."""

    def __init__(self, name: str, read: Callable[[str], bytes | None], wanted: bool):
        self.name, self.read, self.wanted = name, read, wanted
        self.pictures: dict[str, Image.Image] = {}
        self.tried: set[str] = set()

    @classmethod
    def in_package(cls, name: str, package: zipfile.ZipFile, what: Message, wanted: bool) -> PictureLoader:
        """Pictures by their path in the ZIP ``package`` (raster parts only)."""
        return cls(name, lambda path: _picture_part(name, package, path, what), wanted)

    def mark(self, key: str) -> str | None:
        """The mark of the picture ``key`` names, loading it the first time; None when it is not sent (not wanted,
        past ``MAX_PICTURES``, or not worth sending)."""
        if self.wanted and key not in self.tried and len(self.pictures) < MAX_PICTURES:
            self.tried.add(key)
            data = self.read(key)
            picture = worth_sending(self.name, posixpath.basename(key), data) if data is not None else None
            if picture is not None:
                self.pictures[key] = picture
        if key not in self.pictures:
            return None
        return PICTURE_MARK.format(list(self.pictures).index(key) + 1)


def marks_for(relationships: dict[str, str], numbers: dict[str, int]) -> dict[str, str]:
    """The mark each relationship id of a part stands for in the text: ``[Image-N]`` for a picture sent."""
    return {rel_id: PICTURE_MARK.format(numbers[path]) for rel_id, path in relationships.items() if path in numbers}


def picture_mark(element: ElementTree.Element, marks: dict[str, str]) -> str | None:
    """The mark of the picture ``element`` shows, when it is an ``a:blip`` of a picture sent."""
    if element.tag != f"{_A}blip":
        return None
    return marks.get(element.get(f"{_R}embed") or "")


def renumbered(text: str, before: int) -> str:
    """``text`` with its picture marks moved on by ``before``: the pictures of the attachments before it in the
    question come first, and the prompt numbers every picture of a question in one run."""
    return _MARK.sub(lambda m: PICTURE_MARK.format(int(m.group(1)) + before), text) if before else text


PICTURE_META_FIELDS = (MetaField("pictures", "whole", low=0, high=MAX_PICTURES),)  # how many were sent


def decoded_document(
    name: str, read: Callable[[bool], OfficeDocument], encoding: str, options: DecodeOptions
) -> Decoded:
    """What a document with pictures gives the model: its pictures (``read(True)``), then as much of its text as
    the room left holds. When the pictures would take more than half the room, the text goes alone
    (``read(False)``, without marks). A stored attachment sends the number of pictures it was sent with."""
    stored = options.choices.get("pictures")
    with_pictures = not (isinstance(stored, int) and stored == 0)
    document = read(with_pictures)
    pictures = document.pictures[:stored] if isinstance(stored, int) else document.pictures
    cost = len(pictures) * options.tokens_per_tile * PICTURE_TILES
    room = options.image_token_room
    if pictures and stored is None and room is not None and 2 * cost > room:
        document, pictures, cost = read(False), [], 0
    text_options = replace(options, image_token_room=None if room is None else room - cost)
    decoded = decoded_text(name, ReadText(document.text[:MAX_TEXT_BYTES], encoding), text_options)
    return replace(decoded, images=pictures, meta=decoded.meta | {"pictures": len(pictures)})
