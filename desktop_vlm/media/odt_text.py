"""The text of an OpenDocument text file (.odt, as LibreOffice and Google Docs save): headings marked with ``#``
by their outline level, paragraphs, list items with ``-``, tables as rows of cells separated by ``|``. Only
``content.xml`` is unpacked, through the same safe package reading as Office files (:mod:`.ooxml`).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from xml.etree import ElementTree

from ..core.errors import MediaError
from ..core.messages import Message
from .odf_charts import OdfChartReader
from .office_pictures import PICTURE_MARK, OfficeDocument, load_pictures
from .ooxml import open_package, parse_xml, read_part

WHAT = Message("an OpenDocument text")
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
XLINK = "{http://www.w3.org/1999/xlink}"
NO_MARKS: Mapping[str, str] = MappingProxyType({})  # no picture is sent
SKIPPED = frozenset({f"{TEXT}note", f"{TEXT}tracked-changes", f"{OFFICE}annotation"})  # footnotes, revisions, comments


def has_mimetype(head: bytes, mime: bytes) -> bool:
    """Whether a file's first bytes are an OpenDocument package of type ``mime``: its first entry, stored
    uncompressed, is the ``mimetype`` file naming it."""
    return head.startswith(b"PK\x03\x04") and head[30:38] == b"mimetype" and head[38 : 38 + len(mime)] == mime


def odt_text(name: str, data: bytes) -> str:
    """The text of the OpenDocument file ``name`` holding ``data``.

    Raises
    ------
    MediaError
        Not a ZIP package, no ``content.xml`` or no text body in it, its XML too large, not well formed or with a
        DOCTYPE.
    """
    return read_odt(name, data, with_pictures=False).text


def read_odt(name: str, data: bytes, with_pictures: bool = True) -> OfficeDocument:
    """The text of the OpenDocument file ``name`` holding ``data`` and, ``with_pictures``, the pictures it shows
    (see :mod:`.office_pictures`), each marked where it sits. Raises as :func:`odt_text`."""
    with open_package(name, data, WHAT) as package:
        root = parse_xml(name, read_part(name, package, "content.xml", WHAT))
        pictures = load_pictures(name, package, shown_images(root), WHAT) if with_pictures else {}
        charts = OdfChartReader(name, package, WHAT).charts(root)
    body = root.find(f"{OFFICE}body/{OFFICE}text")
    if body is None:
        raise MediaError(Message("{name} is not an OpenDocument text: it has no text body.", name=name))
    marks = image_marks(pictures) | charts
    return OfficeDocument("\n".join(block_lines(body, False, SKIPPED, marks)).strip("\n"), list(pictures.values()))


def shown_images(root: ElementTree.Element) -> list[str]:
    """The package paths of the pictures an OpenDocument shows (``draw:image``), in its order."""
    return [href for image in root.iter(f"{DRAW}image") if (href := image.get(f"{XLINK}href") or "")]


def image_marks(pictures: Mapping[str, object]) -> dict[str, str]:
    """The mark of each picture sent, by its package path."""
    return {path: PICTURE_MARK.format(n) for n, path in enumerate(pictures, 1)}


def block_lines(
    container: ElementTree.Element,
    listed: bool,
    skipped: frozenset[str] = SKIPPED,
    marks: Mapping[str, str] = NO_MARKS,
) -> list[str]:
    """The lines of a body, a list item, a section, a table cell, a slide or a text box (OpenDocument texts,
    spreadsheets and presentations share these elements); the elements ``skipped`` and theirs are left out, and a
    picture sent or a chart is what stands for it (``marks``: by package path or object reference)."""
    lines: list[str] = []
    for child in container:
        if child.tag == f"{TEXT}h":
            heading = inline_text(child, marks).strip("\n")
            lines.append("#" * _whole(child.get(f"{TEXT}outline-level"), 1, 6) + " " + heading)
        elif child.tag == f"{TEXT}p":
            text = inline_text(child, marks).strip("\n")  # a chart in a paragraph of its own: its lines alone
            lines.append(f"- {text}" if listed and text else text)
        elif child.tag == f"{TEXT}list":
            for item in child:
                lines.extend(block_lines(item, True, skipped, marks))
        elif child.tag == f"{TABLE}table":
            for row in child.iter(f"{TABLE}table-row"):
                cells = [
                    " ".join(line for line in block_lines(cell, False, skipped, marks) if line)
                    for cell in row.findall(f"{TABLE}table-cell")
                ]
                lines.append("| " + " | ".join(cells) + " |")
        elif child.tag in (f"{DRAW}image", f"{DRAW}object"):
            if mark := marks.get(child.get(f"{XLINK}href") or ""):
                lines.append(mark)
        elif child.tag not in skipped:
            lines.extend(block_lines(child, listed, skipped, marks))  # sections, frames and the like hold paragraphs
    return lines


def inline_text(element: ElementTree.Element, marks: Mapping[str, str] = NO_MARKS) -> str:
    """A paragraph's text: spans and links within it, runs of spaces, tabs and line breaks, the mark of a picture
    sent that sits in it, and a chart in it as lines of their own."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == f"{TEXT}s":
            parts.append(" " * _whole(child.get(f"{TEXT}c"), 1, 100))
        elif child.tag == f"{TEXT}tab":
            parts.append("\t")
        elif child.tag == f"{TEXT}line-break":
            parts.append("\n")
        elif child.tag == f"{DRAW}image":
            parts.append(marks.get(child.get(f"{XLINK}href") or "", ""))
        elif child.tag == f"{DRAW}object" and (chart := marks.get(child.get(f"{XLINK}href") or "")):
            parts.append(f"\n{chart}\n")
        elif child.tag not in SKIPPED:
            parts.append(inline_text(child, marks))
        parts.append(child.tail or "")
    return "".join(parts)


def _whole(value: str | None, low: int, high: int) -> int:
    """An attribute's whole number within ``low``…``high`` (``low`` when it is missing or not a number)."""
    return max(low, min(high, int(value))) if value and value.isdigit() else low
