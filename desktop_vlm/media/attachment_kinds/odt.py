"""OpenDocument texts (.odt, from LibreOffice, OpenOffice or Google Docs): headings, paragraphs, lists and tables
quoted in the question like a text file's, and the pictures they show, each marked where it sits."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from ...core.messages import Message, label
from ..kind_spec import CHIP_TEXT, AttachmentFile, AttachmentKind, Decoded, DecodeOptions
from ..odt_text import has_mimetype, odt_text, read_odt
from ..office_pictures import PICTURE_META_FIELDS, PICTURE_TILES, decoded_document
from ..text_files import TEXT_META_FIELDS, text_picture

MAX_ODT_BYTES = 64 * 2**20  # the file itself, pictures included; only content.xml is unpacked
ENCODING = label("OpenDocument text")  # what the viewer says the text was read as
_MIME = b"application/vnd.oasis.opendocument.text"


def _decode(file: AttachmentFile, options: DecodeOptions) -> Decoded:
    if file.data is None:
        KIND.refuse_if_too_large(file.path)
    data = file.read()
    return decoded_document(
        file.name, lambda with_pictures: read_odt(file.name, data, with_pictures), ENCODING, options
    )


def _thumbnail(path: Path, at_least: int) -> Image.Image:
    return text_picture(odt_text(path.name, path.read_bytes()), at_least)


def _sniff(head: bytes) -> bool:
    return has_mimetype(head, _MIME)


KIND = AttachmentKind(
    name="odt",
    title=Message("OpenDocument texts"),
    formats="ODT",
    extensions=(".odt",),
    mime="application/vnd.oasis.opendocument.text",
    decode=_decode,
    sniff=_sniff,
    sniff_order=40,
    max_bytes=MAX_ODT_BYTES,
    order=34,
    thumbnail=_thumbnail,
    meta_fields=TEXT_META_FIELDS + PICTURE_META_FIELDS,
    picture_tiles=PICTURE_TILES,
    chip=CHIP_TEXT,
)
