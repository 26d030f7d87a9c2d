"""The pictures of a web page saved as HTML. A page shows them from two places:

* written into their addresses (``data:image/…``): a self-contained page — a notebook exported as HTML, a page
  saved by the SingleFile extension, a report exported with its resources — carries them itself;
* from files beside it: a browser's "Save Page As… (Web Page, Complete)" writes ``Page.html`` and a
  ``Page_files/`` folder. The history keeps one file per attachment, so when a page is attached those pictures
  are written into their addresses in the copy kept (:func:`with_pictures_beside`), and the page reads the same
  when the conversation is opened again.

Only pictures the page shows (an ``<img>`` and the like) are taken from beside it, only inside the page's own
folder (no absolute path, no ``..`` out of it, no link leading out), and within ``MAX_PICTURE_BYTES`` each and
``MAX_GATHERED_BYTES`` in all.
"""

from __future__ import annotations

import base64
import posixpath
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .data_addresses import picture_in_address
from .html_text import titled_page_text
from .office_pictures import PICTURE_SUFFIXES, OfficeDocument, PictureLoader
from .text_files import MAX_TEXT_BYTES

MAX_PICTURE_BYTES = 16 * 2**20  # one picture beside the page: a camera photo is a few MB
MAX_GATHERED_BYTES = 32 * 2**20  # every picture written into the kept copy
MAX_GATHERED = 32  # pictures written in: icons and spacers come first on many pages; at most 8 are sent
MAX_TRIED = 256  # addresses looked up beside the page (each written in is a pass over the page)
_TYPES = {".jpg": "jpeg", ".jpeg": "jpeg", ".svg": "svg+xml", ".tif": "tiff"}


def read_saved_page(name: str, source: str, with_pictures: bool = True) -> OfficeDocument:
    """The text the page ``source`` shows under its title and, ``with_pictures``, the pictures written into its
    addresses, each marked where it sits (at most ``MAX_PICTURES``, one tile each)."""
    pictures = PictureLoader(name, picture_in_address, with_pictures)
    text = titled_page_text(source, pictures.mark)
    return OfficeDocument(text[:MAX_TEXT_BYTES], list(pictures.pictures.values()))


def with_pictures_beside(path: Path, data: bytes, source: str, charsets: tuple[str, ...]) -> bytes:
    """``data``, the page at ``path`` (whose markup reads as ``source``, its addresses written in one of
    ``charsets``), with each picture it shows from a file inside its folder written into the picture's address;
    ``data`` itself when it shows none."""
    folder = path.parent.resolve()
    addresses: list[str] = []
    titled_page_text(source, lambda address: addresses.append(address))  # every address a picture element names
    gathered, total, taken = data, 0, 0
    for address in list(dict.fromkeys(addresses))[:MAX_TRIED]:
        if taken == MAX_GATHERED:
            break
        picture = _beside(folder, address)
        if picture is None or total + len(picture[1]) > MAX_GATHERED_BYTES:
            continue
        suffix, content = picture
        written = f"data:image/{_TYPES.get(suffix, suffix[1:])};base64,".encode() + base64.b64encode(content)
        gathered, found = _written_in(gathered, address, charsets, written)
        if found:
            total, taken = total + len(content), taken + 1
    return gathered


def _beside(folder: Path, address: str) -> tuple[str, bytes] | None:
    """(suffix, bytes) of the picture file ``address`` names inside ``folder``; None for an address of anything
    else, outside the folder, missing, or too large."""
    parts = urlsplit(address.strip())
    if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
        return None
    relative = unquote(parts.path)
    suffix = posixpath.splitext(relative)[1].lower()
    if suffix not in PICTURE_SUFFIXES:
        return None
    candidate = (folder / relative).resolve()
    try:
        if not candidate.is_relative_to(folder) or not candidate.is_file():
            return None
        if candidate.stat().st_size > MAX_PICTURE_BYTES:
            return None
        return suffix, candidate.read_bytes()
    except OSError:
        return None


def _written_in(data: bytes, address: str, charsets: tuple[str, ...], written: bytes) -> tuple[bytes, int]:
    """``data`` with the quoted attribute values that are ``address`` (as written, or with its ``&`` escaped, in
    any of ``charsets``) replaced by ``written``, and how many were."""
    forms = set()
    for charset in charsets:
        try:
            forms |= {address.encode(charset), address.replace("&", "&amp;").encode(charset)}
        except (LookupError, UnicodeEncodeError):
            continue
    found = 0
    for form in forms:
        for quote in (b'"', b"'"):
            quoted = quote + form + quote
            if quoted in data:
                found += data.count(quoted)
                data = data.replace(quoted, quote + written + quote)
    return data, found
