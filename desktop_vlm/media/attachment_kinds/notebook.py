"""Jupyter notebooks (.ipynb): their Markdown, code and the text of their outputs quoted in the question like a
text file's, without the pictures their outputs carry."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from ...core.messages import Message, label
from ..kind_spec import CHIP_TEXT, AttachmentFile, AttachmentKind, Decoded, DecodeOptions
from ..notebook_text import notebook_text
from ..text_files import MAX_TEXT_BYTES, TEXT_META_FIELDS, ReadText, decoded_text, text_picture

ENCODING = label("Jupyter notebook")  # what the viewer says the text was read as


def _decode(file: AttachmentFile, options: DecodeOptions) -> Decoded:
    if file.data is None:
        KIND.refuse_if_too_large(file.path)
    text = notebook_text(file.name, file.read())[:MAX_TEXT_BYTES]  # as much as a text file may hold
    return decoded_text(file.name, ReadText(text, ENCODING), options)


def _thumbnail(path: Path, at_least: int) -> Image.Image:
    return text_picture(notebook_text(path.name, path.read_bytes()), at_least)


KIND = AttachmentKind(
    name="notebook",
    title=Message("notebooks"),
    formats="IPYNB",
    extensions=(".ipynb",),
    mime="application/x-ipynb+json",
    decode=_decode,
    max_bytes=2 * MAX_TEXT_BYTES,  # a notebook's plots make it larger than its text; its JSON is parsed whole
    order=38,
    thumbnail=_thumbnail,
    meta_fields=TEXT_META_FIELDS,
    chip=CHIP_TEXT,
)
