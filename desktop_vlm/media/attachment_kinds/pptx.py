"""PowerPoint presentations (.pptx): each slide's text, tables and speaker notes quoted in the question like a text
file's. The slides' pictures are not sent: for those, export the slides as PDF and send its pages."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from ..kind_spec import CHIP_TEXT, AttachmentFile, AttachmentKind, Decoded, DecodeOptions
from ..pptx_text import pptx_text
from ..text_files import MAX_TEXT_BYTES, TEXT_META_FIELDS, ReadText, decoded_text, text_picture

MAX_PPTX_BYTES = 256 * 2**20  # the file itself: slides full of photos; only their text parts are unpacked
ENCODING = "PowerPoint presentation"  # what the viewer says the text was read as


def _decode(file: AttachmentFile, options: DecodeOptions) -> Decoded:
    if file.data is None:
        KIND.refuse_if_too_large(file.path)
    text = pptx_text(file.name, file.read())[:MAX_TEXT_BYTES]  # as much as a text file may hold
    return decoded_text(file.name, ReadText(text, ENCODING), options)


def _thumbnail(path: Path, at_least: int) -> Image.Image:
    return text_picture(pptx_text(path.name, path.read_bytes()), at_least)


KIND = AttachmentKind(
    name="pptx",
    title="PowerPoint presentations",
    formats="PPTX",
    extensions=(".pptx",),
    mime="application/vnd.openxmlformats-officedocument.presentationml.presentation",
    decode=_decode,
    max_bytes=MAX_PPTX_BYTES,
    order=37,
    thumbnail=_thumbnail,
    meta_fields=TEXT_META_FIELDS,
    chip=CHIP_TEXT,
)
