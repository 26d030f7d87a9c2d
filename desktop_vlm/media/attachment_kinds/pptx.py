"""PowerPoint presentations (.pptx): each slide's text, tables and speaker notes quoted in the question like a text
file's, and the pictures the slides show, each marked under its slide. Charts and shapes drawn by PowerPoint are
not pictures: for those, export the slides as PDF and send its pages."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from ...core.messages import Message, label
from ..kind_spec import CHIP_TEXT, AttachmentFile, AttachmentKind, Decoded, DecodeOptions
from ..office_pictures import PICTURE_META_FIELDS, PICTURE_TILES, decoded_document
from ..pptx_text import pptx_text, read_pptx
from ..text_files import TEXT_META_FIELDS, text_picture

MAX_PPTX_BYTES = 256 * 2**20  # the file itself: slides full of photos; only their text parts are unpacked
ENCODING = label("PowerPoint presentation")  # what the viewer says the text was read as


def _decode(file: AttachmentFile, options: DecodeOptions) -> Decoded:
    if file.data is None:
        KIND.refuse_if_too_large(file.path)
    data = file.read()
    return decoded_document(
        file.name, lambda with_pictures: read_pptx(file.name, data, with_pictures), ENCODING, options
    )


def _thumbnail(path: Path, at_least: int) -> Image.Image:
    return text_picture(pptx_text(path.name, path.read_bytes()), at_least)


KIND = AttachmentKind(
    name="pptx",
    title=Message("PowerPoint presentations"),
    formats="PPTX",
    extensions=(".pptx",),
    mime="application/vnd.openxmlformats-officedocument.presentationml.presentation",
    decode=_decode,
    max_bytes=MAX_PPTX_BYTES,
    order=37,
    thumbnail=_thumbnail,
    meta_fields=TEXT_META_FIELDS + PICTURE_META_FIELDS,
    picture_tiles=PICTURE_TILES,
    chip=CHIP_TEXT,
)
