"""Excel workbooks (.xlsx, .xlsm): each sheet's rows as CSV, with the values Excel shows (dates as dates, the
results of formulas), and its charts' data, quoted in the question like a text file's, and the pictures its sheets
show, each marked after its sheet's rows. Macros are never run: only cell values are read."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from ...core.messages import Message, label
from ..kind_spec import CHIP_TEXT, AttachmentFile, AttachmentKind, Decoded, DecodeOptions
from ..office_pictures import PICTURE_META_FIELDS, PICTURE_TILES, decoded_document
from ..text_files import TEXT_META_FIELDS, text_picture
from ..xlsx_text import read_xlsx, xlsx_text

MAX_XLSX_BYTES = 64 * 2**20  # the file itself: a workbook with pictures and pivot caches; only cells are read
ENCODING = label("Excel workbook")  # what the viewer says the text was read as


def _decode(file: AttachmentFile, options: DecodeOptions) -> Decoded:
    if file.data is None:
        KIND.refuse_if_too_large(file.path)
    data = file.read()
    return decoded_document(
        file.name, lambda with_pictures: read_xlsx(file.name, data, with_pictures), ENCODING, options
    )


def _thumbnail(path: Path, at_least: int) -> Image.Image:
    return text_picture(xlsx_text(path.name, path.read_bytes()), at_least)


KIND = AttachmentKind(
    name="xlsx",
    title=Message("Excel workbooks"),
    formats="XLSX",
    extensions=(".xlsx", ".xlsm"),
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    decode=_decode,
    max_bytes=MAX_XLSX_BYTES,
    order=36,
    thumbnail=_thumbnail,
    meta_fields=TEXT_META_FIELDS + PICTURE_META_FIELDS,
    picture_tiles=PICTURE_TILES,
    chip=CHIP_TEXT,
)
