"""EPUB e-books (.epub, from Apple Books, Calibre, Kobo, Google Play Books or a publisher): the title, the author and
every chapter in reading order, quoted in the question like a text file's, with the pictures the chapters show at
one tile each; a question about a whole book gets the passages that bear on it."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from ...core.messages import Message, label
from ..epub_text import epub_text, read_epub
from ..kind_spec import CHIP_TEXT, AttachmentFile, AttachmentKind, Decoded, DecodeOptions
from ..odt_text import has_mimetype
from ..office_pictures import PICTURE_META_FIELDS, PICTURE_TILES, decoded_document
from ..text_files import TEXT_META_FIELDS, text_picture

MAX_EPUB_BYTES = 128 * 2**20  # the file itself: its pictures and fonts are most of a large one
ENCODING = label("EPUB e-book")  # what the viewer says the text was read as
_MIME = b"application/epub+zip"


def _decode(file: AttachmentFile, options: DecodeOptions) -> Decoded:
    if file.data is None:
        KIND.refuse_if_too_large(file.path)
    data = file.read()
    return decoded_document(
        file.name, lambda with_pictures: read_epub(file.name, data, with_pictures), ENCODING, options
    )


def _thumbnail(path: Path, at_least: int) -> Image.Image:
    return text_picture(epub_text(path.name, path.read_bytes()), at_least)


def _sniff(head: bytes) -> bool:
    """An EPUB starts, as an OpenDocument file does, with its ``mimetype`` stored first."""
    return has_mimetype(head, _MIME)


KIND = AttachmentKind(
    name="epub",
    title=Message("e-books"),
    formats="EPUB",
    extensions=(".epub",),
    mime="application/epub+zip",
    decode=_decode,
    sniff=_sniff,
    sniff_order=41,
    max_bytes=MAX_EPUB_BYTES,
    order=38,
    thumbnail=_thumbnail,
    meta_fields=TEXT_META_FIELDS + PICTURE_META_FIELDS,
    picture_tiles=PICTURE_TILES,
    chip=CHIP_TEXT,
)
