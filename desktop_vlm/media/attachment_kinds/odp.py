"""OpenDocument presentations (.odp, from LibreOffice Impress or Google Slides): each slide's text, tables and
speaker notes quoted in the question like a text file's, and the pictures the slides show, each marked where it
sits. Charts and shapes Impress draws itself are not pictures: for those, export the slides as PDF and send its
pages."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from ...core.messages import Message, label
from ..kind_spec import CHIP_TEXT, AttachmentFile, AttachmentKind, Decoded, DecodeOptions
from ..odp_text import odp_text, read_odp
from ..odt_text import has_mimetype
from ..office_pictures import PICTURE_META_FIELDS, PICTURE_TILES, decoded_document
from ..text_files import TEXT_META_FIELDS, text_picture

MAX_ODP_BYTES = 256 * 2**20  # the file itself: slides full of photos; only content.xml is unpacked
ENCODING = label("OpenDocument presentation")  # what the viewer says the text was read as
_MIME = b"application/vnd.oasis.opendocument.presentation"


def _decode(file: AttachmentFile, options: DecodeOptions) -> Decoded:
    if file.data is None:
        KIND.refuse_if_too_large(file.path)
    data = file.read()
    return decoded_document(
        file.name, lambda with_pictures: read_odp(file.name, data, with_pictures), ENCODING, options
    )


def _thumbnail(path: Path, at_least: int) -> Image.Image:
    return text_picture(odp_text(path.name, path.read_bytes()), at_least)


def _sniff(head: bytes) -> bool:
    return has_mimetype(head, _MIME)


KIND = AttachmentKind(
    name="odp",
    title=Message("OpenDocument presentations"),
    formats="ODP",
    extensions=(".odp",),
    mime="application/vnd.oasis.opendocument.presentation",
    decode=_decode,
    sniff=_sniff,
    sniff_order=40,
    max_bytes=MAX_ODP_BYTES,
    order=37,
    thumbnail=_thumbnail,
    meta_fields=TEXT_META_FIELDS + PICTURE_META_FIELDS,
    picture_tiles=PICTURE_TILES,
    chip=CHIP_TEXT,
)
