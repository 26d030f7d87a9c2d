"""Web pages saved as HTML (a browser's "Save page as", an exported report or help page): quoted in the question as
the text the page shows, under its title — headings, paragraphs, lists, tables and the words of its links — without
the scripts, styles and markup that make up most of a saved page and would fill the context before its article
began. An HTML file that is not a whole page (a template or fragment in a code project) is read as a text file: its
source is what a question about it is after."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from PIL import Image

from ...core.messages import Message, label
from ..html_text import titled_page_text
from ..kind_registry import HEAD_BYTES
from ..kind_spec import CHIP_TEXT, AttachmentFile, AttachmentKind, Decoded, DecodeOptions
from ..text_files import (
    MAX_TEXT_BYTES,
    TEXT_META_FIELDS,
    ReadText,
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
    return titled_page_text(_source(name, data))[:MAX_TEXT_BYTES]


def _source(name: str, data: bytes) -> str:
    """The page's markup, in the character set it declares when that reads it, else as a text file is read."""
    declared = _DECLARED_CHARSET.search(data[:_HEAD_BYTES])
    if declared and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass  # a character set Python does not know, or one the page does not keep to
    return read_text(name, data).text


def _decode(file: AttachmentFile, options: DecodeOptions) -> Decoded:
    if file.data is None:
        KIND.refuse_if_too_large(file.path)
    data = file.read()
    if not _sniff(data[:HEAD_BYTES]):  # a fragment or template: its source
        return decoded_text(file.name, read_text(file.name, data), options)
    return decoded_text(file.name, ReadText(page_text(file.name, data), ENCODING), options)


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
    meta_fields=TEXT_META_FIELDS,
    chip=CHIP_TEXT,
)
