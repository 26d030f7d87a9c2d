"""E-mails saved as files (.eml): sender, recipients, date, subject, the names of the files attached, and the body
as a mail program shows it, quoted in the question like a text file's; the pictures attached go with it, at one
tile each. A web page saved as one file (.mhtml, .mht) is such a message too, and is read the same way."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from ...core.messages import Message, label
from ..email_text import email_text, is_saved_page, read_email
from ..kind_spec import CHIP_TEXT, AttachmentFile, AttachmentKind, Decoded, DecodeOptions
from ..office_pictures import PICTURE_META_FIELDS, PICTURE_TILES, decoded_document
from ..text_files import TEXT_META_FIELDS, text_picture

MAX_EMAIL_BYTES = 64 * 2**20  # the file itself: its attachments, base64-encoded, are most of a large one
ENCODING = label("e-mail")  # what the viewer says the text was read as
SAVED_PAGE = label("web page saved as one file")  # what it says for an MHTML page
# the headers a saved message starts with, one of which begins every .eml a mail program writes
_FIRST_HEADERS = (b"Return-Path:", b"Received:", b"Delivered-To:", b"MIME-Version:", b"Message-ID:", b"From:")


def _decode(file: AttachmentFile, options: DecodeOptions) -> Decoded:
    if file.data is None:
        KIND.refuse_if_too_large(file.path)
    data = file.read()
    read_as = SAVED_PAGE if is_saved_page(data) else ENCODING
    return decoded_document(
        file.name, lambda with_pictures: read_email(file.name, data, with_pictures), read_as, options
    )


def _thumbnail(path: Path, at_least: int) -> Image.Image:
    return text_picture(email_text(path.name, path.read_bytes()), at_least)


def _sniff(head: bytes) -> bool:
    """A saved message without the .eml extension: it opens with one of the usual headers and declares MIME."""
    return head.startswith(_FIRST_HEADERS) and b"\nMIME-Version:" in head.replace(b"\r\n", b"\n")


KIND = AttachmentKind(
    name="email",
    title=Message("e-mails"),
    formats="EML, MHTML",
    extensions=(".eml", ".mhtml", ".mht"),
    mime="message/rfc822",
    decode=_decode,
    sniff=_sniff,
    sniff_order=80,
    max_bytes=MAX_EMAIL_BYTES,
    order=39,
    thumbnail=_thumbnail,
    meta_fields=TEXT_META_FIELDS + PICTURE_META_FIELDS,
    picture_tiles=PICTURE_TILES,
    chip=CHIP_TEXT,
)
