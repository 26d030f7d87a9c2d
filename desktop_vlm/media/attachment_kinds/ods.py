"""OpenDocument spreadsheets (.ods, from LibreOffice Calc or Google Sheets): each sheet as CSV with the values it
shows, quoted in the question like a text file's."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from ..kind_spec import CHIP_TEXT, AttachmentFile, AttachmentKind, Decoded, DecodeOptions
from ..ods_text import ods_text
from ..odt_text import has_mimetype
from ..text_files import MAX_TEXT_BYTES, TEXT_META_FIELDS, ReadText, decoded_text, text_picture

MAX_ODS_BYTES = 64 * 2**20  # the file itself, pictures included; only content.xml is unpacked
ENCODING = "OpenDocument spreadsheet"  # what the viewer says the text was read as
_MIME = b"application/vnd.oasis.opendocument.spreadsheet"


def _decode(file: AttachmentFile, options: DecodeOptions) -> Decoded:
    if file.data is None:
        KIND.refuse_if_too_large(file.path)
    text = ods_text(file.name, file.read())[:MAX_TEXT_BYTES]  # as much as a text file may hold
    return decoded_text(file.name, ReadText(text, ENCODING), options)


def _thumbnail(path: Path, at_least: int) -> Image.Image:
    return text_picture(ods_text(path.name, path.read_bytes()), at_least)


def _sniff(head: bytes) -> bool:
    return has_mimetype(head, _MIME)


KIND = AttachmentKind(
    name="ods",
    title="OpenDocument spreadsheets",
    formats="ODS",
    extensions=(".ods",),
    mime="application/vnd.oasis.opendocument.spreadsheet",
    decode=_decode,
    sniff=_sniff,
    sniff_order=40,
    max_bytes=MAX_ODS_BYTES,
    order=36,
    thumbnail=_thumbnail,
    meta_fields=TEXT_META_FIELDS,
    chip=CHIP_TEXT,
)
