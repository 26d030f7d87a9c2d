"""The text of an e-mail saved as a file (.eml, as Thunderbird, Apple Mail, Outlook on the web and most mail
programs save one): who sent it to whom and when, its subject, the files attached to it, then its body — the plain
text part, else the HTML part as the text it shows — then each message attached to it (a mail forwarded as an
attachment) the same way, and the pictures attached to or shown in any of them. A web page a browser saved as one
file (MHTML, a message of the page and its parts) gives its address, its title and the text it shows instead. Python's ``email`` package reads
the message (MIME parts, transfer encodings, character sets, encoded headers).

The documents attached to a mail (the invoice PDF, the spreadsheet, the notes) follow its body, each under its
name, read as their own kinds read them (:mod:`.inner_files`): "what is the total on the invoice in this mail?"
needs the invoice, not its name.

The raw file is what a text reader would show: headers by the dozen, base64 and ``=C3=A9`` quoted-printable, the
body twice (text and HTML). What is sent is what a person reading the mail sees.
"""

from __future__ import annotations

import email
import email.header
import email.parser
import email.policy
from email.message import Message as MailPart

from PIL import Image

from ..core.errors import MediaError
from ..core.messages import Message
from .html_text import html_text
from .images import load_image_fitted
from .inner_files import attached_document
from .office_pictures import MAX_PICTURES, MIN_SIDE, PICTURE_MARK, PICTURE_TILES, OfficeDocument
from .text_files import MAX_TEXT_BYTES

_SHOWN_HEADERS = ("From", "To", "Cc", "Date", "Subject")
_SNAPSHOT = "Snapshot-Content-Location"  # the address of a page Chrome, Edge or Opera saved as one file (MHTML)
PICTURE_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/bmp", "image/tiff", "image/webp"})
MAX_LISTED = 100  # attachments named; a message with more says how many more
MAX_NESTED = 4  # messages attached to attached messages read this deep; deeper ones are named only
MAX_DOCUMENTS = 10  # attached documents read, in all; the text sent is cut to the room anyway
ATTACHED_MESSAGE = "--- Attached message ---"


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
    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
    except RecursionError:  # the parser recurses into each part: parts nested a thousand deep are no real mail
        raise MediaError(
            Message("{name} is damaged: its parts are nested deeper than any e-mail's.", name=name)
        ) from None
    if not any(_header(message, header) for header in _SHOWN_HEADERS):
        raise MediaError(Message("{name} is not an e-mail: it has no sender, recipient, subject or date.", name=name))
    pictures: list[Image.Image] = []
    text = _message_text(name, message, pictures if with_pictures else None, 0, [MAX_DOCUMENTS])
    return OfficeDocument(text[:MAX_TEXT_BYTES], pictures)


def is_saved_page(data: bytes) -> bool:
    """Whether the message in ``data`` is a web page a browser saved as one file (its headers name the page)."""
    headers = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(data[:65536])
    return bool(headers.get(_SNAPSHOT))


def _message_text(
    name: str, message: MailPart, pictures: list[Image.Image] | None, depth: int, documents_left: list[int]
) -> str:
    """The text of ``message``, ``depth`` messages down, then of the documents attached to it, then of the
    messages attached to it; the pictures sent are added to ``pictures`` (None: none are read), numbered across
    all of them; ``documents_left`` holds how many more attached documents may be read, across all of them."""
    page = _header(message, _SNAPSHOT) if depth == 0 else ""
    if page:  # a web page a browser saved as one file (.mhtml): its address and title, not a mail's headers
        title = _header(message, "Subject")
        headers = [f"Web page saved from: {page}", *([f"Title: {title}"] if title else [])]
    else:
        headers = [f"{header}: {value}" for header in _SHOWN_HEADERS if (value := _header(message, header))]
    plain, html, attachments, attached = _parts(message)
    listed = []
    for part in attachments[:MAX_LISTED]:
        label = _filename(part) or _attached_subject(part) or _location_name(part) or part.get_content_type()
        picture = _picture(name, part) if pictures is not None and len(pictures) < MAX_PICTURES else None
        if pictures is not None and picture is not None:
            pictures.append(picture)
            label += " " + PICTURE_MARK.format(len(pictures))
        if not page or picture is not None:  # a page's parts are its styles, scripts and pictures: only those sent
            listed.append(label)
    if len(attachments) > MAX_LISTED and not page:
        listed.append(f"and {len(attachments) - MAX_LISTED:,} more")
    if listed:
        headers.append(("Pictures: " if page else "Attachments: ") + ", ".join(listed))
    body = _content(plain).strip() if plain is not None else html_text(_content(html)) if html is not None else ""
    text = ("\n".join(headers) + "\n\n" + body).strip()
    documents = [] if page else _documents(attachments[:MAX_LISTED], documents_left)
    inner = (
        [_message_text(name, part, pictures, depth + 1, documents_left) for part in attached]
        if depth < MAX_NESTED
        else []
    )
    return "\n\n".join([text, *documents, *(f"{ATTACHED_MESSAGE}\n{found}" for found in inner if found)])


