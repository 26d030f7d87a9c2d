"""Reading parts of an office document's ZIP package (Office Open XML: .docx, .xlsx, .pptx; OpenDocument: .odt)
safely: the ZIP opened from memory, a part unpacked only after its declared size is checked, XML with a DOCTYPE
refused unparsed (entity definitions are how XML is made to expand without bound, and office suites never write
one), and whatever zipfile raises for a package that lies about itself turned into a message that names the file.

Written on the standard library's zipfile and ElementTree rather than a document library: those open every part
of the package, pictures included, where only a few parts' XML is needed here.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from xml.etree import ElementTree

from ..core.errors import MediaError
from ..core.messages import Message

MAX_PART_BYTES = 64 * 2**20  # one part's XML, inflated: a 2,000-page report is about 30 MB
PACKAGE_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
# What zipfile raises for a package that lies about itself: a damaged directory or stream, an unknown version
# or compression method, a part marked encrypted, a part that ends early.
ZIP_ERRORS = (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError, zlib.error)


def open_package(name: str, data: bytes, what: Message) -> zipfile.ZipFile:
    """The package in ``data``; ``what`` names the kind of document for the message ("a Word document")."""
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except ZIP_ERRORS:
        raise MediaError(
            Message("{name} is damaged or is not {document_kind}.", name=name, document_kind=what)
        ) from None


def read_part(name: str, package: zipfile.ZipFile, path: str, what: Message) -> bytes:
    """The bytes of part ``path``, read only when its inflated size is within ``MAX_PART_BYTES``.

    Raises
    ------
    MediaError
        No such part, a part protected with a password, too large, or damaged.
    """
    try:
        info = package.getinfo(path)
    except KeyError:
        raise MediaError(
            Message("{name} is not {document_kind}: it has no {part}.", name=name, document_kind=what, part=path)
        ) from None
    if info.flag_bits & 0x1:
        raise MediaError(Message("{name} is protected with a password; Desktop VLM cannot open it.", name=name))
    if info.file_size > MAX_PART_BYTES:
        raise MediaError(
            Message(
                "{name} unpacks to {size_mb:,.0f} MB of markup; Desktop VLM reads documents of up to {limit_mb} MB.",
                name=name,
                size_mb=info.file_size / 2**20,
                limit_mb=MAX_PART_BYTES // 2**20,
            ),
            hint=Message("Attach a part of it, saved as a document of its own."),
        )
    try:
        with package.open(info) as part:  # reads no more than the declared size, which was checked
            return part.read()
    except ZIP_ERRORS:
        raise MediaError(Message("{name} is damaged: {part} cannot be unpacked.", name=name, part=path)) from None


def parse_xml(name: str, xml: bytes) -> ElementTree.Element:
    """The root element of a part's XML.

    Raises
    ------
    MediaError
        A DOCTYPE in it, or XML that is not well formed.
    """
    refuse_doctype(name, xml)
    try:
        return ElementTree.fromstring(xml)
    except ElementTree.ParseError:
        raise MediaError(Message("{name} is damaged: its text cannot be read.", name=name)) from None


def refuse_doctype(name: str, xml: bytes) -> None:
    """Raise :class:`MediaError` for XML with a DOCTYPE, before any parser sees it."""
    if b"<!DOCTYPE" in xml[:4096]:
        raise MediaError(
            Message("{name} holds XML an Office document never has (a DOCTYPE); it was not read.", name=name)
        )


def relationships_of(path: str) -> str:
    """Where a part's relationships are: ``ppt/slides/slide1.xml`` → ``ppt/slides/_rels/slide1.xml.rels``."""
    folder, file = posixpath.split(path)
    return posixpath.join(folder, "_rels", file + ".rels")


def related_part(name: str, package: zipfile.ZipFile, rels_path: str, wanted: set[str], base: str) -> dict[str, str]:
    """The targets of relationships in ``rels_path`` whose type is in ``wanted`` (or every one for an empty set),
    by relationship id, as package paths resolved against the folder ``base``. A missing or damaged list is none."""
    try:
        root = parse_xml(name, read_part(name, package, rels_path, Message("an Office document")))
    except MediaError:
        return {}
    targets = {}
    for rel in root.iter(f"{PACKAGE_RELS}Relationship"):
        target, rel_id = rel.get("Target") or "", rel.get("Id") or ""
        if target and rel_id and (not wanted or rel.get("Type") in wanted):
            path = target.lstrip("/") if target.startswith("/") else posixpath.join(base, target)
            targets[rel_id] = posixpath.normpath(path)
    return targets
