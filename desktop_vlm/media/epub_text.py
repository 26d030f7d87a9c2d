"""The text of an EPUB e-book: its title and author, then its chapters in reading order, each as the text it shows
(:mod:`.html_text`: headings marked ``#``, paragraphs, lists, tables), and the raster pictures they show (a
cover, a textbook's figures), each marked ``[Image-N]`` where it sits, as :mod:`.office_pictures` sends a
document's. A question about a book longer than the context then gets the passages that bear on it
(:mod:`.passages`), as any long document does.

An EPUB is a ZIP package: ``META-INF/container.xml`` names the package document, whose manifest lists the book's
files and whose spine gives the chapters' reading order. Parts are read through the size-checked reading of
:mod:`.ooxml`. A book whose chapters are encrypted (sold with DRM, listed in ``META-INF/encryption.xml``) cannot be
read, and says so.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from urllib.parse import unquote

from ..core.errors import MediaError
from ..core.messages import Message
from .html_text import html_text
from .office_pictures import OfficeDocument, PictureLoader
from .ooxml import open_package, parse_xml, read_part
from .text_files import MAX_TEXT_BYTES

WHAT = Message("an EPUB e-book")
MAX_CHAPTERS = 10_000  # spine entries read; a book has tens to a few hundred
# The chapters' markup inflated, in all: a long novel is 2–10 MB. A package of chapters that inflate to gigabytes
# but show little text would otherwise be read chapter after chapter.
MAX_CHAPTER_BYTES = 64 * 2**20
_CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
_OPF = "{http://www.idpf.org/2007/opf}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_ENCRYPTION = "{http://www.w3.org/2001/04/xmlenc#}"
_CHAPTER_TYPES = frozenset({"application/xhtml+xml", "text/html"})


def epub_text(name: str, data: bytes) -> str:
    """The text of the e-book ``name`` holding ``data``: ``# title`` and ``by author``, then each chapter's text,
    a blank line between them.

    Raises
    ------
    MediaError
        Not an EPUB package, damaged, encrypted (DRM), or without any text.
    """
    return read_epub(name, data, with_pictures=False).text


def read_epub(name: str, data: bytes, with_pictures: bool = True) -> OfficeDocument:
    """The text of the e-book and, ``with_pictures``, the raster pictures its chapters show, each marked where it
    sits, numbered in the order shown; at most ``MAX_PICTURES``, each at least ``MIN_SIDE`` px on each side.
    Raises as :func:`epub_text`."""
    package = open_package(name, data, WHAT)
    pictures = PictureLoader.in_package(name, package, WHAT, with_pictures)
    names = set(package.namelist())
    container = parse_xml(name, read_part(name, package, "META-INF/container.xml", WHAT))
    opf_path = next((r.get("full-path") or "" for r in container.iter(f"{_CONTAINER}rootfile")), "")
    if not opf_path:
        raise MediaError(Message("{name} is damaged: it does not say where its contents are.", name=name))
    opf = parse_xml(name, read_part(name, package, opf_path, WHAT))
    base = posixpath.dirname(opf_path)
    manifest = {item.get("id"): item for item in opf.iter(f"{_OPF}item")}
    encrypted = _encrypted(name, package)
    byline = [f"# {title}"] if (title := _metadata(opf, "title")) else []
    byline += [f"by {author}"] if (author := _metadata(opf, "creator")) else []
    lines = ["\n".join(byline)] if byline else []
    written = sum(len(line) + 2 for line in lines)
    inflated = 0
    chapters = 0
    for itemref in list(opf.iter(f"{_OPF}itemref"))[:MAX_CHAPTERS]:
        item = manifest.get(itemref.get("idref"))
        if item is None or item.get("media-type") not in _CHAPTER_TYPES:
            continue
        path = posixpath.normpath(posixpath.join(base, unquote(item.get("href") or "")))
        if path in encrypted:
            raise MediaError(
                Message("{name} is protected with DRM: its chapters are encrypted.", name=name),
                hint=Message("Open it in the app it was bought in and copy the passage you are asking about."),
            )
        inflated += _inflated_size(package, path)
        if inflated > MAX_CHAPTER_BYTES:
            break
        try:
            chapter = read_part(name, package, path, WHAT).decode("utf-8", "replace")
        except MediaError:
            continue  # a chapter missing or damaged: the rest of the book still reads
        text = html_text(chapter, _marks(names, posixpath.dirname(path), pictures.mark))
        chapters += 1
        if text:
            lines.append(text)
            written += len(text) + 2
        if written > MAX_TEXT_BYTES:
            break
    if not chapters:
        raise MediaError(Message("{name} is not an e-book with chapters to read.", name=name))
    return OfficeDocument("\n\n".join(lines)[:MAX_TEXT_BYTES], list(pictures.pictures.values()))


def _marks(names: set[str], folder: str, mark: Callable[[str], str | None]) -> Callable[[str], str | None]:
    """The mark of a picture a chapter in ``folder`` shows by its address: a path in the package, relative to the
    chapter; none for a picture on the web or one the package lacks."""

    def of(source: str) -> str | None:
        if ":" in source.split("/")[0] or source.startswith("/"):  # http:, data:, or outside the package
            return None
        path = posixpath.normpath(posixpath.join(folder, unquote(source.split("#")[0])))
        return mark(path) if path in names else None

    return of


def _inflated_size(package, path: str) -> int:
    try:
        return package.getinfo(path).file_size
    except KeyError:  # a chapter the spine names but the package lacks
        return 0


def _metadata(opf, field: str) -> str:
    """The first Dublin Core ``field`` of the package document (title, creator), as one line."""
    found = next(opf.iter(f"{_DC}{field}"), None)
    return " ".join("".join(found.itertext()).split()) if found is not None else ""


def _encrypted(name: str, package) -> set[str]:
    """The paths of the package's encrypted files (fonts are often obfuscated, which leaves the text readable)."""
    if "META-INF/encryption.xml" not in package.namelist():
        return set()
    try:
        root = parse_xml(name, read_part(name, package, "META-INF/encryption.xml", WHAT))
    except MediaError:
        return set()
    uris = (reference.get("URI") or "" for reference in root.iter(f"{_ENCRYPTION}CipherReference"))
    return {posixpath.normpath(unquote(uri)) for uri in uris if uri}
