"""The text of an OpenDocument text file (.odt, as LibreOffice and Google Docs save): headings marked with ``#``
by their outline level, paragraphs, list items with ``-``, tables as rows of cells separated by ``|``. Only
``content.xml`` is unpacked, through the same safe package reading as Office files (:mod:`.ooxml`).
"""

from __future__ import annotations

from xml.etree import ElementTree

from ..core.errors import MediaError
from .ooxml import open_package, parse_xml, read_part

WHAT = "an OpenDocument text"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_SKIPPED = {f"{_TEXT}note", f"{_TEXT}tracked-changes", f"{_OFFICE}annotation"}  # footnotes, revisions, comments


def odt_text(name: str, data: bytes) -> str:
    """The text of the OpenDocument file ``name`` holding ``data``.

    Raises
    ------
    MediaError
        Not a ZIP package, no ``content.xml`` or no text body in it, its XML too large, not well formed or with a
        DOCTYPE.
    """
    with open_package(name, data, WHAT) as package:
        root = parse_xml(name, read_part(name, package, "content.xml", WHAT))
    body = root.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise MediaError(f"{name} is not an OpenDocument text: it has no text body.")
    return "\n".join(_blocks(body, listed=False)).strip("\n")


def _blocks(container: ElementTree.Element, listed: bool) -> list[str]:
    """The lines of a body, a list item, a section or a table cell."""
    lines: list[str] = []
    for child in container:
        if child.tag == f"{_TEXT}h":
            lines.append("#" * _whole(child.get(f"{_TEXT}outline-level"), 1, 6) + " " + _inline(child))
        elif child.tag == f"{_TEXT}p":
            text = _inline(child)
            lines.append(f"- {text}" if listed and text else text)
        elif child.tag == f"{_TEXT}list":
            for item in child:
                lines.extend(_blocks(item, listed=True))
        elif child.tag == f"{_TABLE}table":
            for row in child.iter(f"{_TABLE}table-row"):
                cells = [
                    " ".join(line for line in _blocks(cell, False) if line)
                    for cell in row.findall(f"{_TABLE}table-cell")
                ]
                lines.append("| " + " | ".join(cells) + " |")
        elif child.tag not in _SKIPPED:
            lines.extend(_blocks(child, listed))  # sections, frames and the like hold paragraphs
    return lines


def _inline(element: ElementTree.Element) -> str:
    """A paragraph's text: spans and links within it, runs of spaces, tabs and line breaks."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == f"{_TEXT}s":
            parts.append(" " * _whole(child.get(f"{_TEXT}c"), 1, 100))
        elif child.tag == f"{_TEXT}tab":
            parts.append("\t")
        elif child.tag == f"{_TEXT}line-break":
            parts.append("\n")
        elif child.tag not in _SKIPPED:
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _whole(value: str | None, low: int, high: int) -> int:
    """An attribute's whole number within ``low``…``high`` (``low`` when it is missing or not a number)."""
    return max(low, min(high, int(value))) if value and value.isdigit() else low
