"""Web pages Safari saved as one file (.webarchive, Safari's default on a Mac): the address and the text the page
shows under its title, quoted in the question like a text file's, with the photos it shows at one tile each."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from ...core.messages import Message, label
from ..kind_spec import CHIP_TEXT, AttachmentFile, AttachmentKind, Decoded, DecodeOptions
from ..office_pictures import PICTURE_META_FIELDS, PICTURE_TILES, decoded_document
from ..text_files import TEXT_META_FIELDS, text_picture
from ..webarchive_text import WEBARCHIVE_KEY, read_webarchive, webarchive_text

MAX_WEBARCHIVE_BYTES = 64 * 2**20  # a page with its pictures, styles and scripts
ENCODING = label("Safari web archive")  # what the viewer says the text was read as


def _decode(file: AttachmentFile, options: DecodeOptions) -> Decoded:
    if file.data is None:
        KIND.refuse_if_too_large(file.path)
    data = file.read()
    return decoded_document(
        file.name, lambda with_pictures: read_webarchive(file.name, data, with_pictures), ENCODING, options
    )


def _thumbnail(path: Path, at_least: int) -> Image.Image:
    return text_picture(webarchive_text(path.name, path.read_bytes()), at_least)


def _sniff(head: bytes) -> bool:
    """A binary property list whose first keys include the page's (Safari writes it near the start; a file where
    it comes later is recognised by its extension)."""
    return head.startswith(b"bplist00") and WEBARCHIVE_KEY in head


KIND = AttachmentKind(
    name="webarchive",
    title=Message("Safari web archives"),
    formats="WEBARCHIVE",
    extensions=(".webarchive",),
    mime="application/x-webarchive",
    decode=_decode,
    sniff=_sniff,
    sniff_order=43,
    max_bytes=MAX_WEBARCHIVE_BYTES,
    order=41,
    thumbnail=_thumbnail,
    meta_fields=TEXT_META_FIELDS + PICTURE_META_FIELDS,
    picture_tiles=PICTURE_TILES,
    chip=CHIP_TEXT,
)
