"""Excel workbooks (.xlsx, .xlsm): each sheet's rows as CSV, with the values Excel shows (dates as dates, the
results of formulas), quoted in the question like a text file's. Macros are never run: only cell values are read."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from ..kind_spec import CHIP_TEXT, AttachmentFile, AttachmentKind, Decoded, DecodeOptions
from ..text_files import MAX_TEXT_BYTES, TEXT_META_FIELDS, ReadText, decoded_text, text_picture
from ..xlsx_text import xlsx_text

MAX_XLSX_BYTES = 64 * 2**20  # the file itself: a workbook with pictures and pivot caches; only cells are read
ENCODING = "Excel workbook"  # what the viewer says the text was read as


def _decode(file: AttachmentFile, options: DecodeOptions) -> Decoded:
    if file.data is None:
        KIND.refuse_if_too_large(file.path)
    text = xlsx_text(file.name, file.read())[:MAX_TEXT_BYTES]  # as much as a text file may hold
    return decoded_text(file.name, ReadText(text, ENCODING), options)


def _thumbnail(path: Path, at_least: int) -> Image.Image:
    return text_picture(xlsx_text(path.name, path.read_bytes()), at_least)


KIND = AttachmentKind(
    name="xlsx",
    title="Excel workbooks",
    formats="XLSX",
    extensions=(".xlsx", ".xlsm"),
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    decode=_decode,
    max_bytes=MAX_XLSX_BYTES,
    order=36,
    thumbnail=_thumbnail,
    meta_fields=TEXT_META_FIELDS,
    chip=CHIP_TEXT,
)
