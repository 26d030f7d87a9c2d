"""Word documents (.docx): their text — headings, paragraphs, lists and tables — quoted in the question like a
text file's, as much of it as fits the model's context, and the pictures it shows, each marked where it sits."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from ...core.messages import Message, label
from ..docx_text import docx_text, read_docx
from ..kind_spec import CHIP_TEXT, AttachmentFile, AttachmentKind, Decoded, DecodeOptions
from ..office_pictures import PICTURE_META_FIELDS, PICTURE_TILES, decoded_document
from ..text_files import TEXT_META_FIELDS, text_picture

MAX_DOCX_BYTES = 64 * 2**20  # the file itself: a long report with pictures; only its text part is unpacked
ENCODING = label("Word document")  # what the viewer says the text was read as


def _decode(file: AttachmentFile, options: DecodeOptions) -> Decoded:
    if file.data is None:
        KIND.refuse_if_too_large(file.path)
    data = file.read()
    return decoded_document(
        file.name, lambda with_pictures: read_docx(file.name, data, with_pictures), ENCODING, options
    )


def _thumbnail(path: Path, at_least: int) -> Image.Image:
    return text_picture(docx_text(path.name, path.read_bytes()), at_least)


KIND = AttachmentKind(
    name="docx",
    title=Message("Word documents"),
    formats="DOCX",
    extensions=(".docx",),
    mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    decode=_decode,
    max_bytes=MAX_DOCX_BYTES,
    order=35,
    thumbnail=_thumbnail,
    meta_fields=TEXT_META_FIELDS + PICTURE_META_FIELDS,
    picture_tiles=PICTURE_TILES,
    chip=CHIP_TEXT,
)
