"""Kindle e-books without DRM (.mobi, .azw3, .azw, .prc: from Calibre, KindleGen, Project Gutenberg or a Kindle's
own documents folder): the title, the author and the text in reading order, quoted in the question like a text
file's, with the pictures the book shows at one tile each; a question about a whole book gets the passages that
bear on it."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from ...core.messages import Message, label
from ..kind_spec import CHIP_TEXT, AttachmentFile, AttachmentKind, Decoded, DecodeOptions
from ..kindle_text import KINDLE_IDENTS, kindle_text, read_kindle
from ..office_pictures import PICTURE_META_FIELDS, PICTURE_TILES, decoded_document
from ..text_files import TEXT_META_FIELDS, text_picture

MAX_KINDLE_BYTES = 128 * 2**20  # the file itself: its pictures are most of a large one
ENCODING = label("Kindle e-book")  # what the viewer says the text was read as


def _decode(file: AttachmentFile, options: DecodeOptions) -> Decoded:
    if file.data is None:
        KIND.refuse_if_too_large(file.path)
    data = file.read()
    return decoded_document(
        file.name, lambda with_pictures: read_kindle(file.name, data, with_pictures), ENCODING, options
    )


def _thumbnail(path: Path, at_least: int) -> Image.Image:
    return text_picture(kindle_text(path.name, path.read_bytes()), at_least)


def _sniff(head: bytes) -> bool:
    """A Palm database of a MOBI book, or of a PalmDOC one: its type and creator at byte 60."""
    return head[60:68] in KINDLE_IDENTS


KIND = AttachmentKind(
    name="kindle",
    title=Message("Kindle e-books"),
    formats="MOBI, AZW3",
    extensions=(".mobi", ".azw3", ".azw", ".prc"),
    mime="application/x-mobipocket-ebook",
    decode=_decode,
    sniff=_sniff,
    sniff_order=42,
    max_bytes=MAX_KINDLE_BYTES,
    order=38,
    thumbnail=_thumbnail,
    meta_fields=TEXT_META_FIELDS + PICTURE_META_FIELDS,
    picture_tiles=PICTURE_TILES,
    chip=CHIP_TEXT,
)