def _documents(attachments: list[MailPart], documents_left: list[int]) -> list[str]:
    """The text of each attached document a kind reads as text, under its name: a picture goes as a picture,
    an attached message as a message, and a document read only on its own (a scan, a video, an archive) or
    past ``documents_left`` is named in the list of attachments alone."""
    sections = []
    for part in attachments:
        filename = _filename(part)
        if documents_left[0] <= 0 or not filename:
            continue
        if part.get_content_type() in PICTURE_TYPES or part.get_content_type() == "message/rfc822":
            continue
        payload = part.get_payload(decode=True)
        section = attached_document(filename, payload) if isinstance(payload, bytes) and payload else None
        if section is not None:
            documents_left[0] -= 1
            sections.append(section)
    return sections


def _header(message: MailPart, header: str) -> str:
    """A header as a person reads it: encoded words decoded (``=?utf-8?q?…?=``), folded lines joined; as written
    when it is too damaged to decode."""
    raw = str(message.get(header) or "")
    try:
        value = str(email.header.make_header(email.header.decode_header(raw)))
    except Exception:  # an unknown character set, a damaged encoded word
        value = raw
    return " ".join(value.split())


def _parts(message: MailPart) -> tuple[MailPart | None, MailPart | None, list[MailPart], list[MailPart]]:
    """The message's first plain text part and first HTML part that are not attachments, its attachments (parts
    with a file name or marked as attachments, pictures shown inline, and messages attached), in order, and the
    messages attached to it, whose own parts are theirs, not this message's."""
    plain = html = None
    attachments: list[MailPart] = []
    attached: list[MailPart] = []
    waiting = [message]  # depth first, in order; a list, not recursion: parts may nest thousands deep
    while waiting:
        part = waiting.pop()
        kind = part.get_content_type()
        if kind == "message/rfc822" and part is not message:
            attachments.append(part)
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], MailPart):
                attached.append(inner[0])
        elif part.is_multipart():
            payload = part.get_payload()
            waiting.extend(
                reversed([p for p in payload if isinstance(p, MailPart)] if isinstance(payload, list) else [])
            )
        elif _filename(part) or part.get_content_disposition() == "attachment" or kind in PICTURE_TYPES:
            attachments.append(part)
        elif kind == "text/plain" and plain is None:
            plain = part
        elif kind == "text/html" and html is None:
            html = part
    return plain, html, attachments, attached


def _location_name(part: MailPart) -> str:
    """The file name at the end of a part's address (a saved page's picture has no name but where it came from)."""
    location = str(part.get("Content-Location") or "").split("?")[0].rstrip("/")
    return " ".join(location.rsplit("/", 1)[-1].split()) if "/" in location else ""


def _attached_subject(part: MailPart) -> str:
    """The subject of the message a ``message/rfc822`` part holds, which names it when it has no file name."""
    inner = part.get_payload() if part.get_content_type() == "message/rfc822" else None
    if isinstance(inner, list) and inner and isinstance(inner[0], MailPart):
        return _header(inner[0], "Subject")
    return ""


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
