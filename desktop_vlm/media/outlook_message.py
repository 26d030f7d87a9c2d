"""The text of an Outlook message (.msg: a mail dragged out of Outlook onto the desktop, or saved from it), as an
e-mail saved as .eml gives it (:mod:`.email_text`): who sent it to whom and when, its subject, the files attached
to it, then its body — the plain text Outlook keeps beside its formatted one, else its HTML as the text it shows,
else its compressed RTF (all that some messages from Outlook 2003 and older keep) as the text it shows — and the
pictures attached to it.

A message is a compound file (:mod:`.compound_file`) of properties: each string or binary property a stream named
``__substg1.0_`` and its tag and type in hexadecimal (``0037001F``: the subject, in UTF-16), the fixed-size ones
(the dates) in the ``__properties_version1.0`` stream, each attachment a storage of its own properties.
"""

from __future__ import annotations

import datetime
import email.utils
import struct

import compressed_rtf
import olefile
from PIL import Image

from ..core.errors import MediaError
from .compound_file import read_stream
from .email_text import MAX_LISTED, PICTURE_TYPES
from .html_text import html_text
from .images import load_image_fitted
from .office_pictures import MAX_PICTURES, MIN_SIDE, PICTURE_MARK, PICTURE_TILES, OfficeDocument
from .rtf_text import rtf_text
from .text_files import MAX_TEXT_BYTES

PROPERTIES = "__properties_version1.0"
_SUBJECT, _SENDER_NAME, _SENDER_ADDRESS, _SENDER_SMTP = 0x0037, 0x0C1A, 0x0C1F, 0x5D01
_TO, _CC, _BODY, _HTML, _RTF = 0x0E04, 0x0E03, 0x1000, 0x1013, 0x1009  # _RTF: compressed RTF (MS-OXRTFCP)
_SENT, _DELIVERED = 0x0039, 0x0E06  # when it was sent (client submit time), when it arrived
_LONG_NAME, _SHORT_NAME, _DISPLAY_NAME, _DATA, _MIME = 0x3707, 0x3704, 0x3001, 0x3701, 0x370E
_UNICODE, _ANSI, _BINARY, _TIME = 0x001F, 0x001E, 0x0102, 0x0040  # property types
_MESSAGE_HEADER = 32  # bytes before the fixed-size properties of the top-level message
_FILETIME_EPOCH = datetime.datetime(1601, 1, 1, tzinfo=datetime.UTC)
# The decompressor is pure Python (1.7 s a packed megabyte here), and an RTF body is text and a few small pictures.
MAX_PACKED_RTF_BYTES = 4 * 1024 * 1024


def outlook_text(name: str, ole: olefile.OleFileIO, with_pictures: bool = True) -> OfficeDocument:
    """The text of the Outlook message ``name`` (an opened compound file) and, ``with_pictures``, the pictures
    attached to it, each marked in its list of attachments.

    Raises
    ------
    MediaError
        Damaged: a property stream that cannot be read.
    """
    sender = _string(name, ole, "", _SENDER_NAME)
    address = _string(name, ole, "", _SENDER_SMTP) or _string(name, ole, "", _SENDER_ADDRESS)
    if address and "@" in address and address not in sender:
        sender = f"{sender} <{address}>" if sender else address
    headers = [
        ("From", sender),
        ("To", _string(name, ole, "", _TO)),
        ("Cc", _string(name, ole, "", _CC)),
        ("Date", _date(name, ole)),
        ("Subject", _string(name, ole, "", _SUBJECT)),
    ]
    lines = [f"{header}: {' '.join(value.split())}" for header, value in headers if value.strip()]
    listed, pictures = _attachments(name, ole, with_pictures)
    if listed:
        lines.append("Attachments: " + ", ".join(listed))
    body = _string(name, ole, "", _BODY).strip()
    if not body:
        html = _binary(name, ole, "", _HTML)
        body = html_text(html.decode("utf-8", "replace")) if html else ""
    if not body:
        body = _rtf_body(name, _binary(name, ole, "", _RTF))
    return OfficeDocument(("\n".join(lines) + "\n\n" + body).strip()[:MAX_TEXT_BYTES], pictures)


