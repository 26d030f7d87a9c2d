"""Pictures written into their own address (``data:image/png;base64,…``): how a self-contained page keeps its
pictures (a notebook exported as HTML, a page saved by SingleFile, a report exported with its resources), and
what dragging such a picture out of a browser gives."""

from __future__ import annotations

import base64
import binascii
import urllib.parse

MAX_PICTURE_ADDRESS_CHARS = 64 * 2**20  # a data: address of a 48 MB picture; a page is read whole anyway


def picture_in_address(address: str) -> bytes | None:
    """The bytes of a picture written into a ``data:image/…`` address; None for any other address, one that is no
    valid base64, or one longer than ``MAX_PICTURE_ADDRESS_CHARS``."""
    if address[:5].lower() != "data:" or len(address) > MAX_PICTURE_ADDRESS_CHARS:
        return None
    header, comma, payload = address[5:].partition(",")
    if not comma or not header.lower().startswith("image/"):
        return None
    raw = urllib.parse.unquote_to_bytes(payload.strip())
    if not header.lower().endswith(";base64"):
        return raw
    try:
        return base64.b64decode(b"".join(raw.split()), validate=True)  # pages wrap long base64 in lines
    except binascii.Error:
        return None
