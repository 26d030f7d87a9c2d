"""The text of an e-mail saved as a file (.eml, as Thunderbird, Apple Mail, Outlook on the web and most mail
programs save one): who sent it to whom and when, its subject, the files attached to it, then its body — the plain
text part, else the HTML part as the text it shows — and the pictures attached to it or shown in it. Python's
``email`` package reads the message (MIME parts, transfer encodings, character sets, encoded headers).

The raw file is what a text reader would show: headers by the dozen, base64 and ``=C3=A9`` quoted-printable, the
body twice (text and HTML). What is sent is what a person reading the mail sees.
"""

from __future__ import annotations

import email
import email.header
import email.policy
from email.message import Message as MailPart

from PIL import Image

from ..core.errors import MediaError
from ..core.messages import Message
from .html_text import html_text
from .images import load_image_fitted
from .office_pictures import MAX_PICTURES, MIN_SIDE, PICTURE_MARK, PICTURE_TILES, OfficeDocument
from .text_files import MAX_TEXT_BYTES

_SHOWN_HEADERS = ("From", "To", "Cc", "Date", "Subject")
PICTURE_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/bmp", "image/tiff", "image/webp"})
MAX_LISTED = 100  # attachments named; a message with more says how many more


def email_text(name: str, data: bytes) -> str:
    """The text of the e-mail ``name`` holding ``data``.

    Raises
    ------
    MediaError
        Not an e-mail: no sender, recipient, subject or date among its headers.
    """
    return read_email(name, data, with_pictures=False).text


def read_email(name: str, data: bytes, with_pictures: bool = True) -> OfficeDocument:
    """The text of the e-mail ``name`` holding ``data`` and, ``with_pictures``, the pictures attached to it (see
    :mod:`.office_pictures`), each marked in its list of attachments. Raises as :func:`email_text`.

    The message is parsed with the email package's older policy: its newer one parses every header of every part
    into objects, some 75 µs a header, so a message of 100,000 tiny parts took 41 s instead of 2."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    headers = [f"{header}: {value}" for header in _SHOWN_HEADERS if (value := _header(message, header))]
    if not headers:
        raise MediaError(Message("{name} is not an e-mail: it has no sender, recipient, subject or date.", name=name))
    plain, html, attachments = _parts(message)
    pictures: list[Image.Image] = []
    listed = []
    for part in attachments[:MAX_LISTED]:
        label = _filename(part) or part.get_content_type()
        picture = _picture(name, part) if with_pictures and len(pictures) < MAX_PICTURES else None
        if picture is not None:
            pictures.append(picture)
            label += " " + PICTURE_MARK.format(len(pictures))
        listed.append(label)
    if len(attachments) > MAX_LISTED:
        listed.append(f"and {len(attachments) - MAX_LISTED:,} more")
    if listed:
        headers.append("Attachments: " + ", ".join(listed))
    body = _content(plain).strip() if plain is not None else html_text(_content(html)) if html is not None else ""
    return OfficeDocument(("\n".join(headers) + "\n\n" + body).strip()[:MAX_TEXT_BYTES], pictures)


def _header(message: MailPart, header: str) -> str:
    """A header as a person reads it: encoded words decoded (``=?utf-8?q?…?=``), folded lines joined; as written
    when it is too damaged to decode."""
    raw = str(message.get(header) or "")
    try:
        value = str(email.header.make_header(email.header.decode_header(raw)))
    except Exception:  # an unknown character set, a damaged encoded word
        value = raw
    return " ".join(value.split())


def _parts(message: MailPart) -> tuple[MailPart | None, MailPart | None, list[MailPart]]:
    """The message's first plain text part and first HTML part that are not attachments, and its attachments
    (parts with a file name or marked as attachments, and pictures shown inline), in order."""
    plain = html = None
    attachments = []
    for part in message.walk():
        if part.is_multipart():
            continue
        kind = part.get_content_type()
        if _filename(part) or part.get_content_disposition() == "attachment" or kind in PICTURE_TYPES:
            attachments.append(part)
        elif kind == "text/plain" and plain is None:
            plain = part
        elif kind == "text/html" and html is None:
            html = part
    return plain, html, attachments


def _filename(part: MailPart) -> str:
    try:
        return " ".join(str(part.get_filename() or "").split())
    except Exception:  # a damaged RFC 2231 parameter
        return ""


def _content(part: MailPart) -> str:
    """A text part's content, decoded from its transfer encoding and character set (an unknown character set as
    UTF-8, undecodable bytes replaced)."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    try:
        return payload.decode(part.get_content_charset() or "utf-8", "replace")
    except LookupError:
        return payload.decode("utf-8", "replace")


def _picture(name: str, part: MailPart) -> Image.Image | None:
    """An attached picture worth sending (see :mod:`.office_pictures`), or None."""
    if part.get_content_type() not in PICTURE_TYPES:
        return None
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload:
        return None
    try:
        picture = load_image_fitted(payload, max_tiles=PICTURE_TILES, name=f"{name}: {_filename(part) or 'picture'}")
    except MediaError:
        return None
    return picture.image if min(picture.image.size) >= MIN_SIDE else None