def _rtf_body(name: str, packed: bytes) -> str:
    """The text of a body kept as compressed RTF; empty when there is none or it cannot be read, since the
    headers and attachments are still worth sending. Outlook wraps an HTML mail's body in RTF (``\\fromhtml1``)
    with the tags in ignorable groups, so the RTF reader gives the text the mail shows."""
    if not packed or len(packed) > MAX_PACKED_RTF_BYTES:
        return ""
    try:
        rtf = compressed_rtf.decompress(packed)
    except Exception:  # a bad header or checksum raises a bare Exception; damage inside, struct and index errors
        return ""
    try:
        return rtf_text(name, rtf)
    except MediaError:
        return ""


def _stream(storage: str, tag: int, kind: int) -> str:
    return f"{storage}__substg1.0_{tag:04X}{kind:04X}"


def _string(name: str, ole: olefile.OleFileIO, storage: str, tag: int) -> str:
    """A string property, kept in UTF-16 or in the message's 8-bit code page (read as Windows-1252, which the
    code pages of Western Outlook installations are)."""
    path = _stream(storage, tag, _UNICODE)
    if ole.exists(path):
        return read_stream(name, ole, path).decode("utf-16-le", "replace").rstrip("\0")
    path = _stream(storage, tag, _ANSI)
    if ole.exists(path):
        return read_stream(name, ole, path).decode("cp1252", "replace").rstrip("\0")
    return ""


def _binary(name: str, ole: olefile.OleFileIO, storage: str, tag: int) -> bytes:
    path = _stream(storage, tag, _BINARY)
    return read_stream(name, ole, path) if ole.exists(path) else b""


def _date(name: str, ole: olefile.OleFileIO) -> str:
    """When the message was sent (else when it arrived), as an e-mail's Date header writes it, in UTC."""
    if not ole.exists(PROPERTIES):
        return ""
    table = read_stream(name, ole, PROPERTIES)
    times: dict[int, int] = {}
    for at in range(_MESSAGE_HEADER, len(table) - 15, 16):  # a type, a tag, flags, then 8 bytes of value
        kind, tag, _flags, value = struct.unpack_from("<HHIQ", table, at)
        if kind == _TIME:
            times[tag] = value
    ticks = times.get(_SENT) or times.get(_DELIVERED)
    if not ticks:
        return ""
    try:
        moment = _FILETIME_EPOCH + datetime.timedelta(microseconds=ticks // 10)
    except OverflowError:  # a time past the year 9999: damage
        return ""
    return email.utils.format_datetime(moment)


def _attachments(name: str, ole: olefile.OleFileIO, with_pictures: bool) -> tuple[list[str], list[Image.Image]]:
    """The names of the files attached (each picture sent marked with its mark), and the pictures sent."""
    storages = sorted(
        {
            entry[0]
            for entry in ole.listdir(streams=True, storages=False)
            if entry[0].startswith("__attach_version1.0_#")
        }
    )
    listed: list[str] = []
    pictures: list[Image.Image] = []
    for storage in storages[:MAX_LISTED]:
        prefix = storage + "/"
        label = next(
            (found for tag in (_LONG_NAME, _DISPLAY_NAME, _SHORT_NAME) if (found := _string(name, ole, prefix, tag))),
            "attachment",
        )
        mime = _string(name, ole, prefix, _MIME).lower()
        if with_pictures and len(pictures) < MAX_PICTURES and (picture := _picture(name, ole, prefix, label, mime)):
            pictures.append(picture)
            label += " " + PICTURE_MARK.format(len(pictures))
        listed.append(" ".join(label.split()))
    if len(storages) > MAX_LISTED:
        listed.append(f"and {len(storages) - MAX_LISTED:,} more")
    return listed, pictures


def _picture(name: str, ole: olefile.OleFileIO, prefix: str, label: str, mime: str) -> Image.Image | None:
    """An attached picture worth sending (see :mod:`.office_pictures`), or None."""
    looks_like_picture = mime in PICTURE_TYPES or label.lower().endswith((".png", ".jpg", ".jpeg", ".gif", ".webp"))
    data = _binary(name, ole, prefix, _DATA) if looks_like_picture else b""
    if not data:
        return None
    try:
        picture = load_image_fitted(data, max_tiles=PICTURE_TILES, name=f"{name}: {label}")
    except MediaError:
        return None
    return picture.image if min(picture.image.size) >= MIN_SIDE else None
