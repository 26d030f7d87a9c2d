"""The text of a Word document (.docx): its paragraphs in order, headings marked with ``#``, list items with
``-``, tables as rows of cells separated by ``|`` — what a model needs to answer about the document. Only the
main document's part is unpacked (see :mod:`.ooxml`).
"""

from __future__ import annotations

import posixpath
from xml.etree import ElementTree

from ..core.errors import MediaError
from ..core.messages import Message
from .office_charts import ChartReader, Shown, chart_block, chart_ids
from .office_pictures import OfficeDocument, load_pictures, marks_for, picture_mark, shown_pictures
from .ooxml import open_package, parse_xml, read_part, related_part, relationships_of

WHAT = Message("a Word document")
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
    return read_docx(name, data, with_pictures=False).text


def read_docx(name: str, data: bytes, with_pictures: bool = True) -> OfficeDocument:
    """The text of the Word document ``name`` holding ``data`` and, ``with_pictures``, the pictures it shows (see
    :mod:`.office_pictures`), each marked in the text where it sits. Raises as :func:`docx_text`."""
    with open_package(name, data, WHAT) as package:
        # where the package's relationships point; word/document.xml in files Word writes
        main = next(iter(related_part(name, package, "_rels/.rels", _MAIN_DOCUMENT, "").values()), "word/document.xml")
        root = parse_xml(name, read_part(name, package, main, WHAT))
        rels = related_part(name, package, relationships_of(main), set(), posixpath.dirname(main))
        pictures = load_pictures(name, package, shown_pictures(root, rels), WHAT) if with_pictures else {}
        charts = ChartReader(name, package, WHAT).charts(chart_ids(root), rels)
    body = root.find(f"{_W}body")
    if body is None:
        raise MediaError(Message("{name} is not a Word document: it has no document body.", name=name))
    shown = Shown(marks_for(rels, {path: n for n, path in enumerate(pictures, 1)}), charts)
    return OfficeDocument("\n".join(_blocks(body, shown)).strip("\n"), list(pictures.values()))


def _blocks(container: ElementTree.Element, shown: Shown) -> list[str]:
    """The lines of a body or table cell: each paragraph, and each table row by row."""
    lines: list[str] = []
    for child in container:
        if child.tag == f"{_W}p":
            lines.append(_paragraph(child, shown))
        elif child.tag == f"{_W}tbl":
            lines.extend(_table(child, shown))
        elif child.tag == f"{_W}sdt":  # a content control (a table of contents, a form field): its content
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                lines.extend(_blocks(content, shown))
    return lines


def _paragraph(paragraph: ElementTree.Element, shown: Shown) -> str:
    """A paragraph's text: runs, tabs and line breaks, marked ``#`` × level for a heading, ``-`` for a list item;
    a chart in it as lines of its own."""
    parts: list[str] = []
    for element in paragraph.iter():
        if element.tag == f"{_W}t":
            parts.append(element.text or "")
        elif element.tag == f"{_W}tab":
            parts.append("\t")
        elif element.tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
        elif (mark := picture_mark(element, shown.marks)) is not None:
            parts.append(mark)
        elif (chart := chart_block(element, shown.charts)) is not None:
            parts.append("\n" + "\n".join(chart) + "\n")
    text = "".join(parts).strip("\n")
    style = paragraph.find(f"{_W}pPr/{_W}pStyle")
    style_name = (style.get(f"{_W}val") or "") if style is not None else ""
    if style_name.lower().startswith("heading") and style_name[7:].isdigit() and text:
        return "#" * min(6, int(style_name[7:])) + " " + text
    if style_name.lower() == "title" and text:
        return "# " + text
    if paragraph.find(f"{_W}pPr/{_W}numPr") is not None and text:
        return "- " + text
    return text


def _table(table: ElementTree.Element, shown: Shown) -> list[str]:
    """A table's rows, each ``| cell | cell |`` with a cell's paragraphs joined by spaces."""
    rows = []
    for row in table.findall(f"{_W}tr"):
        cells = [" ".join(line for line in _blocks(cell, shown) if line) for cell in row.findall(f"{_W}tc")]
        rows.append("| " + " | ".join(c.replace("\n", " ") for c in cells) + " |")
    return rows
