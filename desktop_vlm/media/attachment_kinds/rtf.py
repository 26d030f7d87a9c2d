"""RTF documents (.rtf, from macOS TextEdit, Windows WordPad or Word): paragraphs, tables and the visible text of
fields quoted in the question like a text file's. Pictures inside the document are not sent."""

from __future__ import annotations

import codecs
from pathlib import Path

from PIL import Image

from ...core.messages import Message, label
from ..kind_spec import CHIP_TEXT, AttachmentFile, AttachmentKind, Decoded, DecodeOptions
from ..rtf_text import rtf_text
from ..text_files import MAX_TEXT_BYTES, TEXT_META_FIELDS, ReadText, decoded_text, text_picture

MAX_RTF_BYTES = 64 * 2**20  # the file itself: pictures are written into it as hex, its text is a small part
ENCODING = label("RTF document")  # what the viewer says the text was read as


def _decode(file: AttachmentFile, options: DecodeOptions) -> Decoded:
    if file.data is None:
        KIND.refuse_if_too_large(file.path)
    text = rtf_text(file.name, file.read())[:MAX_TEXT_BYTES]  # as much as a text file may hold
    return decoded_text(file.name, ReadText(text, ENCODING), options)


def _thumbnail(path: Path, at_least: int) -> Image.Image:
    return text_picture(rtf_text(path.name, path.read_bytes()), at_least)


def _sniff(head: bytes) -> bool:
    """Every RTF document starts with ``{\\rtf`` (after a byte-order mark, when an editor wrote one)."""
    return head.removeprefix(codecs.BOM_UTF8).startswith(b"{\\rtf")


KIND = AttachmentKind(
    name="rtf",
    title=Message("RTF documents"),  # the title names the format, as "PDF documents" does: no formats in brackets
    extensions=(".rtf",),
    mime="application/rtf",
    decode=_decode,
    sniff=_sniff,
    sniff_order=50,
    max_bytes=MAX_RTF_BYTES,
    order=33,
    thumbnail=_thumbnail,
    meta_fields=TEXT_META_FIELDS,
    chip=CHIP_TEXT,
)
