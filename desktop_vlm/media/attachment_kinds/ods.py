"""OpenDocument spreadsheets (.ods, from LibreOffice Calc or Google Sheets): each sheet as CSV with the values it
shows, and its charts' data, quoted in the question like a text file's, and the pictures its sheets show, each
marked after its sheet's rows."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from ...core.messages import Message, label
from ..kind_spec import CHIP_TEXT, AttachmentFile, AttachmentKind, Decoded, DecodeOptions
from ..ods_text import ods_text, read_ods
from ..odt_text import has_mimetype
from ..office_pictures import PICTURE_META_FIELDS, PICTURE_TILES, decoded_document
from ..text_files import TEXT_META_FIELDS, text_picture

MAX_ODS_BYTES = 64 * 2**20  # the file itself, pictures included; only content.xml is unpacked
ENCODING = label("OpenDocument spreadsheet")  # what the viewer says the text was read as
_MIME = b"application/vnd.oasis.opendocument.spreadsheet"


def _decode(file: AttachmentFile, options: DecodeOptions) -> Decoded:
    if file.data is None:
        KIND.refuse_if_too_large(file.path)
    data = file.read()
    return decoded_document(
        file.name, lambda with_pictures: read_ods(file.name, data, with_pictures), ENCODING, options
    )


def _thumbnail(path: Path, at_least: int) -> Image.Image:
    return text_picture(ods_text(path.name, path.read_bytes()), at_least)


def _sniff(head: bytes) -> bool:
    return has_mimetype(head, _MIME)


KIND = AttachmentKind(
    name="ods",
    title=Message("OpenDocument spreadsheets"),
    formats="ODS",
    extensions=(".ods",),
    mime="application/vnd.oasis.opendocument.spreadsheet",
    decode=_decode,
    sniff=_sniff,
    sniff_order=40,
    max_bytes=MAX_ODS_BYTES,
    order=36,
    thumbnail=_thumbnail,
    meta_fields=TEXT_META_FIELDS + PICTURE_META_FIELDS,
    picture_tiles=PICTURE_TILES,
    chip=CHIP_TEXT,
)
