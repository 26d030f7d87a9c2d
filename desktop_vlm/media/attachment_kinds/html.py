"""Web pages saved as HTML (a browser's "Save page as", an exported report or help page): quoted in the question as
the text the page shows, under its title — headings, paragraphs, lists, tables and the words of its links — without
the scripts, styles and markup that make up most of a saved page and would fill the context before its article
began — with the pictures it shows at one tile each, marked where they sit: those written into the page
(``data:`` addresses) and those a browser saved beside it (``Page_files/``), which are written into the copy the
history keeps (``saved_page.py``). An HTML file that is not a whole page (a template or fragment in a code
project) is read as a text file: its source is what a question about it is after."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from PIL import Image

from ...core.messages import Message, label
from ..html_text import titled_page_text
from ..kind_registry import HEAD_BYTES
from ..kind_spec import CHIP_TEXT, AttachmentFile, AttachmentKind, Decoded, DecodeOptions
from ..office_pictures import PICTURE_META_FIELDS, PICTURE_TILES, decoded_document
from ..saved_page import read_saved_page, with_pictures_beside
from ..text_files import (
    MAX_TEXT_BYTES,
    TEXT_META_FIELDS,
    decoded_text,
    head_picture,
    read_text,
    text_picture,
)

MAX_HTML_BYTES = 32 * 2**20  # a saved page is mostly markup: its shown text is a small part
ENCODING = label("web page")  # what the viewer says the text was read as
# A whole page starts with its doctype or <html>, after an XML declaration or comments (a browser's "saved from
# url=" line) at most.
_PAGE_START = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)
_DECLARED_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
_HEAD_BYTES = 4096  # where a page declares its character set


def page_text(name: str, data: bytes) -> str:
    """The text the page ``name`` holding ``data`` shows, its title first as a heading (unless one of the page's
    first lines is its title already).

    Raises
    ------
    MediaError
        Not text (see :func:`..text_files.read_text`).
    """
    return titled_page_text(_source(name, data)[0])[:MAX_TEXT_BYTES]


def _source(name: str, data: bytes) -> tuple[str, str | None]:
    """The page's markup, in the character set it declares when that reads it (and that character set), else as a
    text file is read (and None)."""
    declared = _DECLARED_CHARSET.search(data[:_HEAD_BYTES])
    if declared and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        charset = declared.group(1).decode("ascii")
        try:
            return data.decode(charset), charset
        except (LookupError, UnicodeDecodeError):
            pass  # a character set Python does not know, or one the page does not keep to
    return read_text(name, data).text, None


def _decode(file: AttachmentFile, options: DecodeOptions) -> Decoded:
    if file.data is None:
        KIND.refuse_if_too_large(file.path)
    data = file.read()
    if not _sniff(data[:HEAD_BYTES]):  # a fragment or template: its source
        return decoded_text(file.name, read_text(file.name, data), options)
    source = _source(file.name, data)[0]
    return decoded_document(
        file.name, lambda with_pictures: read_saved_page(file.name, source, with_pictures), ENCODING, options
    )


def _gather(path: Path) -> bytes:
    """The page at ``path`` with the pictures it shows from its folder written in (a whole page only)."""
    KIND.refuse_if_too_large(path)
    data = path.read_bytes()
    if not _sniff(data[:HEAD_BYTES]):
        return data
    source, charset = _source(path.name, data)
    return with_pictures_beside(path, data, source, (charset, "utf-8") if charset else ("utf-8",))


def _thumbnail(path: Path, at_least: int) -> Image.Image:
    data = path.read_bytes()
    if not _sniff(data[:HEAD_BYTES]):
        return head_picture(path, at_least)
    return text_picture(page_text(path.name, data), at_least)


def _sniff(head: bytes) -> bool:
    return bool(_PAGE_START.match(head.removeprefix(codecs.BOM_UTF8)))


KIND = AttachmentKind(
    name="html",
    title=Message("web pages"),
    formats="HTML",
    extensions=(".html", ".htm", ".xhtml"),
    mime="text/html",
    decode=_decode,
    sniff=_sniff,
    sniff_order=85,
    max_bytes=MAX_HTML_BYTES,
    order=41,
    thumbnail=_thumbnail,
    meta_fields=TEXT_META_FIELDS + PICTURE_META_FIELDS,
    picture_tiles=PICTURE_TILES,
    chip=CHIP_TEXT,
    gather=_gather,
)
