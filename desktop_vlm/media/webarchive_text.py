"""The text of a web page Safari saved as one file (.webarchive, Safari's "Web Archive", its default on a Mac): the
page's address and the text it shows under its title, with the photos it shows, each marked ``[Image-N]`` where it
sits, as an e-book's are.

A web archive is a binary property list: ``WebMainResource`` holds the page (its bytes, MIME type, character set
and address), ``WebSubresources`` the files it loaded (pictures, style sheets, scripts), each with its address. A
picture the page shows is found by its address, resolved against the page's, and among the addresses a page loads
instead (``srcset``, lazy loading's ``data-src``), as the browser chose one. Pages in frames
(``WebSubframeArchives``) are not read.
"""

from __future__ import annotations

import codecs
import plistlib
from urllib.parse import urldefrag, urljoin

from ..core.errors import MediaError
from ..core.messages import Message
from .html_text import titled_page_text
from .office_pictures import OfficeDocument, PictureLoader
from .text_files import MAX_TEXT_BYTES

WEBARCHIVE_KEY = b"WebMainResource"
WHAT = Message("a web archive")


def webarchive_text(name: str, data: bytes) -> str:
    """The text of the saved page ``name`` holding ``data``: ``Web page saved from: …``, then the text it shows.

    Raises
    ------
    MediaError
        Not a web archive, damaged, or a page that is not HTML or text.
    """
    return read_webarchive(name, data, with_pictures=False).text


def read_webarchive(name: str, data: bytes, with_pictures: bool = True) -> OfficeDocument:
    """The text of the page and, ``with_pictures``, the photos it shows, each marked where it sits, numbered in the
    order shown; at most ``MAX_PICTURES``, each at least ``MIN_SIDE`` px on each side. Raises as
    :func:`webarchive_text`."""
    archive = _property_list(name, data)
    main = archive.get("WebMainResource")
    if not isinstance(main, dict) or not isinstance(main.get("WebResourceData"), bytes):
        raise MediaError(Message("{name} is damaged or is not {document_kind}.", name=name, document_kind=WHAT))
    address = str(main.get("WebResourceURL") or "")
    kind = str(main.get("WebResourceMIMEType") or "text/html")
    source = main["WebResourceData"].decode(_codec(main.get("WebResourceTextEncodingName")), "replace")
    pictures_by_address = _pictures(archive.get("WebSubresources"))
    pictures = PictureLoader(name, pictures_by_address.get, with_pictures)

    def mark(source_address: str) -> str | None:
        return pictures.mark(urldefrag(urljoin(address, source_address.strip())).url)

    if kind in ("text/html", "application/xhtml+xml"):
        shown = titled_page_text(source, mark)
    elif kind.startswith("text/"):
        shown = source.strip()
    else:
        raise MediaError(Message("{name} saved a {kind} file, not a web page.", name=name, kind=kind))
    heading = f"Web page saved from: {address}\n\n" if address else ""
    return OfficeDocument((heading + shown)[:MAX_TEXT_BYTES], list(pictures.pictures.values()))


def _property_list(name: str, data: bytes) -> dict:
    """The archive's top-level dictionary. plistlib raises a dozen kinds of error on hostile bytes (and Python's
    RecursionError on arrays nested thousands deep): every one means the file is damaged."""
    try:
        archive = plistlib.loads(data)
    except Exception:
        raise MediaError(
            Message("{name} is damaged or is not {document_kind}.", name=name, document_kind=WHAT)
        ) from None
    if not isinstance(archive, dict):
        raise MediaError(Message("{name} is damaged or is not {document_kind}.", name=name, document_kind=WHAT))
    return archive


def _pictures(resources: object) -> dict[str, bytes]:
    """The bytes of each picture the page loaded, by its address (without its fragment)."""
    found: dict[str, bytes] = {}
    for resource in resources if isinstance(resources, list) else []:
        if not isinstance(resource, dict) or not str(resource.get("WebResourceMIMEType", "")).startswith("image/"):
            continue
        address, data = resource.get("WebResourceURL"), resource.get("WebResourceData")
        if isinstance(address, str) and isinstance(data, bytes):
            found.setdefault(urldefrag(address).url, data)
    return found


def _codec(declared: object) -> str:
    """The Python codec of the character set Safari recorded (an IANA name), UTF-8 when it names none Python
    knows."""
    try:
        return codecs.lookup(str(declared)).name if declared else "utf-8"
    except LookupError:
        return "utf-8"
