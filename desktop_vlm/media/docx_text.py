"""The text of a Word document (.docx): its paragraphs in order, headings marked with ``#``, list items with
``-``, tables as rows of cells separated by ``|`` — what a model needs to answer about the document. Only the
main document's part is unpacked (see :mod:`.ooxml`).
"""

from __future__ import annotations

from xml.etree import ElementTree

from ..core.errors import MediaError
from .ooxml import open_package, parse_xml, read_part, related_part

WHAT = "a Word document"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MAIN_DOCUMENT = {
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",  # the Strict flavour
}


def docx_text(name: str, data: bytes) -> str:
    """The text of the Word document ``name`` holding ``data``.

    Raises
    ------
    MediaError
        Not a ZIP package, no main document in it, its XML too large, not well formed or with a DOCTYPE.
    """
    with open_package(name, data, WHAT) as package:
        # where the package's relationships point; word/document.xml in files Word writes
        main = next(iter(related_part(name, package, "_rels/.rels", _MAIN_DOCUMENT, "").values()), "word/document.xml")
        root = parse_xml(name, read_part(name, package, main, WHAT))
    body = root.find(f"{_W}body")
    if body is None:
        raise MediaError(f"{name} is not a Word document: it has no document body.")
    return "\n".join(_blocks(body)).strip("\n")


def _blocks(container: ElementTree.Element) -> list[str]:
    """The lines of a body or table cell: each paragraph, and each table row by row."""
    lines: list[str] = []
    for child in container:
        if child.tag == f"{_W}p":
            lines.append(_paragraph(child))
        elif child.tag == f"{_W}tbl":
            lines.extend(_table(child))
        elif child.tag == f"{_W}sdt":  # a content control (a table of contents, a form field): its content
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                lines.extend(_blocks(content))
    return lines


def _paragraph(paragraph: ElementTree.Element) -> str:
    """A paragraph's text: runs, tabs and line breaks, marked ``#`` × level for a heading, ``-`` for a list item."""
    parts: list[str] = []
    for element in paragraph.iter():
        if element.tag == f"{_W}t":
            parts.append(element.text or "")
        elif element.tag == f"{_W}tab":
            parts.append("\t")
        elif element.tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
    text = "".join(parts)
    style = paragraph.find(f"{_W}pPr/{_W}pStyle")
    style_name = (style.get(f"{_W}val") or "") if style is not None else ""
    if style_name.lower().startswith("heading") and style_name[7:].isdigit() and text:
        return "#" * min(6, int(style_name[7:])) + " " + text
    if style_name.lower() == "title" and text:
        return "# " + text
    if paragraph.find(f"{_W}pPr/{_W}numPr") is not None and text:
        return "- " + text
    return text


def _table(table: ElementTree.Element) -> list[str]:
    """A table's rows, each ``| cell | cell |`` with a cell's paragraphs joined by spaces."""
    rows = []
    for row in table.findall(f"{_W}tr"):
        cells = [" ".join(line for line in _blocks(cell) if line) for cell in row.findall(f"{_W}tc")]
        rows.append("| " + " | ".join(c.replace("\n", " ") for c in cells) + " |")
    return rows
