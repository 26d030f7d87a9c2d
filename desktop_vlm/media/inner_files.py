"""A file inside another — an entry of a ZIP archive, a file attached to an e-mail — read as the text its own kind
reads (a PDF as its pages' text, a Word document, a workbook, a text file…), so a folder of invoices sent as a .zip
or an invoice attached to a mail reaches the model instead of its name alone.

Only what one attachment can hold is read this way: a document whose pages have no text (a scan), a video and an
archive are named, to be attached alone (where pages or frames are chosen; and an archive inside would be read the
same way, into the depths of a ZIP bomb). Readers that read files, not bytes (the sandboxed PDF renderer, SVG
drawings) get a private temporary copy (:mod:`.scratch`).
"""

from __future__ import annotations

import contextvars
import posixpath
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from ..core.errors import MediaError
from .kind_registry import HEAD_BYTES, kind, recognise
from .kind_spec import AttachmentFile, AttachmentKind, DecodeOptions
from .office_pictures import PICTURE_TILES
from .scratch import on_disk

ARCHIVE_MIME = "application/zip"
MAX_DEPTH = 3  # files inside files inside files read this deep (a mail in a ZIP, its invoice); deeper: named only
_depth = contextvars.ContextVar("inner_file_depth", default=0)  # per thread: readers run on several at once


@dataclass(frozen=True)
class InnerFile:
    """What a file inside gave: its ``text``, or a drawing's ``picture`` (an SVG, sent as a photo is), or why it
    was not read (``refused``, one sentence for its label)."""

    text: str = ""
    picture: Image.Image | None = None
    refused: str = ""


def read_alone(found: AttachmentKind) -> bool:
    """Whether files of the kind ``found`` are only read attached on their own (see the module's notes)."""
    pages_as_text = found.pages is not None and found.pages.text is not None
    return (found.pages is not None and not pages_as_text) or found.as_frames or found.mime == ARCHIVE_MIME


def read_inner_file(found: AttachmentKind, filename: str, data: bytes) -> InnerFile:
    """The file ``filename`` (a path inside its container: only its last part is used) of the kind ``found``,
    holding ``data``: its text as its kind reads it (a document's own pictures left out), a drawing as a picture,
    or why it could not be read."""
    pages_as_text = found.pages is not None and found.pages.text is not None
    if _depth.get() >= MAX_DEPTH:  # a mail attached as a file to a mail attached to…: no real file nests so deep
        return InnerFile(refused="inside too many other files; attach it on its own to read it")
    inside = AttachmentFile(Path(posixpath.basename(filename) or "file"), data)
    choices = {"as_text": 1} if pages_as_text else {"pictures": 0}  # a PDF's pages' text; a document's text alone
    level = _depth.set(_depth.get() + 1)
    try:
        with on_disk(inside) as path:  # the sandboxed renderer (PDF pages, SVG drawings) reads files
            decoded = found.decode(AttachmentFile(path, data), DecodeOptions(max_tiles=PICTURE_TILES, choices=choices))
    except MediaError as err:
        way_on = " Attach it on its own to see its pages." if pages_as_text else ""  # a scan's pages are pictures
        return InnerFile(refused=f"{err.user_message}{way_on}")
    finally:
        _depth.reset(level)
    if decoded.text is None and decoded.images:  # a drawing
        return InnerFile(picture=decoded.images[0])
    return InnerFile(text=(decoded.text or "").strip())


ATTACHED_FILE = "--- Attached file: {name} ---"


def attached_document(filename: str, data: bytes) -> str | None:
    """The section a document attached to a mail adds after its body: its text under its name (or why it was not
    read); None for a file that is not read this way — a picture (sent as a picture), one no kind reads, one read
    only on its own, or one over its kind's size limit."""
    try:
        found = kind(recognise(filename, data[:HEAD_BYTES]))
    except MediaError:
        return None
    if found.file_is_picture or read_alone(found) or (found.max_bytes is not None and len(data) > found.max_bytes):
        return None
    inner = read_inner_file(found, filename, data)
    if inner.picture is not None:
        return None
    return f"{ATTACHED_FILE.format(name=filename)}\n{inner.text or f'({inner.refused})'}"
