"""The text of a Word document (.docx): its paragraphs in order, headings marked with ``#``, list items with
``-``, tables as rows of cells separated by ``|`` — what a model needs to answer about the document.

Written on the standard library's zipfile and ElementTree rather than a DOCX library: those open every part of
the package, pictures included, where only the main document's XML is needed; here that one part is read, and
only after its declared size is checked (a 1 MB file can inflate to gigabytes).
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from xml.etree import ElementTree

from ..core.errors import MediaError

MAX_DOCUMENT_XML_BYTES = 64 * 2**20  # the main part's XML, inflated: a 2,000-page report is about 30 MB
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PACKAGE_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_MAIN_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_STRICT_MAIN_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
# What zipfile raises for a package that lies about itself: a damaged directory or stream, an unknown version
# or compression method, a part that ends early.
_ZIP_ERRORS = (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError, zlib.error)


def docx_text(name: str, data: bytes) -> str:
    """The text of the Word document ``name`` holding ``data``.

    Raises
    ------
    MediaError
        Not a ZIP package, no main document in it, its XML too large or not well formed, or a DOCTYPE in it
        (Word never writes one; entity definitions are how XML is made to expand without bound).
    """
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except _ZIP_ERRORS:
        raise MediaError(f"{name} is damaged or is not a Word document.") from None
    with package:
        xml = _main_document(name, package)
    if b"<!DOCTYPE" in xml[:4096]:
        raise MediaError(f"{name} holds XML a Word document never has (a DOCTYPE); it was not read.")
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError:
        raise MediaError(f"{name} is damaged: its text cannot be read.") from None
    body = root.find(f"{_W}body")
    if body is None:
        raise MediaError(f"{name} is not a Word document: it has no document body.")
    return "\n".join(_blocks(body)).strip("\n")


def _main_document(name: str, package: zipfile.ZipFile) -> bytes:
    """The main document part's XML, where the package's relationships point (``word/document.xml`` in files
    Word writes), read only when its inflated size is within bounds."""
    path = "word/document.xml"
    try:
        rels = ElementTree.fromstring(package.read("_rels/.rels")) if "_rels/.rels" in package.namelist() else None
    except (ElementTree.ParseError, *_ZIP_ERRORS):
        rels = None  # Word's own layout is tried
    for rel in rels.iter(f"{_PACKAGE_RELS}Relationship") if rels is not None else ():
        if rel.get("Type") in (_MAIN_DOCUMENT, _STRICT_MAIN_DOCUMENT) and rel.get("Target"):
            path = posixpath.normpath(rel.get("Target", "").lstrip("/"))
    try:
        info = package.getinfo(path)
    except KeyError:
        raise MediaError(f"{name} is not a Word document: it has no {path}.") from None
    if info.flag_bits & 0x1:
        raise MediaError(f"{name} is protected with a password; Desktop VLM cannot open it.")
    if info.file_size > MAX_DOCUMENT_XML_BYTES:
        raise MediaError(
            f"{name} unpacks to {info.file_size / 2**20:,.0f} MB of text markup; Desktop VLM reads Word documents "
            f"of up to {MAX_DOCUMENT_XML_BYTES // 2**20} MB.",
            hint="Attach a part of it, saved as a document of its own.",
        )
    try:
        with package.open(info) as part:  # reads no more than the declared size, which was checked
            return part.read()
    except _ZIP_ERRORS:
        raise MediaError(f"{name} is damaged: its text cannot be unpacked.") from None


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
