"""The text of an Outlook message (.msg: a mail dragged out of Outlook onto the desktop, or saved from it), as an
e-mail saved as .eml gives it (:mod:`.email_text`): who sent it to whom and when, its subject, the files attached
to it, then its body — the plain text Outlook keeps beside its formatted one, else its HTML as the text it shows,
else its compressed RTF (all that some messages from Outlook 2003 and older keep) as the text it shows — then each
message attached to it (a mail forwarded as an attachment) the same way, and the pictures attached to any of them.

A message is a compound file (:mod:`.compound_file`) of properties: each string or binary property a stream named
``__substg1.0_`` and its tag and type in hexadecimal (``0037001F``: the subject, in UTF-16), the fixed-size ones
(the dates) in the ``__properties_version1.0`` stream, each attachment a storage of its own properties; an
attached message is a storage laid out as a message, inside its attachment's storage.
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
from .email_text import MAX_DOCUMENTS, MAX_LISTED, PICTURE_TYPES
from .html_text import html_text
from .images import load_image_fitted
from .inner_files import attached_document
from .office_pictures import MAX_PICTURES, MIN_SIDE, PICTURE_MARK, PICTURE_TILES, OfficeDocument
from .rtf_text import rtf_text
from .text_files import MAX_TEXT_BYTES

PROPERTIES = "__properties_version1.0"
_SUBJECT, _SENDER_NAME, _SENDER_ADDRESS, _SENDER_SMTP = 0x0037, 0x0C1A, 0x0C1F, 0x5D01
_TO, _CC, _BODY, _HTML, _RTF = 0x0E04, 0x0E03, 0x1000, 0x1013, 0x1009  # _RTF: compressed RTF (MS-OXRTFCP)
_SENT, _DELIVERED = 0x0039, 0x0E06  # when it was sent (client submit time), when it arrived
_LONG_NAME, _SHORT_NAME, _DISPLAY_NAME, _DATA, _MIME = 0x3707, 0x3704, 0x3001, 0x3701, 0x370E
_UNICODE, _ANSI, _BINARY, _TIME = 0x001F, 0x001E, 0x0102, 0x0040  # property types
_MESSAGE_HEADER, _EMBEDDED_HEADER = 32, 24  # bytes before the fixed-size properties: a message, an attached one
_EMBEDDED = "__substg1.0_3701000D"  # the storage of an attached message, inside its attachment's storage
MAX_NESTED = 4  # messages attached to attached messages read this deep; deeper ones are named only
ATTACHED_MESSAGE = "--- Attached message ---"
_FILETIME_EPOCH = datetime.datetime(1601, 1, 1, tzinfo=datetime.UTC)
# The decompressor is pure Python (1.7 s a packed megabyte here), and an RTF body is text and a few small pictures.
MAX_PACKED_RTF_BYTES = 4 * 1024 * 1024


def outlook_text(name: str, ole: olefile.OleFileIO, with_pictures: bool = True) -> OfficeDocument:
    """The text of the Outlook message ``name`` (an opened compound file), with the messages attached to it, and,
    ``with_pictures``, the pictures attached to any of them, each marked in its list of attachments.

    Raises
    ------
    MediaError
        Damaged: a property stream that cannot be read.
    """
    reader = _Reader(name, ole, with_pictures)
    return OfficeDocument(reader.message("", _MESSAGE_HEADER, 0)[:MAX_TEXT_BYTES], reader.pictures)


class _Reader:
    """One reading of a message file: the pictures sent so far, numbered across the attached messages too."""

    def __init__(self, name: str, ole: olefile.OleFileIO, with_pictures: bool):
        self.name, self.ole, self.with_pictures = name, ole, with_pictures
        self.pictures: list[Image.Image] = []
        self.documents_left = MAX_DOCUMENTS  # attached documents read, across the attached messages too
        try:  # every stream's path, as a list of names: the attachments are found among them
            self.streams = ole.listdir(streams=True, storages=False)
        except RecursionError:  # storages nested a thousand deep: damage; the message's own text still goes
            self.streams = []

    def message(self, storage: str, header: int, depth: int) -> str:
        """The text of the message kept in ``storage`` (a path ending in "/", or "" for the file's own), whose
        fixed-size properties follow ``header`` bytes, ``depth`` messages down."""
        name, ole = self.name, self.ole
        sender = _string(name, ole, storage, _SENDER_NAME)
        address = _string(name, ole, storage, _SENDER_SMTP) or _string(name, ole, storage, _SENDER_ADDRESS)
        if address and "@" in address and address not in sender:
            sender = f"{sender} <{address}>" if sender else address
        headers = [
            ("From", sender),
            ("To", _string(name, ole, storage, _TO)),
            ("Cc", _string(name, ole, storage, _CC)),
            ("Date", _date(name, ole, storage, header)),
            ("Subject", _string(name, ole, storage, _SUBJECT)),
        ]
        lines = [f"{header}: {' '.join(value.split())}" for header, value in headers if value.strip()]
        listed, documents, attached = self.attachments(storage, depth)
        if listed:
            lines.append("Attachments: " + ", ".join(listed))
        body = _string(name, ole, storage, _BODY).strip()
        if not body:
            html = _binary(name, ole, storage, _HTML)
            body = html_text(html.decode("utf-8", "replace")) if html else ""
        if not body:
            body = _rtf_body(name, _binary(name, ole, storage, _RTF))
        text = ("\n".join(lines) + "\n\n" + body).strip()
        return "\n\n".join([text, *documents, *(f"{ATTACHED_MESSAGE}\n{inner}" for inner in attached if inner)])

    def attachments(self, storage: str, depth: int) -> tuple[list[str], list[str], list[str]]:
        """The names of the files attached to the message in ``storage`` (each picture sent marked with its mark),
        the sections of the documents attached to it (:func:`.inner_files.attached_document`: an invoice's text
        under its name), and the text of each message attached to it."""
        level = storage.count("/")
        names = sorted(
            {
                entry[level]
                for entry in self.streams
                if len(entry) > level + 1
                and "/".join(entry[:level]) + ("/" if level else "") == storage
                and entry[level].startswith("__attach_version1.0_#")
            }
        )
        listed: list[str] = []
        documents: list[str] = []
        attached: list[str] = []
        for attachment in names[:MAX_LISTED]:
            prefix = storage + attachment + "/"
            label = next(
                (
                    found
                    for tag in (_LONG_NAME, _DISPLAY_NAME, _SHORT_NAME)
                    if (found := _string(self.name, self.ole, prefix, tag))
                ),
                "attachment",
            )
            if self.ole.exists(prefix + _EMBEDDED) and depth < MAX_NESTED:
                attached.append(self.message(prefix + _EMBEDDED + "/", _EMBEDDED_HEADER, depth + 1))
            mime = _string(self.name, self.ole, prefix, _MIME).lower()
            picture = None
            if self.with_pictures and len(self.pictures) < MAX_PICTURES:
                if picture := _picture(self.name, self.ole, prefix, label, mime):
                    self.pictures.append(picture)
                    label += " " + PICTURE_MARK.format(len(self.pictures))
            document = mime not in PICTURE_TYPES and not self.ole.exists(prefix + _EMBEDDED)
            if picture is None and document and self.documents_left > 0:
                data = _binary(self.name, self.ole, prefix, _DATA)
                if data and (section := attached_document(" ".join(label.split()), data)) is not None:
                    self.documents_left -= 1
                    documents.append(section)
            listed.append(" ".join(label.split()))
        if len(names) > MAX_LISTED:
            listed.append(f"and {len(names) - MAX_LISTED:,} more")
        return listed, documents, attached


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


def _date(name: str, ole: olefile.OleFileIO, storage: str, header: int) -> str:
    """When the message in ``storage`` was sent (else when it arrived), as an e-mail's Date header writes it, in
    UTC; its fixed-size properties follow ``header`` bytes."""
    if not ole.exists(storage + PROPERTIES):
        return ""
    table = read_stream(name, ole, storage + PROPERTIES)
    times: dict[int, int] = {}
    for at in range(header, len(table) - 15, 16):  # a type, a tag, flags, then 8 bytes of value
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
